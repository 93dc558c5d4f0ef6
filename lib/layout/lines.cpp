#include "layout/lines.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "text/script.h"

namespace extract_plan {

std::string text_line::text() const {
  // Words of a right-to-left script are printed from the right: the line is read in their
  // order, as Poppler's own text output reads it.
  if (std::any_of(words.begin(), words.end(),
                  [](const word& w) { return text::has_right_to_left(w.text); })) {
    std::vector<std::string_view> printed;
    printed.reserve(words.size());
    for (const word& w : words) printed.emplace_back(w.text);
    return text::in_reading_order(printed);
  }
  std::string out;
  for (const word& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w.text;
  }
  return out;
}

namespace layout {

std::vector<text_line> build_lines(std::vector<word> words) {
  std::stable_sort(words.begin(), words.end(),
                   [](const word& a, const word& b) { return a.baseline < b.baseline; });
  std::vector<text_line> lines;
  double line_baseline = 0;
  for (word& w : words) {
    // A third of the font size tolerates sub/superscripts and rounding between fonts of one
    // line, yet stays below half a line of the tightest leading (about 1.0 x size).
    const double tolerance = std::max(w.font_size, 1.0) / 3;
    if (lines.empty() || std::abs(w.baseline - line_baseline) > tolerance) {
      lines.emplace_back();
      lines.back().bounds = w.bounds;
      line_baseline = w.baseline;
    } else {
      lines.back().bounds = lines.back().bounds.united(w.bounds);
    }
    lines.back().words.push_back(std::move(w));
  }
  for (text_line& line : lines) {
    std::stable_sort(line.words.begin(), line.words.end(),
                     [](const word& a, const word& b) { return a.bounds.x0 < b.bounds.x0; });
  }
  return lines;
}

}  // namespace layout
}  // namespace extract_plan
