#include "table/stream.h"

#include <doctest/doctest.h>

#include "layout/lines.h"
#include "page_builder.h"

using namespace extract_plan;
using extract_plan::testing::page_builder;

TEST_SUITE("stream") {
  TEST_CASE("finds columns in the white space running down aligned lines") {
    page_builder b;
    const char* states[] = {"Assam", "Bihar", "Delhi", "Goa"};
    double y = 100;
    for (const char* s : states) {
      b.text(50, y, s).text(200, y, "14,874,821").text(320, y, "2,554,197");
      y += 14;
    }
    auto tables = tabular::find_stream_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].column_count() == 3);
    REQUIRE(tables[0].rows.size() == 4);
    CHECK(tables[0].rows[2].cells[0].lines.at(0).text() == "Delhi");
    CHECK(tables[0].rows[2].cells[2].lines.at(0).text() == "2,554,197");
  }

  TEST_CASE("a line in one run across the block ends it") {
    page_builder b;
    b.text(50, 100, "a").text(200, 100, "1");
    b.text(50, 114, "b").text(200, 114, "2");
    b.text(50, 128, "c").text(200, 128, "3");
    b.text(50, 142, "A sentence running right across the whole width of the block above");
    auto tables = tabular::find_stream_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows.size() == 3);
  }

  TEST_CASE("prose is no table, nor are two aligned lines") {
    page_builder b;
    b.text(50, 100, "Just a paragraph of plain text that runs on").text(50, 114, "and on.");
    b.text(50, 200, "x").text(200, 200, "1").text(50, 214, "y").text(200, 214, "2");
    CHECK(tabular::find_stream_tables(layout::build_lines(b.build().words), 1).empty());
  }

  TEST_CASE("a wrapped cell carries on the row above") {
    page_builder b;
    b.text(50, 100, "a").text(200, 100, "first cell").text(350, 100, "x");
    b.text(200, 114, "wraps here");  // one column of three: the row above goes on
    b.text(50, 128, "b").text(200, 128, "second").text(350, 128, "y");
    b.text(50, 142, "c").text(200, 142, "third").text(350, 142, "z");
    auto tables = tabular::find_stream_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 3);
    CHECK(tables[0].rows[0].cells[1].lines.size() == 2);
  }
}

TEST_SUITE("stream") {
  TEST_CASE("text set in two columns is prose, not a table") {
    page_builder b;
    for (int i = 0; i < 8; ++i) {
      b.text(50, 100 + 12.0 * i, "the council will review its housing")
          .text(300, 100 + 12.0 * i, "strategy and report progress each quarter");
    }
    CHECK(tabular::find_stream_tables(layout::build_lines(b.build().words), 1).empty());
  }

  TEST_CASE("a bulleted list is no table") {
    page_builder b;
    for (int i = 0; i < 4; ++i)
      b.text(60, 100 + 14.0 * i, "\u2022").text(80, 100 + 14.0 * i, "An item");
    CHECK(tabular::find_stream_tables(layout::build_lines(b.build().words), 1).empty());
  }

  TEST_CASE("in two columns, a line with only the second carries on the row above") {
    page_builder b;
    b.text(50, 100, "Lead").text(200, 100, "Jane Smith, Director of");
    b.text(200, 112, "Public Health");
    b.text(50, 128, "Deputy").text(200, 128, "John Brown");
    b.text(50, 144, "Sponsor").text(200, 144, "Cllr Ann Lee");
    auto tables = tabular::find_stream_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 3);
    CHECK(tables[0].rows[0].cells[1].lines.size() == 2);
  }
}

TEST_SUITE("stream") {
  TEST_CASE("a header stretching over columns does not close the gutters of the rows") {
    page_builder b;
    b.text(190, 90, "Revenue spending overall");  // spans the two number columns
    const char* states[] = {"Assam", "Bihar", "Delhi", "Goa"};
    double y = 104;
    for (const char* s : states) {
      b.text(50, y, s).text(200, y, "14,874,821").text(320, y, "2,554,197");
      y += 14;
    }
    auto tables = tabular::find_stream_tables(layout::build_lines(b.build().words), 1);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].column_count() == 3);
  }

  TEST_CASE("a table of contents is no table: dot leaders, or titles and page numbers") {
    page_builder led;
    const char* titles[] = {"Summary of the review", "Background", "What we found",
                            "Our recommendations"};
    double y = 100;
    int page = 3;
    for (const char* t : titles) {
      led.text(50, y, t).text(150, y, "................").text(400, y, std::to_string(page));
      y += 14;
      page += 4;
    }
    CHECK(tabular::find_stream_tables(layout::build_lines(led.build().words), 1).empty());
    page_builder plain;
    y = 100;
    page = 3;
    for (const char* t : titles) {
      plain.text(50, y, t).text(400, y, std::to_string(page));
      y += 14;
      page += 4;
    }
    CHECK(tabular::find_stream_tables(layout::build_lines(plain.build().words), 1).empty());
    // Figures set along dots are a table's, and so are numbers that go back.
    page_builder figures;
    y = 100;
    for (const char* t : {"0.95", "0.99", "1.05"}) {
      figures.text(50, y, t).text(80, y, "..........").text(200, y, "800").text(260, y, "880");
      y += 14;
    }
    CHECK(tabular::find_stream_tables(layout::build_lines(figures.build().words), 1).size() == 1);
    page_builder counts;
    y = 100;
    // A register of wards and their polling stations, counts going up: one-word names.
    for (const char* t : {"Abbey 3", "Battle 7", "Caversham 15", "Katesgrove 19"}) {
      const std::string row = t;
      const std::size_t space = row.find(' ');
      counts.text(50, y, row.substr(0, space)).text(400, y, row.substr(space + 1));
      y += 14;
    }
    CHECK(tabular::find_stream_tables(layout::build_lines(counts.build().words), 1).size() == 1);
    // Leaders of ellipses too.
    page_builder ellipses;
    y = 100;
    page = 2;
    for (const char* t : titles) {
      ellipses.text(50, y, t)
          .text(200, y, "\u2026\u2026\u2026\u2026")
          .text(400, y, std::to_string(page));
      y += 14;
      page += 3;
    }
    CHECK(tabular::find_stream_tables(layout::build_lines(ellipses.build().words), 1).empty());
    // Page ranges under a row naming the columns.
    page_builder ranges;
    ranges.text(50, 86, "Contents").text(400, 86, "Pages");
    y = 100;
    for (const char* r : {"3", "5 \u2013 6", "7 \u2013 13", "14 \u2013 15"}) {
      ranges.text(50, y, titles[static_cast<std::size_t>((y - 100) / 14)]).text(400, y, r);
      y += 14;
    }
    CHECK(tabular::find_stream_tables(layout::build_lines(ranges.build().words), 1).empty());
  }
}
