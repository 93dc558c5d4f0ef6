// A document of one record whose cells hold what writers must quote or escape: for the
// tests of the CSV writer and the review page.
#pragma once

#include "extract_plan/extract_plan.h"

namespace extract_plan::testing {

inline document one_record() {
  document doc;
  doc.source = {"a.pdf", 2, "00"};
  doc.tables.push_back({{1, 2}, {}});
  record r;
  r.table = 0;
  r.index = 1;
  r.number = "1";
  r.recommendation = "Say \"yes\", then\nstop";
  r.lead_officer = parse_officer("Natalie McGrath (PHSE Co-ordinator) / Helen Phillips");
  r.deadline = parse_deadline("March 2024 then Q2 2024/25 or 1 January 2024");
  r.section = "Safety";
  r.pages = {1, 2};
  doc.records.push_back(r);
  return doc;
}

}  // namespace extract_plan::testing
