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

  TEST_CASE("the matching form: as long as the text, lower case, spaces beyond ASCII plain") {
    const std::string text = "End\u2009MARCH\u00A0Caf\xC3\xA9 \xFF";
    const std::string form = matching_form(text);
    CHECK(form.size() == text.size());
    CHECK(form == "end   march  caf\xC3\xA9 \xFF");  // é stays é, a stray byte stays
  }

  TEST_CASE("name words, table-driven") {
    const std::pair<const char*, bool> cases[] = {
        {"Natalie", true},      {"McGrath", true},
        {"MacDonald", true},    {"Mack", true},
        {"O'Neill", true},      {"O\u2019Neill", true},
        {"Smith-Jones", true},  {"Zo\xC3\xAB", true},
        {"\xC3\x89mile", true}, {"J.", true},
        {"Mc", true},           {"NHS", false},
        {"natalie", false},     {"Smith-", false},
        {"-Smith", false},      {"A", false},
        {"J", false},           {"O'", false},
        {"2024", false},        {"", false},
        {"McGRATH", false},     {"Smith--Jones", false},
        {"Ab.", false},         {"\xCE\xA3\xCF\x89", true}};
    for (const auto& [word, expected] : cases) {
      const std::string text = word;
      CAPTURE(text);
      CHECK(is_name_word(word) == expected);
    }
  }

  TEST_CASE("collapses white space") { CHECK(collapse_spaces("  a \t b\n c  ") == "a b c"); }

  TEST_CASE("folds labels to comparable keys") {
    CHECK(fold_key("LEAD  OFFICER:") == "lead officer");
    CHECK(fold_key("Lead Officer/Owner") == "lead officer owner");
    CHECK(fold_key("No.") == "no");
    CHECK(fold_key("STRASSE") == fold_key("stra\xC3\x9F"
                                          "e"));
  }
}

TEST_SUITE("normalize") {
  TEST_CASE("cleans printed text, table-driven") {
    struct example {
      const char* printed;
      const char* clean;
    };
    const example examples[] = {
        {"\xEF\xAC\x80"
         "ect",
         "ffect"},  // ﬀ
        {"\xEF\xAC\x82"
         "ow",
         "flow"},  // ﬂ
        {"e\xEF\xAC\x83"
         "cient",
         "efficient"},            // ﬃ
        {"\xEF\xAC\x84", "ffl"},  // ﬄ
        {"soft\xC2\xAD"
         "hyphen",
         "softhyphen"},  // soft hyphen
        {"zero\xE2\x80\x8C"
         "width",
         "zerowidth"},  // ZWNJ
        {"zero\xE2\x80\x8D"
         "joiner",
         "zerojoiner"},  // ZWJ
        {"word\xE2\x81\xA0"
         "joiner",
         "wordjoiner"},  // word joiner
        {"\xEF\xBB\xBF"
         "bom",
         "bom"},  // BOM
        {"narrow\xE2\x80\xAF"
         "space",
         "narrow space"},  // narrow no-break space
        {"figure\xE2\x80\x87"
         "space",
         "figure space"},  // figure space
        {"\xE2\x80\x9C"
         "quoted\xE2\x80\x9D",
         "\xE2\x80\x9C"
         "quoted\xE2\x80\x9D"},  // “ ” kept
        {"em\xE2\x80\x94"
         "dash",
         "em\xE2\x80\x94"
         "dash"},                         // — kept
        {"Cafe\xCC\x81", "Caf\xC3\xA9"},  // NFC
        {"plain", "plain"},
    };
    for (const example& e : examples) {
      const std::string printed = e.printed;
      CAPTURE(printed);
      CHECK(clean_text(e.printed) == e.clean);
    }
  }

  TEST_CASE("header keys fold case the ICU way, table-driven") {
    struct example {
      const char* header;
      const char* key;
    };
    const example examples[] = {
        {"LEAD OFFICER", "lead officer"},
        {"Lead  Officer:", "lead officer"},
        {"Target date (by when?)", "target date by when"},
        {"RAG / Status", "rag status"},
        {"\xC3\x84NDERUNG", "\xC3\xA4nderung"},  // Ä folds to ä
        {"Progress\xC2\xA0update", "progress update"},
        {"No.", "no"},
        {"#", "#"},
    };
    for (const example& e : examples) {
      const std::string header = e.header;
      CAPTURE(header);
      CHECK(fold_key(e.header) == e.key);
    }
  }
}
