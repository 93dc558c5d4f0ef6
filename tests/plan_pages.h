// Two synthetic content pages of an unruled plan, for the stage tests of plan_builder and
// extract: a header and two rows on page 1, whose last row runs on to the top of page 2,
// and a third row on page 2.
#pragma once

#include "layout/lines.h"
#include "page_builder.h"
#include "page_window.h"

namespace extract_plan::testing {

inline content_page content_of(const page& p) {
  content_page out;
  out.number = p.number;
  out.width = p.width;
  out.height = p.height;
  out.lines = layout::build_lines(p.words);
  out.body_bottom = 190;  // the lowest text of the pages: page 1's last line reaches it
  return out;
}

// Page 1 still being built, for a test to print more on it.
inline page_builder first_page_builder() {
  page_builder b(1);
  b.text(80, 100, "RECOMMENDATION", 10, true)
      .text(300, 100, "RESPONSE", 10, true)
      .text(520, 100, "LEAD OFFICER", 10, true);
  b.text(50, 130, "1")
      .text(80, 130, "That the council")
      .text(300, 130, "Agreed")
      .text(520, 130, "Jane Smith");
  b.text(50, 172, "2")
      .text(80, 172, "That officers report")
      .text(300, 172, "In hand")
      .text(520, 172, "Head of");
  b.text(80, 186, "to the committee");
  return b;
}

inline page first_page() { return first_page_builder().build(); }

inline page second_page() {
  page_builder b(2);
  b.text(80, 60, "each year").text(520, 60, "Service");
  b.text(50, 88, "3")
      .text(80, 88, "That the plan is")
      .text(300, 88, "Agreed")
      .text(520, 88, "Clerk");
  return b.build();
}

}  // namespace extract_plan::testing
