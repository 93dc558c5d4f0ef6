// Colours as RAG ratings, for Status cells that are only coloured.
#pragma once

#include <optional>

#include "extract_plan/extract_plan.h"
#include "page.h"

namespace extract_plan::fields {

/// Returns the rating a cell's fill colour shows: a clear red, amber (orange to yellow),
/// green or blue; nothing for white, grey, black, a pale tint or another hue.
std::optional<rag_rating> rag_of_colour(const colour& c);

}  // namespace extract_plan::fields
