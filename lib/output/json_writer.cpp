// The JSON contract, schema version 1 (README.md documents it). Keys are written in a fixed
// order with nlohmann's ordered_json; numbers are integers and dates ISO strings, so nothing
// depends on the locale.
#include <nlohmann/json.hpp>

#include "extract_plan/extract_plan.h"

namespace extract_plan {
namespace {

using json = nlohmann::ordered_json;

json page_array(page_span s) { return json::array({s.first, s.last}); }

json optional_string(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json date_json(const date_span& d) {
  json out = json::object();
  out["text"] = d.text;
  out["start"] = d.start ? json(to_iso(*d.start)) : json(nullptr);
  out["end"] = d.end ? json(to_iso(*d.end)) : json(nullptr);
  return out;
}

json record_json(const record& r) {
  json out = json::object();
  out["table"] = r.table;
  out["number"] = r.number;
  out["recommendation"] = r.recommendation;
  out["action"] = r.action;
  json officer = json::object();
  officer["text"] = r.lead_officer.text;
  officer["people"] = json::array();
  for (const person& p : r.lead_officer.people) {
    json pj = json::object();
    pj["name"] = optional_string(p.name);
    pj["role"] = optional_string(p.role);
    officer["people"].push_back(std::move(pj));
  }
  out["lead_officer"] = std::move(officer);
  json deadline = json::object();
  deadline["text"] = r.deadline.text;
  deadline["status"] = r.deadline.status ? json(to_string(*r.deadline.status)) : json(nullptr);
  deadline["dates"] = json::array();
  for (const date_span& d : r.deadline.dates) deadline["dates"].push_back(date_json(d));
  out["deadline"] = std::move(deadline);
  out["section"] = optional_string(r.section);
  json other = json::object();
  for (const auto& [header, value] : r.other) other[header] = value;
  out["other"] = std::move(other);
  out["pages"] = page_array(r.pages);
  return out;
}

}  // namespace

std::string to_json(const document& doc) {
  json out = json::object();
  out["schema_version"] = schema_version;
  json source = json::object();
  source["file"] = doc.source.file;
  source["pages"] = doc.source.pages;
  source["sha256"] = doc.source.sha256;
  out["source"] = std::move(source);
  out["title"] = doc.title;
  out["tables"] = json::array();
  for (const table& t : doc.tables) {
    json tj = json::object();
    tj["pages"] = page_array(t.pages);
    tj["columns"] = json::array();
    for (const column& c : t.columns) {
      json cj = json::object();
      cj["header"] = c.header;
      cj["field"] = to_string(c.role);
      tj["columns"].push_back(std::move(cj));
    }
    out["tables"].push_back(std::move(tj));
  }
  out["records"] = json::array();
  for (const record& r : doc.records) out["records"].push_back(record_json(r));
  out["diagnostics"] = json::array();
  for (const diagnostic& d : doc.diagnostics) {
    json dj = json::object();
    dj["code"] = d.code;
    dj["page"] = d.page;
    dj["message"] = d.message;
    out["diagnostics"].push_back(std::move(dj));
  }
  // Invalid UTF-8 from a broken font map is replaced, never thrown on.
  return out.dump(2, ' ', false, json::error_handler_t::replace);
}

}  // namespace extract_plan
