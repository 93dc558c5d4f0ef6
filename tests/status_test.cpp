// The words of Status, RAG and response cells, table-driven: each row is a text and the
// value it must give ("" for none).
#include <doctest/doctest.h>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;

TEST_SUITE("status") {
  TEST_CASE("RAG ratings from words and capitals") {
    const std::pair<const char*, const char*> cases[] = {
        {"Green", "green"},
        {"AMBER", "amber"},
        {"red", "red"},
        {"Blue - complete", "blue"},
        {"Amber/Green", "amber"},
        {"Red / Amber", "red"},
        {"Green - on track", "green"},
        {"On track (green)", "green"},
        {"RAG: Amber", "amber"},
        {"G", "green"},
        {"A/G", "amber"},
        {"R - behind plan", "red"},
        {"B", "blue"},
        {"G: delivered", "green"},
        // No rating: an article, a word that holds a colour's letters, nothing.
        {"A review is planned", ""},
        {"Greenwich project", ""},
        {"Ongoing", ""},
        {"", ""},
        {"g", ""},
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(text);
      const auto rag = parse_rag(text);
      CHECK(std::string(rag ? to_string(*rag) : "") == expected);
    }
  }

  TEST_CASE("decisions of response cells") {
    const std::pair<const char*, const char*> cases[] = {
        {"Agreed", "accepted"},
        {"Accepted", "accepted"},
        {"Yes", "accepted"},
        {"Yes - with the changes noted", "accepted"},
        {"Approved by Cabinet", "accepted"},
        {"Supported", "accepted"},
        {"Partially accepted", "partially_accepted"},
        {"Partly agreed - see comments", "partially_accepted"},
        {"Accepted in part", "partially_accepted"},
        {"In part", "partially_accepted"},
        {"Not agreed", "rejected"},
        {"Not accepted: budget", "rejected"},
        {"Rejected", "rejected"},
        {"Declined", "rejected"},
        {"No", "rejected"},
        {"Noted", "noted"},
        // No decision: prose, a "no" inside the text, nothing.
        {"The service will review its policy", ""},
        {"There is no further action", ""},
        {"", ""},
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(text);
      const response_value r = parse_response(text);
      CHECK(std::string(r.value ? to_string(*r.value) : "") == expected);
    }
    CHECK(parse_response("  Agreed\n in full ").text == "Agreed in full");
  }

  TEST_CASE("states from status words") {
    const std::pair<const char*, const char*> cases[] = {
        {"Completed", "completed"},
        {"Complete - policy adopted", "completed"},
        {"Closed", "completed"},
        {"On-going", "ongoing"},
        {"Business as usual", "ongoing"},
        {"In progress", "in_progress"},
        {"On track", "in_progress"},
        {"Underway", "in_progress"},
        {"Not yet started", "not_started"},
        {"Green", ""},
        {"", ""},
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(text);
      const auto state = parse_status(text);
      CHECK(std::string(state ? to_string(*state) : "") == expected);
    }
  }
}
