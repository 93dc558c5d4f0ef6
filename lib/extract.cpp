// The one place that knows the order of the stages. Pages flow through them as they are
// read, and none is held once its tables are stitched on:
//
//   drawn page -> to_page -> page                  words printed twice read once; rules
//                                                  and fills from the paint (on the reading
//                                                  thread, in a long document)
//   page -> prepare_page -> pending page           ruled tables, lines, band summary
//   pending pages -> page_window -> content page   running header and footer out, once the
//                                                  pages after it are read
//   content page -> finish_page                    its table parts found and stitched on
//   the last page -> finish_document               records typed; title, grids, outline
//
// Records are typed once the last page is in, from the stitched rows (their text and
// boxes), not from the pages: how a line-end hyphen joins depends on how the whole document
// writes the word, and whether an unlabelled column holds item numbers on all its rows.
#include "extract.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <limits>
#include <stdexcept>

#include "digest.h"
#include "extract_plan/extract_plan.h"
#include "fields/deadline.h"
#include "fields/records.h"
#include "isolate.h"
#include "layout/lines.h"
#include "layout/marks.h"
#include "layout/overprint.h"
#include "page_reader.h"
#include "pdf/pdf_reader.h"
#include "source_file.h"
#include "table/aligned.h"
#include "table/ruled.h"
#include "table/rules.h"
#include "text/normalize.h"
#include "text/script.h"
#include "text/spell.h"

namespace extract_plan {
namespace {

// Returns the 1-based pages a selection names that the document has, in order, each once;
// every page for an empty selection.
std::vector<int> selected_pages(const std::vector<page_span>& selection, int page_count) {
  std::vector<bool> wanted(static_cast<std::size_t>(page_count) + 1, selection.empty());
  for (const page_span& s : selection) {
    for (int n = std::max(s.first, 1); n <= std::min(s.last, page_count); ++n) {
      wanted[static_cast<std::size_t>(n)] = true;
    }
  }
  std::vector<int> pages;
  for (int n = 1; n <= page_count; ++n) {
    if (wanted[static_cast<std::size_t>(n)]) pages.push_back(n);
  }
  return pages;
}

// Returns true when the words a font's guessed characters made are garbage: hardly any of
// those with three letters or more, their punctuation and figures aside, is an English word.
// Only a page with such characters is asked.
bool guessed_garbage(const std::vector<word>& words) {
  std::size_t lettered = 0, english = 0;
  for (const word& w : words) {
    const std::string& t = w.text;
    const auto first = std::find_if(t.begin(), t.end(), text::is_ascii_letter);
    const auto last = std::find_if(t.rbegin(), t.rend(), text::is_ascii_letter).base();
    if (first >= last || last - first < 3) continue;
    ++lettered;
    english +=
        text::is_english_word(std::string_view(&*first, static_cast<std::size_t>(last - first)));
  }
  return 4 * english < lettered;
}

// Counts what the pages gave: a document with no words at all is a scan, or a PDF of
// pictures of text; one whose characters mostly have no Unicode (fonts without a ToUnicode
// map) is as good as one, and a page with many such is said to be so. Where Poppler guessed
// the characters from the glyphs' numbers, the guess counts as no Unicode on a page whose
// words are garbage.
struct text_census {
  std::size_t upright = 0, sideways = 0;
  std::size_t characters = 0, unreadable = 0;
  std::size_t refused = 0, cut_short = 0;  // pages not read for their size, cut for time

  void count(const page& p, std::vector<diagnostic>& diagnostics) {
    refused += p.refused && !p.cut_short;
    cut_short += p.cut_short;
    upright += p.words.size();
    sideways += static_cast<std::size_t>(p.rotated_words);
    std::size_t on_page = p.unmapped_characters, bad = p.unmapped_characters;
    for (const word& w : p.words) {
      on_page += text::count_code_points(w.text);
      bad += text::count_unreadable(w.text);
    }
    // A guessed character may be a control character too: then it counts once.
    if (p.guessed_characters > 0 && guessed_garbage(p.words)) {
      bad = std::min(bad + p.guessed_characters, on_page);
    }
    characters += on_page;
    unreadable += bad;
    // A tenth: more than a symbol font's bullets and ticks on a page of text.
    if (bad >= 8 && 10 * bad >= on_page) {
      diagnostics.push_back({diag::text_unmapped, p.number,
                             std::to_string(bad) + " of the page's " + std::to_string(on_page) +
                                 " characters have no usable Unicode from their font (it has "
                                 "no ToUnicode map): its text cannot be trusted"});
    }
  }

  void check(bool any_page_read, const std::vector<diagnostic>& diagnostics) const {
    // A document whose pages were cut at their limits before a word was read says so, with
    // the first page's reason: it may well have text.
    const bool no_words = upright == 0 && sideways == 0;
    auto fail_if_cut = [&](std::size_t pages, errc code, const std::string& named) {
      const auto first = std::find_if(diagnostics.begin(), diagnostics.end(),
                                      [&](const diagnostic& d) { return d.code == named; });
      if (!no_words || pages == 0 || first == diagnostics.end()) return;
      throw error(code, "no words were read within the limits: page " +
                            std::to_string(first->page) + ": " + first->message);
    };
    fail_if_cut(refused, errc::too_large, diag::page_too_large);
    fail_if_cut(cut_short, errc::too_slow, diag::page_too_slow);
    if (no_words && any_page_read) {
      throw error(errc::no_text_layer, "the PDF has no text layer (a scan?); OCR it first");
    }
    if (2 * unreadable > characters) {
      throw error(errc::no_text_layer,
                  "the PDF's text cannot be read: " + std::to_string(unreadable) + " of its " +
                      std::to_string(characters) +
                      " characters have no usable Unicode from their fonts (no ToUnicode "
                      "map); OCR it first");
    }
  }
};

void report_progress(const options& opts, std::size_t done, std::size_t total) {
  if (opts.progress && !opts.progress(static_cast<int>(done), static_cast<int>(total))) {
    throw error(errc::cancelled, "reading was cancelled by the progress callback");
  }
}

// The title of a document without a running header: the heading above its first plan, a
// table with a header row (the others are dropped as the pages pass).
std::string find_title_above_plans(const std::vector<tabular::stitched_table>& tables,
                                   const plan_builder& plans) {
  const auto first_plan = std::find_if(
      tables.begin(), tables.end(), [](const auto& t) { return t.has_header && !t.rows.empty(); });
  return first_plan == tables.end() ? "" : plans.heading_above(*first_plan);
}

// Every table for --tables, in the order the pages print them.
std::vector<tabular::stitched_table> order_by_page(const stitched_tables& tables) {
  std::vector<tabular::stitched_table> all = tables.plans;
  all.insert(all.end(), tables.others.begin(), tables.others.end());
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    return a.pages.first != b.pages.first ? a.pages.first < b.pages.first : a.top < b.top;
  });
  return all;
}

// A document without records says why: no plan at all, or plans with nothing in them.
void say_why_no_records(document& doc) {
  if (doc.records.empty() && doc.tables.empty()) {
    doc.diagnostics.push_back({diag::table_none, 0, "no action-plan table was found"});
  } else if (doc.records.empty()) {
    doc.diagnostics.push_back({diag::table_empty, doc.tables.front().pages.first,
                               "an action-plan table was found, but no row of it holds text"});
  }
}

document describe_source(const pdf::pdf_file& pdf, const std::string& name) {
  document doc;
  doc.source.file = name;
  doc.source.pages = pdf.page_count();
  doc.diagnostics = pdf.opening_diagnostics();
  return doc;
}

// `digest` gives the SHA-256 of the bytes; it is asked for once the pages are being read, so
// that hashing a large file overlaps reading its first pages.
document extract_pdf(pdf::pdf_file& pdf, const std::function<std::string()>& digest,
                     const std::string& name, const options& opts,
                     std::chrono::steady_clock::time_point started) {
  document doc = describe_source(pdf, name);
  const std::vector<int> pages = selected_pages(opts.pages, doc.source.pages);
  if (opts.max_pages > 0 && pages.size() > static_cast<std::size_t>(opts.max_pages)) {
    throw error(errc::too_large, "the document has " + std::to_string(pages.size()) +
                                     " pages to read, more than the limit of " +
                                     std::to_string(opts.max_pages));
  }
  // Reading ahead pays once the window lets pages go before the end: in a shorter document
  // every page waits for the last one, and a thread would only add its start and hand-overs.
  const bool ahead = opts.read_ahead && pages.size() > furniture_reach + 1;
  auto bound = [](std::size_t n) { return n == 0 ? std::numeric_limits<std::size_t>::max() : n; };
  const pdf::page_budget budget{opts.page_time_limit,       bound(opts.max_page_characters),
                                bound(opts.max_page_words), bound(opts.max_page_paints),
                                bound(opts.max_page_fonts), bound(opts.memory_limit / 4)};
  page_reader reader(pdf, pages, budget, started, opts.time_limit, ahead);
  // While the first page is read: the digest, and the deadline grammar, which the records
  // would otherwise compile once the last page is in.
  doc.source.sha256 = digest();
  if (ahead) fields::compile_deadline_forms();
  return extract_pages(
      std::move(doc), [&](std::vector<diagnostic>& d) { return reader.next(d); }, pages.size(),
      opts);
}

}  // namespace

page to_page(drawn_page drawn) {
  page p;
  p.number = drawn.number;
  p.width = drawn.width;
  p.height = drawn.height;
  p.words = layout::attach_marks(layout::drop_overprinted(std::move(drawn.words)));
  p.rules = tabular::find_rules(drawn.paints, drawn.width, drawn.height);
  p.shades = tabular::find_shades(drawn.paints);
  p.cut_short = drawn.cut_short;
  p.refused = drawn.refused;
  p.rotated_words = drawn.rotated_words;
  p.characters = drawn.characters;
  p.unmapped_characters = drawn.unmapped_characters;
  p.guessed_characters = drawn.guessed_characters;
  return p;
}

pending_page prepare_page(page p, std::vector<diagnostic>& diagnostics) {
  pending_page out;
  out.ruled = tabular::find_ruled_tables(p, diagnostics);
  out.width = p.width;
  out.shades = std::move(p.shades);
  out.lines = {p.number, p.height, layout::build_lines(std::move(p.words)), {}};
  for (const tabular::page_table& t : out.ruled) out.lines.protected_regions.push_back(t.bounds);
  // A table's column-header row repeated at the top of every page is content, not furniture.
  out.bands = layout::summarize_bands(out.lines, tabular::is_header_line);
  return out;
}

void finish_page(const content_page& page, plan_builder& plans) {
  page_parts parts = find_page_parts(page, plans.lent_columns(page.number), plans.opts().grids);
  plans.add_page(page, std::move(parts));
}

document finish_document(document doc, const std::string& running_title, plan_builder& plans) {
  const options& opts = plans.opts();
  stitched_tables tables = plans.finish();
  std::vector<diagnostic> doubts = std::move(tables.plan_doubts);
  fields::plan_records typed = fields::build_records(tables.plans, plans.evidence(), opts, doubts);
  doc.tables = std::move(typed.tables);
  doc.records = std::move(typed.records);
  fields::tie_footnotes(doc.records, plans.footnotes());
  doc.title = running_title.empty() ? find_title_above_plans(tables.plans, plans) : running_title;
  if (opts.grids) {
    doc.grids = fields::build_grids(order_by_page(tables), plans.evidence());
    doubts.insert(doubts.end(), tables.other_doubts.begin(), tables.other_doubts.end());
  }
  if (opts.trace) doc.outline = plans.outline(tables);
  doc.diagnostics.insert(doc.diagnostics.end(), doubts.begin(), doubts.end());
  say_why_no_records(doc);
  std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(),
                   [](const diagnostic& a, const diagnostic& b) { return a.page < b.page; });
  return doc;
}

document extract_pages(document doc, const page_source& next, std::size_t total,
                       const options& opts) {
  if (total == 0) {
    doc.diagnostics.push_back(
        {diag::pages_none, 0, "the document has none of the pages asked for"});
  }
  text_census census;
  page_window window;
  plan_builder plans(opts);
  std::size_t done = 0;
  while (std::optional<page> p = next(doc.diagnostics)) {
    census.count(*p, doc.diagnostics);
    window.push(prepare_page(std::move(*p), doc.diagnostics));
    report_progress(opts, ++done, total);
    while (std::optional<content_page> ready = window.pop(false)) finish_page(*ready, plans);
  }
  census.check(done > 0, doc.diagnostics);
  while (std::optional<content_page> ready = window.pop(true)) finish_page(*ready, plans);
  return finish_document(std::move(doc), window.title(), plans);
}

std::vector<page_span> parse_page_ranges(std::string_view text) {
  std::vector<page_span> spans;
  auto fail = [&] {
    throw std::invalid_argument("expected pages such as 3, 2-5 or 1,4-6, got '" +
                                std::string(text) + "'");
  };
  auto read_number = [&](std::string_view s) {
    if (s.empty() || s.size() > 9 ||
        !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      fail();
    }
    const int n = std::stoi(std::string(s));
    if (n < 1) fail();
    return n;
  };
  std::size_t from = 0;
  while (true) {
    const std::size_t comma = text.find(',', from);
    const std::string_view item =
        text.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from);
    const std::size_t dash = item.find('-');
    page_span span;
    if (dash == std::string_view::npos) {
      span.first = span.last = read_number(item);
    } else {
      span.first = read_number(item.substr(0, dash));
      const std::string_view rest = item.substr(dash + 1);
      span.last = rest.empty() ? std::numeric_limits<int>::max() : read_number(rest);
      if (span.last < span.first) fail();
    }
    spans.push_back(span);
    if (comma == std::string_view::npos) break;
    from = comma + 1;
  }
  return spans;
}

const char* to_string(errc code) noexcept {
  switch (code) {
    case errc::file_not_found:
      return "file_not_found";
    case errc::read_failed:
      return "read_failed";
    case errc::not_a_pdf:
      return "not_a_pdf";
    case errc::damaged:
      return "damaged";
    case errc::encrypted:
      return "encrypted";
    case errc::no_text_layer:
      return "no_text_layer";
    case errc::cancelled:
      return "cancelled";
    case errc::too_large:
      return "too_large";
    case errc::too_slow:
      return "too_slow";
    case errc::crashed:
      return "crashed";
    case errc::timed_out:
      return "timed_out";
  }
  return "unknown";
}

error::error(errc code, const std::string& message) : std::runtime_error(message), code_(code) {}

// The version string from the header's numbers, so the two cannot disagree.
#define EXTRACT_PLAN_STRINGIFY_(x) #x
#define EXTRACT_PLAN_STRINGIFY(x) EXTRACT_PLAN_STRINGIFY_(x)
const char* version() noexcept {
  return EXTRACT_PLAN_STRINGIFY(EXTRACT_PLAN_VERSION_MAJOR) "." EXTRACT_PLAN_STRINGIFY(
      EXTRACT_PLAN_VERSION_MINOR) "." EXTRACT_PLAN_STRINGIFY(EXTRACT_PLAN_VERSION_PATCH);
}

document extract_file(const std::string& path, const options& opts) {
  const auto started = std::chrono::steady_clock::now();
  const source_file file(path);
  if (opts.isolate) return read_document_isolated({file.descriptor(), file_name_of(path)}, opts);
  pdf::pdf_file pdf(pdf::pdf_descriptor{file.descriptor()}, opts.password);
  // The file is hashed by its own reads (pread, which moves no shared offset) while Poppler
  // reads pages from it on the reading thread.
  document doc = extract_pdf(
      pdf, [&] { return file.sha256(); }, file_name_of(path), opts, started);
  if (file.changed()) throw error(errc::read_failed, "the file changed while it was read");
  return doc;
}

document extract_buffer(const void* data, std::size_t size, const std::string& name,
                        const options& opts) {
  const auto started = std::chrono::steady_clock::now();
  if (data == nullptr && size > 0) throw error(errc::read_failed, "no bytes to read");
  const std::string_view bytes(static_cast<const char*>(data), size);
  if (opts.isolate) {
    const memory_file bytes_file(data, size);
    return read_document_isolated({bytes_file.descriptor(), name}, opts);
  }
  pdf::pdf_file pdf(pdf::pdf_bytes{bytes}, opts.password);
  return extract_pdf(
      pdf, [&] { return sha256_hex(bytes); }, name, opts, started);
}

}  // namespace extract_plan
