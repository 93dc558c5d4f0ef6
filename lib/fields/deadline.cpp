// The deadline grammar: a table of date forms, each a Boost.Regex over UTF-8 bytes (compiled
// once, on first use) and the reading of its match. UK usage throughout: day before month,
// financial years from 1 April, school terms from the calendar given.
//
// The text is scanned left to right; at each step the form whose match starts first wins,
// then the longest match, then the form listed first. So "Q2 2024/25" is one financial
// quarter, not a calendar quarter and a year, and "end of March 2024" is one day.
#include "fields/deadline.h"

#include <boost/regex.hpp>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>

#include "text/normalize.h"
#include "text/pattern.h"
#include "text/script.h"

namespace extract_plan {
namespace fields {
namespace {

using match = boost::match_results<const char*>;

// What a form reads from its match: a period, or a date the text leaves without a year.
struct reading {
  std::optional<calendar_date> start, end;
  bool no_year = false;
};

const std::string months =
    "(january|february|march|april|may|june|july|august|september|october|november|"
    "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
const std::string day = "(\\d{1,2})(?:st|nd|rd|th)?";
const std::string year = "((?:19|20)\\d{2})";
// The patterns are matched against the text as UTF-8 bytes, so a character beyond ASCII is
// written as its bytes, and an alternative stands for a set of them.
const std::string dash = "(?:-|\xE2\x80\x93|\xE2\x80\x94)";  // -, en dash, em dash
// ', and the left and right single quotation marks.
const std::string apostrophe = "(?:'|\xE2\x80\x98|\xE2\x80\x99)";
// The second year of "2024/25" or "2024-2025".
const std::string second_year = "\\s*[/-]\\s*(\\d{4}|\\d{2})(?!\\d)";

std::string text_of(const match& m, int g) { return std::string(m[g].first, m[g].second); }
int int_of(const match& m, int g) { return std::atoi(text_of(m, g).c_str()); }
int month_of(const match& m, int g) { return month_number(text_of(m, g)); }

// Years outside 1900-2199 are figures, not the dates of an action plan.
std::optional<calendar_date> make_date(int y, int m, int d) {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) {
    return std::nullopt;
  }
  return calendar_date{y, m, d};
}

reading day_of(int y, int m, int d) {
  const auto date = make_date(y, m, d);
  return {date, date};
}

reading between(int y1, int m1, int d1, int y2, int m2, int d2) {
  reading r{make_date(y1, m1, d1), make_date(y2, m2, d2)};
  if (!r.start || !r.end) return {};
  return r;
}

// Quarter q of the financial year starting in April of year y: Q1 is April to June.
reading financial_quarter(int y, int q);

reading whole_months(int y1, int m1, int y2, int m2) {
  if (m1 < 1 || m2 < 1) return {};
  return between(y1, m1, 1, y2, m2, days_in_month(y2, m2));
}

reading financial_quarter(int y, int q) {
  const int first = 4 + 3 * (q - 1);  // 4, 7, 10, 13
  const int start_year = first > 12 ? y + 1 : y;
  const int start_month = first > 12 ? first - 12 : first;
  return whole_months(start_year, start_month, start_year, start_month + 2);
}

// Days since 1970-01-01 and back (H. Hinnant's civil-calendar algorithms), for week spans.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

calendar_date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

// The year a two- or four-digit second year names after `first` ("2024/25" -> 2025).
int following_year(int first, const std::string& second) {
  if (second.size() == 4) return std::atoi(second.c_str());
  const int candidate = first / 100 * 100 + std::atoi(second.c_str());
  return candidate <= first ? candidate + 100 : candidate;  // 2099/00 ends in 2100
}

// School terms: "Autumn term 2023" is in 2023; in an academic year "2023/24" the autumn term
// is in its first year and the spring and summer terms in its second.
reading term(const std::string& name, int y, int academic_second, const school_terms& terms,
             const std::string& edge) {
  const std::string key = text::fold_case(name);
  month_day from{}, to{};
  bool autumn = false;
  if (key == "autumn") {
    from = terms.autumn_start, to = terms.autumn_end, autumn = true;
  } else if (key == "spring") {
    from = terms.spring_start, to = terms.spring_end;
  } else {
    from = terms.summer_start, to = terms.summer_end;
  }
  if (academic_second > 0 && !autumn) y = academic_second;
  // A term running over the new year ends in the next one.
  const int end_year = (to.month < from.month) ? y + 1 : y;
  reading r = between(y, from.month, from.day, end_year, to.month, to.day);
  const std::string which = text::fold_case(edge);
  if (which == "end") r.start = r.end;
  if (which == "start" || which == "beginning") r.end = r.start;
  return r;
}

reading season(const std::string& name, int y) {
  const std::string key = text::fold_case(name);
  if (key == "spring") return whole_months(y, 3, y, 5);
  if (key == "summer") return whole_months(y, 6, y, 8);
  if (key == "autumn" || key == "fall") return whole_months(y, 9, y, 11);
  return whole_months(y, 12, y + 1, 2);  // winter 2024: December 2024 to February 2025
}

// What a text must hold for a form to match it, tested without a regular expression: a form
// whose needs a text lacks is neither searched nor, until some text has them, compiled. Each
// test is looser than the patterns needing it (any "q" for a quarter, "end" anywhere for an
// edge), so that it never hides a match.
namespace need {
constexpr unsigned digit = 1;     // 0-9
constexpr unsigned year = 2;      // 19 or 20 and two more digits
constexpr unsigned month = 4;     // jan, feb, ... dec
constexpr unsigned term = 8;      // term
constexpr unsigned quarter = 16;  // q
constexpr unsigned week = 32;     // wc, w/c, w.c, week
constexpr unsigned edge = 64;     // end, start, beginning
constexpr unsigned season = 128;  // spring, summer, autumn, fall, winter
// Ranges name two of a kind, at two places in the text.
constexpr unsigned two_years = 256 | year;
constexpr unsigned two_months = 512 | month;
constexpr unsigned two_quarters = 1024 | quarter;
}  // namespace need

struct date_form {
  const char* name;
  unsigned needs;
  std::string pattern;
  reading (*read)(const match&, const school_terms&);
};

// The forms, longest first where one could be read inside another.
const std::vector<date_form>& forms() {
  static const std::vector<date_form> table = {
      {"month range with years", need::two_months | need::two_years,  // March 2024 - June 2025
       "\\b" + months + "\\s+" + year + "\\s*(?:" + dash + "|to|until)\\s*" + months + "\\s+" +
           year + "\\b",
       [](const match& m, const school_terms&) {
         return whole_months(int_of(m, 2), month_of(m, 1), int_of(m, 4), month_of(m, 3));
       }},
      {"range of months in two-digit years",
       need::two_months | need::digit,  // Feb 25-November 25, July 24- Dec 24
       "\\b" + months + "[\\s\\-]*((?:2\\d|3[0-5]))\\s*(?:" + dash + "|to|until)\\s*" + months +
           "[\\s\\-]*((?:2\\d|3[0-5]))\\b(?![/.\\-:]\\d)",
       [](const match& m, const school_terms&) {
         return whole_months(2000 + int_of(m, 2), month_of(m, 1), 2000 + int_of(m, 4),
                             month_of(m, 3));
       }},
      {"month range",
       need::two_months |
           need::year,  // March - June 2024, March/April 2024, November to February 2025
       "\\b" + months + "\\s*(?:" + dash + "|/|to|and|&)\\s*" + months + ",?\\s+" + year + "\\b",
       [](const match& m, const school_terms&) {
         const int y = int_of(m, 3), first = month_of(m, 1), last = month_of(m, 2);
         return whole_months(first > last ? y - 1 : y, first, y, last);
       }},
      {"end of month",
       need::edge | need::month |
           need::year,  // end of March 2024, by end of March 2024, End September 2025
       "\\b(?:(?:by|until)\\s+)?(?:the\\s+)?end\\s+(?:of\\s+)?" + months + ",?\\s+" + year + "\\b",
       [](const match& m, const school_terms&) {
         const int y = int_of(m, 2), mo = month_of(m, 1);
         return mo > 0 ? day_of(y, mo, days_in_month(y, mo)) : reading{};
       }},
      {"range of terms", need::term | need::two_years,  // Spring term 2025 - Autumn term 2025
       "\\b(autumn|spring|summer)\\s+term,?\\s+" + year + "\\s*(?:" + dash +
           "|to|until)\\s*(autumn|spring|summer)\\s+term,?\\s+" + year + "\\b",
       [](const match& m, const school_terms& terms) {
         const reading first = term(text_of(m, 1), int_of(m, 2), 0, terms, "");
         const reading last = term(text_of(m, 3), int_of(m, 4), 0, terms, "");
         if (!first.start || !last.end) return reading{};
         return reading{first.start, last.end};
       }},
      {"range of financial quarters", need::two_quarters | need::year,  // Q1-Q2 2025/26
       "\\b(?:q|quarter\\s*)([1-4])\\s*(?:" + dash +
           "|to|/|and|&)\\s*(?:q|quarter\\s*)([1-4])\\s*" + "(?:fy\\s*)?" + year + second_year,
       [](const match& m, const school_terms&) {
         const int y = int_of(m, 3);
         if (following_year(y, text_of(m, 4)) != y + 1) return reading{};
         const reading first = financial_quarter(y, int_of(m, 1));
         const reading last = financial_quarter(y, int_of(m, 2));
         if (!first.start || !last.end) return reading{};
         return reading{first.start, last.end};
       }},
      {"term edge",
       need::edge | need::term |
           need::year,  // End of Summer Term 2024, start of the autumn term 2023/24
       "\\b(end|start|beginning)\\s+of\\s+(?:the\\s+)?(autumn|spring|summer)\\s+term,?\\s+" + year +
           "(?:" + second_year + ")?",
       [](const match& m, const school_terms& terms) {
         const int y = int_of(m, 3);
         const int second = m[4].matched ? following_year(y, text_of(m, 4)) : 0;
         return term(text_of(m, 2), y, second, terms, text_of(m, 1));
       }},
      {"term", need::term | need::year,  // Autumn term 2023, Spring Term 2025, summer term 2023/24
       "\\b(autumn|spring|summer)\\s+term,?\\s+" + year + "(?:" + second_year + ")?",
       [](const match& m, const school_terms& terms) {
         const int y = int_of(m, 2);
         const int second = m[3].matched ? following_year(y, text_of(m, 3)) : 0;
         return term(text_of(m, 1), y, second, terms, "");
       }},
      {"week commencing, numeric",
       need::week | need::digit,  // W/C 03/02/2025, wc 3.2.25: Monday to Friday
       "\\b(?:w/c|w\\.c\\.|wc|week\\s+(?:commencing|beginning))\\s*(\\d{1,2})[/.\\-](\\d{1,2})[/"
       ".\\-]"
       "(\\d{4}|\\d{2})(?![\\d/.\\-]\\d)",
       [](const match& m, const school_terms&) {
         const int y = int_of(m, 3) < 100 ? 2000 + int_of(m, 3) : int_of(m, 3);
         const auto first = make_date(y, int_of(m, 2), int_of(m, 1));
         if (!first) return reading{};
         const calendar_date last =
             civil_from_days(days_from_civil(first->year, first->month, first->day) + 4);
         return reading{first, last};
       }},
      {"range of days in a month",
       need::month | need::year,  // 3-21 June 2024, 3rd to 21st June 2024
       "\\b" + day + "\\s*(?:" + dash + "|to)\\s*" + day + "\\s+(?:of\\s+)?" + months + ",?\\s+" +
           year + "\\b",
       [](const match& m, const school_terms&) {
         const int y = int_of(m, 4), mo = month_of(m, 3);
         return between(y, mo, int_of(m, 1), y, mo, int_of(m, 2));
       }},
      {"range of days", need::two_months | need::two_years,  // 1 May 2024 - 30 April 2025
       "\\b" + day + "\\s+(?:of\\s+)?" + months + ",?\\s+" + year + "\\s*(?:" + dash +
           "|to|until)\\s*" + day + "\\s+(?:of\\s+)?" + months + ",?\\s+" + year + "\\b",
       [](const match& m, const school_terms&) {
         return between(int_of(m, 3), month_of(m, 2), int_of(m, 1), int_of(m, 6), month_of(m, 5),
                        int_of(m, 4));
       }},
      {"range of numeric days", need::digit,  // 01/05/2024 - 30/04/2025
       "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*(?:" + dash +
           "|to|until)\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b",
       [](const match& m, const school_terms&) {
         return between(int_of(m, 3), int_of(m, 2), int_of(m, 1), int_of(m, 6), int_of(m, 5),
                        int_of(m, 4));
       }},
      {"week commencing",
       need::week | need::month |
           need::year,  // w/c 6 March 2023: that working week, Monday to Friday
       "\\b(?:w/c|w\\.c\\.|wc|week\\s+(?:commencing|beginning))\\s*" + day + "\\s+" + months +
           ",?\\s+" + year + "\\b",
       [](const match& m, const school_terms&) {
         const auto first = make_date(int_of(m, 3), month_of(m, 2), int_of(m, 1));
         if (!first) return reading{};
         const calendar_date last =
             civil_from_days(days_from_civil(first->year, first->month, first->day) + 4);
         return reading{first, last};
       }},
      {"day month year",
       need::month | need::year,  // 28 February 2023, 28th Feb 2023, by 31 March 2024
       "\\b" + day + "\\s+(?:of\\s+)?" + months + ",?\\s+" + year + "\\b",
       [](const match& m, const school_terms&) {
         return day_of(int_of(m, 3), month_of(m, 2), int_of(m, 1));
       }},
      {"month day year", need::month | need::year,  // Sept 5th 2024, February 28, 2023
       "\\b" + months + "\\s+" + day + ",?\\s+" + year + "\\b",
       [](const match& m, const school_terms&) {
         return day_of(int_of(m, 3), month_of(m, 1), int_of(m, 2));
       }},
      {"numeric day", need::digit,  // 28/02/2023, 28.02.23, 28-02-2023
       "\\b(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})(?![\\d/.\\-]\\d)",
       [](const match& m, const school_terms&) {
         const std::string y = text_of(m, 3);
         // Two-digit years are this century's: action plans are about the present.
         const int full = y.size() == 2 ? 2000 + std::atoi(y.c_str()) : std::atoi(y.c_str());
         return day_of(full, int_of(m, 2), int_of(m, 1));
       }},
      {"edge of a financial year", need::edge | need::year,
       // end of the 2025/26 financial year, End of 2025/26 financial year, start of FY 2024/25
       "\\b(?:(?:by|until)\\s+)?(?:the\\s+)?(end|start|beginning)\\s+of\\s+(?:the\\s+)?"
       "(?:fy\\s*|financial\\s+year\\s+)?" +
           year + second_year + "(?:\\s+(?:financial|fiscal)\\s+year)?",
       [](const match& m, const school_terms&) {
         const int y = int_of(m, 2);
         if (following_year(y, text_of(m, 3)) != y + 1) return reading{};
         return text::fold_case(text_of(m, 1)) == "end" ? day_of(y + 1, 3, 31) : day_of(y, 4, 1);
       }},
      {"edge of a financial quarter",
       need::edge | need::quarter | need::year,  // End Q2 2025/26, Start of Q3 2024/25
       "\\b(end|start|beginning)\\s+(?:of\\s+)?(?:the\\s+)?(?:q|quarter\\s*)([1-4])\\s*(?:of\\s+)?"
       "(?:fy\\s*)?" +
           year + second_year,
       [](const match& m, const school_terms&) {
         const int y = int_of(m, 3);
         if (following_year(y, text_of(m, 4)) != y + 1) return reading{};
         reading r = financial_quarter(y, int_of(m, 2));
         if (text::fold_case(text_of(m, 1)) == "end") {
           r.start = r.end;
         } else {
           r.end = r.start;
         }
         return r;
       }},
      {"iso day", need::year,  // 2025-06-30
       "\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b(?![-/.:]?\\d)",
       [](const match& m, const school_terms&) {
         return day_of(int_of(m, 1), int_of(m, 2), int_of(m, 3));
       }},
      {"financial quarter",
       need::quarter | need::year,  // Q2 2024/25, Quarter 1 2025/26: Q1 is April to June
       "\\b(?:q|quarter\\s*)([1-4])\\s*(?:of\\s+)?(?:fy\\s*)?" + year + second_year,
       [](const match& m, const school_terms&) {
         const int y = int_of(m, 2);
         if (following_year(y, text_of(m, 3)) != y + 1) return reading{};
         return financial_quarter(y, int_of(m, 1));
       }},
      {"financial year and quarter", need::quarter | need::year,  // 2024/25 Q2, 2024-25 Quarter 3
       "\\b" + year + second_year + "\\s*(?:q|quarter\\s*)([1-4])\\b",
       [](const match& m, const school_terms&) {
         const int y = int_of(m, 1);
         if (following_year(y, text_of(m, 2)) != y + 1) return reading{};
         return financial_quarter(y, int_of(m, 3));
       }},
      {"quarter of a short financial year", need::quarter | need::digit,  // Q3 25/26, 25/26 Q3
       "\\b(?:(?:q|quarter\\s*)([1-4])\\s*(\\d{2})/(\\d{2})|(\\d{2})/"
       "(\\d{2})\\s*(?:q|quarter\\s*)([1-4]))\\b",
       [](const match& m, const school_terms&) {
         const bool first = m[1].matched;
         const int q = int_of(m, first ? 1 : 6), a = int_of(m, first ? 2 : 4),
                   b = int_of(m, first ? 3 : 5);
         if (b != (a + 1) % 100) return reading{};
         return financial_quarter(2000 + a, q);
       }},
      {"calendar quarter", need::quarter | need::year,  // Q3 2024: July to September
       "\\b(?:q|quarter\\s*)([1-4])\\s*(?:of\\s+)?" + year + "\\b",
       [](const match& m, const school_terms&) {
         const int y = int_of(m, 2), first = 1 + 3 * (int_of(m, 1) - 1);
         return whole_months(y, first, y, first + 2);
       }},
      {"financial year",
       need::year,  // 2024/25, 2024-25, FY 2024/2025: 1 April to 31 March; 2024-2029
       "\\b(?:fy\\s*)?" + year + second_year,
       [](const match& m, const school_terms&) {
         const int first = int_of(m, 1), second = following_year(first, text_of(m, 2));
         if (second == first + 1) return between(first, 4, 1, second, 3, 31);
         if (second > first + 1 && text_of(m, 2).size() == 4) {
           return between(first, 1, 1, second, 12, 31);  // a span of whole years
         }
         return reading{};
       }},
      {"year range", need::two_years,  // 2024 to 2026
       "\\b" + year + "\\s+(?:to|until|" + dash + ")\\s+" + year + "\\b",
       [](const match& m, const school_terms&) {
         const int first = int_of(m, 1), last = int_of(m, 2);
         return last >= first ? between(first, 1, 1, last, 12, 31) : reading{};
       }},
      {"end of year", need::edge | need::year,  // end of 2025
       "\\b(?:(?:by|until)\\s+)?(?:the\\s+)?end\\s+of\\s+" + year + "\\b",
       [](const match& m, const school_terms&) { return day_of(int_of(m, 1), 12, 31); }},
      {"month year", need::month | need::year,  // February 2023, Feb 2023, Sept 2024, March-2024
       "\\b" + months + ",?[\\s\\-]+" + year + "\\b",
       [](const match& m, const school_terms&) {
         const int y = int_of(m, 2);
         return whole_months(y, month_of(m, 1), y, month_of(m, 1));
       }},
      {"day month two-digit year", need::month | need::digit,  // 31 March 25, 1st April 24
       "\\b" + day + "\\s+(?:of\\s+)?" + months + "(?:\\s*" + apostrophe +
           "\\s*|\\s+|-)(\\d{2})\\b" + "(?![/.\\-:]\\d)",
       [](const match& m, const school_terms&) {
         return day_of(2000 + int_of(m, 3), month_of(m, 2), int_of(m, 1));
       }},
      {"month two-digit year",
       need::month | need::digit,  // Feb-23, March \u201825, June \u201924
                                   // A hyphen or an apostrophe says the two digits are a year.
       "\\b" + months + "(?:\\s*" + apostrophe + "\\s*|-)(\\d{2})\\b(?![/.\\-:]\\d)",
       [](const match& m, const school_terms&) {
         const int y = 2000 + int_of(m, 2);
         return whole_months(y, month_of(m, 1), y, month_of(m, 1));
       }},
      {"month and year in two digits",
       need::month | need::digit,  // March 25, Commenced Oct 24, by Oct 25
                                   // UK plans put a day before its month, so a month then two
                                   // digits from 20 to 35 is a month of 2020-2035, whatever
                                   // word comes before ("by Oct 25" is October 2025 far more
                                   // often than the 25th), unless an ordinal or a year
                                   // follows.
       "\\b" + months +
           "\\s+((?:2\\d|3[0-5]))\\b(?![/"
           ".\\-:]\\d|\\s*(?:st|nd|rd|th)\\b|,?\\s+(?:19|20)\\d{2}|\\s+(?:people|staff|days|weeks|"
           "months|years|hours))",
       [](const match& m, const school_terms&) {
         const int y = 2000 + int_of(m, 2);
         return whole_months(y, month_of(m, 1), y, month_of(m, 1));
       }},
      {"season", need::season | need::year,  // Summer 2024: June to August
       "\\b(spring|summer|autumn|fall|winter)\\s+" + year + "\\b",
       [](const match& m, const school_terms&) { return season(text_of(m, 1), int_of(m, 2)); }},
      {"year", need::year,  // 2028: the whole year; not money, a count or a percentage
       "(?<![$\\d.,/\\-])(?<!\xC2\xA3)(?<!\xE2\x82\xAC)\\b" + year + "\\b(?![/%]|[.,\\-]\\d|\\s*%)",
       [](const match& m, const school_terms&) {
         const int y = int_of(m, 1);
         return between(y, 1, 1, y, 12, 31);
       }},
      {"period without a year",
       need::edge,  // end Q2, End of Autumn Term, by the end of June: no year
                    // A period was named, so a reader knows a date was meant.
       "\\b(?:(?:end|start|beginning)\\s+(?:of\\s+)?(?:the\\s+)?(?:q|quarter\\s*)[1-4]"
       "|(?:end|start|beginning)\\s+of\\s+(?:the\\s+)?(?:autumn|spring|summer)\\s+term"
       "|end\\s+of\\s+" +
           months + ")(?![\\w\\-]|,?\\s*(?:of\\s+)?(?:fy\\s*)?\\d)",
       [](const match&, const school_terms&) {
         reading r;
         r.no_year = true;
         return r;
       }},
      {"month without a year", need::month,  // Launch in May, by mid-June, from March
                                             // After a word that places a time, or early /
                                             // mid / late, a month is a date, as "may" alone
                                             // is not; one that goes on into a range or a
                                             // year is left to the forms that read those.
       "\\b(?:(?:in|by|from|until|till|during|before|after|since)\\s+(?:(?:early|mid|late)[\\s\\-]*"
       ")?"
       "|(?:early|mid|late)[\\s\\-]*)" +
           months + "(?![\\w\\-]|,?\\s*(?:of\\s+)?(?:fy\\s*)?\\d|\\s*" + apostrophe +
           "\\s*\\d|\\s*(?:/|&|" + dash + "|to\\b|and\\b|until\\b|or\\b)\\s*(?:\\d|" + months +
           "))",
       [](const match&, const school_terms&) {
         reading r;
         r.no_year = true;
         return r;
       }},
      {"day month", need::month | need::digit,  // 5 January: no year
       "\\b" + day + "\\s+(?:of\\s+)?" + months + "(?![\\w\\-]|,?\\s*\\d)",
       [](const match& m, const school_terms&) {
         reading r;
         r.no_year = month_of(m, 2) > 0 && int_of(m, 1) >= 1 && int_of(m, 1) <= 31;
         return r;
       }},
  };
  return table;
}

// Form f's expression, compiled on its first use: most documents use a few of the forms.
const boost::regex& compiled_form(std::size_t f) {
  struct lazy {
    std::once_flag once;
    boost::regex re;
  };
  static std::vector<lazy> compiled(forms().size());
  std::call_once(compiled[f].once,
                 [f] { compiled[f].re = text::byte_pattern(forms()[f].pattern); });
  return compiled[f].re;
}

// How many times any of `words` occurs in `t`, counting each place once.
std::size_t places_of(std::string_view t, std::initializer_list<std::string_view> words) {
  std::size_t count = 0;
  for (const std::string_view w : words) {
    for (std::size_t at = t.find(w); at != std::string_view::npos; at = t.find(w, at + 1)) {
      ++count;
    }
  }
  return count;
}

// The needs a lower-case text meets.
unsigned needs_met(std::string_view t) {
  auto has = [t](std::string_view word) { return t.find(word) != std::string_view::npos; };
  unsigned met = 0;
  std::size_t years = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] < '0' || t[i] > '9') continue;
    met |= need::digit;
    const bool century =
        i + 3 < t.size() && ((t[i] == '1' && t[i + 1] == '9') || (t[i] == '2' && t[i + 1] == '0'));
    if (century && t[i + 2] >= '0' && t[i + 2] <= '9' && t[i + 3] >= '0' && t[i + 3] <= '9') {
      ++years;
    }
  }
  const std::size_t month_names = places_of(
      t, {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"});
  const std::size_t quarters = places_of(t, {"q"});
  met |= years >= 2 ? need::two_years : years == 1 ? need::year : 0;
  met |= month_names >= 2 ? need::two_months : month_names == 1 ? need::month : 0;
  met |= quarters >= 2 ? need::two_quarters : quarters == 1 ? need::quarter : 0;
  if (has("term")) met |= need::term;
  if (has("wc") || has("w/c") || has("w.c") || has("week")) met |= need::week;
  if (has("end") || has("start") || has("beginning")) met |= need::edge;
  if (has("spring") || has("summer") || has("autumn") || has("fall") || has("winter")) {
    met |= need::season;
  }
  return met;
}

const boost::regex& status_pattern() {
  static const boost::regex pattern = text::byte_pattern(
      "\\b(?:(not\\s+(?:yet\\s+)?started|not\\s+(?:yet\\s+|fully\\s+)?implemented"
      "|to\\s+be\\s+implemented)"
      "|(completed?|done|achieved|closed|implemented)"
      "|(on-?\\s?going|continuous|business\\s+as\\s+usual)"
      "|(in\\s+progress|underway|under\\s+way|started|on\\s+(?:track|target|schedule)"
      "|(?:partially|partly|substantially|being)\\s+implemented))\\b");
  return pattern;
}

bool has_digit(const std::string& s) { return s.find_first_of("0123456789") != std::string::npos; }

}  // namespace

void compile_deadline_forms() {
  for (std::size_t f = 0; f < forms().size(); ++f) (void)compiled_form(f);
  (void)status_pattern();
}

int days_in_month(int y, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2) {
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return leap ? 29 : 28;
  }
  return days[month - 1];
}

int month_number(std::string_view name) {
  const std::string key = text::fold_case(name);
  static const char* prefixes[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};
  if (key.size() < 3) return 0;
  for (int i = 0; i < 12; ++i) {
    if (key.compare(0, 3, prefixes[i]) == 0) return i + 1;
  }
  return 0;
}

}  // namespace fields

const char* to_string(deadline_status status) noexcept {
  switch (status) {
    case deadline_status::completed:
      return "completed";
    case deadline_status::ongoing:
      return "ongoing";
    case deadline_status::in_progress:
      return "in_progress";
    case deadline_status::not_started:
      return "not_started";
  }
  return "";
}

std::string to_iso(calendar_date date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

deadline_value parse_deadline(std::string_view raw, const school_terms& terms) {
  std::vector<diagnostic> ignored;
  return parse_deadline(raw, ignored, terms);
}

namespace {

// Returns the status the first status word of a text states, if any.
std::optional<deadline_status> status_of(const char* begin, const char* end) {
  boost::match_results<const char*> m;
  if (!boost::regex_search(begin, end, m, fields::status_pattern())) return std::nullopt;
  const deadline_status order[] = {deadline_status::not_started, deadline_status::completed,
                                   deadline_status::ongoing, deadline_status::in_progress};
  std::optional<deadline_status> out;
  for (int g = 1; g <= 4; ++g) {
    if (m[g].matched) out = order[g - 1];
  }
  return out;
}

// Finds the dates of a text left to right: at each step the match starting first wins, then
// the longest, then the form listed first. Each form's next match from the scan position is
// searched again only once the scan has passed it: the whole scan costs each pattern about
// one pass over the text.
class date_scanner {
 public:
  date_scanner(const char* begin, const char* end)
      : begin_(begin),
        end_(end),
        from_(begin),
        next_(fields::forms().size()),
        searched_(next_.size(), false),
        found_(next_.size(), false) {
    // A form whose needs the text lacks cannot match: it counts as searched, and not found.
    const unsigned met =
        fields::needs_met(std::string_view(begin, static_cast<std::size_t>(end - begin)));
    for (std::size_t f = 0; f < next_.size(); ++f) {
      const unsigned needs = fields::forms()[f].needs;
      if ((needs & met) != needs) searched_[f] = true;
    }
  }

  // Returns the next match and the form it is of, or nothing at the end.
  std::optional<std::pair<boost::match_results<const char*>, std::size_t>> next() {
    std::size_t best = next_.size();
    for (std::size_t f = 0; f < next_.size() && from_ < end_; ++f) {
      if (!searched_[f] || (found_[f] && next_[f][0].first < from_)) {
        const auto flags = from_ == begin_ ? boost::match_default : boost::match_prev_avail;
        found_[f] = boost::regex_search(from_, end_, next_[f], fields::compiled_form(f), flags);
        searched_[f] = true;
      }
      if (!found_[f]) continue;
      const auto& m = next_[f][0];
      const auto& b = next_[best == next_.size() ? f : best][0];
      if (best == next_.size() || m.first < b.first ||
          (m.first == b.first && m.second > b.second)) {
        best = f;
      }
    }
    if (best == next_.size()) return std::nullopt;
    from_ = next_[best][0].second;
    return std::make_pair(next_[best], best);
  }

 private:
  const char* begin_;
  const char* end_;
  const char* from_;
  std::vector<boost::match_results<const char*>> next_;
  std::vector<bool> searched_, found_;
};

}  // namespace

std::optional<deadline_status> parse_status(std::string_view raw) {
  const std::string form = text::matching_form(text::collapse_spaces(text::clean_text(raw)));
  return status_of(form.data(), form.data() + form.size());
}

deadline_value parse_deadline(std::string_view raw, std::vector<diagnostic>& diagnostics,
                              const school_terms& terms) {
  deadline_value out;
  out.text = text::collapse_spaces(text::clean_text(raw));
  const std::string matched = text::matching_form(out.text);
  const char* begin = matched.data();
  const char* end = begin + matched.size();
  bool doubted = false;
  auto doubt = [&](const char* code, const std::string& message) {
    doubted = true;
    diagnostics.push_back({code, 0, message});
  };
  out.status = status_of(begin, end);
  date_scanner scanner(begin, end);
  while (auto found = scanner.next()) {
    const auto& [match, form] = *found;
    const fields::reading r = fields::forms()[form].read(match, terms);
    // The span as printed, from the original at the match's offsets.
    date_span span{out.text.substr(static_cast<std::size_t>(match[0].first - begin),
                                   static_cast<std::size_t>(match[0].second - match[0].first)),
                   r.start, r.end};
    if (r.no_year) {
      doubt(diag::date_no_year, "\"" + span.text + "\" has no year");
      out.dates.push_back(std::move(span));
    } else if (r.start && r.end) {
      out.dates.push_back(std::move(span));
    } else {
      doubt(diag::date_unparsed, "\"" + span.text + "\" is no real date");
    }
  }
  // A deadline with figures in it but nothing read from them ("1-2 years", "Sprint 5") could
  // not be dated; plain words ("TBC", "as required") are no date by design.
  if (out.dates.empty() && !out.status && !doubted && fields::has_digit(out.text)) {
    doubt(diag::date_unparsed, "no date could be read from \"" + out.text + "\"");
  }
  // The grammar reads English: a month named in Hebrew or Arabic script is not read, so what
  // was read may miss it ("15 <Hebrew May> 2025" would give the year alone).
  if (!doubted && text::has_right_to_left(out.text)) {
    doubt(diag::date_unparsed,
          "\"" + out.text + "\" has words in a right-to-left script, which are not read");
  }
  return out;
}

}  // namespace extract_plan
