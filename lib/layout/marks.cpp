#include "layout/marks.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace extract_plan::layout {
namespace {

// A marker is set at most this share of the size of the word it follows (LibreOffice's
// superscript is 58%, Chromium's <sup> 75%), raised by at least this share of that size
// (a third of the marker's own size or more), and starts within this share of an em of the
// word's end.
constexpr double max_marker_size = 0.85;
constexpr double min_raise = 1.0 / 6;
constexpr double max_raise = 0.7;
constexpr double max_gap_em = 1.0 / 3;
// A footnote is set smaller than the page's text: at most this share of its usual size.
constexpr double max_footnote_size = 0.9;
// A footnote is one run of words: no gap between two of them (after its marker) wider than
// this share of an em.
constexpr double max_note_gap_em = 1.0;

bool is_marker(std::string_view t) {
  static constexpr std::array<std::string_view, 4> symbols = {"*", "\u2020", "\u2021", "\u00a7"};
  if (std::find(symbols.begin(), symbols.end(), t) != symbols.end()) return true;
  return !t.empty() && t.size() <= 3 &&
         std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Returns the ASCII digit a superscript digit at the end of `t` stands for, and its length
// in bytes; 0 when `t` does not end in one.
std::pair<char, std::size_t> last_superscript(std::string_view t) {
  if (t.size() >= 2 && static_cast<unsigned char>(t[t.size() - 2]) == 0xC2) {
    switch (static_cast<unsigned char>(t.back())) {
      case 0xB9:
        return {'1', 2};
      case 0xB2:
        return {'2', 2};
      case 0xB3:
        return {'3', 2};
      default:
        break;
    }
  }
  if (t.size() >= 3 && t.compare(t.size() - 3, 2, "\xE2\x81") == 0) {
    const auto c = static_cast<unsigned char>(t.back());
    if (c == 0xB0) return {'0', 3};
    if (c >= 0xB4 && c <= 0xB9) return {static_cast<char>('4' + (c - 0xB4)), 3};
  }
  return {0, 0};
}

// Takes superscript digits off the end of a word as a marker ("2026²" is 2026, marker 2).
void split_superscripts(word& w) {
  std::string digits;
  std::string_view t = w.text;
  while (true) {
    const auto [digit, length] = last_superscript(t);
    if (length == 0) break;
    digits.insert(digits.begin(), digit);
    t.remove_suffix(length);
  }
  // Units are squared and cubed, not footnoted.
  static constexpr std::array<std::string_view, 5> units = {"m", "km", "cm", "mm", "ft"};
  if (digits.empty() || t.empty() || std::find(units.begin(), units.end(), t) != units.end()) {
    return;
  }
  w.text = std::string(t);
  w.marks.push_back(std::move(digits));
}

// Returns true when `m` is a marker printed after `host`.
bool follows_as_marker(const word& m, const word& host) {
  const double size = host.font_size, raise = host.baseline - m.baseline;
  const double gap = m.bounds.x0 - host.bounds.x1;
  return m.font_size <= max_marker_size * size && raise >= min_raise * size &&
         raise <= max_raise * size && gap >= -max_gap_em * size && gap <= max_gap_em * size;
}

bool is_closing_punctuation(std::string_view t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?';
  });
}

// Joins to the host the punctuation printed right after its marker ("pumps¹." is "pumps."):
// with the marker gone it would stand apart as a word of its own.
void close_up(std::vector<word>& words, const std::vector<std::size_t>& order, std::size_t host,
              const word& marker, std::vector<bool>& taken) {
  word& h = words[host];
  const double tolerance = min_raise * h.font_size;
  auto it = std::lower_bound(order.begin(), order.end(), h.baseline - tolerance,
                             [&](std::size_t k, double y) { return words[k].baseline < y; });
  for (; it != order.end() && words[*it].baseline <= h.baseline + tolerance; ++it) {
    word& p = words[*it];
    const double gap = p.bounds.x0 - marker.bounds.x1;
    if (*it == host || taken[*it] || !is_closing_punctuation(p.text) || gap < -1 ||
        gap > tolerance) {
      continue;
    }
    h.text += p.text;
    h.bounds = h.bounds.united(p.bounds);
    taken[*it] = true;
    return;
  }
}

}  // namespace

std::vector<word> attach_marks(std::vector<word> words) {
  for (word& w : words) split_superscripts(w);
  const bool any = std::any_of(words.begin(), words.end(),
                               [](const word& w) { return is_marker(w.text) && w.font_size > 0; });
  if (!any) return words;
  // The words by baseline, so that each marker looks only at the words just below its own.
  std::vector<std::size_t> order(words.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return words[a].baseline < words[b].baseline; });
  std::vector<bool> taken(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const word& m = words[i];
    if (!is_marker(m.text) || m.font_size <= 0) continue;
    // A host's baseline is below the marker's by at most max_raise of its size, and a host
    // is at least 1/max_marker_size times the marker's size: so within this reach.
    const double reach = max_raise * m.font_size / max_marker_size * 2;
    auto it = std::upper_bound(order.begin(), order.end(), m.baseline,
                               [&](double y, std::size_t k) { return y < words[k].baseline; });
    std::optional<std::size_t> host;
    for (; it != order.end() && words[*it].baseline <= m.baseline + reach; ++it) {
      if (*it == i || taken[*it] || !follows_as_marker(m, words[*it])) continue;
      if (!host || words[*it].bounds.x1 > words[*host].bounds.x1) host = *it;
    }
    if (!host) continue;
    words[*host].marks.push_back(m.text);
    taken[i] = true;
    close_up(words, order, *host, m, taken);
  }
  std::vector<word> out;
  out.reserve(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!taken[i]) out.push_back(std::move(words[i]));
  }
  return out;
}

footnote_area find_footnotes(const std::vector<text_line>& lines, double body_size, int page) {
  footnote_area out;
  auto is_note_line = [&](const text_line& line) {
    double size = 0;
    for (const word& w : line.words) size = std::max(size, w.font_size);
    for (std::size_t k = 2; k < line.words.size(); ++k) {
      const word& a = line.words[k - 1];
      if (line.words[k].bounds.x0 - a.bounds.x1 > max_note_gap_em * a.font_size) return false;
    }
    return !line.words.empty() && size <= max_footnote_size * body_size;
  };
  auto starts_note = [](const text_line& line) {
    return line.words.size() >= 2 && is_marker(line.words.front().text);
  };
  std::size_t first = lines.size();
  while (first > 0 && is_note_line(lines[first - 1])) --first;
  while (first < lines.size() && !starts_note(lines[first])) ++first;
  if (first == lines.size()) return out;
  out.top = lines[first].bounds.y0;
  for (std::size_t i = first; i < lines.size(); ++i) {
    const text_line& line = lines[i];
    if (starts_note(line)) {
      text_line rest = line;
      rest.words.erase(rest.words.begin());
      out.notes.push_back({line.words.front().text, rest.text(), page});
    } else {
      out.notes.back().text += " " + line.text();
    }
  }
  return out;
}

}  // namespace extract_plan::layout
