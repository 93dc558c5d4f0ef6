// The deadline grammar, table-driven: each row is a text and what it must read as.
#include <doctest/doctest.h>

#include <locale>
#include <vector>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;

namespace {

// A character classification in which digits and spaces are letters: a grammar that read
// the global locale would find no date under it.
struct digits_are_letters : std::ctype<char> {
  digits_are_letters() : std::ctype<char>(table()) {}
  static const mask* table() {
    static std::vector<mask> t(classic_table(), classic_table() + table_size);
    for (const char c : std::string("0123456789 ")) t[static_cast<unsigned char>(c)] = alpha;
    return t.data();
  }
};

std::string iso(const std::optional<calendar_date>& d) { return d ? to_iso(*d) : "null"; }

// A text with the dates it names ("start..end" each, "null..null" for no year), its status
// ("" for none) and the diagnostic codes it gives.
struct deadline_case {
  const char* text;
  std::vector<std::string> dates;
  const char* status = "";
  std::vector<std::string> doubts = {};
};

std::vector<std::string> spans_of(const deadline_value& d) {
  std::vector<std::string> out;
  for (const date_span& s : d.dates) out.push_back(iso(s.start) + ".." + iso(s.end));
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : " ") + i;
  return out;
}

void check_cases(const std::vector<deadline_case>& cases, const school_terms& terms = {}) {
  for (const deadline_case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    std::vector<diagnostic> doubts;
    const deadline_value d = parse_deadline(c.text, doubts, terms);
    CHECK(joined(spans_of(d)) == joined(c.dates));
    CHECK(std::string(d.status ? to_string(*d.status) : "") == c.status);
    std::vector<std::string> codes;
    for (const diagnostic& x : doubts) codes.push_back(x.code);
    CHECK(joined(codes) == joined(c.doubts));
  }
}

}  // namespace

TEST_SUITE("deadline") {
  TEST_CASE("days") {
    check_cases({
        {"28 February 2023", {"2023-02-28..2023-02-28"}},
        {"28th Feb 2023", {"2023-02-28..2023-02-28"}},
        {"1st March, 2024", {"2024-03-01..2024-03-01"}},
        {"2nd April 2024", {"2024-04-02..2024-04-02"}},
        {"3rd May 2025", {"2025-05-03..2025-05-03"}},
        {"21 of June 2024", {"2024-06-21..2024-06-21"}},
        {"31 DECEMBER 2024", {"2024-12-31..2024-12-31"}},
        {"Sept 5th 2024", {"2024-09-05..2024-09-05"}},
        {"February 28, 2023", {"2023-02-28..2023-02-28"}},
        {"28/02/2023", {"2023-02-28..2023-02-28"}},
        {"28.02.23", {"2023-02-28..2023-02-28"}},
        {"28-02-2023", {"2023-02-28..2023-02-28"}},
        {"1/4/2025", {"2025-04-01..2025-04-01"}},
        {"29 February 2024", {"2024-02-29..2024-02-29"}},
        {"by 31 March 2024", {"2024-03-31..2024-03-31"}},
        {"30 Sept 2025", {"2025-09-30..2025-09-30"}},
        {"12 Oct. 2022", {"2022-10-12..2022-10-12"}},
        {"Estimated date of impact report 28 February 2023", {"2023-02-28..2023-02-28"}},
    });
  }

  TEST_CASE("impossible days are no dates") {
    check_cases({
        {"31 February 2023", {}, "", {"date.unparsed"}},
        {"29 February 2023", {}, "", {"date.unparsed"}},
        {"32/01/2024", {}, "", {"date.unparsed"}},
        {"15/13/2024", {}, "", {"date.unparsed"}},
    });
  }

  TEST_CASE("months") {
    check_cases({
        {"February 2023", {"2023-02-01..2023-02-28"}},
        {"Feb 2023", {"2023-02-01..2023-02-28"}},
        {"Feb-23", {"2023-02-01..2023-02-28"}},
        {"Sept 2024", {"2024-09-01..2024-09-30"}},
        {"Sep 2024", {"2024-09-01..2024-09-30"}},
        {"March-2024", {"2024-03-01..2024-03-31"}},
        {"February 2024", {"2024-02-01..2024-02-29"}},
        {"Implementation February 2023", {"2023-02-01..2023-02-28"}},
        {"December, 2025", {"2025-12-01..2025-12-31"}},
        {"Oct-24", {"2024-10-01..2024-10-31"}},
        {"March 25", {"2025-03-01..2025-03-31"}},
        {"Commenced Oct 24", {"2024-10-01..2024-10-31"}},
        {"by Oct 25", {"2025-10-01..2025-10-31"}},
        {"2025-06-30", {"2025-06-30..2025-06-30"}},
        {"W/C 03/02/2025", {"2025-02-03..2025-02-07"}},
        {"Q3 25/26", {"2025-10-01..2025-12-31"}},
        {"Feb 25-November 25", {"2025-02-01..2025-11-30"}},
        {"Spring term 2025 \u2013 Autumn term 2025", {"2025-01-01..2025-12-31"}},
        {"Q1-Q2 2025/26", {"2025-04-01..2025-09-30"}},
        {"July 24- Dec 24", {"2024-07-01..2024-12-31"}},
        {"25/26 Q4", {"2026-01-01..2026-03-31"}},
        {"2024/25 Q2", {"2024-07-01..2024-09-30"}},
        {"2024-25 Quarter 3", {"2024-10-01..2024-12-31"}},
        {"wc 3.2.25", {"2025-02-03..2025-02-07"}},
        {"3\u201321 June 2024", {"2024-06-03..2024-06-21"}},
        {"3rd to 21st June 2024", {"2024-06-03..2024-06-21"}},
        {"1 May 2024 \u2013 30 April 2025", {"2024-05-01..2025-04-30"}},
        {"01/05/2024 - 30/04/2025", {"2024-05-01..2025-04-30"}},
        {"End September 2025", {"2025-09-30..2025-09-30"}},
        {"End Q2 2025/26", {"2025-09-30..2025-09-30"}},
        {"end of Q4 2024/25", {"2025-03-31..2025-03-31"}},
        {"Start of Q3 2024/25", {"2024-10-01..2024-10-01"}},
        {"until Nov 25", {"2025-11-01..2025-11-30"}},
        {"Sept 25", {"2025-09-01..2025-09-30"}},
        {"25 Sept", {"null..null"}, "", {"date.no_year"}},
        {"March \u201825", {"2025-03-01..2025-03-31"}},
        {"June \u201924", {"2024-06-01..2024-06-30"}},
        {"June '24", {"2024-06-01..2024-06-30"}},
        {"31 March 25", {"2025-03-31..2025-03-31"}},
        {"1 April 24 - 31 March 25", {"2024-04-01..2024-04-01", "2025-03-31..2025-03-31"}},
    });
  }

  TEST_CASE("ends of months and weeks") {
    check_cases({
        {"end of March 2024", {"2024-03-31..2024-03-31"}},
        {"by end of March 2024", {"2024-03-31..2024-03-31"}},
        {"By the end of February 2024", {"2024-02-29..2024-02-29"}},
        {"until end of June 2025", {"2025-06-30..2025-06-30"}},
        {"w/c 6 March 2023", {"2023-03-06..2023-03-10"}},
        {"W/C 27 February 2023", {"2023-02-27..2023-03-03"}},
        {"week commencing 30 December 2024", {"2024-12-30..2025-01-03"}},
        {"end of 2025", {"2025-12-31..2025-12-31"}},
    });
  }

  TEST_CASE("ranges of months") {
    check_cases({
        {"March - June 2024", {"2024-03-01..2024-06-30"}},
        {"March/April 2024", {"2024-03-01..2024-04-30"}},
        {"March to June 2024", {"2024-03-01..2024-06-30"}},
        {"Jan \u2013 Mar 2025", {"2025-01-01..2025-03-31"}},
        {"November - February 2025", {"2024-11-01..2025-02-28"}},
        {"September 2024 - March 2025", {"2024-09-01..2025-03-31"}},
        {"April and May 2024", {"2024-04-01..2024-05-31"}},
    });
  }

  TEST_CASE("years, financial years and quarters") {
    check_cases({
        {"2028", {"2028-01-01..2028-12-31"}},
        {"By 2028, the proportion will fall", {"2028-01-01..2028-12-31"}},
        {"2024/25", {"2024-04-01..2025-03-31"}},
        {"2024-25", {"2024-04-01..2025-03-31"}},
        {"2024/2025", {"2024-04-01..2025-03-31"}},
        {"FY 2025/26", {"2025-04-01..2026-03-31"}},
        {"2099/00", {"2099-04-01..2100-03-31"}},
        {"2024-2029", {"2024-01-01..2029-12-31"}},
        {"2025 to 2026", {"2025-01-01..2026-12-31"}},
        {"Q1 2024/25", {"2024-04-01..2024-06-30"}},
        {"Q2 2024/25", {"2024-07-01..2024-09-30"}},
        {"Q3 2024/25", {"2024-10-01..2024-12-31"}},
        {"Q4 2024/25", {"2025-01-01..2025-03-31"}},
        {"Quarter 1 2025/26", {"2025-04-01..2025-06-30"}},
        {"Quarter 4 2025-26", {"2026-01-01..2026-03-31"}},
        {"Q3 2024", {"2024-07-01..2024-09-30"}},
        {"Q1 2025", {"2025-01-01..2025-03-31"}},
        {"q4 2024", {"2024-10-01..2024-12-31"}},
        {"reduced from 64.1% in 2020/21 to 62%", {"2020-04-01..2021-03-31"}},
        {"commenced 2024", {"2024-01-01..2024-12-31"}},
    });
  }

  TEST_CASE("school terms and seasons, with the default calendar") {
    check_cases({
        {"Autumn term 2023", {"2023-09-01..2023-12-31"}},
        {"Spring Term 2025", {"2025-01-01..2025-04-30"}},
        {"Summer term 2024", {"2024-05-01..2024-07-31"}},
        {"End of Summer Term 2024", {"2024-07-31..2024-07-31"}},
        {"end of the autumn term 2023", {"2023-12-31..2023-12-31"}},
        {"Start of Spring Term 2025", {"2025-01-01..2025-01-01"}},
        {"Spring term 2023/24", {"2024-01-01..2024-04-30"}},
        {"Autumn term 2023/24", {"2023-09-01..2023-12-31"}},
        {"Summer 2024", {"2024-06-01..2024-08-31"}},
        {"Spring 2025", {"2025-03-01..2025-05-31"}},
        {"Autumn 2024", {"2024-09-01..2024-11-30"}},
        {"Winter 2024", {"2024-12-01..2025-02-28"}},
    });
  }

  TEST_CASE("school terms with another calendar") {
    school_terms terms;
    terms.autumn_start = {9, 4};
    terms.autumn_end = {12, 20};
    terms.summer_end = {7, 23};
    check_cases({{"Autumn term 2023", {"2023-09-04..2023-12-20"}},
                 {"End of Summer Term 2024", {"2024-07-23..2024-07-23"}}},
                terms);
  }

  TEST_CASE("several dates, in order") {
    check_cases({
        {"DSL Briefing dates 12 October 2022 12 January 2023 15 March 2023 11 May 2023 14 June "
         "2023",
         {"2022-10-12..2022-10-12", "2023-01-12..2023-01-12", "2023-03-15..2023-03-15",
          "2023-05-11..2023-05-11", "2023-06-14..2023-06-14"}},
        {"Ongoing Oct 2025 Commenced Oct 2024 March 2025",
         {"2025-10-01..2025-10-31", "2024-10-01..2024-10-31", "2025-03-01..2025-03-31"},
         "ongoing"},
        // "end Q3" names a period with no year: an entry, so that a reader knows a date was meant.
        {"Sept 2024 for SDP, end Q3 for other delivery plans",
         {"2024-09-01..2024-09-30", "null..null"},
         "",
         {"date.no_year"}},
        {"Draft by Q2 2024/25, adopted by 31 March 2025",
         {"2024-07-01..2024-09-30", "2025-03-31..2025-03-31"}},
    });
  }

  TEST_CASE("a day and month without a year") {
    check_cases({
        {"Annual Report scrutinised at 5 January O&S meeting",
         {"null..null"},
         "",
         {"date.no_year"}},
        {"by 31st March", {"null..null"}, "", {"date.no_year"}},
        {"end Q2", {"null..null"}, "", {"date.no_year"}},
        {"End of Autumn Term", {"null..null"}, "", {"date.no_year"}},
        {"By the end of June", {"null..null"}, "", {"date.no_year"}},
        {"Start of Q3", {"null..null"}, "", {"date.no_year"}},
        {"12 Oct", {"null..null"}, "", {"date.no_year"}},
    });
  }

  TEST_CASE("the edges of a financial year") {
    check_cases({
        {"end of the 2025/26 financial year", {"2026-03-31..2026-03-31"}},
        {"End of 2025/26 financial year", {"2026-03-31..2026-03-31"}},
        {"By the end of 2024-25", {"2025-03-31..2025-03-31"}},
        {"start of FY 2024/25", {"2024-04-01..2024-04-01"}},
        {"Beginning of the 2025/2026 financial year", {"2025-04-01..2025-04-01"}},
        {"end of 2025", {"2025-12-31..2025-12-31"}},  // a calendar year's end, as before
        {"2025/26 financial year", {"2025-04-01..2026-03-31"}},
    });
  }

  TEST_CASE("a month named without a year after a word that places it") {
    check_cases({
        {"Launch in May, review in October",
         {"null..null", "null..null"},
         "",
         {"date.no_year", "date.no_year"}},
        {"First phase procure platform by mid-June and launch from September 2024",
         {"null..null", "2024-09-01..2024-09-30"},
         "",
         {"date.no_year"}},
        {"from March", {"null..null"}, "", {"date.no_year"}},
        {"Early July", {"null..null"}, "", {"date.no_year"}},
        {"until December", {"null..null"}, "", {"date.no_year"}},
        {"late Sept.", {"null..null"}, "", {"date.no_year"}},
        // A year or a range after the month is read by the forms for them.
        {"in May 2025", {"2025-05-01..2025-05-31"}},
        {"in March/April 2024", {"2024-03-01..2024-04-30"}},
        {"by Oct 25", {"2025-10-01..2025-10-31"}},
        {"late September \u201824", {"2024-09-01..2024-09-30"}},
        {"from March to June 2025", {"2025-03-01..2025-06-30"}},
        // "may" without such a word is a verb; a month inside a word is no month.
        {"Staff may attend", {}},
        {"in Marchmont Street", {}},
    });
  }

  TEST_CASE("vague and relative texts give no dates") {
    check_cases({
        {"TBC", {}},
        {"as required", {}},
        {"", {}},
        {"Annually", {}},
        {"1-2 years", {}, "", {"date.unparsed"}},
        {"3-5 years", {}, "", {"date.unparsed"}},
        {"Within 6 months", {}, "", {"date.unparsed"}},
        {"Existing budget \u00A385,000", {}, "", {"date.unparsed"}},
        {"600 assessments", {}, "", {"date.unparsed"}},
        {"May be delayed", {}},
        {"May 12 people trained", {}, "", {"date.unparsed"}},
        {"by March 31", {"2031-03-01..2031-03-31"}},
        {"page 12", {}, "", {"date.unparsed"}},
        {"Jan 50", {}, "", {"date.unparsed"}},
    });
  }

  TEST_CASE("status words: the first one wins") {
    check_cases({
        {"Completed", {}, "completed"},
        {"Complete", {}, "completed"},
        {"Done", {}, "completed"},
        {"Achieved", {}, "completed"},
        {"Closed", {}, "completed"},
        {"Ongoing", {}, "ongoing"},
        {"On-going", {}, "ongoing"},
        {"Continuous", {}, "ongoing"},
        {"Business as usual", {}, "ongoing"},
        {"In progress", {}, "in_progress"},
        {"Underway", {}, "in_progress"},
        {"Started", {}, "in_progress"},
        {"Not started", {}, "not_started"},
        {"Not yet started", {}, "not_started"},
        {"Incomplete", {}, ""},
        {"Completed and updated on an ongoing basis", {}, "completed"},
        {"Ongoing. Estimated date of impact report 28 February 2023",
         {"2023-02-28..2023-02-28"},
         "ongoing"},
    });
  }

  TEST_CASE("a long text is read in one pass") {
    std::string text;
    for (int i = 0; i < 3000; ++i) text += "2024 ";
    CHECK(parse_deadline(text).dates.size() == 3000);
  }

  TEST_CASE("cleans the text: spaces collapsed, invisible characters gone") {
    const deadline_value d = parse_deadline("  Ongoing\n Estimated\u00A0date \u00ADof impact ");
    CHECK(d.text == "Ongoing Estimated date of impact");
  }

  TEST_CASE("any case, and spaces beyond ASCII: the span keeps the text as printed") {
    // A thin space (U+2009) and an en space (U+2002), in capitals.
    const deadline_value d = parse_deadline("BY 28\u2009FEBRUARY\u20022023, then Q2 2024/25");
    REQUIRE(d.dates.size() == 2);
    CHECK(d.dates[0].text == "28\u2009FEBRUARY\u20022023");
    CHECK(iso(d.dates[0].start) == "2023-02-28");
    CHECK(d.dates[1].text == "Q2 2024/25");
    CHECK(iso(d.dates[1].end) == "2024-09-30");
  }

  TEST_CASE("the same text reads the same under any global locale") {
    const deadline_value before = parse_deadline("End of March 2024 (Q4 2023/24)");
    const std::locale saved =
        std::locale::global(std::locale(std::locale::classic(), new digits_are_letters));
    const deadline_value after = parse_deadline("END OF MARCH 2024 (Q4 2023/24)");
    std::locale::global(saved);
    CHECK(spans_of(after) == spans_of(before));
    CHECK(spans_of(before) ==
          std::vector<std::string>{"2024-03-31..2024-03-31", "2024-01-01..2024-03-31"});
  }
}
