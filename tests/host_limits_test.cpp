// What a host process that links the library keeps, whatever the PDF: its time and its
// memory. Each case is a ctest entry of its own, so that the process's peak resident memory
// (getrusage) is the case's own; all go through the C API, as a C#, Java or Python service
// calls the library, with no watchdog around it.
#include <doctest/doctest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "extract_plan/extract_plan.h"
#include "extract_plan/extract_plan_c.h"

namespace {

std::string hostile(const char* name) {
  return std::string(EXTRACT_PLAN_TESTDATA "/hostile/") + name;
}

struct outcome {
  int status = -1;
  nlohmann::json doc;
  std::string error;
  double seconds = 0;
};

// The options with "isolate" set as asked: every case runs in this process and in a helper.
std::string with_isolate(const std::string& options_json, bool isolate) {
  nlohmann::json j =
      options_json.empty() ? nlohmann::json::object() : nlohmann::json::parse(options_json);
  j["isolate"] = isolate;
  return j.dump();
}

outcome read_through_c_api(const std::string& path, const char* options_json) {
  outcome out;
  char* json = nullptr;
  char* message = nullptr;
  const auto started = std::chrono::steady_clock::now();
  out.status = extract_plan_file_json(path.c_str(), options_json, &json, &message);
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (json != nullptr) out.doc = nlohmann::json::parse(json);
  if (message != nullptr) out.error = message;
  extract_plan_free(json);
  extract_plan_free(message);
  return out;
}

// The peak resident memory of this process, or of the largest helper it waited for.
double peak_mib(int who = RUSAGE_SELF) {
  struct rusage usage {};
  ::getrusage(who, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024;  // kilobytes on Linux
}

bool has_diagnostic(const nlohmann::json& doc, const std::string& code, int page) {
  for (const auto& d : doc["diagnostics"]) {
    if (d["code"] == code && d["page"] == page) return true;
  }
  return false;
}

}  // namespace

TEST_SUITE("host_limits") {
  TEST_CASE("a ToUnicode map naming code 0xFFFFFF for 100 fonts: the rest read, 1 GiB kept") {
    // Unweighed, Poppler built a 64 MB table for each name: 6.5 GB, and the call succeeded.
    for (const bool isolate : {false, true}) {
      CAPTURE(isolate);
      const outcome r =
          read_through_c_api(hostile("tounicode-amplify.pdf"), with_isolate("", isolate).c_str());
      REQUIRE(r.status == EXTRACT_PLAN_OK);
      CHECK(r.doc["records"].size() == 3);
      CHECK(has_diagnostic(r.doc, "page.too_large", 2));
      CHECK(r.seconds < 10);
    }
    CHECK(peak_mib() < 1024);
    CHECK(peak_mib(RUSAGE_CHILDREN) < 1024);
  }

  TEST_CASE("2,000 fonts with costly ToUnicode streams: within twice the time limit") {
    // Each ToUnicode inflates to 5 MB of comment: unweighed, 63 s before the first operator,
    // where no time limit is asked. The fonts' count alone is past the default bound...
    const outcome by_count = read_through_c_api(hostile("tounicode-slow.pdf"), nullptr);
    REQUIRE(by_count.status == EXTRACT_PLAN_OK);
    CHECK(has_diagnostic(by_count.doc, "page.too_large", 2));
    // ... and without it, their cost in time is.
    for (const bool isolate : {false, true}) {
      CAPTURE(isolate);
      const std::string options =
          with_isolate(R"({"time_limit": 5, "page_time_limit": 1, "max_page_fonts": 0})", isolate);
      const outcome r = read_through_c_api(hostile("tounicode-slow.pdf"), options.c_str());
      REQUIRE(r.status == EXTRACT_PLAN_OK);
      CHECK(r.doc["records"].size() == 3);
      CHECK(has_diagnostic(r.doc, "page.too_slow", 2));
      CHECK(r.seconds < 2 * 5);
    }
    CHECK(peak_mib() < 1024);
  }

  TEST_CASE("a font program inflating to 100 MB is weighed against memory_limit") {
    // Poppler reads a Type1 program whole; a quarter of the limit (50 MB here) is a page's.
    const outcome r =
        read_through_c_api(hostile("fontfile-inflated.pdf"), R"({"memory_limit": 209715200})");
    REQUIRE(r.status == EXTRACT_PLAN_OK);
    CHECK(r.doc["records"].size() == 3);
    CHECK(has_diagnostic(r.doc, "page.too_large", 2));
    CHECK(peak_mib() < 200);
  }

  TEST_CASE("a FIFO and /dev/zero named .pdf are refused at once") {
    char folder[] = "/tmp/extract-plan-host-XXXXXX";
    REQUIRE(::mkdtemp(folder) != nullptr);
    const std::string fifo = std::string(folder) + "/x.pdf";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string zero = std::string(folder) + "/zero.pdf";
    REQUIRE(::symlink("/dev/zero", zero.c_str()) == 0);
    for (const std::string& path : {fifo, zero}) {
      for (const bool isolate : {false, true}) {
        CAPTURE(path);
        CAPTURE(isolate);
        const outcome r = read_through_c_api(path, with_isolate("", isolate).c_str());
        CHECK(r.status == EXTRACT_PLAN_READ_FAILED);
        CHECK(r.error.find("not a regular file") != std::string::npos);
        CHECK(r.seconds < 1);
      }
    }
    std::remove(fifo.c_str());
    std::remove(zero.c_str());
    ::rmdir(folder);
    CHECK(peak_mib() < 1024);
  }

  TEST_CASE("isolated, a document gives the JSON it gives in process, from a file or bytes") {
    const std::string sample = EXTRACT_PLAN_SAMPLES "/appendix1.pdf";
    std::ifstream in(sample, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    for (const char* options : {"{}", R"({"tables": true, "pages": "2-3"})"}) {
      CAPTURE(options);
      const std::string isolated = with_isolate(options, true);
      char* here = nullptr;
      char* there = nullptr;
      REQUIRE(extract_plan_file_json(sample.c_str(), options, &here, nullptr) == EXTRACT_PLAN_OK);
      REQUIRE(extract_plan_file_json(sample.c_str(), isolated.c_str(), &there, nullptr) ==
              EXTRACT_PLAN_OK);
      CHECK(std::string(here) == std::string(there));
      extract_plan_free(there);
      REQUIRE(extract_plan_buffer_json(bytes.data(), bytes.size(), "appendix1.pdf",
                                       isolated.c_str(), &there, nullptr) == EXTRACT_PLAN_OK);
      CHECK(std::string(here) == std::string(there));
      extract_plan_free(here);
      extract_plan_free(there);
    }
    // An error is the same error.
    CHECK(read_through_c_api("/no/such.pdf", R"({"isolate": true})").status ==
          EXTRACT_PLAN_FILE_NOT_FOUND);
    CHECK(
        read_through_c_api(EXTRACT_PLAN_TESTDATA "/not-a-pdf.pdf", R"({"isolate": true})").status ==
        EXTRACT_PLAN_NOT_A_PDF);
  }

  TEST_CASE("options::isolate gives a C++ caller the document it gives in process") {
    namespace ep = extract_plan;
    ep::options here;
    here.grids = true;
    ep::options there = here;
    there.isolate = true;
    const std::string sample = EXTRACT_PLAN_SAMPLES "/appendix1.pdf";
    const ep::document a = ep::extract_file(sample, here);
    const ep::document b = ep::extract_file(sample, there);
    CHECK(ep::to_json(a) == ep::to_json(b));
    CHECK(ep::to_tables_json(a) == ep::to_tables_json(b));
    std::ifstream in(sample, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    const ep::document c = ep::extract_buffer(bytes.data(), bytes.size(), "appendix1.pdf", there);
    CHECK(ep::to_json(a) == ep::to_json(c));
    try {
      (void)ep::extract_file(EXTRACT_PLAN_TESTDATA "/not-a-pdf.pdf", there);
      FAIL("no error");
    } catch (const ep::error& e) {
      CHECK(e.code() == ep::errc::not_a_pdf);
    }
  }

  TEST_CASE("a helper that crashes is crashed, one that hangs timed_out, the host unharmed") {
    char folder[] = "/tmp/extract-plan-helpers-XXXXXX";
    REQUIRE(::mkdtemp(folder) != nullptr);
    const std::string crashing = std::string(folder) + "/crash";
    const std::string hanging = std::string(folder) + "/hang";
    std::ofstream(crashing) << "#!/bin/sh\nkill -SEGV $$\n";
    std::ofstream(hanging) << "#!/bin/sh\nexec sleep 60\n";
    ::chmod(crashing.c_str(), 0700);
    ::chmod(hanging.c_str(), 0700);
    const std::string sample = EXTRACT_PLAN_SAMPLES "/appendix1.pdf";
    ::setenv("EXTRACT_PLAN_HELPER", crashing.c_str(), 1);
    CHECK(read_through_c_api(sample, R"({"isolate": true})").status == EXTRACT_PLAN_CRASHED);
    ::setenv("EXTRACT_PLAN_HELPER", hanging.c_str(), 1);
    const outcome hung = read_through_c_api(sample, R"({"isolate": true, "time_limit": 1})");
    CHECK(hung.status == EXTRACT_PLAN_TIMED_OUT);
    CHECK(hung.seconds < 1 + 2);
    ::setenv("EXTRACT_PLAN_HELPER", (std::string(folder) + "/missing").c_str(), 1);
    const outcome absent = read_through_c_api(sample, R"({"isolate": true})");
    CHECK(absent.status == EXTRACT_PLAN_READ_FAILED);
    CHECK(absent.error.find("extract-plan-helper is not installed") != std::string::npos);
    ::unsetenv("EXTRACT_PLAN_HELPER");
    std::remove(crashing.c_str());
    std::remove(hanging.c_str());
    ::rmdir(folder);
  }

  TEST_CASE("options nested 100,000 deep are refused, not a stack overflow") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const std::string options = R"({"pages": )" + deep + "}";
    const outcome r = read_through_c_api(EXTRACT_PLAN_SAMPLES "/appendix1.pdf", options.c_str());
    CHECK(r.status == EXTRACT_PLAN_INVALID_ARGUMENT);
    CHECK(r.error.find("nested") != std::string::npos);
  }
}
