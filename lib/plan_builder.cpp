#include "plan_builder.h"

#include <algorithm>
#include <map>

#include "fields/records.h"
#include "table/aligned.h"
#include "table/cells.h"
#include "table/context.h"
#include "table/stream.h"
#include "text/normalize.h"

namespace extract_plan {
namespace {

bool inside_any(const box& b, const std::vector<tabular::page_table>& tables) {
  return std::any_of(tables.begin(), tables.end(), [&](const tabular::page_table& t) {
    return t.bounds.contains(b.center_x(), b.center_y());
  });
}

std::vector<std::string> words_of(const text_line& line) {
  std::vector<std::string> out;
  for (const word& w : line.words) out.push_back(w.text);
  return out;
}

cell_box to_cell_box(int page, const box& b) { return {page, b.x0, b.y0, b.x1, b.y1}; }

part_outline outline_part(const tabular::page_table& t) {
  part_outline out;
  out.kind = t.is_ruled ? part_kind::ruled : t.is_stream ? part_kind::stream : part_kind::aligned;
  out.bounds = to_cell_box(t.page, t.bounds);
  out.column_edges = t.column_edges;
  for (const tabular::page_row& row : t.rows) out.row_edges.push_back(row.bounds.y0);
  if (!t.rows.empty()) out.row_edges.push_back(t.rows.back().bounds.y1);
  return out;
}

// What a page held, for drawing over it: its furniture and its table parts, top to bottom.
page_outline outline_page(const content_page& page, const std::vector<tabular::page_part>& parts,
                          const std::vector<tabular::page_part>& stream) {
  page_outline out;
  out.page = page.number;
  out.width = page.width;
  out.height = page.height;
  for (const box& b : page.furniture_boxes) out.furniture.push_back(to_cell_box(page.number, b));
  for (const auto* list : {&parts, &stream}) {
    for (const tabular::page_part& p : *list) out.parts.push_back(outline_part(p.table));
  }
  std::sort(out.parts.begin(), out.parts.end(),
            [](const part_outline& a, const part_outline& b) { return a.bounds.y0 < b.bounds.y0; });
  return out;
}

// Puts each part with its context; the contexts of `parts` are judged among `among` (the
// page's parts, top to bottom).
std::vector<tabular::page_part> with_contexts(std::vector<tabular::page_table> parts,
                                              const std::vector<const tabular::page_table*>& among,
                                              const content_page& page) {
  const std::vector<tabular::part_context> contexts =
      tabular::find_contexts(among, page.lines, page.body_bottom);
  std::vector<tabular::page_part> out;
  for (tabular::page_table& t : parts) {
    const auto at = std::find(among.begin(), among.end(), &t) - among.begin();
    out.push_back({std::move(t), contexts[static_cast<std::size_t>(at)]});
  }
  return out;
}

std::vector<const tabular::page_table*> top_down(std::vector<const tabular::page_table*> tables) {
  std::stable_sort(tables.begin(), tables.end(),
                   [](const tabular::page_table* a, const tabular::page_table* b) {
                     return a->bounds.y0 < b->bounds.y0;
                   });
  return tables;
}

}  // namespace

plan_builder::plan_builder(const options& opts)
    : opts_(opts), plans_(diagnostics_, opts.grids), others_(other_diagnostics_) {}

std::vector<tabular::page_part> plan_builder::find_parts(const content_page& page,
                                                         std::vector<tabular::page_part>& stream) {
  // Text outside the ruled tables: prose, and tables drawn without rules.
  std::vector<text_line> free_lines;
  for (const text_line& line : page.lines) {
    if (!inside_any(line.bounds, page.ruled)) free_lines.push_back(line);
  }
  // Columns are lent only to the page that follows: a page left out breaks the table.
  if (last_page_ + 1 != page.number) continued_columns_.reset();
  std::vector<tabular::page_table> aligned = tabular::find_aligned_tables(
      free_lines, page.number, continued_columns_ ? &*continued_columns_ : nullptr);
  for (const tabular::page_table& t : aligned) {
    free_lines.erase(std::remove_if(free_lines.begin(), free_lines.end(),
                                    [&](const text_line& l) {
                                      return t.bounds.contains(l.bounds.center_x(),
                                                               l.bounds.center_y());
                                    }),
                     free_lines.end());
  }
  for (const text_line& line : free_lines) evidence_.observe_line(words_of(line));
  std::vector<tabular::page_table> tables = page.ruled;
  tables.insert(tables.end(), std::make_move_iterator(aligned.begin()),
                std::make_move_iterator(aligned.end()));
  std::stable_sort(tables.begin(), tables.end(),
                   [](const auto& a, const auto& b) { return a.bounds.y0 < b.bounds.y0; });
  std::vector<tabular::page_table> others;
  if (opts_.grids) others = tabular::find_stream_tables(free_lines, page.number);
  // Edges of the other tables are judged among all the page's tables, so that only prose
  // counts as content above or below them; those of the plans among the plans.
  std::vector<const tabular::page_table*> plans_top_down, all;
  for (const tabular::page_table& t : tables) plans_top_down.push_back(&t), all.push_back(&t);
  for (const tabular::page_table& t : others) all.push_back(&t);
  stream = with_contexts(std::move(others), top_down(all), page);
  return with_contexts(std::move(tables), plans_top_down, page);
}

void plan_builder::observe_lines(const std::vector<tabular::page_part>& parts) {
  for (const tabular::page_part& p : parts) {
    for (const tabular::page_row& row : p.table.rows) {
      for (const tabular::page_cell& cell : row.cells) {
        for (const text_line& line : cell.lines) evidence_.observe_line(words_of(line));
      }
    }
  }
}

void plan_builder::add_page(const content_page& page) {
  std::vector<tabular::page_part> stream;
  std::vector<tabular::page_part> parts = find_parts(page, stream);
  for (auto* list : {&parts, &stream}) {
    for (tabular::page_part& p : *list) tabular::shade_cells(p.table, page.shades);
  }
  continued_columns_.reset();
  if (!parts.empty() && parts.back().context.at_page_bottom && !parts.back().table.is_ruled) {
    continued_columns_ = parts.back().table.column_edges;
  }
  last_page_ = page.number;
  // The headings among the lines outside the page's tables, whose type may be smaller than
  // the text's.
  std::vector<const text_line*> outside, all;
  for (const text_line& line : page.lines) {
    all.push_back(&line);
    const bool in_part = std::any_of(parts.begin(), parts.end(), [&](const tabular::page_part& p) {
      return p.table.bounds.contains(line.bounds.center_x(), line.bounds.center_y());
    });
    if (!in_part) outside.push_back(&line);
  }
  // Too few to tell the type of the text (a page that is its table and its title), the
  // page's lines all count.
  constexpr std::size_t enough_lines = 3;
  if (auto headings = layout::find_headings(outside.size() >= enough_lines ? outside : all);
      !headings.empty()) {
    headings_[page.number] = std::move(headings);
  }
  if (opts_.trace) outline_.push_back(outline_page(page, parts, stream));
  observe_lines(parts);
  plans_.add_page(std::move(parts));
  if (opts_.grids) others_.add_page(std::move(stream));
}

document plan_builder::finish(document doc) {
  const std::vector<tabular::stitched_table> tables = plans_.finish();
  fields::plan_records plans = fields::build_records(tables, evidence_, opts_, diagnostics_);
  doc.tables = std::move(plans.tables);
  doc.records = std::move(plans.records);
  // The first plan: a table with a header row (the others are dropped as the pages pass).
  const auto first_plan = std::find_if(
      tables.begin(), tables.end(), [](const auto& t) { return t.has_header && !t.rows.empty(); });
  if (doc.title.empty() && first_plan != tables.end()) doc.title = heading_above(*first_plan);
  const std::vector<tabular::stitched_table> others = others_.finish();
  if (opts_.grids) {
    // Every table for --tables, in the order the pages print them.
    std::vector<tabular::stitched_table> all = tables;
    all.insert(all.end(), others.begin(), others.end());
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
      return a.pages.first != b.pages.first ? a.pages.first < b.pages.first : a.top < b.top;
    });
    doc.grids = fields::build_grids(all, evidence_);
    diagnostics_.insert(diagnostics_.end(), other_diagnostics_.begin(), other_diagnostics_.end());
  }
  if (opts_.trace) {
    mark_repeated_headers(tables);
    mark_repeated_headers(others);
  }
  doc.outline = std::move(outline_);
  doc.diagnostics.insert(doc.diagnostics.end(), diagnostics_.begin(), diagnostics_.end());
  // A document without records says why: no plan at all, or plans with nothing in them.
  if (doc.records.empty() && doc.tables.empty()) {
    doc.diagnostics.push_back({diag::table_none, 0, "no action-plan table was found"});
  } else if (doc.records.empty()) {
    doc.diagnostics.push_back({diag::table_empty, doc.tables.front().pages.first,
                               "an action-plan table was found, but no row of it holds text"});
  }
  return doc;
}

std::string plan_builder::heading_above(const tabular::stitched_table& t) const {
  const auto it = headings_.find(t.pages.first);
  if (it == headings_.end()) return "";
  // The last heading above the plan's top, give or take a point of rounding.
  const std::vector<layout::heading_line>* above = nullptr;
  for (const auto& run : it->second) {
    if (run.back().bottom <= t.top + 1) above = &run;
  }
  if (above == nullptr) return "";
  std::vector<std::string> lines;
  for (const layout::heading_line& line : *above) lines.push_back(line.text);
  return text::collapse_spaces(text::clean_text(text::join_lines(lines, evidence_)));
}

void plan_builder::mark_repeated_headers(const std::vector<tabular::stitched_table>& tables) {
  std::map<int, page_outline*> by_page;
  for (page_outline& p : outline_) by_page[p.page] = &p;
  for (const tabular::stitched_table& t : tables) {
    for (const tabular::cell_piece& piece : t.repeated_headers) {
      const auto it = by_page.find(piece.page);
      if (it != by_page.end()) {
        it->second->repeated_headers.push_back(to_cell_box(piece.page, piece.bounds));
      }
    }
  }
}

}  // namespace extract_plan
