#include "text/join.h"

#include <doctest/doctest.h>

using extract_plan::text::hyphen_evidence;
using extract_plan::text::join_lines;

namespace {

std::string join(const std::vector<std::string>& lines, const hyphen_evidence& evidence = {}) {
  return join_lines(lines, evidence);
}

}  // namespace

TEST_SUITE("join") {
  TEST_CASE("joins lines with single spaces") {
    CHECK(join({"That progress  with", " the new"}) == "That progress with the new");
  }

  TEST_CASE("joins a line ending in a hyphen to the next without a space") {
    CHECK(join({"Natalie McGrath PHSE Co-", "ordinator"}) == "Natalie McGrath PHSE Co-ordinator");
    CHECK(join({"Stoke-on-", "Trent"}) == "Stoke-on-Trent");
  }

  TEST_CASE("keeps the space where the document shows the hyphenated word before a space") {
    hyphen_evidence evidence;
    evidence.observe_line({"Charles", "Daniels-", "School"});
    CHECK(join({"Charles Daniels-", "School Improvement Officer"}, evidence) ==
          "Charles Daniels- School Improvement Officer");
  }

  TEST_CASE("evidence of the joined word wins over evidence of a spaced hyphen") {
    hyphen_evidence evidence;
    evidence.observe_line({"a", "case-by-", "case"});
    evidence.observe_line({"on", "a", "case-by-case", "basis"});
    CHECK(join({"on a case-by-", "case basis"}, evidence) == "on a case-by-case basis");
  }

  TEST_CASE("a dash standing alone keeps its space") {
    CHECK(join({"Schools -", "Autumn"}) == "Schools - Autumn");
    CHECK(join({"Schools --", "Autumn"}) == "Schools -- Autumn");
  }

  TEST_CASE("a hyphen after a digit joins too") { CHECK(join({"in 2022-", "23"}) == "in 2022-23"); }

  TEST_CASE("drops a bullet glyph at the start of a line") {
    CHECK(join({"\u2022 first item", "\u2022 second item"}) == "first item second item");
  }

  TEST_CASE("list markers typed as text, table-driven") {
    const std::pair<std::vector<std::string>, const char*> cases[] = {
        // A list: two lines or more start with a typed marker before a word.
        {{"- Review the policy", "- Train staff"}, "Review the policy Train staff"},
        {{"Research", "- Develop a function", "- apply for funding"},
         "Research Develop a function apply for funding"},
        {{"\u2013 Review", "\u2013 Report"}, "Review Report"},
        {{"o Review the policy", "o Train staff"}, "Review the policy Train staff"},
        {{"\u25AA Review", "- Report"}, "Review - Report"},  // one typed marker is no list
        // Not markers: one dash that wrapped, a dash before a figure, a footnote's star, a
        // lower-case word after "o", a marker alone.
        {{"Libraries", "- signposting services"}, "Libraries - signposting services"},
        {{"- 2 years", "- 5 years"}, "- 2 years - 5 years"},
        {{"* Per 100", "* Per 1,000"}, "* Per 100 * Per 1,000"},
        {{"o one", "o two"}, "o one o two"},
        {{"-"}, "-"},
        {{"-", "-"}, "- -"},
    };
    for (const auto& [lines, expected] : cases) {
      CAPTURE(lines.front());
      CHECK(join(lines) == expected);
    }
  }

  TEST_CASE("a word cut by a narrow column, and the word processor's hyphens, table-driven") {
    const std::pair<std::vector<std::string>, const char*> cases[] = {
        // Cut without a hyphen: the end is no word alone, the two make one.
        {{"2024 to 2026 commissione", "d activity"}, "2024 to 2026 commissioned activity"},
        {{"Commence", "d in May"}, "Commenced in May"},
        {{"Shared Outcom", "e"}, "Shared Outcome"},
        {{"Distri", "ct #2"}, "District #2"},
        {{"as commissione", "d, then"}, "as commissioned, then"},
        {{"the recom-", "mendation."}, "the recommendation."},
        // A list item starts afresh: no join across a marker.
        {{"Agree budget for 2024-", "\u2022 25 savings"}, "Agree budget for 2024- 25 savings"},
        // Not cut: the end is a word alone, or the two make none, or more than a letter
        // follows a word ("per" / "il" in Italian).
        {{"launch across", "a new site"}, "launch across a new site"},
        {{"meet", "to agree"}, "meet to agree"},
        {{"moltiplicato per", "il valore"}, "moltiplicato per il valore"},
        {{"Officer", "x"}, "Officer x"},
        // A hyphen the word processor made goes; an author's stays.
        {{"prevalence of smoking and recom-", "mendation"},
         "prevalence of smoking and recommendation"},
        {{"Preva-", "lence"}, "Prevalence"},
        {{"PHSE Co-", "ordinator"}, "PHSE Co-ordinator"},
        {{"decision-", "making"}, "decision-making"},
        {{"service is re-", "commissioned"}, "service is re-commissioned"},
        {{"Charles Daniels-", "School"}, "Charles Daniels-School"},
        {{"in 2022-", "23"}, "in 2022-23"},
    };
    for (const auto& [lines, expected] : cases) {
      CAPTURE(lines.front());
      CHECK(join(lines) == expected);
    }
  }

  TEST_CASE("a lone letter completing the word before it joins it even on a line not full") {
    using extract_plan::text::printed_line;
    // Room for "d" was left, yet PowerPoint broke "Commenced" there.
    CHECK(join_lines(std::vector<printed_line>{{"Commence", 12, 40}, {"d Oct 2024", 0, 5.8}}, {}) ==
          "Commenced Oct 2024");
    // More than a letter needs a full line.
    CHECK(join_lines(std::vector<printed_line>{{"Distri", 12, 40}, {"ct #2", 0, 8}}, {}) ==
          "Distri ct #2");
  }

  TEST_CASE("skips empty lines") { CHECK(join({"", "a", "  "}) == "a"); }
}

TEST_SUITE("join") {
  TEST_CASE("a hyphen before a break with room for the next word is the author's") {
    using extract_plan::text::printed_line;
    // "Charles Daniels-" ended its paragraph with 80pt to spare; "School" needs 30pt.
    std::vector<printed_line> lines = {{"Charles Daniels-", 80, 40}, {"School Improvement", 0, 30}};
    CHECK(join_lines(lines, {}) == "Charles Daniels- School Improvement");
    // "PHSE Co-" was wrapped: "ordinator" (45pt) did not fit in the 10pt left.
    lines = {{"Natalie McGrath PHSE Co-", 10, 35}, {"ordinator", 0, 45}};
    CHECK(join_lines(lines, {}) == "Natalie McGrath PHSE Co-ordinator");
  }

  TEST_CASE("rejoins a code cut by a narrow column where the document writes it whole") {
    hyphen_evidence evidence;
    evidence.observe_line({"SO1,SO3"});
    evidence.observe_line({"SO2,", "SO3,", "SO4"});
    CHECK(join({"SO1,SO2,SO", "3,SO4"}, evidence) == "SO1,SO2,SO3,SO4");
    // Without the evidence, two words.
    CHECK(join({"SO1,SO2,SO", "3,SO4"}) == "SO1,SO2,SO 3,SO4");
  }

  TEST_CASE("rejoins an acronym cut at a line end where the document writes it whole") {
    hyphen_evidence evidence;
    evidence.observe_line({"the", "PH", "team"});
    CHECK(join({"P", "H Consultant"}, evidence) == "PH Consultant");
  }

  TEST_CASE("keeps apart a code the document writes alone away from a line end") {
    hyphen_evidence evidence;
    evidence.observe_line({"SO", "and", "SO3"});
    CHECK(join({"SO1,SO", "3"}, evidence) == "SO1,SO 3");
  }
}
