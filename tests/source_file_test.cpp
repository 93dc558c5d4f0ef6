// The input file, opened once: its digest, a change while it is read, folders and pipes.
#include "source_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <thread>

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
    CHECK(file.is_regular());
    CHECK(file.sha256() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK_FALSE(file.changed());
    std::ofstream(f.path, std::ios::binary | std::ios::app) << "def";
    CHECK(file.changed());
  }

  TEST_CASE("a folder is read_failed, a missing file file_not_found") {
    try {
      source_file folder("/tmp");
      FAIL("a folder was opened");
    } catch (const error& e) {
      CHECK(e.code() == errc::read_failed);
    }
    CHECK_THROWS_AS(source_file("/no/such/file.pdf"), error);
  }

  TEST_CASE("a pipe is read through to its end") {
    char name[] = "/tmp/extract-plan-fifo-XXXXXX";
    REQUIRE(::mkdtemp(name) != nullptr);
    const std::string fifo = std::string(name) + "/pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << std::string(100000, 'x'); });
    {
      const source_file file(fifo);
      CHECK_FALSE(file.is_regular());
      CHECK(file.read_all().size() == 100000);
      CHECK_FALSE(file.changed());
    }
    writer.join();
    std::remove(fifo.c_str());
    ::rmdir(name);
  }
}
