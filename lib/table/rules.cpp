#include "table/rules.h"

#include <algorithm>
#include <cmath>

namespace extract_plan::tabular {
namespace {

// Ink under 5% opacity does not show on paper: watermarks' hidden layers, not rules.
bool is_transparent(double opacity) { return opacity < 0.05; }

// Near-white ink shows only over a coloured fill: white rules on a white page are invisible
// (an ICDAR 2013 document draws white vertical lines over text that must not split columns),
// but PowerPoint exports (Kent's action plans) draw their grid as white rules over shaded
// cells.
bool is_white(const paint& p) {
  constexpr double white = 0.95;  // each of R, G, B: within 5% of white reads as white
  return p.red >= white && p.green >= white && p.blue >= white;
}

class rule_finder {
 public:
  rule_finder(double width, double height) : page_area_(width * height) {}

  void add(const paint& p) {
    if (is_transparent(p.opacity)) return;
    if (p.type == paint::kind::stroke) {
      add_rule(p.x0, p.y0, p.x1, p.y1, std::max(p.line_width, 0.1), is_white(p));
    } else {
      add_fill(p);
    }
  }

  std::vector<rule> take() { return std::move(rules_); }

 private:
  // Coloured fills painted so far on the page (cell shading), for telling white rules over
  // them from invisible ones. A page with more fills than this is a chart or a picture.
  static constexpr std::size_t max_shadings = 20000;

  bool is_over_shading(double x, double y) const {
    constexpr double reach = 1.5;  // a rule along a fill's edge sits half its width outside
    return std::any_of(shading_.begin(), shading_.end(), [&](const box& b) {
      return x >= b.x0 - reach && x <= b.x1 + reach && y >= b.y0 - reach && y <= b.y1 + reach;
    });
  }

  // Keeps a segment as a rule when it is horizontal or vertical and visible.
  void add_rule(double x0, double y0, double x1, double y1, double thickness, bool white) {
    if (white && !is_over_shading((x0 + x1) / 2, (y0 + y1) / 2)) return;
    // Half a point of slant is drawing noise, not a diagonal.
    constexpr double slant = 0.5;
    if (std::abs(y1 - y0) <= slant && std::abs(x1 - x0) > slant) {
      const double y = (y0 + y1) / 2;
      rules_.push_back({std::min(x0, x1), y, std::max(x0, x1), y, thickness});
    } else if (std::abs(x1 - x0) <= slant && std::abs(y1 - y0) > slant) {
      const double x = (x0 + x1) / 2;
      rules_.push_back({x, std::min(y0, y1), x, std::max(y0, y1), thickness});
    }
  }

  // A rectangle at most max_rule_thickness across is a rule along its long side; wider fills
  // are cell shading.
  void add_fill(const paint& p) {
    constexpr double max_rule_thickness = 3.0;  // points; Word's thickest border is 6pt/2
    // A fill over half the page is a page background, not a cell.
    constexpr double max_shading_share = 0.5;
    const bool white = is_white(p);
    const double w = p.x1 - p.x0, h = p.y1 - p.y0;
    if (std::max(w, h) < 1.0) return;  // a dot
    if (h <= max_rule_thickness && w > h) {
      add_rule(p.x0, (p.y0 + p.y1) / 2, p.x1, (p.y0 + p.y1) / 2, h, white);
    } else if (w <= max_rule_thickness && h > w) {
      add_rule((p.x0 + p.x1) / 2, p.y0, (p.x0 + p.x1) / 2, p.y1, w, white);
    } else if (!white && w * h < max_shading_share * page_area_ && shading_.size() < max_shadings) {
      shading_.push_back({p.x0, p.y0, p.x1, p.y1});
    }
  }

  double page_area_;
  std::vector<box> shading_;
  std::vector<rule> rules_;
};

}  // namespace

std::vector<rule> find_rules(const std::vector<paint>& paints, double width, double height) {
  rule_finder finder(width, height);
  for (const paint& p : paints) finder.add(p);
  return finder.take();
}

std::vector<shade> find_shades(const std::vector<paint>& paints) {
  constexpr std::size_t max_shades = 5000;
  constexpr double min_side = 3;  // points: thinner is a rule
  std::vector<shade> out;
  for (const paint& p : paints) {
    if (out.size() >= max_shades) break;
    if (p.type != paint::kind::fill || p.opacity < 0.5) continue;
    const box b{std::min(p.x0, p.x1), std::min(p.y0, p.y1), std::max(p.x0, p.x1),
                std::max(p.y0, p.y1)};
    if (b.width() < min_side || b.height() < min_side) continue;
    if (p.red > 0.95 && p.green > 0.95 && p.blue > 0.95) continue;
    out.push_back({b, {p.red, p.green, p.blue}});
  }
  return out;
}

}  // namespace extract_plan::tabular
