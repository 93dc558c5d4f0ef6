// Words -> text lines.
#pragma once

#include <string>
#include <vector>

#include "page.h"

namespace extract_plan::layout {

/// Groups words into lines: words whose baselines lie within a third of the font size of
/// each other share a line; lines run top to bottom, words left to right.
std::vector<text_line> build_lines(std::vector<word> words);

/// A line of a page's heading: set in larger type than the page's text.
struct heading_line {
  std::string text;
  double size = 0;    ///< the largest font size of its words
  double bottom = 0;  ///< y of its bottom edge
};

/// Returns the page's heading: its first run of consecutive lines in its largest type, when
/// that type is at least a sixth larger than the type of most of its lines (a report's
/// title over its text), and the run is as short as a title is (three lines, thirty words);
/// none when the page has no such run. `lines` in reading order.
std::vector<heading_line> find_heading(const std::vector<text_line>& lines);

}  // namespace extract_plan::layout
