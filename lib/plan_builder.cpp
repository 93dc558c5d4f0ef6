#include "plan_builder.h"

#include <algorithm>
#include <iterator>
#include <map>

#include "stats.h"
#include "table/aligned.h"
#include "table/cells.h"
#include "table/context.h"
#include "table/stream.h"
#include "text/normalize.h"

namespace extract_plan {
namespace {

// Returns true when the centre of `b` lies in `t`: the line is the table's.
bool is_inside(const box& b, const tabular::page_table& t) {
  return t.bounds.contains(b.center_x(), b.center_y());
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
page_outline outline_page(const content_page& page, const page_parts& parts) {
  page_outline out;
  out.page = page.number;
  out.width = page.width;
  out.height = page.height;
  for (const box& b : page.furniture_boxes) out.furniture.push_back(to_cell_box(page.number, b));
  for (const auto* list : {&parts.plans, &parts.others}) {
    for (const tabular::page_part& p : *list) out.parts.push_back(outline_part(p.table));
  }
  std::sort(out.parts.begin(), out.parts.end(),
            [](const part_outline& a, const part_outline& b) { return a.bounds.y0 < b.bounds.y0; });
  return out;
}

// Returns the context of each of `tables`, judged among `among` (the page's tables top to
// bottom, `tables` among them) and the page's `lines`.
std::vector<tabular::part_context> contexts_of(const std::vector<tabular::page_table>& tables,
                                               const std::vector<const tabular::page_table*>& among,
                                               const std::vector<text_line>& lines,
                                               double body_bottom) {
  const std::vector<tabular::part_context> found =
      tabular::find_contexts(among, lines, body_bottom);
  std::vector<tabular::part_context> out;
  out.reserve(tables.size());
  for (const tabular::page_table& t : tables) {
    const auto at = std::find(among.begin(), among.end(), &t) - among.begin();
    out.push_back(found.at(static_cast<std::size_t>(at)));
  }
  return out;
}

// Puts each table with its context, its cells coloured by the fills behind them.
std::vector<tabular::page_part> make_parts(std::vector<tabular::page_table> tables,
                                           const std::vector<tabular::part_context>& contexts,
                                           const std::vector<shade>& shades) {
  std::vector<tabular::page_part> out;
  out.reserve(tables.size());
  for (std::size_t i = 0; i < tables.size(); ++i) {
    out.push_back({std::move(tables[i]), contexts[i]});
    tabular::shade_cells(out.back().table, shades);
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

bool is_in_any(const text_line& line, const std::vector<tabular::page_table>& tables) {
  return std::any_of(tables.begin(), tables.end(),
                     [&](const tabular::page_table& t) { return is_inside(line.bounds, t); });
}

// Returns the lines of `lines` outside every one of `tables`.
std::vector<text_line> copy_lines_outside(const std::vector<text_line>& lines,
                                          const std::vector<tabular::page_table>& tables) {
  std::vector<text_line> out;
  std::copy_if(lines.begin(), lines.end(), std::back_inserter(out),
               [&](const text_line& l) { return !is_in_any(l, tables); });
  return out;
}

// Takes out of `lines` those inside one of `tables`.
void drop_lines_inside(std::vector<text_line>& lines,
                       const std::vector<tabular::page_table>& tables) {
  lines.erase(std::remove_if(lines.begin(), lines.end(),
                             [&](const text_line& l) { return is_in_any(l, tables); }),
              lines.end());
}

// Returns the size of type most of a page's words are set in (points).
double body_size(const std::vector<text_line>& lines) {
  std::vector<double> sizes;
  for (const text_line& line : lines) {
    for (const word& w : line.words) sizes.push_back(w.font_size);
  }
  return sizes.empty() ? 0 : median_of(std::move(sizes));
}

// Takes the footnotes that end the page out of its free lines, into `out.footnotes`: they are
// neither rows nor text below a table, so a table cut by the page break goes on over them.
// Returns the page's lines without them; none when it has no footnotes.
std::vector<text_line> take_footnotes(const content_page& page, page_parts& out) {
  layout::footnote_area notes =
      layout::find_footnotes(out.free_lines, body_size(page.lines), page.number);
  std::vector<text_line> without;
  if (notes.notes.empty()) return without;
  auto is_note = [&](const text_line& l) {
    return l.bounds.y0 >= notes.top && !is_in_any(l, page.ruled);
  };
  out.free_lines.erase(std::remove_if(out.free_lines.begin(), out.free_lines.end(), is_note),
                       out.free_lines.end());
  std::copy_if(page.lines.begin(), page.lines.end(), std::back_inserter(without),
               [&](const text_line& l) { return !is_note(l); });
  out.footnotes = std::move(notes.notes);
  return without;
}

// Returns the tables drawn without rules among `free_lines`, taking their lines out:
// key/value blocks printed as label and value lines first (a label beside its value, "Status
// In progress", would read as a header of two columns), then those under a plan's column
// headers.
std::vector<tabular::page_table> take_unruled(std::vector<text_line>& free_lines, int page,
                                              const std::vector<double>* lent) {
  std::vector<tabular::page_table> found = tabular::find_label_blocks(free_lines, page);
  drop_lines_inside(free_lines, found);
  std::vector<tabular::page_table> aligned = tabular::find_aligned_tables(free_lines, page, lent);
  drop_lines_inside(free_lines, aligned);
  found.insert(found.end(), std::make_move_iterator(aligned.begin()),
               std::make_move_iterator(aligned.end()));
  return found;
}

}  // namespace

page_parts find_page_parts(const content_page& page, const std::vector<double>* lent, bool grids) {
  page_parts out;
  // Text outside the ruled tables: prose, and tables drawn without rules.
  out.free_lines = copy_lines_outside(page.lines, page.ruled);
  const std::vector<text_line> without_notes = take_footnotes(page, out);
  const std::vector<text_line>& lines = out.footnotes.empty() ? page.lines : without_notes;
  std::vector<tabular::page_table> unruled = take_unruled(out.free_lines, page.number, lent);
  std::vector<tabular::page_table> tables = page.ruled;
  tables.insert(tables.end(), std::make_move_iterator(unruled.begin()),
                std::make_move_iterator(unruled.end()));
  std::stable_sort(tables.begin(), tables.end(),
                   [](const auto& a, const auto& b) { return a.bounds.y0 < b.bounds.y0; });
  std::vector<tabular::page_table> others;
  if (grids) others = tabular::find_stream_tables(out.free_lines, page.number);
  // Edges of the other tables are judged among all the page's tables, so that only prose
  // counts as content above or below them; those of the plans among the plans.
  std::vector<const tabular::page_table*> plans_top_down, all;
  for (const tabular::page_table& t : tables) plans_top_down.push_back(&t), all.push_back(&t);
  for (const tabular::page_table& t : others) all.push_back(&t);
  const std::vector<tabular::part_context> plan_contexts =
      contexts_of(tables, plans_top_down, lines, page.body_bottom);
  const std::vector<tabular::part_context> other_contexts =
      contexts_of(others, top_down(all), lines, page.body_bottom);
  out.plans = make_parts(std::move(tables), plan_contexts, page.shades);
  out.others = make_parts(std::move(others), other_contexts, page.shades);
  return out;
}

plan_builder::plan_builder(const options& opts)
    : opts_(opts), plans_(plan_doubts_, opts.grids), others_(other_doubts_) {}

const std::vector<double>* plan_builder::lent_columns(int number) const {
  // Columns are lent only to the page that follows: a page left out breaks the table.
  return lent_ && last_page_ + 1 == number ? &*lent_ : nullptr;
}

void plan_builder::add_page(const content_page& page, page_parts parts) {
  const std::vector<tabular::page_part>& plans = parts.plans;
  lent_.reset();
  if (!plans.empty() && plans.back().context.at_page_bottom && !plans.back().table.is_ruled) {
    lent_ = plans.back().table.column_edges;
  }
  last_page_ = page.number;
  // The headings among the lines outside the page's plans, whose type may be smaller than
  // the text's. Too few to tell the type of the text (a page that is its table and its
  // title), the page's lines all count.
  std::vector<const text_line*> outside, all;
  for (const text_line& line : page.lines) {
    all.push_back(&line);
    const bool in_a_plan =
        std::any_of(plans.begin(), plans.end(),
                    [&](const tabular::page_part& p) { return is_inside(line.bounds, p.table); });
    if (!in_a_plan) outside.push_back(&line);
  }
  constexpr std::size_t enough_lines = 3;
  if (auto headings = layout::find_headings(outside.size() >= enough_lines ? outside : all);
      !headings.empty()) {
    headings_[page.number] = std::move(headings);
  }
  if (opts_.trace) outline_.push_back(outline_page(page, parts));
  for (const text_line& line : parts.free_lines) evidence_.observe_line(words_of(line));
  footnotes_.insert(footnotes_.end(), std::make_move_iterator(parts.footnotes.begin()),
                    std::make_move_iterator(parts.footnotes.end()));
  for (const tabular::page_part& p : plans) {
    for (const tabular::page_row& row : p.table.rows) {
      for (const tabular::page_cell& cell : row.cells) {
        for (const text_line& line : cell.lines) evidence_.observe_line(words_of(line));
      }
    }
  }
  plans_.add_page(blocks_.add_page(std::move(parts.plans)));
  if (opts_.grids) others_.add_page(std::move(parts.others));
}

stitched_tables plan_builder::finish() {
  stitched_tables out;
  out.plans = plans_.finish();
  // The plans of key/value blocks take their places among the others by where they start.
  std::vector<tabular::stitched_table> blocks = blocks_.finish();
  if (!blocks.empty()) {
    out.plans.insert(out.plans.end(), std::make_move_iterator(blocks.begin()),
                     std::make_move_iterator(blocks.end()));
    std::stable_sort(out.plans.begin(), out.plans.end(), [](const auto& a, const auto& b) {
      return a.pages.first != b.pages.first ? a.pages.first < b.pages.first : a.top < b.top;
    });
  }
  out.others = others_.finish();
  out.plan_doubts = std::move(plan_doubts_);
  out.other_doubts = std::move(other_doubts_);
  return out;
}

std::string plan_builder::heading_above(const tabular::stitched_table& plan) const {
  const auto it = headings_.find(plan.pages.first);
  if (it == headings_.end()) return "";
  // The last heading above the plan's top, give or take a point of rounding.
  const std::vector<layout::heading_line>* above = nullptr;
  for (const auto& run : it->second) {
    if (run.back().bottom <= plan.top + 1) above = &run;
  }
  if (above == nullptr) return "";
  std::vector<std::string> lines;
  for (const layout::heading_line& line : *above) lines.push_back(line.text);
  return text::collapse_spaces(text::clean_text(text::join_lines(lines, evidence_)));
}

std::vector<page_outline> plan_builder::outline(const stitched_tables& tables) const {
  std::vector<page_outline> out = outline_;
  std::map<int, page_outline*> by_page;
  for (page_outline& p : out) by_page[p.page] = &p;
  for (const auto* list : {&tables.plans, &tables.others}) {
    for (const tabular::stitched_table& t : *list) {
      for (const tabular::cell_piece& piece : t.repeated_headers) {
        const auto it = by_page.find(piece.page);
        if (it != by_page.end()) {
          it->second->repeated_headers.push_back(to_cell_box(piece.page, piece.bounds));
        }
      }
    }
  }
  return out;
}

}  // namespace extract_plan
