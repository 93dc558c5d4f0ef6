// The JSON contract read back into a document (output/json_reader.cpp).
#pragma once

#include <string_view>

#include "extract_plan/extract_plan.h"

namespace extract_plan {

/// Returns the document `records_json` (to_json()'s text) describes, with the grids of
/// `tables_json` (to_tables_json()'s; empty for none). What the contract does not carry,
/// records' cell boxes and the outline, is left empty. Throws std::invalid_argument for
/// text that is not the contract.
document document_from_json(std::string_view records_json, std::string_view tables_json = {});

}  // namespace extract_plan
