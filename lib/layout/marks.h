// Footnote markers and footnote texts: a marker printed after a word ("June 2026²") is no part
// of the text, and the footnote it points to is no part of any table.
#pragma once

#include <string>
#include <vector>

#include "page.h"

namespace extract_plan::layout {

/// Returns a page's words with their footnote markers taken out of the text and kept on the
/// word they follow (word::marks). A marker is one to three digits, or one of * † ‡ §, set
/// in type at most 85% of the size of the word before it, on a baseline raised by a sixth of
/// that word's size or more, and starting within a third of an em of its end. Superscript
/// digits ending a word ("2026²") are a marker too, unless the word is a unit ("m²", "km³").
std::vector<word> attach_marks(std::vector<word> words);

/// A footnote's text as the page prints it.
struct footnote_text {
  std::string marker;
  std::string text;
  int page = 0;
};

/// The footnotes at the foot of a page, and where they start.
struct footnote_area {
  std::vector<footnote_text> notes;
  double top = 0;  ///< y of the first footnote's top; the lines from there down are notes
};

/// Returns the footnotes that end `lines` (a page's lines outside its ruled tables, top to
/// bottom, furniture left out): the last lines of the page, each in type smaller than most
/// of the page's words (`body_size`, points) and each one run of words, the first starting
/// with a marker. A note runs from a line starting with a marker to the next such line.
/// Footnotes at the foot of each page and end notes after the last table both end their
/// page; a table's rows, in columns, are not one run of words.
footnote_area find_footnotes(const std::vector<text_line>& lines, double body_size, int page);

}  // namespace extract_plan::layout
