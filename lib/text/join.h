// Joining the lines of a cell into one text, undoing line-end hyphenation.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace extract_plan::text {

/// What a document shows about words that end in a hyphen. A word printed with a hyphen and
/// then a space in the middle of a line ("Charles Daniels- School") is a hyphen its author
/// typed before a space; the same word at a line end keeps that space when lines are joined.
class hyphen_evidence {
 public:
  /// Records the words of one printed line, left to right.
  void observe_line(const std::vector<std::string>& words);

  /// Returns true when the document shows `word` (ending in "-") followed by a space
  /// in the middle of a line, and never shows it joined to `next`.
  bool keeps_space(const std::string& word, const std::string& next) const;

  /// Returns true when a code or acronym cut by a narrow column at a line end is written
  /// whole elsewhere in the document: the last piece of `word` and the first of `next`
  /// (pieces are split at commas, slashes and semicolons) make one the document writes
  /// ("SO1,SO2,SO" / "3,SO4" where it writes "SO3"; "P" / "H" where it writes "PH"), and it
  /// never writes the first part alone but at a line's end, where it may be cut too.
  bool writes_whole(const std::string& word, const std::string& next) const;

 private:
  std::set<std::string> spaced_;       // case-folded words seen mid-line ending in '-'
  std::set<std::string> joined_;       // case-folded words seen with an inner hyphen
  std::set<std::string> codes_;        // codes and acronyms seen ("SO3", "PH", "HR-01")
  std::set<std::string> whole_codes_;  // those seen anywhere but at a line's end
};

/// One printed line of a cell and what the layout says about its end.
struct printed_line {
  std::string text;
  /// Room left after the line's last word before the cell's right edge, less a space (points).
  /// A line that ends early left room; a line wrapped by the word processor did not.
  double room_after = 0;
  /// Width of the line's first word (points).
  double first_word_width = 0;
};

/// Returns `lines` joined into one text with single spaces. A line ending in a hyphen after a
/// letter or digit was wrapped at that hyphen when the next line's first word would not have
/// fitted in the room left on it; it then joins the next line without a space ("Co-" +
/// "ordinator" -> "Co-ordinator"), unless `evidence` shows the author's spaced hyphen there.
/// A hyphen before a break the word processor did not make (a paragraph end) keeps the space.
/// Bullet glyphs at line starts are dropped, and markers typed as text (is_typed_marker)
/// where two lines of the cell or more start with one: a list, not a dash that wrapped.
std::string join_lines(const std::vector<printed_line>& lines, const hyphen_evidence& evidence);

/// Returns `lines` joined as above, taking every line to have been wrapped where it ends.
std::string join_lines(const std::vector<std::string>& lines, const hyphen_evidence& evidence);

/// Returns the words of `s`: the runs between spaces, empty ones left out.
std::vector<std::string> split_words(const std::string& s);

/// Returns true when `w` is a bullet glyph that starts a list item ("•", "▪", "◦", "").
bool is_bullet(const std::string& w);

/// Returns true when `w`, first on a line of a cell and followed by `next`, is a marker
/// typed as text that can start a list item: "-", "–", or "o" for a bullet whose symbol font
/// was lost, before a word that starts with a letter ("- Review", not "- 2 years"). An
/// asterisk is a footnote's mark, not a list's.
bool is_typed_marker(const std::string& w, const std::string& next);

}  // namespace extract_plan::text
