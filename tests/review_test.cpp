// The review: the outline a traced extraction returns, the pictures drawn from it and the
// HTML pages that list the records beside them.
#include <doctest/doctest.h>

#include "extract_plan/extract_plan.h"
#include "one_record.h"

using namespace extract_plan;

using extract_plan::testing::one_record;

TEST_SUITE("outline") {
  TEST_CASE("is empty unless asked for") {
    CHECK(extract_file(EXTRACT_PLAN_SAMPLES "/appendix1.pdf").outline.empty());
  }

  TEST_CASE("says where the furniture, the parts and the dropped headers are") {
    options opts;
    opts.trace = true;
    const document doc = extract_file(EXTRACT_PLAN_SAMPLES "/appendix1-repeat.pdf", opts);
    REQUIRE(doc.outline.size() == 3);
    for (const page_outline& p : doc.outline) {
      CAPTURE(p.page);
      CHECK(p.furniture.size() >= 2);  // the two-line running header, the page number
      REQUIRE(p.parts.size() == 1);
      CHECK(p.parts[0].kind == part_kind::ruled);
      CHECK(p.parts[0].column_edges.size() == 6);
      CHECK(p.parts[0].row_edges.size() >= 2);
      // The header is printed on every page and dropped on pages 2 and 3.
      CHECK(p.repeated_headers.size() == (p.page == 1 ? 0u : 1u));
    }
  }

  TEST_CASE("every record says where each of its cells is printed") {
    const document doc = extract_file(EXTRACT_PLAN_SAMPLES "/appendix1.pdf");
    const record& second = doc.records.at(1);
    REQUIRE(second.cells.size() == 5);
    // Row 2 runs from page 1 onto page 2: its recommendation has a box on each.
    REQUIRE(second.cells[1].size() == 2);
    CHECK(second.cells[1][0].page == 1);
    CHECK(second.cells[1][1].page == 2);
    CHECK(second.cells[1][1].y0 < second.cells[1][0].y0);  // the top of page 2
  }
}

TEST_SUITE("review") {
  TEST_CASE("renders a PNG of every page in the outline") {
    options opts;
    opts.trace = true;
    const std::string path = EXTRACT_PLAN_SAMPLES "/appendix1.pdf";
    const document doc = extract_file(path, opts);
    std::vector<int> pages;
    render_review_pages(path, doc, [&](int page, const std::string& png) {
      pages.push_back(page);
      CHECK(png.substr(0, 8) == "\x89PNG\r\n\x1a\n");
      CHECK(png.size() > 10000);
    });
    CHECK(pages == std::vector<int>{1, 2, 3, 4, 5, 6});
  }

  TEST_CASE("the review page lists records beside their pages, continued rows marked") {
    options opts;
    opts.trace = true;
    const document doc = extract_file(EXTRACT_PLAN_SAMPLES "/appendix1.pdf", opts);
    const std::string html =
        review_html(doc, [](int page) { return "p" + std::to_string(page) + ".png"; });
    CHECK(html.find("<img src=\"p2.png\"") != std::string::npos);
    const std::size_t page2 = html.find("id=\"page-2\"");
    const std::size_t page3 = html.find("id=\"page-3\"");
    const std::size_t row2 = html.find("id=\"record-0-2-page-2\"");
    REQUIRE(row2 != std::string::npos);
    CHECK(page2 < row2);
    CHECK(row2 < page3);
    CHECK(html.find("continued from page 1", row2) < page3);
  }

  TEST_CASE("escapes the text it shows, headers of unknown columns too") {
    document doc = one_record();
    doc.records[0].recommendation = "<script>alert(1)</script> & more";
    doc.records[0].other.emplace_back("<img src=x onerror=alert(2)>", "value");
    doc.outline.push_back({1, 100, 100, {}, {}, {}});
    const std::string html = review_html(doc, [](int) { return "x.png"; });
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more") != std::string::npos);
    CHECK(html.find("<img src=x") == std::string::npos);
    CHECK(html.find("&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
  }

  TEST_CASE("a page with no picture says so") {
    document doc = one_record();
    doc.outline.push_back({1, 100, 100, {}, {}, {}});
    const std::string html = review_html(doc, [](int) { return std::string(); });
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("could not be rendered") != std::string::npos);
  }

  TEST_CASE("the index links each document's review, its path encoded, and marks failures") {
    const std::string html =
        review_index_html({{"a/minutes #3.pdf", "a/minutes #3/index.html"}, {"bad.pdf", ""}});
    CHECK(html.find("<a href=\"a/minutes%20%233/index.html\">a/minutes #3.pdf</a>") !=
          std::string::npos);
    CHECK(html.find("<li>bad.pdf (failed)</li>") != std::string::npos);
  }
}
