// The words of Status, RAG and response cells: a RAG rating, and the decision a response
// records. Like the deadline grammar, each pattern reads the text in lower case as bytes.
#include "fields/status.h"

#include <algorithm>
#include <boost/regex.hpp>
#include <cmath>
#include <string>

#include "text/normalize.h"
#include "text/pattern.h"

namespace extract_plan {
namespace {

std::string cleaned(std::string_view raw) { return text::collapse_spaces(text::clean_text(raw)); }

// The first colour named, by its whole word.
std::optional<rag_rating> colour_word(const std::string& form) {
  static const boost::regex colours = text::byte_pattern("\\b(?:(red)|(amber)|(green)|(blue))\\b");
  boost::smatch m;
  if (!boost::regex_search(form, m, colours)) return std::nullopt;
  for (int g = 1; g <= 4; ++g) {
    if (m[g].matched) return static_cast<rag_rating>(g - 1);
  }
  return std::nullopt;
}

// A colour's capital alone, or first before a separator: "G", "A/G", "R - behind". Only as
// printed in capitals: "A review" starts with an article.
std::optional<rag_rating> colour_letter(const std::string& text) {
  static const boost::regex letter =
      text::byte_pattern("^([RAGB])(?:\\s*(?:[/:,\\-]|\\xE2\\x80\\x93)|$)");
  boost::smatch m;
  if (!boost::regex_search(text, m, letter)) return std::nullopt;
  switch (m[1].str()[0]) {
    case 'R':
      return rag_rating::red;
    case 'A':
      return rag_rating::amber;
    case 'G':
      return rag_rating::green;
    default:
      return rag_rating::blue;
  }
}

}  // namespace

namespace fields {

std::optional<rag_rating> rag_of_colour(const colour& c) {
  const double high = std::max({c.red, c.green, c.blue});
  const double low = std::min({c.red, c.green, c.blue});
  // A colour to rate: bright enough, and far enough from grey (saturation, as in HSV).
  if (high < 0.35 || high - low < 0.35 * high) return std::nullopt;
  double hue = 0;  // degrees
  if (high == c.red) {
    hue = 60 * std::fmod((c.green - c.blue) / (high - low) + 6, 6);
  } else if (high == c.green) {
    hue = 60 * ((c.blue - c.red) / (high - low) + 2);
  } else {
    hue = 60 * ((c.red - c.green) / (high - low) + 4);
  }
  if (hue < 15 || hue >= 340) return rag_rating::red;
  if (hue < 65) return rag_rating::amber;
  if (hue >= 75 && hue < 170) return rag_rating::green;
  if (hue >= 185 && hue < 260) return rag_rating::blue;
  return std::nullopt;
}

}  // namespace fields

const char* to_string(rag_rating rating) noexcept {
  switch (rating) {
    case rag_rating::red:
      return "red";
    case rag_rating::amber:
      return "amber";
    case rag_rating::green:
      return "green";
    case rag_rating::blue:
      return "blue";
  }
  return "";
}

const char* to_string(decision d) noexcept {
  switch (d) {
    case decision::accepted:
      return "accepted";
    case decision::partially_accepted:
      return "partially_accepted";
    case decision::rejected:
      return "rejected";
    case decision::noted:
      return "noted";
  }
  return "";
}

std::optional<rag_rating> parse_rag(std::string_view raw) {
  const std::string text = cleaned(raw);
  if (const auto letter = colour_letter(text)) return letter;
  return colour_word(text::matching_form(text));
}

response_value parse_response(std::string_view raw) {
  response_value out;
  out.text = cleaned(raw);
  // At each place the longest reading first: "partially agreed" before "agreed", "not
  // accepted" before "accepted". "Yes" and "No" count only as the cell's first word.
  static const boost::regex words = text::byte_pattern(
      "^(?:(yes)|(no))\\b|\\b(?:((?:partially|partly)\\s+(?:accepted|agreed|supported)|"
      "(?:accepted|agreed|supported)\\s+in\\s+part|in\\s+part|partial)"
      "|(not\\s+(?:(?:yet|fully|currently|wholly)\\s+)?(?:accepted|agreed|supported)|rejected|"
      "declined|refused)"
      "|(accepted|agreed|approved|supported)|(noted))\\b");
  const std::string form = text::matching_form(out.text);
  boost::smatch m;
  if (!boost::regex_search(form, m, words)) return out;
  const decision by_group[] = {decision::accepted, decision::rejected, decision::partially_accepted,
                               decision::rejected, decision::accepted, decision::noted};
  for (int g = 1; g <= 6; ++g) {
    if (m[g].matched) out.value = by_group[g - 1];
  }
  return out;
}

}  // namespace extract_plan
