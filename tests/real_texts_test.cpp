// The regression corpus of real texts: every distinct deadline and lead-officer text of the
// action-plan tables in ../shared/corpus/real, with its typed value checked by hand
// (tests/data/real_texts.json). The texts are in the file, so this runs without the corpus.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;
using nlohmann::json;

namespace {

json real_texts() {
  std::ifstream in(EXTRACT_PLAN_TESTDATA "/real_texts.json");
  REQUIRE(in.good());
  return json::parse(in);
}

json null_or(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json null_or_date(const std::optional<calendar_date>& d) {
  return d ? json(to_iso(*d)) : json(nullptr);
}

}  // namespace

TEST_SUITE("real_texts") {
  TEST_CASE("every real deadline text reads as checked") {
    const json all = real_texts();
    CHECK(all["deadlines"].size() >= 40);
    for (const json& c : all["deadlines"]) {
      const std::string text = c["text"];
      CAPTURE(text);
      const deadline_value d = parse_deadline(text);
      CHECK(json(d.status ? json(to_string(*d.status)) : json(nullptr)) == c["status"]);
      json dates = json::array();
      for (const date_span& s : d.dates) {
        dates.push_back({s.text, null_or_date(s.start), null_or_date(s.end)});
      }
      CHECK(dates == c["dates"]);
    }
  }

  TEST_CASE("every real lead-officer text names the people checked") {
    const json all = real_texts();
    CHECK(all["officers"].size() >= 60);
    for (const json& c : all["officers"]) {
      const std::string text = c["text"];
      CAPTURE(text);
      json people = json::array();
      for (const person& p : parse_officer(text).people) {
        people.push_back({null_or(p.name), null_or(p.role)});
      }
      CHECK(people == c["people"]);
    }
  }
}
