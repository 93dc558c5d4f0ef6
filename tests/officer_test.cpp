// The lead-officer grammar, table-driven: each row is a text and the people it names.
#include <doctest/doctest.h>

#include "extract_plan/extract_plan.h"

using namespace extract_plan;

namespace {

// People as "name | role" with "-" for a missing part.
struct officer_case {
  const char* text;
  std::vector<std::string> people;
  std::vector<std::string> doubts = {};
};

std::string show(const person& p) {
  return (p.name ? *p.name : "-") + " | " + (p.role ? *p.role : "-");
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : " ; ") + i;
  return out;
}

void check_cases(const std::vector<officer_case>& cases) {
  for (const officer_case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    std::vector<diagnostic> doubts;
    const officer o = parse_officer(c.text, doubts);
    std::vector<std::string> people;
    for (const person& p : o.people) people.push_back(show(p));
    CHECK(joined(people) == joined(c.people));
    std::vector<std::string> codes;
    for (const diagnostic& d : doubts) codes.push_back(d.code);
    CHECK(joined(codes) == joined(c.doubts));
  }
}

}  // namespace

TEST_SUITE("officer") {
  TEST_CASE("a name and a role") {
    check_cases({
        {"Natalie McGrath PHSE Co-ordinator", {"Natalie McGrath | PHSE Co-ordinator"}},
        {"Charles Daniels- School Improvement Officer (Access to Learning)",
         {"Charles Daniels | School Improvement Officer (Access to Learning)"}},
        {"Charles Daniels-School Improvement Officer",
         {"Charles Daniels | School Improvement Officer"}},
        {"Helen Phillips, Scrutiny & Support Officer",
         {"Helen Phillips | Scrutiny & Support Officer"}},
        {"Jane Smith, Head of Finance", {"Jane Smith | Head of Finance"}},
        {"Jane Smith - Head of Finance", {"Jane Smith | Head of Finance"}},
        {"Jane Smith \u2013 Head of Finance", {"Jane Smith | Head of Finance"}},
        {"Cllr Jane Smith, Cabinet Member for Education",
         {"Cllr Jane Smith | Cabinet Member for Education"}},
        {"Cllr Smith, Cabinet Member for Education", {"Cllr Smith | Cabinet Member for Education"}},
        {"Director of Public Health (Dr Anjan Ghosh)",
         {"Dr Anjan Ghosh | Director of Public Health"}},
        {"Monitoring Officer (Helen Carter)", {"Helen Carter | Monitoring Officer"}},
        {"Helen Carter (Monitoring Officer)", {"Helen Carter | Monitoring Officer"}},
        {"Jane Smith-Jones Head of Service", {"Jane Smith-Jones | Head of Service"}},
        {"Sean O'Neill, Head of Housing", {"Sean O'Neill | Head of Housing"}},
        {"Zo\u00EB Adams, Head of Policy", {"Zo\u00EB Adams | Head of Policy"}},
        {"Mr John Brown Chief Executive", {"Mr John Brown | Chief Executive"}},
        {"Helen Phillips", {"Helen Phillips | -"}},
        {"Dr A. Ghosh", {"Dr A. Ghosh | -"}},
    });
  }

  TEST_CASE("roles only") {
    check_cases({
        {"Director of Children's Services", {"- | Director of Children's Services"}},
        {"Head of Finance", {"- | Head of Finance"}},
        {"DPH, CPH and PH Specialists", {"- | DPH", "- | CPH", "- | PH Specialists"}},
        {"DPH/DDPH", {"- | DPH", "- | DDPH"}},
        {"Public health, trading standards and environmental health",
         {"- | Public health", "- | trading standards", "- | environmental health"}},
        {"Director of Public Health, Kent County Council",
         {"- | Director of Public Health, Kent County Council"}},
        {"All", {"- | All"}},
        {"Assistant Director, Children in Care and Placements",
         {"- | Assistant Director, Children in Care and Placements"}},
        {"Income and Recovery Team Leader", {"- | Income and Recovery Team Leader"}},
        {"Head of Quality and Contracts", {"- | Head of Quality and Contracts"}},
        {"Flood Risk Manager", {"- | Flood Risk Manager"}},
    });
  }

  TEST_CASE("several people") {
    check_cases({
        {"Natalie McGrath (PHSE Co-ordinator) / Helen Phillips (Scrutiny & Support Officer)",
         {"Natalie McGrath | PHSE Co-ordinator", "Helen Phillips | Scrutiny & Support Officer"}},
        {"Jane Smith, Head of Finance; Tom Jones, Head of Audit",
         {"Jane Smith | Head of Finance", "Tom Jones | Head of Audit"}},
        {"Natalie McGrath and Helen Phillips", {"Natalie McGrath | -", "Helen Phillips | -"}},
        {"Flood Risk Manager / Head of Highways",
         {"- | Flood Risk Manager", "- | Head of Highways"}},
        {"Cllr Ann Jones / Head of Housing", {"Cllr Ann Jones | -", "- | Head of Housing"}},
        {"Head of HR and Organisational Development",
         {"- | Head of HR and Organisational Development"}},
    });
  }

  TEST_CASE("a cell that names nobody") {
    check_cases({
        {"", {}},
        {"TBC", {}, {"officer.unparsed"}},
        {"N/A", {}, {"officer.unparsed"}},
        {"-", {}, {"officer.unparsed"}},
        {"To be confirmed", {}, {"officer.unparsed"}},
    });
  }

  TEST_CASE("cleans the text") {
    CHECK(parse_officer("  Jane\u00A0Smith,\n Head of Finance ").text ==
          "Jane Smith, Head of Finance");
  }
}

TEST_SUITE("number") {
  TEST_CASE("numbers as printed, without trailing punctuation or brackets") {
    struct example {
      const char* text;
      const char* number;
    };
    const example examples[] = {
        {"1", "1"},         {"1.", "1"},    {"7)", "7"},     {"R1", "R1"}, {"R12.", "R12"},
        {"Rec 3", "Rec 3"}, {"1.1", "1.1"}, {"2.3.", "2.3"}, {"(a)", "a"}, {"a)", "a"},
        {"(iv)", "iv"},     {"2a", "2a"},   {" 4 ", "4"},    {"", ""},     {"Rec\u00A05", "Rec 5"},
        {"No. 6", "No. 6"},
    };
    for (const example& e : examples) {
      const std::string text = e.text;
      CAPTURE(text);
      CHECK(parse_number(e.text) == e.number);
    }
  }

  TEST_CASE("a role alone is not a name: a name starts with a given name or a title") {
    check_cases({
        {"Digital Inclusion and Skills Lead", {"- | Digital Inclusion and Skills Lead"}},
        {"Estates Strategy Team Senior Programme Manager",
         {"- | Estates Strategy Team Senior Programme Manager"}},
        {"Customer Experience & Insight", {"- | Customer Experience & Insight"}},
        {"Active Kent", {"- | Active Kent"}},
        {"West Sussex County Council", {"- | West Sussex County Council"}},
        {"Commercial Ethics and Sustainability Lead",
         {"- | Commercial Ethics and Sustainability Lead"}},
        {"Housing Options Team Manager", {"- | Housing Options Team Manager"}},
        {"Finance Business Partner (Schools)", {"- | Finance Business Partner (Schools)"}},
        {"Organisation Development & Staff Engagement",
         {"- | Organisation Development & Staff Engagement"}},
        {"Major Projects Board", {"- | Major Projects Board"}},
        {"Grant Funding Officer", {"- | Grant Funding Officer"}},
        // A known given name, or a title before any name.
        {"Siobhan Jones, Strategy Manager", {"Siobhan Jones | Strategy Manager"}},
        {"Zo\u00EB Adams", {"Zo\u00EB Adams | -"}},
        {"Gareth Price Head of Waste", {"Gareth Price | Head of Waste"}},
        {"J. Smith, Audit Manager", {"J. Smith | Audit Manager"}},
        {"Dr Okonkwo-Adeyemi, Consultant in Public Health",
         {"Dr Okonkwo-Adeyemi | Consultant in Public Health"}},
        {"Ms Ngozi Eze", {"Ms Ngozi Eze | -"}},
        {"Mark Turner (Interim Director)", {"Mark Turner | Interim Director"}},
    });
  }

  TEST_CASE("several roles: on a slash between roles, on and or & before another role") {
    check_cases({
        {"Head of Finance and Director of Adult Services",
         {"- | Head of Finance", "- | Director of Adult Services"}},
        {"DCS/DDCS/Education Leads", {"- | DCS", "- | DDCS", "- | Education Leads"}},
        {"Lead for Youth Services/Community Safety Manager",
         {"- | Lead for Youth Services", "- | Community Safety Manager"}},
        {"Lead for Family Hubs/Financial Hardship Programme Manager",
         {"- | Lead for Family Hubs", "- | Financial Hardship Programme Manager"}},
        {"PH Consultant Performance/P H Consultant",
         {"- | PH Consultant Performance", "- | P H Consultant"}},
        {"Audit Manager & Head of Risk", {"- | Audit Manager", "- | Head of Risk"}},
        {"Waste Contract Manager / Finance Business Partner",
         {"- | Waste Contract Manager", "- | Finance Business Partner"}},
        // One role each: what follows "and" or the slash is no role of its own.
        {"Director of Finance and Resources", {"- | Director of Finance and Resources"}},
        {"Head of Audit & Risk", {"- | Head of Audit & Risk"}},
        {"Head of HR/OD", {"- | Head of HR/OD"}},
        {"Strategic Safeguarding and Quality Assurance Manager",
         {"- | Strategic Safeguarding and Quality Assurance Manager"}},
        {"Assistant Director ASC and Health", {"- | Assistant Director ASC and Health"}},
        {"Trading standards and environmental health",
         {"- | Trading standards and environmental health"}},
        // People still split as before.
        {"Natalie McGrath and Helen Phillips", {"Natalie McGrath | -", "Helen Phillips | -"}},
        {"DPH/DDPH", {"- | DPH", "- | DDPH"}},
    });
  }
}
