// The input file, opened once: its digest, a change while it is read; only regular files.
#include "source_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;

namespace {

// A file of its own under the system's scratch folder, removed afterwards.
struct scratch_file {
  explicit scratch_file(const std::string& contents) {
    char name[] = "/tmp/extract-plan-test-XXXXXX";
    const int fd = ::mkstemp(name);
    REQUIRE(fd >= 0);
    ::close(fd);
    path = name;
    std::ofstream(path, std::ios::binary) << contents;
  }
  ~scratch_file() { std::remove(path.c_str()); }
  std::string path;
};

}  // namespace

TEST_SUITE("source_file") {
  TEST_CASE("hashes the open file, and says when it changed while it was read") {
    scratch_file f("abc");
    const source_file file(f.path);
    CHECK(file.sha256() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK_FALSE(file.changed());
    std::ofstream(f.path, std::ios::binary | std::ios::app) << "def";
    CHECK(file.changed());
  }

  TEST_CASE("a missing file is file_not_found") {
    try {
      source_file missing("/no/such/file.pdf");
      FAIL("a missing file was opened");
    } catch (const error& e) {
      CHECK(e.code() == errc::file_not_found);
    }
  }

  TEST_CASE("a pipe, a device or a file that may not be read is refused at once, saying why") {
    auto refusal = [](const std::string& path) {
      try {
        source_file file(path);
      } catch (const error& e) {
        CHECK(e.code() == errc::read_failed);
        return std::string(e.what());
      }
      return std::string("opened");
    };
    // A FIFO with no writer: opening it for reading would wait for one for ever.
    char name[] = "/tmp/extract-plan-fifo-XXXXXX";
    REQUIRE(::mkdtemp(name) != nullptr);
    const std::string fifo = std::string(name) + "/plan.pdf";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(refusal(fifo) == "cannot read it: it is a pipe (FIFO), not a regular file");
    std::remove(fifo.c_str());
    ::rmdir(name);
    // A device that never ends.
    CHECK(refusal("/dev/zero") == "cannot read it: it is a device, not a regular file");
    CHECK(refusal("/tmp") == "cannot read it: it is a folder, not a regular file");
    // Write-only, even to root (whose rights would open a file of mode 000).
    if (::access("/proc/sys/vm/compact_memory", F_OK) == 0) {
      CHECK(refusal("/proc/sys/vm/compact_memory") == "cannot open file: permission denied");
    }
  }
}
