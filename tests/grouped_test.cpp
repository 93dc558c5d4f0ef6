#include "table/grouped.h"

#include <doctest/doctest.h>

#include "layout/lines.h"
#include "page_builder.h"
#include "table/aligned.h"
#include "table/ruled.h"

using namespace extract_plan;
using extract_plan::testing::page_builder;

namespace {

std::vector<tabular::page_table> ruled_tables(const page& p) {
  std::vector<diagnostic> doubts;
  return tabular::find_ruled_tables(p, doubts);
}

std::string cell_text(const tabular::page_row& row, std::size_t c) {
  std::string out;
  for (const text_line& l : row.cells[c].lines) out += (out.empty() ? "" : " ") + l.text();
  return out;
}

}  // namespace

TEST_SUITE("grouped") {
  TEST_CASE("a ruled two-row header folds into one row, each column under its group") {
    // No. and Recommendation merged down over both header rows; "Action plan" over Action
    // and Lead officer.
    page_builder b;
    b.hline(100, 50, 600).hline(160, 50, 600).hline(200, 50, 600);
    b.hline(120, 300, 600).hline(140, 50, 600);
    b.vline(50, 100, 200).vline(100, 100, 200).vline(300, 100, 200).vline(600, 100, 200);
    b.vline(450, 120, 200);
    b.text(55, 115, "No.").text(105, 115, "Recommendation").text(400, 115, "Action plan");
    b.text(305, 135, "Action").text(455, 135, "Lead officer");
    b.text(55, 155, "1").text(105, 155, "That").text(305, 155, "Do it").text(455, 155, "Jo");
    b.text(55, 185, "2").text(105, 185, "Then").text(305, 185, "Again").text(455, 185, "Sam");
    const auto tables = ruled_tables(b.build());
    REQUIRE(tables.size() == 1);
    const auto& rows = tables[0].rows;
    REQUIRE(rows.size() == 3);  // the folded header and two rows
    CHECK(cell_text(rows[0], 0) == "No.");
    CHECK(cell_text(rows[0], 1) == "Recommendation");
    CHECK(cell_text(rows[0], 2) == "Action");
    CHECK(rows[0].cells[2].group == "Action plan");
    CHECK(rows[0].cells[3].group == "Action plan");
    CHECK(rows[0].cells[1].group.empty());
    CHECK(cell_text(rows[1], 3) == "Jo");
  }

  TEST_CASE("an unruled two-row header reads its groups over the names centred under them") {
    page_builder b;
    b.text(50, 100, "Ref").text(90, 100, "Recommendation").text(330, 100, "Delivery");
    b.text(250, 114, "Action").text(400, 114, "Owner");
    b.text(50, 140, "W1")
        .text(90, 140, "That we recycle")
        .text(250, 140, "Consult")
        .text(400, 140, "Jo");
    b.text(50, 160, "W2")
        .text(90, 160, "That we reuse")
        .text(250, 160, "Buy")
        .text(400, 160, "Sam");
    const auto lines = layout::build_lines(b.build().words);
    const auto tables = tabular::find_aligned_tables(lines, 1);
    REQUIRE(tables.size() == 1);
    const auto& header = tables[0].rows.at(0);
    REQUIRE(header.cells.size() == 4);
    CHECK(cell_text(header, 2) == "Action");
    CHECK(header.cells[2].group == "Delivery");
    CHECK(header.cells[3].group == "Delivery");
    CHECK(header.cells[0].group.empty());
  }

  TEST_CASE("prose set flush left, or a title centred, above a header names no group") {
    for (const auto& [x, above] : {std::pair<double, const char*>{50, "themes of the review."},
                                   std::pair<double, const char*>{200, "Action Plan 2024/25"}}) {
      CAPTURE(above);
      page_builder b;
      b.text(x, 100, above);
      b.text(50, 114, "Ref").text(90, 114, "Recommendation").text(250, 114, "Action");
      b.text(400, 114, "Owner");
      b.text(50, 140, "W1")
          .text(90, 140, "That we recycle")
          .text(250, 140, "Consult")
          .text(400, 140, "Jo");
      const auto lines = layout::build_lines(b.build().words);
      const auto tables = tabular::find_aligned_tables(lines, 1);
      REQUIRE(tables.size() == 1);
      for (const auto& cell : tables[0].rows.at(0).cells) CHECK(cell.group.empty());
    }
  }
}
