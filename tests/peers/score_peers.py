#!/usr/bin/env python3
"""Score extract-plan's table finding on other extractors' test suites.

    score_peers.py --cli PATH_TO_extract-plan --peers ../shared/corpus/peers
                   [--verbose] [--json OUT] [--timeout SECONDS]

The peers folder holds the PDFs and expected tables that tabula-java, camelot and the
ICDAR 2013 table competition check in (see its README.md and CASES.tsv).  This script runs
`CLI FILE --tables` once per distinct PDF (default timeout 60 s) and compares our tables
with the expected ones by the ICDAR 2013 adjacency-relation measure.

THE SCORE is the MACRO F1: the mean, over all expected tables, of each table's F1.
The micro F1 (relations summed over all tables before dividing) is printed on the line
before it and written to --json, but the last line, the one to track, is the macro F1:

    peers: F1 0.734 (macro, 41 tables in 35 cases: tabula 0.812, camelot 0.701, ...)

Adjacency relations.  Each cell text is normalised (Unicode NFKC, every whitespace run
including \\r and \\n made one space, stripped).  For every non-empty cell of a grid there
is one relation (a, b, "right") to the nearest non-empty cell to its right in the same row
and one relation (a, b, "below") to the nearest non-empty cell below it in the same column.
A table's relations are a multiset.  For an expected table E and one of our tables O:
correct = |rel(E) & rel(O)|, precision = correct / |rel(O)|, recall = correct / |rel(E)|,
F1 = 2PR / (P + R), and 0 when nothing is correct.  Empty cells never take part, so empty
rows or columns (padding, trimmed ICDAR numbering) change nothing.

Spanning cells are taken as the grids give them: the text sits in the span's top-left
cell and the covered cells are empty.  This holds for tabula and camelot CSVs, for
tabula's JSON and for GRID.jsonl (whose span list is then not needed), and for our own
`rows`.  The original ICDAR tool relates a spanning cell to every neighbour along its
edges; we do not, since neither our output nor the tabula/camelot files carry spans.

Matching.  Within one case (one row of CASES.tsv) each expected table is matched to a
different one of our tables, among those whose `pages` range touches the case's
pages_used (a table with no usable `pages` touches every page), so that the sum of the
F1s is largest (Hungarian assignment; a lone expected table simply gets its best
table).  An expected table with no candidate left scores 0.  Our tables can be matched
again by another case: cases restricted to an area (tabula -a, camelot table_areas) and
several peers' versions of one table (health stream / hybrid) overlap, and all of them
are compared with our whole-document tables.

Expected tables.
  tabula     a case's .csv is not used when its .json is listed too: the JSON holds the
             same cells but keeps several tables apart (twotables, spanning_cells).  A
             CSV holding several tables is split where the row width changes; see
             CSV_SPLITS and UNUSED_FILES for the one file that needs more.
  camelot    each *.expected.csv is one table; ALTERNATIVES lists the files that are
             one table as seen by two peer modes (the best of the two counts).
  icdar2013  every GRID.jsonl line of the case's PDF is one table.
  pdfplumber only asserts single values: not scored, only counted.
A case listing exactly the same PDF and files as an earlier case (camelot health stream,
with and without header/footer text) is reported but its table is counted once.

Failures.  A CLI that exits non-zero, times out, or prints something that is not the
expected JSON scores 0 for every table of that PDF; the script itself goes on.  Exit
status: 0 whenever it ran (the score is reported, never asserted), 2 on a usage error
or a missing peers folder.
"""

import argparse
import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from collections import Counter

SCORED_SUITES = ("tabula", "camelot", "icdar2013")
UNSCORED_SUITES = ("pdfplumber",)
DEFAULT_TIMEOUT = 60.0

# tabula's guess-option test: without -g tabula dumps the whole page as a one-column
# "table" of text lines; that is a check of its CLI, not a table to find.
UNUSED_FILES = {
    "TestCommandLineApp_testGuessOption_no_guessing.csv":
        "tabula's whole-page text dump (no -g), not a table",
}
# Row indexes where a new table starts, for CSVs whose tables have the same width.  The
# with-guessing CSV holds the three tables tabula guesses on eu-001 page 1; each starts
# with a "THRESHOLD FOR RELEASES" row.
CSV_SPLITS = {
    "TestCommandLineApp_testGuessOption_with_guessing.csv": [9, 29],
}
# Files that are one table seen by two peer modes: scored once, with the better of them.
ALTERNATIVES = [
    ("vertical_header__network.expected.csv", "vertical_header__hybrid.expected.csv"),
]

_WS = re.compile(r"\s+")


class UsageError(Exception):
    pass


# ---------------------------------------------------------------- relations and F1

def norm(text):
    """NFKC, whitespace runs (also \\r, \\n) to one space, stripped."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def relations(grid):
    """The multiset of adjacency relations of a grid of cell texts."""
    g = [[norm(c) for c in row] if isinstance(row, list) else [] for row in grid]
    width = max((len(r) for r in g), default=0)
    g = [r + [""] * (width - len(r)) for r in g]
    rel = Counter()
    for row in g:
        prev = None
        for text in row:
            if text:
                if prev is not None:
                    rel[(prev, text, "right")] += 1
                prev = text
    for c in range(width):
        prev = None
        for row in g:
            text = row[c]
            if text:
                if prev is not None:
                    rel[(prev, text, "below")] += 1
                prev = text
    return rel


def compare(expected, ours):
    """(correct, n_expected, n_ours, precision, recall, f1) of two relation multisets."""
    ne = sum(expected.values())
    no = sum(ours.values())
    correct = sum((expected & ours).values())
    p = correct / no if no else 0.0
    r = correct / ne if ne else 0.0
    f1 = 2 * p * r / (p + r) if correct else 0.0
    return correct, ne, no, p, r, f1


def assign(score):
    """One-to-one assignment of rows to columns maximising the summed score.

    score: n x m list of values in [0, 1].  Returns, per row, a column index or None.
    Hungarian method (shortest augmenting paths) on cost = 1 - score, with dummy
    columns (score 0) so that every row can be placed."""
    n = len(score)
    if n == 0:
        return []
    m_real = len(score[0])
    m = max(m_real, n)
    cost = [[1.0 - row[j] if j < m_real else 1.0 for j in range(m)] for row in score]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    result = [None] * n
    for j in range(1, m + 1):
        if p[j] and j <= m_real:
            result[p[j] - 1] = j - 1
    return result


# ---------------------------------------------------------------- expected tables

def parse_pages(text):
    pages = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-", 1)
            pages.extend(range(int(a), int(b) + 1))
        else:
            pages.append(int(part))
    return sorted(set(pages))


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return [row for row in csv.reader(f)]


def split_csv(name, rows):
    """Split a tabula CSV into its tables: at CSV_SPLITS, else where the width changes."""
    if name in CSV_SPLITS:
        starts = [0] + CSV_SPLITS[name]
    else:
        starts = [0] + [i for i in range(1, len(rows)) if len(rows[i]) != len(rows[i - 1])]
    ends = starts[1:] + [len(rows)]
    return [rows[a:b] for a, b in zip(starts, ends) if b > a]


def tabula_json_tables(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if isinstance(data, dict):
        data = [data]
    out = []
    for t in data:
        grid = [[(c or {}).get("text", "") for c in row] for row in t.get("data", [])]
        page = t.get("page_number")
        out.append((grid, [page] if isinstance(page, int) else None))
    return out


def load_grid_jsonl(peers):
    path = os.path.join(peers, "icdar2013", "GRID.jsonl")
    by_pdf = {}
    if not os.path.isfile(path):
        return by_pdf
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                d = json.loads(line)
                by_pdf.setdefault(d["pdf"], []).append(d)
    return by_pdf


def load_cases(peers, warn=None):
    """Read CASES.tsv and the expected tables.  Returns a list of case dicts:
    no, suite, pdf, pdf_path, pages_used, files, tables, duplicate_of, notes.
    Each table: id, case, suite, pages, variants = [(label, grid, relations)]."""
    warn = warn or (lambda msg: print("score_peers: warning: " + msg, file=sys.stderr))
    path = os.path.join(peers, "CASES.tsv")
    with open(path, encoding="utf-8") as f:
        lines = [ln.rstrip("\r\n") for ln in f if ln.strip()]
    header = lines[0].split("\t")
    col = {name: i for i, name in enumerate(header)}
    for need in ("suite", "pdf", "pages_used", "expected_file"):
        if need not in col:
            raise UsageError("%s: no column %r" % (path, need))
    grids = load_grid_jsonl(peers)
    alt_of = {}
    for group in ALTERNATIVES:
        for name in group:
            alt_of[name] = group
    cases = []
    seen = {}
    for no, line in enumerate(lines[1:], start=1):
        fields = line.split("\t")
        fields += [""] * (len(header) - len(fields))
        suite = fields[col["suite"]].strip()
        pdf = fields[col["pdf"]].strip()
        suite_dir = os.path.join(peers, suite)
        case = {
            "no": no, "suite": suite, "pdf": pdf,
            "pdf_path": os.path.normpath(os.path.join(suite_dir, pdf)),
            "pages_used": parse_pages(fields[col["pages_used"]]),
            "files": [x.strip() for x in fields[col["expected_file"]].split(";") if x.strip()],
            "tables": [], "duplicate_of": None, "notes": [],
        }
        cases.append(case)
        if suite not in SCORED_SUITES:
            continue
        key = (suite, case["pdf_path"], tuple(case["files"]))
        if key in seen:
            case["duplicate_of"] = seen[key]
            continue
        seen[key] = no

        def add(tid, variants, pages):
            case["tables"].append({
                "id": tid, "case": no, "suite": suite,
                "pages": pages or case["pages_used"],
                "variants": [(label, grid, relations(grid)) for label, grid in variants],
            })

        if suite == "icdar2013":
            base = os.path.basename(pdf)
            if base not in grids:
                warn("case %d: %s has no table in icdar2013/GRID.jsonl" % (no, base))
            for d in grids.get(base, []):
                add("%s#%s" % (d["doc"], d["table_id"]), [("GRID.jsonl", d["grid"])],
                    d.get("pages"))
            continue

        files = list(case["files"])
        if suite == "tabula":
            listed = set(files)
            for name in list(files):
                if name.endswith(".csv") and name[:-4] + ".json" in listed:
                    files.remove(name)
                    case["notes"].append("%s: same cells as %s.json, which is used (it keeps tables apart)"
                                         % (name, name[:-4]))
        done_alt = set()
        for name in files:
            if name in UNUSED_FILES:
                case["notes"].append("%s not used: %s" % (name, UNUSED_FILES[name]))
                continue
            fpath = os.path.join(suite_dir, name)
            if not os.path.isfile(fpath):
                warn("case %d: expected file %s is missing" % (no, fpath))
                continue
            if name in alt_of:
                group = alt_of[name]
                if group in done_alt:
                    continue
                done_alt.add(group)
                variants = [(n, read_csv(os.path.join(suite_dir, n))) for n in group
                            if n in files and os.path.isfile(os.path.join(suite_dir, n))]
                add(" or ".join(n for n, _ in variants), variants, None)
            elif name.endswith(".json"):
                parts = tabula_json_tables(fpath)
                for k, (grid, pages) in enumerate(parts, start=1):
                    add(name if len(parts) == 1 else "%s#%d" % (name, k), [(name, grid)], pages)
            else:
                rows = read_csv(fpath)
                parts = split_csv(name, rows) if suite == "tabula" else [rows]
                for k, grid in enumerate(parts, start=1):
                    add(name if len(parts) == 1 else "%s#%d" % (name, k), [(name, grid)], None)
        for t in case["tables"]:
            if not any(sum(r.values()) for _, _, r in t["variants"]):
                warn("case %d: expected table %s has no adjacency relation" % (no, t["id"]))
    return cases


# ---------------------------------------------------------------- running the CLI

def run_cli(cli, pdf, timeout):
    """Run `cli pdf --tables`.  Returns (tables, error, seconds); tables is a list of
    {"pages": [first, last] or None, "rows": grid} or None on error."""
    start = time.monotonic()
    try:
        proc = subprocess.Popen([cli, pdf, "--tables"], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as e:
        return None, "cannot run: %s" % e, 0.0
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        proc.communicate()
        return None, "timeout after %g s" % timeout, time.monotonic() - start
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        msg = err.decode("utf-8", "replace").strip().splitlines()
        return None, "exit status %d%s" % (proc.returncode, (": " + msg[0]) if msg else ""), seconds
    try:
        doc = json.loads(out.decode("utf-8"))
        raw = doc["tables"]
        if not isinstance(raw, list):
            raise TypeError("'tables' is not a list")
    except (ValueError, KeyError, TypeError) as e:
        return None, "bad JSON on stdout: %s" % e, seconds
    tables = []
    for t in raw:
        t = t if isinstance(t, dict) else {}
        rows = t.get("rows")
        rows = [r if isinstance(r, list) else [] for r in rows] if isinstance(rows, list) else []
        pages = t.get("pages")
        if not (isinstance(pages, list) and len(pages) >= 1
                and all(isinstance(x, int) for x in pages)):
            pages = None
        else:
            pages = [min(pages), max(pages)]
        tables.append({"pages": pages, "rows": rows, "relations": relations(rows)})
    return tables, None, seconds


def touches(pages, pages_used):
    if pages is None or not pages_used:
        return True
    return any(pages[0] <= p <= pages[1] for p in pages_used)


# ---------------------------------------------------------------- scoring

def score_case(case, ours, error):
    """Per-table results of one case, given our tables for its PDF (None on error)."""
    results = []
    exp = case["tables"]
    cand = [] if ours is None else [i for i, t in enumerate(ours)
                                    if touches(t["pages"], case["pages_used"])]
    # best variant and its numbers for every (expected, candidate) pair
    table = []
    for t in exp:
        row = []
        for i in cand:
            best = None
            for label, _, rel in t["variants"]:
                c = compare(rel, ours[i]["relations"])
                if best is None or c[5] > best[1][5]:
                    best = (label, c)
            row.append(best)
        table.append(row)
    choice = assign([[cell[1][5] for cell in row] for row in table]) if cand else [None] * len(exp)
    for k, t in enumerate(exp):
        j = choice[k]
        if j is not None and table[k][j][1][0] > 0:
            label, (correct, ne, no, p, r, f1) = table[k][j]
            matched = cand[j]
        else:
            label = t["variants"][0][0]
            ne = sum(t["variants"][0][2].values())
            correct, no, p, r, f1, matched = 0, 0, 0.0, 0.0, 0.0, None
        results.append({
            "case": case["no"], "suite": case["suite"], "pdf": case["pdf"],
            "table": t["id"], "variant": label,
            "expected_relations": ne, "found_relations": no, "correct": correct,
            "precision": p, "recall": r, "f1": f1, "matched": matched,
            "candidates": len(cand), "cli_error": error,
        })
    return results


def mean(xs):
    return sum(xs) / len(xs) if xs else None


def summarise(cases, results, pdf_runs):
    scored_cases = [c for c in cases if c["suite"] in SCORED_SUITES]
    unscored = Counter(c["suite"] for c in cases if c["suite"] not in SCORED_SUITES)
    per_suite = {s: mean([r["f1"] for r in results if r["suite"] == s]) for s in SCORED_SUITES}
    correct = sum(r["correct"] for r in results)
    n_exp = sum(r["expected_relations"] for r in results)
    n_found = sum(r["found_relations"] for r in results)
    mp = correct / n_found if n_found else 0.0
    mr = correct / n_exp if n_exp else 0.0
    return {
        "score": "macro_f1",
        "macro_f1": mean([r["f1"] for r in results]) or 0.0,
        "micro": {"precision": mp, "recall": mr,
                  "f1": 2 * mp * mr / (mp + mr) if correct else 0.0,
                  "correct": correct, "expected": n_exp, "found": n_found},
        "tables": len(results),
        "cases": len(scored_cases),
        "per_suite_macro_f1": per_suite,
        "not_scored_cases": dict(unscored),
        "pdfs": len(pdf_runs),
        "cli_errors": sum(1 for r in pdf_runs.values() if r["error"]),
    }


def summary_line(s):
    suites = ", ".join("%s %s" % (k, "n/a" if v is None else "%.3f" % v)
                       for k, v in s["per_suite_macro_f1"].items())
    unscored = "; ".join("%d %s cases not scored" % (n, k)
                         for k, n in sorted(s["not_scored_cases"].items()))
    return "peers: F1 %.3f (macro, %d tables in %d cases: %s%s)" % (
        s["macro_f1"], s["tables"], s["cases"], suites, ("; " + unscored) if unscored else "")


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Score extract-plan --tables on peers' test suites (ICDAR 2013 "
                    "adjacency-relation F1; the score is the macro mean over expected tables).")
    ap.add_argument("--cli", required=True, help="path to the extract-plan executable")
    ap.add_argument("--peers", required=True, help="the peers corpus folder (with CASES.tsv)")
    ap.add_argument("--verbose", action="store_true", help="one line per expected table")
    ap.add_argument("--json", metavar="OUT", help="write per-table results to OUT")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                    help="seconds allowed per PDF (default %(default)s)")
    args = ap.parse_args(argv)

    try:
        if not os.path.isdir(args.peers):
            raise UsageError("no peers folder: %s" % args.peers)
        if not os.path.isfile(os.path.join(args.peers, "CASES.tsv")):
            raise UsageError("no CASES.tsv in %s" % args.peers)
        cli = args.cli
        if os.sep not in cli:
            cli = shutil.which(cli) or cli
        if not (os.path.isfile(cli) and os.access(cli, os.X_OK)):
            raise UsageError("not an executable file: %s" % args.cli)
        if args.timeout <= 0:
            raise UsageError("--timeout must be positive")
        if args.json and not os.path.isdir(os.path.dirname(os.path.abspath(args.json))):
            raise UsageError("no folder for --json %s" % args.json)
        cases = load_cases(args.peers)
    except UsageError as e:
        print("score_peers: %s" % e, file=sys.stderr)
        return 2
    cli = os.path.abspath(cli)

    pdf_runs = {}
    for case in cases:
        if case["tables"] and case["pdf_path"] not in pdf_runs:
            tables, error, seconds = run_cli(cli, case["pdf_path"], args.timeout)
            pdf_runs[case["pdf_path"]] = {"tables": tables, "error": error, "seconds": seconds}

    results = []
    out = []
    for case in cases:
        head = "case %d %s %s" % (case["no"], case["suite"], case["pdf"])
        if case["suite"] not in SCORED_SUITES:
            out.append("%s: not scored (%s suite)" % (head, case["suite"]))
            continue
        if case["duplicate_of"]:
            out.append("%s: same PDF and expected files as case %d, counted once"
                       % (head, case["duplicate_of"]))
            continue
        for note in case["notes"]:
            out.append("%s: %s" % (head, note))
        run = pdf_runs.get(case["pdf_path"])
        if run and run["error"]:
            out.append("%s: CLI error: %s" % (head, run["error"]))
        for r in score_case(case, run["tables"] if run else None, run["error"] if run else None):
            results.append(r)
            out.append("%s | %s | P %.3f R %.3f F1 %.3f | %s" % (
                head, r["table"], r["precision"], r["recall"], r["f1"],
                "ours #%d" % r["matched"] if r["matched"] is not None else "no match"))

    s = summarise(cases, results, pdf_runs)
    if args.verbose:
        for line in out:
            print(line)
    else:
        for path, run in pdf_runs.items():
            if run["error"]:
                print("CLI error on %s: %s" % (os.path.relpath(path, args.peers), run["error"]))
    m = s["micro"]
    print("micro: P %.3f R %.3f F1 %.3f (%d correct of %d expected, %d found relations); "
          "CLI errors on %d of %d PDFs" % (m["precision"], m["recall"], m["f1"], m["correct"],
                                          m["expected"], m["found"], s["cli_errors"], s["pdfs"]))
    print(summary_line(s))

    if args.json:
        doc = {
            "summary": s,
            "summary_line": summary_line(s),
            "cli": cli,
            "pdfs": {os.path.relpath(p, args.peers): {"error": r["error"],
                                                      "seconds": round(r["seconds"], 3),
                                                      "tables": None if r["tables"] is None
                                                      else len(r["tables"])}
                     for p, r in pdf_runs.items()},
            "tables": results,
        }
        try:
            with open(args.json, "w", encoding="utf-8") as f:
                json.dump(doc, f, indent=1, ensure_ascii=False)
                f.write("\n")
        except OSError as e:
            print("score_peers: cannot write %s: %s" % (args.json, e), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
