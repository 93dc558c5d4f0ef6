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

/// Returns the page's headings: its runs of consecutive lines in its largest type, when that
/// type is at least a sixth larger than the type of most of the lines (a report's title over
/// its text), each run as short as a title is (three lines, thirty words), top to bottom;
/// none when the lines have no such type. `lines` in reading order: a page's lines outside
/// its tables, whose type may be smaller than its prose.
std::vector<std::vector<heading_line>> find_headings(const std::vector<const text_line*>& lines);

}  // namespace extract_plan::layout
