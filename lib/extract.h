// The stages of a document, in order (lib/extract.cpp), for whatever hands them pages: the
// PDF reader, or a fuzz target's synthetic pages (tests/fuzz), which reach the table logic
// without a PDF. The stages of one page are declared too, for the reading thread and tests.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "extract_plan/extract_plan.h"
#include "page.h"
#include "page_window.h"
#include "plan_builder.h"

namespace extract_plan {

/// Returns the page the table finders read from a page as drawn: its words printed twice
/// read once, and its ruling lines and coloured fills among its paint.
page to_page(drawn_page drawn);

/// Returns a page as read, ready for the window: its ruled tables found (their doubts
/// appended to `diagnostics`), its lines built from its words, and its band lines summarised
/// for the furniture finder.
pending_page prepare_page(page p, std::vector<diagnostic>& diagnostics);

/// Finds the tables of a page whose furniture is out and stitches them on to `plans`.
void finish_page(const content_page& page, plan_builder& plans);

/// Returns `doc` with the tables, records and doubts of the pages `plans` was given: the
/// plans' records typed, the title (`running_title`, else the heading above the first
/// plan), the grids and outline when its options ask for them, the doubts in page order.
document finish_document(document doc, const std::string& running_title, plan_builder& plans);

/// Hands over the next page in order, the doubts its reading raised appended to the
/// diagnostics given; nothing after the last.
using page_source = std::function<std::optional<page>(std::vector<diagnostic>&)>;

/// Returns `doc` (its source already described) with the tables, records and doubts of the
/// `total` pages `next` gives, read with `opts`. Throws error(errc::no_text_layer) when the
/// pages hold no words at all, or text mostly without Unicode, and error(errc::cancelled)
/// when options::progress says stop.
document extract_pages(document doc, const page_source& next, std::size_t total,
                       const options& opts);

}  // namespace extract_plan
