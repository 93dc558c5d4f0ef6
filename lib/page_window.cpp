#include "page_window.h"

#include <algorithm>
#include <cmath>

#include "layout/lines.h"

namespace extract_plan {
namespace {

std::pair<long, long> size_of(double width, double height) {
  return {std::lround(width), std::lround(height)};
}

double lowest_text(const std::vector<text_line>& lines, const std::vector<bool>& furniture) {
  double bottom = 0;
  for (std::size_t j = 0; j < lines.size(); ++j) {
    if (!furniture[j]) bottom = std::max(bottom, lines[j].bounds.y1);
  }
  return bottom;
}

}  // namespace

void page_window::push(pending_page page) { ahead_.push_back(std::move(page)); }

std::vector<const layout::band_summary*> page_window::window() const {
  std::vector<const layout::band_summary*> out;
  for (const finished& f : behind_) out.push_back(&f.bands);
  for (const pending_page& r : ahead_) out.push_back(&r.bands);
  return out;
}

// The lowest text on the pages of the window of the same size as `page`.
double page_window::bottom_of(const pending_page& page,
                              const std::vector<const layout::band_summary*>& window) const {
  const auto size = size_of(page.width, page.lines.height);
  double bottom = 0;
  for (const finished& f : behind_) {
    if (f.size == size) bottom = std::max(bottom, f.bottom);
  }
  for (const pending_page& r : ahead_) {
    if (size_of(r.width, r.lines.height) != size) continue;
    const std::vector<bool> furniture = layout::furniture_of(r.lines, r.bands, window);
    bottom = std::max(bottom, lowest_text(r.lines.lines, furniture));
  }
  return bottom;
}

std::optional<content_page> page_window::pop(bool end) {
  if (ahead_.empty() || (!end && ahead_.size() <= furniture_reach)) return std::nullopt;
  const std::vector<const layout::band_summary*> around = window();
  pending_page& page = ahead_.front();
  const std::vector<bool> furniture = layout::furniture_of(page.lines, page.bands, around);
  // The title is the running header of the opening pages: one that starts only in a later
  // section (the West Sussex appendices' "(numbers rounded to nearest 5)" from page 42)
  // names that section, not the document.
  if (title_.empty() && popped_ <= furniture_reach)
    title_ = layout::title_of(page.lines, furniture);
  ++popped_;
  content_page out;
  out.number = page.lines.number;
  out.width = page.width;
  out.height = page.lines.height;
  out.body_bottom = bottom_of(page, around);
  for (std::size_t j = 0; j < page.lines.lines.size(); ++j) {
    if (furniture[j]) {
      out.furniture_boxes.push_back(page.lines.lines[j].bounds);
    } else {
      out.lines.push_back(std::move(page.lines.lines[j]));
    }
  }
  out.ruled = std::move(page.ruled);
  out.shades = std::move(page.shades);
  behind_.push_back({std::move(page.bands), size_of(out.width, out.height),
                     lowest_text(out.lines, std::vector<bool>(out.lines.size(), false))});
  if (behind_.size() > furniture_reach) behind_.pop_front();
  ahead_.pop_front();
  return out;
}

}  // namespace extract_plan
