// The plan builder's stages: a content page's table parts (find_page_parts), and the
// columns an unruled plan cut by the page break lends to the top of the next page.
#include "plan_builder.h"

#include <doctest/doctest.h>

#include "plan_pages.h"

using namespace extract_plan;
using namespace extract_plan::testing;

namespace {

std::vector<std::string> texts_of(const std::vector<text_line>& lines) {
  std::vector<std::string> out;
  for (const text_line& line : lines) out.push_back(line.text());
  return out;
}

}  // namespace

TEST_SUITE("find_page_parts") {
  TEST_CASE("an unruled plan under its header is a part, and the prose around it stays free") {
    page_builder b = first_page_builder();
    b.text(80, 60, "Appendix A: action plan");
    const page_parts parts = find_page_parts(content_of(b.build()), nullptr, false);
    REQUIRE(parts.plans.size() == 1);
    CHECK_FALSE(parts.plans[0].table.is_ruled);
    CHECK(parts.plans[0].table.rows.size() == 3);  // the header and two rows
    CHECK(parts.plans[0].context.text_above == "Appendix A: action plan");
    CHECK(parts.plans[0].context.at_page_bottom);
    CHECK(texts_of(parts.free_lines) == std::vector<std::string>{"Appendix A: action plan"});
    CHECK(parts.others.empty());  // grids not asked for
  }

  TEST_CASE("with grids, a table of white space alone is another part, its lines still free") {
    page_builder b(1);
    const char* wards[] = {"Abbey", "Brook", "Castle", "Dene"};
    double y = 100;
    for (const char* ward : wards) {
      b.text(50, y, ward).text(200, y, "14,874").text(320, y, "2,554");
      y += 14;
    }
    const page_parts parts = find_page_parts(content_of(b.build()), nullptr, true);
    CHECK(parts.plans.empty());
    REQUIRE(parts.others.size() == 1);
    CHECK(parts.others[0].table.is_stream);
    CHECK(parts.others[0].table.rows.size() == 4);
    CHECK(parts.free_lines.size() == 4);
    CHECK(find_page_parts(content_of(b.build()), nullptr, false).others.empty());
  }

  TEST_CASE("a page that starts with rows and no header is a plan only under lent columns") {
    const content_page second = content_of(second_page());
    CHECK(find_page_parts(second, nullptr, false).plans.empty());
    const page_parts first = find_page_parts(content_of(first_page()), nullptr, false);
    REQUIRE(first.plans.size() == 1);
    const page_parts parts = find_page_parts(second, &first.plans[0].table.column_edges, false);
    REQUIRE(parts.plans.size() == 1);
    CHECK(parts.plans[0].context.at_page_top);
    CHECK(parts.plans[0].table.rows.size() == 2);  // the rest of row 2, and row 3
  }
}

TEST_SUITE("plan_builder") {
  TEST_CASE("lends an unruled plan's columns only to the page right after it") {
    options opts;
    plan_builder plans(opts);
    CHECK(plans.lent_columns(1) == nullptr);
    const content_page first = content_of(first_page());
    plans.add_page(first, find_page_parts(first, nullptr, false));
    REQUIRE(plans.lent_columns(2) != nullptr);
    // The five edges of four columns: the item numbers', and the three under the header.
    CHECK(plans.lent_columns(2)->size() == 5);
    CHECK(plans.lent_columns(3) == nullptr);  // a page left out breaks the plan
  }

  TEST_CASE("a plan with text below it on its page lends nothing: it ended there") {
    options opts;
    plan_builder plans(opts);
    page_builder b = first_page_builder();
    b.text(80, 260, "Next steps: the committee will review this plan in March.");
    content_page first = content_of(b.build());
    first.body_bottom = 270;
    plans.add_page(first, find_page_parts(first, nullptr, false));
    CHECK(plans.lent_columns(2) == nullptr);
  }
}
