#include "text/join.h"

#include <array>

#include "text/normalize.h"

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

void hyphen_evidence::observe_line(const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (i + 1 < words.size() && ends_with_word_hyphen(w)) spaced_.insert(fold_case(w));
    const std::size_t inner = w.find('-');
    if (inner != std::string::npos && inner > 0 && inner + 1 < w.size()) {
      joined_.insert(fold_case(w));
    }
  }
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
    if (!out.empty()) {
      // A point of slack for the rounding of glyph widths.
      const bool wrapped_here = line.first_word_width > room_after_last - 1.0;
      const bool hyphenated = ends_with_word_hyphen(last_word) &&
                              starts_with_word_char(words.front()) && wrapped_here &&
                              !evidence.keeps_space(last_word, words.front());
      if (!hyphenated) out.push_back(' ');
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
