// Cells, the pieces every table finder builds tables from: runs of words, lines cut into
// columns, rows, cell boxes, and a part's text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "page.h"
#include "table/page_table.h"

namespace extract_plan::tabular {

/// A free strip narrower than half an em is a space between two words (a quarter to a third
/// of an em), not the gutter between columns (Word's cell margins alone leave 10.8pt): every
/// table finder cuts columns only at wider gutters.
inline constexpr double min_gutter_em = 0.5;

/// A gap wider than 1.5 line pitches between lines starts a new row where nothing else says
/// so (no key in the first column, no band of fill): paragraph spacing inside a cell is
/// usually half a line at most.
inline constexpr double row_gap_pitches = 1.5;

/// Returns the usual distance between the tops of consecutive lines (points): the median; a
/// line and a fifth for a lone line, 0 for none.
double median_pitch(const std::vector<const text_line*>& lines);

/// Returns a header's text as header texts are compared: case-folded, without punctuation or
/// spaces. PowerPoint sets some header words letter by letter, so one page prints
/// "Timescale" and the next "Timescal e".
std::string header_key(const std::string& header);

/// Returns the fill seen behind a point: the last painted there; null for none.
const shade* shade_at(const std::vector<shade>& shades, double x, double y);

/// Returns the column of `edges` holding x; x beyond the outer edges counts in the outer
/// columns.
std::size_t column_at(const std::vector<double>& edges, double x);

/// A run of words on one line with no gap wider than the gutter between columns: a piece of
/// a line, so a line itself.
using chunk = text_line;

/// Splits a line into chunks at gaps wider than `gap_em` times its font size.
std::vector<chunk> split_chunks(const text_line& line, double gap_em = 0.9);

/// Cuts a line into its pieces in each column of `edges` (columns + 1 x positions), each word
/// by its centre; a column the line leaves empty gets an empty piece.
std::vector<text_line> cut_line(const text_line& line, const std::vector<double>& edges);

/// Adds `w` to `piece`, a part of a line being cut out of it, its box growing to hold it.
void add_to_piece(text_line& piece, const word& w);

/// Adds a line's pieces to a table: as a new row, or to the cells of its last row.
void add_line(page_table& t, std::vector<text_line> pieces, const box& bounds, bool new_row);

/// Sets every cell's box: its column's edges across its row's height.
void bound_cells(page_table& t);

/// Sets each cell's fill: the colour of the last-painted shade behind its centre, which is
/// the one seen (a cell's own colour is painted over its row's stripe).
void shade_cells(page_table& t, const std::vector<shade>& shades);

/// Returns true when a word is written as a key: with a figure in it ("PAY01", "HR-03",
/// "R1a"), as an item number ("(iv)"), or as one to three capitals ("A", "AB"). Words of a
/// wrapped text ("Young" / "people") are not.
bool is_key(const std::string& w);

/// Returns the header texts of a row when it is a column-header row: at least two of its
/// cells name a known field, and at least half of its non-empty cells do.
std::optional<std::vector<std::string>> header_texts(const page_row& row);

/// Returns a cell's lines joined by single spaces, nothing undone: the text to compare or
/// classify a cell by. A record's value is joined by text::join_lines, which undoes
/// hyphenation and drops bullets.
std::string plain_text(const page_cell& cell);

/// Returns a part's text: its cells' plain texts joined by spaces, row by row.
std::string text_of(const page_table& part);

}  // namespace extract_plan::tabular
