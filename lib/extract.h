// The stages after reading, for whatever hands them pages: the PDF reader in extract.cpp, or
// a fuzz target's synthetic pages (tests/fuzz), which reach the table logic without a PDF.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "extract_plan/extract_plan.h"
#include "page.h"

namespace extract_plan {

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
