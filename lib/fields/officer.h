// Officers beyond the public parse_officer: what the records' stage asks of a cell's text.
#pragma once

#include <string_view>

namespace extract_plan::fields {

/// Returns true when a short text names people or roles only, as a lead officer's cell does:
/// each person parse_officer finds has a name, or a role with a job title's head word
/// ("Manager", "Head", "Lead").
bool names_officers(std::string_view text);

}  // namespace extract_plan::fields
