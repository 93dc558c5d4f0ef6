// Ruling lines from what a page paints: which strokes and fills are the lines of a table.
#pragma once

#include <vector>

#include "page.h"

namespace extract_plan::tabular {

/// Returns the ruling lines among a page's paints, in painting order: horizontal or vertical
/// strokes, and thin filled rectangles along their long side (Chromium and Word draw borders
/// so). Invisible paint (under 5% opacity) is no line; a white line counts only over a
/// coloured fill painted before it (PowerPoint's white grid over shaded cells), not on the
/// white page. `width` and `height` are the page's, in points.
std::vector<rule> find_rules(const std::vector<paint>& paints, double width, double height);

/// Returns the filled rectangles of a page that could colour a cell, in painting order:
/// opaque enough to see, neither a thin rule nor white (the page itself). A page of more
/// than a few thousand keeps the first: a chart, not a plan.
std::vector<shade> find_shades(const std::vector<paint>& paints);

}  // namespace extract_plan::tabular
