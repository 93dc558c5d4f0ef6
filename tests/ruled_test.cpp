#include "table/ruled.h"

#include <doctest/doctest.h>

#include "page_builder.h"

using namespace extract_plan;

namespace {

// The ruled tables of a page, its doubts left out (tests of them say so).
std::vector<tabular::page_table> ruled_tables(const page& p) {
  std::vector<diagnostic> doubts;
  return tabular::find_ruled_tables(p, doubts);
}

}  // namespace
using extract_plan::testing::page_builder;

TEST_SUITE("ruled") {
  TEST_CASE("merges the border pieces drawn for each cell into one line") {
    std::vector<rule> rules = {
        {10, 100, 50, 100, 0.5}, {50.5, 100.4, 90, 100.4, 0.5}, {95, 100, 120, 100, 0.5}};
    std::vector<tabular::segment> h, v;
    tabular::merge_rules(rules, 2.0, h, v);
    REQUIRE(h.size() == 2);  // a 5pt gap is a real break
    CHECK(h[0].from == 10);
    CHECK(h[0].to == 90);
    CHECK(v.empty());
  }

  TEST_CASE("finds a grid's columns, rows and the text of each cell") {
    auto p = page_builder()
                 .grid({50, 80, 300, 500}, {100, 130, 190})
                 .text(60, 120, "No")
                 .text(90, 120, "RECOMMENDATION")
                 .text(310, 120, "ACTION")
                 .text(60, 150, "1")
                 .text(90, 150, "That the first")
                 .text(90, 165, "line wraps")
                 .text(310, 150, "Done")
                 .build();
    auto tables = ruled_tables(p);
    REQUIRE(tables.size() == 1);
    const auto& t = tables[0];
    CHECK(t.column_count() == 3);
    REQUIRE(t.rows.size() == 2);
    REQUIRE(t.rows[1].cells[1].lines.size() == 2);
    CHECK(t.rows[1].cells[1].lines[0].text() == "That the first");
    CHECK(t.rows[1].cells[1].lines[1].text() == "line wraps");
    CHECK(t.rows[1].cells[2].lines[0].text() == "Done");
  }

  TEST_CASE("a row whose inner column lines are missing spans all columns") {
    auto p = page_builder()
                 .hline(100, 50, 500)
                 .hline(130, 50, 500)
                 .hline(160, 50, 500)
                 .vline(50, 100, 160)
                 .vline(500, 100, 160)
                 .vline(200, 130, 160)
                 .vline(350, 130, 160)
                 .text(60, 120, "Section heading across")
                 .text(60, 150, "a")
                 .text(210, 150, "b")
                 .text(360, 150, "c")
                 .build();
    auto tables = ruled_tables(p);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 2);
    CHECK(tables[0].rows[0].spans_all);
    CHECK(tables[0].rows[0].cells[0].lines[0].text() == "Section heading across");
    CHECK_FALSE(tables[0].rows[1].spans_all);
  }

  TEST_CASE("a table cut by the page without a closing line ends where its column lines end") {
    auto p = page_builder()
                 .hline(100, 50, 500)
                 .vline(50, 100, 300)
                 .vline(200, 100, 300)
                 .vline(500, 100, 300)
                 .text(60, 290, "last")
                 .text(210, 290, "line")
                 .build();
    auto tables = ruled_tables(p);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].bounds.y1 == doctest::Approx(300));
    REQUIRE(tables[0].rows.size() == 1);
    CHECK(tables[0].rows[0].cells[0].lines[0].text() == "last");
  }

  TEST_CASE("a framed paragraph is not a table") {
    auto p = page_builder().grid({50, 500}, {100, 200}).text(60, 150, "boxed text").build();
    CHECK(ruled_tables(p).empty());
  }

  TEST_CASE("an underline inside a cell does not split the row") {
    auto p = page_builder()
                 .grid({50, 200, 500}, {100, 200})
                 .hline(158, 210, 300)
                 .text(60, 150, "a")
                 .text(210, 155, "underlined")
                 .text(210, 175, "next line")
                 .build();
    auto tables = ruled_tables(p);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 1);
    CHECK(tables[0].rows[0].cells[1].lines.size() == 2);
  }

  TEST_CASE("words outside the grid stay out of the table") {
    auto p = page_builder()
                 .grid({50, 200, 500}, {100, 200})
                 .text(60, 150, "in")
                 .text(60, 250, "out")
                 .build();
    auto tables = ruled_tables(p);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 1);
    CHECK(tables[0].rows[0].cells[0].lines.size() == 1);
  }
}

TEST_SUITE("ruled") {
  TEST_CASE("a boundary drawn at different x in different rows is one column boundary") {
    // The header row draws its last boundary at x=400, the body rows at x=420 (Kent's
    // PowerPoint tables): no row draws both, and 20pt is under 3% of the 850pt table.
    page_builder b(1, 960, 540);
    b.hline(100, 50, 900).hline(130, 50, 900).hline(160, 50, 900).hline(190, 50, 900);
    b.vline(50, 100, 190).vline(200, 100, 190).vline(900, 100, 190);
    b.vline(400, 100, 130).vline(420, 130, 190);
    b.text(60, 120, "Action").text(210, 120, "Led").text(410, 120, "Measure");
    b.text(60, 150, "a").text(210, 150, "b").text(402, 150, "more").text(430, 150, "c");
    auto tables = ruled_tables(b.build());
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].column_count() == 3);
    REQUIRE(tables[0].rows.size() == 2);  // the empty last row is dropped
    CHECK(tables[0].rows[0].cells[2].lines.at(0).text() == "Measure");
    CHECK(tables[0].rows[1].cells[1].lines.at(0).text() == "b more");
    CHECK(tables[0].rows[1].cells[2].lines.at(0).text() == "c");
  }

  TEST_CASE("a narrow column drawn in every row stays a column") {
    page_builder b;
    b.grid({50, 300, 320, 500}, {100, 130, 160});
    b.text(60, 120, "a").text(305, 120, "1").text(330, 120, "b");
    auto tables = ruled_tables(b.build());
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].column_count() == 3);
  }

  TEST_CASE("a cell with no line along its top continues the cell above") {
    // A group label merged down over three rows, printed in the middle one.
    page_builder b;
    b.vline(50, 100, 190).vline(200, 100, 190).vline(500, 100, 190);
    b.hline(100, 50, 500).hline(190, 50, 500);
    b.hline(130, 200, 500).hline(160, 200, 500);
    b.text(60, 150, "Accepting")
        .text(210, 120, "one")
        .text(210, 150, "two")
        .text(210, 180, "three");
    auto tables = ruled_tables(b.build());
    REQUIRE(tables.size() == 1);
    const auto& rows = tables[0].rows;
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].cells[0].spans_down);
    CHECK(rows[0].cells[0].lines.at(0).text() == "Accepting");
    CHECK(rows[1].cells[0].merged_above);
    CHECK(rows[1].cells[0].is_empty());
    CHECK(rows[2].cells[0].merged_above);
  }

  TEST_CASE("a thick border stopping short of the line it meets by its width still meets it") {
    page_builder b;
    b.grid({50, 200, 500}, {100, 190});
    // A 3pt row line that stops 4.5pt short of the column line at x=200 on both sides.
    page p = b.build();
    p.rules.push_back({50, 130, 195.5, 130, 3});
    p.rules.push_back({204.5, 130, 500, 130, 3});
    p.words = page_builder().text(60, 120, "above").text(60, 150, "below").build().words;
    auto tables = ruled_tables(p);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows.size() == 2);
  }
}
