#include "table/banded.h"

#include <doctest/doctest.h>

#include "page_builder.h"
#include "table/ruled.h"

using namespace extract_plan;
using extract_plan::testing::page_builder;

namespace {

std::vector<tabular::page_table> ruled_tables(const page& p) {
  std::vector<diagnostic> doubts;
  return tabular::find_ruled_tables(p, doubts);
}

// A Word-style table: a frame, a header row whose column lines are drawn (white over its
// fill, in Word's shaded styles), and a body with no inner lines at all.
page_builder framed_header() {
  page_builder b;
  b.hline(100, 50, 500).hline(120, 50, 500).hline(400, 50, 500);
  b.vline(50, 100, 400).vline(500, 100, 400);
  b.vline(100, 100, 120).vline(300, 100, 120);
  b.text(55, 115, "No.").text(105, 115, "Recommendation").text(305, 115, "Action");
  return b;
}

std::string cell_text(const tabular::page_row& row, std::size_t c) {
  std::string out;
  for (const text_line& l : row.cells[c].lines) out += (out.empty() ? "" : " ") + l.text();
  return out;
}

}  // namespace

TEST_SUITE("banded") {
  TEST_CASE("a body without inner lines is cut into rows at its bands of fill") {
    // Two rows, the first on a band of fill; neither has a number to start it.
    auto p = framed_header()
                 .fill({50, 120, 500, 170})
                 .text(105, 135, "First recommendation")
                 .text(105, 150, "runs on")
                 .text(305, 135, "First action")
                 .text(105, 185, "Second one")
                 .text(305, 185, "Second action")
                 .build();
    const auto tables = ruled_tables(p);
    REQUIRE(tables.size() == 1);
    const auto& rows = tables[0].rows;
    REQUIRE(rows.size() == 3);  // the header and two rows
    CHECK(cell_text(rows[1], 1) == "First recommendation runs on");
    CHECK(cell_text(rows[1], 2) == "First action");
    CHECK(cell_text(rows[2], 1) == "Second one");
    CHECK(cell_text(rows[2], 2) == "Second action");
    CHECK_FALSE(rows[1].spans_all);
    // The rows tile the body: the first reaches down to the second.
    CHECK(rows[1].bounds.y1 == doctest::Approx(rows[2].bounds.y0));
    CHECK(rows[1].cells[2].bounds.x0 == doctest::Approx(300));
  }

  TEST_CASE("without bands, a key in the first column starts each row") {
    auto p = framed_header()
                 .text(55, 135, "1")
                 .text(105, 135, "First")
                 .text(305, 135, "Act")
                 .text(105, 148, "still the first")
                 .text(55, 161, "2")
                 .text(105, 161, "Second")
                 .text(305, 161, "Act again")
                 .build();
    const auto tables = ruled_tables(p);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 3);
    CHECK(cell_text(tables[0].rows[1], 1) == "First still the first");
    CHECK(cell_text(tables[0].rows[2], 0) == "2");
  }

  TEST_CASE("a highlight behind a few words is no band") {
    auto p = framed_header()
                 .fill({110, 143, 160, 151})
                 .text(55, 135, "1")
                 .text(105, 135, "First")
                 .text(305, 135, "Act")
                 .text(105, 150, "still the first")
                 .build();
    const auto tables = ruled_tables(p);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 2);
    CHECK(cell_text(tables[0].rows[1], 1) == "First still the first");
  }

  TEST_CASE("a heading across the table is no open body") {
    tabular::page_row row;
    row.spans_all = true;
    row.cells.resize(3);
    row.cells[0].lines.push_back({{{"Theme", {60, 100, 90, 110}, 108, 10, true, {}},
                                   {"2:", {92, 100, 100, 110}, 108, 10, true, {}},
                                   {"Access", {102, 100, 140, 110}, 108, 10, true, {}}},
                                  {60, 100, 140, 110}});
    CHECK_FALSE(tabular::is_open_body(row, {50, 100, 300, 500}));
  }

  TEST_CASE("a RAG cell's fill, or the header's reaching into the body, is no band") {
    auto p = framed_header()
                 .fill({50, 100, 500, 121})  // the header's fill, a point into the body
                 .fill({300, 141, 500, 160}, {0.9, 0.6, 0.1})  // an amber cell on row 2
                 .text(55, 135, "1")
                 .text(105, 135, "First")
                 .text(305, 135, "Act")
                 .text(55, 155, "2")
                 .text(105, 155, "Second")
                 .text(305, 155, "Amber")
                 .text(55, 175, "3")
                 .text(105, 175, "Third")
                 .text(305, 175, "Act again")
                 .build();
    const auto tables = ruled_tables(p);
    REQUIRE(tables.size() == 1);
    const auto& rows = tables[0].rows;
    REQUIRE(rows.size() == 4);  // the header and three rows, by their keys
    CHECK(cell_text(rows[2], 1) == "Second");
    CHECK(cell_text(rows[3], 2) == "Act again");
    for (const auto& row : rows) {
      for (const auto& cell : row.cells) CHECK_FALSE(cell.merged_above);
    }
  }

  TEST_CASE("a cell merged down keeps its band while the rows beside it change theirs") {
    // "1" and its recommendation over two action rows: the merged cell painted once, the
    // action column banded row by row; the frame closes under the second row.
    page_builder b;
    b.hline(100, 50, 500).hline(120, 50, 500).hline(200, 50, 500);
    b.vline(50, 100, 200).vline(500, 100, 200).vline(100, 100, 120).vline(300, 100, 120);
    b.vline(420, 100, 120);
    b.text(55, 115, "No.").text(105, 115, "Recommendation").text(305, 115, "Action");
    b.text(425, 115, "Lead");
    auto p = b.fill({50, 120, 300, 200}, {0.8, 0.9, 0.9})
                 .fill({300, 120, 500, 160}, {0.8, 0.9, 0.9})
                 .fill({300, 160, 500, 200}, {0.95, 0.97, 0.97})
                 .text(55, 135, "1")
                 .text(105, 135, "That the council")
                 .text(305, 135, "First action")
                 .text(425, 135, "Jo")
                 .text(105, 175, "acts at once.")
                 .text(305, 175, "Second action")
                 .text(425, 175, "Sam")
                 .build();
    const auto tables = ruled_tables(p);
    REQUIRE(tables.size() == 1);
    const auto& rows = tables[0].rows;
    REQUIRE(rows.size() == 3);
    CHECK(cell_text(rows[1], 1) == "That the council acts at once.");
    CHECK(rows[1].cells[1].spans_down);
    CHECK(rows[2].cells[1].merged_above);
    CHECK(rows[2].cells[0].merged_above);
    CHECK(cell_text(rows[2], 2) == "Second action");
    CHECK_FALSE(rows[2].cells[2].merged_above);
  }

  TEST_CASE("a heading across an open body is a section row") {
    auto p = framed_header()
                 .text(55, 135, "Theme 2: Access to the service for everyone")
                 .text(55, 155, "1")
                 .text(105, 155, "First")
                 .text(305, 155, "Act")
                 .text(55, 175, "2")
                 .text(105, 175, "Second")
                 .text(305, 175, "Act again")
                 .build();
    const auto tables = ruled_tables(p);
    REQUIRE(tables.size() == 1);
    const auto& rows = tables[0].rows;
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].spans_all);
    CHECK(cell_text(rows[1], 0) == "Theme 2: Access to the service for everyone");
    CHECK(cell_text(rows[3], 0) == "2");
  }
}
