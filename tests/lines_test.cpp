#include "layout/lines.h"

#include <doctest/doctest.h>

#include "page_builder.h"

using extract_plan::layout::build_lines;
using extract_plan::layout::find_headings;

namespace {

// The headings of all the lines of a set of words.
std::vector<std::vector<extract_plan::layout::heading_line>> headings_of(
    const std::vector<extract_plan::word>& words) {
  const auto lines = build_lines(words);
  std::vector<const extract_plan::text_line*> all;
  for (const auto& l : lines) all.push_back(&l);
  return find_headings(all);
}

}  // namespace
using extract_plan::testing::page_builder;

TEST_SUITE("lines") {
  TEST_CASE("groups words on one baseline into a line, left to right") {
    auto p = page_builder().text(200, 100, "world").text(100, 100, "hello").build();
    auto lines = build_lines(p.words);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].text() == "hello world");
  }

  TEST_CASE("orders lines from the top of the page down") {
    auto p = page_builder().text(100, 130, "second").text(100, 100, "first").build();
    auto lines = build_lines(p.words);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text() == "first");
    CHECK(lines[1].text() == "second");
  }

  TEST_CASE("keeps a word raised by less than a third of the font size on its line") {
    auto p = page_builder().text(100, 100, "x").text(120, 97, "2").build();
    CHECK(build_lines(p.words).size() == 1);
  }

  TEST_CASE("gives no lines for no words") { CHECK(build_lines({}).empty()); }

  TEST_CASE("a page's headings are its runs of lines in type larger than its text") {
    auto p = page_builder()
                 .text(50, 60, "Internal Audit Follow-up Report:", 16)
                 .text(50, 80, "Waste Collection Contract", 16)
                 .text(50, 110, "Audit and Standards Committee, 27 November 2024.")
                 .text(50, 124, "The council's waste service is delivered by a contractor.")
                 .text(50, 138, "1. Background", 12)
                 .text(50, 152, "More about the service and the contract.")
                 .text(50, 180, "Action plan", 16)
                 .build();
    const auto headings = headings_of(p.words);
    REQUIRE(headings.size() == 2);
    REQUIRE(headings[0].size() == 2);
    CHECK(headings[0][0].text == "Internal Audit Follow-up Report:");
    CHECK(headings[0][1].text == "Waste Collection Contract");
    CHECK(headings[0][1].bottom == doctest::Approx(83.2));
    REQUIRE(headings[1].size() == 1);
    CHECK(headings[1][0].text == "Action plan");
  }

  TEST_CASE("no heading: type all alike, only a little larger, or a passage set large") {
    auto same = page_builder().text(50, 60, "Report").text(50, 80, "Text of it").build();
    CHECK(headings_of(same.words).empty());
    auto close =
        page_builder().text(50, 60, "Report", 11).text(50, 80, "Text").text(50, 94, "More").build();
    CHECK(headings_of(close.words).empty());
    page_builder passage;
    for (int i = 0; i < 4; ++i) passage.text(50, 60 + 20.0 * i, "a line of a passage", 14);
    passage.text(50, 150, "table text").text(50, 164, "table text").text(50, 178, "x");
    passage.text(50, 192, "table text").text(50, 206, "table text");
    CHECK(headings_of(passage.build().words).empty());
  }
}
