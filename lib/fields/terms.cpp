// The school-term calendar as written on a command line or in the C API's options:
// "autumn=09-01..12-31,spring=01-01..04-30,summer=05-01..07-31", any of the three terms.
#include <boost/regex.hpp>
#include <stdexcept>

#include "extract_plan/extract_plan.h"

namespace extract_plan {

school_terms parse_school_terms(std::string_view spec) {
  school_terms terms;
  static const boost::regex item(R"((autumn|spring|summer)=(\d{2})-(\d{2})\.\.(\d{2})-(\d{2}))");
  std::size_t from = 0;
  while (from <= spec.size()) {
    const std::size_t comma = spec.find(',', from);
    const std::string part(
        spec.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from));
    boost::smatch m;
    if (!boost::regex_match(part, m, item)) {
      throw std::invalid_argument("expected TERM=MM-DD..MM-DD, got '" + part + "'");
    }
    const month_day start{std::stoi(m[2].str()), std::stoi(m[3].str())};
    const month_day end{std::stoi(m[4].str()), std::stoi(m[5].str())};
    for (const month_day& d : {start, end}) {
      if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) {
        throw std::invalid_argument("no such day in '" + part + "'");
      }
    }
    if (m[1] == "autumn") terms.autumn_start = start, terms.autumn_end = end;
    if (m[1] == "spring") terms.spring_start = start, terms.spring_end = end;
    if (m[1] == "summer") terms.summer_start = start, terms.summer_end = end;
    if (comma == std::string_view::npos) break;
    from = comma + 1;
  }
  return terms;
}

}  // namespace extract_plan
