#include "table/aligned.h"

#include <doctest/doctest.h>

#include "layout/lines.h"
#include "page_builder.h"

using namespace extract_plan;
using extract_plan::testing::page_builder;

namespace {

// An unruled plan: a number column with no header, then three labelled columns at x = 80,
// 300 and 520; rows of two lines each, 14pt apart.
page_builder unruled_plan() {
  page_builder b;
  b.text(80, 100, "RECOMMENDATION", 10, true)
      .text(300, 100, "RESPONSE", 10, true)
      .text(520, 100, "LEAD OFFICER", 10, true);
  b.text(50, 130, "1")
      .text(80, 130, "That the council")
      .text(300, 130, "Agreed and")
      .text(520, 130, "Jane Smith");
  b.text(80, 144, "writes to the").text(300, 144, "done");
  b.text(50, 172, "2")
      .text(80, 172, "That officers")
      .text(300, 172, "In hand")
      .text(520, 172, "Head of Service");
  return b;
}

}  // namespace

TEST_SUITE("aligned") {
  TEST_CASE("splits a line into chunks at gaps wider than the gutter") {
    auto p = page_builder().text(50, 100, "two words").text(300, 100, "apart").build();
    auto lines = layout::build_lines(p.words);
    auto chunks = tabular::split_chunks(lines.at(0));
    REQUIRE(chunks.size() == 2);
    CHECK(chunks[0].text() == "two words");
    CHECK(chunks[1].text() == "apart");
  }

  TEST_CASE("finds columns under a header row and an unlabelled number column") {
    auto lines = layout::build_lines(unruled_plan().build().words);
    auto tables = tabular::find_aligned_tables(lines, 1);
    REQUIRE(tables.size() == 1);
    const auto& t = tables[0];
    CHECK(t.column_count() == 4);
    REQUIRE(t.rows.size() == 3);  // header, 1, 2
    CHECK(t.rows[0].cells[1].lines[0].text() == "RECOMMENDATION");
    CHECK(t.rows[1].cells[0].lines[0].text() == "1");
    REQUIRE(t.rows[1].cells[1].lines.size() == 2);
    CHECK(t.rows[1].cells[1].lines[1].text() == "writes to the");
    CHECK(t.rows[2].cells[3].lines[0].text() == "Head of Service");
  }

  TEST_CASE("ends the table at a line that crosses the columns") {
    auto b = unruled_plan();
    b.text(50, 200,
           "A closing paragraph of prose runs right across every one of the columns of "
           "the table above it and more");
    auto lines = layout::build_lines(b.build().words);
    auto tables = tabular::find_aligned_tables(lines, 1);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows.size() == 3);
    CHECK(tables[0].bounds.y1 < 190);
  }

  TEST_CASE("prose alone is no table") {
    auto p =
        page_builder().text(50, 100, "Just a paragraph of text").text(50, 114, "and more").build();
    CHECK(tabular::find_aligned_tables(layout::build_lines(p.words), 1).empty());
  }

  TEST_CASE("continues the columns of the previous page on lines that fit them") {
    auto p = page_builder(2)
                 .text(80, 60, "the rest of it")
                 .text(300, 60, "more")
                 .text(50, 80, "3")
                 .text(80, 80, "That next")
                 .text(520, 80, "Someone")
                 .build();
    const std::vector<double> columns = {45, 75, 290, 510, 700};
    auto tables = tabular::find_aligned_tables(layout::build_lines(p.words), 2, &columns);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 2);
    CHECK(tables[0].rows[0].cells[0].is_empty());
    CHECK(tables[0].rows[0].cells[1].lines[0].text() == "the rest of it");
    CHECK(tables[0].rows[1].cells[0].lines[0].text() == "3");
  }
}

TEST_SUITE("aligned") {
  TEST_CASE("a bold heading at the table's left edge between rows is a section") {
    auto b = unruled_plan();
    b.text(50, 186, "Theme 2: Finance", 10, true);
    b.text(50, 200, "3")
        .text(80, 200, "That audits")
        .text(300, 200, "Agreed")
        .text(520, 200, "CFO");
    auto tables = tabular::find_aligned_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    const auto& rows = tables[0].rows;
    REQUIRE(rows.size() == 5);  // header, 1, 2, section, 3
    CHECK(rows[3].spans_all);
    CHECK(rows[3].cells[0].lines.at(0).text() == "Theme 2: Finance");
    CHECK(rows[4].cells[0].lines.at(0).text() == "3");
  }

  TEST_CASE("a heading running across the columns is a section even in plain type") {
    auto b = unruled_plan();
    b.text(50, 186, "Theme 2: Financial controls and assurance");
    b.text(50, 200, "3").text(80, 200, "That audits").text(300, 200, "Agreed");
    auto tables = tabular::find_aligned_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows.at(3).spans_all);
  }

  TEST_CASE("a header may take two lines") {
    page_builder b;
    b.text(80, 100, "Finding", 10, true)
        .text(300, 100, "Agreed action", 10, true)
        .text(520, 100, "Completion", 10, true)
        .text(520, 112, "date", 10, true);
    b.text(80, 140, "People wait").text(300, 140, "Introduce a list").text(520, 140, "March 2025");
    auto tables = tabular::find_aligned_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 2);
    CHECK(tables[0].rows[0].cells[2].lines.at(0).text() == "Completion date");
    CHECK(tables[0].rows[1].cells[2].lines.at(0).text() == "March 2025");
  }

  TEST_CASE("without numbers a row starts after a wide gap where the first column has text") {
    page_builder b;
    b.text(80, 100, "Finding", 10, true)
        .text(300, 100, "Agreed action", 10, true)
        .text(520, 100, "Owner", 10, true);
    // Lines 14pt apart; a paragraph gap of 18pt inside a cell; 28pt between rows.
    b.text(80, 130, "First finding").text(300, 130, "First action").text(520, 130, "Jo");
    b.text(80, 144, "goes on").text(300, 144, "more action");
    b.text(300, 162, "a second paragraph");  // first column empty: same row
    b.text(300, 176, "and its end");
    b.text(80, 204, "Second finding").text(300, 204, "Second action");  // a new row
    b.text(80, 218, "goes on").text(300, 218, "and on");
    auto tables = tabular::find_aligned_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 3);
    CHECK(tables[0].rows[1].cells[1].lines.size() == 4);
    CHECK(tables[0].rows[2].cells[0].lines.at(0).text() == "Second finding");
  }

  TEST_CASE("a bold heading followed by prose ends the table") {
    auto b = unruled_plan();
    b.text(50, 200, "3. Next steps", 10, true);
    b.text(50, 214,
           "The committee is asked to note the plan and to agree that progress is "
           "reported to its meetings twice a year from now on");
    auto tables = tabular::find_aligned_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows.size() == 3);
  }

  TEST_CASE("a first column of short keys starts a row at each key, whatever its form") {
    // Rows 14pt apart with no wider gap between them: only the keys tell the rows apart.
    page_builder b;
    b.text(40, 100, "Ref", 10, true)
        .text(100, 100, "Finding", 10, true)
        .text(300, 100, "Actions we will take", 10, true)
        .text(480, 100, "When", 10, true);
    const char* keys[] = {"PAY01", "PAY02", "HR-03"};
    double y = 114;
    for (const char* key : keys) {
      b.text(40, y, key)
          .text(100, y, "Changes were")
          .text(300, y, "We will check")
          .text(480, y, "Q3");
      b.text(100, y + 14, "not checked").text(300, y + 14, "each month");
      y += 28;
    }
    const auto tables = tabular::find_aligned_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 4);  // the header and three rows
    CHECK(tables[0].rows[3].cells[0].lines[0].text() == "HR-03");
    CHECK(tables[0].rows[3].cells[1].lines.size() == 2);
  }

  TEST_CASE("text run on into an empty neighbour stays in its cell and the table goes on") {
    page_builder b;
    b.text(40, 100, "Ref", 10, true)
        .text(100, 100, "Finding", 10, true)
        .text(300, 100, "When", 10, true)
        .text(380, 100, "Position", 10, true)
        .text(480, 100, "RAG", 10, true);
    b.text(40, 114, "1")
        .text(100, 114, "Claims unchecked")
        .text(300, 114, "Q4")
        .text(380, 114, "Late")
        .text(480, 114, "Red");
    // "Q4 2025/26 (revised)" runs on over the Position column, empty on this line.
    b.text(40, 142, "2")
        .text(100, 142, "Overtime")
        .text(300, 142, "Q4 2025/26 (revised)")
        .text(480, 142, "Red");
    b.text(40, 170, "3")
        .text(100, 170, "Leavers paid")
        .text(300, 170, "Q1")
        .text(380, 170, "Done")
        .text(480, 170, "Blue");
    const auto tables = tabular::find_aligned_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 4);
    CHECK(tables[0].rows[2].cells[2].lines[0].text() == "Q4 2025/26 (revised)");
    CHECK(tables[0].rows[2].cells[3].lines.empty());
    CHECK(tables[0].rows[3].cells[3].lines[0].text() == "Done");
    // Over a neighbour that has text of its own, it is no row of the table.
    page_builder crossing = b;
    crossing.text(408, 142, "x");
    CHECK(tabular::find_aligned_tables(layout::build_lines(crossing.build().words), 1)
              .front()
              .rows.size() == 2);
  }

  TEST_CASE("a first column of wrapped words is no column of keys") {
    // A narrow Theme column wraps one word a line: rows still start after the wider gaps.
    page_builder b;
    b.text(40, 100, "Theme", 10, true)
        .text(100, 100, "Action", 10, true)
        .text(300, 100, "Lead officer", 10, true);
    b.text(40, 114, "Young").text(100, 114, "Open the youth").text(300, 114, "Head of Youth");
    b.text(40, 128, "people").text(100, 128, "centre longer");
    b.text(40, 156, "Parks").text(100, 156, "Plant trees").text(300, 156, "Parks Manager");
    b.text(100, 170, "in the parks");
    b.text(40, 198, "Older").text(100, 198, "Visit the centres").text(300, 198, "Head of Care");
    b.text(40, 212, "people").text(100, 212, "each month");
    const auto tables = tabular::find_aligned_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 4);  // the header and three rows
    CHECK(tables[0].rows[1].cells[0].lines.size() == 2);
  }
}
