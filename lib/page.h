// The page model every stage works on: plain values, no third-party types, so each stage can
// be tested on synthetic pages built in a few lines.
//
// Coordinates are PDF points with the origin at the top left of the page, y growing down.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace extract_plan {

/// An axis-aligned rectangle.
struct box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double center_x() const { return (x0 + x1) / 2; }
  double center_y() const { return (y0 + y1) / 2; }
  bool contains(double x, double y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
  /// Returns the smallest box holding both.
  box united(const box& o) const {
    return {std::min(x0, o.x0), std::min(y0, o.y0), std::max(x1, o.x1), std::max(y1, o.y1)};
  }
};

/// One word as the PDF draws it.
struct word {
  std::string text;  ///< UTF-8
  box bounds;
  double baseline = 0;  ///< y of the baseline
  double font_size = 0;
  bool bold = false;  ///< the font is bold, by its flags or its name
  /// Footnote markers printed after the word ("2" of "June 2026²"), no part of its text.
  std::vector<std::string> marks;
};

/// A ruling line: a stroked segment or a thin filled rectangle, reduced to its centre line.
/// Horizontal when y0 == y1, vertical when x0 == x1.
struct rule {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double thickness = 0;

  bool is_horizontal() const { return y0 == y1; }
  bool is_vertical() const { return x0 == x1; }
};

/// One thing painted on a page, in the order the page paints them: a stroked straight
/// segment, or a filled axis-aligned rectangle. Device space: points, y down.
struct paint {
  enum class kind { stroke = 0, fill = 1 };
  kind type = kind::stroke;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  ///< a segment's ends, or a rectangle's corners
  double line_width = 0;                  ///< a stroke's width
  double red = 0, green = 0, blue = 0;    ///< the colour, each 0-1
  double opacity = 1;                     ///< 0 invisible .. 1 opaque
};

/// A page as the PDF draws it: words and paint, nothing decided yet.
struct drawn_page {
  int number = 0;  ///< 1-based
  double width = 0, height = 0;
  std::vector<word> words;  ///< in drawing order, a word printed twice (fake bold) twice
  std::vector<paint> paints;
  bool cut_short = false;  ///< reading stopped at the time limit
  /// The page was not read: what its fonts would make Poppler build passed the budget (in
  /// memory, or in time, when cut_short is also set).
  bool refused = false;
  /// What was past a bound of the page's budget was left out: its characters (the reading
  /// stopped there), its words, its paint.
  bool over_characters = false, over_words = false, over_paints = false;
  int rotated_words = 0;  ///< words that ran sideways even so, left out
  /// Characters drawn; those whose font maps them to no Unicode text at all (they are in no
  /// word); and those whose Unicode Poppler guessed from a glyph's number (a CID font with no
  /// ToUnicode map), which may be garbage.
  std::size_t characters = 0, unmapped_characters = 0, guessed_characters = 0;
};

/// A colour, each part 0-1.
struct colour {
  double red = 0, green = 0, blue = 0;
};

/// A filled rectangle of colour, as a cell's background: where, and what colour.
struct shade {
  box bounds;
  colour fill;
};

/// What one page holds, for the table finders.
struct page {
  int number = 0;  ///< 1-based
  double width = 0, height = 0;
  std::vector<word> words;
  std::vector<rule> rules;
  std::vector<shade> shades;  ///< coloured fills behind text, in painting order
  bool cut_short = false;     ///< reading stopped at the time limit
  bool refused = false;       ///< not read: its fonts would cost too much (drawn_page's)
  int rotated_words = 0;      ///< words that ran sideways even so, left out
  std::size_t characters = 0, unmapped_characters = 0, guessed_characters = 0;  ///< as drawn_page's
};

/// Words sharing a baseline, left to right.
struct text_line {
  std::vector<word> words;
  box bounds;

  /// Returns the words joined by single spaces.
  std::string text() const;
};

}  // namespace extract_plan
