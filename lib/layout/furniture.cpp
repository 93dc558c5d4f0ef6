#include "layout/furniture.h"

#include <algorithm>
#include <boost/regex.hpp>
#include <cmath>
#include <map>
#include <set>

#include "text/normalize.h"

namespace extract_plan::layout {
namespace {

// Page headers live in the top margin and the first lines below it; footers in the bottom
// margin. Word's default margins are 2.54cm (72pt), about a twelfth of an A4 page; a two- or
// three-line header with spacing ends within a fifth of the height, and a footer of two or
// three lines starts within the bottom 15%.
constexpr double top_band = 0.20;
constexpr double bottom_band = 0.85;

// Returns the furniture key of a line: case-folded, punctuation dropped, every run of digits
// one '#', so "Page 3 of 7" and "Page 4 of 7" are the same furniture.
std::string furniture_key(const std::string& line_text) {
  const std::string key = text::fold_key(line_text);
  std::string out;
  for (char c : key) {
    if (c >= '0' && c <= '9') {
      if (out.empty() || out.back() != '#') out.push_back('#');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool in_top_band(const text_line& l, double height) {
  return l.bounds.center_y() < top_band * height;
}
bool in_bottom_band(const text_line& l, double height) {
  return l.bounds.center_y() > bottom_band * height;
}

bool is_protected(const text_line& l, const std::vector<box>& regions) {
  return std::any_of(regions.begin(), regions.end(), [&](const box& r) {
    return r.contains(l.bounds.center_x(), l.bounds.center_y());
  });
}

// Returns a running-header line without the page number it carries at its end or start
// ("Audit Committee – 12 March 2025 – Page 3" -> "Audit Committee – 12 March 2025").
std::string without_page_number(const std::string& line) {
  static const boost::regex trailing(
      "(?:\\s*(?:[-|,:]|\xE2\x80\x93|\xE2\x80\x94))?\\s*\\bpage\\s*\\|?\\s*\\d+"
      "(?:\\s*(?:of|/)\\s*\\d+)?\\s*$",
      boost::regex::icase);
  static const boost::regex leading(
      "^\\s*page\\s*\\|?\\s*\\d+(?:\\s*(?:of|/)\\s*\\d+)?\\s*(?:[-|,:]|\xE2\x80\x93|"
      "\xE2\x80\x94)?\\s*",
      boost::regex::icase);
  std::string out = boost::regex_replace(line, trailing, "");
  out = boost::regex_replace(out, leading, "");
  return out;
}

}  // namespace

bool is_page_number(const std::string& line_text) {
  const std::string key = furniture_key(line_text);
  static const std::set<std::string> forms = {"#",   "page #", "page # of #", "# of #",  "# page",
                                              "p #", "pg #",   "# #",         "page # #"};
  return forms.count(key) > 0;
}

band_summary summarize_bands(const page_lines& page,
                             const std::function<bool(const text_line&)>& is_content) {
  band_summary out;
  out.number = page.number;
  for (std::size_t i = 0; i < page.lines.size(); ++i) {
    const text_line& l = page.lines[i];
    if (is_protected(l, page.protected_regions)) continue;
    const bool top = in_top_band(l, page.height);
    if (!top && !in_bottom_band(l, page.height)) continue;
    const std::string text = l.text();
    out.lines.push_back({i, furniture_key(text), l.bounds.center_y(), l.bounds.height(), top,
                         is_content && is_content(l), is_page_number(text)});
  }
  return out;
}

namespace {

// Marks the lines repeated at about the same height on at least half the pages of the
// window (and on two pages at least).
void mark_repeated(const band_summary& own, const std::vector<const band_summary*>& window,
                   std::vector<bool>& mask) {
  const std::size_t threshold = std::max<std::size_t>(2, (window.size() + 1) / 2);
  for (const band_line& b : own.lines) {
    if (b.is_content) continue;
    // "About the same place": within a line height, so a header pushed down by a taller
    // first line on one page still matches.
    const double tolerance = std::max(b.height, 4.0);
    std::set<int> on_pages;
    for (const band_summary* other : window) {
      for (const band_line& o : other->lines) {
        if (o.key == b.key && std::abs(o.y - b.y) <= tolerance) on_pages.insert(other->number);
      }
    }
    if (on_pages.size() >= threshold) mask[b.line] = true;
  }
}

// Marks a page number that is the outermost line of its band, whether or not it repeats.
void mark_page_numbers(const page_lines& page, const band_summary& own, std::vector<bool>& mask) {
  std::vector<std::size_t> order(page.lines.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return page.lines[a].bounds.center_y() < page.lines[b].bounds.center_y();
  });
  auto band_of = [&](std::size_t line) -> const band_line* {
    for (const band_line& b : own.lines) {
      if (b.line == line) return &b;
    }
    return nullptr;
  };
  auto mark_outermost = [&](auto begin, auto end, bool top) {
    for (auto it = begin; it != end; ++it) {
      if (mask[*it]) continue;
      const text_line& l = page.lines[*it];
      if (is_protected(l, page.protected_regions)) return;
      const band_line* b = band_of(*it);
      if (b != nullptr && b->top == top && b->is_page_number) mask[*it] = true;
      return;
    }
  };
  mark_outermost(order.begin(), order.end(), true);
  mark_outermost(order.rbegin(), order.rend(), false);
}

}  // namespace

std::vector<bool> furniture_of(const page_lines& page, const band_summary& own,
                               const std::vector<const band_summary*>& window) {
  std::vector<bool> mask(page.lines.size(), false);
  mark_repeated(own, window, mask);
  mark_page_numbers(page, own, mask);
  return mask;
}

std::string title_of(const page_lines& page, const std::vector<bool>& mask) {
  std::string title;
  for (std::size_t i = 0; i < page.lines.size(); ++i) {
    const text_line& l = page.lines[i];
    if (!mask[i] || !in_top_band(l, page.height)) continue;
    if (is_page_number(l.text())) continue;
    const std::string text = text::collapse_spaces(text::clean_text(without_page_number(l.text())));
    if (text.empty()) continue;
    if (!title.empty()) title.push_back(' ');
    title += text;
  }
  return title;
}

furniture find_furniture(const std::vector<page_lines>& pages,
                         const std::function<bool(const text_line&)>& is_content) {
  std::vector<band_summary> summaries;
  summaries.reserve(pages.size());
  for (const page_lines& p : pages) summaries.push_back(summarize_bands(p, is_content));
  std::vector<const band_summary*> window;
  window.reserve(summaries.size());
  for (const band_summary& s : summaries) window.push_back(&s);
  furniture result;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    result.furniture_lines.push_back(furniture_of(pages[p], summaries[p], window));
    if (result.title.empty()) result.title = title_of(pages[p], result.furniture_lines.back());
  }
  return result;
}

}  // namespace extract_plan::layout
