// Deadline cells -> status and dates.
#pragma once

#include <string_view>
#include <vector>

#include "extract_plan/extract_plan.h"

namespace extract_plan::fields {

/// Returns the number of days in a month of a year (Gregorian).
int days_in_month(int year, int month);

/// Compiles every form of the grammar now rather than on its first use: for a thread that
/// would otherwise wait (while the first pages are read), and for a process about to fork
/// workers that would each compile them again.
void compile_deadline_forms();

/// Returns the month (1-12) a name or abbreviation stands for ("Feb", "Sept", "march"), or 0.
int month_number(std::string_view name);

}  // namespace extract_plan::fields
