#include "layout/furniture.h"

#include <doctest/doctest.h>

#include "layout/lines.h"
#include "page_builder.h"

using namespace extract_plan;
using extract_plan::testing::page_builder;

namespace {

layout::page_lines lines_of(const page& p) {
  return {p.number, p.height, layout::build_lines(p.words), {}};
}

// Pages of an action plan with a two-line running header, a different body on each page and
// the given footer (with "#" replaced by the page number).
std::vector<layout::page_lines> plan_pages(int count, const std::string& footer = "") {
  std::vector<layout::page_lines> pages;
  for (int n = 1; n <= count; ++n) {
    page_builder b(n);
    b.text(300, 40, "SPOTLIGHT REVIEW - ACTION PLAN", 12, true)
        .text(380, 55, "APPENDIX 1", 12, true);
    b.text(60, 200 + 20 * n, "body text number " + std::to_string(n * 7));
    if (!footer.empty()) {
      std::string f = footer;
      const auto at = f.find('#');
      if (at != std::string::npos) f.replace(at, 1, std::to_string(n));
      b.text(400, 570, f);
    }
    pages.push_back(lines_of(b.build()));
  }
  return pages;
}

}  // namespace

TEST_SUITE("furniture") {
  TEST_CASE("a header repeated at the top of every page is furniture and the title") {
    auto pages = plan_pages(3);
    auto f = layout::find_furniture(pages);
    for (std::size_t p = 0; p < pages.size(); ++p) {
      CHECK(f.furniture_lines[p][0]);
      CHECK(f.furniture_lines[p][1]);
      CHECK_FALSE(f.furniture_lines[p][2]);
    }
    CHECK(f.title == "SPOTLIGHT REVIEW - ACTION PLAN APPENDIX 1");
  }

  TEST_CASE("a footer whose page number changes is still furniture and not in the title") {
    auto pages = plan_pages(4, "Page # of 4");
    auto f = layout::find_furniture(pages);
    for (std::size_t p = 0; p < pages.size(); ++p) CHECK(f.furniture_lines[p].back());
    CHECK(f.title == "SPOTLIGHT REVIEW - ACTION PLAN APPENDIX 1");
  }

  TEST_CASE("text repeated in the middle of pages is not furniture") {
    std::vector<layout::page_lines> pages;
    for (int n = 1; n <= 3; ++n)
      pages.push_back(lines_of(page_builder(n).text(60, 300, "same words").build()));
    auto f = layout::find_furniture(pages);
    for (auto& page : f.furniture_lines) CHECK_FALSE(page[0]);
  }

  TEST_CASE("a header on fewer than half of the pages is not furniture") {
    std::vector<layout::page_lines> pages;
    for (int n = 1; n <= 5; ++n) {
      page_builder b(n);
      if (n <= 2) b.text(300, 40, "SECTION A");
      b.text(60, 300, "body " + std::string(static_cast<std::size_t>(n), 'x'));
      pages.push_back(lines_of(b.build()));
    }
    auto f = layout::find_furniture(pages);
    CHECK_FALSE(f.furniture_lines[0][0]);
    CHECK(f.title.empty());
  }

  TEST_CASE("a lone page number at the foot of a one-page document is furniture") {
    std::vector<layout::page_lines> pages = {
        lines_of(page_builder().text(60, 300, "body").text(420, 570, "- 1 -").build())};
    auto f = layout::find_furniture(pages);
    CHECK_FALSE(f.furniture_lines[0][0]);
    CHECK(f.furniture_lines[0][1]);
  }

  TEST_CASE("lines inside a protected region are never furniture") {
    auto pages = plan_pages(3);
    for (auto& p : pages) p.protected_regions.push_back({0, 0, 842, 100});
    auto f = layout::find_furniture(pages);
    CHECK_FALSE(f.furniture_lines[0][0]);
  }

  TEST_CASE("recognises page-number forms") {
    CHECK(layout::is_page_number("Page 3 of 7"));
    CHECK(layout::is_page_number("3"));
    CHECK(layout::is_page_number("- 12 -"));
    CHECK(layout::is_page_number("Page | 4"));
    CHECK_FALSE(layout::is_page_number("Appendix 1"));
    CHECK_FALSE(layout::is_page_number("3 January"));
  }
}

TEST_SUITE("furniture") {
  TEST_CASE("a page number inside the running header is left out of the title") {
    std::vector<layout::page_lines> pages;
    for (int n = 1; n <= 3; ++n) {
      pages.push_back(lines_of(
          page_builder(n)
              .text(300, 40,
                    "Audit Committee \u2013 12 March 2025 \u2013 Page " + std::to_string(n))
              .text(60, 300, "body " + std::to_string(n * 11))
              .build()));
    }
    auto f = layout::find_furniture(pages);
    CHECK(f.furniture_lines[1][0]);
    CHECK(f.title == "Audit Committee \u2013 12 March 2025");
  }
}

TEST_SUITE("furniture") {
  TEST_CASE("a line the caller marks as content is never furniture") {
    std::vector<layout::page_lines> pages;
    for (int n = 1; n <= 3; ++n) {
      pages.push_back(lines_of(page_builder(n)
                                   .text(60, 60, "Ref Finding Status")
                                   .text(60, 300, "row " + std::to_string(n * 13))
                                   .build()));
    }
    auto f = layout::find_furniture(
        pages, [](const text_line& l) { return l.text() == "Ref Finding Status"; });
    CHECK_FALSE(f.furniture_lines[1][0]);
    CHECK(f.title.empty());
  }
}
