#include "pdf/pdf_reader.h"

#include <Error.h>
#include <ErrorCodes.h>
#include <GfxFont.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Page.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <fcntl.h>
#include <goo/GooString.h>
#include <goo/gfile.h>
#include <splash/SplashBitmap.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_map>

namespace extract_plan::pdf {
namespace {

// Poppler reports problems through one global callback with no user data. Each thread points
// it at the diagnostics of the page it is reading, so documents on other threads never mix.
thread_local std::vector<diagnostic>* poppler_sink = nullptr;
thread_local int poppler_sink_page = 0;
thread_local std::size_t poppler_sink_start = 0;  // the sink's size when the scope began

void route_poppler_error(ErrorCategory category, Goffset /*pos*/, const char* message) {
  if (poppler_sink == nullptr) return;
  // A damaged file can repeat one complaint thousands of times; a few say all there is.
  constexpr std::size_t max_messages_per_page = 20;
  if (poppler_sink->size() - poppler_sink_start >= max_messages_per_page) return;
  const char* code =
      category == errSyntaxWarning ? diag::pdf_syntax_warning : diag::pdf_syntax_error;
  std::string text = message ? message : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
    text.pop_back();
  }
  poppler_sink->push_back({code, poppler_sink_page, std::move(text)});
}

void init_poppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    // GlobalParamsIniter counts its users, so a host program that also uses poppler-cpp or
    // poppler-glib shares one GlobalParams with us instead of replacing ours; this one lives
    // until the process ends. Our callback then routes Poppler's messages to diagnostics on
    // the threads reading for us and drops the rest: the library never prints.
    // A host that set globalParams by hand, as Poppler's own tools do, keeps its own.
    if (!globalParams) static GlobalParamsIniter initer(route_poppler_error);
    setErrorCallback(route_poppler_error);
  });
}

// Sets the thread's Poppler error sink for one scope.
class sink_scope {
 public:
  sink_scope(std::vector<diagnostic>* sink, int page) {
    poppler_sink = sink;
    poppler_sink_page = page;
    poppler_sink_start = sink->size();
  }
  ~sink_scope() { poppler_sink = nullptr; }
  sink_scope(const sink_scope&) = delete;
  sink_scope& operator=(const sink_scope&) = delete;
};

// A TextOutputDev that also keeps what the page paints in straight lines, so words and ruling
// lines come from one interpretation of the content stream. It converts and decides
// nothing: which paint is a table's line is table/rules' to say.
class page_device : public TextOutputDev {
 public:
  // rawOrder: the stages sort words themselves, so Poppler's block and flow analysis, which
  // grows faster than the page and which no time limit can stop, is skipped. Words printed
  // twice (fake bold) are dropped by layout's drop_overprinted instead.
  page_device() : TextOutputDev(nullptr, false, 0, /*rawOrder=*/true, false) {}

  void stroke(GfxState* state) override {
    paint p = paint_of(state, paint::kind::stroke);
    p.line_width = state->getTransformedLineWidth();
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      const int n = sub->getNumPoints();
      for (int i = 1; i < n; ++i) {
        if (sub->getCurve(i) || sub->getCurve(i - 1)) continue;
        add_segment(state, p, sub->getX(i - 1), sub->getY(i - 1), sub->getX(i), sub->getY(i));
      }
      if (sub->isClosed() && n > 2) {
        add_segment(state, p, sub->getX(n - 1), sub->getY(n - 1), sub->getX(0), sub->getY(0));
      }
    }
  }

  void fill(GfxState* state) override { fill_rectangles(state); }
  void eoFill(GfxState* state) override { fill_rectangles(state); }

  // Counts the characters, and those with no Unicode text (their glyphs are in no word),
  // and stops collecting text at the budget: a page that repeats its text thousands of times
  // would otherwise hold gigabytes in Poppler's word lists before the page ends.
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x,
                double origin_y, CharCode c, int bytes, const Unicode* u, int length) override {
    if (characters >= max_characters_) {
      text_full = true;
      return;
    }
    ++characters;
    if (length == 0) ++unmapped_characters;
    // Held, not only compared: a form's fonts go when the form ends, and another may take
    // the same address.
    const std::shared_ptr<GfxFont>& font = state->getFont();
    if (font != last_font_) {
      last_font_ = font;
      last_font_guessed_ = is_guessed(font.get());
    }
    if (last_font_guessed_ && length > 0) ++guessed_characters;
    TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, c, bytes, u, length);
  }

  // Starts a page's reading with nothing counted, within `budget`.
  void start(const page_budget& budget) {
    paints.clear();
    max_paints_ = budget.paints;
    max_characters_ = budget.characters;
    characters = unmapped_characters = guessed_characters = 0;
    text_full = paints_full = false;
    last_font_.reset();
  }

  std::vector<paint> paints;
  std::size_t characters = 0, unmapped_characters = 0, guessed_characters = 0;
  bool text_full = false;    // a character past the budget was refused
  bool paints_full = false;  // a paint past the budget was left out

 private:
  // A CID font of the Identity collection with no ToUnicode map: Poppler takes each glyph's
  // number for its character, which is right only where the producer numbered its glyphs so.
  static bool is_guessed(const GfxFont* font) {
    if (font == nullptr || !font->isCIDFont() || font->hasToUnicodeCMap()) return false;
    const GooString* collection = static_cast<const GfxCIDFont*>(font)->getCollection();
    return collection != nullptr && collection->cmp("Adobe-Identity") == 0;
  }
  std::shared_ptr<GfxFont> last_font_;
  bool last_font_guessed_ = false;

  static paint paint_of(GfxState* state, paint::kind type) {
    paint p;
    p.type = type;
    GfxRGB rgb;
    if (type == paint::kind::stroke) {
      state->getStrokeRGB(&rgb);
      p.opacity = state->getStrokeOpacity();
    } else {
      state->getFillRGB(&rgb);
      p.opacity = state->getFillOpacity();
    }
    p.red = colToDbl(rgb.r);
    p.green = colToDbl(rgb.g);
    p.blue = colToDbl(rgb.b);
    return p;
  }

  // Paint past the budget is a map's or a chart's, not tables': it is not kept, so one page's
  // memory stays bounded.
  std::size_t max_paints_ = 0, max_characters_ = 0;

  void add_segment(GfxState* state, paint p, double ux0, double uy0, double ux1, double uy1) {
    if (paints.size() >= max_paints_) {
      paints_full = true;
      return;
    }
    state->transform(ux0, uy0, &p.x0, &p.y0);
    state->transform(ux1, uy1, &p.x1, &p.y1);
    paints.push_back(p);
  }

  // The filled subpaths that are axis-aligned rectangles: the only fills a table draws.
  void fill_rectangles(GfxState* state) {
    const paint colour = paint_of(state, paint::kind::fill);
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      const int n = sub->getNumPoints();
      if (n < 4 || n > 5) continue;
      double xs[5], ys[5];
      bool curved = false;
      for (int i = 0; i < n; ++i) {
        curved = curved || sub->getCurve(i);
        state->transform(sub->getX(i), sub->getY(i), &xs[i], &ys[i]);
      }
      if (curved) continue;
      bool axis_aligned = true;
      for (int i = 0; i < 4; ++i) {
        const int j = (i + 1) % 4;
        // A tenth of a point: the rounding of coordinates written with one decimal.
        const bool flat = std::abs(ys[i] - ys[j]) < 0.1 || std::abs(xs[i] - xs[j]) < 0.1;
        axis_aligned = axis_aligned && flat;
      }
      if (!axis_aligned) continue;
      if (paints.size() >= max_paints_) {
        paints_full = true;
        return;
      }
      paint p = colour;
      p.x0 = *std::min_element(xs, xs + 4);
      p.x1 = *std::max_element(xs, xs + 4);
      p.y0 = *std::min_element(ys, ys + 4);
      p.y1 = *std::max_element(ys, ys + 4);
      paints.push_back(p);
    }
  }
};

bool is_bold_font(const TextFontInfo* info) {
  if (info == nullptr) return false;
  if (info->isBold()) return true;
  const GooString* name = info->getFontName();
  if (name == nullptr) return false;
  const std::string s = name->toStr();
  return s.find("Bold") != std::string::npos || s.find("bold") != std::string::npos ||
         s.find("Black") != std::string::npos || s.find("Heavy") != std::string::npos;
}

// ---------------------------------------------------------------------------------------------
// Weighing a page before it is drawn. Poppler builds every font a page's resources name when
// the page (or a form) starts, before its first operator, where no time limit is asked: a
// ToUnicode map naming the code 0xFFFFFF makes it allocate a 16-million-entry table, and a
// page naming that font a hundred times takes 6.5 GB; two thousand fonts whose ToUnicode
// streams inflate to megabytes of padding take a minute and a half. What each stream costs is
// measured once per document (it is read here, decoded, and thrown away) and each font that
// names it is charged for it, as Poppler builds each font anew.

// The highest character code a CMap's bfchar, bfrange, cidchar or cidrange entries name: the
// size of the table Poppler builds from it. Fed the decoded stream piece by piece.
class cmap_scanner {
 public:
  void feed(const unsigned char* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) take(static_cast<char>(data[i]));
  }
  std::uint32_t highest_code() const { return highest_; }

 private:
  enum class section { none, chars, ranges };

  void take(char c) {
    if (in_comment_) {
      in_comment_ = c != '\n' && c != '\r';
      return;
    }
    if (in_hex_) {
      if (c == '>') {
        in_hex_ = false;
        end_token(true);
      } else if (std::isxdigit(static_cast<unsigned char>(c))) {
        if (++hex_digits_ <= 8) hex_value_ = hex_value_ * 16 + hex_digit(c);
      }
      return;
    }
    const bool delimiter = std::strchr("<>[]{}()/% \t\r\n\f", c) != nullptr || c == '\0';
    if (!delimiter) {
      if (word_.size() < 32) word_.push_back(c);
      return;
    }
    end_word();
    if (c == '%') in_comment_ = true;
    if (c == '<') {
      in_hex_ = true;
      hex_value_ = 0;
      hex_digits_ = 0;
    } else if (c == '[') {
      ++array_depth_;
    } else if (c == ']' && array_depth_ > 0 && --array_depth_ == 0) {
      end_token(false);  // a bfrange's array of destinations
    }
  }

  static std::uint32_t hex_digit(char c) {
    return std::isdigit(static_cast<unsigned char>(c))
               ? static_cast<std::uint32_t>(c - '0')
               : static_cast<std::uint32_t>(std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
  }

  void end_word() {
    if (word_.empty()) return;
    const std::string w = std::move(word_);
    word_.clear();
    if (w == "beginbfchar" || w == "begincidchar" || w == "beginnotdefchar") {
      start(section::chars);
    } else if (w == "beginbfrange" || w == "begincidrange" || w == "beginnotdefrange") {
      start(section::ranges);
    } else if (w.compare(0, 3, "end") == 0) {
      start(section::none);
    } else {
      end_token(false);  // a CID, a number in its place
    }
  }

  void start(section s) {
    section_ = s;
    position_ = 0;
    array_depth_ = 0;
  }

  // An entry is <code> destination (chars) or <low> <high> destination (ranges): the codes
  // are the tokens before the last of each entry.
  void end_token(bool hex) {
    if (section_ == section::none || array_depth_ > 0) return;
    const int entry = section_ == section::chars ? 2 : 3;
    const bool is_code = position_ < entry - 1;
    position_ = (position_ + 1) % entry;
    // Poppler takes no code longer than four bytes, and none above 0xFFFFFF into its map.
    if (!is_code || !hex || hex_digits_ > 8) return;
    highest_ = std::max(highest_, std::min<std::uint32_t>(hex_value_, 0xFFFFFF));
  }

  section section_ = section::none;
  int position_ = 0, array_depth_ = 0, hex_digits_ = 0;
  bool in_comment_ = false, in_hex_ = false;
  std::uint32_t hex_value_ = 0, highest_ = 0;
  std::string word_;
};

using deadline_clock = std::chrono::steady_clock;

// What reading one stream a font names costs: its decoded bytes, the highest code it maps
// (a ToUnicode or encoding CMap), and the time.
struct stream_cost {
  std::size_t bytes = 0;
  std::uint32_t highest_code = 0;
  double seconds = 0;
  bool finished = false;  // read to its end, not stopped at the budget or the deadline
};

using stream_costs = std::map<std::pair<int, int>, stream_cost>;

// Poppler's Object predicates and accessors call abort() on an object of another type, or
// one moved from: compiled in, each use would put a call to abort in the function around it.
// These are the only code that touches an Object's type, each testing it before asking, and
// kept out of line so that the abort Poppler's headers compile in stays in them (the
// never_prints test allows it here, and nowhere else of ours).
namespace poppler_object {

[[gnu::noinline]] Dict* dict_of(const Object& o) { return o.isDict() ? o.getDict() : nullptr; }

[[gnu::noinline]] Stream* stream_of(const Object& o) {
  return o.isStream() ? o.getStream() : nullptr;
}

[[gnu::noinline]] Array* array_of(const Object& o) { return o.isArray() ? o.getArray() : nullptr; }

[[gnu::noinline]] std::optional<Ref> ref_of(const Object& o) {
  return o.isRef() ? std::optional<Ref>(o.getRef()) : std::nullopt;
}

}  // namespace poppler_object

using poppler_object::array_of;
using poppler_object::dict_of;
using poppler_object::ref_of;
using poppler_object::stream_of;

Dict* stream_dict_of(const Object& o) {
  Stream* stream = stream_of(o);
  return stream != nullptr ? stream->getDict() : nullptr;
}

// What building a page's fonts will cost, summed over every font each dictionary names (the
// page's resources, its forms', its patterns', its Type3 fonts').
class page_weigher {
 public:
  /// `rendering`: the page is to be drawn in pixels, which reads its TrueType programs too.
  page_weigher(XRef* xref, stream_costs& known, const page_budget& budget,
               const std::optional<deadline_clock::time_point>& deadline, bool rendering)
      : xref_(xref), known_(known), budget_(budget), deadline_(deadline), rendering_(rendering) {}

  void weigh_resources(const Dict* resources, int depth) {
    // A page's forms nest a few deep; a file's can nest a hundred (nested-forms-deep.pdf).
    constexpr int deepest = 128;
    if (resources == nullptr || depth > deepest || is_over()) return;
    const Object fonts = resources->lookup("Font");
    if (const Dict* named = dict_of(fonts)) {
      for (int i = 0; i < named->getLength() && !is_over(); ++i) {
        ++fonts_;
        weigh_font(named->getVal(i), depth);
      }
    }
    for (const char* kind : {"XObject", "Pattern"}) {
      const Object children = resources->lookup(kind);
      const Dict* named = dict_of(children);
      for (int i = 0; named != nullptr && i < named->getLength() && !is_over(); ++i) {
        const std::optional<Ref> ref = ref_of(named->getValNF(i));
        if (!ref || !first_visit(*ref)) continue;
        const Object child = named->getVal(i);
        if (const Dict* d = stream_dict_of(child))
          weigh_resources(d->lookup("Resources"), depth + 1);
      }
    }
  }

  void weigh_resources(const Object& resources, int depth) {
    weigh_resources(dict_of(resources), depth);
  }

  std::size_t fonts() const { return fonts_; }
  std::size_t map_bytes() const { return map_bytes_; }
  std::size_t largest_stream() const { return largest_; }
  double seconds() const { return seconds_; }
  bool out_of_time() const { return out_of_time_; }
  bool is_over() const {
    return out_of_time_ || fonts_ > budget_.fonts || map_bytes_ > budget_.font_bytes ||
           largest_ > budget_.font_bytes;
  }

 private:
  void weigh_font(const Object& entry, int depth) {
    const Dict* font = dict_of(entry);
    if (font == nullptr) return;
    charge(font->lookupNF("ToUnicode"), true);
    charge(font->lookupNF("Encoding"), true);  // a Type0 font's embedded CMap
    weigh_descriptor(font->lookup("FontDescriptor"));
    const Object descendants = font->lookup("DescendantFonts");
    if (const Array* cid_fonts = array_of(descendants); cid_fonts && cid_fonts->getLength() > 0) {
      const Object cid_font = cid_fonts->get(0);
      if (const Dict* d = dict_of(cid_font)) weigh_descriptor(d->lookup("FontDescriptor"));
    }
    weigh_resources(font->lookup("Resources"), depth + 1);  // a Type3 font's
  }

  void weigh_descriptor(const Object& entry) {
    const Dict* descriptor = dict_of(entry);
    if (descriptor == nullptr) return;
    // Poppler reads a Type1 or CFF program whole to build the font (its built-in encoding);
    // a TrueType program only when the page is drawn in pixels.
    charge(descriptor->lookupNF("FontFile"), false);
    charge(descriptor->lookupNF("FontFile3"), false);
    if (rendering_) charge(descriptor->lookupNF("FontFile2"), false);
  }

  // Charges the font for a stream it names, read once per document.
  void charge(const Object& entry, bool is_cmap) {
    const std::optional<Ref> r = ref_of(entry);
    if (!r) return;  // a name, or nothing: streams are always indirect
    auto found = known_.find({r->num, r->gen});
    if (found == known_.end()) {
      found = known_.emplace(std::make_pair(r->num, r->gen), measure(*r, is_cmap)).first;
    }
    const stream_cost& cost = found->second;
    // A stream not read through stopped at the budget's bytes or at the deadline; one that
    // ran out of time is measured again on a page with time left.
    if (!cost.finished && cost.bytes <= budget_.font_bytes) {
      out_of_time_ = true;
      known_.erase(found);
      return;
    }
    largest_ = std::max(largest_, cost.bytes);
    seconds_ += cost.seconds;
    if (is_cmap && cost.highest_code > 0) {
      map_bytes_ += (static_cast<std::size_t>(cost.highest_code) + 256) * sizeof(Unicode);
    }
  }

  // Reads a stream through, decoded, to its end or the budget's bytes or the deadline.
  stream_cost measure(Ref r, bool is_cmap) {
    stream_cost cost;
    const auto began = deadline_clock::now();
    Object obj = xref_->fetch(r);
    Stream* stream = stream_of(obj);
    if (stream == nullptr) {
      cost.finished = true;
      return cost;
    }
    stream->reset();
    cmap_scanner scanner;
    std::vector<unsigned char> chunk(1 << 16);
    while (true) {
      const int got = stream->doGetChars(static_cast<int>(chunk.size()), chunk.data());
      if (got <= 0) {
        cost.finished = true;
        break;
      }
      cost.bytes += static_cast<std::size_t>(got);
      if (is_cmap) scanner.feed(chunk.data(), static_cast<std::size_t>(got));
      if (cost.bytes > budget_.font_bytes || has_passed_deadline()) break;
    }
    stream->close();
    cost.highest_code = scanner.highest_code();
    cost.seconds = std::chrono::duration<double>(deadline_clock::now() - began).count();
    return cost;
  }

  bool has_passed_deadline() const { return deadline_ && deadline_clock::now() > *deadline_; }

  bool first_visit(Ref r) { return visited_.insert({r.num, r.gen}).second; }

  XRef* xref_;
  stream_costs& known_;
  const page_budget& budget_;
  std::optional<deadline_clock::time_point> deadline_;
  std::set<std::pair<int, int>> visited_;
  std::size_t fonts_ = 0, map_bytes_ = 0, largest_ = 0;
  double seconds_ = 0;
  bool out_of_time_ = false;
  bool rendering_;
};

// Returns why a page must not be drawn, as its diagnostic, or nothing when it may be.
std::optional<diagnostic> weigh_page(PDFDoc& doc, int number, stream_costs& known,
                                     const page_budget& budget,
                                     const std::optional<deadline_clock::time_point>& deadline,
                                     bool rendering = false) {
  Page* page = doc.getPage(number);
  if (page == nullptr) return std::nullopt;
  page_weigher weigher(doc.getXRef(), known, budget, deadline, rendering);
  weigher.weigh_resources(page->getResourceDict(), 0);
  const Object annotations = page->getAnnotsObject();
  const Array* listed = array_of(annotations);
  for (int i = 0; listed != nullptr && i < listed->getLength(); ++i) {
    const Object annotation = listed->get(i);
    const Dict* fields = dict_of(annotation);
    const Object appearance = fields ? fields->lookup("AP") : Object();
    const Dict* appearances = dict_of(appearance);
    const Object normal = appearances ? appearances->lookup("N") : Object();
    if (const Dict* d = stream_dict_of(normal)) weigher.weigh_resources(d->lookup("Resources"), 1);
  }
  auto megabytes = [](std::size_t bytes) { return std::to_string(bytes >> 20) + " MB"; };
  std::string why;
  if (weigher.fonts() > budget.fonts) {
    why = "names more than " + std::to_string(budget.fonts) + " fonts";
  } else if (weigher.map_bytes() > budget.font_bytes) {
    why = "has fonts whose character maps would take more than " + megabytes(budget.font_bytes);
  } else if (weigher.largest_stream() > budget.font_bytes) {
    why = "has a font whose data is larger than " + megabytes(budget.font_bytes);
  } else {
    // Poppler builds each font again as the page is drawn: what the page may spend on that is
    // half of its time.
    const bool too_slow =
        weigher.out_of_time() ||
        (deadline &&
         weigher.seconds() >
             std::chrono::duration<double>(*deadline - deadline_clock::now()).count() / 2);
    if (!too_slow) return std::nullopt;
    return diagnostic{diag::page_too_slow, number,
                      "building the fonts the page names would take longer than its time "
                      "limit; the page was not read"};
  }
  return diagnostic{diag::page_too_large, number,
                    "the page " + why + ", the most a page may; the page was not read"};
}

}  // namespace

struct pdf_file::impl {
  std::unique_ptr<GooFile> file;  // a file's, read by the document: destroyed after it
  std::unique_ptr<PDFDoc> doc;
  std::vector<diagnostic> opening;  // Poppler's complaints while opening the file
  // One device reads every page, as pdftotext's does: it keeps the colour spaces it has
  // built, and an ICC-based one costs as much to build as a page of text costs to read.
  std::unique_ptr<page_device> device;
  stream_costs font_streams;  // what each stream a font names costs to read, once measured
};

namespace {

// The PDF header may follow some junk, but must be within the first kilobyte.
void check_header(std::string_view head) {
  if (head.empty()) throw error(errc::not_a_pdf, "an empty file, not a PDF");
  if (head.find("%PDF-") == std::string_view::npos) {
    throw error(errc::not_a_pdf, "not a PDF file (no %PDF- header)");
  }
}

}  // namespace

void pdf_file::open(const std::function<BaseStream*()>& make_stream, const std::string& password) {
  sink_scope scope(&impl_->opening, 0);
  std::optional<GooString> secret;
  if (!password.empty()) secret.emplace(password);
  impl_->doc = std::make_unique<PDFDoc>(make_stream(), secret, secret);
  // A password set for a whole batch is wrong for a file that needs none (one locked by an
  // owner password alone, which any reader opens): such a file opens with none, as it would
  // have without the password.
  if (!impl_->doc->isOk() && impl_->doc->getErrorCode() == errEncrypted && secret) {
    impl_->doc = std::make_unique<PDFDoc>(make_stream());
  }
  if (!impl_->doc->isOk()) {
    switch (impl_->doc->getErrorCode()) {
      case errEncrypted:
        throw error(errc::encrypted, password.empty()
                                         ? "the PDF is encrypted and needs a password"
                                         : "the PDF is encrypted and the password is wrong");
      default:
        throw error(errc::damaged, "the PDF is damaged and cannot be read");
    }
  }
  if (impl_->doc->getNumPages() <= 0) throw error(errc::damaged, "the PDF has no pages");
}

pdf_file::pdf_file(pdf_bytes pdf, const std::string& password) : impl_(std::make_unique<impl>()) {
  init_poppler();
  check_header(pdf.data.substr(0, 1024));
  // The document reads the caller's bytes in place (PDFDoc owns the stream, not the bytes).
  open(
      [&] {
        return new MemStream(pdf.data.data(), 0, static_cast<Goffset>(pdf.data.size()),
                             Object(objNull));
      },
      password);
}

pdf_file::pdf_file(pdf_descriptor file, const std::string& password)
    : impl_(std::make_unique<impl>()) {
  init_poppler();
  char head[1024];
  ssize_t got = -1;
  do {
    got = ::pread(file.fd, head, sizeof head, 0);
  } while (got < 0 && errno == EINTR);
  if (got < 0) throw error(errc::read_failed, "cannot read file");
  check_header(std::string_view(head, static_cast<std::size_t>(got)));
  // Poppler's file owns the descriptor it is given: it gets a duplicate of the caller's.
  const int own = ::fcntl(file.fd, F_DUPFD_CLOEXEC, 0);  // never inherited by a host's children
  if (own < 0) throw error(errc::read_failed, "cannot read file");
  impl_->file = GooFile::open(own);
  open(
      [&] {
        return new FileStream(impl_->file.get(), 0, false, impl_->file->size(), Object(objNull));
      },
      password);
}

pdf_file::~pdf_file() = default;

int pdf_file::page_count() const { return impl_->doc->getNumPages(); }

const std::vector<diagnostic>& pdf_file::opening_diagnostics() const { return impl_->opening; }

namespace {

// The moment a page's reading must stop; none for a limit that is not a positive finite
// number of seconds under a year (infinity means no limit).
std::optional<deadline_clock::time_point> deadline_after(double seconds) {
  constexpr double a_year = 365.0 * 24 * 3600;
  if (!(seconds > 0) || !std::isfinite(seconds) || seconds > a_year) return std::nullopt;
  return deadline_clock::now() + std::chrono::duration_cast<deadline_clock::duration>(
                                     std::chrono::duration<double>(seconds));
}

void append_utf8(std::string& out, Unicode c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;  // a lone surrogate is no character
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x110000) {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    append_utf8(out, 0xFFFD);
  }
}

// Reads a page's words and paint with the page turned `extra` degrees clockwise beyond its
// own /Rotate, stopping at `deadline` or at the budget's bounds.
// A page with nothing read, its size as displayed turned `extra` degrees.
drawn_page blank_page(PDFDoc& doc, int number, int extra) {
  drawn_page result;
  result.number = number;
  result.width = doc.getPageCropWidth(number);
  result.height = doc.getPageCropHeight(number);
  if ((doc.getPageRotate(number) + extra) % 180 != 0) std::swap(result.width, result.height);
  return result;
}

drawn_page read_turned(PDFDoc& doc, page_device& device, int number, int extra,
                       const std::optional<deadline_clock::time_point>& deadline,
                       const page_budget& limits, const std::atomic<bool>* stop,
                       std::array<int, 4>& by_rotation) {
  drawn_page result = blank_page(doc, number, extra);

  if (!device.isOk()) return result;
  device.start(limits);
  // A content stream built to loop (or just enormous) must not hang a batch: Poppler asks
  // this between operators, and the page is cut short once the deadline has passed, or once
  // the device holds all the text it may.
  struct budget {
    std::optional<deadline_clock::time_point> deadline;
    const std::atomic<bool>* stop;
    const page_device& device;
    bool spent = false;
  } time_left{deadline, stop, device};
  auto out_of_time = [](void* data) {
    auto* b = static_cast<budget*>(data);
    b->spent = b->spent || (b->deadline && deadline_clock::now() > *b->deadline) ||
               (b->stop && b->stop->load(std::memory_order_relaxed));
    return b->spent || b->device.text_full;
  };
  doc.displayPage(&device, number, 72, 72, extra, /*useMediaBox=*/false, /*crop=*/true,
                  /*printing=*/false, out_of_time, &time_left);
  result.cut_short = time_left.spent;
  result.over_characters = device.text_full;
  result.over_paints = device.paints_full;
  result.characters = device.characters;
  result.unmapped_characters = device.unmapped_characters;
  result.guessed_characters = device.guessed_characters;
  std::unique_ptr<TextWordList> words = device.makeWordList();
  by_rotation.fill(0);
  const int kept = static_cast<int>(
      std::min<std::size_t>(static_cast<std::size_t>(words->getLength()), limits.words));
  result.over_words = kept < words->getLength();
  for (int i = 0; i < kept; ++i) {
    const TextWord* w = words->get(i);
    ++by_rotation[static_cast<std::size_t>(w->getRotation() & 3)];
    if (w->getRotation() != 0) continue;
    word out;
    // The characters themselves, in UTF-8 whatever text encoding a host program has set
    // Poppler to.
    for (int c = 0; c < w->getLength(); ++c) append_utf8(out.text, *w->getChar(c));
    w->getBBox(&out.bounds.x0, &out.bounds.y0, &out.bounds.x1, &out.bounds.y1);
    out.baseline = w->getBaseline();
    out.font_size = w->getFontSize();
    const TextFontInfo* font = w->getFontInfo(0);
    out.bold = is_bold_font(font);
    result.words.push_back(std::move(out));
  }
  result.paints = std::move(device.paints);
  device.paints = {};
  return result;
}

}  // namespace

drawn_page pdf_file::read_page(int number, std::vector<diagnostic>& diagnostics,
                               const page_budget& budget, const std::atomic<bool>* stop) {
  sink_scope scope(&diagnostics, number);
  const std::size_t first_message = diagnostics.size();
  PDFDoc& doc = *impl_->doc;
  if (!impl_->device) impl_->device = std::make_unique<page_device>();
  page_device& device = *impl_->device;
  // One deadline for the page, however many times it is read.
  const std::optional<deadline_clock::time_point> deadline = deadline_after(budget.seconds);
  if (std::optional<diagnostic> refusal =
          weigh_page(doc, number, impl_->font_streams, budget, deadline)) {
    drawn_page unread = blank_page(doc, number, 0);
    unread.refused = true;
    unread.cut_short = refusal->code == diag::page_too_slow;
    diagnostics.push_back(std::move(*refusal));
    return unread;
  }
  std::array<int, 4> by_rotation{};
  drawn_page result = read_turned(doc, device, number, 0, deadline, budget, stop, by_rotation);
  // A page whose text mostly runs sideways (a landscape table on a portrait page, or a page
  // turned by /Rotate) is read again turned so that its text runs across; not one cut short,
  // whose count of sideways words is partial.
  const auto most = std::max_element(by_rotation.begin() + 1, by_rotation.end());
  if (!result.cut_short &&
      2 * *most > by_rotation[0] + by_rotation[1] + by_rotation[2] + by_rotation[3]) {
    const int turn = static_cast<int>(most - by_rotation.begin());
    // The second reading repeats Poppler's complaints about the page: keep one set.
    diagnostics.resize(first_message);
    diagnostics.push_back({diag::page_turned, number,
                           "the page's text runs sideways; it was read turned " +
                               std::to_string(90 * (4 - turn)) + " degrees"});
    result = read_turned(doc, device, number, 90 * (4 - turn), deadline, budget, stop, by_rotation);
  }
  if (result.cut_short) {
    diagnostics.push_back(
        {diag::page_too_slow, number,
         "reading the page took longer than the time limit; only what was read by "
         "then is used"});
  }
  const std::pair<bool, std::string> bounds[] = {
      {result.over_characters, std::to_string(budget.characters) + " characters"},
      {result.over_words, std::to_string(budget.words) + " words"},
      {result.over_paints, std::to_string(budget.paints) + " straight lines and fills"}};
  for (const auto& [over, what] : bounds) {
    if (!over) continue;
    diagnostics.push_back({diag::page_too_large, number,
                           "the page draws more than " + what +
                               ", the most a page may; only what came before is used"});
  }
  const int rotated = by_rotation[1] + by_rotation[2] + by_rotation[3];
  if (rotated > 0) {
    diagnostics.push_back({diag::page_rotated_text, number,
                           std::to_string(rotated) + " rotated words were left out"});
    result.rotated_words = rotated;
  }
  return result;
}

raster pdf_file::render_page(int number, double dpi, double seconds) {
  raster out;
  std::vector<diagnostic> ignored;  // rendering repeats the complaints reading already made
  sink_scope scope(&ignored, number);
  // Neither a picture larger than a page's font budget (a page a million points square) nor
  // a page whose fonts would cost more than that is drawn.
  const page_budget budget;
  PDFDoc& doc = *impl_->doc;
  const double pixels =
      doc.getPageCropWidth(number) * doc.getPageCropHeight(number) * (dpi / 72) * (dpi / 72);
  if (!(pixels * 4 <= static_cast<double>(budget.font_bytes)) ||
      weigh_page(doc, number, impl_->font_streams, budget, deadline_after(seconds), true)) {
    return out;
  }
  SplashColor paper = {255, 255, 255};
  // XBGR8 lays each pixel out as the bytes B, G, R, 255: cairo's RGB24 on little-endian
  // machines, as poppler-cpp's own renderer hands it on.
  SplashOutputDev device(splashModeXBGR8, 4, false, paper);
  device.startDoc(impl_->doc.get());
  // A page built to loop is cut short as when reading it.
  std::optional<deadline_clock::time_point> deadline = deadline_after(seconds);
  auto out_of_time = [](void* data) {
    const auto* until = static_cast<std::optional<deadline_clock::time_point>*>(data);
    return until->has_value() && deadline_clock::now() > **until;
  };
  impl_->doc->displayPage(&device, number, dpi, dpi, 0, /*useMediaBox=*/false, /*crop=*/true,
                          /*printing=*/false, out_of_time, &deadline);
  SplashBitmap* bitmap = device.getBitmap();
  if (bitmap == nullptr || bitmap->getDataPtr() == nullptr) return out;
  out.width = bitmap->getWidth();
  out.height = bitmap->getHeight();
  out.stride = bitmap->getRowSize();
  const auto* data = bitmap->getDataPtr();
  out.pixels.assign(data, data + static_cast<std::size_t>(out.stride) * out.height);
  return out;
}

}  // namespace extract_plan::pdf
