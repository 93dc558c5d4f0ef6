// Words printed twice on top of themselves.
#pragma once

#include <vector>

#include "page.h"

namespace extract_plan::layout {

/// Returns the words without those printed again on top of themselves: fake bold and drop
/// shadows draw the same text a fraction of a point aside, and a raw reading keeps both. A
/// copy starts within a seventh of an em (at least 1.5pt) of the first, on the same
/// baseline.
std::vector<word> drop_overprinted(std::vector<word> words);

}  // namespace extract_plan::layout
