#include "layout/overprint.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

namespace extract_plan::layout {

std::vector<word> drop_overprinted(std::vector<word> words) {
  std::unordered_map<std::string, std::vector<std::size_t>> seen;
  std::vector<word> kept;
  kept.reserve(words.size());
  for (word& w : words) {
    const double near = std::max(1.5, w.font_size / 7);
    auto& same_text = seen[w.text];
    const bool copy = std::any_of(same_text.begin(), same_text.end(), [&](std::size_t k) {
      return std::abs(kept[k].bounds.x0 - w.bounds.x0) <= near &&
             std::abs(kept[k].baseline - w.baseline) <= near;
    });
    if (copy) continue;
    same_text.push_back(kept.size());
    kept.push_back(std::move(w));
  }
  return kept;
}

}  // namespace extract_plan::layout
