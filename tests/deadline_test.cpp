#include <doctest/doctest.h>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;

namespace {

std::string iso(const std::optional<calendar_date>& d) { return d ? to_iso(*d) : "null"; }

}  // namespace

TEST_SUITE("deadline") {
  TEST_CASE("reads a status word and a day-month-year date") {
    auto d = parse_deadline("Ongoing  Estimated date of impact\nreport 28 February 2023");
    CHECK(d.text == "Ongoing Estimated date of impact report 28 February 2023");
    REQUIRE(d.status.has_value());
    CHECK(*d.status == deadline_status::ongoing);
    REQUIRE(d.dates.size() == 1);
    CHECK(d.dates[0].text == "28 February 2023");
    CHECK(iso(d.dates[0].start) == "2023-02-28");
    CHECK(iso(d.dates[0].end) == "2023-02-28");
  }

  TEST_CASE("reads every date of a list, in order") {
    auto d = parse_deadline(
        "DSL Briefing dates 12 October 2022 12 January 2023 15 March 2023 11 May 2023 14 June "
        "2023");
    REQUIRE(d.dates.size() == 5);
    const char* expected[] = {"2022-10-12", "2023-01-12", "2023-03-15", "2023-05-11", "2023-06-14"};
    for (int i = 0; i < 5; ++i)
      CHECK(iso(d.dates[static_cast<std::size_t>(i)].start) == expected[i]);
    CHECK_FALSE(d.status.has_value());
  }

  TEST_CASE("a day and month without a year gives no dates but a diagnostic") {
    std::vector<diagnostic> doubts;
    auto d = parse_deadline("Annual Report scrutinised at 5 January O&S meeting", &doubts);
    REQUIRE(d.dates.size() == 1);
    CHECK(d.dates[0].text == "5 January");
    CHECK_FALSE(d.dates[0].start.has_value());
    CHECK_FALSE(d.dates[0].end.has_value());
    REQUIRE(doubts.size() == 1);
    CHECK(doubts[0].code == "date.no_year");
  }

  TEST_CASE("reads other day forms") {
    struct example {
      const char* text;
      const char* start;
    };
    const example examples[] = {
        {"28th Feb 2023", "2023-02-28"}, {"Sept 5th 2024", "2024-09-05"},
        {"28/02/2023", "2023-02-28"},    {"28.02.23", "2023-02-28"},
        {"28-02-2023", "2023-02-28"},    {"1st March, 2024", "2024-03-01"},
    };
    for (const example& e : examples) {
      CAPTURE(e.text);
      auto d = parse_deadline(e.text);
      REQUIRE(d.dates.size() == 1);
      CHECK(iso(d.dates[0].start) == e.start);
      CHECK(iso(d.dates[0].end) == e.start);
    }
  }

  TEST_CASE("a month and year is the whole month") {
    auto d = parse_deadline("Part of ongoing action plan. Implementation February 2024");
    REQUIRE(d.dates.size() == 1);
    CHECK(iso(d.dates[0].start) == "2024-02-01");
    CHECK(iso(d.dates[0].end) == "2024-02-29");
  }

  TEST_CASE("the first status word wins") {
    auto d = parse_deadline("Completed and updated on an ongoing basis");
    REQUIRE(d.status.has_value());
    CHECK(*d.status == deadline_status::completed);
    CHECK(*parse_deadline("Not yet started").status == deadline_status::not_started);
    CHECK(*parse_deadline("In progress").status == deadline_status::in_progress);
    CHECK(*parse_deadline("On-going").status == deadline_status::ongoing);
  }

  TEST_CASE("an impossible date is no date, with a diagnostic") {
    std::vector<diagnostic> doubts;
    auto d = parse_deadline("31 February 2023", &doubts);
    CHECK(d.dates.empty());
    REQUIRE(doubts.size() == 1);
    CHECK(doubts[0].code == "date.unparsed");
  }

  TEST_CASE("an empty text has nothing") {
    auto d = parse_deadline("");
    CHECK(d.text.empty());
    CHECK_FALSE(d.status.has_value());
    CHECK(d.dates.empty());
  }
}
