// The generated sample corpus (samples/corpus): every PDF's records must match its truth file,
// which was written from the source content and checked against the page images. One ctest
// entry a sample (tests/CMakeLists.txt): the entry names the truth file in
// EXTRACT_PLAN_TRUTH, so a failure names its sample.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;
using nlohmann::json;

namespace {

// Returns the text a record holds for the column with this header.
std::string cell_of(const document& doc, const record& r, const std::string& header) {
  const plan_table& t = doc.tables.at(static_cast<std::size_t>(r.table));
  for (const column& c : t.columns) {
    if (c.header != header) continue;
    switch (c.role) {
      case field::number:
        return r.number;
      case field::recommendation:
        return r.recommendation;
      case field::action:
        return r.action;
      case field::lead_officer:
        return r.lead_officer.text;
      case field::deadline:
        return r.deadline.text;
      case field::status:
        return r.status;
      case field::progress:
        return r.progress;
      case field::response:
        return r.response.text;
      case field::other:
        for (const auto& [h, value] : r.other) {
          if (h == header) return value;
        }
        return "<no such other column>";
    }
  }
  return "<no column '" + header + "'>";
}

// Returns the key a record's `filled` names the column with this header by.
std::string key_of(const document& doc, const record& r, const std::string& header) {
  for (const column& c : doc.tables.at(static_cast<std::size_t>(r.table)).columns) {
    if (c.header == header) return c.role == field::other ? header : to_string(c.role);
  }
  return "<no column '" + header + "'>";
}

}  // namespace

TEST_SUITE("sample_corpus") {
  TEST_CASE("the sample's records match its truth file") {
    const char* named = std::getenv("EXTRACT_PLAN_TRUTH");
    REQUIRE(named != nullptr);
    const std::vector<std::filesystem::path> files{named};
    for (const auto& truth_path : files) {
      std::string pdf = truth_path.string();
      pdf.replace(pdf.size() - 11, 11, ".pdf");
      CAPTURE(pdf);
      std::ifstream in(truth_path);
      const json truth = json::parse(in);
      const document doc = extract_file(pdf);
      CHECK(doc.title == truth["title"].get<std::string>());
      CHECK(doc.tables.size() == truth["tables"].size());
      if (doc.tables.size() != truth["tables"].size()) continue;
      for (std::size_t i = 0; i < doc.tables.size(); ++i) {
        CAPTURE(i);
        CHECK(doc.tables[i].pages.first == truth["tables"][i]["pages"][0].get<int>());
        CHECK(doc.tables[i].pages.last == truth["tables"][i]["pages"][1].get<int>());
        std::vector<std::string> headers;
        for (const column& c : doc.tables[i].columns) headers.push_back(c.header);
        CHECK(headers == truth["tables"][i]["headers"].get<std::vector<std::string>>());
      }
      CHECK(doc.records.size() == truth["records"].size());
      // A truth file that says which records had values filled down says it of every record.
      const bool checks_filled =
          std::any_of(truth["records"].begin(), truth["records"].end(),
                      [](const json& want) { return want.contains("filled"); });
      const bool checks_footnotes =
          std::any_of(truth["records"].begin(), truth["records"].end(),
                      [](const json& want) { return want.contains("footnotes"); });
      for (std::size_t i = 0; i < doc.records.size() && i < truth["records"].size(); ++i) {
        const record& r = doc.records[i];
        const json& want = truth["records"][i];
        CAPTURE(i);
        CHECK(r.table == want["table"].get<int>());
        CHECK(r.number == (want["number"].is_null() ? "" : want["number"].get<std::string>()));
        const std::string section =
            want["section"].is_null() ? "<none>" : want["section"].get<std::string>();
        CHECK(r.section.value_or("<none>") == section);
        CHECK(r.pages.first == want["pages"][0].get<int>());
        CHECK(r.pages.last == want["pages"][1].get<int>());
        if (r.table >= static_cast<int>(doc.tables.size())) continue;
        if (checks_filled) {
          // The fields filled down from a merged cell, named by their headers in the truth.
          std::vector<std::string> filled;
          for (const json& header : want.value("filled", json::array())) {
            filled.push_back(key_of(doc, r, header.get<std::string>()));
          }
          CHECK(r.filled == filled);
        }
        if (checks_footnotes) {
          std::vector<std::pair<std::string, std::string>> got, expected;
          for (const footnote& f : r.footnotes) got.emplace_back(f.marker, f.text);
          for (const json& f : want.value("footnotes", json::array())) {
            expected.emplace_back(f["marker"].get<std::string>(), f["text"].get<std::string>());
          }
          CHECK(got == expected);
        }
        for (const auto& [header, value] : want["cells"].items()) {
          CAPTURE(header);
          CHECK(cell_of(doc, r, header) == value.get<std::string>());
        }
      }
      if (truth["records"].empty()) {
        CHECK(std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(),
                          [](const diagnostic& d) { return d.code == "table.none"; }));
      }
    }
  }
}
