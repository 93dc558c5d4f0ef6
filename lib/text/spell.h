// Is this an English word? Hunspell's British English dictionary (Debian: hunspell-en-gb)
// judges the joins the layout leaves in doubt: a word cut by a narrow column without a hyphen
// ("commissione" / "d", "Distri" / "ct").
#pragma once

#include <string_view>

namespace extract_plan::text {

/// Returns true when the dictionary knows `word` (UTF-8; in capitals or capitalised as at a
/// sentence start is fine): a lookup in its word list, built into the library, that costs
/// nothing to load. Thread-safe.
bool is_english_word(std::string_view word);

}  // namespace extract_plan::text
