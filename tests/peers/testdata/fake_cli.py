#!/usr/bin/env python3
"""Stand-in for `extract-plan FILE --tables`, to test score_peers.py without our tool.

    fake_cli.py MODE FILE --tables

It finds the peers folder from FILE (PEERS/SUITE/x.pdf), reads the expected tables of
every case on that PDF with score_peers.load_cases, and prints them as our JSON:
  perfect      every expected table (every variant) as one of our tables  -> F1 1.000
  empty        no tables                                                  -> F1 0.000
  drop_row     as perfect, but each table loses its middle row            -> in between
  shift_right  as perfect, every cell one column right (an empty first
               column; empty cells make no relations)                     -> F1 1.000
  fail         exit 1 with a message on stderr                            -> F1 0.000
  hang         sleep for ever (the scorer's timeout must stop it)         -> F1 0.000
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import score_peers  # noqa: E402


def expected_grids(pdf):
    pdf = os.path.normpath(os.path.abspath(pdf))
    peers = os.path.dirname(os.path.dirname(pdf))
    seen = set()
    for case in score_peers.load_cases(peers, warn=lambda msg: None):
        if case["pdf_path"] != pdf:
            continue
        for t in case["tables"]:
            for label, grid, _ in t["variants"]:
                if (t["id"], label) not in seen:  # the same file used by several cases
                    seen.add((t["id"], label))
                    yield grid, [min(t["pages"]), max(t["pages"])]


def main(argv):
    if len(argv) != 3 or argv[2] != "--tables":
        print("usage: fake_cli.py MODE FILE --tables", file=sys.stderr)
        return 2
    mode, pdf = argv[0], argv[1]
    if mode == "fail" or not os.path.isfile(pdf):
        print("extract-plan: %s: cannot read (fake)" % pdf, file=sys.stderr)
        return 1
    if mode == "hang":
        time.sleep(3600)
    tables = []
    if mode != "empty":
        for grid, pages in expected_grids(pdf):
            width = max((len(r) for r in grid), default=0)
            rows = [list(r) + [""] * (width - len(r)) for r in grid]
            if mode == "drop_row" and rows:
                del rows[len(rows) // 2]
            elif mode == "shift_right":
                rows = [[""] + r for r in rows]
            tables.append({"pages": pages, "header_rows": 1, "rows": rows,
                           "cells": [[None] * len(r) for r in rows]})
    json.dump({"schema_version": 1, "tables": tables}, sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
