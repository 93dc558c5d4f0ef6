// Builds synthetic pages for stage tests: words placed by baseline, ruling lines, grids.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "page.h"

namespace extract_plan::testing {

class page_builder {
 public:
  /// An A4 landscape page by default.
  explicit page_builder(int number = 1, double width = 842, double height = 595) {
    page_.number = number;
    page_.width = width;
    page_.height = height;
  }

  /// Places the words of `s` from x along a baseline, each letter half the font size wide.
  page_builder& text(double x, double baseline, const std::string& s, double size = 10,
                     bool bold = false) {
    std::istringstream in(s);
    std::string w;
    while (in >> w) {
      word out;
      out.text = w;
      const double width = 0.5 * size * static_cast<double>(w.size());
      out.bounds = {x, baseline - 0.8 * size, x + width, baseline + 0.2 * size};
      out.baseline = baseline;
      out.font_size = size;
      out.bold = bold;
      page_.words.push_back(out);
      x += width + 0.25 * size;
    }
    return *this;
  }

  page_builder& hline(double y, double x0, double x1) {
    page_.rules.push_back({x0, y, x1, y, 0.5});
    return *this;
  }

  page_builder& vline(double x, double y0, double y1) {
    page_.rules.push_back({x, y0, x, y1, 0.5});
    return *this;
  }

  /// Draws a full grid: a vertical line at every x and a horizontal one at every y.
  page_builder& grid(const std::vector<double>& xs, const std::vector<double>& ys) {
    for (double x : xs) vline(x, ys.front(), ys.back());
    for (double y : ys) hline(y, xs.front(), xs.back());
    return *this;
  }

  /// Fills a rectangle with a colour (a cell's background, a band of a table style).
  page_builder& fill(const box& bounds, colour c = {0.85, 0.9, 0.95}) {
    page_.shades.push_back({bounds, c});
    return *this;
  }

  page build() const { return page_; }

 private:
  page page_;
};

}  // namespace extract_plan::testing
