// The plan builder: content pages in (finish_page), a document's plans out
// (finish_document). An unruled plan running on to a second page whose top row is the rest
// of the last row of the first.
#include "plan_builder.h"

#include <doctest/doctest.h>

#include "extract.h"
#include "layout/lines.h"
#include "page_builder.h"
#include "table/ruled.h"

using namespace extract_plan;
using extract_plan::testing::page_builder;

namespace {

content_page content_of(const page& p) {
  content_page out;
  out.number = p.number;
  out.width = p.width;
  out.height = p.height;
  out.lines = layout::build_lines(p.words);
  out.body_bottom = 190;  // the lowest text of the pages: page 1's last line reaches it
  return out;
}

page first_page() {
  page_builder b(1);
  b.text(80, 100, "RECOMMENDATION", 10, true)
      .text(300, 100, "RESPONSE", 10, true)
      .text(520, 100, "LEAD OFFICER", 10, true);
  b.text(50, 130, "1")
      .text(80, 130, "That the council")
      .text(300, 130, "Agreed")
      .text(520, 130, "Jane Smith");
  b.text(50, 172, "2")
      .text(80, 172, "That officers report")
      .text(300, 172, "In hand")
      .text(520, 172, "Head of");
  b.text(80, 186, "to the committee");
  return b.build();
}

page second_page() {
  page_builder b(2);
  b.text(80, 60, "each year").text(520, 60, "Service");
  b.text(50, 88, "3")
      .text(80, 88, "That the plan is")
      .text(300, 88, "Agreed")
      .text(520, 88, "Clerk");
  return b.build();
}

}  // namespace

TEST_SUITE("plan_builder") {
  TEST_CASE("finds the plan, joins the row cut by the page break, and types the records") {
    options opts;
    plan_builder plans(opts);
    finish_page(content_of(first_page()), plans, opts);
    finish_page(content_of(second_page()), plans, opts);
    const document doc = finish_document(document{}, "", plans, opts);
    REQUIRE(doc.tables.size() == 1);
    CHECK(doc.tables[0].pages == page_span{1, 2});
    REQUIRE(doc.records.size() == 3);
    CHECK(doc.records[1].recommendation == "That officers report to the committee each year");
    CHECK(doc.records[1].lead_officer.text == "Head of Service");
    CHECK(doc.records[1].pages == page_span{1, 2});
    CHECK(doc.records[2].number == "3");
    CHECK(doc.grids.empty());    // not asked for
    CHECK(doc.outline.empty());  // nor this
  }

  TEST_CASE("a page left out breaks the plan: its columns are not lent across the gap") {
    options opts;
    plan_builder plans(opts);
    finish_page(content_of(first_page()), plans, opts);
    content_page third = content_of(second_page());
    third.number = 3;
    finish_page(third, plans, opts);
    const document doc = finish_document(document{}, "", plans, opts);
    REQUIRE(doc.records.size() == 2);  // page 3's rows have no header and no columns lent
    CHECK(doc.records[1].recommendation == "That officers report to the committee");
  }

  TEST_CASE("with trace and grids, says where the parts are and gives every table") {
    options opts;
    opts.trace = opts.grids = true;
    plan_builder plans(opts);
    finish_page(content_of(first_page()), plans, opts);
    finish_page(content_of(second_page()), plans, opts);
    const document doc = finish_document(document{}, "", plans, opts);
    REQUIRE(doc.outline.size() == 2);
    CHECK(doc.outline[0].parts.size() == 1);
    CHECK(doc.outline[0].parts[0].kind == part_kind::aligned);
    CHECK(doc.grids.size() == 1);
  }

  TEST_CASE("a plan with a header and no body is listed, with table.empty, not table.none") {
    // A ruled grid whose header names its fields and whose body cells are all empty.
    page_builder b(1);
    b.grid({70, 290, 510, 700}, {85, 110, 160, 210})
        .text(80, 100, "RECOMMENDATION", 10, true)
        .text(300, 100, "RESPONSE", 10, true)
        .text(520, 100, "LEAD OFFICER", 10, true);
    const page p = b.build();
    content_page content = content_of(p);
    std::vector<diagnostic> doubts;
    content.ruled = tabular::find_ruled_tables(p, doubts);
    REQUIRE(content.ruled.size() == 1);
    options opts;
    plan_builder plans(opts);
    finish_page(content, plans, opts);
    const document doc = finish_document(document{}, "", plans, opts);
    CHECK(doc.tables.size() == 1);
    CHECK(doc.records.empty());
    REQUIRE(doc.diagnostics.size() == 1);
    CHECK(doc.diagnostics[0].code == diag::table_empty);
  }

  TEST_CASE("no plan at all is table.none") {
    page_builder b(1);
    b.text(80, 100, "Some prose about the budget, and no table at all.");
    options opts;
    plan_builder plans(opts);
    finish_page(content_of(b.build()), plans, opts);
    const document doc = finish_document(document{}, "", plans, opts);
    REQUIRE(doc.diagnostics.size() == 1);
    CHECK(doc.diagnostics[0].code == diag::table_none);
  }
}
