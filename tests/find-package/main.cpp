// Links the installed library and reads a PDF given on the command line.
#include <extract_plan/extract_plan.h>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const extract_plan::document doc = extract_plan::extract_file(argv[1]);
  std::cout << "records: " << doc.records.size() << '\n';
  return doc.records.empty() ? 1 : 0;
}
