// Regular expressions over UTF-8 bytes that read the same in any global locale.
#pragma once

#include <boost/regex.hpp>
#include <locale>
#include <string>

namespace extract_plan::text {

/// Compiles a Perl pattern for bytes, in the classic locale whatever the process's global
/// one, and case-sensitively: the text is matched in lower case (matching_form), which costs
/// far less to compile and to run than case-blind matching.
inline boost::regex byte_pattern(const std::string& pattern) {
  boost::regex re;
  re.imbue(std::locale::classic());
  re.assign(pattern, boost::regex::perl);
  return re;
}

}  // namespace extract_plan::text
