#include "text/header_map.h"

#include <algorithm>
#include <boost/regex.hpp>
#include <map>
#include <string>
#include <vector>

#include "text/normalize.h"

namespace extract_plan::text {

namespace {

// A column label of more words than this is only recognised when it is a synonym itself.
constexpr long max_label_words = 4;

// Keys are fold_key() forms: lower case, punctuation gone, single spaces.
const std::map<std::string, field>& synonyms() {
  static const std::map<std::string, field> table = {
      // number
      {"no", field::number},
      {"number", field::number},
      {"#", field::number},
      {"ref", field::number},
      {"ref no", field::number},
      {"reference", field::number},
      {"rec", field::number},
      {"rec no", field::number},
      {"item", field::number},
      {"recommendation no", field::number},
      {"recommendation number", field::number},
      {"recommendation ref", field::number},
      {"action no", field::number},
      {"para", field::number},
      {"para no", field::number},
      {"paragraph", field::number},
      // recommendation
      {"recommendation", field::recommendation},
      {"recommendations", field::recommendation},
      {"finding", field::recommendation},
      {"findings", field::recommendation},
      {"issue", field::recommendation},
      {"issues", field::recommendation},
      {"issue identified", field::recommendation},
      {"feedback", field::recommendation},
      {"area for improvement", field::recommendation},
      {"why", field::recommendation},
      {"areas for improvement", field::recommendation},
      // action
      {"action", field::action},
      {"actions", field::action},
      {"proposed action", field::action},
      {"proposed actions", field::action},
      {"agreed action", field::action},
      {"agreed actions", field::action},
      {"recommended action", field::action},
      {"recommended actions", field::action},
      {"planned action", field::action},
      {"planned actions", field::action},
      {"action planned", field::action},
      {"action proposed", field::action},
      {"actions to be taken", field::action},
      {"action to be taken", field::action},
      {"response", field::action},
      {"management response", field::action},
      {"what we will do", field::action},
      {"what we have committed to", field::action},
      {"how we will do it", field::action},
      {"next steps", field::action},
      {"our response", field::action},
      // response: a decision on the recommendation ("response" itself is an action)
      {"agreed", field::response},
      {"accepted", field::response},
      {"accepted rejected", field::response},
      {"accepted or rejected", field::response},
      {"accepted partially accepted rejected", field::response},
      {"accepted partially accepted or rejected", field::response},
      {"agreed not agreed", field::response},
      {"decision", field::response},
      {"cabinet decision", field::response},
      // lead officer
      {"lead officer", field::lead_officer},
      {"lead officers", field::lead_officer},
      {"lead", field::lead_officer},
      {"lead member", field::lead_officer},
      {"responsible officer", field::lead_officer},
      {"responsible officers", field::lead_officer},
      {"responsibility", field::lead_officer},
      {"responsible", field::lead_officer},
      {"owner", field::lead_officer},
      {"action owner", field::lead_officer},
      {"led by", field::lead_officer},
      {"action to be taken by", field::lead_officer},
      {"action by", field::lead_officer},
      {"by whom", field::lead_officer},
      {"officer", field::lead_officer},
      {"who", field::lead_officer},
      // deadline
      {"deadline", field::deadline},
      {"deadlines", field::deadline},
      {"target date", field::deadline},
      {"timescale", field::deadline},
      {"timescales", field::deadline},
      {"timeframe", field::deadline},
      {"due date", field::deadline},
      {"completion date", field::deadline},
      {"date", field::deadline},
      {"by when", field::deadline},
      {"when", field::deadline},
      {"by", field::deadline},
      {"target", field::deadline},
      // status
      {"status", field::status},
      {"rag", field::status},
      {"rag status", field::status},
      {"rag rating", field::status},
      {"current status", field::status},
      {"approach taken", field::status},
      // progress
      {"progress", field::progress},
      {"update", field::progress},
      {"progress update", field::progress},
      {"latest update", field::progress},
      {"progress to date", field::progress},
      {"progress made", field::progress},
      {"update on progress", field::progress},
      {"comments", field::progress},
      {"commentary", field::progress},
  };
  return table;
}

// The words headers are written in, for a header that is no synonym itself: "Actions we
// will take", "How we will do this", "Person responsible", "Completion by", "Current
// position". Each word names a field, or none (it only qualifies one: "agreed",
// "management", "we"). A header made of these words alone names the field key_word_field
// chooses among its words'; one with any other word is no label this way ("Update the action
// plan" is a cell's text, and "Action taken" is no action). "will" names the action: what a
// plan says it will do.
const std::map<std::string, std::optional<field>>& key_words() {
  static const std::map<std::string, std::optional<field>> table = [] {
    std::map<std::string, std::optional<field>> out;
    const std::pair<field, std::vector<const char*>> named[] = {
        {field::number, {"no", "number", "ref", "reference", "item"}},
        {field::recommendation,
         {"recommendation", "recommendations", "finding", "findings", "issue", "issues", "weakness",
          "weaknesses", "observation", "observations"}},
        {field::action, {"action", "actions", "will", "measures", "steps"}},
        {field::response, {"accepted", "decision"}},
        {field::lead_officer,
         {"officer", "officers", "owner", "owners", "lead", "led", "responsible", "responsibility",
          "who", "manager"}},
        {field::deadline,
         {"deadline", "deadlines", "date", "dates", "when", "timescale", "timescales", "timeframe",
          "due", "completion"}},
        {field::status, {"status", "rag", "rating"}},
        {field::progress, {"progress", "update", "updates", "position", "comments", "commentary"}},
    };
    for (const auto& [role, words] : named) {
      for (const char* w : words) out.emplace(w, role);
    }
    for (const char* w : {"we",          "to",       "be",        "the",
                          "of",          "for",      "by",        "a",
                          "an",          "and",      "or",        "this",
                          "do",          "take",     "how",       "what",
                          "agreed",      "proposed", "planned",   "management",
                          "improvement", "person",   "current",   "latest",
                          "key",         "expected", "estimated", "revised",
                          "original",    "target",   "actual",    "implementation",
                          "against",     "on",       "in",        "our"}) {
      out.emplace(w, std::nullopt);
    }
    return out;
  }();
  return table;
}

// Which field a header's key words name when they name several. Who, when, how far and the
// number qualify the thing they are about, so they win over it ("Action owner", "Action due
// date", "Recommendation status", "Action no"), and a decision or an action answers a
// recommendation ("Recommendation accepted?"). Of two qualifiers, the head noun wins: the
// last before a word that starts a phrase after it ("Officer comments" are comments, "Date
// of update" is a date).
constexpr field qualifiers[] = {field::number, field::lead_officer, field::deadline, field::status,
                                field::progress};
constexpr field things[] = {field::response, field::action, field::recommendation};

// Returns the field a folded key's words name, when every word is a header's word.
std::optional<field> key_word_field(const std::string& key) {
  constexpr long max_key_words = 6;
  if (std::count(key.begin(), key.end(), ' ') >= max_key_words) return std::nullopt;
  std::vector<field> named;
  bool in_head = true;  // before "of", "for", "on", "against", "to"
  std::optional<field> head_qualifier;
  std::size_t from = 0;
  while (from < key.size()) {
    const std::size_t space = std::min(key.find(' ', from), key.size());
    const std::string word = key.substr(from, space - from);
    const auto it = key_words().find(word);
    if (it == key_words().end()) return std::nullopt;
    if (word == "of" || word == "for" || word == "on" || word == "against" || word == "to") {
      in_head = false;
    }
    if (it->second) {
      named.push_back(*it->second);
      const bool qualifies = std::find(std::begin(qualifiers), std::end(qualifiers), *it->second) !=
                             std::end(qualifiers);
      if (qualifies && (in_head || !head_qualifier)) head_qualifier = *it->second;
    }
    from = space + 1;
  }
  if (head_qualifier) return head_qualifier;
  for (const field f : things) {
    if (std::find(named.begin(), named.end(), f) != named.end()) return f;
  }
  return std::nullopt;
}

std::string without_spaces(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

}  // namespace

namespace {

// The synonyms keyed without spaces, for headers whose words came out split.
const std::map<std::string, field>& squeezed_synonyms() {
  static const std::map<std::string, field> table = [] {
    std::map<std::string, field> out;
    for (const auto& [synonym, role] : synonyms()) out.emplace(without_spaces(synonym), role);
    return out;
  }();
  return table;
}

// Returns true when a text is too long to be a column label: more words than the longest
// synonym plus a few letter-split pieces, or more bytes than any label takes. Most lines of a
// page are body text; this keeps them away from ICU.
bool too_long_for_a_label(std::string_view header) {
  constexpr std::size_t max_label_bytes = 64;
  constexpr long max_words = 8;
  return header.size() > max_label_bytes ||
         std::count(header.begin(), header.end(), ' ') >= max_words;
}

// Returns true when a text cannot hold a label at all: ASCII with neither a letter nor "#"
// (figures, dates, dashes), which is most of the cells of a table of figures. Every synonym
// has one or the other, and folding ASCII text adds neither.
bool holds_no_label(std::string_view header) {
  bool ascii = true, letter = false;
  for (const char c : header) {
    const auto u = static_cast<unsigned char>(c);
    ascii = ascii && u < 0x80;
    letter = letter || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || c == '#';
  }
  return ascii && !letter;
}

}  // namespace

namespace {

// The synonyms, longest first: the first one ending a header is the longest that does.
const std::vector<std::pair<std::string, field>>& synonyms_longest_first() {
  static const std::vector<std::pair<std::string, field>> table = [] {
    std::vector<std::pair<std::string, field>> out(synonyms().begin(), synonyms().end());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return out;
  }();
  return table;
}

// Returns the field a folded key names as a synonym itself, spaces within words ignored.
std::optional<field> exact_field(const std::string& key) {
  if (key.empty()) return std::nullopt;
  const auto exact = synonyms().find(key);
  if (exact != synonyms().end()) return exact->second;
  // A word set letter by letter comes out split ("Timescal e"): match it without spaces.
  const auto squeezed = squeezed_synonyms().find(without_spaces(key));
  if (squeezed != squeezed_synonyms().end()) return squeezed->second;
  return std::nullopt;
}

}  // namespace

std::optional<field> match_header_exactly(std::string_view header) {
  if (too_long_for_a_label(header) || holds_no_label(header)) return std::nullopt;
  return exact_field(text::fold_key(header));
}

std::optional<field> match_header(std::string_view header) {
  if (too_long_for_a_label(header) || holds_no_label(header)) return std::nullopt;
  const std::string key = text::fold_key(header);
  if (const auto exact = exact_field(key)) return exact;
  // A header in headers' words alone is read by its key words: "Progress against action" is
  // the progress, "Action owner" the owner.
  const long spaces = std::count(key.begin(), key.end(), ' ');
  if (spaces == 0) return std::nullopt;
  if (const auto named = key_word_field(key)) return named;
  // Any other English header puts its head noun last ("Draft KCC Response", "Lead
  // Officer/Owner"): the longest synonym ending the header after a space decides. Only for
  // short headers: a longer text ending in "recommendations" is a sentence, not a label.
  if (spaces >= max_label_words) return std::nullopt;
  for (const auto& [synonym, role] : synonyms_longest_first()) {
    if (synonym.size() >= key.size()) continue;
    const std::size_t at = key.size() - synonym.size();
    if (key.compare(at, synonym.size(), synonym) == 0 && key[at - 1] == ' ') return role;
  }
  return std::nullopt;
}

bool is_response_header(std::string_view header) {
  const std::string key = text::fold_key(header);
  const std::string_view word = "response";
  return key.size() >= word.size() &&
         key.compare(key.size() - word.size(), word.size(), word) == 0 &&
         (key.size() == word.size() || key[key.size() - word.size() - 1] == ' ');
}

int header_directness(std::string_view header) {
  if (!match_header(header)) return 0;
  return match_header_exactly(header) && !is_response_header(header) ? 2 : 1;
}

bool names_enough_fields(int known, int labels) { return known >= 2 && 2 * known >= labels; }

bool looks_like_number(std::string_view text) {
  // A short label: optional prefix word (R, Rec, No), digits with dotted parts and a letter,
  // or a bracketed letter; an optional closing "." or ")".
  static const boost::regex number_form(
      R"(^\s*(?:(?:rec(?:ommendation)?|no|r)\.?\s*)?(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|\(?[a-z]\)|\(?[ivx]{1,5}\))\.?\s*$)",
      boost::regex::icase);
  return boost::regex_match(text.begin(), text.end(), number_form);
}

}  // namespace extract_plan::text

namespace extract_plan {

std::string parse_number(std::string_view text) {
  std::string s = text::collapse_spaces(text::clean_text(text));
  // Trailing punctuation is the number's frame, not the number: "7.", "7)", "7:", "7 -",
  // "7 –" all number item 7.
  auto ends_in = [&](std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
  };
  while (!s.empty()) {
    if (s.back() == '.' || s.back() == ')' || s.back() == ':' || s.back() == '-' ||
        s.back() == ' ') {
      s.pop_back();
    } else if (ends_in("\xE2\x80\x93") || ends_in("\xE2\x80\x94")) {  // en and em dash
      s.erase(s.size() - 3);
    } else {
      break;
    }
  }
  if (!s.empty() && s.front() == '(') s.erase(s.begin());
  return s;
}

}  // namespace extract_plan
