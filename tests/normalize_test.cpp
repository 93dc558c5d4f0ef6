#include "text/normalize.h"

#include <doctest/doctest.h>

using namespace extract_plan::text;

TEST_SUITE("normalize") {
  TEST_CASE("expands ligatures and removes invisible characters") {
    CHECK(clean_text("\xEF\xAC\x81nance") == "finance");        // ﬁ
    CHECK(clean_text("co\xC2\xADordinator") == "coordinator");  // soft hyphen
    CHECK(clean_text("a\xE2\x80\x8B"
                     "b") == "ab");  // zero-width space
    CHECK(clean_text("28\xC2\xA0"
                     "February") == "28 February");  // no-break space
  }

  TEST_CASE("keeps curly quotes and dashes as printed") {
    CHECK(clean_text("months\xE2\x80\x99 time \xE2\x80\x93 soon") ==
          "months\xE2\x80\x99 time \xE2\x80\x93 soon");
  }

  TEST_CASE("composes to NFC") { CHECK(clean_text("Zoe\xCC\x88") == "Zo\xC3\xAB"); }

  TEST_CASE("collapses white space") { CHECK(collapse_spaces("  a \t b\n c  ") == "a b c"); }

  TEST_CASE("folds labels to comparable keys") {
    CHECK(fold_key("LEAD  OFFICER:") == "lead officer");
    CHECK(fold_key("Lead Officer/Owner") == "lead officer owner");
    CHECK(fold_key("No.") == "no");
    CHECK(fold_key("STRASSE") == fold_key("stra\xC3\x9F"
                                          "e"));
  }
}
