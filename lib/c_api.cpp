// The C API: each call converts its arguments, calls the C++ API, and turns every exception
// into a number and a message. Nothing may throw past the extern "C" boundary, so every path
// out of a function here is caught, including running out of memory while reporting.

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <new>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "extract_plan/extract_plan.h"
#include "extract_plan/extract_plan_c.h"
#include "isolate.h"
#include "output/json_text.h"
#include "source_file.h"

namespace extract_plan {
namespace {

static_assert(EXTRACT_PLAN_FILE_NOT_FOUND == static_cast<int>(errc::file_not_found));
static_assert(EXTRACT_PLAN_READ_FAILED == static_cast<int>(errc::read_failed));
static_assert(EXTRACT_PLAN_NOT_A_PDF == static_cast<int>(errc::not_a_pdf));
static_assert(EXTRACT_PLAN_DAMAGED == static_cast<int>(errc::damaged));
static_assert(EXTRACT_PLAN_ENCRYPTED == static_cast<int>(errc::encrypted));
static_assert(EXTRACT_PLAN_NO_TEXT_LAYER == static_cast<int>(errc::no_text_layer));
static_assert(EXTRACT_PLAN_CANCELLED == static_cast<int>(errc::cancelled));
static_assert(EXTRACT_PLAN_TOO_LARGE == static_cast<int>(errc::too_large));
static_assert(EXTRACT_PLAN_TOO_SLOW == static_cast<int>(errc::too_slow));
static_assert(EXTRACT_PLAN_CRASHED == static_cast<int>(errc::crashed));
static_assert(EXTRACT_PLAN_TIMED_OUT == static_cast<int>(errc::timed_out));

// A copy in malloc'd memory, for extract_plan_free(); null when there is no memory.
char* copy_out(const std::string& text) noexcept {
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out != nullptr) std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

struct c_options {
  options reading;
  bool tables = false;
};

// A check of an option's value: throws std::invalid_argument naming the option and `what`
// it must be.
using need_fn = std::function<void(bool ok, const char* what)>;

// The whole-number bounds; returns false for a key that is none of them.
bool set_bound(const std::string& key, const nlohmann::json& value, options& out,
               const need_fn& need) {
  std::size_t* limit = key == "max_page_characters" ? &out.max_page_characters
                       : key == "max_page_words"    ? &out.max_page_words
                       : key == "max_page_paints"   ? &out.max_page_paints
                       : key == "max_page_fonts"    ? &out.max_page_fonts
                       : key == "memory_limit"      ? &out.memory_limit
                                                    : nullptr;
  if (limit == nullptr && key != "max_pages") return false;
  need(value.is_number_unsigned(), "a whole number, 0 for no limit");
  const auto n = value.get<std::uint64_t>();
  if (limit == nullptr) {
    need(n <= static_cast<std::uint64_t>(std::numeric_limits<int>::max()), "below 2^31");
    out.max_pages = static_cast<int>(n);
  } else {
    need(n <= std::numeric_limits<std::size_t>::max(), "smaller");
    *limit = static_cast<std::size_t>(n);
  }
  return true;
}

// The switches; returns false for a key that is none of them.
bool set_switch(const std::string& key, const nlohmann::json& value, c_options& out,
                const need_fn& need) {
  bool* flag = key == "read_ahead" ? &out.reading.read_ahead
               : key == "tables"   ? &out.tables
               : key == "isolate"  ? &out.reading.isolate
                                   : nullptr;
  if (flag == nullptr) return false;
  need(value.is_boolean(), "true or false");
  *flag = value.get<bool>();
  out.reading.grids = out.tables;
  return true;
}

// Reads the options object; throws std::invalid_argument for anything wrong in it.
c_options parse_options(const char* options_json) {
  c_options out;
  if (options_json == nullptr) return out;
  const auto j = parse_json_text<nlohmann::json>(options_json, "options_json");
  if (!j.is_object()) throw std::invalid_argument("options_json is not a JSON object");
  for (const auto& [key, value] : j.items()) {
    const std::string& name = key;  // a structured binding cannot be captured before C++20
    const need_fn need = [&name](bool ok, const char* what) {
      if (!ok) throw std::invalid_argument("option \"" + name + "\" must be " + what);
    };
    if (key == "school_terms") {
      need(value.is_string(), "a string");
      out.reading.terms = parse_school_terms(value.get<std::string>());
    } else if (key == "pages") {
      need(value.is_string(), "a string such as \"1,4-6\"");
      out.reading.pages = parse_page_ranges(value.get<std::string>());
    } else if (key == "password") {
      need(value.is_string(), "a string");
      out.reading.password = value.get<std::string>();
    } else if (key == "page_time_limit" || key == "time_limit") {
      need(value.is_number() && value.get<double>() >= 0, "a number of seconds, 0 for none");
      (key == "time_limit" ? out.reading.time_limit : out.reading.page_time_limit) =
          value.get<double>();
    } else if (!set_bound(key, value, out.reading, need) && !set_switch(key, value, out, need)) {
      throw std::invalid_argument("unknown option \"" + key + "\"");
    }
  }
  return out;
}

// Reads through `extract` (a document, in this process) or, for "isolate", through `isolated`
// (the JSON a helper process gives).
template <typename extract_fn, typename isolated_fn>
int run(const char* options_json, char** json_out, char** error_out, extract_fn extract,
        isolated_fn isolated) {
  if (error_out != nullptr) *error_out = nullptr;
  if (json_out == nullptr) {
    if (error_out != nullptr) *error_out = copy_out("json_out is NULL");
    return EXTRACT_PLAN_INVALID_ARGUMENT;
  }
  *json_out = nullptr;
  auto fail = [&](int code, const char* message) {
    if (error_out != nullptr) *error_out = copy_out(message);
    return code;
  };
  try {
    const c_options opts = parse_options(options_json);
    if (opts.reading.isolate) {
      *json_out = copy_out(isolated(opts));
    } else {
      const document doc = extract(opts.reading);
      *json_out = copy_out(opts.tables ? to_tables_json(doc) : to_json(doc));
    }
    return *json_out != nullptr ? EXTRACT_PLAN_OK
                                : fail(EXTRACT_PLAN_OUT_OF_MEMORY, "out of memory");
  } catch (const error& e) {
    return fail(static_cast<int>(e.code()), e.what());
  } catch (const std::invalid_argument& e) {
    return fail(EXTRACT_PLAN_INVALID_ARGUMENT, e.what());
  } catch (const std::bad_alloc&) {
    return fail(EXTRACT_PLAN_OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    return fail(EXTRACT_PLAN_INTERNAL, e.what());
  } catch (...) {
    return fail(EXTRACT_PLAN_INTERNAL, "unknown internal error");
  }
}

}  // namespace
}  // namespace extract_plan

extern "C" {

int extract_plan_file_json(const char* path, const char* options_json, char** json_out,
                           char** error_out) {
  if (path == nullptr) {
    if (error_out != nullptr) *error_out = extract_plan::copy_out("path is NULL");
    if (json_out != nullptr) *json_out = nullptr;
    return EXTRACT_PLAN_INVALID_ARGUMENT;
  }
  return extract_plan::run(
      options_json, json_out, error_out,
      [&](const extract_plan::options& o) { return extract_plan::extract_file(path, o); },
      [&](const extract_plan::c_options& o) {
        // Opened here, so that a FIFO or a device is refused before a helper starts.
        const extract_plan::source_file file(path);
        return extract_plan::read_json_isolated(
            {file.descriptor(), extract_plan::file_name_of(path)}, o.reading, o.tables);
      });
}

int extract_plan_buffer_json(const void* data, size_t size, const char* name,
                             const char* options_json, char** json_out, char** error_out) {
  if (data == nullptr && size > 0) {
    if (error_out != nullptr) *error_out = extract_plan::copy_out("data is NULL");
    if (json_out != nullptr) *json_out = nullptr;
    return EXTRACT_PLAN_INVALID_ARGUMENT;
  }
  return extract_plan::run(
      options_json, json_out, error_out,
      [&](const extract_plan::options& o) {
        return extract_plan::extract_buffer(data, size, name ? name : "", o);
      },
      [&](const extract_plan::c_options& o) {
        const extract_plan::memory_file bytes(data, size);
        return extract_plan::read_json_isolated({bytes.descriptor(), name ? name : ""}, o.reading,
                                                o.tables);
      });
}

void extract_plan_free(char* p) { std::free(p); }

const char* extract_plan_version(void) { return extract_plan::version(); }

}  // extern "C"
