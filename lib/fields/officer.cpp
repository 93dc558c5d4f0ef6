// The lead-officer grammar: who is named, and in what role. People are split only where the
// text is plain; anything else keeps its whole text as a role.
#include "fields/officer.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "extract_plan/extract_plan.h"
#include "text/join.h"
#include "text/normalize.h"

namespace extract_plan {
namespace {

// Words that begin or make up a job title; a name stops before the first of them.
bool is_role_word(const std::string& token) {
  static const std::set<std::string> words = {
      "officer",      "officers",    "director",     "manager",    "head",         "lead",
      "leader",       "chair",       "chairman",     "chairs",     "member",       "members",
      "cabinet",      "service",     "services",     "team",       "co-ordinator", "coordinator",
      "assistant",    "executive",   "chief",        "principal",  "senior",       "strategic",
      "deputy",       "interim",     "commissioner", "adviser",    "advisor",      "specialist",
      "board",        "council",     "committee",    "scrutiny",   "support",      "education",
      "safeguarding", "school",      "public",       "health",     "corporate",    "county",
      "group",        "partnership", "all",          "democratic", "secretary",    "clerk",
      "portfolio",    "holder",      "programme",    "project",    "policy",       "planning"};
  return words.count(text::fold_case(token)) > 0;
}

bool is_honorific(const std::string& token) {
  static const std::set<std::string> words = {"cllr", "councillor", "dr",   "mr",  "mrs",
                                              "ms",   "miss",       "prof", "sir", "dame"};
  std::string t = text::fold_case(token);
  if (!t.empty() && t.back() == '.') t.pop_back();
  return words.count(t) > 0;
}

bool is_name_token(const std::string& token) {
  return !is_role_word(token) && text::is_name_word(token);
}

// Returns true when `token` is a known given name ("Natalie", "Zoë" as "zoe", "Mary-Jane" by
// its first part) or an initial ("J."): what tells a person's name from a role written in capitals
// ("Commercial Ethics and Sustainability Lead", "West Sussex County Council").
bool is_given_name(const std::string& token) {
  static constexpr std::string_view names[] = {
#include "fields/given_names.inc"
  };
  if (token.size() == 2 && token[1] == '.') return true;
  const std::string key = text::without_accents(text::fold_case(token.substr(0, token.find('-'))));
  return std::binary_search(std::begin(names), std::end(names), std::string_view(key));
}

std::string join_tokens(const std::vector<std::string>& t, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out.push_back(' ');
    out += t[i];
  }
  return out;
}

// Returns true when all of `s` is a person's name: an optional honorific, then two or three
// name words (or one after an honorific: "Cllr Smith").
bool is_name(const std::string& s) {
  const std::vector<std::string> t = text::split_words(s);
  std::size_t i = 0;
  while (i < t.size() && is_honorific(t[i])) ++i;
  const std::size_t names = t.size() - i;
  const std::size_t min_names = i > 0 ? 1 : 2;
  if (names < min_names || names > 4) return false;
  // Without a title, a name starts with a given name.
  if (i == 0 && !is_given_name(t[0])) return false;
  for (; i < t.size(); ++i) {
    if (!is_name_token(t[i])) return false;
  }
  return true;
}

std::string trim_punctuation(std::string s) {
  while (!s.empty() && (s.back() == ',' || s.back() == ' ' || s.back() == '-')) s.pop_back();
  while (!s.empty() && (s.front() == ',' || s.front() == ' ')) s.erase(s.begin());
  return s;
}

person parse_person(const std::string& s) {
  person p;
  // "Role (Name)" or "Name (Role)".
  const std::size_t open = s.find('(');
  if (open != std::string::npos && s.back() == ')' && open > 0) {
    const std::string before = trim_punctuation(s.substr(0, open));
    const std::string inside = s.substr(open + 1, s.size() - open - 2);
    if (is_name(inside) && !is_name(before)) return {inside, before};
    if (is_name(before)) return {before, inside};
  }
  // "Name, Role" and "Name- Role" / "Name - Role" / "Name – Role".
  for (const char* separator : {",", "- ", " - ", " \u2013 ", "\u2013 "}) {
    const std::size_t at = s.find(separator);
    if (at == std::string::npos || at == 0) continue;
    const std::string left = trim_punctuation(s.substr(0, at));
    const std::string right = trim_punctuation(s.substr(at + std::string(separator).size()));
    if (is_name(left) && !right.empty()) return {left, right};
  }
  // "Name Role": the longest run of two to four leading name words.
  std::vector<std::string> t = text::split_words(s);
  // "Daniels-School Improvement Officer": a hyphen joined to a role word is the "Name- Role"
  // separator with its space lost at a line end, not a double-barrelled name.
  for (std::size_t i = 1; i < t.size(); ++i) {
    const std::size_t hyphen = t[i].find('-');
    if (hyphen == std::string::npos || hyphen == 0 || hyphen + 1 >= t[i].size()) continue;
    const std::string after = t[i].substr(hyphen + 1);
    if (is_role_word(after) && is_name(join_tokens(t, 0, i) + " " + t[i].substr(0, hyphen))) {
      return {join_tokens(t, 0, i) + " " + t[i].substr(0, hyphen),
              after + (i + 1 < t.size() ? " " + join_tokens(t, i + 1, t.size()) : "")};
    }
  }
  std::size_t end = 0;
  while (end < t.size() && is_honorific(t[end])) ++end;
  const std::size_t first_name = end;
  while (end < t.size() && end - first_name < 4 && is_name_token(t[end])) ++end;
  const std::size_t names = end - first_name;
  // "Flood Risk Manager": capitalised words then one job word are a title, not a name and a
  // role; a person's one-word role comes after a comma ("Jane Smith, Director").
  const bool title = first_name == 0 && end + 1 == t.size() && is_role_word(t[end]);
  const bool given = first_name > 0 || (names > 0 && is_given_name(t[0]));
  if (!title && given && (names >= 2 || (names == 1 && first_name > 0))) {
    p.name = join_tokens(t, 0, end);
    if (end < t.size()) p.role = join_tokens(t, end, t.size());
    return p;
  }
  p.role = s;
  return p;
}

// "TBC", "N/A", "-": a cell that names nobody yet.
bool is_placeholder(const std::string& s) {
  static const std::set<std::string> words = {
      "tbc", "tba", "tbd", "na", "n a", "none", "to be confirmed", "to be agreed", "various"};
  const std::string key = text::fold_key(s);
  return key.empty() || words.count(key) > 0;
}

bool is_acronym(const std::string& token) {
  if (token.size() < 2) return false;
  return std::all_of(token.begin(), token.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

std::vector<std::string> split_on(const std::string& s, const std::string& separator) {
  std::vector<std::string> parts;
  std::size_t from = 0;
  for (;;) {
    const std::size_t at = s.find(separator, from);
    parts.push_back(trim_punctuation(s.substr(from, at == std::string::npos ? at : at - from)));
    if (at == std::string::npos) return parts;
    from = at + separator.size();
  }
}

// Returns true when `s` names one person: a name alone, or a name with a role around it.
bool is_person(const std::string& s) {
  const person p = parse_person(s);
  return p.name.has_value();
}

// Returns true when `token` is a job title's head word ("Director", "Manager").
bool is_title_word(const std::string& token) {
  static const std::set<std::string> words = {
      "director",      "directors",     "manager",     "managers",       "officer",
      "officers",      "head",          "lead",        "leads",          "leader",
      "chair",         "chairman",      "member",      "members",        "executive",
      "co-ordinator",  "co-ordinators", "coordinator", "coordinators",   "commissioner",
      "commissioners", "adviser",       "advisor",     "secretary",      "clerk",
      "holder",        "assistant",     "controller",  "superintendent", "consultant",
      "specialist",    "specialists",   "partner",     "worker",         "workers"};
  return words.count(text::fold_case(token)) > 0;
}

// Returns true when some word of `s` is a job title's head word ("Lead for Family Hubs").
bool has_title_word(const std::string& s) {
  const std::vector<std::string> words = text::split_words(s);
  return std::any_of(words.begin(), words.end(), is_title_word);
}

// Returns true when `s` opens with the word a job title starts with ("Director of Adult
// Services", "Head of Finance", "Deputy Leader"), not a department ("Resources", "Risk").
bool opens_a_role(const std::string& s) {
  static const std::set<std::string> words = {
      "director",  "head",  "lead",      "chief",   "assistant", "deputy",  "interim", "senior",
      "principal", "chair", "executive", "cabinet", "portfolio", "manager", "officer"};
  const std::vector<std::string> t = text::split_words(s);
  return !t.empty() && words.count(text::fold_case(t.front())) > 0;
}

// Returns the parts of a text split on "/" when each part is a role of its own: one naming a
// job ("Lead for Family Hubs/Financial Hardship Programme Manager"), or an acronym that is
// first or follows another ("DCS/DDCS/Education Leads"). "Head of HR/OD" is one role.
std::vector<std::string> split_slashed(const std::string& s) {
  const std::vector<std::string> parts = split_on(s, "/");
  bool all_roles = parts.size() > 1;
  for (std::size_t i = 0; i < parts.size() && all_roles; ++i) {
    const bool acronym = is_acronym(parts[i]) && (i == 0 || is_acronym(parts[i - 1]));
    all_roles =
        !parts[i].empty() && (acronym || (has_title_word(parts[i]) && !is_person(parts[i])));
  }
  return all_roles ? parts : std::vector<std::string>{s};
}

// Returns a text split on " and " or " & " between two people ("Natalie McGrath and Helen
// Phillips") or two roles, the second opening as a job title does ("Head of Finance and
// Director of Adult Services"); "Director of Finance and Resources" is one role.
std::vector<std::string> split_joined(const std::string& s) {
  for (const char* joiner : {" and ", " & "}) {
    std::vector<std::string> two = split_on(s, joiner);
    if (two.size() != 2) continue;
    const bool people = is_person(two[0]) && is_person(two[1]);
    const bool roles = has_title_word(two[0]) && opens_a_role(two[1]) && !is_person(two[0]);
    if (people || roles) return two;
  }
  return {s};
}

// Splits a cell into the people it names: on ";" and " / "; on "/" between roles; and on
// " and " or " & " between people or roles.
std::vector<std::string> split_people(const std::string& text) {
  std::vector<std::string> parts;
  for (const std::string& a : split_on(text, ";")) {
    for (const std::string& b : split_on(a, " / ")) {
      for (const std::string& c : split_slashed(b)) {
        for (const std::string& d : split_joined(c)) parts.push_back(d);
      }
    }
  }
  return parts;
}

// Returns the roles of a list that names no person ("DPH, CPH and PH Specialists",
// "Public health, trading standards and environmental health"): items split on commas, the
// last on one " and ", each of at most two words. A first item ending in a job title
// ("Assistant Director, Finance and HR") is a title and its department, not a list.
std::optional<std::vector<std::string>> role_list(const std::string& s) {
  if (s.find(", ") == std::string::npos) return std::nullopt;
  std::vector<std::string> items = split_on(s, ", ");
  const std::vector<std::string> last = split_on(items.back(), " and ");
  if (last.size() == 2) {
    items.pop_back();
    items.insert(items.end(), last.begin(), last.end());
  }
  if (items.size() < 2 || is_name(items.front())) return std::nullopt;
  const std::vector<std::string> first = text::split_words(items.front());
  if (first.empty() || is_title_word(first.back())) return std::nullopt;
  constexpr std::size_t max_role_words = 2;
  for (const std::string& item : items) {
    if (item.empty() || text::split_words(item).size() > max_role_words || is_person(item)) {
      return std::nullopt;
    }
  }
  return items;
}

}  // namespace

namespace fields {

bool names_officers(std::string_view text) {
  // An officer's cell is short: a name, a job title or a few of them.
  constexpr std::size_t max_words = 12;
  if (text::split_words(std::string(text)).size() > max_words) return false;
  const officer o = parse_officer(text);
  return !o.people.empty() && std::all_of(o.people.begin(), o.people.end(), [](const person& p) {
    return p.name.has_value() || (p.role.has_value() && has_title_word(*p.role));
  });
}

}  // namespace fields

officer parse_officer(std::string_view raw) {
  std::vector<diagnostic> ignored;
  return parse_officer(raw, ignored);
}

officer parse_officer(std::string_view raw, std::vector<diagnostic>& diagnostics) {
  officer out;
  out.text = text::collapse_spaces(text::clean_text(raw));
  if (out.text.empty()) return out;
  if (is_placeholder(out.text)) {
    diagnostics.push_back({diag::officer_unparsed, 0, "\"" + out.text + "\" names nobody"});
    return out;
  }
  for (const std::string& part : split_people(out.text)) {
    if (part.empty()) continue;
    if (const auto roles = role_list(part)) {
      for (const std::string& role : *roles) out.people.push_back({std::nullopt, role});
    } else {
      out.people.push_back(parse_person(part));
    }
  }
  return out;
}

}  // namespace extract_plan
