#include "text/spell.h"

#include <string>

namespace extract_plan::text {
namespace {

// Every word of Hunspell's British English dictionary in every form its affixes make, one a
// line in byte order, written at build time by cmake/english_words.sh. A constant array: no
// start-up cost, no relocation, and a lookup reads a score of its pages.
// One literal of five megabytes: C++ asks compilers to take 65,536 characters, and GCC and
// Clang take any length.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
constexpr char words[] =
#include "text/english_words.inc"
    ;
#pragma GCC diagnostic pop
constexpr std::string_view word_list(words, sizeof words - 1);

// Returns the start of the line holding byte `at` of the list.
std::size_t line_start(std::size_t at) {
  const std::size_t newline = word_list.rfind('\n', at == 0 ? 0 : at - 1);
  return at == 0 || newline == std::string_view::npos ? 0 : newline + 1;
}

bool listed(std::string_view word) {
  std::size_t low = 0, high = word_list.size();  // lines starting in [low, high)
  while (low < high) {
    const std::size_t start = line_start(low + (high - low) / 2);
    const std::size_t end = word_list.find('\n', start);
    const std::string_view entry = word_list.substr(start, end - start);
    if (entry == word) return true;
    if (entry < word) {
      low = end + 1;
    } else {
      high = start;
    }
  }
  return false;
}

}  // namespace

bool is_english_word(std::string_view word) {
  if (word.empty() || word.find('\n') != std::string_view::npos) return false;
  if (listed(word)) return true;
  // As Hunspell does, a word in capitals or capitalised at a sentence start is the word.
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (lower != word && listed(lower)) return true;
  std::string capitalised = lower;
  if (!capitalised.empty() && capitalised[0] >= 'a' && capitalised[0] <= 'z') {
    capitalised[0] = static_cast<char>(capitalised[0] - 'a' + 'A');
  }
  return capitalised != word && listed(capitalised);
}

}  // namespace extract_plan::text
