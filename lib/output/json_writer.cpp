// The JSON contract, schema version 1 (README.md documents it). Keys are written in a fixed
// order with nlohmann's ordered_json; numbers are integers and dates ISO strings, so nothing
// depends on the locale.
#include <cmath>
#include <nlohmann/json.hpp>

#include "extract_plan/extract_plan.h"
#include "output/json_text.h"

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

json officer_json(const officer& value) {
  json out = json::object();
  out["text"] = value.text;
  out["people"] = json::array();
  for (const person& p : value.people) {
    json pj = json::object();
    pj["name"] = optional_string(p.name);
    pj["role"] = optional_string(p.role);
    out["people"].push_back(std::move(pj));
  }
  return out;
}

json deadline_json(const deadline_value& value) {
  json out = json::object();
  out["text"] = value.text;
  out["status"] = value.status ? json(to_string(*value.status)) : json(nullptr);
  out["dates"] = json::array();
  for (const date_span& d : value.dates) out["dates"].push_back(date_json(d));
  return out;
}

json response_json(const response_value& value) {
  json out = json::object();
  out["text"] = value.text;
  out["value"] = value.value ? json(to_string(*value.value)) : json(nullptr);
  return out;
}

json record_json(const record& r) {
  json out = json::object();
  out["table"] = r.table;
  out["index"] = r.index;
  out["number"] = r.number;
  out["recommendation"] = r.recommendation;
  out["action"] = r.action;
  out["response"] = response_json(r.response);
  out["lead_officer"] = officer_json(r.lead_officer);
  out["deadline"] = deadline_json(r.deadline);
  out["status"] = r.status;
  out["state"] = r.state ? json(to_string(*r.state)) : json(nullptr);
  out["rag"] = r.rag ? json(to_string(*r.rag)) : json(nullptr);
  out["progress"] = r.progress;
  out["section"] = optional_string(r.section);
  json other = json::object();
  for (const auto& [header, value] : r.other) other[header] = value;
  out["other"] = std::move(other);
  out["pages"] = page_array(r.pages);
  // Only on a record with values filled down from a merged cell, so that every other
  // record is written as before.
  if (!r.filled.empty()) out["filled"] = r.filled;
  if (!r.footnotes.empty()) {
    json notes = json::array();
    for (const footnote& f : r.footnotes) {
      json note = json::object();
      note["marker"] = f.marker;
      note["page"] = f.page;
      note["text"] = f.text;
      notes.push_back(std::move(note));
    }
    out["footnotes"] = std::move(notes);
  }
  return out;
}

std::string dump(const json& j, json_layout layout = json_layout::indented) {
  return json_text(j, layout);
}

json source_json(const source_info& s) {
  json out = json::object();
  out["file"] = s.file;
  out["pages"] = s.pages;
  out["sha256"] = s.sha256;
  return out;
}

json diagnostics_json(const std::vector<diagnostic>& diagnostics) {
  json out = json::array();
  for (const diagnostic& d : diagnostics) {
    json dj = json::object();
    dj["code"] = d.code;
    dj["page"] = d.page;
    dj["message"] = d.message;
    out.push_back(std::move(dj));
  }
  return out;
}

// Coordinates are written to a hundredth of a point: enough to find the cell, and stable
// across compilers' last-digit rounding.
json coordinate(double v) { return std::round(v * 100) / 100; }

}  // namespace

std::string to_tables_json(const document& doc, json_layout layout) {
  json out = json::object();
  out["schema_version"] = schema_version;
  out["source"] = source_json(doc.source);
  out["tables"] = json::array();
  for (const grid& g : doc.grids) {
    json gj = json::object();
    gj["pages"] = page_array(g.pages);
    gj["header_rows"] = g.header_rows;
    json rows = json::array(), cells = json::array();
    for (const auto& row : g.rows) {
      json texts = json::array(), boxes = json::array();
      for (const grid_cell& c : row) {
        texts.push_back(c.text);
        json pieces = json::array();
        for (const cell_box& b : c.boxes) {
          json bj = json::object();
          bj["page"] = b.page;
          bj["box"] =
              json::array({coordinate(b.x0), coordinate(b.y0), coordinate(b.x1), coordinate(b.y1)});
          pieces.push_back(std::move(bj));
        }
        boxes.push_back(std::move(pieces));
      }
      rows.push_back(std::move(texts));
      cells.push_back(std::move(boxes));
    }
    gj["rows"] = std::move(rows);
    gj["cells"] = std::move(cells);
    out["tables"].push_back(std::move(gj));
  }
  out["diagnostics"] = diagnostics_json(doc.diagnostics);
  return dump(out, layout);
}

std::string to_json(const deadline_value& value) { return dump(deadline_json(value)); }

std::string to_json(const officer& value) { return dump(officer_json(value)); }

std::string to_json(const response_value& value) { return dump(response_json(value)); }

std::string to_json(const document& doc, json_layout layout) {
  json out = json::object();
  out["schema_version"] = schema_version;
  out["source"] = source_json(doc.source);
  out["title"] = doc.title;
  out["tables"] = json::array();
  for (const plan_table& t : doc.tables) {
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
  out["diagnostics"] = diagnostics_json(doc.diagnostics);
  return dump(out, layout);
}

std::string error_json(std::string_view file, std::string_view code, std::string_view message,
                       json_layout layout) {
  json out = json::object();
  out["schema_version"] = schema_version;
  out["source"] = json::object();
  out["source"]["file"] = std::string(file);
  out["error"] = json::object();
  out["error"]["code"] = std::string(code);
  out["error"]["message"] = std::string(message);
  return dump(out, layout);
}

}  // namespace extract_plan
