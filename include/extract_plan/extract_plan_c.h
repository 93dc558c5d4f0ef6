/* extract-plan's C API: the whole library behind four functions, for C and for any language
 * with a C foreign-function interface (Python's ctypes, C#'s P/Invoke, Java's FFM, PHP's FFI).
 *
 * It is plain C11. Results travel as JSON text (the contract README.md documents), so a
 * caller needs no structs of ours. No C++ exception crosses it. Like the C++ API, every
 * function may be called from several threads at once, one document per call, and none of
 * them prints.
 */
#ifndef EXTRACT_PLAN_EXTRACT_PLAN_C_H
#define EXTRACT_PLAN_EXTRACT_PLAN_C_H

#include <stddef.h>

#if defined(_WIN32) && defined(EXTRACT_PLAN_SHARED)
#if defined(EXTRACT_PLAN_BUILDING)
#define EXTRACT_PLAN_C_API __declspec(dllexport)
#else
#define EXTRACT_PLAN_C_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define EXTRACT_PLAN_C_API __attribute__((visibility("default")))
#else
#define EXTRACT_PLAN_C_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The results of the functions below: 0 for success, else a stable number. 1-7 are the
 * C++ API's extract_plan::errc values. */
#define EXTRACT_PLAN_OK 0
#define EXTRACT_PLAN_FILE_NOT_FOUND 1     /* the file does not exist or cannot be opened */
#define EXTRACT_PLAN_READ_FAILED 2        /* the file could not be read */
#define EXTRACT_PLAN_NOT_A_PDF 3          /* the input is not a PDF at all */
#define EXTRACT_PLAN_DAMAGED 4            /* a PDF too damaged to be read */
#define EXTRACT_PLAN_ENCRYPTED 5          /* a PDF that needs a password, or a wrong one */
#define EXTRACT_PLAN_NO_TEXT_LAYER 6      /* no extractable text (a scan: OCR it first) */
#define EXTRACT_PLAN_CANCELLED 7          /* reading was cancelled */
#define EXTRACT_PLAN_TOO_LARGE 8          /* more pages than "max_pages" */
#define EXTRACT_PLAN_TOO_SLOW 9           /* still being read after "time_limit" seconds */
#define EXTRACT_PLAN_CRASHED 10           /* "isolate": the helper reading it died */
#define EXTRACT_PLAN_TIMED_OUT 11         /* "isolate": the helper was stopped at its time */
#define EXTRACT_PLAN_INVALID_ARGUMENT 100 /* a null pointer, or options_json that is wrong */
#define EXTRACT_PLAN_OUT_OF_MEMORY 101
#define EXTRACT_PLAN_INTERNAL 102 /* a bug: please report it with the input */

/* Reads the PDF at `path` (UTF-8) and sets *json_out to the document as JSON text (the
 * --json contract; the --tables contract with "tables": true in the options), to be freed
 * with extract_plan_free(). Returns EXTRACT_PLAN_OK, or an error number with *json_out set
 * to NULL and *error_out (when error_out is not NULL) to a UTF-8 message, also freed with
 * extract_plan_free().
 *
 * `options_json` may be NULL, or a JSON object with any of:
 *   "school_terms": "autumn=09-01..12-31,spring=01-01..04-30,summer=05-01..07-31"
 *   "pages": "1,4-6"             only these pages
 *   "password": "..."            for an encrypted PDF
 *   "page_time_limit": 20        seconds one page may take
 *   "time_limit": 600            seconds the document may take (0: none)
 *   "max_pages": 10000           pages it may have, "max_page_characters": 500000,
 *   "max_page_words": 100000,    "max_page_paints": 200000, "max_page_fonts": 1000,
 *   "memory_limit": 1073741824   bytes: the bounds of options (0: none)
 *   "read_ahead": false          read the pages in turn on the calling thread (a host
 *                                with a document per core); true by default
 *   "tables": true               every table found, as grids (the --tables contract)
 *   "isolate": true              read it in a helper process (extract-plan-helper, installed
 *                                beside the library) limited to "memory_limit" bytes and
 *                                "time_limit" seconds: for a host that takes untrusted files.
 *                                The same JSON, or the same errors, and EXTRACT_PLAN_CRASHED
 *                                or EXTRACT_PLAN_TIMED_OUT for a helper that died or hung
 * An unknown key is an error (EXTRACT_PLAN_INVALID_ARGUMENT), so that a typing slip is
 * never silently ignored. */
EXTRACT_PLAN_C_API int extract_plan_file_json(const char* path, const char* options_json,
                                              char** json_out, char** error_out);

/* Reads a PDF held in memory, `size` bytes at `data`, as extract_plan_file_json() reads a
 * file; `name` (UTF-8, may be NULL for "") becomes source.file. */
EXTRACT_PLAN_C_API int extract_plan_buffer_json(const void* data, size_t size, const char* name,
                                                const char* options_json, char** json_out,
                                                char** error_out);

/* Frees a string the functions above returned. NULL is allowed. */
EXTRACT_PLAN_C_API void extract_plan_free(char* p);

/* Returns the library's version, "MAJOR.MINOR.PATCH"; static storage, never freed. */
EXTRACT_PLAN_C_API const char* extract_plan_version(void);

#ifdef __cplusplus
}
#endif

#endif /* EXTRACT_PLAN_EXTRACT_PLAN_C_H */
