#!/usr/bin/env python3
"""The command as EXTRACT_PLAN_STATIC_CLI links it: it loads no shared library of the
library's own dependencies but Poppler's, and allocates with jemalloc on transparent huge
pages, as tools/extract-plan/allocator.cpp configures it.

    check_static_cli.py CLI
"""
import os
import re
import subprocess
import sys

cli = sys.argv[1]
dynamic = subprocess.run(["readelf", "-d", cli], capture_output=True, text=True, check=True)
needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic.stdout)
if not any(n.startswith("libpoppler.") for n in needed):
    sys.exit(f"the command does not load Poppler: {needed}")
loaded = [n for n in needed
          if re.match(r"lib(icu|boost|nettle|jemalloc|extract_plan)", n)]
if loaded:
    sys.exit(f"the command loads what it should hold: {loaded}")
# jemalloc prints its options at exit when asked; those the command set must be there.
run = subprocess.run([cli, "--version"], capture_output=True, text=True,
                     env=dict(os.environ, MALLOC_CONF="stats_print:true"))
for option in ('opt.thp: "always"', 'opt.metadata_thp: "always"'):
    if option not in run.stderr:
        sys.exit(f"jemalloc does not say {option}:\n{run.stderr[:2000]}")
print(f"the command loads {len(needed)} libraries, none of its own dependencies but Poppler, "
      "and allocates with jemalloc on huge pages")
