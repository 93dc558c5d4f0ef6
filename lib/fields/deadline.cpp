// The deadline grammar. UK usage throughout: day before month. Each form is one alternative
// of a single Boost.Regex (Unicode-aware through ICU), compiled once; at any position the
// first alternative that matches wins, so longer forms are listed before their prefixes.
#include "fields/deadline.h"

#include <boost/regex/icu.hpp>
#include <cstdlib>
#include <string>

#include "text/normalize.h"

namespace extract_plan {
namespace fields {
namespace {

const std::string month_names =
    "(?:january|february|march|april|may|june|july|august|september|october|november|"
    "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

// Group numbers of the alternatives below.
enum group : int {
  dmy_day = 1,
  dmy_month,
  dmy_year,  // 28 February 2023, 28th Feb. 2023
  mdy_month,
  mdy_day,
  mdy_year,  // Sept 5th 2024, February 28, 2023
  my_month,
  my_year,  // February 2023
  dm_day,
  dm_month,  // 5 January (no year)
  num_day,
  num_month,
  num_year,  // 28/02/2023, 28.02.23, 28-02-2023
};

const boost::u32regex& date_pattern() {
  static const boost::u32regex pattern = boost::make_u32regex(
      "\\b(?:"
      "(\\d{1,2})(?:st|nd|rd|th)?\\s+(" +
          month_names +
          ")\\.?,?\\s+(\\d{4})\\b"
          "|(" +
          month_names +
          ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"
          "|(" +
          month_names +
          ")\\.?,?\\s+(\\d{4})\\b"
          "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(" +
          month_names +
          ")\\b(?!\\s*\\d)"
          "|(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})\\b"
          ")",
      boost::regex::perl | boost::regex::icase);
  return pattern;
}

const boost::u32regex& status_pattern() {
  static const boost::u32regex pattern = boost::make_u32regex(
      "\\b(?:(not\\s+(?:yet\\s+)?started)"
      "|(completed?|done|achieved|closed)"
      "|(on-?\\s?going|continuous|business\\s+as\\s+usual)"
      "|(in\\s+progress|underway|under\\s+way|started))\\b",
      boost::regex::perl | boost::regex::icase);
  return pattern;
}

int to_int(const boost::match_results<const char*>& m, int g) {
  return std::atoi(std::string(m[g].first, m[g].second).c_str());
}

std::optional<calendar_date> make_date(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return std::nullopt;
  }
  return calendar_date{year, month, day};
}

}  // namespace

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
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

struct deadline parse_deadline(std::string_view raw, std::vector<diagnostic>* diagnostics) {
  using fields::make_date;
  using fields::month_number;
  using fields::to_int;
  struct deadline out;
  out.text = text::collapse_spaces(text::clean_text(raw));
  const char* begin = out.text.data();
  const char* end = begin + out.text.size();

  boost::match_results<const char*> m;
  if (boost::u32regex_search(begin, end, m, fields::status_pattern())) {
    const deadline_status order[] = {deadline_status::not_started, deadline_status::completed,
                                     deadline_status::ongoing, deadline_status::in_progress};
    for (int g = 1; g <= 4; ++g) {
      if (m[g].matched) out.status = order[g - 1];
    }
  }

  const char* from = begin;
  while (from < end && boost::u32regex_search(from, end, m, fields::date_pattern())) {
    date_span span;
    span.text = std::string(m[0].first, m[0].second);
    if (m[fields::dmy_day].matched) {
      const int month =
          month_number(std::string(m[fields::dmy_month].first, m[fields::dmy_month].second));
      span.start = span.end =
          make_date(to_int(m, fields::dmy_year), month, to_int(m, fields::dmy_day));
    } else if (m[fields::mdy_month].matched) {
      const int month =
          month_number(std::string(m[fields::mdy_month].first, m[fields::mdy_month].second));
      span.start = span.end =
          make_date(to_int(m, fields::mdy_year), month, to_int(m, fields::mdy_day));
    } else if (m[fields::my_month].matched) {
      const int month =
          month_number(std::string(m[fields::my_month].first, m[fields::my_month].second));
      const int year = to_int(m, fields::my_year);
      span.start = make_date(year, month, 1);
      if (span.start) span.end = make_date(year, month, fields::days_in_month(year, month));
    } else if (m[fields::dm_day].matched) {
      if (diagnostics != nullptr) {
        diagnostics->push_back({"date.no_year", 0, "\"" + span.text + "\" has no year"});
      }
    } else if (m[fields::num_day].matched) {
      int year = to_int(m, fields::num_year);
      // Two-digit years are this century's: action plans are about the present.
      if (m[fields::num_year].length() == 2) year += 2000;
      span.start = span.end =
          make_date(year, to_int(m, fields::num_month), to_int(m, fields::num_day));
    }
    const bool no_year = m[fields::dm_day].matched;
    if (span.start || no_year) {
      out.dates.push_back(std::move(span));
    } else if (diagnostics != nullptr) {
      diagnostics->push_back({"date.unparsed", 0, "\"" + span.text + "\" is not a real date"});
    }
    from = m[0].second;
  }
  return out;
}

}  // namespace extract_plan
