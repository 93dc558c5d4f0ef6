// compare_json, which `extract-plan verify` prints: every value that differs, by its path.
#include <doctest/doctest.h>

#include <stdexcept>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;

TEST_SUITE("compare_json") {
  TEST_CASE("names the path of each value that differs") {
    const auto d =
        compare_json(R"({"records": [{"a": 1}, {"deadline": {"dates": [{"end": "x"}]}}]})",
                     R"({"records": [{"a": 1}, {"deadline": {"dates": [{"end": "y"}]}}]})");
    REQUIRE(d.size() == 1);
    CHECK(d[0].path == "records[1].deadline.dates[0].end");
    CHECK(d[0].expected == "\"x\"");
    CHECK(d[0].actual == "\"y\"");
  }

  TEST_CASE("reports keys and array entries missing on either side") {
    const auto d = compare_json(R"({"a": [1, 2], "b": 1})", R"({"a": [1], "c": null})");
    REQUIRE(d.size() == 3);
    CHECK(d[0].path == "a[1]");
    CHECK(d[0].actual == "(absent)");
    CHECK(d[1].path == "b");
    CHECK(d[2].path == "c");
    CHECK(d[2].expected == "(absent)");
  }

  TEST_CASE("ignores a key by its path, or with [] for every index, and all below it") {
    const char* a =
        R"({"source": {"sha256": "1"}, "records": [{"pages": [1, 2]}, {"pages": [3, 3]}]})";
    const char* b =
        R"({"source": {"sha256": "2"}, "records": [{"pages": [1, 3]}, {"pages": [4, 4]}]})";
    CHECK(compare_json(a, b).size() == 4);
    CHECK(compare_json(a, b, {"source.sha256"}).size() == 3);
    CHECK(compare_json(a, b, {"source.sha256", "records[].pages"}).empty());
    CHECK(compare_json(a, b, {"source", "records[0].pages"}).size() == 2);
  }

  TEST_CASE("layout and key order are no difference, but a type is") {
    CHECK(compare_json("{\"a\":1,\"b\":[true]}", "{\n  \"b\": [true],\n  \"a\": 1\n}").empty());
    CHECK(compare_json("{\"a\": 1}", "{\"a\": \"1\"}").size() == 1);
  }

  TEST_CASE("throws on text that is not JSON") {
    CHECK_THROWS_AS(compare_json("{", "{}"), std::invalid_argument);
    CHECK_THROWS_AS(compare_json("{}", "nope"), std::invalid_argument);
  }

  TEST_CASE("refuses text nested more than 64 deep, however deep, without recursing into it") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    CHECK_THROWS_WITH_AS(compare_json(deep, "[]"), "the expected text is nested more than 64 deep",
                         std::invalid_argument);
    const std::string deep_object = std::string(65, '[') + std::string(65, ']');
    CHECK_THROWS_AS(compare_json("{}", "{\"a\": " + deep_object + "}"), std::invalid_argument);
    const std::string just_deep_enough = std::string(64, '[') + std::string(64, ']');
    CHECK(compare_json(just_deep_enough, just_deep_enough).empty());
  }
}
