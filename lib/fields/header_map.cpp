#include "fields/header_map.h"

#include <boost/regex.hpp>
#include <map>
#include <string>

#include "text/normalize.h"

namespace extract_plan::fields {

std::optional<field> match_header(std::string_view header) {
  // Keys are fold_key() forms: lower case, punctuation gone, single spaces.
  static const std::map<std::string, field> synonyms = {
      {"no", field::number},
      {"number", field::number},
      {"#", field::number},
      {"ref", field::number},
      {"ref no", field::number},
      {"reference", field::number},
      {"rec", field::number},
      {"rec no", field::number},
      {"recommendation no", field::number},
      {"recommendation number", field::number},
      {"item", field::number},
      {"recommendation", field::recommendation},
      {"recommendations", field::recommendation},
      {"scrutiny recommendation", field::recommendation},
      {"review recommendation", field::recommendation},
      {"action", field::action},
      {"actions", field::action},
      {"proposed action", field::action},
      {"proposed actions", field::action},
      {"agreed action", field::action},
      {"agreed actions", field::action},
      {"recommended action", field::action},
      {"response", field::action},
      {"management response", field::action},
      {"council response", field::action},
      {"cabinet response", field::action},
      {"what we will do", field::action},
      {"action proposed", field::action},
      {"lead officer", field::lead_officer},
      {"lead officers", field::lead_officer},
      {"lead", field::lead_officer},
      {"lead member", field::lead_officer},
      {"responsible officer", field::lead_officer},
      {"responsible officers", field::lead_officer},
      {"responsibility", field::lead_officer},
      {"owner", field::lead_officer},
      {"action owner", field::lead_officer},
      {"led by", field::lead_officer},
      {"action to be taken by", field::lead_officer},
      {"officer", field::lead_officer},
      {"deadline", field::deadline},
      {"deadlines", field::deadline},
      {"target date", field::deadline},
      {"timescale", field::deadline},
      {"timescales", field::deadline},
      {"timeframe", field::deadline},
      {"due date", field::deadline},
      {"completion date", field::deadline},
      {"target completion date", field::deadline},
      {"date", field::deadline},
      {"by when", field::deadline},
  };
  const std::string key = text::fold_key(header);
  const auto it = synonyms.find(key);
  if (it == synonyms.end()) return std::nullopt;
  return it->second;
}

bool looks_like_number(std::string_view text) {
  // A short label: optional prefix word (R, Rec, No), digits with dotted parts and a letter,
  // or a bracketed letter; an optional closing "." or ")".
  static const boost::regex number_form(
      R"(^\s*(?:(?:rec(?:ommendation)?|no|r)\.?\s*)?(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|\(?[a-z]\)|\(?[ivx]{1,5}\))\.?\s*$)",
      boost::regex::icase);
  return boost::regex_match(text.begin(), text.end(), number_form);
}

std::string clean_number(std::string_view text) {
  std::string s = text::collapse_spaces(text);
  while (!s.empty() && (s.back() == '.' || s.back() == ')')) s.pop_back();
  if (!s.empty() && s.front() == '(') s.erase(s.begin());
  return s;
}

}  // namespace extract_plan::fields
