#!/usr/bin/env python3
"""Writes small hand-made PDFs that each provoke one hard case (standard library only).

    python3 tests/data/make_fixtures.py      # rewrites the fixtures beside this script
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def make_pdf(name, pages, box=(0, 0, 595, 842), broken_xref=False):
    """Writes a PDF whose pages have the given content streams (Helvetica as F1, bold as F2)."""
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    page_ids, content_ids = [], []
    for content in pages:
        data = content.encode("latin-1")
        content_ids.append(add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"))
        page_ids.append(add(None))
    pages_id = add(None)
    for pid, cid in zip(page_ids, content_ids):
        objs[pid - 1] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [%g %g %g %g] "
                         b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                         % (pages_id, *box, font, bold, cid))
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids)
                          + b"] /Count %d >>" % len(page_ids))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % (offset + (7 if broken_xref else 0))
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, xref)
    (HERE / name).write_bytes(bytes(out))


def text(x, y, s, size=10, font="F1"):
    return "BT /%s %g Tf %g %g Td (%s) Tj ET\n" % (font, size, x, y, s)


def line(x0, y0, x1, y1):
    return "%g %g m %g %g l S\n" % (x0, y0, x1, y1)


def grid(xs, ys):
    return "0.5 w\n" + "".join(line(x, ys[0], x, ys[-1]) for x in xs) + "".join(
        line(xs[0], y, xs[-1], y) for y in ys)


XS = [40, 80, 260, 440, 555]
HEADER = ["No.", "Recommendation", "Action", "Notes"]


def row(y, cells, font="F1"):
    return "".join(text(x + 4, y, c, font=font) for x, c in zip(XS, cells) if c)


# Every word printed twice 0.3pt apart: fake bold, as some exports draw it.
def fake_bold(s):
    return s + s.replace(" Td ", " Td 0.3 0 Td ", 1) if False else s


def twice(content):
    shifted = content.replace("Td (", "Td 0.3 0 Td (")
    return content + shifted


table = grid(XS, [700, 740, 780, 800]) + row(786, HEADER, "F2") + row(756, ["1", "Review the policy", "Agreed", "March 2025"])
make_pdf("fakebold.pdf", [grid(XS, [700, 740, 780, 800]) + twice(row(786, HEADER, "F2") + row(756, ["1", "Review the policy", "Agreed", "March 2025"]))])

# Two unknown columns with the same header.
dupe = grid([40, 80, 220, 360, 460, 555], [700, 740, 780])
dupe += "".join(text(x + 4, 766, c, font="F2") for x, c in zip([40, 80, 220, 360, 460], ["No.", "Recommendation", "Action", "Notes", "Notes"]))
dupe += "".join(text(x + 4, 726, c) for x, c in zip([40, 80, 220, 360, 460], ["1", "Review it", "Agreed", "first note", "second note"]))
make_pdf("dupe.pdf", [dupe])

# A banner row across the table above its header row.
banner = "0.5 w\n" + line(40, 820, 555, 820) + line(40, 800, 555, 800) + line(40, 780, 555, 780) + line(40, 750, 555, 750)
banner += line(40, 750, 40, 820) + line(555, 750, 555, 820) + "".join(line(x, 750, x, 800) for x in XS[1:-1])
banner += text(44, 806, "Priority 1: Governance", font="F2") + row(786, HEADER, "F2") + row(760, ["1", "Review it", "Agreed", "ok"])
make_pdf("banner.pdf", [banner])

# The column lines start 2.5pt above the header row's top line, which is missing over the
# first column: the first header cell begins in a band too thin for text.
thin = "0.5 w\n" + "".join(line(x, 700, x, 802.5) for x in XS) + line(80, 800, 555, 800)
thin += line(40, 780, 555, 780) + line(40, 740, 555, 740) + line(40, 700, 555, 700)
thin += row(786, ["Ref", "Recommendation", "Action", "Owner"], "F2") + row(756, ["1", "Review it", "Agreed", "Jo Bloggs"])
make_pdf("thin.pdf", [thin])

# Many unknown operators on page 1, a few on page 2: Poppler complains on both.
make_pdf("complaints.pdf", [text(50, 800, "Page one") + "foo\n" * 25, text(50, 800, "Page two") + "bar\n" * 5])

# A cross-reference table whose offsets are all 7 bytes out: Poppler reconstructs it.
make_pdf("reconstruct.pdf", [text(50, 800, "Hello")], broken_xref=True)

# A dense grid of 1200 x 1200 lines over one page: must be read quickly, not cubically.
n, step = 1200, 4.0
dense = "0.1 w\n" + "".join(line(20, 20 + i * step, 20 + n * step, 20 + i * step) + line(20 + i * step, 20, 20 + i * step, 20 + n * step) for i in range(n + 1))
make_pdf("dense-grid.pdf", [dense + text(25, 25, "x")], box=(0, 0, n * step + 40, n * step + 40))


def make_nested_forms(name, depth, fanout):
    """A page drawing a form that draws the next form `fanout` times, `depth` levels deep:
    fanout ** depth rectangles from a file of a few kilobytes, more than any reader finishes."""
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    leaf = b"0 0 1 1 re f"
    previous = add(b"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length %d >>\nstream\n"
                   % len(leaf) + leaf + b"\nendstream")
    for _ in range(depth):
        body = b" ".join(b"q 1 0 0 1 0 0 cm /X Do Q" for _ in range(fanout))
        previous = add(b"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] "
                       b"/Resources << /XObject << /X %d 0 R >> >> /Length %d >>\nstream\n"
                       % (previous, len(body)) + body + b"\nendstream")
    content = b"BT /F1 12 Tf 72 720 Td (Nested forms) Tj ET /X Do"
    content_id = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    page_id = len(objs) + 1
    pages_id = page_id + 1
    add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> "
        b"/XObject << /X %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, font, previous, content_id))
    add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page_id)
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, xref)
    (HERE / name).write_bytes(bytes(out))


# Ten to the ninth rectangles: a page that never finishes unless cut short.
make_nested_forms("nested-forms.pdf", depth=9, fanout=10)


# Plans over two pages with something above them. PLAN_XS: five ruled columns.
PLAN_XS = [40, 80, 240, 380, 470, 555]
PLAN_HEADER = ["No.", "Recommendation", "Proposed action", "Lead officer", "Deadline"]


def plan(top, rows, header=True, xs=PLAN_XS):
    """A ruled table from `top` down, 30pt a row; returns its content and its bottom."""
    all_rows = ([PLAN_HEADER] if header else []) + rows
    ys = [top - 30 * i for i in range(len(all_rows) + 1)]
    content = grid(xs, ys[::-1])
    for i, cells in enumerate(all_rows):
        for x, cell in zip(xs, cells):
            if cell:
                content += text(x + 4, ys[i] - 18, cell, 9, "F2" if header and i == 0 else "F1")
    return content, ys[-1]


def plan_rows(first, last):
    return [[str(n), "Recommendation %d" % n, "Action %d" % n, "Officer %d" % n, "March 2025"]
            for n in range(first, last)]


# A summary box and a title above the plan on page 1; the title again above its rest on
# page 2, with no header: the rest joins the plan.
box, bottom = plan(780, [["Priority", "Owner", "RAG"], ["Health", "DPH", "Green"]], header=False,
                   xs=[40, 200, 400, 555])
first, _ = plan(bottom - 40, plan_rows(1, 18))
second, _ = plan(760, plan_rows(18, 22), header=False)
make_pdf("title-over-both-parts.pdf",
         [box + text(40, bottom - 25, "Action plan", 12, "F2") + first,
          text(40, 780, "Action plan", 12, "F2") + second])

# A five-column TOTAL box above the plan on both pages, as wide as the plan: the plan's rest
# joins the plan, not the box.
box1, bottom = plan(780, [["Total", "12", "3", "4", "5"]], header=False)
first, _ = plan(bottom - 20, plan_rows(1, 20))
box2, bottom = plan(780, [["Total", "12", "3", "4", "5"]], header=False)
second, _ = plan(bottom - 20, plan_rows(20, 24), header=False)
make_pdf("box-over-both-parts.pdf", [box1 + first, box2 + second])

# A plan whose RAG column shows its ratings by colour: red, amber, green and blue cells
# without a word, a green cell whose word says Amber (the word wins), a grey cell, and a
# cell with no fill. Rows are striped pale grey behind, as Word's banded rows are.
RAG_XS = [40, 80, 260, 400, 480, 555]
RAG_FILLS = [(0.9, 0.1, 0.1), (1, 0.75, 0), (0, 0.69, 0.31), (0.2, 0.4, 0.9), (0, 0.69, 0.31),
             (0.6, 0.6, 0.6), None]
rag_rows = [[str(n + 1), "Recommendation %d" % (n + 1), "Officer %d" % (n + 1), "March 2025",
             "Amber" if n == 4 else ""] for n in range(len(RAG_FILLS))]
top = 780
ys = [top - 30 * i for i in range(len(rag_rows) + 2)]
fills = ""
for i, rgb in enumerate(RAG_FILLS):
    y_top, y_bottom = ys[i + 1], ys[i + 2]
    if i % 2 == 0:  # the row's stripe, painted first
        fills += "0.95 0.95 0.95 rg %g %g %g %g re f\n" % (RAG_XS[0], y_bottom, RAG_XS[-1] - RAG_XS[0],
                                                         y_top - y_bottom)
    if rgb:
        fills += "%g %g %g rg %g %g %g %g re f\n" % (*rgb, RAG_XS[4], y_bottom, RAG_XS[5] - RAG_XS[4],
                                                   y_top - y_bottom)
rag_table = fills + "0 g\n" + grid(RAG_XS, ys[::-1])
for i, cells in enumerate([["No.", "Recommendation", "Lead officer", "Deadline", "RAG"]] + rag_rows):
    for x, cell in zip(RAG_XS, cells):
        if cell:
            rag_table += text(x + 4, ys[i] - 18, cell, 9, "F2" if i == 0 else "F1")
make_pdf("rag-colours.pdf", [rag_table])
