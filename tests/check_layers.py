#!/usr/bin/env python3
"""The layers include downward only: pdf -> text -> layout -> table -> fields -> output.

A file in one of those folders may include the public header, the base headers at the top of
lib/ (the page model, statistics, digests, the source file), and headers of its own folder or
of folders below it. The orchestration at the top of lib/ may include anything. Poppler's
headers appear only in lib/pdf (a header is Poppler's when the folders Poppler's pkg-config
file names hold it), ICU's only in lib/text.

    check_layers.py LIB_DIR POPPLER_INCLUDE_DIR...
"""
import os
import re
import sys

lib = sys.argv[1]
poppler_dirs = sys.argv[2:]
if not poppler_dirs:
    sys.exit("usage: check_layers.py LIB_DIR POPPLER_INCLUDE_DIR...")
order = ["pdf", "text", "layout", "table", "fields", "output"]
base = {"page.h", "stats.h", "digest.h", "source_file.h"}
problems = []
for folder in order:
    for name in sorted(os.listdir(os.path.join(lib, folder))):
        path = os.path.join(lib, folder, name)
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            quoted = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
            angled = re.match(r"\s*#\s*include\s+<([^>]+)>", line)
            where = f"lib/{folder}/{name}:{number}"
            if quoted:
                header = quoted.group(1)
                if header.startswith("extract_plan/") or header in base:
                    continue
                if "/" not in header:
                    problems.append(f"{where}: includes {header}, of the orchestration above")
                    continue
                other = header.split("/")[0]
                if other not in order or order.index(other) > order.index(folder):
                    problems.append(f"{where}: lib/{folder} includes {header}, a layer above it")
            elif angled:
                header = angled.group(1)
                if folder != "pdf" and (header.startswith("poppler/") or
                                        any(os.path.exists(os.path.join(d, header))
                                            for d in poppler_dirs)):
                    problems.append(f"{where}: Poppler's {header} outside lib/pdf")
                if folder != "text" and header.startswith("unicode/"):
                    problems.append(f"{where}: ICU's {header} outside lib/text")
if problems:
    sys.exit("\n".join(problems))
print("layers: every include points down")
