// Ruling lines from paint, and words printed twice: the decisions the Poppler adapter leaves
// to pure stages, on synthetic paint and words.
#include "table/rules.h"

#include <doctest/doctest.h>

#include "layout/overprint.h"

using namespace extract_plan;

namespace {

paint stroke(double x0, double y0, double x1, double y1, double grey = 0, double opacity = 1) {
  paint p;
  p.type = paint::kind::stroke;
  p.x0 = x0, p.y0 = y0, p.x1 = x1, p.y1 = y1;
  p.line_width = 0.5;
  p.red = p.green = p.blue = grey;
  p.opacity = opacity;
  return p;
}

paint rectangle(double x0, double y0, double x1, double y1, double grey = 0) {
  paint p = stroke(x0, y0, x1, y1, grey);
  p.type = paint::kind::fill;
  return p;
}

}  // namespace

TEST_SUITE("rules") {
  TEST_CASE("straight strokes are rules, but slanted ones and invisible ones are not") {
    const auto rules =
        tabular::find_rules({stroke(10, 100, 300, 100.3), stroke(50, 20, 50, 400),
                             stroke(10, 10, 200, 150), stroke(10, 500, 300, 500, 0, 0.01)},
                            842, 595);
    REQUIRE(rules.size() == 2);
    CHECK(rules[0].is_horizontal());
    CHECK(rules[0].y0 == doctest::Approx(100.15));
    CHECK(rules[1].is_vertical());
    CHECK(rules[1].thickness == doctest::Approx(0.5));
  }

  TEST_CASE("a thin filled rectangle is a rule along its long side, a wide one shading") {
    const auto rules =
        tabular::find_rules({rectangle(10, 99, 300, 100.5), rectangle(49, 20, 51, 400),
                             rectangle(10, 10, 200, 80), rectangle(5, 5, 5.5, 5.5)},
                            842, 595);
    REQUIRE(rules.size() == 2);
    CHECK(rules[0].is_horizontal());
    CHECK(rules[0].thickness == doctest::Approx(1.5));
    CHECK(rules[1].is_vertical());
    CHECK(rules[1].x0 == doctest::Approx(50));
  }

  TEST_CASE("a white rule counts over shading painted before it, not on the white page") {
    const auto rules =
        tabular::find_rules({stroke(10, 300, 300, 300, 1), rectangle(10, 10, 300, 200, 0.7),
                             stroke(10, 100, 300, 100, 1), stroke(150, 10, 150, 200, 0.97)},
                            842, 595);
    REQUIRE(rules.size() == 2);  // the first white rule came before any shading
    CHECK(rules[0].y0 == doctest::Approx(100));
    CHECK(rules[1].x0 == doctest::Approx(150));
  }

  TEST_CASE("a fill over half the page is a background, under which white rules are unseen") {
    const auto rules = tabular::find_rules(
        {rectangle(0, 0, 842, 595, 0.8), stroke(10, 100, 300, 100, 1)}, 842, 595);
    CHECK(rules.empty());
  }
}

TEST_SUITE("overprint") {
  TEST_CASE("a word printed again a fraction of a point aside is read once") {
    auto at = [](const char* text, double x, double baseline) {
      word w;
      w.text = text;
      w.bounds = {x, baseline - 8, x + 30, baseline + 2};
      w.baseline = baseline;
      w.font_size = 10;
      return w;
    };
    const std::vector<word> kept = layout::drop_overprinted(
        {at("Action", 100, 50), at("Action", 100.3, 50), at("Action", 200, 50), at("plan", 140, 50),
         at("Action", 100, 70)});
    REQUIRE(kept.size() == 4);
    CHECK(kept[1].bounds.x0 == 200);  // the same word elsewhere on the line stays
    CHECK(kept[3].baseline == 70);    // and on the next line
  }
}
