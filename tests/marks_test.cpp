#include "layout/marks.h"

#include <doctest/doctest.h>

#include "layout/lines.h"
#include "page_builder.h"

using namespace extract_plan;
using extract_plan::testing::page_builder;

namespace {

// A word at x, with its baseline and size, as the page reads it.
word word_at(const std::string& text, double x, double baseline, double size) {
  word w;
  w.text = text;
  const double width = 0.5 * size * static_cast<double>(text.size());
  w.bounds = {x, baseline - 0.8 * size, x + width, baseline + 0.2 * size};
  w.baseline = baseline;
  w.font_size = size;
  return w;
}

}  // namespace

TEST_SUITE("marks") {
  TEST_CASE("a small raised figure after a word is its footnote marker, not text") {
    // "June 2026" in 11pt, and a 6pt "2" raised 4pt just after it.
    std::vector<word> words = {word_at("June", 100, 200, 11), word_at("2026", 128, 200, 11),
                               word_at("2", 150.2, 196, 6)};
    const std::vector<word> out = layout::attach_marks(words);
    REQUIRE(out.size() == 2);
    CHECK(out[1].text == "2026");
    CHECK(out[1].marks == std::vector<std::string>{"2"});
  }

  TEST_CASE("punctuation after a marker closes up to the word") {
    std::vector<word> words = {word_at("pumps", 100, 200, 11), word_at("1", 127.5, 196, 7),
                               word_at(".", 130, 200, 11)};
    const std::vector<word> out = layout::attach_marks(words);
    REQUIRE(out.size() == 1);
    CHECK(out[0].text == "pumps.");
    CHECK(out[0].marks == std::vector<std::string>{"1"});
  }

  TEST_CASE("a figure on the baseline, or in the same type, is text") {
    std::vector<word> words = {word_at("June", 100, 200, 11), word_at("2", 125, 200, 11),
                               word_at("2026", 100, 230, 11), word_at("3", 123, 227, 10)};
    const std::vector<word> out = layout::attach_marks(words);
    CHECK(out.size() == 4);
  }

  TEST_CASE("superscript digits ending a word are a marker, a unit's are not") {
    std::vector<word> words = {word_at("2026\u00b2", 100, 200, 11), word_at("500m", 100, 230, 11),
                               word_at("m\u00b2", 130, 230, 11)};
    const std::vector<word> out = layout::attach_marks(words);
    CHECK(out[0].text == "2026");
    CHECK(out[0].marks == std::vector<std::string>{"2"});
    CHECK(out[2].text == "m\u00b2");
    CHECK(out[2].marks.empty());
  }

  TEST_CASE("punctuation after superscript digits stays, and a unit's raised figure is no marker") {
    std::vector<word> words = {word_at("2026\u00b2,", 100, 200, 11),
                               word_at("500m\u00b2", 100, 230, 11), word_at("m", 100, 260, 11),
                               word_at("2", 106, 256, 6)};
    const std::vector<word> out = layout::attach_marks(words);
    REQUIRE(out.size() == 4);
    CHECK(out[0].text == "2026,");
    CHECK(out[0].marks == std::vector<std::string>{"2"});
    CHECK(out[1].text == "500m\u00b2");
    CHECK(out[2].marks.empty());
  }

  TEST_CASE("thousands of markers at one spot are looked at a few at a time") {
    // A page built to make every marker look at every word: all at one place.
    std::vector<word> words;
    for (int i = 0; i < 20000; ++i) {
      words.push_back(word_at("Host", 100, 200, 11));
      words.push_back(word_at("1", 122, 196, 6));
    }
    // The call comes back (in milliseconds; each marker looks at 64 words at most), losing
    // no word but those it takes as markers.
    const std::vector<word> out = layout::attach_marks(words);
    CHECK(out.size() <= words.size());
    CHECK(out.size() >= words.size() / 2);
  }

  TEST_CASE("the footnotes are the small lines that end the page, each from its marker") {
    auto p = page_builder(1, 595, 842)
                 .text(50, 100, "Body text of the page in eleven point type.", 11)
                 .text(50, 700, "7 Date of the Employment Committee meeting; the policy", 8)
                 .text(50, 710, "would take effect from 1 October 2026.", 8)
                 .text(50, 720, "8 As recorded in the 2021 Census.", 8)
                 .build();
    const auto lines = layout::build_lines(p.words);
    const layout::footnote_area area = layout::find_footnotes(lines, 11, 2);
    REQUIRE(area.notes.size() == 2);
    CHECK(area.notes[0].marker == "7");
    CHECK(area.notes[0].text ==
          "Date of the Employment Committee meeting; the policy would take effect from 1 "
          "October 2026.");
    CHECK(area.notes[1].text == "As recorded in the 2021 Census.");
    CHECK(area.notes[1].page == 2);
    CHECK(area.top == doctest::Approx(700 - 0.8 * 8));
  }

  TEST_CASE("small lines in columns, or with text below them, are no footnotes") {
    auto p = page_builder(1, 595, 842)
                 .text(50, 700, "1 That the council", 8)
                 .text(300, 700, "Head of Service", 8)
                 .build();
    CHECK(layout::find_footnotes(layout::build_lines(p.words), 11, 1).notes.empty());
    auto q = page_builder(1, 595, 842)
                 .text(50, 700, "1 A note in small type.", 8)
                 .text(50, 720, "Then prose again in the page's own type.", 11)
                 .build();
    CHECK(layout::find_footnotes(layout::build_lines(q.words), 11, 1).notes.empty());
  }
}
