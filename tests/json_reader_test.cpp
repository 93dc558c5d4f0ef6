// The JSON contract read back (a document read in a helper process reaches a C++ caller so):
// every sample's JSON, and its tables' JSON, read and written again is the same text.
#include "output/json_reader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;

TEST_SUITE("json_reader") {
  TEST_CASE("every sample's JSON and tables' JSON read back write the same text") {
    namespace fs = std::filesystem;
    int read = 0;
    for (const char* folder : {EXTRACT_PLAN_SAMPLES, EXTRACT_PLAN_SAMPLES "/corpus"}) {
      for (const fs::directory_entry& e : fs::directory_iterator(folder)) {
        if (e.path().extension() != ".pdf") continue;
        CAPTURE(e.path().string());
        options opts;
        opts.grids = true;
        const document doc = extract_file(e.path().string(), opts);
        const document back = document_from_json(to_json(doc), to_tables_json(doc));
        CHECK(to_json(back) == to_json(doc));
        CHECK(to_tables_json(back) == to_tables_json(doc));
        CHECK(back.records.size() == doc.records.size());
        ++read;
      }
    }
    CHECK(read >= 36);
  }

  TEST_CASE("text that is not the contract is refused") {
    CHECK_THROWS_AS(document_from_json("{}"), std::invalid_argument);
    CHECK_THROWS_AS(document_from_json("[1, 2]"), std::invalid_argument);
    CHECK_THROWS_AS(document_from_json("not json"), std::invalid_argument);
  }
}
