// What a text's characters say about how to read it: which way they run, and whether the
// font that drew them mapped them to Unicode at all.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace extract_plan::text {

/// Returns true when `s` (UTF-8) has a letter of a right-to-left script: Hebrew, Arabic,
/// Syriac, Thaana, N'Ko, and their presentation forms.
bool has_right_to_left(std::string_view s);

/// Returns the words of a line, given left to right as printed, joined by spaces in the
/// order they are read, as Poppler's own text output gives them. A right-to-left word's
/// letters are printed from its right end, so they are turned round, each keeping its marks
/// (vowel points) after it, while a number or a Latin name inside it reads on as printed,
/// and a bracket turned round faces the other way. As with Poppler's, a number printed left
/// of a right-to-left word in a left-to-right line stays before it: the print cannot tell
/// "Due 2025 <March>" from "Due <March> 2025".
/// Words of the two directions keep to their own: in a line mostly right to left its words
/// are read from the right and a run of left-to-right words among them from its left; in a
/// line mostly left to right, only the runs of right-to-left words are read from the right.
/// Words with no right-to-left letter are joined as they are.
std::string in_reading_order(const std::vector<std::string_view>& words);

/// The characters of a text whose font gave them no usable Unicode: control characters,
/// U+FFFD and private-use code points. A page of them is garbage to a reader (the PDF's
/// fonts lack a ToUnicode map), though a few private-use bullets of a symbol font are not.
std::size_t count_unreadable(std::string_view s);

/// Returns the number of code points in `s` (UTF-8): the bytes that are not continuation
/// bytes.
std::size_t count_code_points(std::string_view s);

}  // namespace extract_plan::text
