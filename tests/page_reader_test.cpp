// Reading pages ahead on a thread of its own hands the stages exactly what reading the pages
// in turn does, in the same order, and a reader let go early stops its thread at once, even
// one in the middle of a page that would never end.
#include "page_reader.h"

#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "open_pdf.h"

using namespace extract_plan;

namespace {

std::string data(const char* name) { return std::string(EXTRACT_PLAN_TESTDATA "/") + name; }
std::string sample(const char* name) { return std::string(EXTRACT_PLAN_SAMPLES "/") + name; }

// What a reader handed over: each page's number and words, then every doubt, in order.
std::vector<std::string> handed_over(const std::string& path, std::vector<int> pages, bool ahead) {
  open_pdf file(path);
  page_reader reader(file.file, std::move(pages), {}, std::chrono::steady_clock::now(), 0, ahead);
  std::vector<std::string> out;
  std::vector<diagnostic> diagnostics;
  while (std::optional<page> p = reader.next(diagnostics)) {
    std::string line = "page " + std::to_string(p->number) + ":";
    for (const word& w : p->words) line += " " + w.text;
    out.push_back(line);
  }
  for (const diagnostic& d : diagnostics) {
    out.push_back(d.code + " " + std::to_string(d.page) + " " + d.message);
  }
  return out;
}

}  // namespace

TEST_SUITE("page_reader") {
  TEST_CASE("ahead or in turn, the same pages and doubts in the same order") {
    for (const std::string& path :
         {sample("appendix1.pdf"), data("complaints.pdf"), data("rotated-page2.pdf")}) {
      CAPTURE(path);
      open_pdf file(path);
      std::vector<int> pages;
      for (int n = 1; n <= file.file.page_count(); ++n) pages.push_back(n);
      const auto in_turn = handed_over(path, pages, false);
      CHECK(in_turn.size() >= pages.size());
      CHECK(handed_over(path, pages, true) == in_turn);
    }
  }

  TEST_CASE("the pages asked for, in the order asked") {
    const auto out = handed_over(sample("appendix1.pdf"), {5, 2}, true);
    REQUIRE(out.size() >= 2);
    CHECK(out[0].rfind("page 5:", 0) == 0);
    CHECK(out[1].rfind("page 2:", 0) == 0);
  }

  TEST_CASE("no pages: nothing to hand over, and no thread waits") {
    CHECK(handed_over(sample("appendix1.pdf"), {}, true).empty());
  }

  TEST_CASE("a reader let go while its thread reads a page that never ends stops at once") {
    // nested-forms.pdf draws 10^9 rectangles: under a limit of an hour its page never ends.
    open_pdf file(data("nested-forms.pdf"));
    const auto started = std::chrono::steady_clock::now();
    {
      pdf::page_budget budget;
      budget.seconds = 3600;
      page_reader reader(file.file, {1, 1, 1}, budget, started, 0, true);
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
  }

  TEST_CASE("a document past its time limit stops with too_slow, its page cut at the limit") {
    // Each page would take its whole 20 s; the document may take a quarter of a second.
    open_pdf file(data("nested-forms.pdf"));
    for (const bool ahead : {false, true}) {
      CAPTURE(ahead);
      const auto started = std::chrono::steady_clock::now();
      page_reader reader(file.file, {1, 1, 1}, {}, started, 0.25, ahead);
      std::vector<diagnostic> diagnostics;
      try {
        while (reader.next(diagnostics)) {
        }
        FAIL("no error");
      } catch (const error& e) {
        CHECK(e.code() == errc::too_slow);
        CHECK(std::string(e.what()) ==
              "reading the document took longer than its time limit of 0.25 s");
      }
      CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(3));
    }
  }

  TEST_CASE("a document inside its time limit is read whole") {
    CHECK(handed_over(sample("appendix1.pdf"), {1, 2, 3}, true).size() >= 3);
    open_pdf file(sample("appendix1.pdf"));
    page_reader reader(file.file, {1, 2}, {}, std::chrono::steady_clock::now(), 600, false);
    std::vector<diagnostic> diagnostics;
    int pages = 0;
    while (reader.next(diagnostics)) ++pages;
    CHECK(pages == 2);
  }
}
