// Fuzz target: the field parsers and text normalisation, on any bytes as a cell's text.
// Each parse must end, and what it gives must be valid JSON (the writers check UTF-8).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract_plan/extract_plan.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace ep = extract_plan;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<ep::diagnostic> doubts;
  (void)ep::to_json(ep::parse_deadline(text, doubts));
  (void)ep::to_json(ep::parse_officer(text, doubts));
  (void)ep::to_json(ep::parse_response(text));
  (void)ep::parse_status(text);
  (void)ep::parse_rag(text);
  (void)ep::parse_number(text);
  (void)ep::text::clean_text(text);
  (void)ep::text::fold_key(text);
  (void)ep::text::matching_form(text);
  return 0;
}
