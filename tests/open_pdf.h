// Opening a test PDF by path: the reader takes bytes, which must outlive it.
#pragma once

#include <string>

#include "file_bytes.h"
#include "pdf/pdf_reader.h"

namespace extract_plan {

/// A PDF read from a file, its bytes kept beside the reader.
struct open_pdf {
  explicit open_pdf(const std::string& path)
      : bytes(read_file_bytes(path)), file(pdf::pdf_bytes{bytes}) {}
  std::string bytes;
  pdf::pdf_file file;
};

}  // namespace extract_plan
