// Records from stitched tables: columns mapped to fields, cells typed, sections carried, and
// unknown columns named.
#include "fields/records.h"

#include <doctest/doctest.h>

using namespace extract_plan;
using namespace extract_plan::tabular;

namespace {

table_row row_of(const std::vector<std::string>& cells, int page = 1, bool section = false) {
  table_row r;
  r.pages = {page, page};
  r.is_section = section;
  for (const std::string& c : cells) {
    r.cells.push_back(c.empty() ? std::vector<cell_line>{}
                                : std::vector<cell_line>{{c, page, 0, 0, {}}});
    r.pieces.push_back({{page, {0, 0, 10, 10}, std::nullopt}});
  }
  return r;
}

stitched_table plan(const std::vector<std::string>& headers) {
  stitched_table t;
  t.headers = headers;
  t.has_header = true;
  t.pages = {1, 2};
  return t;
}

}  // namespace

TEST_SUITE("records") {
  TEST_CASE("maps headers to fields, a numbers column with no header, and unknown ones") {
    stitched_table t = plan({"", "Recommendation", "Notes", "Notes", ""});
    t.rows.push_back(row_of({"1", "Do it", "a", "b", "x"}));
    const std::vector<column> columns = fields::map_columns(t);
    CHECK(columns[0].role == field::number);
    CHECK(columns[1].role == field::recommendation);
    CHECK(columns[2].role == field::other);
    CHECK(columns[4].role == field::other);  // "x" is no item number
  }

  TEST_CASE("types each cell, carries the section, and names the other columns apart") {
    stitched_table t =
        plan({"No.", "Recommendation", "Lead officer", "Deadline", "Notes", "Notes", ""});
    t.rows.push_back(row_of({"Governance", "", "", "", "", "", ""}, 1, true));
    t.rows.push_back(
        row_of({"1.", "Do it", "Helen Phillips, Scrutiny Officer", "5 January", "a", "b", "c"}, 2));
    t.rows.push_back(row_of({"", "", "", "", "", "", ""}, 2));  // an empty row is no record
    std::vector<diagnostic> diagnostics;
    const fields::plan_records out =
        fields::build_records({t}, text::hyphen_evidence{}, options{}, diagnostics);
    REQUIRE(out.tables.size() == 1);
    REQUIRE(out.records.size() == 1);
    const record& r = out.records[0];
    CHECK(r.index == 1);
    CHECK(r.number == "1");
    CHECK(r.section == std::optional<std::string>("Governance"));
    CHECK(r.lead_officer.people.at(0).name == std::optional<std::string>("Helen Phillips"));
    CHECK(r.other == std::vector<std::pair<std::string, std::string>>{
                         {"Notes", "a"}, {"Notes (column 6)", "b"}, {"column 7", "c"}});
    CHECK(r.cells.size() == 7);
    // The deadline's doubt is about the page where its cell starts.
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == diag::date_no_year);
    CHECK(diagnostics[0].page == 2);
  }

  TEST_CASE("a table without a header row gives no records") {
    stitched_table t;
    t.headers = {"", ""};
    t.rows.push_back(row_of({"1", "x"}));
    std::vector<diagnostic> diagnostics;
    CHECK(fields::build_records({t}, text::hyphen_evidence{}, options{}, diagnostics)
              .records.empty());
  }

  TEST_CASE("two columns naming one field: the first takes it, the second is other") {
    stitched_table t = plan({"Action", "Actions", "Deadline"});
    t.rows.push_back(row_of({"a", "b", "2025"}));
    const std::vector<column> columns = fields::map_columns(t);
    CHECK(columns[0].role == field::action);
    CHECK(columns[1].role == field::other);
    CHECK(columns[2].role == field::deadline);
  }

  TEST_CASE("an unlabelled column is a number column only when every cell in it is one") {
    stitched_table t = plan({"", "Recommendation"});
    t.rows.push_back(row_of({"1", "a"}));
    t.rows.push_back(row_of({"", "b"}));  // an empty cell says nothing
    t.rows.push_back(row_of({"Title", "c"}, 1, true));
    t.rows.push_back(row_of({"2a", "d"}));
    CHECK(fields::map_columns(t)[0].role == field::number);
    t.rows.push_back(row_of({"see below", "e"}));
    CHECK(fields::map_columns(t)[0].role == field::other);
  }

  TEST_CASE("records are numbered across sections, each with the section above it") {
    stitched_table t = plan({"No.", "Recommendation"});
    t.rows.push_back(row_of({"1", "a"}));
    t.rows.push_back(row_of({"Part two", ""}, 1, true));
    t.rows.push_back(row_of({"2", "b"}));
    t.rows.push_back(row_of({"3", "c"}));
    std::vector<diagnostic> diagnostics;
    const auto out = fields::build_records({t}, text::hyphen_evidence{}, options{}, diagnostics);
    REQUIRE(out.records.size() == 3);
    CHECK(out.records[0].section == std::nullopt);
    CHECK(out.records[1].section == std::optional<std::string>("Part two"));
    CHECK(out.records[2].section == std::optional<std::string>("Part two"));
    CHECK(out.records[2].index == 3);
  }

  TEST_CASE("a text repeated row after row gives the same value and its doubt each time") {
    stitched_table t = plan({"No.", "Deadline", "Lead officer"});
    t.rows.push_back(row_of({"1", "5 January", "Helen Phillips"}, 1));
    t.rows.push_back(row_of({"2", "5 January", "Helen Phillips"}, 2));
    t.rows.push_back(row_of({"3", "5 January", "Helen Phillips"}, 3));
    std::vector<diagnostic> diagnostics;
    const auto out = fields::build_records({t}, text::hyphen_evidence{}, options{}, diagnostics);
    REQUIRE(out.records.size() == 3);
    for (const record& r : out.records) {
      CHECK(r.deadline == out.records[0].deadline);
      CHECK(r.lead_officer == out.records[0].lead_officer);
    }
    // One "no year" doubt for each row, about its own page.
    REQUIRE(diagnostics.size() == 3);
    for (int i = 0; i < 3; ++i) {
      CHECK(diagnostics[static_cast<std::size_t>(i)].code == diag::date_no_year);
      CHECK(diagnostics[static_cast<std::size_t>(i)].page == i + 1);
    }
  }

  TEST_CASE("tables are numbered among the plans only, and a table without a header is skipped") {
    stitched_table other;
    other.headers = {"", ""};
    other.rows.push_back(row_of({"x", "y"}));
    stitched_table first = plan({"No.", "Action"}), second = plan({"No.", "Action"});
    first.rows.push_back(row_of({"1", "a"}));
    second.rows.push_back(row_of({"1", "b"}));
    std::vector<diagnostic> diagnostics;
    const auto out = fields::build_records({first, other, second}, text::hyphen_evidence{},
                                           options{}, diagnostics);
    REQUIRE(out.tables.size() == 2);
    REQUIRE(out.records.size() == 2);
    CHECK(out.records[0].table == 0);
    CHECK(out.records[1].table == 1);
    CHECK(out.records[1].index == 1);
  }

  TEST_CASE("two columns claiming one field: the header naming it most directly wins") {
    // "Proposed Action" names the action; "Cabinet Response" is then the response.
    stitched_table t = plan({"Recommendation", "Cabinet Response", "Proposed Action"});
    t.rows.push_back(row_of({"a", "Agreed", "b"}));
    std::vector<column> columns = fields::map_columns(t);
    CHECK(columns[1].role == field::response);
    CHECK(columns[2].role == field::action);
    // Alone, a response column holds the action.
    t = plan({"Recommendation", "Management Response"});
    t.rows.push_back(row_of({"a", "We will do it"}));
    CHECK(fields::map_columns(t)[1].role == field::action);
    // A synonym itself beats a header read from its last words; equals go left to right.
    t = plan({"Target completion date", "Deadline", "Finding", "Actions", "Action"});
    t.rows.push_back(row_of({"x", "y", "v", "z", "w"}));
    columns = fields::map_columns(t);
    CHECK(columns[0].role == field::other);
    CHECK(columns[1].role == field::deadline);
    CHECK(columns[2].role == field::recommendation);
    CHECK(columns[3].role == field::action);
    CHECK(columns[4].role == field::other);
  }

  TEST_CASE("two actions and no recommendation: what is to be done, then how") {
    stitched_table t = plan({"No.", "Improvement actions", "How we will do this", "When"});
    t.rows.push_back(row_of({"(i)", "Make reporting easier", "Launch an online form", "2026"}));
    std::vector<column> columns = fields::map_columns(t);
    CHECK(columns[1].role == field::recommendation);
    CHECK(columns[2].role == field::action);
    // The most direct of the others is the action, wherever it stands.
    t = plan({"Improvement actions", "Actions we will take", "Proposed action"});
    t.rows.push_back(row_of({"a", "b", "c"}));
    columns = fields::map_columns(t);
    CHECK(columns[0].role == field::recommendation);
    CHECK(columns[1].role == field::other);
    CHECK(columns[2].role == field::action);
    // A later action that says no how is no how: both keep what they say.
    t = plan({"Ref", "Agreed management action", "Responsible officer", "Improvement actions"});
    t.rows.push_back(row_of({"A", "We will", "Head of Audit", "b"}));
    columns = fields::map_columns(t);
    CHECK(columns[1].role == field::action);
    CHECK(columns[3].role == field::other);
    // Nor is there a swap when the leftmost names the action itself.
    t = plan({"Agreed action", "How we will do this"});
    t.rows.push_back(row_of({"a", "b"}));
    columns = fields::map_columns(t);
    CHECK(columns[0].role == field::action);
    CHECK(columns[1].role == field::other);
    // A response is no second action: it is the response.
    t = plan({"Proposed action", "Cabinet response"});
    t.rows.push_back(row_of({"a", "Agreed"}));
    columns = fields::map_columns(t);
    CHECK(columns[0].role == field::action);
    CHECK(columns[1].role == field::response);
  }

  TEST_CASE("response, state and RAG rating are typed from their cells") {
    stitched_table t =
        plan({"No.", "Agreed?", "Status", "RAG rating", "Deadline", "Proposed action"});
    t.rows.push_back(row_of({"1", "Partially agreed", "In progress", "Amber", "March 2025", "a"}));
    t.rows.push_back(row_of({"2", "Yes", "", "Blue", "", "b"}));
    t.rows.push_back(row_of({"3", "No", "", "", "Ongoing", "c"}));
    t.rows.push_back(row_of({"4", "", "Green - complete", "", "", "d"}));
    std::vector<diagnostic> diagnostics;
    const auto out = fields::build_records({t}, text::hyphen_evidence{}, options{}, diagnostics);
    REQUIRE(out.records.size() == 4);
    const auto& r = out.records;
    CHECK(out.tables[0].columns[3].role == field::other);  // "Status" names it more directly
    CHECK(r[0].response.value == decision::partially_accepted);
    CHECK(r[0].state == deadline_status::in_progress);
    CHECK(r[0].rag == rag_rating::amber);  // from the RAG column, the Status cell naming none
    CHECK(r[1].response.value == decision::accepted);
    CHECK(r[1].rag == rag_rating::blue);
    CHECK(r[1].state == deadline_status::completed);  // blue is done
    CHECK(r[2].response.value == decision::rejected);
    CHECK(r[2].state == deadline_status::ongoing);  // from the deadline's status word
    CHECK(r[2].rag == std::nullopt);
    CHECK(r[3].rag == rag_rating::green);
    CHECK(r[3].state == deadline_status::completed);
    CHECK(r[3].response.text.empty());
    CHECK(r[3].response.value == std::nullopt);
  }

  TEST_CASE("a header's printed lines are joined as a cell's: a word cut by the column is whole") {
    stitched_table t = plan({"Shared Outcom e", "Timescale"});
    t.header.cells = {{{"Shared Outcom", 1, 0, 0, {}}, {"e", 1, 0, 0, {}}},
                      {{"Timescale", 1, 0, 0, {}}}};
    t.rows.push_back(row_of({"a", "2025"}));
    const std::vector<column> columns = fields::map_columns(t);
    CHECK(columns[0].header == "Shared Outcome");
    CHECK(columns[1].header == "Timescale");
    CHECK(columns[1].role == field::deadline);
  }

  TEST_CASE("a column its header names nothing of is judged by its cells, and said so") {
    stitched_table t = plan({"Key", "Recommendation", "Champion", "Milestone", "Notes"});
    t.rows.push_back(row_of({"K1", "Do it", "Head of Housing", "31 March 2026", "a"}));
    t.rows.push_back(row_of({"K2", "Then", "Helen Phillips", "Q2 2026/27", "b"}));
    t.rows.push_back(row_of({"K3", "Again", "Finance Manager", "Ongoing", "c"}));
    std::vector<column> columns = fields::map_columns(t);
    std::vector<diagnostic> diagnostics;
    fields::judge_columns_by_content(t, columns, options{}, diagnostics);
    CHECK(columns[0].role == field::number);
    CHECK(columns[2].role == field::lead_officer);
    CHECK(columns[3].role == field::deadline);
    CHECK(columns[4].role == field::other);
    REQUIRE(diagnostics.size() == 3);
    CHECK(diagnostics[0].code == "columns.from_content");
    CHECK(diagnostics[0].page == 1);
  }

  TEST_CASE("content never takes a field a header names, nor reads a paragraph as a date") {
    stitched_table t = plan({"Recommendation", "Deadline", "When", "Plans"});
    t.rows.push_back(row_of({"Do it", "May 2026", "June 2026",
                             "The People Strategy 2022 to 2027 sets out how the council will "
                             "recruit and keep its staff"}));
    t.rows.push_back(row_of({"Then", "Ongoing", "July 2026",
                             "The Workforce Strategy 2023 to 2028 covers the same ground for "
                             "the health trusts and their partners"}));
    std::vector<column> columns = fields::map_columns(t);
    std::vector<diagnostic> diagnostics;
    fields::judge_columns_by_content(t, columns, options{}, diagnostics);
    CHECK(columns[2].role == field::other);  // a second deadline by its header: kept apart
    CHECK(columns[3].role == field::other);
    CHECK(diagnostics.empty());
  }

  TEST_CASE(
      "a column of periods is the deadline, not the number, and codes that repeat are neither") {
    stitched_table t = plan({"Ref", "Recommendation", "When", "Phase", "Outcome"});
    t.rows.push_back(row_of({"1", "Do it", "May", "Q1", "SO3"}));
    t.rows.push_back(row_of({"2", "Then", "June", "Q2", "SO1"}));
    t.rows.push_back(row_of({"3", "Again", "July", "Q3", "SO3"}));
    std::vector<column> columns = fields::map_columns(t);
    std::vector<diagnostic> diagnostics;
    fields::judge_columns_by_content(t, columns, options{}, diagnostics);
    CHECK(columns[3].role == field::other);  // the deadline is When's; Q1 is no number
    CHECK(columns[4].role == field::other);  // SO3 comes again: a code, not an item number
  }

  TEST_CASE("footnote texts are tied by marker, from the marker's page or the next") {
    std::vector<record> records(1);
    records[0].footnotes = {{"1", 2, ""}, {"2", 2, ""}, {"3", 5, ""}};
    const std::vector<layout::footnote_text> texts = {{"1", "On page one.", 1},
                                                      {"1", "On page two.", 2},
                                                      {"2", "End note.", 4},
                                                      {"3", "Before.", 3}};
    fields::tie_footnotes(records, texts);
    CHECK(records[0].footnotes[0].text == "On page two.");
    CHECK(records[0].footnotes[1].text == "End note.");
    CHECK(records[0].footnotes[2].text == "Before.");
  }
}
