// Reading order of right-to-left words, and the characters no font mapped.
#include "text/script.h"

#include <doctest/doctest.h>

using namespace extract_plan::text;

TEST_SUITE("script") {
  TEST_CASE("right-to-left letters are found, and plain text passes untouched") {
    CHECK(has_right_to_left("מרץ 2025"));
    CHECK(has_right_to_left("مارس"));
    CHECK(has_right_to_left("\uFEFB"));  // an Arabic presentation form (lam-alef)
    CHECK_FALSE(has_right_to_left("Head of Service – Zoë Brontë"));
    CHECK_FALSE(has_right_to_left("Ελληνικά и кириллица"));
    CHECK_FALSE(has_right_to_left(""));
  }

  TEST_CASE("a line is read in its words' order, a right-to-left word from its right") {
    struct example {
      std::vector<std::string_view> printed;  // left to right as on the page
      const char* read;
    };
    const example examples[] = {
        // Left to right: nothing to do.
        {{"Review", "the", "policy"}, "Review the policy"},
        // One Hebrew word printed from its right: "plan" is תוכנית.
        {{"תינכות"}, "תוכנית"},
        // A Hebrew phrase: its words from the right, each from its right.
        {{"הלועפ", "תינכות"}, "תוכנית פעולה"},
        // A Hebrew month and a year: the number reads on left to right.
        {{"2025", "ץרמ"}, "מרץ 2025"},
        // English around Hebrew and Arabic: only the runs of right-to-left words turn.
        {{"Leaflets", "in", "תירבע", "and", "ةيبرعلا"}, "Leaflets in עברית and العربية"},
        {{"in", "Hebrew:", "הלועפ", "תינכות", "today"}, "in Hebrew: תוכנית פעולה today"},
        // Digits inside a right-to-left word read on; brackets turn to face the other way.
        {{"(ץרמ)"}, "(מרץ)"},
        {{"12ץרמ"}, "מרץ12"},
        // A vowel point stays after its letter: shin with its dot, printed shin first.
        {{"\u05DD\u05D5\u05DC\u05E9\u05C1"}, "\u05E9\u05C1\u05DC\u05D5\u05DD"},
        // Mostly right to left, with an English name in it that keeps its own order.
        {{"הלועפ", "Jo", "Bloggs", "לש", "תינכות"}, "תוכנית של Jo Bloggs פעולה"},
        {{}, ""},
    };
    for (const example& e : examples) {
      CAPTURE(std::string(e.read));
      CHECK(in_reading_order(e.printed) == e.read);
    }
  }

  TEST_CASE("control, replacement and private-use characters are unreadable") {
    CHECK(count_unreadable("Review the policy") == 0);
    CHECK(count_unreadable("Zoë – “quoted” • ✓") == 0);
    CHECK(count_unreadable("\x01\x02\x1f") == 3);
    CHECK(count_unreadable("a\u0085b\uFFFDc") == 2);
    CHECK(count_unreadable("\uF0B7 item") == 1);  // a Symbol font's bullet
    CHECK(count_unreadable("\xFF") == 1);         // malformed: U+FFFD
    CHECK(count_code_points("Zoë €5") == 6);
    CHECK(count_code_points("") == 0);
  }
}
