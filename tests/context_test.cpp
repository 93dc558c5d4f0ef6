// A table part's context: what lies above it, whether it starts or ends its page, the room
// below it.
#include "table/context.h"

#include <doctest/doctest.h>

#include "page_builder.h"

using namespace extract_plan;
using namespace extract_plan::tabular;

namespace {

text_line line_at(double y, const std::string& text) {
  text_line l;
  word w;
  w.text = text;
  w.bounds = {50, y, 50 + 5.0 * static_cast<double>(text.size()), y + 10};
  w.font_size = 10;
  l.words.push_back(w);
  l.bounds = w.bounds;
  return l;
}

page_table part_at(double y0, double y1, const std::string& cell_text) {
  page_table t;
  t.bounds = {40, y0, 500, y1};
  t.column_edges = {40, 200, 500};
  page_row row;
  row.bounds = t.bounds;
  row.cells.resize(2);
  row.cells[0].lines.push_back(line_at(y0 + 5, cell_text));
  t.rows.push_back(row);
  return t;
}

}  // namespace

TEST_SUITE("context") {
  TEST_CASE("a part with nothing above or below starts and ends its page") {
    const page_table t = part_at(100, 700, "1");
    const std::vector<text_line> lines = {t.rows[0].cells[0].lines[0]};
    const auto c = find_contexts({&t}, lines, 715);
    REQUIRE(c.size() == 1);
    CHECK(c[0].at_page_top);
    CHECK(c[0].at_page_bottom);
    CHECK(c[0].text_above.empty());
    CHECK(c[0].line_height == doctest::Approx(10));
    CHECK(c[0].room_below == doctest::Approx(715 - 115));
  }

  TEST_CASE("the title above a part, the box above it, and text below") {
    const page_table box = part_at(100, 150, "TOTAL 345.0");
    const page_table plan = part_at(200, 600, "1");
    const std::vector<text_line> lines = {
        line_at(60, "Risk register"), box.rows[0].cells[0].lines[0],  line_at(170, "Action plan"),
        line_at(175, "continued"),    plan.rows[0].cells[0].lines[0], line_at(650, "Notes")};
    const auto c = find_contexts({&box, &plan}, lines, 660);
    REQUIRE(c.size() == 2);
    CHECK(c[0].text_above == "Risk register");
    CHECK_FALSE(c[0].at_page_top);
    CHECK(c[1].text_above == "Action plan continued");
    CHECK(c[1].line_above == "continued");
    CHECK(c[1].lines_above == 2);
    CHECK(c[1].table_above == "TOTAL 345.0");
    CHECK_FALSE(c[1].at_page_bottom);  // "Notes" below
    CHECK_FALSE(c[0].at_page_bottom);  // the plan below
  }
}
