#include "text/join.h"

#include <doctest/doctest.h>

using extract_plan::text::hyphen_evidence;
using extract_plan::text::join_lines;

TEST_SUITE("join") {
  TEST_CASE("joins lines with single spaces") {
    CHECK(join_lines({"That progress  with", " the new"}, {}) == "That progress with the new");
  }

  TEST_CASE("joins a line ending in a hyphen to the next without a space") {
    CHECK(join_lines({"Natalie McGrath PHSE Co-", "ordinator"}, {}) ==
          "Natalie McGrath PHSE Co-ordinator");
    CHECK(join_lines({"Stoke-on-", "Trent"}, {}) == "Stoke-on-Trent");
  }

  TEST_CASE("keeps the space where the document shows the hyphenated word before a space") {
    hyphen_evidence evidence;
    evidence.observe_line({"Charles", "Daniels-", "School"});
    CHECK(join_lines({"Charles Daniels-", "School Improvement Officer"}, evidence) ==
          "Charles Daniels- School Improvement Officer");
  }

  TEST_CASE("evidence of the joined word wins over evidence of a spaced hyphen") {
    hyphen_evidence evidence;
    evidence.observe_line({"a", "case-by-", "case"});
    evidence.observe_line({"on", "a", "case-by-case", "basis"});
    CHECK(join_lines({"on a case-by-", "case basis"}, evidence) == "on a case-by-case basis");
  }

  TEST_CASE("a dash standing alone keeps its space") {
    CHECK(join_lines({"Schools -", "Autumn"}, {}) == "Schools - Autumn");
    CHECK(join_lines({"Schools --", "Autumn"}, {}) == "Schools -- Autumn");
  }

  TEST_CASE("a hyphen after a digit joins too") {
    CHECK(join_lines({"in 2022-", "23"}, {}) == "in 2022-23");
  }

  TEST_CASE("drops a bullet glyph at the start of a line") {
    CHECK(join_lines({"\u2022 first item", "\u2022 second item"}, {}) == "first item second item");
  }

  TEST_CASE("skips empty lines") { CHECK(join_lines({"", "a", "  "}, {}) == "a"); }
}
