// Real council PDFs from ../shared/corpus/real (SOURCES.tsv says what each is). Expectations
// were checked by hand against the page images.
#include <doctest/doctest.h>

#include <algorithm>

#include "pdf/pdf_reader.h"
#include "table/ruled.h"

using namespace extract_plan;

namespace {

std::string real(const char* name) { return std::string(EXTRACT_PLAN_CORPUS "/real/") + name; }

}  // namespace

TEST_SUITE("corpus") {
  TEST_CASE("a grid drawn as shaded cells under white rules is a ruled table") {
    // Kent ICS priorities, page 7: a PowerPoint export whose table rules are white strokes
    // over blue-grey cell fills; the fills' edges show the grid.
    pdf::pdf_file file(real("kent-cc-2025-ics-priorities-action-plan-led-by-timescale.pdf"));
    std::vector<diagnostic> diagnostics;
    const page p = file.read_page(7, diagnostics);
    const auto tables = tabular::find_ruled_tables(p);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].column_count() >= 5);
    CHECK(tables[0].rows.size() >= 8);
    CHECK(tables[0].rows[0].cells[1].lines.at(0).text() == "Led by");
  }

  TEST_CASE("a page background fill is not a table") {
    pdf::pdf_file file(real("kent-cc-2025-ics-priorities-action-plan-led-by-timescale.pdf"));
    std::vector<diagnostic> diagnostics;
    const page p = file.read_page(7, diagnostics);
    // The white 960x540 page fill would give edges along the page border if it counted.
    CHECK(std::none_of(p.rules.begin(), p.rules.end(), [&](const rule& r) {
      return r.is_vertical() && r.x0 < 1 && r.y1 - r.y0 > 500;
    }));
  }
}
