// The C API: each call converts its arguments, calls the C++ API, and turns every exception
// into a number and a message. Nothing may throw past the extern "C" boundary, so every path
// out of a function here is caught, including running out of memory while reporting.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "extract_plan/extract_plan.h"
#include "extract_plan/extract_plan_c.h"
#include "output/json_text.h"

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

// Reads the options object; throws std::invalid_argument for anything wrong in it.
c_options parse_options(const char* options_json) {
  c_options out;
  if (options_json == nullptr) return out;
  const auto j = parse_json_text<nlohmann::json>(options_json, "options_json");
  if (!j.is_object()) throw std::invalid_argument("options_json is not a JSON object");
  for (const auto& [key, value] : j.items()) {
    const std::string& name = key;  // a structured binding cannot be captured before C++20
    auto need = [&name](bool ok, const char* what) {
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
    } else if (key == "page_time_limit") {
      need(value.is_number() && value.get<double>() >= 0, "a number of seconds, 0 for none");
      out.reading.page_time_limit = value.get<double>();
    } else if (key == "time_limit") {
      need(value.is_number() && value.get<double>() >= 0, "a number of seconds, 0 for none");
      out.reading.time_limit = value.get<double>();
    } else if (key == "max_pages" || key == "max_page_characters" || key == "max_page_words" ||
               key == "max_page_paints" || key == "max_page_fonts" || key == "memory_limit") {
      need(value.is_number_unsigned(), "a whole number, 0 for no limit");
      const auto n = value.get<std::uint64_t>();
      if (key == "max_pages") {
        need(n <= static_cast<std::uint64_t>(std::numeric_limits<int>::max()), "below 2^31");
        out.reading.max_pages = static_cast<int>(n);
      } else {
        need(n <= std::numeric_limits<std::size_t>::max(), "smaller");
        std::size_t& limit = key == "max_page_characters" ? out.reading.max_page_characters
                             : key == "max_page_words"    ? out.reading.max_page_words
                             : key == "max_page_fonts"    ? out.reading.max_page_fonts
                             : key == "memory_limit"      ? out.reading.memory_limit
                                                          : out.reading.max_page_paints;
        limit = static_cast<std::size_t>(n);
      }
    } else if (key == "read_ahead") {
      need(value.is_boolean(), "true or false");
      out.reading.read_ahead = value.get<bool>();
    } else if (key == "tables") {
      need(value.is_boolean(), "true or false");
      out.tables = value.get<bool>();
      out.reading.grids = out.tables;
    } else {
      throw std::invalid_argument("unknown option \"" + key + "\"");
    }
  }
  return out;
}

template <typename extract_fn>
int run(const char* options_json, char** json_out, char** error_out, extract_fn extract) {
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
    const document doc = extract(opts.reading);
    *json_out = copy_out(opts.tables ? to_tables_json(doc) : to_json(doc));
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
  return extract_plan::run(options_json, json_out, error_out, [&](const extract_plan::options& o) {
    return extract_plan::extract_file(path, o);
  });
}

int extract_plan_buffer_json(const void* data, size_t size, const char* name,
                             const char* options_json, char** json_out, char** error_out) {
  if (data == nullptr && size > 0) {
    if (error_out != nullptr) *error_out = extract_plan::copy_out("data is NULL");
    if (json_out != nullptr) *json_out = nullptr;
    return EXTRACT_PLAN_INVALID_ARGUMENT;
  }
  return extract_plan::run(options_json, json_out, error_out, [&](const extract_plan::options& o) {
    return extract_plan::extract_buffer(data, size, name ? name : "", o);
  });
}

void extract_plan_free(char* p) { std::free(p); }

const char* extract_plan_version(void) { return extract_plan::version(); }

}  // extern "C"
