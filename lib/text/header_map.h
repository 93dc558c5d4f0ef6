// Column header text -> field: the vocabulary of action-plan headers, below the table
// finders that recognise a header row and the records that name their fields.
#pragma once

#include <optional>
#include <string_view>

#include "extract_plan/extract_plan.h"

namespace extract_plan::text {

/// Returns the field a column header names, matched on its case-folded, punctuation-free key
/// against a table of synonyms ("Proposed action", "RESPONSE" -> action; "Lead officer",
/// "Responsible officer", "Led by" -> lead_officer; "Target date:", "Timescale" -> deadline).
/// A header that is no synonym, but is written in the words headers are written in alone
/// ("Actions we will take", "Person responsible", "Completion by"), names the field its key
/// words name: a qualifier over the thing it qualifies ("Action owner" is the owner), and of
/// two qualifiers the head noun ("Officer comments" are progress, "Date of update" a date).
/// Any other short header ending in a synonym takes the synonym's field.
/// Returns nothing for an unknown or empty header.
std::optional<field> match_header(std::string_view header);

/// Returns the field a header names only when it is a synonym itself (spaces within words
/// ignored), not merely ending in one: stricter evidence, for rows inside a table's body.
std::optional<field> match_header_exactly(std::string_view header);

/// How directly a header names its field, for two columns that claim one: 2 for a synonym of
/// the field itself ("Proposed Action"), 1 for a header read from its last words ("Target
/// completion date") or a response standing for the action ("Cabinet Response"), 0 for none.
int header_directness(std::string_view header);

/// Returns true when a header is a response ("Response", "Cabinet Response", "Management
/// response"): the action where no closer header names one, else the response field.
bool is_response_header(std::string_view header);

/// Returns true when a row of `labels` non-empty cells, `known` of which name a field, is a
/// column-header row: at least two fields named, and at least half of its labels name one.
bool names_enough_fields(int known, int labels);

/// Returns true when a cell text looks like an item number: "1", "2.", "R1", "1.1", "(a)",
/// "Rec 3", "2a".
bool looks_like_number(std::string_view text);

}  // namespace extract_plan::text
