// The JSON contract read back into a document: how a document read by a helper process
// (options::isolate) reaches a C++ caller. The inverse of json_writer.cpp, key for key; what
// the contract does not carry (records' cell boxes, the outline) stays empty.
#include "output/json_reader.h"

#include <stdexcept>

#include "output/json_text.h"

namespace extract_plan {
namespace {

using json = nlohmann::ordered_json;

// The enum value whose stable name is `name`; nothing for null. `count`: how many values.
template <typename enum_type>
std::optional<enum_type> enum_named(const json& name, int count) {
  if (name.is_null()) return std::nullopt;
  const std::string text = name.get<std::string>();
  for (int i = 0; i < count; ++i) {
    if (text == to_string(static_cast<enum_type>(i))) return static_cast<enum_type>(i);
  }
  throw std::invalid_argument("no such value: " + text);
}

std::optional<std::string> optional_string(const json& j) {
  return j.is_null() ? std::nullopt : std::optional<std::string>(j.get<std::string>());
}

std::optional<calendar_date> date_of(const json& j) {
  if (j.is_null()) return std::nullopt;
  const std::string iso = j.get<std::string>();  // YYYY-MM-DD
  if (iso.size() != 10) throw std::invalid_argument("not an ISO date: " + iso);
  return calendar_date{std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)),
                       std::stoi(iso.substr(8, 2))};
}

page_span span_of(const json& j) { return {j.at(0).get<int>(), j.at(1).get<int>()}; }

officer officer_of(const json& j) {
  officer o;
  o.text = j.at("text").get<std::string>();
  for (const json& p : j.at("people")) {
    o.people.push_back({optional_string(p.at("name")), optional_string(p.at("role"))});
  }
  return o;
}

deadline_value deadline_of(const json& j) {
  deadline_value d;
  d.text = j.at("text").get<std::string>();
  d.status = enum_named<deadline_status>(j.at("status"), 4);
  for (const json& s : j.at("dates")) {
    d.dates.push_back(
        {s.at("text").get<std::string>(), date_of(s.at("start")), date_of(s.at("end"))});
  }
  return d;
}

record record_of(const json& j) {
  record r;
  r.table = j.at("table").get<int>();
  r.index = j.at("index").get<int>();
  r.number = j.at("number").get<std::string>();
  r.recommendation = j.at("recommendation").get<std::string>();
  r.action = j.at("action").get<std::string>();
  r.response.text = j.at("response").at("text").get<std::string>();
  r.response.value = enum_named<decision>(j.at("response").at("value"), 4);
  r.lead_officer = officer_of(j.at("lead_officer"));
  r.deadline = deadline_of(j.at("deadline"));
  r.status = j.at("status").get<std::string>();
  r.state = enum_named<deadline_status>(j.at("state"), 4);
  r.rag = enum_named<rag_rating>(j.at("rag"), 4);
  r.progress = j.at("progress").get<std::string>();
  r.section = optional_string(j.at("section"));
  for (const auto& [header, text] : j.at("other").items()) {
    r.other.emplace_back(header, text.get<std::string>());
  }
  r.pages = span_of(j.at("pages"));
  if (j.contains("filled")) r.filled = j["filled"].get<std::vector<std::string>>();
  for (const json& f : j.value("footnotes", json::array())) {
    r.footnotes.push_back({f.at("marker").get<std::string>(), f.at("page").get<int>(),
                           f.at("text").get<std::string>()});
  }
  return r;
}

std::vector<diagnostic> diagnostics_of(const json& j) {
  std::vector<diagnostic> out;
  for (const json& d : j) {
    out.push_back({d.at("code").get<std::string>(), d.at("page").get<int>(),
                   d.at("message").get<std::string>()});
  }
  return out;
}

std::vector<grid> grids_of(const json& tables) {
  std::vector<grid> out;
  for (const json& t : tables) {
    grid g;
    g.pages = span_of(t.at("pages"));
    g.header_rows = t.at("header_rows").get<int>();
    const json& texts = t.at("rows");
    const json& boxes = t.at("cells");
    for (std::size_t r = 0; r < texts.size(); ++r) {
      std::vector<grid_cell> row;
      for (std::size_t c = 0; c < texts[r].size(); ++c) {
        grid_cell cell{texts[r][c].get<std::string>(), {}};
        for (const json& b : boxes.at(r).at(c)) {
          const json& box = b.at("box");
          cell.boxes.push_back({b.at("page").get<int>(), box.at(0).get<double>(),
                                box.at(1).get<double>(), box.at(2).get<double>(),
                                box.at(3).get<double>()});
        }
        row.push_back(std::move(cell));
      }
      g.rows.push_back(std::move(row));
    }
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace

document document_from_json(std::string_view records_json, std::string_view tables_json) {
  const json j = parse_json_text<json>(records_json, "the document's JSON");
  try {
    document doc;
    doc.source.file = j.at("source").at("file").get<std::string>();
    doc.source.pages = j.at("source").at("pages").get<int>();
    doc.source.sha256 = j.at("source").at("sha256").get<std::string>();
    doc.title = j.at("title").get<std::string>();
    for (const json& t : j.at("tables")) {
      plan_table table;
      table.pages = span_of(t.at("pages"));
      for (const json& c : t.at("columns")) {
        table.columns.push_back(
            {c.at("header").get<std::string>(), *enum_named<field>(c.at("field"), 9)});
      }
      doc.tables.push_back(std::move(table));
    }
    for (const json& r : j.at("records")) doc.records.push_back(record_of(r));
    doc.diagnostics = diagnostics_of(j.at("diagnostics"));
    if (!tables_json.empty()) {
      doc.grids = grids_of(parse_json_text<json>(tables_json, "the tables' JSON").at("tables"));
    }
    return doc;
  } catch (const json::exception& e) {
    throw std::invalid_argument(std::string("the document's JSON is not the contract: ") +
                                e.what());
  }
}

}  // namespace extract_plan
