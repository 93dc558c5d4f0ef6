#!/usr/bin/env python3
"""No function in lib/ is 60 lines or longer, but those that only return a table of data.

A function starts at a line at the left margin that is no namespace, type or directive, and
ends where its braces close. check_function_size.py LIB_DIR
"""
import glob
import os
import re
import sys

LIMIT = 60
# Functions that only return a table of data: the deadline forms, the header synonyms.
DATA_TABLES = {"forms", "synonyms"}
lib = sys.argv[1]
long_ones = []
for path in sorted(glob.glob(os.path.join(lib, "**", "*.cpp"), recursive=True)):
    lines = open(path, encoding="utf-8").read().split("\n")
    start, depth = None, 0
    for i, line in enumerate(lines):
        if re.match(r'^(namespace\b.*\{|\}\s*// namespace|extern "C" \{|\}\s*// extern)', line):
            continue
        code = re.sub(r"//.*", "", line)
        code = re.sub(r"'(\\.|[^'\\])'", "x", code)
        code = re.sub(r'"(\\.|[^"\\])*"', '""', code)
        if depth == 0 and start is None and re.match(r"^[A-Za-z~\[]", line) and \
                not re.match(r"^(using|#|template)", line):
            start = i
        depth += code.count("{") - code.count("}")
        if depth == 0 and start is not None and ("}" in code or code.rstrip().endswith(";")):
            head = lines[start]
            is_function = "{" in "".join(lines[start:i + 1]) and "(" in head and \
                not re.match(r"^(struct|class|enum|union|constexpr|static|inline)\b", head)
            name = re.search(r"([A-Za-z_][A-Za-z_0-9:]*)\s*\(", head)
            if is_function and i - start + 1 >= LIMIT and name and \
                    name.group(1).split("::")[-1] not in DATA_TABLES:
                long_ones.append(f"{os.path.relpath(path, lib)}:{start + 1}: {name.group(1)} "
                                 f"is {i - start + 1} lines")
            start = None
if long_ones:
    sys.exit("\n".join(long_ones))
print(f"every function in lib/ is under {LIMIT} lines")
