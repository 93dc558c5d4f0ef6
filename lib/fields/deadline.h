// Deadline cells -> status and dates.
#pragma once

#include <string_view>
#include <vector>

#include "extract_plan/extract_plan.h"

namespace extract_plan::fields {

/// Returns the number of days in a month of a year (Gregorian).
int days_in_month(int year, int month);

/// Returns the month (1-12) a name or abbreviation stands for ("Feb", "Sept", "march"), or 0.
int month_number(std::string_view name);

}  // namespace extract_plan::fields
