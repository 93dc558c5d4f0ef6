// Runner for the tests over the real council PDFs in ../shared/corpus/. When the corpus is
// not beside the checkout they cannot run: exit 77, which ctest reports as a skip.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <filesystem>

int main(int argc, char** argv) {
  if (!std::filesystem::is_directory(EXTRACT_PLAN_CORPUS "/real")) return 77;
  doctest::Context context(argc, argv);
  return context.run();
}
