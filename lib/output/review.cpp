// The review of one document: each page rendered with what the extractor found drawn over it,
// and an HTML page listing the records beside the pictures of their pages. It is how an
// officer checks a result by eye before loading it into a council system, and how a
// developer sees why a row went where it went.
#include <cairo.h>
#include <dlfcn.h>

#include <algorithm>
#include <cmath>
#include <locale>
#include <sstream>

#include "extract_plan/extract_plan.h"
#include "pdf/pdf_reader.h"
#include "source_file.h"

namespace extract_plan {
namespace {

// Cairo draws the pictures, and only they need it: it is loaded when the first picture is
// drawn, not linked, so that reading a document does not pay for loading cairo and the dozen
// libraries it brings (X11's among them): about 0.7 ms, a tenth of a small document's time.
#define EXTRACT_PLAN_CAIRO_FUNCTIONS(X) \
  X(create)                             \
  X(destroy)                            \
  X(fill)                               \
  X(fill_preserve)                      \
  X(format_stride_for_width)            \
  X(image_surface_create_for_data)      \
  X(line_to)                            \
  X(move_to)                            \
  X(rectangle)                          \
  X(scale)                              \
  X(select_font_face)                   \
  X(set_dash)                           \
  X(set_font_size)                      \
  X(set_line_width)                     \
  X(set_source_rgb)                     \
  X(set_source_rgba)                    \
  X(show_text)                          \
  X(stroke)                             \
  X(surface_destroy)                    \
  X(surface_flush)                      \
  X(surface_write_to_png_stream)        \
  X(text_extents)

// The cairo functions the review uses, each named as cairo names it without "cairo_".
struct cairo_functions {
// NOLINTNEXTLINE(bugprone-macro-parentheses): a member's name takes no brackets
#define EXTRACT_PLAN_CAIRO_MEMBER(name) decltype(&::cairo_##name) name = nullptr;
  EXTRACT_PLAN_CAIRO_FUNCTIONS(EXTRACT_PLAN_CAIRO_MEMBER)
#undef EXTRACT_PLAN_CAIRO_MEMBER
  bool loaded = false;
};

// Loads cairo once per process; `loaded` is false when libcairo.so.2 is not installed or
// lacks a function.
const cairo_functions& cairo() {
  static const cairo_functions functions = [] {
    cairo_functions f;
    void* library = ::dlopen("libcairo.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!library) return f;
    bool all = true;
#define EXTRACT_PLAN_CAIRO_LOAD(name)                                            \
  f.name = reinterpret_cast<decltype(f.name)>(::dlsym(library, "cairo_" #name)); \
  all = all && f.name != nullptr;
    EXTRACT_PLAN_CAIRO_FUNCTIONS(EXTRACT_PLAN_CAIRO_LOAD)
#undef EXTRACT_PLAN_CAIRO_LOAD
    f.loaded = all;
    return f;  // the library stays loaded: its functions are called until the process ends
  }();
  return functions;
}

#undef EXTRACT_PLAN_CAIRO_FUNCTIONS

struct colour {
  double r, g, b;
};
// One colour for each kind of thing drawn, and the page legend says which is which.
constexpr colour furniture_colour{0.55, 0.55, 0.55};
constexpr colour part_colour{0.10, 0.35, 0.85};
constexpr colour cell_colour{0.05, 0.60, 0.25};
constexpr colour continued_colour{0.95, 0.50, 0.00};
constexpr colour repeated_colour{0.85, 0.10, 0.10};

// A cairo image surface over a raster, freed with it.
struct canvas {
  cairo_surface_t* surface = nullptr;
  cairo_t* cr = nullptr;
  explicit canvas(pdf::raster& r) {
    surface = cairo().image_surface_create_for_data(r.pixels.data(), CAIRO_FORMAT_RGB24, r.width,
                                                    r.height, r.stride);
    cr = cairo().create(surface);
  }
  ~canvas() {
    cairo().destroy(cr);
    cairo().surface_destroy(surface);
  }
  canvas(const canvas&) = delete;
  canvas& operator=(const canvas&) = delete;
};

void set_colour(cairo_t* cr, colour c, double alpha) {
  cairo().set_source_rgba(cr, c.r, c.g, c.b, alpha);
}

void outline_box(cairo_t* cr, const cell_box& b, colour c, double width, double fill_alpha) {
  cairo().rectangle(cr, b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0);
  if (fill_alpha > 0) {
    set_colour(cr, c, fill_alpha);
    cairo().fill_preserve(cr);
  }
  set_colour(cr, c, 0.9);
  cairo().set_line_width(cr, width);
  cairo().stroke(cr);
}

// Writes a label on a filled tab whose top left is (x, y), in points.
void label(cairo_t* cr, double x, double y, const std::string& text, colour c, double size) {
  cairo().select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo().set_font_size(cr, size);
  cairo_text_extents_t ext;
  cairo().text_extents(cr, text.c_str(), &ext);
  const double pad = size * 0.2;
  cairo().rectangle(cr, x, y, ext.x_advance + 2 * pad, size + 2 * pad);
  set_colour(cr, c, 0.85);
  cairo().fill(cr);
  cairo().set_source_rgb(cr, 1, 1, 1);
  cairo().move_to(cr, x + pad, y + pad + size * 0.8);
  cairo().show_text(cr, text.c_str());
}

// Writes a label whose tab ends at x.
void label_right(cairo_t* cr, double x, double y, const std::string& text, colour c, double size) {
  cairo().select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo().set_font_size(cr, size);
  cairo_text_extents_t ext;
  cairo().text_extents(cr, text.c_str(), &ext);
  label(cr, x - ext.x_advance - 0.4 * size, y, text, c, size);
}

std::string field_name(const document& doc, const record& r, std::size_t column) {
  if (r.table < 0 || static_cast<std::size_t>(r.table) >= doc.tables.size()) return "";
  const std::vector<struct column>& columns = doc.tables[static_cast<std::size_t>(r.table)].columns;
  if (column >= columns.size()) return "";
  if (columns[column].role != field::other) return to_string(columns[column].role);
  return columns[column].header.empty() ? "column " + std::to_string(column + 1)
                                        : columns[column].header;
}

void draw_parts(cairo_t* cr, const page_outline& p) {
  for (const cell_box& b : p.furniture) outline_box(cr, b, furniture_colour, 0.8, 0.25);
  if (!p.furniture.empty()) {
    label(cr, p.furniture.front().x0, std::max(0.0, p.furniture.front().y0 - 8),
          "running header / footer", furniture_colour, 6);
  }
  for (const part_outline& part : p.parts) {
    outline_box(cr, part.bounds, part_colour, 1.6, 0);
    set_colour(cr, part_colour, 0.6);
    cairo().set_line_width(cr, 0.6);
    const double dashes[] = {3, 2};
    cairo().set_dash(cr, dashes, 2, 0);
    for (const double x : part.column_edges) {
      cairo().move_to(cr, x, part.bounds.y0);
      cairo().line_to(cr, x, part.bounds.y1);
    }
    for (const double y : part.row_edges) {
      cairo().move_to(cr, part.bounds.x0, y);
      cairo().line_to(cr, part.bounds.x1, y);
    }
    cairo().stroke(cr);
    cairo().set_dash(cr, nullptr, 0, 0);
    const char* kind = part.kind == part_kind::ruled     ? "ruled table"
                       : part.kind == part_kind::aligned ? "unruled table"
                                                         : "table (white space)";
    label(cr, part.bounds.x1 - 60, std::max(0.0, part.bounds.y0 - 9), kind, part_colour, 6);
  }
  for (const cell_box& b : p.repeated_headers) {
    outline_box(cr, b, repeated_colour, 1.5, 0.18);
    label_right(cr, b.x1 - 2, b.y0 + 2, "repeated header, dropped", repeated_colour, 7);
  }
}

// Draws each record's cells on the page, labelled "#index field"; the cells of a row that
// began on an earlier page are drawn in the continuation colour and say so.
void draw_records(cairo_t* cr, const document& doc, int page) {
  for (const record& r : doc.records) {
    if (page < r.pages.first || page > r.pages.last) continue;
    const bool continued = r.pages.first < page;
    double row_top = 1e9, row_left = 1e9;
    for (std::size_t c = 0; c < r.cells.size(); ++c) {
      for (const cell_box& b : r.cells[c]) {
        if (b.page != page) continue;
        outline_box(cr, {b.page, b.x0 + 1, b.y0 + 1, b.x1 - 1, b.y1 - 1},
                    continued ? continued_colour : cell_colour, continued ? 1.2 : 0.6, 0.06);
        // At the cell's foot, on the right: where a cell's text, set from the top left,
        // least often reaches.
        label_right(cr, b.x1 - 1.5, b.y1 - 8.5,
                    "#" + std::to_string(r.index) + " " + field_name(doc, r, c),
                    continued ? continued_colour : cell_colour, 5);
        row_top = std::min(row_top, b.y0);
        row_left = std::min(row_left, b.x0);
      }
    }
    if (continued && row_top < 1e9) {
      // Above the row: a continued row opens its page's part, so the space above is free.
      label(cr, row_left, std::max(0.0, row_top - 10),
            "row " + (r.number.empty() ? std::to_string(r.index) : r.number) +
                " continued from page " + std::to_string(page - 1),
            continued_colour, 7);
    }
  }
}

std::string encode_png(cairo_surface_t* surface) {
  std::string png;
  auto write = [](void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  };
  cairo().surface_write_to_png_stream(surface, write, &png);
  return png;
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

}  // namespace

void render_review_pages(const std::string& path, const document& doc,
                         const std::function<void(int page, const std::string& png)>& sink,
                         const options& opts, double dpi) {
  const source_file file(path);
  pdf::pdf_file pdf(pdf::pdf_descriptor{file.descriptor()}, opts.password);
  const double scale = dpi / 72;
  for (const page_outline& p : doc.outline) {
    if (!cairo().loaded) {
      sink(p.page, std::string());  // nothing to draw with: the review page says so
      continue;
    }
    pdf::raster r = pdf.render_page(p.page, dpi, opts.page_time_limit);
    if (r.width <= 0 || r.height <= 0 ||
        r.stride != cairo().format_stride_for_width(CAIRO_FORMAT_RGB24, r.width)) {
      sink(p.page, std::string());  // no picture: the review page says so
      continue;
    }
    canvas c(r);
    cairo().scale(c.cr, scale, scale);
    // A page read turned (sideways text) has its boxes in the turned frame: they would not
    // land on the picture, so the picture says so instead.
    const bool same_frame =
        std::abs(r.width / scale - p.width) < 2 && std::abs(r.height / scale - p.height) < 2;
    if (same_frame) {
      draw_parts(c.cr, p);
      draw_records(c.cr, doc, p.page);
    } else {
      label(c.cr, 10, 10, "page read turned: boxes not drawn", repeated_colour, 10);
    }
    cairo().surface_flush(c.surface);
    sink(p.page, encode_png(c.surface));
  }
}

namespace {

void write_head(std::ostream& out, const document& doc) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
      << escape_html(doc.source.file) << " - extract-plan review</title>\n<style>\n"
      << "body{font-family:sans-serif;margin:1em;color:#222}\n"
      << "section.page{display:flex;gap:1em;align-items:flex-start;border-top:2px solid #ccc;"
         "padding-top:.5em;margin-top:1em}\n"
      << "section.page a.picture{width:55%;position:sticky;top:0}\n"
      << "section.page img{width:100%;border:1px solid #999}\n"
      << ".records{flex:1}.record{border:1px solid #ccc;margin:.3em 0;padding:.3em}\n"
      << ".continued{border-color:#f28000;background:#fff4e5}\n"
      << ".key{color:#0a7;font-weight:bold}.note{color:#a00}\n"
      << "dl{margin:0}dt{font-weight:bold;float:left;clear:left;width:9em}dd{margin-left:9.5em}\n"
      << ".legend span{padding:0 .4em;margin-right:.5em;color:#fff}\n</style>\n</head>\n<body>\n";
}

void write_summary(std::ostream& out, const document& doc) {
  out << "<h1>" << escape_html(doc.source.file) << "</h1>\n";
  if (!doc.title.empty()) out << "<p class=\"title\">" << escape_html(doc.title) << "</p>\n";
  out << "<p class=\"summary\">" << doc.source.pages << " pages, " << doc.outline.size()
      << " read; action-plan tables: " << doc.tables.size() << "; records: " << doc.records.size()
      << ".</p>\n";
  out << "<p class=\"legend\">Drawn on the pages: <span style=\"background:#8c8c8c\">running "
         "header / footer</span><span style=\"background:#1a59d9\">table part, columns and "
         "rows</span><span style=\"background:#0d9940\">a record's cell</span><span "
         "style=\"background:#f28000\">row continued from the page before</span><span "
         "style=\"background:#d91a1a\">repeated header, dropped</span></p>\n";
  out << "<h2>Diagnostics</h2>\n<ul class=\"diagnostics\">\n";
  for (const diagnostic& d : doc.diagnostics) {
    out << "<li><span class=\"key\">" << escape_html(d.code) << "</span> "
        << (d.page > 0 ? "page " + std::to_string(d.page) : std::string("document")) << ": "
        << escape_html(d.message) << "</li>\n";
  }
  if (doc.diagnostics.empty()) out << "<li>none</li>\n";
  out << "</ul>\n";
}

// One record as printed on `page`: marked when it began on the page before.
void write_record(std::ostream& out, const record& r, int page) {
  const bool continued = r.pages.first < page;
  out << "<div class=\"record" << (continued ? " continued" : "") << "\" id=\"record-" << r.table
      << "-" << r.index << "-page-" << page << "\">\n<p><span class=\"key\">#" << r.index
      << "</span> table " << r.table << ", number "
      << escape_html(r.number.empty() ? "(none)" : r.number) << ", pages " << r.pages.first << "-"
      << r.pages.last;
  if (continued) out << " <strong>continued from page " << page - 1 << "</strong>";
  if (r.pages.last > page) out << " <em>continues on page " << page + 1 << "</em>";
  out << "</p>\n<dl>\n";
  auto item = [&](const std::string& name, const std::string& value) {
    if (value.empty()) return;
    out << "<dt>" << escape_html(name) << "</dt><dd>" << escape_html(value) << "</dd>\n";
  };
  if (r.section) item("section", *r.section);
  item("recommendation", r.recommendation);
  item("action", r.action);
  item("lead_officer", r.lead_officer.text);
  item("deadline", r.deadline.text);
  item("status", r.status);
  item("progress", r.progress);
  for (const auto& [header, value] : r.other) item(header, value);
  out << "</dl>\n</div>\n";
}

void write_page(std::ostream& out, const document& doc, int page, const std::string& picture) {
  out << "<section class=\"page\" id=\"page-" << page << "\">\n";
  if (picture.empty()) {
    out << "<p class=\"note picture\">The page could not be rendered.</p>\n";
  } else {
    const std::string url = escape_html(picture);
    out << "<a class=\"picture\" href=\"" << url << "\"><img src=\"" << url << "\" alt=\"page "
        << page << "\"></a>\n";
  }
  out << "<div class=\"records\">\n<h2>Page " << page << "</h2>\n";
  for (const diagnostic& d : doc.diagnostics) {
    if (d.page != page) continue;
    out << "<p class=\"note\">" << escape_html(d.code) << ": " << escape_html(d.message)
        << "</p>\n";
  }
  bool any = false;
  for (const record& r : doc.records) {
    if (page < r.pages.first || page > r.pages.last) continue;
    any = true;
    write_record(out, r, page);
  }
  if (!any) out << "<p>No records on this page.</p>\n";
  out << "</div>\n</section>\n";
}

// Percent-encodes what a relative URL cannot hold as it is ("#", "?", "%", spaces, any
// byte outside ASCII), keeping "/" between folders.
std::string url_path(std::string_view path) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
    if (plain) {
      out.push_back(ch);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

std::string review_html(const document& doc,
                        const std::function<std::string(int page)>& picture_of) {
  std::ostringstream out;
  out.imbue(std::locale::classic());  // numbers never grouped or decimal-commaed
  write_head(out, doc);
  write_summary(out, doc);
  for (const page_outline& p : doc.outline) write_page(out, doc, p.page, picture_of(p.page));
  out << "</body>\n</html>\n";
  return out.str();
}

std::string review_index_html(const std::vector<review_link>& documents) {
  std::ostringstream out;
  out.imbue(std::locale::classic());  // numbers never grouped or decimal-commaed
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>"
         "extract-plan review</title></head>\n<body>\n<h1>Review</h1>\n<ul>\n";
  for (const review_link& d : documents) {
    out << "<li>";
    if (d.href.empty()) {
      out << escape_html(d.label) << " (failed)";
    } else {
      out << "<a href=\"" << escape_html(url_path(d.href)) << "\">" << escape_html(d.label)
          << "</a>";
    }
    out << "</li>\n";
  }
  out << "</ul>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace extract_plan
