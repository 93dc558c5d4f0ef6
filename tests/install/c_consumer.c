/* A C program that uses extract-plan through the C API alone, built with nothing but
 * `pkg-config --cflags --libs extract_plan` against an installed tree (check_install.py).
 * It extracts the sample, and checks the stable error numbers of bad input. */
#include <extract_plan/extract_plan_c.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

static void expect(int condition, const char* what) {
  if (!condition) {
    fprintf(stderr, "FAILED: %s\n", what);
    ++failures;
  }
}

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  char* json = NULL;
  char* error = NULL;

  int status = extract_plan_file_json(argv[1], NULL, &json, &error);
  expect(status == EXTRACT_PLAN_OK, "the sample is read");
  expect(json != NULL && strstr(json, "\"schema_version\": 1") != NULL, "JSON comes back");
  expect(json != NULL && strstr(json, "Natalie McGrath") != NULL, "with the records");
  expect(error == NULL, "and no error");
  extract_plan_free(json);

  status = extract_plan_file_json(argv[1], "{\"tables\": true, \"pages\": \"1\"}", &json, &error);
  expect(status == EXTRACT_PLAN_OK && strstr(json, "\"header_rows\"") != NULL, "options work");
  extract_plan_free(json);

  status = extract_plan_file_json(argv[1], "{\"read_ahead\": false}", &json, &error);
  expect(status == EXTRACT_PLAN_OK && strstr(json, "Natalie McGrath") != NULL,
         "pages read in turn on the calling thread");
  extract_plan_free(json);

  status = extract_plan_file_json(argv[1], "{\"read_ahead\": 1}", &json, &error);
  expect(status == EXTRACT_PLAN_INVALID_ARGUMENT, "read_ahead must be true or false");
  extract_plan_free(error);

  status = extract_plan_file_json(argv[1], "{\"max_pages\": 5, \"time_limit\": 60}", &json,
                                  &error);
  expect(status == EXTRACT_PLAN_TOO_LARGE && json == NULL, "over max_pages is too_large");
  extract_plan_free(error);

  status = extract_plan_file_json(argv[1], "{\"max_page_words\": -1}", &json, &error);
  expect(status == EXTRACT_PLAN_INVALID_ARGUMENT, "a bound is a whole number");
  extract_plan_free(error);

  status = extract_plan_file_json("no-such-file.pdf", NULL, &json, &error);
  expect(status == EXTRACT_PLAN_FILE_NOT_FOUND, "a missing file is file_not_found");
  expect(json == NULL && error != NULL && strlen(error) > 0, "with a message");
  extract_plan_free(error);

  const char garbage[] = "this is no PDF at all, only some bytes from an upload";
  status = extract_plan_buffer_json(garbage, sizeof garbage, "upload", NULL, &json, &error);
  expect(status == EXTRACT_PLAN_NOT_A_PDF, "garbage is not_a_pdf");
  extract_plan_free(error);

  status = extract_plan_file_json(argv[1], "{\"colour\": 1}", &json, &error);
  expect(status == EXTRACT_PLAN_INVALID_ARGUMENT, "an unknown option is refused");
  extract_plan_free(error);

  /* Read in a helper process: the same JSON (check_install.py asks for it where the helper
   * is installed). */
  if (getenv("EXTRACT_PLAN_CHECK_ISOLATE") != NULL) {
    char* isolated = NULL;
    status = extract_plan_file_json(argv[1], NULL, &json, &error);
    int isolated_status = extract_plan_file_json(argv[1], "{\"isolate\": true}", &isolated, &error);
    expect(status == EXTRACT_PLAN_OK && isolated_status == EXTRACT_PLAN_OK,
           "the sample is read in a helper");
    if (isolated_status != EXTRACT_PLAN_OK && error != NULL) fprintf(stderr, "%s\n", error);
    expect(json != NULL && isolated != NULL && strcmp(json, isolated) == 0,
           "a helper gives the same JSON");
    extract_plan_free(json);
    extract_plan_free(isolated);
  }

  status = extract_plan_file_json(NULL, NULL, &json, NULL);
  expect(status == EXTRACT_PLAN_INVALID_ARGUMENT, "a NULL path is refused");

  expect(strlen(extract_plan_version()) >= 5, "the version is given");
  printf("c consumer: %s\n", failures == 0 ? "ok" : "FAILED");
  return failures == 0 ? 0 : 1;
}
