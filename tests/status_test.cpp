// The words of Status, RAG and response cells, table-driven: each row is a text and the
// value it must give ("" for none).
#include "fields/status.h"

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
        {"Not yet agreed", "rejected"},
        {"Not fully accepted", "rejected"},
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
        {"Implemented", "completed"},
        {"Partially implemented", "in_progress"},
        {"Not implemented", "not_started"},
        {"Not yet implemented", "not_started"},
        {"Not fully implemented", "not_started"},
        {"To be implemented by March 2026", "not_started"},
        {"Partly implemented", "in_progress"},
        {"Substantially implemented", "in_progress"},
        {"Being implemented", "in_progress"},
        {"Green", ""},
        {"", ""},
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(text);
      const auto state = parse_status(text);
      CHECK(std::string(state ? to_string(*state) : "") == expected);
    }
  }

  TEST_CASE("RAG ratings from a cell's fill colour") {
    const std::pair<colour, const char*> cases[] = {
        {{0.9, 0.1, 0.1}, "red"},
        {{1, 0, 0}, "red"},
        {{0.75, 0, 0.1}, "red"},
        {{1, 0.75, 0}, "amber"},
        {{1, 0.5, 0}, "amber"},
        {{1, 1, 0}, "amber"},
        {{0, 0.69, 0.31}, "green"},
        {{0.57, 0.82, 0.31}, "green"},
        {{0, 0.5, 0}, "green"},
        {{0.2, 0.4, 0.9}, "blue"},
        {{0, 0.44, 0.75}, "blue"},
        // Not ratings: white, greys, black, pale tints, purple.
        {{1, 1, 1}, ""},
        {{0.6, 0.6, 0.6}, ""},
        {{0, 0, 0}, ""},
        {{0.95, 0.9, 0.9}, ""},
        {{0.85, 0.92, 0.97}, ""},
        {{0.5, 0.2, 0.6}, ""},
    };
    for (const auto& [c, expected] : cases) {
      CAPTURE(c.red);
      CAPTURE(c.green);
      CAPTURE(c.blue);
      const auto rag = fields::rag_of_colour(c);
      CHECK(std::string(rag ? to_string(*rag) : "") == expected);
    }
  }
}
