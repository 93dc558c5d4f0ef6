// A diff of two plan versions: the JSON of `extract-plan diff --json`, and the report an
// officer reads, grouped by what happened to each row.
#include <locale>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract_plan/extract_plan.h"
#include "output/json_text.h"

namespace extract_plan {
namespace {

using json = nlohmann::ordered_json;

json optional_text(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json change_json(const record_change& c) {
  json out = json::object();
  out["kind"] = to_string(c.kind);
  out["table"] = c.table;
  out["number"] =
      c.kind == change_kind::removed ? optional_text(c.old_number) : optional_text(c.new_number);
  out["old_number"] = optional_text(c.old_number);
  out["new_number"] = optional_text(c.new_number);
  if (c.old_index > 0) out["old_index"] = c.old_index;
  if (c.new_index > 0) out["new_index"] = c.new_index;
  json fields = json::object();
  for (const field_change& f : c.fields)
    fields[f.field] = {{"old", f.old_text}, {"new", f.new_text}};
  out["fields"] = std::move(fields);
  out["slipped"] = c.slipped;
  out["completed"] = c.completed;
  return out;
}

// The group a change is reported in: each change once, in the first group that fits.
int group_of(const record_change& c) {
  if (c.kind == change_kind::added) return 3;
  if (c.kind == change_kind::removed) return 4;
  return c.completed ? 0 : c.slipped ? 1 : 2;
}

std::string label_of(const record_change& c) {
  const std::optional<std::string>& number =
      c.kind == change_kind::removed ? c.old_number : c.new_number;
  std::string label = number && !number->empty() ? *number : "-";
  if (c.old_number && c.new_number && *c.old_number != *c.new_number) {
    label += " (was " + (c.old_number->empty() ? std::string("-") : *c.old_number) + ")";
  }
  return label;
}

}  // namespace

std::string to_json(const document_diff& diff, json_layout layout) {
  json out = json::object();
  out["schema_version"] = schema_version;
  out["old"] = {{"file", diff.old_source.file}, {"sha256", diff.old_source.sha256}};
  out["new"] = {{"file", diff.new_source.file}, {"sha256", diff.new_source.sha256}};
  out["changes"] = json::array();
  for (const record_change& c : diff.changes) out["changes"].push_back(change_json(c));
  out["unchanged"] = diff.unchanged;
  return json_text(out, layout);
}

std::string to_report(const document_diff& diff) {
  static const char* const titles[] = {"Completed", "Slipped", "Changed", "Added", "Removed"};
  std::size_t counts[5] = {};
  for (const record_change& c : diff.changes) ++counts[group_of(c)];
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out << diff.old_source.file << " -> " << diff.new_source.file << ": " << counts[0]
      << " completed, " << counts[1] << " slipped, " << counts[2] << " changed, " << counts[3]
      << " added, " << counts[4] << " removed, " << diff.unchanged << " unchanged\n";
  for (int g = 0; g < 5; ++g) {
    if (counts[g] == 0) continue;
    out << '\n' << titles[g] << '\n';
    for (const record_change& c : diff.changes) {
      if (group_of(c) != g) continue;
      // The recommendation's opening words say which row it is.
      std::string summary = c.summary.substr(0, 90);
      if (summary.size() < c.summary.size()) {
        while (!summary.empty() && (static_cast<unsigned char>(summary.back()) & 0xC0) == 0x80) {
          summary.pop_back();  // never cut a character in two
        }
        if (!summary.empty()) summary.pop_back();
        summary += "...";
      }
      // A row with no number is named by its text alone.
      const std::string label = label_of(c);
      if (label == "-" && !summary.empty()) {
        out << "  " << summary << '\n';
      } else {
        out << "  " << label << "  " << summary << '\n';
      }
      for (const field_change& f : c.fields) {
        out << "    " << f.field << ": \"" << f.old_text << "\" -> \"" << f.new_text << "\"\n";
      }
    }
  }
  return out.str();
}

}  // namespace extract_plan
