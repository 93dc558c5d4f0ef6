#include "table/stitch.h"

#include <doctest/doctest.h>

using namespace extract_plan;
using namespace extract_plan::tabular;

namespace {

// Builds table parts from cell texts: a "|" in a cell separates its lines.
class parts_builder {
 public:
  parts_builder& page(int number, bool at_top = true, bool at_bottom = true) {
    page_part t;
    t.table.page = number;
    t.table.column_edges = {50, 80, 300, 500, 600, 700};
    t.table.bounds = {50, 100, 700, 500};
    t.context.at_page_top = at_top;
    t.context.at_page_bottom = at_bottom;
    parts_.push_back(t);
    return *this;
  }
  parts_builder& row(const std::vector<std::string>& cells, bool spans_all = false) {
    page_row r;
    r.spans_all = spans_all;
    for (const std::string& c : cells) {
      page_cell cell;
      std::size_t start = 0;
      while (start < c.size()) {
        std::size_t bar = c.find('|', start);
        if (bar == std::string::npos) bar = c.size();
        text_line line;
        word w;
        w.text = c.substr(start, bar - start);
        line.words.push_back(w);
        cell.lines.push_back(line);
        start = bar + 1;
      }
      r.cells.push_back(cell);
    }
    parts_.back().table.rows.push_back(r);
    return *this;
  }
  parts_builder& header() {
    return row({"", "RECOMMENDATION", "PROPOSED ACTION", "LEAD OFFICER", "DEADLINE"});
  }
  std::vector<page_part> build() const { return parts_; }

 private:
  std::vector<page_part> parts_;
};

std::string line_texts(const std::vector<cell_line>& lines) {
  std::string out;
  for (const cell_line& l : lines) out += (out.empty() ? "" : "|") + l.text;
  return out;
}

// A plan whose number and recommendation are merged down over two action rows at the foot
// of page 1, the second action ending with `second`, and a row on page 2 under blank merged
// cells starting with `top`.
std::vector<page_part> group_over_break(const std::string& second, const std::string& top) {
  auto parts = parts_builder()
                   .page(1, false)
                   .header()
                   .row({"1", "That the council acts.", "First action.", "Jo", "May"})
                   .row({"", "", second, "Sam", "June"})
                   .page(2)
                   .row({"", "", top, "Ali", "July"})
                   .build();
  for (std::size_t c = 0; c < 2; ++c) {
    parts[0].table.rows[1].cells[c].spans_down = true;
    parts[0].table.rows[2].cells[c].merged_above = true;
  }
  return parts;
}

}  // namespace

TEST_SUITE("stitch") {
  TEST_CASE("joins a row continued at the top of the next page") {
    auto parts = parts_builder()
                     .page(1, false)
                     .header()
                     .row({"2", "That progress with", "There is", "Natalie McGrath PHSE Co-", ""})
                     .page(2)
                     .row({"", "in 12 months' time.", "assessment", "ordinator", "report"})
                     .row({"3", "That a one stop shop", "", "", ""})
                     .build();
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(parts, diagnostics);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 2);
    CHECK(line_texts(tables[0].rows[0].cells[1]) == "That progress with|in 12 months' time.");
    CHECK(line_texts(tables[0].rows[0].cells[3]) == "Natalie McGrath PHSE Co-|ordinator");
    CHECK(tables[0].rows[0].pages.first == 1);
    CHECK(tables[0].rows[0].pages.last == 2);
    CHECK(tables[0].pages.last == 2);
  }

  TEST_CASE("drops a column-header row repeated on the next page") {
    auto parts = parts_builder()
                     .page(1, false)
                     .header()
                     .row({"1", "a", "b", "c", "d"})
                     .page(2)
                     .header()
                     .row({"2", "e", "f", "g", "h"})
                     .build();
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(parts, diagnostics);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows.size() == 2);
    CHECK(tables[0].headers[1] == "RECOMMENDATION");
  }

  TEST_CASE("a repeated header row then an empty number cell still continues the row") {
    auto parts = parts_builder()
                     .page(1, false)
                     .header()
                     .row({"1", "a", "b", "c", "d"})
                     .page(2)
                     .header()
                     .row({"", "more", "", "", ""})
                     .build();
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(parts, diagnostics);
    REQUIRE(tables[0].rows.size() == 1);
    CHECK(line_texts(tables[0].rows[0].cells[1]) == "a|more");
  }

  TEST_CASE("a table with text below it on its page does not continue onto the next") {
    auto parts = parts_builder()
                     .page(1, false, false)
                     .header()
                     .row({"1", "a", "b", "c", "d"})
                     .page(2)
                     .row({"", "e", "f", "g", "h"})
                     .build();
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(parts, diagnostics);
    REQUIRE(tables.size() == 2);
    CHECK(tables[0].has_header);
    CHECK_FALSE(tables[1].has_header);
  }

  TEST_CASE("a new header row after prose starts a second table") {
    auto parts = parts_builder()
                     .page(1, false)
                     .header()
                     .row({"1", "a", "b", "c", "d"})
                     .page(2, false)
                     .header()
                     .row({"1", "e", "f", "g", "h"})
                     .build();
    std::vector<diagnostic> diagnostics;
    CHECK(stitch_tables(parts, diagnostics).size() == 2);
  }

  TEST_CASE("a part two pages later does not continue the table") {
    auto parts = parts_builder()
                     .page(1, false)
                     .header()
                     .row({"1", "a", "b", "c", "d"})
                     .page(3)
                     .row({"", "e", "f", "g", "h"})
                     .build();
    std::vector<diagnostic> diagnostics;
    CHECK(stitch_tables(parts, diagnostics).size() == 2);
  }

  TEST_CASE("recognises a header row by its field names") {
    page_row header;
    for (const char* text : {"", "Recommendation", "Response", "Owner"}) {
      page_cell c;
      text_line l;
      word w;
      w.text = text;
      if (*text) l.words.push_back(w), c.lines.push_back(l);
      header.cells.push_back(c);
    }
    CHECK(header_texts(header).has_value());
    page_row data = header;
    data.cells[1].lines[0].words[0].text = "That the Council";
    data.cells[2].lines[0].words[0].text = "Agreed";  // a response column's word itself
    data.cells[3].lines[0].words[0].text = "Helen";
    CHECK_FALSE(header_texts(data).has_value());
  }
}

TEST_SUITE("stitch") {
  TEST_CASE("a repeated header with a word split letter by letter is still the same header") {
    auto parts = parts_builder()
                     .page(1, false)
                     .header()
                     .row({"1", "a", "b", "c", "d"})
                     .page(2)
                     .row({"", "RECOMMENDATION", "PROPOSED ACTION", "LEAD OFFICER", "DEADLIN E"})
                     .row({"2", "e", "f", "g", "h"})
                     .build();
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(parts, diagnostics);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows.size() == 2);
  }
}

namespace {

// A parts builder whose parts carry a title above them.
std::vector<page_part> titled(std::vector<page_part> parts,
                              const std::vector<std::string>& titles) {
  for (std::size_t i = 0; i < parts.size() && i < titles.size(); ++i) {
    parts[i].context.text_above = titles[i];
    parts[i].context.at_page_top = titles[i].empty();
  }
  return parts;
}

}  // namespace

TEST_SUITE("stitch") {
  TEST_CASE("a header after a banner row starts the table, and the banner is its first section") {
    auto parts = parts_builder()
                     .page(1)
                     .row({"Feedback about Seashells", "", "", "", ""}, true)
                     .header()
                     .row({"1", "a", "b", "c", "d"})
                     .build();
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(parts, diagnostics);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].has_header);
    REQUIRE(tables[0].rows.size() == 2);
    CHECK(tables[0].rows[0].is_section);
  }

  TEST_CASE("a part under the same title as the part before continues it") {
    auto parts = titled(parts_builder()
                            .page(1)
                            .header()
                            .row({"1", "a", "b", "c", "d"})
                            .page(2)
                            .header()
                            .row({"2", "e", "f", "g", "h"})
                            .build(),
                        {"Priorities ~ Public Health", "Priorities ~ Public Health"});
    std::vector<diagnostic> diagnostics;
    CHECK(stitch_tables(parts, diagnostics).size() == 1);
  }

  TEST_CASE("a part under another title starts a new table") {
    auto parts = titled(parts_builder()
                            .page(1)
                            .header()
                            .row({"1", "a", "b", "c", "d"})
                            .page(2)
                            .header()
                            .row({"1", "e", "f", "g", "h"})
                            .build(),
                        {"Ward: Appleton", "Ward: Beechwood"});
    std::vector<diagnostic> diagnostics;
    CHECK(stitch_tables(parts, diagnostics).size() == 2);
  }

  TEST_CASE("an empty group cell at the top of a continued part takes the group's label") {
    auto parts = parts_builder()
                     .page(1, false)
                     .header()
                     .row({"Accepting in full", "R1", "", "", ""})
                     .page(2)
                     .row({"", "R7", "", "", ""})
                     .row({"", "R8", "", "", ""})
                     .build();
    // The first column's cells on page 2 are one cell merged down over both rows.
    parts[1].table.rows[0].cells[0].spans_down = true;
    parts[1].table.rows[1].cells[0].merged_above = true;
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(parts, diagnostics);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 3);
    CHECK(line_texts(tables[0].rows[1].cells[0]) == "Accepting in full");
    CHECK(line_texts(tables[0].rows[2].cells[0]) == "Accepting in full");
    CHECK(line_texts(tables[0].rows[1].cells[1]) == "R7");
  }

  TEST_CASE("under a group merged down to the foot of a page, an empty key starts a new row") {
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(group_over_break("Second action.", "Third action."), diagnostics);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 3);
    const table_row& third = tables[0].rows[2];
    CHECK(line_texts(third.cells[0]) == "1");
    CHECK(line_texts(third.cells[1]) == "That the council acts.");
    CHECK(line_texts(third.cells[2]) == "Third action.");
    CHECK(third.filled == std::vector<bool>{true, true, false, false, false});
    CHECK(tables[0].rows[1].filled == std::vector<bool>{true, true, false, false, false});
    CHECK(tables[0].rows[0].filled.empty());
  }

  TEST_CASE("a row that starts an item of its own takes nothing from a group above it") {
    auto parts = parts_builder()
                     .page(1, false)
                     .header()
                     .row({"3", "Third.", "Act.", "Jo", "Complete"})
                     .row({"4", "Fourth.", "Act.", "Sam", ""})
                     .page(2)
                     .row({"5", "Fifth.", "Act.", "Ali", ""})
                     .build();
    // Progress "Complete" merged down over items 3 and 4.
    parts[0].table.rows[1].cells[4].spans_down = true;
    parts[0].table.rows[2].cells[4].merged_above = true;
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(parts, diagnostics);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 3);
    CHECK(line_texts(tables[0].rows[1].cells[4]) == "Complete");
    CHECK(line_texts(tables[0].rows[2].cells[4]) == "");
    CHECK(tables[0].rows[2].filled.empty());
  }

  TEST_CASE("under a group, a first row whose text reads on is the rest of the row above") {
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(group_over_break("Second action and", "its end."), diagnostics);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 2);
    CHECK(line_texts(tables[0].rows[1].cells[2]) == "Second action and|its end.");
    CHECK(line_texts(tables[0].rows[1].cells[3]) == "Sam|Ali");
  }

  TEST_CASE("a row cut at the foot of the page whose text breaks off goes on, with a doubt") {
    auto parts = parts_builder()
                     .page(1, false)
                     .header()
                     .row({"West Sussex County Council, all", "Provide:", "", "", ""})
                     .page(2)
                     .row({"Commissioning Groups", "Ensuring policies", "", "", ""})
                     .row({"Schools", "Ensure", "", "", ""})
                     .build();
    parts[0].context.room_below = 2;  // the text reached the bottom margin
    parts[0].context.line_height = 12;
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(parts, diagnostics);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 2);
    CHECK(line_texts(tables[0].rows[0].cells[0]) ==
          "West Sussex County Council, all|Commissioning Groups");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "stitch.ambiguous");
    CHECK(diagnostics[0].page == 2);
  }

  TEST_CASE("a table that ended with room below it is not continued by its text alone") {
    auto parts = parts_builder()
                     .page(1, false)
                     .header()
                     .row({"Council, all", "Provide:", "", "", ""})
                     .page(2)
                     .row({"Groups", "Ensuring", "", "", ""})
                     .build();
    parts[0].context.room_below = 80;  // more than a line was left free: the row was complete
    parts[0].context.line_height = 12;
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(parts, diagnostics);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows.size() == 2);
    CHECK(diagnostics.empty());
  }
}

TEST_SUITE("stitch") {
  TEST_CASE(
      "a box repeated above each page's part is one table of its own, and the table goes on") {
    // Kent's risk register prints a TOTAL box above the register on every page.
    page_table box;
    box.column_edges = {600, 650, 700, 750};
    box.bounds = {600, 40, 750, 60};
    page_row total;
    for (const char* text : {"TOTAL", "345.0", "290.0"}) {
      page_cell c;
      text_line l;
      word w;
      w.text = text;
      l.words.push_back(w);
      c.lines.push_back(l);
      total.cells.push_back(c);
    }
    box.rows.push_back(total);
    auto parts = parts_builder()
                     .page(1)
                     .header()
                     .row({"1", "a", "b", "c", "d"})
                     .page(2)
                     .header()
                     .row({"2", "e", "f", "g", "h"})
                     .build();
    std::vector<page_part> with_boxes;
    for (int page = 1; page <= 2; ++page) {
      page_part b{box, {}};
      b.table.page = page;
      b.context.at_page_top = true;
      b.context.at_page_bottom = false;
      with_boxes.push_back(b);
      page_part p = parts[static_cast<std::size_t>(page - 1)];
      p.context.at_page_top = false;
      p.context.text_above = "TOTAL 345.0 290.0";
      with_boxes.push_back(p);
    }
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(with_boxes, diagnostics);
    REQUIRE(tables.size() == 2);  // the box, printed on both pages, and the register
    CHECK(tables[0].pages == page_span{1, 2});
    CHECK(tables[1].rows.size() == 2);
    CHECK(tables[1].pages.last == 2);
  }
}

TEST_SUITE("stitch") {
  TEST_CASE("tables found from white space join only under a repeated first row or nothing") {
    auto parts = parts_builder()
                     .page(1)
                     .row({"State", "2010", "2011", "2012", "2013"})
                     .row({"Alabama", "1", "2", "3", "4"})
                     .page(2)
                     .row({"State", "2010", "2011", "2012", "2013"})
                     .row({"Alaska", "5", "6", "7", "8"})
                     .page(3, false)
                     .row({"State", "2014", "2015", "2016", "2017"})
                     .row({"Arizona", "9", "9", "9", "9"})
                     .build();
    for (auto& p : parts) p.table.is_stream = true;
    parts[2].context.text_above = "Table 14 continued";
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(parts, diagnostics);
    REQUIRE(tables.size() == 2);  // pages 1-2 share their first row; page 3 has other columns
    CHECK(tables[0].pages.last == 2);
    CHECK(tables[0].rows.size() == 3);  // the repeated first row is dropped
    CHECK(tables[1].pages.first == 3);
  }
}

TEST_SUITE("stitch") {
  TEST_CASE("a register under no header goes on while its columns and its row pitch do") {
    // Pages of a two-column register at the top of each page; the right edge is where each
    // page's longest line ends, so it moves.
    auto register_page = [](int page, double right, double pitch) {
      const std::string n = std::to_string(2 * page);
      auto parts = parts_builder()
                       .page(page)
                       .row({"RE" + n, "Church hall " + n})
                       .row({"RE" + n + "b", "School " + n})
                       .build();
      page_part p = parts[0];
      p.table.is_stream = true;
      p.table.column_edges = {25, 72, right};
      p.table.bounds = {25, 100, right, 100 + 3 * pitch};
      for (std::size_t r = 0; r < p.table.rows.size(); ++r) {
        const double top = 100 + pitch * static_cast<double>(r);
        p.table.rows[r].bounds = {25, top, right, top + pitch - 2};
      }
      return p;
    };
    std::vector<diagnostic> diagnostics;
    auto tables = stitch_tables(
        {register_page(1, 402, 27), register_page(2, 347, 27), register_page(3, 290, 28)},
        diagnostics);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].pages.last == 3);
    CHECK(tables[0].rows.size() == 6);
    // Rows twice as far apart are another table.
    tables = stitch_tables({register_page(1, 402, 27), register_page(2, 402, 54)}, diagnostics);
    CHECK(tables.size() == 2);
  }
}

TEST_SUITE("stitch") {
  TEST_CASE("a box printed again on every page is one table, not a new one each page") {
    auto parts = parts_builder()
                     .page(1, false, false)
                     .row({"TOTAL", "345.0", "290.0"})
                     .page(2, false, false)
                     .row({"TOTAL", "345.0", "290.0"})
                     .page(3, false, false)
                     .row({"TOTAL", "345.0", "290.0"})
                     .page(4, false, false)
                     .row({"TOTAL", "350.0", "290.0"})
                     .build();
    std::vector<diagnostic> diagnostics;
    const auto tables = stitch_tables(parts, diagnostics);  // grids: headerless tables kept
    REQUIRE(tables.size() == 2);
    CHECK(tables[0].pages == page_span{1, 3});
    CHECK(tables[0].rows.size() == 1);
    CHECK(tables[0].repeated_headers.size() == 2);
    CHECK(tables[1].pages == page_span{4, 4});  // other figures: another box
    // The same figures printed elsewhere on page 2 are another table: then each of the
    // first three pages has a box of its own.
    parts[1].table.bounds.y0 += 200;
    CHECK(stitch_tables(parts, diagnostics).size() == 4);
  }
}

TEST_SUITE("stitcher") {
  TEST_CASE("a page at a time gives what the whole document at once gives") {
    auto parts = parts_builder()
                     .page(1)
                     .header()
                     .row({"1", "a", "b", "c", "d"})
                     .row({"2", "That progress", "x", "y", "z"})
                     .page(2)
                     .row({"", "continues", "", "", ""})
                     .row({"3", "e", "f", "g", "h"})
                     .build();
    std::vector<diagnostic> whole_doubts, paged_doubts;
    const auto whole = stitch_tables(parts, whole_doubts);
    stitcher paged(paged_doubts);
    paged.add_page({parts[0]});
    paged.add_page({parts[1]});
    const auto tables = paged.finish();
    REQUIRE(tables.size() == whole.size());
    REQUIRE(tables[0].rows.size() == 3);
    CHECK(tables[0].rows[1].pages == page_span{1, 2});
    CHECK(tables[0].rows[1].cells[1].size() == 2);
    CHECK(paged_doubts == whole_doubts);
  }

  TEST_CASE("without headerless tables kept, one keeps only what stitching reads") {
    // A register with no header over three pages, then a plan: the register's rows are
    // dropped as it goes, but its last row still takes the rest of a row cut by the break.
    auto parts = parts_builder()
                     .page(1)
                     .row({"A1", "x", "y", "z", "w"})
                     .row({"A2", "x", "y", "z", "w"})
                     .page(2)
                     .row({"", "rest of A2", "", "", ""})
                     .row({"A3", "x", "y", "z", "w"})
                     .page(3, true, false)
                     .header()
                     .row({"1", "a", "b", "c", "d"})
                     .build();
    std::vector<diagnostic> kept_doubts, lean_doubts;
    stitcher kept(kept_doubts), lean(lean_doubts, /*keep_headerless=*/false);
    for (const page_part& p : parts) {
      kept.add_page({p});
      lean.add_page({p});
    }
    const auto all = kept.finish();
    const auto trimmed = lean.finish();
    REQUIRE(all.size() == 2);
    REQUIRE(trimmed.size() == 2);
    CHECK(all[0].rows.size() == 3);
    CHECK(all[0].rows[1].cells[1].size() == 2);  // A2 took its rest from page 2
    CHECK(trimmed[0].rows.empty());              // no longer continued: dropped
    CHECK(trimmed[1].rows.size() == all[1].rows.size());
    CHECK(trimmed[1].headers == all[1].headers);
    CHECK(lean_doubts == kept_doubts);
  }
}
