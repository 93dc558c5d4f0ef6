#include "layout/lines.h"

#include <doctest/doctest.h>

#include "page_builder.h"

using extract_plan::layout::build_lines;
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
}
