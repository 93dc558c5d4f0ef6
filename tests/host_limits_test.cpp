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
#include <nlohmann/json.hpp>
#include <string>

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

double peak_mib() {
  struct rusage usage {};
  ::getrusage(RUSAGE_SELF, &usage);
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
    const outcome r = read_through_c_api(hostile("tounicode-amplify.pdf"), nullptr);
    REQUIRE(r.status == EXTRACT_PLAN_OK);
    CHECK(r.doc["records"].size() == 3);
    CHECK(has_diagnostic(r.doc, "page.too_large", 2));
    CHECK(r.seconds < 10);
    CHECK(peak_mib() < 1024);
  }

  TEST_CASE("2,000 fonts with costly ToUnicode streams: within twice the time limit") {
    // Each ToUnicode inflates to 5 MB of comment: unweighed, 63 s before the first operator,
    // where no time limit is asked. The fonts' count alone is past the default bound...
    const outcome by_count = read_through_c_api(hostile("tounicode-slow.pdf"), nullptr);
    REQUIRE(by_count.status == EXTRACT_PLAN_OK);
    CHECK(has_diagnostic(by_count.doc, "page.too_large", 2));
    // ... and without it, their cost in time is.
    const outcome r =
        read_through_c_api(hostile("tounicode-slow.pdf"),
                           R"({"time_limit": 5, "page_time_limit": 1, "max_page_fonts": 0})");
    REQUIRE(r.status == EXTRACT_PLAN_OK);
    CHECK(r.doc["records"].size() == 3);
    CHECK(has_diagnostic(r.doc, "page.too_slow", 2));
    CHECK(r.seconds < 2 * 5);
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
      CAPTURE(path);
      const outcome r = read_through_c_api(path, nullptr);
      CHECK(r.status == EXTRACT_PLAN_READ_FAILED);
      CHECK(r.error.find("not a regular file") != std::string::npos);
      CHECK(r.seconds < 1);
    }
    std::remove(fifo.c_str());
    std::remove(zero.c_str());
    ::rmdir(folder);
    CHECK(peak_mib() < 1024);
  }

  TEST_CASE("options nested 100,000 deep are refused, not a stack overflow") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const std::string options = R"({"pages": )" + deep + "}";
    const outcome r = read_through_c_api(EXTRACT_PLAN_SAMPLES "/appendix1.pdf", options.c_str());
    CHECK(r.status == EXTRACT_PLAN_INVALID_ARGUMENT);
    CHECK(r.error.find("nested") != std::string::npos);
  }
}
