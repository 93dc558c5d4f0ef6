// The CSV writer: RFC 4180 rows, one a record (or a cell of --tables).
#include <doctest/doctest.h>

#include "extract_plan/extract_plan.h"
#include "one_record.h"

using namespace extract_plan;

using extract_plan::testing::one_record;

TEST_SUITE("csv") {
  TEST_CASE("the header names the columns in their order") {
    CHECK(csv_header() ==
          "file,table,index,number,section,recommendation,action,lead_officer,"
          "lead_officer_names,deadline,deadline_status,deadline_start,deadline_end,status,"
          "progress,pages_first,pages_last,response,response_value,state,rag,other\r\n");
  }

  TEST_CASE("a record is one RFC 4180 row: quotes doubled, line breaks kept inside quotes") {
    CHECK(to_csv(one_record(), "dir/a.pdf") ==
          "dir/a.pdf,0,1,1,Safety,\"Say \"\"yes\"\", then\nstop\",,"
          "Natalie McGrath (PHSE Co-ordinator) / Helen Phillips,"
          "Natalie McGrath; Helen Phillips,"
          "March 2024 then Q2 2024/25 or 1 January 2024,,2024-01-01,2024-09-30,,,1,2,,,,,\r\n");
  }

  TEST_CASE("a cell a spreadsheet would run as a formula starts with a ', unless raw") {
    document doc = one_record();
    record& r = doc.records.front();
    r.recommendation = "=HYPERLINK(\"http://x\",\"click\")";
    r.action = "+1";
    r.lead_officer = {};
    r.lead_officer.text = "@SUM(A1)";
    r.deadline = {};
    r.deadline.text = "-2+3";
    r.status = "\tcmd";
    r.progress = "a = b";  // only the first character counts
    const std::string safe = to_csv(doc, "=evil.pdf");
    CHECK(safe ==
          "'=evil.pdf,0,1,1,Safety,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",'+1,'@SUM(A1),,"
          "'-2+3,,,,'\tcmd,a = b,1,2,,,,,\r\n");
    CHECK(to_csv(doc, "=evil.pdf", csv_cells::raw) ==
          "=evil.pdf,0,1,1,Safety,\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",+1,@SUM(A1),,"
          "-2+3,,,,\tcmd,a = b,1,2,,,,,\r\n");
    doc.grids.push_back({{1, 1}, 0, {{{"=1+1", {}}}}});
    CHECK(to_tables_csv(doc, "t.pdf") == "t.pdf,0,0,0,false,'=1+1,0,0\r\n");
    CHECK(to_tables_csv(doc, "t.pdf", csv_cells::raw) == "t.pdf,0,0,0,false,=1+1,0,0\r\n");
  }

  TEST_CASE("columns of no known field are one JSON object in the last column") {
    document doc = one_record();
    doc.records.front().other = {{"RAG rating", "Green"}, {"Notes", "=1"}};
    const std::string row = to_csv(doc, "a.pdf");
    CHECK(row.substr(row.rfind(",\"{")) ==
          ",\"{\"\"RAG rating\"\":\"\"Green\"\",\"\"Notes\"\":\"\"=1\"\"}\"\r\n");
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
