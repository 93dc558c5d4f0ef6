#include "table/context.h"

#include <algorithm>

#include "stats.h"
#include "table/cells.h"

namespace extract_plan::tabular {
namespace {

// The usual line height of a part and the y of its last text.
std::pair<double, double> measure_lines(const page_table& t) {
  std::vector<double> heights;
  double last = t.bounds.y0;
  for (const page_row& row : t.rows) {
    for (const page_cell& cell : row.cells) {
      for (const text_line& line : cell.lines) {
        heights.push_back(line.bounds.height());
        last = std::max(last, line.bounds.y1);
      }
    }
  }
  return {median_of(heights), last};
}

}  // namespace

std::vector<part_context> find_contexts(const std::vector<const page_table*>& parts,
                                        const std::vector<text_line>& lines, double body_bottom) {
  auto in_a_part = [&](const box& b) {
    return std::any_of(parts.begin(), parts.end(), [&](const page_table* t) {
      return t->bounds.contains(b.center_x(), b.center_y());
    });
  };
  std::vector<part_context> out(parts.size());
  for (std::size_t t = 0; t < parts.size(); ++t) {
    const page_table& part = *parts[t];
    part_context& c = out[t];
    const double above_from = t > 0 ? parts[t - 1]->bounds.y1 : -1;
    bool content_below = t + 1 < parts.size();
    c.table_above = t > 0 ? text_of(*parts[t - 1]) : "";
    for (const text_line& line : lines) {
      const box& b = line.bounds;
      if (in_a_part(b)) continue;
      if (b.center_y() < part.bounds.y0 && b.center_y() > above_from) {
        if (!c.text_above.empty()) c.text_above.push_back(' ');
        c.line_above = line.text();
        c.text_above += c.line_above;
        ++c.lines_above;
      }
      if (b.center_y() > part.bounds.y1) content_below = true;
    }
    c.at_page_top = t == 0 && c.text_above.empty();
    c.at_page_bottom = !content_below;
    const auto [height, last] = measure_lines(part);
    if (height > 0) c.line_height = height;
    c.room_below = std::max(0.0, body_bottom - last);
  }
  return out;
}

}  // namespace extract_plan::tabular
