// What the batch commands rest on in the library: page selections, the CSV writer, one-line
// JSON, the value-by-value comparison verify prints, and the outline the review draws.
#include <doctest/doctest.h>

#include <stdexcept>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;

namespace {

document one_record() {
  document doc;
  doc.source = {"a.pdf", 2, "00"};
  doc.tables.push_back({{1, 2}, {}});
  record r;
  r.table = 0;
  r.index = 1;
  r.number = "1";
  r.recommendation = "Say \"yes\", then\nstop";
  r.lead_officer = parse_officer("Natalie McGrath (PHSE Co-ordinator) / Helen Phillips");
  r.deadline = parse_deadline("March 2024 then Q2 2024/25 or 1 January 2024");
  r.section = "Safety";
  r.pages = {1, 2};
  doc.records.push_back(r);
  return doc;
}

}  // namespace

TEST_SUITE("page_ranges") {
  TEST_CASE("reads single pages, ranges, lists and open ends") {
    CHECK(parse_page_ranges("3") == std::vector<page_span>{{3, 3}});
    CHECK(parse_page_ranges("2-5") == std::vector<page_span>{{2, 5}});
    CHECK(parse_page_ranges("1,4-6") == std::vector<page_span>{{1, 1}, {4, 6}});
    CHECK(parse_page_ranges("7-").front().first == 7);
    CHECK(parse_page_ranges("7-").front().last > 1000000);
  }

  TEST_CASE("refuses what is no selection") {
    for (const char* bad : {"", "0", "a", "5-2", "1,,2", "-3", "1-2-3", "3 ", "99999999999"}) {
      CAPTURE(bad);
      CHECK_THROWS_AS(parse_page_ranges(bad), std::invalid_argument);
    }
  }
}

TEST_SUITE("csv") {
  TEST_CASE("the header names the columns in their order") {
    CHECK(csv_header() ==
          "file,table,index,number,section,recommendation,action,lead_officer,"
          "lead_officer_names,deadline,deadline_status,deadline_start,deadline_end,status,"
          "progress,pages_first,pages_last\r\n");
  }

  TEST_CASE("a record is one RFC 4180 row: quotes doubled, line breaks kept inside quotes") {
    CHECK(to_csv(one_record(), "dir/a.pdf") ==
          "dir/a.pdf,0,1,1,Safety,\"Say \"\"yes\"\", then\nstop\",,"
          "Natalie McGrath (PHSE Co-ordinator) / Helen Phillips,"
          "Natalie McGrath; Helen Phillips,"
          "March 2024 then Q2 2024/25 or 1 January 2024,,2024-01-01,2024-09-30,,,1,2\r\n");
  }

  TEST_CASE("a document without records gives no rows") {
    CHECK(to_csv(document{}, "x.pdf").empty());
  }

  TEST_CASE("tables give one row a cell, header rows marked") {
    document doc;
    doc.grids.push_back({{1, 2},
                         1,
                         {{{"No.", {{1, 0, 0, 1, 1}}}, {"Action", {}}},
                          {{"1", {{1, 0, 0, 1, 1}, {2, 0, 0, 1, 1}}}, {"Do, it", {}}}}});
    CHECK(to_tables_csv(doc, "t.pdf") ==
          "t.pdf,0,0,0,true,No.,1,1\r\n"
          "t.pdf,0,0,1,true,Action,0,0\r\n"
          "t.pdf,0,1,0,false,1,1,2\r\n"
          "t.pdf,0,1,1,false,\"Do, it\",0,0\r\n");
  }
}

TEST_SUITE("json_layout") {
  TEST_CASE("one_line writes the same values on a single line") {
    const document doc = one_record();
    const std::string line = to_json(doc, json_layout::one_line);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.rfind("{\"schema_version\":1,\"source\":{\"file\":\"a.pdf\"", 0) == 0);
    CHECK(compare_json(to_json(doc), line).empty());
  }
}

TEST_SUITE("compare_json") {
  TEST_CASE("names the path of each value that differs") {
    const auto d =
        compare_json(R"({"records": [{"a": 1}, {"deadline": {"dates": [{"end": "x"}]}}]})",
                     R"({"records": [{"a": 1}, {"deadline": {"dates": [{"end": "y"}]}}]})");
    REQUIRE(d.size() == 1);
    CHECK(d[0].path == "records[1].deadline.dates[0].end");
    CHECK(d[0].expected == "\"x\"");
    CHECK(d[0].actual == "\"y\"");
  }

  TEST_CASE("reports keys and array entries missing on either side") {
    const auto d = compare_json(R"({"a": [1, 2], "b": 1})", R"({"a": [1], "c": null})");
    REQUIRE(d.size() == 3);
    CHECK(d[0].path == "a[1]");
    CHECK(d[0].actual == "(absent)");
    CHECK(d[1].path == "b");
    CHECK(d[2].path == "c");
    CHECK(d[2].expected == "(absent)");
  }

  TEST_CASE("ignores a key by its path, or with [] for every index, and all below it") {
    const char* a =
        R"({"source": {"sha256": "1"}, "records": [{"pages": [1, 2]}, {"pages": [3, 3]}]})";
    const char* b =
        R"({"source": {"sha256": "2"}, "records": [{"pages": [1, 3]}, {"pages": [4, 4]}]})";
    CHECK(compare_json(a, b).size() == 4);
    CHECK(compare_json(a, b, {"source.sha256"}).size() == 3);
    CHECK(compare_json(a, b, {"source.sha256", "records[].pages"}).empty());
    CHECK(compare_json(a, b, {"source", "records[0].pages"}).size() == 2);
  }

  TEST_CASE("layout and key order are no difference; a type is") {
    CHECK(compare_json("{\"a\":1,\"b\":[true]}", "{\n  \"b\": [true],\n  \"a\": 1\n}").empty());
    CHECK(compare_json("{\"a\": 1}", "{\"a\": \"1\"}").size() == 1);
  }

  TEST_CASE("throws on text that is not JSON") {
    CHECK_THROWS_AS(compare_json("{", "{}"), std::invalid_argument);
    CHECK_THROWS_AS(compare_json("{}", "nope"), std::invalid_argument);
  }
}

TEST_SUITE("pages_option") {
  TEST_CASE("reads only the pages selected, and never stitches across a page left out") {
    options opts;
    opts.pages = parse_page_ranges("1,3-4");
    const document doc = extract_file(EXTRACT_PLAN_SAMPLES "/appendix1.pdf", opts);
    CHECK(doc.source.pages == 6);
    REQUIRE_FALSE(doc.records.empty());
    for (const record& r : doc.records) {
      CHECK(r.pages.first != 2);
      CHECK(r.pages.last != 2);
      CHECK(r.pages.last <= 4);
    }
    // Page 1's plan ends with row 2's first part; page 3 starts a part of its own.
    CHECK(doc.tables.size() >= 1);
    CHECK(doc.tables.front().pages.last == 1);
  }

  TEST_CASE("a selection past the end gives no records and says so") {
    options opts;
    opts.pages = parse_page_ranges("40-50");
    const document doc = extract_file(EXTRACT_PLAN_SAMPLES "/appendix1.pdf", opts);
    CHECK(doc.records.empty());
    CHECK(doc.diagnostics.front().code == "pages.none");
  }
}

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

  TEST_CASE("escapes the text it shows") {
    document doc = one_record();
    doc.records[0].recommendation = "<script>alert(1)</script> & more";
    doc.outline.push_back({1, 100, 100, {}, {}, {}});
    const std::string html = review_html(doc, [](int) { return "x.png"; });
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more") != std::string::npos);
  }
}
