// Words -> text lines.
#pragma once

#include <vector>

#include "page.h"

namespace extract_plan::layout {

/// Groups words into lines: words whose baselines lie within a third of the font size of
/// each other share a line; lines run top to bottom, words left to right.
std::vector<text_line> build_lines(std::vector<word> words);

}  // namespace extract_plan::layout
