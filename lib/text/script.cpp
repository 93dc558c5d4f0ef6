#include "text/script.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace extract_plan::text {
namespace {

// Decodes `s` into code points; a malformed byte becomes U+FFFD.
std::vector<UChar32> code_points(std::string_view s) {
  std::vector<UChar32> out;
  out.reserve(s.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    out.push_back(c < 0 ? 0xFFFD : c);
  }
  return out;
}

std::string to_utf8(const std::vector<UChar32>& points) {
  std::string out;
  for (const UChar32 c : points) {
    std::uint8_t buffer[U8_MAX_LENGTH];
    std::int32_t n = 0;
    UBool failed = false;
    U8_APPEND(buffer, n, U8_MAX_LENGTH, c, failed);
    if (!failed) out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
  }
  return out;
}

bool is_right_to_left(UChar32 c) {
  const UCharDirection d = u_charDirection(c);
  return d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC;
}

// Characters that go on left to right inside a right-to-left word: letters of a
// left-to-right script and digits.
bool reads_on(UChar32 c) {
  const UCharDirection d = u_charDirection(c);
  return d == U_LEFT_TO_RIGHT || d == U_EUROPEAN_NUMBER || d == U_ARABIC_NUMBER;
}

// Returns true for a mark that goes with the letter before it (a Hebrew vowel point, an
// Arabic haraka): it is drawn with its letter, and stays after it when the word turns.
bool is_mark(UChar32 c) { return (U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_ME_MASK)) != 0; }

// A right-to-left word as it is read: its letters (each with its marks) from the right, but
// for the runs that read on left to right; mirrored characters (brackets) mirrored.
std::string word_in_reading_order(std::string_view printed) {
  std::vector<std::vector<UChar32>> letters;
  for (const UChar32 c : code_points(printed)) {
    if (is_mark(c) && !letters.empty()) {
      letters.back().push_back(c);
    } else {
      letters.push_back({c});
    }
  }
  std::reverse(letters.begin(), letters.end());
  const auto reads_on_letter = [](const std::vector<UChar32>& l) { return reads_on(l.front()); };
  for (auto run = letters.begin(); run != letters.end();) {
    if (!reads_on_letter(*run)) {
      run->front() = u_charMirror(run->front());
      ++run;
      continue;
    }
    const auto end = std::find_if_not(run, letters.end(), reads_on_letter);
    std::reverse(run, end);
    run = end;
  }
  std::vector<UChar32> points;
  for (const auto& l : letters) points.insert(points.end(), l.begin(), l.end());
  return to_utf8(points);
}

enum class direction { neutral, left_to_right, right_to_left };

direction direction_of(std::string_view word) {
  for (const UChar32 c : code_points(word)) {
    if (is_right_to_left(c)) return direction::right_to_left;
    if (u_charDirection(c) == U_LEFT_TO_RIGHT) return direction::left_to_right;
  }
  return direction::neutral;
}

// Reverses, in `order`, each run that starts and ends with a word of direction `d` and holds
// no word of the other direction between.
void reverse_runs(std::vector<std::size_t>& order, const std::vector<direction>& of, direction d) {
  const direction other =
      d == direction::right_to_left ? direction::left_to_right : direction::right_to_left;
  std::size_t i = 0;
  while (i < order.size()) {
    if (of[order[i]] != d) {
      ++i;
      continue;
    }
    std::size_t last = i;
    for (std::size_t j = i + 1; j < order.size() && of[order[j]] != other; ++j) {
      if (of[order[j]] == d) last = j;
    }
    std::reverse(order.begin() + static_cast<long>(i), order.begin() + static_cast<long>(last) + 1);
    i = last + 1;
  }
}

}  // namespace

bool has_right_to_left(std::string_view s) {
  // Every such letter is at U+0590 or above: a text of plain ASCII and Latin is passed over
  // without decoding.
  const bool maybe = std::any_of(s.begin(), s.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b >= 0xD6 && b <= 0xDF) || b == 0xE0 || b == 0xEF || b == 0xF0;
  });
  if (!maybe) return false;
  const std::vector<UChar32> points = code_points(s);
  return std::any_of(points.begin(), points.end(), is_right_to_left);
}

std::string in_reading_order(const std::vector<std::string_view>& words) {
  std::vector<direction> of;
  of.reserve(words.size());
  std::size_t left = 0, right = 0;
  for (const std::string_view w : words) {
    of.push_back(has_right_to_left(w) ? direction::right_to_left : direction_of(w));
    left += of.back() == direction::left_to_right;
    right += of.back() == direction::right_to_left;
  }
  std::vector<std::size_t> order(words.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (right > left) {
    std::reverse(order.begin(), order.end());
    reverse_runs(order, of, direction::left_to_right);
  } else if (right > 0) {
    reverse_runs(order, of, direction::right_to_left);
  }
  std::string out;
  for (const std::size_t i : order) {
    if (!out.empty()) out.push_back(' ');
    if (of[i] == direction::right_to_left) {
      out += word_in_reading_order(words[i]);
    } else {
      out += words[i];
    }
  }
  return out;
}

std::size_t count_unreadable(std::string_view s) {
  const bool maybe = std::any_of(s.begin(), s.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x20 || b == 0x7F || b >= 0x80;
  });
  if (!maybe) return 0;
  std::size_t n = 0;
  for (const UChar32 c : code_points(s)) {
    n += c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) ||
         c >= 0xF0000;
  }
  return n;
}

std::size_t count_code_points(std::string_view s) {
  // Every byte but a continuation byte starts a code point.
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace extract_plan::text
