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

namespace {

double size_of(const text_line& line) {
  double size = 0;
  for (const word& w : line.words) size = std::max(size, w.font_size);
  return size;
}

}  // namespace

std::vector<std::vector<heading_line>> find_headings(const std::vector<const text_line*>& lines) {
  if (lines.empty()) return {};
  std::vector<double> sizes;
  sizes.reserve(lines.size());
  for (const text_line* l : lines) sizes.push_back(size_of(*l));
  std::vector<double> sorted = sizes;
  const auto middle = sorted.begin() + static_cast<long>(sorted.size() / 2);
  std::nth_element(sorted.begin(), middle, sorted.end());
  const double body = *middle;
  const double largest = *std::max_element(sizes.begin(), sizes.end());
  // Half a point: the rounding of sizes a producer writes.
  constexpr double same_size = 0.5;
  if (!(body > 0) || !(largest >= body * 7 / 6)) return {};
  // Longer than a title is, a run is a passage set large.
  constexpr std::size_t max_lines = 3, max_words = 30;
  std::vector<std::vector<heading_line>> runs;
  std::vector<heading_line> run;
  std::size_t words = 0;
  const auto close_run = [&] {
    if (!run.empty() && run.size() <= max_lines && words <= max_words) runs.push_back(run);
    run.clear();
    words = 0;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (std::abs(sizes[i] - largest) > same_size) {
      close_run();
      continue;
    }
    run.push_back({lines[i]->text(), sizes[i], lines[i]->bounds.y1});
    words += lines[i]->words.size();
  }
  close_run();
  return runs;
}

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
