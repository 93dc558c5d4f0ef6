// Small statistics over measurements of a page, shared by every layer.
#pragma once

#include <algorithm>
#include <vector>

namespace extract_plan {

/// Returns the median of some values (the upper one of an even count); 0 for none.
inline double median_of(std::vector<double> values) {
  if (values.empty()) return 0;
  const auto middle = values.begin() + static_cast<long>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

}  // namespace extract_plan
