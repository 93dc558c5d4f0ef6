"""What the corpus scripts (make_corpus.py, make_sheets.py, make_extra.py, make_docx.py)
share: the content files, the truth files, reading a PDF's words back, and their command
line.  Each script writes the sources of its own producers and says how its PDFs are
read back into a truth (`truth_for`); this module does the rest.

    SCRIPT                 write the sources of every document of its producers
    SCRIPT NAME...         write only these
    SCRIPT --check         compare every NAME.truth.json with the truth read from its PDF
    SCRIPT --truth NAME    write a draft NAME.truth.json (never over one that exists)
    SCRIPT --names         list the script's documents, one a line

Reading a truth back: each script lists, per table column, the words it expects
(record by record, top to bottom) and the words pdftotext -bbox finds in that column;
`match_column` aligns the two (difflib) and gives each record the pages of its words.
Key/value blocks (`kv_headers`, `kv_record`) are read the same way with two columns,
labels and values; printed as lines with no table, the two are told apart by the value
indent (`label_value_sides`).
"""
import difflib
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
PT_PER_CM = 72 / 2.54
# Bullet glyphs: printed, but no part of a cell's truth text.
BULLETS = {"•", "▪", "■", "●", "◦", "∙", "·", "\uf0b7", "\uf0a7"}


# ===========================================================================
# Content and truth files
# ===========================================================================
def load(name):
    with open(os.path.join(HERE, name + ".content.json"), encoding="utf-8") as f:
        return json.load(f)


def names(producers):
    """The documents whose content file names one of `producers`, in name order."""
    found = sorted(f[:-len(".content.json")] for f in os.listdir(HERE)
                   if f.endswith(".content.json"))
    return [n for n in found if load(n)["producer"] in producers]


def dump(obj):
    """A truth file's text: indented by one, page pairs and a record's "filled" on one line."""
    text = json.dumps(obj, ensure_ascii=False, indent=1)
    text = re.sub(r"\[\s*(\d+),\s*(\d+)\s*\]", r"[\1, \2]", text)
    text = re.sub(r'("filled": )(\[[^\[\]]*\])',
                  lambda m: m.group(1) + json.dumps(json.loads(m.group(2)), ensure_ascii=False), text)
    return text + "\n"


def write_text(name, ext, text):
    """Write src/NAME.EXT (UTF-8, \\n line ends); returns its path for the log."""
    with open(os.path.join(HERE, "%s.%s" % (name, ext)), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return "src/%s.%s" % (name, ext)


# ===========================================================================
# Reading a PDF back
# ===========================================================================
def split_fields(text):
    """Split "Page {page} of {pages}" into text and field parts ({page}, {pages}, {sheet})."""
    return [p for p in re.split(r"(\{page\}|\{pages\}|\{sheet\})", text) if p]


def field_pattern(text):
    """A regex (unanchored) for a printed line of header or footer text: a field is a
    number, a run of spaces any run of white space."""
    p = "".join(r"\d+" if s in ("{page}", "{pages}") else re.escape(s) for s in split_fields(text))
    return re.sub(r"(\\ )+", r"\\s+", p)


def furniture(lines):
    """Regexes that match a whole running header or footer line."""
    return [re.compile(r"^\s*" + field_pattern(line) + r"\s*$") for line in lines]


def read_pages(pdf):
    """[(page, xMin, yMin, xMax, yMax, word)] and {page: height} from pdftotext -bbox
    (the fi and fl ligatures spelt out)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "w.html")
        subprocess.run(["pdftotext", "-bbox", pdf, out], check=True)
        with open(out, encoding="utf-8") as f:
            data = f.read()
    words, heights = [], {}
    for pno, page in enumerate(re.findall(r"<page .*?</page>", data, re.S), 1):
        heights[pno] = float(re.match(r'<page width="[\d.]+" height="([\d.]+)"', page).group(1))
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                             r'yMax="([\d.]+)">(.*?)</word>', page):
            w = html.unescape(m.group(5)).replace("\ufb01", "fi").replace("\ufb02", "fl")
            words.append((pno, float(m.group(1)), float(m.group(2)), float(m.group(3)),
                          float(m.group(4)), w))
    return words, heights


def read_words(name):
    """The words of NAME.pdf, as read_pages gives them."""
    return read_pages(os.path.join(CORPUS, name + ".pdf"))[0]


def group_lines(words):
    """Words into lines (same page, tops within 2.5 pt), each left to right."""
    lines = []
    for w in sorted(words, key=lambda w: (w[0], w[2], w[1])):
        if lines and lines[-1][0][0] == w[0] and abs(lines[-1][0][2] - w[2]) < 2.5:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w[1]) for line in lines]


def in_column(words, left, right):
    """The words whose horizontal centre lies between left and right (points, 2 pt slack)."""
    return [w for w in words if left - 2 <= (w[1] + w[3]) / 2 < right + 2]


def column_edges(left_cm, widths_cm, gap_cm=0.0):
    """x (points) of the column edges of a table whose first column starts at left_cm."""
    xs = [left_cm]
    for w in widths_cm:
        xs.append(xs[-1] + w + gap_cm)
    return [v * PT_PER_CM for v in xs]


def join_hyphens(lines):
    """lines: the words read in one column, a list of [(word, page, ...)] a printed line.
    Returns them as one list, a word that ends a line in a real hyphen ("co-") joined to
    the first word of the next line ("co-produced", on the page of its first part).  Any
    fields after the page are lists, joined too."""
    out = []
    for line in lines:
        for i, w in enumerate(line):
            if i == 0 and out and out[-1][0].endswith("-") and len(out[-1][0]) > 1:
                a = out[-1]
                out[-1] = (a[0] + w[0], a[1]) + tuple(p + q for p, q in zip(a[2:], w[2:]))
            else:
                out.append(tuple(w))
    return out


def match_column(exp, act, where, records, problems, notes):
    """Align one column: `exp` the words expected, [(word, record index or None)], and
    `act` the words read, [(word, page or set of pages, ...)], both in reading order.
    Adds the pages of each matched word to its record's "_pages"; an expected word not
    found is a problem, and the words read between the first and last matched ones that
    are in no cell (repeated headings, section rows) are a note.  Returns, per expected
    word, the entry of `act` it matched, or None."""
    sm = difflib.SequenceMatcher(None, [e[0] for e in exp], [a[0] for a in act], autojunk=False)
    matched = [None] * len(exp)
    used = set()
    for a, b, size in sm.get_matching_blocks():
        for k in range(size):
            matched[a + k] = act[b + k]
        used.update(range(b, b + size))
    if used:
        extra = [act[k][0] for k in range(min(used), max(used) + 1) if k not in used]
        notes.append("%s, not in cells: %s" % (where, " ".join(extra)))
    for k, (tok, ri) in enumerate(exp):
        if matched[k] is None:
            ctx = " ".join(e[0] for e in exp[max(0, k - 3):k + 4])
            who = "-" if ri is None else records[ri]["number"] or ri
            problems.append("%s record %s: %r not found (…%s…)" % (where, who, tok, ctx))
        elif ri is not None:
            page = matched[k][1]
            records[ri]["_pages"] |= page if isinstance(page, set) else {page}
    return matched


def drop_prose(lines, prose):
    """lines: [(text, words)] in reading order; prose: the texts of headings and paragraphs
    printed outside the plan, each whitespace-normalised.  Returns the words of the lines
    that are no part of them (a run of lines that spells one out is dropped)."""
    body = []
    i = 0
    while i < len(lines):
        for p in prose:
            acc, j = lines[i][0], i + 1
            while acc != p and j < len(lines) and p.startswith(acc + " " + lines[j][0]):
                acc, j = acc + " " + lines[j][0], j + 1
            if acc == p:
                i = j
                break
        else:
            body += lines[i][1]
            i += 1
    return body


# ---------------------------------------------------------------------------
# Key/value blocks: a table of two columns per block (make_docx.py), or label-and-value
# lines with no table at all (make_extra.py).  All the blocks of a document are one plan.
# ---------------------------------------------------------------------------
def kv_headers(labels, number_label=None):
    """The plan's headers: the number column's (its label as printed, "" when the number
    comes from a heading above each block), then the labels in order."""
    return [number_label or ""] + list(labels)


def kv_record(table, number, pairs, number_label=None):
    """One block as a truth record, and what it prints on each side: (record, [(side,
    text)]) with side 0 the labels (and the number label), 1 the values, in reading
    order.  pairs: [(label, value's truth text)]."""
    rec = {"table": table, "number": number, "section": None, "pages": None, "cells": dict(pairs)}
    printed = [(0, number_label), (1, number)] if number_label else []
    for label, value in pairs:
        printed += [(0, label), (1, value)]
    return rec, printed


def label_value_sides(lines, left, indent, problems, slack=1.5):
    """Label-and-value lines (no table): the label at the left margin `left`, its value
    from the fixed indent `indent` (points) on the same line, and a long value's further
    lines starting at the indent with nothing to their left.  lines: the words of the
    plan, a list per printed line, left to right.  Returns (label lines, value lines),
    each a list of lines (a line a list of words); a line whose label does not start at
    the margin, or whose value does not start at the indent, is a problem."""
    labels, values = [], []
    for line in lines:
        lab = [w for w in line if w[1] < indent - slack]
        val = [w for w in line if w[1] >= indent - slack]
        text = " ".join(w[5] for w in line)
        if lab and abs(lab[0][1] - left) > slack:
            problems.append("page %d: line %r starts at x=%.1f, neither the margin (%.1f) nor the "
                            "indent (%.1f)" % (line[0][0], text, lab[0][1], left, indent))
        if val and abs(val[0][1] - indent) > slack:
            problems.append("page %d: value in line %r starts at x=%.1f, not at the indent (%.1f)"
                            % (line[0][0], text, val[0][1], indent))
        if lab:
            labels.append(lab)
        if val:
            values.append(val)
    return labels, values


def settle_pages(records, problems):
    """Each record's "_pages" (a set; removed) becomes its "pages", [first, last]; a gap
    is a problem.  Returns the pages of them all, [first, last] (None if none)."""
    every = []
    for r in records:
        ps = sorted(r.pop("_pages"))
        r["pages"] = [ps[0], ps[-1]] if ps else None
        if ps and ps[-1] - ps[0] + 1 != len(ps):
            problems.append("record %s: pages not contiguous %s" % (r["number"], ps))
        every += ps
    return [min(every), max(every)] if every else None


# ===========================================================================
# Command line
# ===========================================================================
def cmd_truth(name, truth_for):
    path = os.path.join(CORPUS, name + ".truth.json")
    truth, problems, notes = truth_for(name)
    for p in notes:
        print("%s: note: %s" % (name, p))
    for p in problems:
        print("%s: %s" % (name, p))
    if os.path.exists(path):
        print("%s exists; not overwritten (draft written to %s.draft)" % (path, path))
        path += ".draft"
    with open(path, "w", encoding="utf-8") as f:
        f.write(dump(truth))
    print("wrote", path)


def cmd_check(documents, truth_for):
    bad = 0
    for name in documents:
        path = os.path.join(CORPUS, name + ".truth.json")
        if not os.path.exists(path):
            print("%s: no truth file" % name)
            bad += 1
            continue
        with open(path, encoding="utf-8") as f:
            have = json.load(f)
        want, problems, _ = truth_for(name)
        for p in problems:
            print("%s: %s" % (name, p))
        bad += len(problems)
        if have != want:
            bad += 1
            a, b = dump(have).splitlines(), dump(want).splitlines()
            print("%s: truth differs from content + PDF:" % name)
            for line in list(difflib.unified_diff(a, b, "truth", "now", lineterm="", n=1))[:40]:
                print("   ", line)
        else:
            print("%s: truth matches" % name)
    return 1 if bad else 0


def run(argv, documents, truth_for, write):
    """The command line of a script whose documents are `documents` (names, in order);
    write(name) writes a document's source and returns its path."""
    script = os.path.basename(argv[0])
    if argv[1:2] == ["--check"]:
        return cmd_check(documents, truth_for)
    if argv[1:2] == ["--truth"]:
        for name in argv[2:]:
            cmd_truth(name, truth_for)
        return 0
    if argv[1:2] == ["--names"]:
        print("\n".join(documents))
        return 0
    for name in argv[1:]:
        if name not in documents:
            print("%s: no document %r" % (script, name), file=sys.stderr)
            return 2
    for name in argv[1:] or documents:
        print("wrote", write(name))
    return 0


def main(argv, producers, writers, truth_for):
    """run() for a script whose documents are content files: `writers` maps a producer
    to (source extension, function(name, doc) -> text)."""
    def write(name):
        doc = load(name)
        ext, fn = writers[doc["producer"]]
        return write_text(name, ext, fn(name, doc))
    return run(argv, names(producers), truth_for, write)
