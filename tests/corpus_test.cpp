// Real council PDFs from ../shared/corpus/real (SOURCES.tsv says what each is). Expectations
// were checked by hand against the page images.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "extract.h"
#include "extract_plan/extract_plan.h"
#include "open_pdf.h"
#include "pdf/pdf_reader.h"
#include "table/ruled.h"

using namespace extract_plan;

namespace {

std::string real(const char* name) { return std::string(EXTRACT_PLAN_CORPUS "/real/") + name; }

// Options that find every table, as --tables does.
options with_grids() {
  options opts;
  opts.grids = true;
  return opts;
}

}  // namespace

TEST_SUITE("corpus") {
  TEST_CASE("a grid drawn as shaded cells under white rules is a ruled table") {
    // Kent ICS priorities, page 7: a PowerPoint export whose table rules are white strokes
    // over blue-grey cell fills; the fills' edges show the grid.
    open_pdf file(real("kent-cc-2025-ics-priorities-action-plan-led-by-timescale.pdf"));
    std::vector<diagnostic> diagnostics;
    const page p = to_page(file.file.read_page(7, diagnostics));
    const auto tables = tabular::find_ruled_tables(p, diagnostics);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].column_count() >= 5);
    CHECK(tables[0].rows.size() >= 8);
    CHECK(tables[0].rows[0].cells[1].lines.at(0).text() == "Led by");
  }

  TEST_CASE("a page background fill is not a table") {
    open_pdf file(real("kent-cc-2025-ics-priorities-action-plan-led-by-timescale.pdf"));
    std::vector<diagnostic> diagnostics;
    const page p = to_page(file.file.read_page(7, diagnostics));
    // The white 960x540 page fill would give edges along the page border if it counted.
    CHECK(std::none_of(p.rules.begin(), p.rules.end(), [&](const rule& r) {
      return r.is_vertical() && r.x0 < 1 && r.y1 - r.y0 > 500;
    }));
  }
}

namespace {

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// Every text of a record, for checks that no page furniture leaked into a cell.
std::vector<std::string> texts_of(const record& r) {
  std::vector<std::string> out = {r.number,        r.recommendation, r.action,  r.lead_officer.text,
                                  r.deadline.text, r.status,         r.progress};
  for (const auto& [header, value] : r.other) out.push_back(value);
  return out;
}

}  // namespace

TEST_SUITE("corpus") {
  TEST_CASE("infected blood response: a group label merged down over rows and pages") {
    // pp12-14: 'Approach taken | Recommendation'; 'Accepting in full' spans rows on p12 and
    // continues on p13 without its label. Checked against pdftotext -layout and the images.
    struct row {
      int page;
      const char* status;
      const char* recommendation;
    };
    const row expected[] = {
        {12, "Accepting in full", "Recommendation 1"},
        {12, "Accepting in full", "Recommendation 2"},
        {12, "Accepting in full", "Recommendation 3"},
        {12, "Accepting in full", "Recommendation 4a) i)"},
        {12, "Accepting in full", "Recommendation 4a) ii)"},
        {12, "Accepting in full", "Recommendation 4a) iii)"},
        {12, "Accepting in full",
         "Recommendation 4c) i) (accepted in principle by Scottish Government and NI Executive)"},
        {12, "Accepting in full",
         "Recommendation 4c) ii) (accepted in principle by Scottish Government and NI Executive)"},
        {12, "Accepting in full", "Recommendation 4e)"},
        {13, "Accepting in full",
         "Recommendation 7a) ii) (accepted in principle by Welsh Government and NI Executive)"},
        {13, "Accepting in full", "Recommendation 7a) iii)"},
        {13, "Accepting in full", "Recommendation 8 (accepted in principle by NI Executive)"},
        {13, "Accepting in full", "Recommendation 10a) v)"},
        {13, "Accepting in full", "Recommendation 12a)"},
        {13, "Accepting in full", "Recommendation 12b)"},
        {13, "Accepting in full", "Recommendation 12c)"},
        {13, "Accepting in principle", "Recommendation 4a) iv"},
        {13, "Accepting in principle", "Recommendation 4a) v)"},
        {13, "Accepting in principle", "Recommendation 4b)"},
        {13, "Accepting in principle", "Recommendation 4d)"},
        {13, "Accepting in principle", "Recommendation 5"},
        {13, "Accepting in principle", "Recommendation 6"},
        {13, "Accepting in principle", "Recommendation 7a) i)"},
        {13, "Accepting in principle", "Recommendation 7b)"},
        {13, "Accepting in principle", "Recommendation 7c)"},
        {13, "Accepting in principle", "Recommendation 7d)"},
        {13, "Accepting in principle", "Recommendation 7e)"},
        {13, "Accepting in principle", "Recommendation 7f)"},
        {13, "Accepting in principle",
         "Recommendation 9) (accepted in full by Scottish Government)"},
        {13, "Accepting in principle",
         "Recommendation 10a) i) (accepted in full by Welsh Government)"},
        {13, "Accepting in principle", "Recommendation 10a) ii)"},
        {13, "Accepting in principle", "Recommendation 10a) iii)"},
        {13, "Accepting in principle", "Recommendation 10a) iv)"},
        {13, "Accepting in principle", "Recommendation 11"},
        {13, "Accepting in principle", "Recommendation 12d)"},
        {13, "Accepting in principle", "Recommendation 12e)"},
        {14, "Not accepting", "None"},
    };
    const document doc = extract_file(real("uk-gov-2024-infected-blood-inquiry-response.pdf"));
    REQUIRE(doc.tables.size() == 1);
    CHECK(doc.tables[0].pages.first == 12);
    CHECK(doc.tables[0].pages.last == 14);
    REQUIRE(doc.records.size() == std::size(expected));
    for (std::size_t i = 0; i < doc.records.size(); ++i) {
      CAPTURE(i);
      CHECK(doc.records[i].pages.first == expected[i].page);
      CHECK(doc.records[i].status == expected[i].status);
      CHECK(doc.records[i].recommendation == expected[i].recommendation);
    }
  }

  TEST_CASE("west sussex tobacco control: unnumbered rows cut by page breaks are rejoined") {
    // pp115-121 of the needs assessment; tables 12-18 'Action to be taken by | Recommended
    // action', banded fills, rows breaking p3->p4 and p4->p5 with text in the first column on
    // both sides. Checked against pdftotext -layout.
    struct row {
      int table, first, last;
      const char* officer;
      const char* action_start;
    };
    const row expected[] = {
        {0, 2, 2,
         "Local authorities, clinical commissioning groups, NHS trusts, voluntary and community "
         "sector organisations and others commissioned to provide public services – in conjunction "
         "with trading standard, environmental health and public health teams",
         "Should provide training and information for s"},
        {0, 2, 2,
         "Local authorities, clinical commissioning groups, NHS trusts and voluntary and community "
         "sectors.",
         "Provide training and support to empower the w"},
        {0, 2, 2,
         "Local authorities, clinical commissioning groups, NHS trusts and voluntary and community "
         "sectors.",
         "In accordance with CLeaR principles; provide "},
        {1, 2, 2,
         "Local authorities, clinical commissioning groups, NHS trusts, voluntary and community "
         "sectors, schools and colleges",
         "Co-design and co-commission evidence based pe"},
        {2, 3, 3,
         "Local authorities, clinical commissioning groups, NHS trusts, voluntary and community "
         "sector organisations and others commissioned to provide public services – in conjunction "
         "with trading standard, environmental health and public health teams",
         "To maximise on current opportunities and iden"},
        {2, 3, 3, "Trading standards and environmental health",
         "Improve the collection and sharing of data/in"},
        {2, 3, 3, "Public health, trading standards and environmental health",
         "Use local data to target activity in geograph"},
        {3, 3, 3, "West Sussex County Council", "Provide clear leadership (in line with CLeaR "},
        {3, 3, 4,
         "West Sussex County Council, all District and Borough Councils in West Sussex, all "
         "Clinical Commissioning Groups (CCGs) in West Sussex",
         "Provide clear leadership and commitment to to"},
        {3, 4, 4, "Education commissioners, head teachers and boards of governors",
         "Ensure that all schools have a clear availabl"},
        {3, 4, 4,
         "Local authorities and districts and borough councils, voluntary and community sector "
         "organisations",
         "Take the opportunity created by this report t"},
        {4, 4, 4, "All", "Involving local communities and target groups"},
        {4, 4, 4, "Public health, trading standards and environmental health",
         "Ensure that messages to the public, professio"},
        {4, 4, 4, "Public Health in local authorities, CCGs and NHS trusts",
         "Increase awareness of the health harms of sec"},
        {4, 4, 5, "Public Health in local authorities, CCGs and NHS trusts",
         "Develop a clear social marketing strategy to "},
        {4, 5, 5, "Public Health in local authorities",
         "Provide clear guidance to professional and pu"},
        {4, 5, 5,
         "Public Health in local authorities, NHS Trusts, CCGs, Healthwatch and other voluntary "
         "and community sector organisations, (including health and social workforce, pharmacies "
         "and GPs)",
         "Ensure that all tobacco control activity are "},
        {5, 5, 6, "All members of the West Sussex Smokefree Partnership and partner organisations",
         "In line with CLeaR recommendations for West S"},
        {5, 6, 6, "Commissioners of environmental health and trading standards services",
         "Enhance tobacco control through improved part"},
        {6, 6, 6, "Public Health commissioners, CCGs",
         "In addition to the actions set out in the rec"},
        {6, 6, 6,
         "Local authorities, clinical commissioning groups, NHS trusts, voluntary and community "
         "sector organisations and others commissioned to provide public services",
         "Ensure there is high profile and clear guidan"},
    };
    const document doc =
        extract_file(real("west-sussex-2016-tobacco-control-recommendations-pp115-121.pdf"));
    CHECK(doc.tables.size() == 7);
    REQUIRE(doc.records.size() == std::size(expected));
    for (std::size_t i = 0; i < doc.records.size(); ++i) {
      CAPTURE(i);
      const record& r = doc.records[i];
      CHECK(r.table == expected[i].table);
      CHECK(r.pages.first == expected[i].first);
      CHECK(r.pages.last == expected[i].last);
      CHECK(r.lead_officer.text == expected[i].officer);
      CHECK(starts_with(r.action, expected[i].action_start));
      for (const std::string& text : texts_of(r)) CHECK(text.find("Page |") == std::string::npos);
    }
    const auto ambiguous =
        std::count_if(doc.diagnostics.begin(), doc.diagnostics.end(),
                      [](const diagnostic& d) { return d.code == "stitch.ambiguous"; });
    CHECK(ambiguous == 2);
  }

  TEST_CASE("kent ICS priorities: a table over pages 7-11 with its title and header on each") {
    const document doc =
        extract_file(real("kent-cc-2025-ics-priorities-action-plan-led-by-timescale.pdf"));
    const auto t = std::find_if(doc.tables.begin(), doc.tables.end(),
                                [](const plan_table& x) { return x.pages.first == 7; });
    REQUIRE(t != doc.tables.end());
    CHECK(t->pages.last == 11);
    const int index = static_cast<int>(t - doc.tables.begin());
    // Page 8, checked against the page image: six rows, the first still in page 7's section.
    struct row {
      const char* action_start;
      const char* officer;
      const char* deadline;
      const char* outcome;
      const char* section_start;
    };
    const row expected[] = {
        {"Gain assurance that there are systems in place", "DPH/DDPH", "March 2026", "S02,SO3",
         "Develop a system wide approach"},
        {"Review all services in receipt on the Public Health Grant.",
         "AD Integrated Commissioning", "March 2026", "SO1,SO3,SO4,SO5",
         "Public Health Service Transformation"},
        {"Support opportunities, look across services", "DPH / PH Consultant", "March 2026", "SO3",
         "Public Health Service Transformation"},
        {"Support and enhance our prevention offer.", "PH Consultant Performance/PH Consultant",
         "March 2026", "SO3, SO5", "Public Health Service Transformation"},
        {"Improve access to preventative mental health care", "CPH", "1-2 years",
         "SO5, SO3,SO4,SO1", "Public Health Service Transformation"},
        {"Establish a robust parent infant mental health service", "CPH", "2-3 years", "SO1,SO5",
         "Public Health Service Transformation"},
    };
    std::vector<const record*> page8;
    for (const record& r : doc.records) {
      if (r.table == index && r.pages.first == 8) page8.push_back(&r);
      if (r.table == index) CHECK(r.action != "What we have committed to");  // header dropped
    }
    REQUIRE(page8.size() == std::size(expected));
    for (std::size_t i = 0; i < page8.size(); ++i) {
      CAPTURE(i);
      const record& r = *page8[i];
      CHECK(starts_with(r.action, expected[i].action_start));
      CHECK(r.lead_officer.text == expected[i].officer);
      CHECK(r.deadline.text == expected[i].deadline);
      REQUIRE(r.other.size() == 2);
      CHECK(r.other[1].first == "Shared Outcome");
      CHECK(r.other[1].second == expected[i].outcome);
      REQUIRE(r.section.has_value());
      CHECK(starts_with(*r.section, expected[i].section_start));
    }
  }

  TEST_CASE("kent family hubs: a response table over 18 pages, rows cut at page breaks") {
    const document doc =
        extract_file(real("kent-cc-2025-family-hubs-consultation-feedback-responses.pdf"));
    REQUIRE(doc.tables.size() == 3);
    CHECK(doc.tables[0].pages.first == 1);
    CHECK(doc.tables[0].pages.last == 7);
    CHECK(doc.tables[1].pages.first == 8);
    CHECK(doc.tables[2].pages.last == 18);
    REQUIRE(doc.records.size() >= 4);
    // Checked against pdftotext -layout: page 1's rows, and the row cut between pages 1 and 2
    // whose continuation starts page 2 with an empty left cell.
    CHECK(starts_with(doc.records[0].recommendation, "Seashells must not close"));
    CHECK(starts_with(doc.records[0].action, "It is acknowledged that Seashells plays an"));
    CHECK(starts_with(doc.records[1].recommendation, "Gateway will not be able to offer"));
    const record& cut = doc.records[2];
    CHECK(starts_with(cut.recommendation, "Seashells is invaluable for children"));
    CHECK(cut.pages.first == 1);
    CHECK(cut.pages.last == 2);
    CHECK(cut.action.find("is not one of the services that would end if the contracts were not "
                          "re-commissioned.") != std::string::npos);
    REQUIRE(doc.records[0].section.has_value());
    CHECK(starts_with(*doc.records[0].section, "Consultation feedback relating to Seashells"));
    for (const record& r : doc.records) {
      CHECK_FALSE((r.recommendation.empty() && r.action.empty()));
      CHECK(r.recommendation != "Consultation Feedback");
    }
  }
}

TEST_SUITE("corpus") {
  TEST_CASE("the same table repeated on every page under another title stays apart") {
    // Halton's statement of persons nominated: one ward per page, each with the same two
    // tables; the ward's name above them differs, so no table runs on to the next page.
    const document doc =
        extract_file(real("halton-2019-statement-of-persons-nominated.pdf"), with_grids());
    CHECK(doc.grids.size() >= 19);
    for (const grid& g : doc.grids) CHECK(g.pages.first == g.pages.last);
    CHECK(doc.records.empty());
  }

  TEST_CASE("a table split sideways over pages is not merged into one") {
    // NCES projections: the continuation page repeats the row labels under other columns.
    const document doc = extract_file(
        real("us-nces-high-school-graduates-projections-split-table.pdf"), with_grids());
    for (const grid& g : doc.grids) CHECK(g.pages.first == g.pages.last);
  }

  TEST_CASE("a long document reads the same with its pages read ahead or in turn") {
    // 31 pages: past the furniture window, so the pages are read on a thread of their own.
    const std::string path = real("kent-cc-2025-ics-priorities-action-plan-led-by-timescale.pdf");
    options in_turn = with_grids();
    in_turn.read_ahead = false;
    const std::string expected = to_tables_json(extract_file(path, in_turn));
    CHECK(to_tables_json(extract_file(path, with_grids())) == expected);
    options plain;
    plain.read_ahead = false;
    CHECK(to_json(extract_file(path)) == to_json(extract_file(path, plain)));
  }

  TEST_CASE("the regression corpus of real texts holds every deadline and officer text") {
    // tests/data/real_texts.json must list every distinct text the real plans give, so that
    // a new form in a real table is checked by hand before it counts as read.
    std::ifstream in(EXTRACT_PLAN_TESTDATA "/real_texts.json");
    const nlohmann::json listed = nlohmann::json::parse(in);
    std::set<std::string> deadlines, officers;
    for (const auto& c : listed["deadlines"]) deadlines.insert(c["text"].get<std::string>());
    for (const auto& c : listed["officers"]) officers.insert(c["text"].get<std::string>());
    for (const auto& entry : std::filesystem::directory_iterator(EXTRACT_PLAN_CORPUS "/real")) {
      if (entry.path().extension() != ".pdf") continue;
      const document doc = extract_file(entry.path().string());
      for (const record& r : doc.records) {
        const std::string file = entry.path().filename().string();
        CAPTURE(file);
        if (!r.deadline.text.empty()) CHECK(deadlines.count(r.deadline.text) == 1);
        if (!r.lead_officer.text.empty()) CHECK(officers.count(r.lead_officer.text) == 1);
      }
    }
  }
}

TEST_SUITE("corpus") {
  TEST_CASE("reading polling-station register: one table over seven pages, 110 stations") {
    // No rules and no known header; the register goes on page after page under its running
    // header, its right edge moving with each page's longest line.
    const document doc =
        extract_file(real("reading-2015-polling-station-register.pdf"), with_grids());
    REQUIRE(doc.grids.size() == 1);
    CHECK(doc.grids[0].pages == page_span{1, 7});
    CHECK(doc.grids[0].rows.size() == 110);  // the station codes pdftotext shows, RE1 to RWB110
  }

  TEST_CASE("kent budget risk register: its TOTAL box, printed on every page, is one table") {
    const document doc = extract_file(real("kent-cc-2025-budget-risk-register.pdf"), with_grids());
    REQUIRE(doc.grids.size() == 3);
    CHECK(doc.grids[0].rows.size() == 1);
    CHECK(doc.grids[0].rows[0][0].text == "TOTAL £m");
    CHECK(doc.grids[0].pages == page_span{1, 11});
    CHECK(doc.grids[1].pages == page_span{1, 11});  // the register itself
  }

  TEST_CASE("a plan of indicators with a page left out differs by that page's rows alone") {
    // Kent ICS priorities' indicator tables have no number, recommendation or action: their
    // rows pair by all their text. Page 20 holds two of them.
    const std::string path = real("kent-cc-2025-ics-priorities-action-plan-led-by-timescale.pdf");
    options without;
    without.pages = parse_page_ranges("1-19,21-31");
    const document_diff d = diff_documents(extract_file(path), extract_file(path, without));
    REQUIRE(d.changes.size() == 2);
    for (const record_change& c : d.changes) {
      CHECK(c.kind == change_kind::removed);
      CHECK_FALSE(c.slipped);
      const bool named =
          c.summary.rfind("By April 2027", 0) == 0 || c.summary.rfind("For the emissions", 0) == 0;
      CHECK(named);
    }
  }
}
