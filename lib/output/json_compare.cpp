// Value-by-value comparison of two JSON texts, for `extract-plan verify`: a regression test
// on archived papers must name what changed (records[3].deadline.dates[0].end), not only that
// two files differ.
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "extract_plan/extract_plan.h"
#include "output/json_text.h"

namespace extract_plan {
namespace {

using json = nlohmann::ordered_json;

std::string show(const json& v) { return json_text(v, json_layout::one_line); }

// Returns a path with every index written "[]": "records[3].pages" -> "records[].pages".
std::string without_indices(const std::string& path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    out.push_back(path[i]);
    if (path[i] != '[') continue;
    while (i + 1 < path.size() && path[i + 1] != ']') ++i;
  }
  return out;
}

class comparer {
 public:
  explicit comparer(const std::vector<std::string>& ignore) : ignore_(ignore) {}

  // The path of a key below `path`: "records[2].deadline".
  static std::string below_path(const std::string& path, const std::string& key) {
    if (path.empty()) return key;
    std::string out = path;
    out += '.';
    out += key;
    return out;
  }

  void compare(const json& expected, const json& actual, const std::string& path) {
    if (is_ignored(path)) return;
    if (expected.is_object() && actual.is_object()) {
      for (const auto& [key, value] : expected.items()) {
        const std::string below = below_path(path, key);
        const auto found = actual.find(key);
        if (found == actual.end()) {
          differ(below, show(value), "(absent)");
        } else {
          compare(value, *found, below);
        }
      }
      for (const auto& [key, value] : actual.items()) {
        if (!expected.contains(key)) differ(below_path(path, key), "(absent)", show(value));
      }
      return;
    }
    if (expected.is_array() && actual.is_array()) {
      const std::size_t common = std::min(expected.size(), actual.size());
      for (std::size_t i = 0; i < common; ++i) {
        compare(expected[i], actual[i], path + "[" + std::to_string(i) + "]");
      }
      for (std::size_t i = common; i < expected.size(); ++i) {
        differ(path + "[" + std::to_string(i) + "]", show(expected[i]), "(absent)");
      }
      for (std::size_t i = common; i < actual.size(); ++i) {
        differ(path + "[" + std::to_string(i) + "]", "(absent)", show(actual[i]));
      }
      return;
    }
    if (expected != actual)
      differ(path.empty() ? "(document)" : path, show(expected), show(actual));
  }

  std::vector<json_difference> take() { return std::move(differences_); }

 private:
  // A key is ignored with everything below it, by its exact path or with "[]" for indices.
  bool is_ignored(const std::string& path) const {
    if (path.empty() || ignore_.empty()) return false;
    const std::string general = without_indices(path);
    for (const std::string& key : ignore_) {
      if (key == path || key == general) return true;
    }
    return false;
  }

  void differ(std::string path, std::string expected, std::string actual) {
    if (is_ignored(path)) return;
    differences_.push_back({std::move(path), std::move(expected), std::move(actual)});
  }

  const std::vector<std::string>& ignore_;
  std::vector<json_difference> differences_;
};

}  // namespace

std::vector<json_difference> compare_json(std::string_view expected, std::string_view actual,
                                          const std::vector<std::string>& ignore) {
  const json want = parse_json_text<json>(expected, "the expected text");
  const json got = parse_json_text<json>(actual, "the actual text");
  comparer c(ignore);
  c.compare(want, got, "");
  return c.take();
}

}  // namespace extract_plan
