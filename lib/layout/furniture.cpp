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

furniture find_furniture(const std::vector<page_lines>& pages,
                         const std::function<bool(const text_line&)>& is_content) {
  furniture result;
  result.furniture_lines.resize(pages.size());
  struct seen {
    std::size_t page;
    double y;
  };
  std::map<std::string, std::vector<seen>> by_key;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const page_lines& pl = pages[p];
    result.furniture_lines[p].assign(pl.lines.size(), false);
    for (const text_line& l : pl.lines) {
      if (is_protected(l, pl.protected_regions)) continue;
      if (!in_top_band(l, pl.height) && !in_bottom_band(l, pl.height)) continue;
      by_key[furniture_key(l.text())].push_back({p, l.bounds.center_y()});
    }
  }
  const std::size_t threshold = std::max<std::size_t>(2, (pages.size() + 1) / 2);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const page_lines& pl = pages[p];
    for (std::size_t i = 0; i < pl.lines.size(); ++i) {
      const text_line& l = pl.lines[i];
      if (is_protected(l, pl.protected_regions)) continue;
      if (!in_top_band(l, pl.height) && !in_bottom_band(l, pl.height)) continue;
      if (is_content && is_content(l)) continue;
      const auto it = by_key.find(furniture_key(l.text()));
      if (it == by_key.end()) continue;
      // "About the same place": within a line height, so a header pushed down by a taller
      // first line on one page still matches.
      const double tolerance = std::max(l.bounds.height(), 4.0);
      std::set<std::size_t> on_pages;
      for (const seen& s : it->second) {
        if (std::abs(s.y - l.bounds.center_y()) <= tolerance) on_pages.insert(s.page);
      }
      if (on_pages.size() >= threshold) result.furniture_lines[p][i] = true;
    }
    // A page number is the outermost line of its band, whether or not it repeats.
    std::vector<std::size_t> order(pl.lines.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto mark_outermost = [&](auto begin, auto end, bool top) {
      for (auto it = begin; it != end; ++it) {
        const text_line& l = pl.lines[*it];
        if (result.furniture_lines[p][*it]) continue;
        if (is_protected(l, pl.protected_regions)) return;
        const bool in_band = top ? in_top_band(l, pl.height) : in_bottom_band(l, pl.height);
        if (in_band && is_page_number(l.text())) result.furniture_lines[p][*it] = true;
        return;
      }
    };
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return pl.lines[a].bounds.center_y() < pl.lines[b].bounds.center_y();
    });
    mark_outermost(order.begin(), order.end(), true);
    mark_outermost(order.rbegin(), order.rend(), false);
  }
  for (std::size_t p = 0; p < pages.size() && result.title.empty(); ++p) {
    const page_lines& pl = pages[p];
    for (std::size_t i = 0; i < pl.lines.size(); ++i) {
      const text_line& l = pl.lines[i];
      if (!result.furniture_lines[p][i] || !in_top_band(l, pl.height)) continue;
      if (is_page_number(l.text())) continue;
      const std::string text =
          text::collapse_spaces(text::clean_text(without_page_number(l.text())));
      if (text.empty()) continue;
      if (!result.title.empty()) result.title.push_back(' ');
      result.title += text;
    }
  }
  return result;
}

}  // namespace extract_plan::layout
