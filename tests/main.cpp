// Debian's doctest has no doctest_with_main library, so the runner's main lives here.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
