#include "table/blocks.h"

#include <doctest/doctest.h>

#include "layout/lines.h"
#include "page_builder.h"

using namespace extract_plan;
using namespace extract_plan::tabular;

namespace {

page_cell cell_of(const std::string& text, double x0, double x1, double y) {
  page_cell cell;
  if (!text.empty()) {
    text_line line;
    word w;
    w.text = text;
    w.bounds = {x0 + 5, y + 2, x0 + 5 + 5.0 * static_cast<double>(text.size()), y + 12};
    line.words.push_back(w);
    line.bounds = w.bounds;
    cell.lines.push_back(line);
  }
  cell.bounds = {x0, y, x1, y + 20};
  return cell;
}

// A key/value block: label and value rows in two ruled columns, under a heading line.
page_part block(int page, const std::vector<std::pair<std::string, std::string>>& rows,
                const std::string& heading = "", bool at_top = false, bool at_bottom = false) {
  page_part part;
  part.table.page = page;
  part.table.is_ruled = true;
  part.table.column_edges = {50, 150, 500};
  double y = 100;
  for (const auto& [label, value] : rows) {
    page_row row;
    row.cells = {cell_of(label, 50, 150, y), cell_of(value, 150, 500, y)};
    row.bounds = {50, y, 500, y + 20};
    part.table.rows.push_back(row);
    y += 20;
  }
  part.table.bounds = {50, 100, 500, y};
  part.context.line_above = heading;
  part.context.at_page_top = at_top;
  part.context.at_page_bottom = at_bottom;
  return part;
}

std::string text(const std::vector<cell_line>& lines) { return plain_text(lines); }

}  // namespace

TEST_SUITE("blocks") {
  TEST_CASE("a two-column table whose left column names fields is a key/value block") {
    CHECK(is_key_value_block(block(1, {{"Recommendation", "a"},
                                       {"Agreed action", "b"},
                                       {"Lead officer", "c"},
                                       {"Target date", "d"}})
                                 .table));
    // A report's cover sheet names fields too, but nothing that is done.
    CHECK_FALSE(is_key_value_block(
        block(1, {{"Recommendation", "a"}, {"Lead officer", "b"}, {"Date", "c"}}).table));
    CHECK_FALSE(is_key_value_block(
        block(1, {{"Recommendation", "Response"}, {"That the council", "Agreed"}}).table));
  }

  TEST_CASE("a heading gives the block its number") {
    CHECK(number_from_heading("Recommendation 3") == "3");
    CHECK(number_from_heading("Rec. 4:") == "4");
    CHECK(number_from_heading("Action 2.1") == "2.1");
    CHECK(number_from_heading("The committee agreed the plan in 2025 and") == "");
    CHECK(number_from_heading("Background") == "");
  }

  TEST_CASE("blocks make one plan, a row each, the block cut by a page break made whole") {
    block_gatherer g;
    std::vector<page_part> page1 = {
        block(1, {{"Recommendation", "First"}, {"Action", "Do"}, {"Lead officer", "Jo"}},
              "Recommendation 1"),
        block(1, {{"Recommendation", "Second"}}, "Recommendation 2", false, true)};
    CHECK(g.add_page(page1).empty());
    CHECK(g.add_page({block(2, {{"Lead officer", "Sam"}, {"Status", "Done"}}, "", true)}).empty());
    const std::vector<stitched_table> plans = g.finish();
    REQUIRE(plans.size() == 1);
    const stitched_table& t = plans[0];
    CHECK(t.headers ==
          std::vector<std::string>{"", "Recommendation", "Action", "Lead officer", "Status"});
    REQUIRE(t.rows.size() == 2);
    CHECK(text(t.rows[0].cells[0]) == "1");
    CHECK(text(t.rows[0].cells[3]) == "Jo");
    CHECK(text(t.rows[0].cells[4]) == "");
    CHECK(text(t.rows[1].cells[0]) == "2");
    CHECK(text(t.rows[1].cells[1]) == "Second");
    CHECK(text(t.rows[1].cells[3]) == "Sam");
    CHECK(t.rows[1].pages == page_span{1, 2});
  }

  TEST_CASE("a number label row gives the number and names the number column") {
    block_gatherer g;
    g.add_page({block(1, {{"Recommendation number", "4"},
                          {"Recommendation", "x"},
                          {"Response", "y"},
                          {"Timescale", "May"}})});
    const std::vector<stitched_table> plans = g.finish();
    REQUIRE(plans.size() == 1);
    CHECK(plans[0].headers == std::vector<std::string>{"Recommendation number", "Recommendation",
                                                       "Response", "Timescale"});
    CHECK(text(plans[0].rows[0].cells[0]) == "4");
  }

  TEST_CASE("another table between blocks ends their plan, and is handed on") {
    block_gatherer g;
    page_part other = block(1, {{"No.", "Recommendation"}, {"1", "That"}});
    other.table.column_edges = {50, 100, 300, 500};
    const std::vector<page_part> rest =
        g.add_page({block(1, {{"Recommendation", "a"}, {"Action", "b"}}), other,
                    block(1, {{"Recommendation", "c"}, {"Action", "d"}})});
    CHECK(rest.size() == 1);
    CHECK(g.finish().size() == 2);
  }

  TEST_CASE("label and value lines with no table around them are blocks") {
    extract_plan::testing::page_builder b(1, 595, 842);
    b.text(50, 100, "Recommendation 1", 11, true);
    b.text(50, 120, "Recommendation").text(160, 120, "That the council acts");
    b.text(160, 134, "on what residents say.");
    b.text(50, 148, "Agreed action").text(160, 148, "Consult in May.");
    b.text(50, 162, "Status");  // an empty value
    b.text(50, 190, "Recommendation 2", 11, true);
    b.text(50, 210, "Recommendation").text(160, 210, "That it reports back.");
    b.text(50, 224, "Agreed action").text(160, 224, "A report in June.");
    b.text(50, 260, "Prose after the blocks, a paragraph that runs across the page.");
    const auto lines = layout::build_lines(b.build().words);
    const std::vector<page_table> found = find_label_blocks(lines, 1);
    REQUIRE(found.size() == 2);
    const page_table& first = found[0];
    CHECK(first.column_count() == 2);
    REQUIRE(first.rows.size() == 3);
    CHECK(plain_text(first.rows[0].cells[1]) == "That the council acts on what residents say.");
    CHECK(plain_text(first.rows[2].cells[0]) == "Status");
    CHECK(first.rows[2].cells[1].is_empty());
    CHECK(is_key_value_block(first));
    CHECK(found[1].rows.size() == 2);
  }

  TEST_CASE("a label with its value at another indent, or prose, ends a block") {
    extract_plan::testing::page_builder b(1, 595, 842);
    b.text(50, 120, "Recommendation").text(160, 120, "That the council acts.");
    b.text(50, 134, "Agreed action").text(220, 134, "Somewhere else.");
    b.text(50, 148, "Status is then set out in a paragraph of prose across the page.");
    const auto lines = layout::build_lines(b.build().words);
    CHECK(find_label_blocks(lines, 1).empty());
  }

  TEST_CASE("a document-control table is no block, even at the foot of a page") {
    block_gatherer g;
    const std::vector<page_part> rest = g.add_page(
        {block(1, {{"Status", "Draft"}, {"Owner", "Jo"}, {"Date", "May"}}, "", false, true),
         block(1, {{"Status", "Final"}}, "Document control", false, true)});
    CHECK(rest.size() == 2);
    CHECK(g.finish().empty());
  }
}
