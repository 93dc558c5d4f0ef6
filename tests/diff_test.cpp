// diff_documents: records matched by content, what is no change, slipping and completing.
#include <doctest/doctest.h>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;

namespace {

record make_record(const std::string& number, const std::string& recommendation,
                   const std::string& deadline = "", const std::string& status = "") {
  record r;
  r.number = number;
  r.recommendation = recommendation;
  r.deadline = parse_deadline(deadline);
  r.status = status;
  return r;
}

document plan_of(std::vector<record> records) {
  document doc;
  doc.source = {"plan.pdf", 1, "00"};
  for (std::size_t i = 0; i < records.size(); ++i) records[i].index = static_cast<int>(i + 1);
  doc.records = std::move(records);
  return doc;
}

const char* const text_a = "That the council publishes the transport criteria in plain English";
const char* const text_b = "That routes are reviewed each year so that journeys stay short";
const char* const text_c = "That complaints are answered within ten working days";

}  // namespace

TEST_SUITE("diff") {
  TEST_CASE("the same records are unchanged, whatever their line breaks and hyphenation") {
    const document a =
        plan_of({make_record("1", "That the Co-ordinator reports yearly", "March 2025")});
    const document b =
        plan_of({make_record("1", "That the Coordinator reports  yearly", "March 2025")});
    const document_diff d = diff_documents(a, b);
    CHECK(d.changes.empty());
    CHECK(d.unchanged == 1);
  }

  TEST_CASE("a plan renumbered after a row was removed still matches its rows") {
    const document a =
        plan_of({make_record("1", text_a), make_record("2", text_b), make_record("3", text_c)});
    const document b = plan_of({make_record("1", text_a), make_record("2", text_c)});
    const document_diff d = diff_documents(a, b);
    REQUIRE(d.changes.size() == 1);
    CHECK(d.changes[0].kind == change_kind::removed);
    CHECK(d.changes[0].old_number == std::optional<std::string>("2"));
    CHECK(d.changes[0].new_number == std::nullopt);
    CHECK(d.changes[0].old_index == 2);
    CHECK(d.unchanged == 2);  // row 3, now 2, only renumbered
  }

  TEST_CASE("a small edit to a recommendation is a change of the same record") {
    const document a = plan_of({make_record("4", text_a)});
    const document b = plan_of({make_record("4", std::string(text_a) + " by June")});
    const document_diff d = diff_documents(a, b);
    REQUIRE(d.changes.size() == 1);
    CHECK(d.changes[0].kind == change_kind::changed);
    CHECK(d.changes[0].fields ==
          std::vector<field_change>{{"recommendation", text_a, std::string(text_a) + " by June"}});
  }

  TEST_CASE("a new text under an old number is a removal and an addition") {
    const document_diff d =
        diff_documents(plan_of({make_record("1", text_a)}), plan_of({make_record("1", text_c)}));
    REQUIRE(d.changes.size() == 2);
    CHECK(d.changes[0].kind == change_kind::added);  // new order first, then the removed
    CHECK(d.changes[1].kind == change_kind::removed);
  }

  TEST_CASE("slipped when the latest end date is later, not when either names none") {
    auto slipped = [](const std::string& before, const std::string& after) {
      const document_diff d = diff_documents(plan_of({make_record("1", text_a, before)}),
                                             plan_of({make_record("1", text_a, after)}));
      return !d.changes.empty() && d.changes[0].slipped;
    };
    CHECK(slipped("March 2024", "June 2024"));
    CHECK_FALSE(slipped("June 2024", "March 2024"));
    CHECK(slipped("Q1 2024/25 and March 2025", "Q4 2024/25 then May 2025"));
    CHECK_FALSE(slipped("Ongoing", "June 2024"));
    CHECK_FALSE(slipped("June 2024", "TBC"));
  }

  TEST_CASE("completed when the new status says so and the old did not") {
    const document_diff d = diff_documents(plan_of({make_record("1", text_a, "", "In progress")}),
                                           plan_of({make_record("1", text_a, "", "Complete")}));
    REQUIRE(d.changes.size() == 1);
    CHECK(d.changes[0].completed);
    CHECK(d.changes[0].fields.at(0).field == "status");
  }

  TEST_CASE("a column with no known field is compared under its header") {
    record a = make_record("1", text_a), b = make_record("1", text_a);
    a.other = {{"Priority", "High"}};
    b.other = {{"Priority", "Medium"}};
    const document_diff d = diff_documents(plan_of({a}), plan_of({b}));
    REQUIRE(d.changes.size() == 1);
    CHECK(d.changes[0].fields == std::vector<field_change>{{"Priority", "High", "Medium"}});
  }

  TEST_CASE("the JSON names both files and omits the index a side lacks") {
    const document_diff d =
        diff_documents(plan_of({make_record("1", text_a)}), plan_of({make_record("1", text_c)}));
    const std::string json = to_json(d, json_layout::one_line);
    CHECK(json.rfind(R"({"schema_version":1,"old":{"file":"plan.pdf","sha256":"00"},)", 0) == 0);
    CHECK(
        json.find(
            R"({"kind":"added","table":0,"number":"1","old_number":null,"new_number":"1","new_index":1,"fields":{},"slipped":false,"completed":false})") !=
        std::string::npos);
    CHECK(json.find(R"("unchanged":0})") != std::string::npos);
  }

  TEST_CASE("the report groups each change once") {
    const document_diff d = diff_documents(
        plan_of({make_record("1", text_a, "March 2024", "In progress"), make_record("2", text_b)}),
        plan_of({make_record("1", text_a, "June 2024", "Complete"), make_record("3", text_c)}));
    const std::string report = to_report(d);
    CHECK(report.find("1 completed, 0 slipped, 0 changed, 1 added, 1 removed, 0 unchanged") !=
          std::string::npos);
    CHECK(report.find("\nCompleted\n  1  ") != std::string::npos);
    CHECK(report.find("Slipped") == std::string::npos);
  }

  TEST_CASE("rows with no number, recommendation or action pair by all their text") {
    // A plan of indicators: only an unknown column and a deadline.
    auto indicator = [](const std::string& text, const std::string& when) {
      record r = make_record("", "", when);
      r.other.emplace_back("Objectively Verifiable Indicators", text);
      return r;
    };
    const document a = plan_of(
        {indicator(text_a, "April 2027"), indicator(text_b, "2045"), indicator(text_c, "2028")});
    const document b = plan_of({indicator(text_a, "April 2027"), indicator(text_c, "2028")});
    const document_diff d = diff_documents(a, b);
    REQUIRE(d.changes.size() == 1);
    CHECK(d.changes[0].kind == change_kind::removed);
    CHECK_FALSE(d.changes[0].slipped);
    CHECK(d.changes[0].summary == text_b);  // labelled by its first text, never "  -  "
  }
}
