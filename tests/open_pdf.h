// Opening a test PDF by path, as extract_file() opens one.
#pragma once

#include <string>

#include "pdf/pdf_reader.h"
#include "source_file.h"

namespace extract_plan {

/// A PDF read from an open file, kept open beside the reader.
struct open_pdf {
  explicit open_pdf(const std::string& path)
      : source(path), file(pdf::pdf_descriptor{source.descriptor()}) {}
  source_file source;
  pdf::pdf_file file;
};

}  // namespace extract_plan
