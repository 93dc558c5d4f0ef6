#include "text/header_map.h"

#include <doctest/doctest.h>

using namespace extract_plan;
using extract_plan::text::looks_like_number;
using extract_plan::text::match_header;

TEST_SUITE("header_map") {
  TEST_CASE("maps header synonyms to fields, ignoring case and punctuation") {
    struct example {
      const char* header;
      field expected;
    };
    const example examples[] = {
        {"RECOMMENDATION", field::recommendation},
        {"Recommendations", field::recommendation},
        {"PROPOSED ACTION", field::action},
        {"Management Response", field::action},
        {"What we will do", field::action},
        {"LEAD OFFICER", field::lead_officer},
        {"Responsible Officer:", field::lead_officer},
        {"Led by", field::lead_officer},
        {"Action to be taken by", field::lead_officer},
        {"DEADLINE", field::deadline},
        {"Target date", field::deadline},
        {"Timescale", field::deadline},
        {"No.", field::number},
        {"Ref", field::number},
        // Terse headers: a paragraph number, who, by when, why.
        {"Para.", field::number},
        {"Who", field::lead_officer},
        {"By", field::deadline},
        {"When", field::deadline},
        {"Why", field::recommendation},
        {"Next steps", field::action},
        {"Our response", field::action},
    };
    for (const example& e : examples) {
      CAPTURE(e.header);
      REQUIRE(match_header(e.header).has_value());
      CHECK(*match_header(e.header) == e.expected);
    }
  }

  TEST_CASE("knows nothing of empty or unknown headers") {
    CHECK_FALSE(match_header("").has_value());
    CHECK_FALSE(match_header("Measure").has_value());
    // A measure of success is no field of a record: it is kept as it is, under its header.
    CHECK_FALSE(match_header("How we will know").has_value());
  }

  TEST_CASE("recognises item numbers") {
    for (const char* n : {"1", "7.", "R1", "1.1", "(a)", "a)", "Rec 3", "2a", "iv)"}) {
      CAPTURE(n);
      CHECK(looks_like_number(n));
    }
    for (const char* n : {"That the", "2023", "Ongoing"}) {
      CAPTURE(n);
      CHECK_FALSE(looks_like_number(n));
    }
  }

  TEST_CASE("cleans item numbers") {
    CHECK(parse_number("2.") == "2");
    CHECK(parse_number("7:") == "7");
    CHECK(parse_number("7 -") == "7");
    CHECK(parse_number("7 \xE2\x80\x93") == "7");
    CHECK(parse_number("1.2.") == "1.2");
    CHECK(parse_number("(a)") == "a");
    CHECK(parse_number(" R1 ") == "R1");
    CHECK(parse_number("1.1") == "1.1");
  }
}

TEST_SUITE("header_map") {
  TEST_CASE("a short header ending in a synonym takes its field") {
    CHECK(match_header("Draft KCC Response") == field::action);
    CHECK(match_header("Target completion date") == field::deadline);
    CHECK(match_header("Lead Officer/Owner") == field::lead_officer);
  }

  TEST_CASE("a header in the words of headers alone names its key word's field") {
    struct example {
      const char* header;
      field expected;
    };
    const example examples[] = {
        {"Actions we will take", field::action},
        {"How we will do this", field::action},
        {"Agreed management action", field::action},
        {"Improvement actions", field::action},
        {"Person responsible", field::lead_officer},
        {"Action owner", field::lead_officer},
        {"Completion by", field::deadline},
        {"Action due date", field::deadline},
        {"Expected completion", field::deadline},
        {"Current position", field::progress},
        {"Progress against action", field::progress},
        {"Recommendation status", field::status},
        {"Recommendation accepted?", field::response},
        {"Key findings", field::recommendation},
    };
    for (const example& e : examples) {
      CAPTURE(std::string(e.header));
      CHECK(match_header(e.header) == e.expected);
    }
    // Of two qualifiers, the head noun: the last, before a phrase that follows it.
    const example heads[] = {
        {"Officer comments", field::progress},
        {"Lead officer update", field::progress},
        {"Status update", field::progress},
        {"Lead officer and date", field::deadline},
        {"Date of update", field::deadline},
        {"Action owner comments", field::progress},
        {"Responsible officer / Update", field::progress},
    };
    for (const example& e : heads) {
      CAPTURE(std::string(e.header));
      CHECK(match_header(e.header) == e.expected);
    }
    CHECK_FALSE(match_header("Action taken").has_value());
    // Any other word makes it a cell's text, not a label.
    CHECK_FALSE(match_header("Update the action plan").has_value());
    CHECK_FALSE(match_header("How we will fund this").has_value());
    CHECK(match_header("we will") == field::action);
    CHECK_FALSE(match_header("to the").has_value());
  }

  TEST_CASE("a sentence ending in a synonym is not a header") {
    CHECK_FALSE(match_header("reviews progress on these recommendations").has_value());
  }

  TEST_CASE("a header word set letter by letter still matches") {
    CHECK(match_header("Timescal e") == field::deadline);
  }

  TEST_CASE("maps status and progress columns") {
    CHECK(match_header("RAG") == field::status);
    CHECK(match_header("Status") == field::status);
    CHECK(match_header("Progress update") == field::progress);
    CHECK(match_header("Update") == field::progress);
  }
}
