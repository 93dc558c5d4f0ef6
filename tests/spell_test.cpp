// The English word list, built from Hunspell's British English dictionary.
#include "text/spell.h"

#include <doctest/doctest.h>

using extract_plan::text::is_english_word;

TEST_SUITE("spell") {
  TEST_CASE("knows words in every form, capitalised or in capitals") {
    for (const char* w :
         {"commissioned", "Commenced", "COMMENCED", "district", "Outcome", "recommendation",
          "prevalence", "co-ordinator", "organisation", "a", "I", "colour", "programme"}) {
      CAPTURE(w);
      CHECK(is_english_word(w));
    }
  }

  TEST_CASE("does not know fragments, misspellings or nothing") {
    for (const char* w : {"commissione", "Distri", "mendation", "Preva", "ct", "recom",
                          "lowerlevel", "", "commiss\nioned", "zzzz"}) {
      CAPTURE(w);
      CHECK_FALSE(is_english_word(w));
    }
  }
}
