// JSON text as every writer of the library lays it out.
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

#include "extract_plan/extract_plan.h"

namespace extract_plan {

/// Returns `j` as text, indented two spaces or on one line. Invalid UTF-8 from a broken font
/// map is replaced with U+FFFD, never thrown on.
inline std::string json_text(const nlohmann::ordered_json& j,
                             json_layout layout = json_layout::indented) {
  const int indent = layout == json_layout::one_line ? -1 : 2;
  return j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

/// The deepest nesting a JSON text handed to the library may have: the contracts' deepest is
/// six. Deeper is refused, so that nothing that walks a value recurses without bound.
inline constexpr int max_json_depth = 64;

/// Parses `text`. Throws std::invalid_argument, naming it `what` ("the expected text"), when
/// it is not JSON or is nested deeper than max_json_depth.
template <typename json_type>
json_type parse_json_text(std::string_view text, const std::string& what) {
  // nlohmann's parser keeps its nesting on the heap; the callback stops it at the bound, so
  // that a deep value is never built for a reader to recurse into.
  auto bounded = [&what](int depth, nlohmann::detail::parse_event_t, json_type&) {
    if (depth > max_json_depth) {
      throw std::invalid_argument(what + " is nested more than " + std::to_string(max_json_depth) +
                                  " deep");
    }
    return true;
  };
  json_type value = json_type::parse(text.begin(), text.end(), bounded, /*allow_exceptions=*/false);
  if (value.is_discarded()) throw std::invalid_argument(what + " is not JSON");
  return value;
}

}  // namespace extract_plan
