// Tables with neither rules nor a recognised header: columns from the white space that runs
// down a block of aligned lines. For --tables only; action plans come from ruled.h and
// aligned.h, whose headers name their fields.
#pragma once

#include <vector>

#include "page.h"
#include "table/page_table.h"

namespace extract_plan::tabular {

/// Finds blocks of at least three lines that each break into two or more runs of words at
/// the same gutters, and cuts them into columns at those gutters and rows at lines with text
/// in the first column (or in most columns). Lines of one run of words across most of the
/// block's width (prose) end a block, as does a gap of more than two and a half line pitches.
std::vector<page_table> find_stream_tables(const std::vector<text_line>& lines, int page_number);

}  // namespace extract_plan::tabular
