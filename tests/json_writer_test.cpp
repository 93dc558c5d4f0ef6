#include <doctest/doctest.h>

#include <locale>
#include <nlohmann/json.hpp>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;

namespace {

document one_record_document() {
  document doc;
  doc.source = {"appendix1.pdf", 6, "ab"};
  doc.title = "ACTION PLAN";
  doc.tables.push_back({{1, 2},
                        {{"", field::number},
                         {"RECOMMENDATION", field::recommendation},
                         {"Measure", field::other}}});
  record r;
  r.number = "2";
  r.recommendation = "That progress";
  r.lead_officer = parse_officer("Natalie McGrath PHSE Co-ordinator");
  r.deadline = parse_deadline("Ongoing 28 February 2023");
  r.other.emplace_back("Measure", "fewer cases");
  r.pages = {1, 2};
  doc.records.push_back(r);
  doc.diagnostics.push_back({"date.no_year", 3, "\"5 January\" has no year"});
  return doc;
}

}  // namespace

TEST_SUITE("json_writer") {
  TEST_CASE("writes the schema version 1 keys in their fixed order") {
    const std::string text = to_json(one_record_document());
    const auto j = nlohmann::ordered_json::parse(text);
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"schema_version", "source", "title", "tables", "records",
                                           "diagnostics"});
    CHECK(j["schema_version"] == 1);
    const auto& r = j["records"][0];
    std::vector<std::string> record_keys;
    for (auto it = r.begin(); it != r.end(); ++it) record_keys.push_back(it.key());
    CHECK(record_keys == std::vector<std::string>{"table", "index", "number", "recommendation",
                                                  "action", "response", "lead_officer", "deadline",
                                                  "status", "state", "rag", "progress", "section",
                                                  "other", "pages"});
  }

  TEST_CASE("writes typed values, nulls and pages") {
    const auto j = nlohmann::json::parse(to_json(one_record_document()));
    const auto& r = j["records"][0];
    CHECK(r["action"] == "");
    CHECK(r["section"].is_null());
    CHECK(r["lead_officer"]["people"][0]["name"] == "Natalie McGrath");
    CHECK(r["deadline"]["status"] == "ongoing");
    CHECK(r["deadline"]["dates"][0]["start"] == "2023-02-28");
    CHECK(r["other"]["Measure"] == "fewer cases");
    CHECK(r["pages"] == nlohmann::json::array({1, 2}));
    CHECK(j["tables"][0]["columns"][0]["field"] == "number");
    CHECK(j["tables"][0]["columns"][2]["field"] == "other");
    CHECK(j["diagnostics"][0]["code"] == "date.no_year");
    CHECK(j["diagnostics"][0]["page"] == 3);
  }

  TEST_CASE("writes filled fields and footnotes only on the records that have them") {
    document doc = one_record_document();
    doc.records.push_back(doc.records.front());
    doc.records[1].filled = {"number", "recommendation"};
    doc.records[1].footnotes = {{"2", 1, "Subject to Cabinet approval."}};
    const auto j = nlohmann::json::parse(to_json(doc));
    CHECK_FALSE(j["records"][0].contains("filled"));
    CHECK_FALSE(j["records"][0].contains("footnotes"));
    CHECK(j["records"][1]["filled"] == nlohmann::json::array({"number", "recommendation"}));
    CHECK(j["records"][1]["footnotes"][0]["marker"] == "2");
    CHECK(j["records"][1]["footnotes"][0]["page"] == 1);
    CHECK(j["records"][1]["footnotes"][0]["text"] == "Subject to Cabinet approval.");
  }

  TEST_CASE("writes the same bytes whatever the global locale says of numbers") {
    // A locale that writes 1234.5 as "1.234,5": decimal comma, thousands grouped by dots.
    struct german_numbers : std::numpunct<char> {
      char do_decimal_point() const override { return ','; }
      char do_thousands_sep() const override { return '.'; }
      std::string do_grouping() const override { return "\3"; }
    };
    const std::locale before =
        std::locale::global(std::locale(std::locale::classic(), new german_numbers));
    document doc;
    doc.source = {"a.pdf", 1234, "00"};
    doc.grids.push_back({{1, 2}, 0, {{{"x", {{1, 1234.5, 10, 2000.25, 20}}}}}});
    doc.records.push_back({});
    doc.records[0].index = 1000;
    doc.records[0].pages = {1, 2};
    const std::string tables = to_tables_json(doc, json_layout::one_line);
    const std::string records = to_json(doc, json_layout::one_line);
    const std::string listing = to_listing(doc);
    std::locale::global(before);
    CHECK(tables ==
          R"({"schema_version":1,"source":{"file":"a.pdf","pages":1234,"sha256":"00"},)"
          R"("tables":[{"pages":[1,2],"header_rows":0,"rows":[["x"]],)"
          R"("cells":[[[{"page":1,"box":[1234.5,10.0,2000.25,20.0]}]]]}],"diagnostics":[]})");
    CHECK(records.find(R"("index":1000,)") != std::string::npos);
    CHECK(records.find(R"("pages":1234,)") != std::string::npos);
    CHECK(listing.find("1 record in 0 tables") != std::string::npos);
  }

  TEST_CASE("replaces invalid UTF-8 with U+FFFD") {
    document doc;
    doc.title = "bad \xFF byte";
    const std::string text = to_json(doc, json_layout::one_line);
    CHECK(text.find("\"title\":\"bad \xEF\xBF\xBD byte\"") != std::string::npos);
  }

  TEST_CASE("one_line writes the whole document on one line, for JSON Lines") {
    document doc;
    doc.source = {"a.pdf", 2, "00"};
    doc.title = "T";
    doc.diagnostics.push_back({diag::table_none, 0, "none"});
    CHECK(to_json(doc, json_layout::one_line) ==
          R"({"schema_version":1,"source":{"file":"a.pdf","pages":2,"sha256":"00"},)"
          R"("title":"T","tables":[],"records":[],)"
          R"("diagnostics":[{"code":"table.none","page":0,"message":"none"}]})");
  }

  TEST_CASE("an input that failed has an entry of its own") {
    CHECK(error_json("x.pdf", "not_a_pdf", "not a PDF", json_layout::one_line) ==
          R"({"schema_version":1,"source":{"file":"x.pdf"},)"
          R"("error":{"code":"not_a_pdf","message":"not a PDF"}})");
    CHECK(error_json("x.pdf", "crashed", "died") ==
          "{\n  \"schema_version\": 1,\n  \"source\": {\n    \"file\": \"x.pdf\"\n  },\n"
          "  \"error\": {\n    \"code\": \"crashed\",\n    \"message\": \"died\"\n  }\n}");
  }
}
