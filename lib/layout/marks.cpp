#include "layout/marks.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string_view>
#include <unordered_map>

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

// Returns true when a word is a unit, with or without its figure ("m", "500m", "10km"): its
// superscript 2 or 3 squares or cubes it.
bool is_unit(std::string_view t) {
  while (!t.empty() &&
         ((t.front() >= '0' && t.front() <= '9') || t.front() == '.' || t.front() == ',')) {
    t.remove_prefix(1);
  }
  static constexpr std::array<std::string_view, 5> units = {"m", "km", "cm", "mm", "ft"};
  return std::find(units.begin(), units.end(), t) != units.end();
}

// Takes superscript digits off the end of a word as a marker ("2026²" is 2026, marker 2;
// "2026²," is "2026,").
void split_superscripts(word& w) {
  std::string_view t = w.text;
  std::size_t closing = 0;  // punctuation after the superscripts, kept
  while (closing < t.size() &&
         std::string_view(".,;:)").find(t[t.size() - 1 - closing]) != std::string_view::npos) {
    ++closing;
  }
  const std::string after(t.substr(t.size() - closing));
  t.remove_suffix(closing);
  std::string digits;
  while (true) {
    const auto [digit, length] = last_superscript(t);
    if (length == 0) break;
    digits.insert(digits.begin(), digit);
    t.remove_suffix(length);
  }
  // Units are squared and cubed, not footnoted.
  if (digits.empty() || t.empty() || is_unit(t)) return;
  w.text = std::string(t) + after;
  w.marks.push_back(std::move(digits));
}

// Returns true when `m` is a marker printed after `host`: not a unit's square or cube.
bool follows_as_marker(const word& m, const word& host) {
  const double size = host.font_size, raise = host.baseline - m.baseline;
  const double gap = m.bounds.x0 - host.bounds.x1;
  if ((m.text == "2" || m.text == "3") && is_unit(host.text)) return false;
  return m.font_size <= max_marker_size * size && raise >= min_raise * size &&
         raise <= max_raise * size && gap >= -max_gap_em * size && gap <= max_gap_em * size;
}

bool is_closing_punctuation(std::string_view t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?';
  });
}

// Words by where they start or end across the page, in strips `strip` points wide, each strip
// by baseline: what is just beside a point is found without looking at the whole page.
class word_strips {
 public:
  static constexpr double strip = 8.0;
  // How many words of one strip at one spot are looked at: a real page has a few words at
  // most ending at the same point on nearly the same baseline; a page built to have
  // thousands there costs no more.
  static constexpr std::size_t most_at_a_spot = 64;

  word_strips(const std::vector<word>& words, bool by_end) : words_(words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      strips_[key(by_end ? words[i].bounds.x1 : words[i].bounds.x0)].push_back(i);
    }
    for (auto& [k, list] : strips_) {
      std::sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
        return words[a].baseline < words[b].baseline;
      });
    }
  }

  // Calls `visit` with each word whose edge lies within [x0, x1] (to the strip) and whose
  // baseline lies within [y0, y1].
  template <typename F>
  void each_near(double x0, double x1, double y0, double y1, F visit) const {
    for (long k = key(x0); k <= key(x1); ++k) {
      const auto found = strips_.find(k);
      if (found == strips_.end()) continue;
      const std::vector<std::size_t>& list = found->second;
      auto it = std::lower_bound(list.begin(), list.end(), y0,
                                 [&](std::size_t i, double y) { return words_[i].baseline < y; });
      for (std::size_t n = 0; it != list.end() && words_[*it].baseline <= y1 && n < most_at_a_spot;
           ++it, ++n) {
        visit(*it);
      }
    }
  }

 private:
  static long key(double x) { return std::isfinite(x) ? std::lround(std::floor(x / strip)) : 0; }
  const std::vector<word>& words_;
  std::unordered_map<long, std::vector<std::size_t>> strips_;
};

// The largest type a marker's host may be set in, for bounding the search (points).
constexpr double largest_host = 72;

// Joins to the host the punctuation printed right after its marker ("pumps¹." is "pumps."):
// with the marker gone it would stand apart as a word of its own.
void close_up(std::vector<word>& words, const word_strips& by_start, std::size_t host,
              const word& marker, std::vector<bool>& taken) {
  word& h = words[host];
  const double tolerance = min_raise * h.font_size;
  std::optional<std::size_t> found;
  by_start.each_near(
      marker.bounds.x1 - 1, marker.bounds.x1 + tolerance, h.baseline - tolerance,
      h.baseline + tolerance, [&](std::size_t k) {
        if (!found && k != host && !taken[k] && is_closing_punctuation(words[k].text)) {
          found = k;
        }
      });
  if (!found) return;
  h.text += words[*found].text;
  h.bounds = h.bounds.united(words[*found].bounds);
  taken[*found] = true;
}

}  // namespace

std::vector<word> attach_marks(std::vector<word> words) {
  for (word& w : words) split_superscripts(w);
  const bool any = std::any_of(words.begin(), words.end(),
                               [](const word& w) { return is_marker(w.text) && w.font_size > 0; });
  if (!any) return words;
  const word_strips by_end(words, true), by_start(words, false);
  std::vector<bool> taken(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const word& m = words[i];
    if (!is_marker(m.text) || !(m.font_size > 0) || taken[i]) continue;
    // The host ends within a third of its em of the marker's start, its baseline below the
    // marker's by at most max_raise of its size: bounded by the largest type a host has.
    const double gap = max_gap_em * largest_host, drop = max_raise * largest_host;
    std::optional<std::size_t> host;
    by_end.each_near(m.bounds.x0 - gap, m.bounds.x0 + gap, m.baseline, m.baseline + drop,
                     [&](std::size_t k) {
                       if (k == i || taken[k] || !follows_as_marker(m, words[k])) return;
                       if (!host || words[k].bounds.x1 > words[*host].bounds.x1) host = k;
                     });
    if (!host) continue;
    words[*host].marks.push_back(m.text);
    taken[i] = true;
    close_up(words, by_start, *host, m, taken);
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
