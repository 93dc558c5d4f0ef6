#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <vector>

namespace extract_plan::text {
namespace {

icu::UnicodeString from_utf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string to_utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool is_invisible_format(UChar32 c) {
  // Soft hyphen, zero-width space/joiners, word joiner, BOM: printed as nothing.
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

bool is_ligature(UChar32 c) { return c >= 0xFB00 && c <= 0xFB06; }

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// fold_key for ASCII text, which is most of any English document: the same result as the ICU
// path (ASCII punctuation and symbols are P* or S* in Unicode), without its conversions.
std::string fold_key_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    const bool space = c == ' ' || (u >= 0x09 && u <= 0x0D);
    // ASCII punctuation and symbols, whatever the process's locale says.
    const bool punctuation = (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) ||
                             (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E);
    const bool dropped = punctuation && c != '#' && c != '&';
    if (space || dropped || u < 0x20 || u == 0x7F) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(u >= 'A' && u <= 'Z' ? static_cast<char>(u - 'A' + 'a') : c);
  }
  return out;
}

}  // namespace

std::string clean_text(std::string_view s) {
  // ASCII holds no ligature, invisible character or no-break space, and is already NFC.
  if (is_ascii(s)) return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  const icu::UnicodeString in = from_utf8(s);
  icu::UnicodeString out;
  for (int32_t i = 0; i < in.length();) {
    const UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (is_invisible_format(c)) continue;
    if (c == 0x00A0 || c == 0x202F || c == 0x2007) {
      out.append(static_cast<UChar>(' '));
    } else if (is_ligature(c)) {
      // Only the Latin ligatures are decomposed compatibly; NFKC on the whole text would also
      // rewrite quotes-like and width variants that must stay as printed.
      icu::UnicodeString lig(c);
      out.append(nfkc->normalize(lig, status));
    } else {
      out.append(c);
    }
  }
  icu::UnicodeString composed = nfc->normalize(out, status);
  if (U_FAILURE(status)) return std::string(s);
  return to_utf8(composed);
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::string fold_case(std::string_view s) {
  icu::UnicodeString u = from_utf8(s);
  u.foldCase();
  return to_utf8(u);
}

std::string fold_key(std::string_view s) {
  if (is_ascii(s)) return fold_key_ascii(s);
  icu::UnicodeString u = from_utf8(clean_text(s));
  u.foldCase();
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    const int8_t type = static_cast<int8_t>(u_charType(c));
    const bool dropped = u_ispunct(c) || type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL ||
                         type == U_MODIFIER_SYMBOL || type == U_OTHER_SYMBOL;
    if (u_isUWhiteSpace(c) || (dropped && c != '#' && c != '&')) {
      // Punctuation separates words ("Lead Officer/Owner"), so it counts as a space.
      pending_space = out.length() > 0;
      continue;
    }
    if (pending_space) out.append(static_cast<UChar>(' '));
    pending_space = false;
    out.append(c);
  }
  return to_utf8(out);
}

std::string without_accents(std::string_view s) {
  if (is_ascii(s)) return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  const icu::UnicodeString decomposed = nfd->normalize(from_utf8(s), status);
  if (U_FAILURE(status)) return std::string(s);
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
  }
  return to_utf8(out);
}

bool is_name_word(std::string_view s) {
  std::vector<UChar32> c;
  const icu::UnicodeString u = from_utf8(s);
  for (int32_t i = 0; i < u.length(); i += U16_LENGTH(c.back())) c.push_back(u.char32At(i));
  auto upper = [&c](std::size_t i) { return i < c.size() && u_isupper(c[i]); };
  auto lower = [&c](std::size_t i) { return i < c.size() && u_islower(c[i]); };
  if (c.size() == 2 && upper(0) && c[1] == '.') return true;
  // From i on: capitalised parts joined by hyphens, to the end.
  auto parts_from = [&](std::size_t i) {
    for (;;) {
      if (!upper(i) || !lower(i + 1)) return false;
      for (i += 2; lower(i); ++i) {
      }
      if (i == c.size()) return true;
      if (c[i] != '-') return false;
      ++i;
    }
  };
  const std::size_t start = c.size() > 2 && upper(0) && (c[1] == '\'' || c[1] == 0x2019) ? 2 : 0;
  auto prefixed = [&](std::string_view prefix) {
    for (std::size_t k = 0; k < prefix.size(); ++k) {
      if (start + k >= c.size() || c[start + k] != static_cast<UChar32>(prefix[k])) return false;
    }
    return parts_from(start + prefix.size());
  };
  return prefixed("Mac") || prefixed("Mc") || prefixed("");
}

std::string matching_form(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size();) {
    const auto u = static_cast<unsigned char>(out[i]);
    if (u < 0x80) {
      if (u >= 'A' && u <= 'Z') out[i] = static_cast<char>(u - 'A' + 'a');
      ++i;
      continue;
    }
    // A lead byte and its continuation bytes; a malformed sequence is passed a byte at a time.
    const std::size_t length = u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : u >= 0xC0 ? 2 : 1;
    UChar32 c = length == 1 ? -1 : static_cast<UChar32>(u & (0x7F >> length));
    for (std::size_t k = 1; k < length && c >= 0; ++k) {
      const auto next = i + k < out.size() ? static_cast<unsigned char>(out[i + k]) : 0;
      c = (next & 0xC0) == 0x80 ? (c << 6) | (next & 0x3F) : -1;
    }
    if (c >= 0 && u_isspace(c)) out.replace(i, length, length, ' ');
    i += c >= 0 ? length : 1;
  }
  return out;
}

}  // namespace extract_plan::text
