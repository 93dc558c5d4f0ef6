// Unicode text handling (ICU): clean printed text, and make keys for comparing labels.
#pragma once

#include <string>
#include <string_view>

namespace extract_plan::text {

/// Returns `s` in NFC with ligatures (ﬁ, ﬂ, ﬀ, ...) expanded, soft hyphens and zero-width
/// characters removed, and non-breaking spaces made plain spaces. Quotes and dashes are kept
/// as printed. Invalid UTF-8 becomes U+FFFD.
std::string clean_text(std::string_view s);

/// Returns `s` with runs of white space collapsed to one space and none at either end.
std::string collapse_spaces(std::string_view s);

/// Returns a key for comparing labels: case-folded (ICU full folding), punctuation and
/// symbols dropped, white space collapsed. "Lead Officer:" and "LEAD  OFFICER" give the same.
std::string fold_key(std::string_view s);

/// Returns `s` case-folded (ICU full folding), nothing else changed.
std::string fold_case(std::string_view s);

/// Returns `s` with its accents taken off ("Zoë" -> "Zoe", "Siân" -> "Sian"): decomposed
/// (NFD), its combining marks dropped.
std::string without_accents(std::string_view s);

/// Returns true for an ASCII letter, A-Z or a-z.
constexpr bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

/// Returns true when `s` is written as a name is: a capital and small letters ("Natalie",
/// "Zoë"), perhaps after Mc, Mac or a capital and an apostrophe ("McGrath", "O'Neill"), perhaps
/// joined to more such parts by hyphens ("Smith-Jones"); or an initial ("J.").
bool is_name_word(std::string_view s);

/// Returns `s` for matching ASCII patterns against, byte for byte as long as `s`, so that a
/// match's offsets are the original's: ASCII letters in lower case, and every space beyond
/// ASCII (a thin or an en space) as ASCII spaces, one per byte. Malformed UTF-8 is kept.
std::string matching_form(std::string_view s);

}  // namespace extract_plan::text
