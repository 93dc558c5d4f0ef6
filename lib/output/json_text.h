// JSON text as every writer of the library lays it out.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "extract_plan/extract_plan.h"

namespace extract_plan {

/// Returns `j` as text, indented two spaces or on one line. Invalid UTF-8 from a broken font
/// map is replaced with U+FFFD, never thrown on.
inline std::string json_text(const nlohmann::ordered_json& j,
                             json_layout layout = json_layout::indented) {
  const int indent = layout == json_layout::one_line ? -1 : 2;
  return j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace extract_plan
