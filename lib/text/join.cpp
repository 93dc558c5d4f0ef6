#include "text/join.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "text/normalize.h"
#include "text/spell.h"

namespace extract_plan::text {
namespace {

bool ends_with_word_hyphen(const std::string& w) {
  if (w.size() < 2 || w.back() != '-') return false;
  const unsigned char before = static_cast<unsigned char>(w[w.size() - 2]);
  // A letter, digit ("2022-" / "23") or any non-ASCII byte (a letter of another script, most
  // likely) before the hyphen; "-" alone or "--" are dashes, not hyphenation.
  return (before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z') ||
         (before >= '0' && before <= '9') || before >= 0x80;
}

bool starts_with_word_char(const std::string& w) {
  if (w.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(w.front());
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool all_letters(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), is_ascii_letter);
}

// Returns true when `w`, first on a line after a full one, is the cut-off end of the word
// before it: a letter or two in lower case that is no word on its own ("d" of
// "commissione d", "ed"), not "a", "an", "in", "of" and their like.
bool is_fragment(const std::string& w) {
  if (w.size() > 2 || !all_letters(w) || w.front() < 'a' || w.front() > 'z') return false;
  if (w.size() == 1) return w != "a" && w != "i";
  // The two-letter words that start lines all the time, known without the dictionary.
  static const char* const common[] = {"am", "an", "as", "at", "be", "by", "do", "eg", "go",
                                       "he", "ie", "if", "in", "is", "it", "me", "my", "no",
                                       "of", "ok", "on", "or", "so", "to", "up", "us", "we"};
  if (std::any_of(std::begin(common), std::end(common), [&](const char* c) { return w == c; })) {
    return false;
  }
  return !is_english_word(w);
}

// Prefixes an author joins with a hyphen ("co-ordinator", "re-commissioned", "non-statutory"):
// after one, a line-end hyphen is kept whatever the dictionary lists whole.
bool is_hyphened_prefix(const std::string& stem) {
  static const char* const prefixes[] = {"co",   "re",   "de",    "pre",   "non",  "un",
                                         "sub",  "anti", "multi", "cross", "self", "inter",
                                         "post", "pro",  "semi",  "well",  "ex",   "e"};
  const std::string key = fold_case(stem);
  return std::any_of(std::begin(prefixes), std::end(prefixes),
                     [&](const char* p) { return key == p; });
}

// Returns how two lines meet, the second's first word `next` wrapped there (`wrapped`): with a
// space (two words), joined (one word cut by the column without a hyphen), or at a line-end
// hyphen kept without a space.
enum class meeting { space, joined, hyphen_kept };

meeting how_lines_meet(const std::string& last_word, const std::string& next_word, bool wrapped,
                       const hyphen_evidence& evidence) {
  // The word itself, without the punctuation after it ("mendation." is "mendation").
  const std::string next = next_word.substr(0, next_word.find_last_not_of(".,;:!?)") + 1);
  if (next.empty()) return meeting::space;
  // A lone letter that completes the word before it is its cut-off end even where the
  // layout cannot tell that the line was full: a program that breaks a word too wide for
  // its box (PowerPoint) breaks it wherever the box ends.
  if (!wrapped && !(next.size() == 1 && all_letters(last_word))) return meeting::space;
  if (ends_with_word_hyphen(last_word) && starts_with_word_char(next)) {
    if (evidence.keeps_space(last_word, next)) return meeting::space;
    // The word processor's hyphen ("recom-" / "mendation", "Preva-" / "lence") goes when the
    // word is one written whole and not with a hyphen; an author's ("Co-" / "ordinator",
    // "decision-" / "making", "Daniels-" / "School") stays.
    const std::string stem = last_word.substr(0, last_word.size() - 1);
    const bool lower_next = next.front() >= 'a' && next.front() <= 'z';
    const bool whole = lower_next && all_letters(stem) && !is_hyphened_prefix(stem) &&
                       all_letters(next) && is_english_word(stem + next) &&
                       !is_english_word(last_word + next);
    return whole ? meeting::joined : meeting::hyphen_kept;
  }
  // A code cut by a narrow column, written whole elsewhere.
  if (evidence.writes_whole(last_word, next_word)) return meeting::joined;
  // A word cut by the column: its end is a fragment, and the two make a word. Where the part
  // before is a word itself ("Commence" / "d", "per" / "il"), only a single letter can be
  // its cut-off end.
  if (all_letters(last_word) && is_fragment(next) && is_english_word(last_word + next) &&
      (next.size() == 1 || !is_english_word(last_word))) {
    return meeting::joined;
  }
  return meeting::space;
}

}  // namespace

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> words;
  std::string current;
  for (char c : s) {
    if (c == ' ') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

namespace {

// A code or an acronym: two to twelve characters, with a capital and no lower-case letter,
// and a digit or a second capital ("SO3", "PH", "HR-01"); not "A" or "I".
bool is_code(std::string_view w) {
  constexpr std::size_t longest = 12;
  if (w.size() < 2 || w.size() > longest) return false;
  std::size_t capitals = 0, digits = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    capitals += c >= 'A' && c <= 'Z' ? 1 : 0;
    digits += c >= '0' && c <= '9' ? 1 : 0;
  }
  return capitals >= 1 && capitals + digits >= 2;
}

bool is_piece_break(char c) { return c == ',' || c == '/' || c == ';'; }

// Returns the pieces of a word between commas, slashes and semicolons, with the punctuation
// around each taken off.
std::vector<std::string_view> pieces_of(std::string_view w) {
  std::vector<std::string_view> out;
  std::size_t from = 0;
  for (std::size_t i = 0; i <= w.size(); ++i) {
    if (i < w.size() && !is_piece_break(w[i])) continue;
    std::string_view p = w.substr(from, i - from);
    while (!p.empty() && std::string_view(".:()!?'\"").find(p.front()) != std::string_view::npos) {
      p.remove_prefix(1);
    }
    while (!p.empty() && std::string_view(".:()!?'\"").find(p.back()) != std::string_view::npos) {
      p.remove_suffix(1);
    }
    out.push_back(p);
    from = i + 1;
  }
  return out;
}

}  // namespace

void hyphen_evidence::observe_line(const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (i + 1 < words.size() && ends_with_word_hyphen(w)) spaced_.insert(fold_case(w));
    const std::vector<std::string_view> pieces = pieces_of(w);
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      if (!is_code(pieces[k])) continue;
      codes_.emplace(pieces[k]);
      // What ends a line may be cut there; elsewhere it is written whole.
      if (i + 1 < words.size() || k + 1 < pieces.size()) whole_codes_.emplace(pieces[k]);
    }
    const std::size_t inner = w.find('-');
    if (inner != std::string::npos && inner > 0 && inner + 1 < w.size()) {
      joined_.insert(fold_case(w));
    }
  }
}

bool hyphen_evidence::writes_whole(const std::string& word, const std::string& next) const {
  if (word.empty() || next.empty() || is_piece_break(word.back()) || is_piece_break(next.front())) {
    return false;
  }
  const std::string before(pieces_of(word).back()), after(pieces_of(next).front());
  if (before.empty() || after.empty()) return false;
  return codes_.count(before + after) > 0 && whole_codes_.count(before) == 0;
}

bool hyphen_evidence::keeps_space(const std::string& word, const std::string& next) const {
  if (spaced_.count(fold_case(word)) == 0) return false;
  return joined_.count(fold_case(word + next)) == 0;
}

bool is_bullet(const std::string& w) {
  static const std::array<const char*, 12> bullets = {"\u2022", "\u25AA", "\u25E6", "\u25CF",
                                                      "\u25A0", "\u25A1", "\u2023", "\u2043",
                                                      "\u27A2", "\u2219", "\uF0B7", "\uF0A7"};
  for (const char* b : bullets) {
    if (w == b) return true;
  }
  return false;
}

bool is_typed_marker(const std::string& w, const std::string& next) {
  const unsigned char c = next.empty() ? 0 : static_cast<unsigned char>(next.front());
  const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
  return letter && (w == "-" || w == "\u2013" || (w == "o" && c >= 'A' && c <= 'Z'));
}

std::string join_lines(const std::vector<printed_line>& lines, const hyphen_evidence& evidence) {
  std::vector<std::vector<std::string>> split;
  std::size_t typed_markers = 0;
  for (const printed_line& line : lines) {
    split.push_back(split_words(collapse_spaces(line.text)));
    const auto& w = split.back();
    typed_markers += w.size() > 1 && is_typed_marker(w[0], w[1]) ? 1 : 0;
  }
  std::string out;
  std::string last_word;
  double room_after_last = 0;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const printed_line& line = lines[l];
    std::vector<std::string>& words = split[l];
    // A marker alone on its line is kept: it is then the cell's text ("-" for none).
    const bool marked =
        words.size() > 1 &&
        (is_bullet(words[0]) || (typed_markers >= 2 && is_typed_marker(words[0], words[1])));
    if (marked) words.erase(words.begin());
    if (words.empty()) continue;
    if (!out.empty() && marked) {
      out.push_back(' ');  // a list item starts afresh, whatever the line before ends in
    } else if (!out.empty()) {
      // A point of slack for the rounding of glyph widths.
      const bool wrapped_here = line.first_word_width > room_after_last - 1.0;
      switch (how_lines_meet(last_word, words.front(), wrapped_here, evidence)) {
        case meeting::space:
          out.push_back(' ');
          break;
        case meeting::joined:
          if (ends_with_word_hyphen(last_word)) out.pop_back();
          break;
        case meeting::hyphen_kept:
          break;
      }
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i > 0) out.push_back(' ');
      out += words[i];
    }
    last_word = words.back();
    room_after_last = line.room_after;
  }
  return out;
}

std::string join_lines(const std::vector<std::string>& lines, const hyphen_evidence& evidence) {
  std::vector<printed_line> printed;
  printed.reserve(lines.size());
  for (const std::string& l : lines) printed.push_back({l, 0, 0});
  return join_lines(printed, evidence);
}

}  // namespace extract_plan::text
