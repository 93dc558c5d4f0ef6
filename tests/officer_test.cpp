#include <doctest/doctest.h>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;

namespace {

std::string show(const std::optional<std::string>& s) { return s ? *s : "null"; }

}  // namespace

TEST_SUITE("officer") {
  TEST_CASE("splits a name followed by a role") {
    struct example {
      const char* text;
      const char* name;
      const char* role;
    };
    const example examples[] = {
        {"Natalie McGrath PHSE Co-ordinator", "Natalie McGrath", "PHSE Co-ordinator"},
        {"Charles Daniels- School Improvement Officer (Access to Learning)", "Charles Daniels",
         "School Improvement Officer (Access to Learning)"},
        {"Helen Phillips, Scrutiny & Support Officer", "Helen Phillips",
         "Scrutiny & Support Officer"},
        {"Director of Public Health (Dr Anjan Ghosh)", "Dr Anjan Ghosh",
         "Director of Public Health"},
        {"Cllr Jane Smith, Cabinet Member for Education", "Cllr Jane Smith",
         "Cabinet Member for Education"},
        {"Director of Children's Services", "null", "Director of Children's Services"},
        {"Helen Phillips", "Helen Phillips", "null"},
        {"Charles Daniels-School Improvement Officer", "Charles Daniels",
         "School Improvement Officer"},
        {"Jane Smith-Jones Head of Service", "Jane Smith-Jones", "Head of Service"},
    };
    for (const example& e : examples) {
      CAPTURE(e.text);
      officer o = parse_officer(e.text);
      REQUIRE(o.people.size() == 1);
      CHECK(show(o.people[0].name) == e.name);
      CHECK(show(o.people[0].role) == e.role);
    }
  }

  TEST_CASE("splits several people on a slash or semicolon") {
    officer o = parse_officer(
        "Natalie McGrath (PHSE Co-ordinator) / Helen Phillips (Scrutiny & Support Officer)");
    REQUIRE(o.people.size() == 2);
    CHECK(show(o.people[0].name) == "Natalie McGrath");
    CHECK(show(o.people[0].role) == "PHSE Co-ordinator");
    CHECK(show(o.people[1].name) == "Helen Phillips");
  }

  TEST_CASE("an empty cell names nobody") {
    officer o = parse_officer("  ");
    CHECK(o.text.empty());
    CHECK(o.people.empty());
  }
}
