#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets (standard library only).

    python3 tests/fuzz/make_seeds.py     # rewrites seeds/pages and seeds/fields

seeds/pages holds plans drawn in fuzz_pages.cpp's commands: a ruled plan over two pages
with a running header, and the same plan unruled. The vocabulary is read from
fuzz_pages.cpp, so a word's number here is its number there. seeds/fields holds cell texts
from every field, taken from tests/data/real_texts.json and a few made up.
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
source = (HERE / "fuzz_pages.cpp").read_text(encoding="utf-8")
block = source[source.index("vocabulary = {"):source.index("};", source.index("vocabulary = {"))]
VOCABULARY = re.findall(r'"((?:[^"\\]|\\.)*)"', block)


def position(points):
    """The two bytes byte_reader::position reads for a point on its 6-point grid."""
    p = int(points) + 6
    return bytes([p // 6, p % 6])


def word(text, x, y, size=10):
    return bytes([0, VOCABULARY.index(text), size - 6]) + position(x) + position(y)


def rule(x, y, length, down):
    return bytes([4]) + position(x) + position(y) + bytes([1 if down else 0]) + position(length)


def page(commands):
    return bytes([0]) + b"".join(commands) + bytes([7])


COLUMNS = [40, 80, 250, 400, 500]
HEADER = [["No."], ["Recommendation"], ["Action"], ["Lead", "officer"], ["Deadline"]]
ROWS = [[["1"], ["Review", "the", "policy"], ["Action"], ["Head", "of"], ["31", "March", "2025"]],
        [["2"], ["Review", "the", "report"], ["Cabinet"], ["Director"], ["Q2", "2024/25"]]]


def cells(texts, y):
    out = []
    for x, words in zip(COLUMNS, texts):
        for i, w in enumerate(words):
            out.append(word(w, x + 4 + 40 * i, y))
    return out


def plan(ruled, first_row_y=120):
    commands = [word("SPOTLIGHT", 40, 36), word("APPENDIX", 120, 36)]
    commands += cells(HEADER, first_row_y - 30)
    for i, row in enumerate(ROWS):
        commands += cells(row, first_row_y + 30 * i)
    if ruled:
        top, bottom = first_row_y - 42, first_row_y + 30 * len(ROWS)
        for y in range(top, bottom + 1, 30):
            commands.append(rule(COLUMNS[0], y, 515, False))
        for x in COLUMNS + [555]:
            commands.append(rule(x, top, bottom - top, True))
    commands.append(word("Page", 280, 810))
    return commands


def main():
    for name, ruled in (("ruled", True), ("unruled", False)):
        data = bytes([1]) + page(plan(ruled)) + page(plan(ruled, 150))
        (HERE / "seeds" / "pages" / f"{name}-plan.bin").write_bytes(data)
    texts = json.loads((HERE.parent / "data" / "real_texts.json").read_text(encoding="utf-8"))
    samples = [e["text"] for kind in ("deadlines", "officers") for e in texts[kind]][::6]
    samples += ["Partially accepted - see note", "Amber/Green", "G - on track", "(iii)",
                "Rec 3 ", "recom-\nmendation", "\u05de\u05d0\u05d9 2025", "\ufffd\x01\ue000"]
    for i, text in enumerate(samples):
        (HERE / "seeds" / "fields" / f"{i:02d}.txt").write_text(text, encoding="utf-8")


main()
