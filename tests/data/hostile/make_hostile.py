#!/usr/bin/env python3
"""Writes a catalogue of hostile PDFs beside this script (standard library only): fonts that
hide their text, right-to-left text, degenerate pages and geometry, loops, and sizes that
strain Poppler. README.md says what each holds and what extract-plan does with it.

    python3 tests/data/hostile/make_hostile.py      # rewrites the PDFs beside this script

The font files are cut from DejaVu Sans (Debian's fonts-dejavu-core); the output is the same
bytes on every run with the same font file and zlib.
"""
import pathlib
import struct
import zlib

HERE = pathlib.Path(__file__).resolve().parent
DEJAVU = pathlib.Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


# ---------------------------------------------------------------------------------------------
# A raw PDF writer: objects numbered in the order added.

class Pdf:
    """Objects added one by one (None reserves a number for later); `write` lays them out with
    a cross-reference table, or packs every non-stream object into one compressed object
    stream with a cross-reference stream (PDF 1.5), which keeps thousands of pages small."""

    def __init__(self):
        self.objs = []

    def add(self, body=None):
        self.objs.append(body)
        return len(self.objs)

    def set(self, number, body):
        self.objs[number - 1] = body

    def stream(self, data, extra=b"", compress=None):
        if isinstance(data, str):
            data = data.encode("latin-1")
        # Small streams stay readable in the file; big ones are deflated.
        if compress or (compress is None and len(data) > 4000):
            data = zlib.compress(data, 9)
            extra += b" /Filter /FlateDecode"
        return self.add(b"<<%s /Length %d >>\nstream\n" % (extra, len(data)) + data + b"\nendstream")

    def write(self, name, root, objstm=False):
        if objstm:
            out = self._packed(root)
        else:
            out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
            offsets = []
            for i, body in enumerate(self.objs):
                offsets.append(len(out))
                out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
            xref = len(out)
            out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1)
            for offset in offsets:
                out += b"%010d 00000 n \n" % offset
            out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
                len(self.objs) + 1, root, xref)
        (HERE / name).write_bytes(bytes(out))
        return len(out)

    def _packed(self, root):
        packed = [i for i, body in enumerate(self.objs, 1) if not body.rstrip().endswith(b"endstream")]
        heads, bodies = [], bytearray()
        for num in packed:
            heads.append(b"%d %d" % (num, len(bodies)))
            bodies += self.objs[num - 1] + b"\n"
        index = b" ".join(heads) + b"\n"
        objstm_num = len(self.objs) + 1
        xref_num = objstm_num + 1
        data = zlib.compress(index + bytes(bodies), 9)
        objstm = (b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
                  % (len(packed), len(index), len(data)) + data + b"\nendstream")
        out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
        where = {}
        for num, body in enumerate(self.objs + [objstm], 1):
            if num in packed:
                continue
            where[num] = len(out)
            out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
        slot = {num: i for i, num in enumerate(packed)}
        rows = [struct.pack(">BIH", 0, 0, 65535)]
        for num in range(1, xref_num):
            rows.append(struct.pack(">BIH", 2, objstm_num, slot[num]) if num in slot
                        else struct.pack(">BIH", 1, where[num], 0))
        rows.append(struct.pack(">BIH", 1, len(out), 0))
        data = zlib.compress(b"".join(rows), 9)
        xref = len(out)
        out += (b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %d 0 R /Filter /FlateDecode "
                b"/Length %d >>\nstream\n" % (xref_num, xref_num + 1, root, len(data)) + data
                + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref)
        return out


def pages_of(pdf, specs):
    """Adds a page tree: `specs` are (contents, resources, mediabox) with contents an object
    number or a list of them; returns the catalog's number."""
    pages_id = pdf.add()
    kids = []
    for contents, resources, box in specs:
        refs = contents if isinstance(contents, list) else [contents]
        kids.append(pdf.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [%s] /Resources %s /Contents [%s] >>"
                            % (pages_id, b" ".join(num(v).encode() for v in box), resources,
                               b" ".join(b"%d 0 R" % r for r in refs))))
    pdf.set(pages_id, b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
            + b"] /Count %d >>" % len(kids))
    return pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)


def helvetica(pdf):
    """Helvetica as F1, its bold as F2: the resources dictionary."""
    f1 = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    return b"<< /Font << /F1 %d 0 R /F2 %d 0 R >> >>" % (f1, f2)


def simple_pdf(name, contents, box=(0, 0, 595, 842)):
    """One page per content string, in Helvetica."""
    pdf = Pdf()
    resources = helvetica(pdf)
    specs = [(pdf.stream(c), resources, box) for c in contents]
    return pdf.write(name, pages_of(pdf, specs))


def num(v):
    """A number as PDF writes it: no exponent, no trailing zeros, no -0."""
    if isinstance(v, int):
        return "%d" % v
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text(x, y, s, size=9, font="F1"):
    return "BT /%s %s Tf %s %s Td (%s) Tj ET\n" % (font, num(size), num(x), num(y), esc(s))


def line(x0, y0, x1, y1):
    return "%s %s m %s %s l S\n" % (num(x0), num(y0), num(x1), num(y1))


def grid(xs, ys):
    return "0.5 w\n" + "".join(line(x, ys[0], x, ys[-1]) for x in xs) + "".join(
        line(xs[0], y, xs[-1], y) for y in ys)


# The plan every font case prints: a header row and three rows in a ruled grid.
XS = [40, 80, 240, 380, 470, 555]
HEADER = ["No.", "Recommendation", "Action", "Lead officer", "Deadline"]
ROWS = [["1", "Review the policy", "Draft a new policy", "Jo Bloggs", "March 2025"],
        ["2", "Train all staff", "Run four sessions", "Sam Patel", "June 2025"],
        ["3", "Report progress", "Report to committee", "Ann Hughes", "31 July 2025"]]


def table(rows, show, top=780, xs=XS, height=30):
    """A ruled grid from `top` down, a row per entry of `rows`; `show(x, y, text, bold)` sets
    each cell's text (the first row is the header, in bold where the font has one)."""
    ys = [top - height * i for i in range(len(rows) + 1)]
    out = grid(xs, ys[::-1])
    for i, cells in enumerate(rows):
        for x, cell in zip(xs, cells):
            if cell:
                out += show(x + 4, ys[i] - 18, cell, i == 0)
    return out


def show_helvetica(x, y, s, bold):
    return text(x, y, s, 9, "F2" if bold else "F1")


PLAN = table([HEADER] + ROWS, show_helvetica)


# ---------------------------------------------------------------------------------------------
# Just enough TrueType: glyph ids, widths, outlines, and a subset small enough to embed.

def u16(b, at):
    return struct.unpack_from(">H", b, at)[0]


def s16(b, at):
    return struct.unpack_from(">h", b, at)[0]


class TrueType:
    def __init__(self, path):
        data = path.read_bytes()
        self.tables = {}
        for i in range(u16(data, 4)):
            tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            self.tables[tag.decode("latin-1")] = data[offset:offset + length]
        head = self.tables["head"]
        self.units = u16(head, 18)
        self.bbox = struct.unpack_from(">4h", head, 36)
        count = u16(self.tables["maxp"], 4)
        metrics = u16(self.tables["hhea"], 34)
        hmtx = self.tables["hmtx"]
        advances = [u16(hmtx, 4 * i) for i in range(metrics)]
        self.advance = advances + [advances[-1]] * (count - metrics)
        loca = self.tables["loca"]
        if s16(head, 50):
            offsets = struct.unpack_from(">%dI" % (count + 1), loca)
        else:
            offsets = [2 * o for o in struct.unpack_from(">%dH" % (count + 1), loca)]
        glyf = self.tables["glyf"]
        self.glyphs = [glyf[offsets[i]:offsets[i + 1]] for i in range(count)]
        self.cmap = self._unicode_cmap()

    def _unicode_cmap(self):
        """The (3,1) format 4 subtable: code point -> glyph id."""
        cmap = self.tables["cmap"]
        for i in range(u16(cmap, 2)):
            platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * i)
            if (platform, encoding) == (3, 1) and u16(cmap, offset) == 4:
                break
        else:
            raise SystemExit("%s: no (3,1) format 4 cmap" % DEJAVU)
        segs = u16(cmap, offset + 6) // 2
        ends, starts = offset + 14, offset + 16 + 2 * segs
        deltas, ranges = starts + 2 * segs, starts + 4 * segs
        result = {}
        for s in range(segs):
            start, end = u16(cmap, starts + 2 * s), u16(cmap, ends + 2 * s)
            delta, range_offset = u16(cmap, deltas + 2 * s), u16(cmap, ranges + 2 * s)
            for c in range(start, min(end, 0xFFFE) + 1):
                if range_offset == 0:
                    gid = (c + delta) & 0xFFFF
                else:
                    gid = u16(cmap, ranges + 2 * s + range_offset + 2 * (c - start))
                    gid = (gid + delta) & 0xFFFF if gid else 0
                if gid:
                    result[c] = gid
        return result

    def gid(self, ch):
        return self.cmap[ord(ch)]

    def components(self, gid):
        """The glyph ids a composite glyph is built of."""
        g = self.glyphs[gid]
        if not g or s16(g, 0) >= 0:
            return []
        found, at = [], 10
        while True:
            flags = u16(g, at)
            found.append(u16(g, at + 2))
            at += 8 if flags & 1 else 6
            at += 2 if flags & 8 else 4 if flags & 0x40 else 8 if flags & 0x80 else 0
            if not flags & 0x20:
                return found

    def outline(self, gid, dx=0, dy=0):
        """The glyph as a PDF path in font units (quadratic curves made cubic), to fill with f."""
        g = self.glyphs[gid]
        if not g:
            return ""
        contours = s16(g, 0)
        if contours < 0:
            out, at = "", 10
            while True:
                flags, component = u16(g, at), u16(g, at + 2)
                a, b = struct.unpack_from(">hh" if flags & 1 else ">bb", g, at + 4)
                # Only placed components: DejaVu's Latin letters need no scaled ones.
                assert flags & 2 and not flags & 0xC8, "scaled component in glyph %d" % gid
                out += self.outline(component, dx + a, dy + b)
                at += 8 if flags & 1 else 6
                if not flags & 0x20:
                    return out
        ends = struct.unpack_from(">%dH" % contours, g, 10)
        at = 10 + 2 * contours
        at += 2 + u16(g, at)
        points = ends[-1] + 1
        flags = []
        while len(flags) < points:
            f = g[at]
            at += 1
            flags.append(f)
            if f & 8:
                flags.extend([f] * g[at])
                at += 1
        coords = []
        for short, same in ((2, 0x10), (4, 0x20)):
            v, vs = 0, []
            for f in flags:
                if f & short:
                    v += g[at] if f & same else -g[at]
                    at += 1
                elif not f & same:
                    v += s16(g, at)
                    at += 2
                vs.append(v)
            coords.append(vs)
        pts = [(x + dx, y + dy, f & 1) for x, y, f in zip(coords[0], coords[1], flags)]
        out, start = [], 0
        for end in ends:
            out.append(contour_path(pts[start:end + 1]))
            start = end + 1
        return "".join(out)

    def subset(self, gids, cmap):
        """A font file with only these glyphs (and their components), each at its own id so
        no renumbering is needed, the given cmap table, and no layout or name tables."""
        keep, todo = {0}, list(gids)
        while todo:
            gid = todo.pop()
            if gid not in keep:
                keep.add(gid)
                todo.extend(self.components(gid))
        glyf, loca = bytearray(), []
        for gid, g in enumerate(self.glyphs):
            loca.append(len(glyf))
            if gid in keep:
                glyf += g + b"\0" * (-len(g) % 4)
        loca.append(len(glyf))
        head = bytearray(self.tables["head"])
        head[8:12] = b"\0\0\0\0"  # checkSumAdjustment: no reader checks it
        head[50:52] = struct.pack(">h", 1)  # long loca
        tables = {name: self.tables[name] for name in ("OS/2", "cvt ", "fpgm", "gasp", "hhea",
                                                       "hmtx", "maxp", "prep")}
        tables.update({"cmap": cmap, "glyf": bytes(glyf), "head": bytes(head),
                       "loca": struct.pack(">%dI" % len(loca), *loca),
                       "post": b"\0\3\0\0" + self.tables["post"][4:32]})  # format 3: no names
        return sfnt(tables)


def contour_path(pts):
    """One closed TrueType contour (x, y, on-curve) as m/l/c operators."""
    if not any(on for _, _, on in pts):
        pts = [((pts[0][0] + pts[1][0]) / 2, (pts[0][1] + pts[1][1]) / 2, 1)] + pts[1:] + pts[:1]
    first = next(i for i, p in enumerate(pts) if p[2])
    pts = pts[first:] + pts[:first]
    x0, y0 = pts[0][0], pts[0][1]
    out = ["%s %s m" % (num(x0), num(y0))]
    control = None
    for x, y, on in pts[1:] + pts[:1]:
        if on and control is None:
            out.append("%s %s l" % (num(x), num(y)))
        elif on:
            out.append(quad(x0, y0, control, x, y))
            control = None
        elif control is None:
            control = (x, y)
            continue
        else:  # two off-curve points in a row: the on-curve point between them is implied
            mx, my = (control[0] + x) / 2, (control[1] + y) / 2
            out.append(quad(x0, y0, control, mx, my))
            x, y, control = mx, my, (x, y)
        x0, y0 = x, y
    return " ".join(out) + " h\n"


def quad(x0, y0, c, x1, y1):
    return "%s %s %s %s %s %s c" % (num(x0 + 2 * (c[0] - x0) / 3), num(y0 + 2 * (c[1] - y0) / 3),
                                    num(x1 + 2 * (c[0] - x1) / 3), num(y1 + 2 * (c[1] - y1) / 3),
                                    num(x1), num(y1))


def sfnt(tables):
    tags = sorted(tables)
    selector = len(tags).bit_length() - 1
    search = 16 << selector
    out = bytearray(struct.pack(">IHHHH", 0x00010000, len(tags), search, selector, 16 * len(tags) - search))
    body = bytearray()
    at = 12 + 16 * len(tags)
    for tag in tags:
        data = tables[tag] + b"\0" * (-len(tables[tag]) % 4)
        checksum = sum(struct.unpack(">%dI" % (len(data) // 4), data)) & 0xFFFFFFFF
        out += struct.pack(">4sIII", tag.encode("latin-1"), checksum, at + len(body), len(tables[tag]))
        body += data
    return bytes(out + body)


def byte_cmap(codes):
    """A (1,0) format 0 cmap: byte code -> glyph id (the rest to .notdef)."""
    ids = bytearray(256)
    for code, gid in codes.items():
        assert gid < 256, gid
        ids[code] = gid
    return struct.pack(">HHHHIHHH", 0, 1, 1, 0, 12, 0, 262, 0) + bytes(ids)


def widths_1000(font, gids):
    return {g: round(font.advance[g] * 1000 / font.units) for g in gids}


def descriptor(pdf, font, name, flags, data):
    """A FontDescriptor with the TrueType program embedded (compressed); the metrics are
    DejaVu Sans's."""
    program = pdf.stream(data, b" /Length1 %d" % len(data), compress=True)
    scale = 1000 / font.units
    return pdf.add(b"<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%s] /ItalicAngle 0 "
                   b"/Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>"
                   % (name, flags, " ".join(num(round(v * scale)) for v in font.bbox).encode(),
                      program))


def cid_font(pdf, font, gids, to_unicode=None):
    """A Type0 font, Identity-H over a CIDFontType2 whose CIDs are the glyph ids; with a
    ToUnicode CMap when `to_unicode` (glyph id -> text) is given."""
    name = b"HOSTIL+DejaVuSans"
    # Flag 32, nonsymbolic; the font's own cmap maps nothing, so it tells no reader a letter.
    desc = descriptor(pdf, font, name, 32, font.subset(gids, byte_cmap({})))
    widths = widths_1000(font, gids)
    w = b" ".join(b"%d [%d]" % (g, widths[g]) for g in sorted(widths))
    cid = pdf.add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry "
                  b"(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 "
                  b"/W [%s] /CIDToGIDMap /Identity >>" % (name, desc, w))
    extra = b""
    if to_unicode:
        extra = b" /ToUnicode %d 0 R" % pdf.stream(unicode_cmap(to_unicode))
    return pdf.add(b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
                   b"/DescendantFonts [%d 0 R]%s >>" % (name, cid, extra))


def unicode_cmap(mapping):
    """A ToUnicode CMap for two-byte codes; bfchar blocks hold at most 100 entries."""
    items = sorted(mapping.items())
    out = ["/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"]
    for i in range(0, len(items), 100):
        block = items[i:i + 100]
        out.append("%d beginbfchar\n" % len(block))
        out += ["<%04X> <%s>\n" % (code, "".join("%04X" % ord(c) for c in s)) for code, s in block]
        out.append("endbfchar\n")
    out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    return "".join(out)


def chars_of(rows):
    """Every character the rows use, in order of first use."""
    seen = []
    for cells in rows:
        for c in "".join(cells):
            if c not in seen:
                seen.append(c)
    return seen


def hex_show(codes, two_bytes=False):
    """A `show` for table(): each character's code (a dict) as a hex string, size 9."""
    def show(x, y, s, bold):
        digits = "".join(("%04X" if two_bytes else "%02X") % codes[c] for c in s)
        return "BT /F1 9 Tf %s %s Td <%s> Tj ET\n" % (num(x), num(y), digits)
    return show


def font_pdf(name, font_obj, show):
    """The plan on one page in the font `font_obj` made (a callable taking the Pdf)."""
    pdf = Pdf()
    font = font_obj(pdf)
    content = pdf.stream(table([HEADER] + ROWS, show))
    page = (content, b"<< /Font << /F1 %d 0 R >> >>" % font, (0, 0, 595, 842))
    return pdf.write(name, pages_of(pdf, [page]))


# ---------------------------------------------------------------------------------------------
# 1-4. Fonts that hide their text.

# Standard glyph names (the Adobe Glyph List's) for the plan's punctuation and digits.
NAMES = {" ": "space", ".": "period", ",": "comma", "-": "hyphen", "0": "zero", "1": "one",
         "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
         "8": "eight", "9": "nine"}


def type3_font(ttf, named):
    """A Type3 font drawing DejaVu's outlines, as matplotlib and some report writers make
    them. Codes run 1, 2, ... in order of first use, so the codes themselves say nothing; the
    glyph names (standard ones, or /g1, /g2 ...) are all a reader has: no ToUnicode."""
    chars = chars_of([HEADER] + ROWS)
    codes = {c: i + 1 for i, c in enumerate(chars)}

    def make(pdf):
        names = [NAMES.get(c, c) if named else "g%d" % codes[c] for c in chars]
        procs = []
        for c, glyph_name in zip(chars, names):
            gid = ttf.gid(c)
            g = ttf.glyphs[gid]
            box = struct.unpack_from(">4h", g, 2) if g else (0, 0, 0, 0)
            body = "%d 0 %d %d %d %d d1\n" % ((ttf.advance[gid],) + box) + ttf.outline(gid) + "f\n"
            procs.append("/%s %d 0 R" % (glyph_name, pdf.stream(body, compress=True)))
        return pdf.add(("<< /Type /Font /Subtype /Type3 /FontBBox [%s] /FontMatrix [%s 0 0 %s 0 0] "
                        "/CharProcs << %s >> /Encoding << /Type /Encoding /Differences [1 %s] >> "
                        "/FirstChar 1 /LastChar %d /Widths [%s] /Resources << >> >>"
                        % (" ".join(map(str, ttf.bbox)), repr(1 / ttf.units), repr(1 / ttf.units),
                           " ".join(procs), " ".join("/" + n for n in names), len(chars),
                           " ".join(str(ttf.advance[ttf.gid(c)]) for c in chars))).encode())
    return make, hex_show(codes)


def cid_no_tounicode(ttf):
    """Identity-H with no ToUnicode: the codes are glyph ids, which Poppler takes for
    Unicode (glyph 68, 'a', comes out as 'D')."""
    chars = chars_of([HEADER] + ROWS)
    codes = {c: ttf.gid(c) for c in chars}
    return (lambda pdf: cid_font(pdf, ttf, sorted(codes.values()))), hex_show(codes, two_bytes=True)


def simple_symbolic(ttf):
    """A simple TrueType font flagged symbolic, with no /Encoding and no ToUnicode: codes 1, 2
    ... reach their glyphs through the font's own (1,0) cmap, which names no character."""
    chars = chars_of([HEADER] + ROWS)
    codes = {c: i + 1 for i, c in enumerate(chars)}
    gids = {codes[c]: ttf.gid(c) for c in chars}

    def make(pdf):
        name = b"HOSTIL+DejaVuSans"
        desc = descriptor(pdf, ttf, name, 4, ttf.subset(gids.values(), byte_cmap(gids)))  # 4: symbolic
        widths = widths_1000(ttf, gids.values())
        return pdf.add(b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 1 /LastChar %d "
                       b"/Widths [%s] /FontDescriptor %d 0 R >>"
                       % (name, len(chars), b" ".join(b"%d" % widths[gids[i + 1]] for i in range(len(chars))),
                          desc))
    return make, hex_show(codes)


# ---------------------------------------------------------------------------------------------
# 5. Right-to-left text in visual order.

# Arabic letters' presentation forms (isolated, final, initial, medial); two-form letters
# join only to the letter before them.
ARABIC_FORMS = {
    "\u0627": (0xFE8D, 0xFE8E), "\u0628": (0xFE8F, 0xFE90, 0xFE91, 0xFE92),
    "\u0629": (0xFE93, 0xFE94), "\u062E": (0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8),
    "\u0631": (0xFEAD, 0xFEAE), "\u0633": (0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4),
    "\u0637": (0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4), "\u0639": (0xFEC9, 0xFECA, 0xFECB, 0xFECC),
    "\u0644": (0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0), "\u0645": (0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4),
    "\u064A": (0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4),
}


def is_rtl(c):
    return "\u0590" <= c <= "\u06FF"


def shape(s):
    """Arabic letters as the glyphs a word processor draws, each paired with its letter:
    [(glyph character, logical character)]."""
    out = []
    for i, c in enumerate(s):
        forms = ARABIC_FORMS.get(c)
        if not forms:
            out.append((c, c))
            continue
        before = ARABIC_FORMS.get(s[i - 1]) if i else None
        joins_before = before is not None and len(before) == 4
        joins_after = len(forms) == 4 and i + 1 < len(s) and s[i + 1] in ARABIC_FORMS
        form = (3 if joins_after else 1) if joins_before else (2 if joins_after else 0)
        out.append((chr(forms[form]), c))
    return out


def visual(s):
    """The order a bidi-aware word processor draws a one-line cell in, left to right: a cell
    that starts right-to-left reads from the right (numbers and Latin words inside keep their
    own order); a left-to-right cell reverses only its right-to-left runs."""
    glyphs = shape(s)

    def runs(items, rtl):
        # Maximal runs of one direction; a space inside a run goes with it, a space between
        # runs takes the cell's direction.
        out = []
        for g in items:
            d = is_rtl(g[1]) if g[1] != " " else None
            if out and (d is None or d == out[-1][0]):
                out[-1][1].append(g)
            else:
                out.append([d if d is not None else rtl, [g]])
        split = []
        for d, items in out:
            core = len(items)
            while core and items[core - 1][1] == " ":
                core -= 1
            split += [[d, items[:core]], [rtl, items[core:]]]
        return [r for r in split if r[1]]

    pieces = runs(glyphs, is_rtl(s[0]))
    if is_rtl(s[0]):
        pieces = pieces[::-1]
    drawn = []
    for rtl, items in pieces:
        drawn += items[::-1] if rtl else items
    return drawn


RTL_XS = [40, 70, 220, 390, 470, 555]
RTL_ROWS = [["1", "Publish the plan in Hebrew", "תוכנית פעולה", "Jo Bloggs", "מרץ 2025"],
            ["2", "Publish the plan in Arabic", "خطة العمل", "Sam Patel", "مارس 2025"],
            ["3", "Translate the leaflets", "Leaflets in עברית and العربية", "Ann Hughes", "June 2025"]]


def rtl_pdf(name, ttf):
    """The plan with Hebrew and Arabic cells, in DejaVu Sans embedded as Identity-H with a
    ToUnicode CMap: glyph ids drawn in visual order, the CMap mapping each glyph to its letter
    (a presentation form to its base letter, as Word writes it)."""
    to_unicode = {}
    for cells in [HEADER] + RTL_ROWS:
        for cell in cells:
            for glyph, letter in visual(cell):
                to_unicode[ttf.gid(glyph)] = letter

    def show(x, y, s, bold):
        digits = "".join("%04X" % ttf.gid(glyph) for glyph, _ in visual(s))
        return "BT /F1 9 Tf %s %s Td <%s> Tj ET\n" % (num(x), num(y), digits)

    for cells in RTL_ROWS:  # every cell fits its column at 9pt
        for x0, x1, cell in zip(RTL_XS, RTL_XS[1:], cells):
            width = sum(ttf.advance[ttf.gid(g)] for g, _ in visual(cell)) * 9 / ttf.units
            assert width < x1 - x0 - 8, cell
    pdf = Pdf()
    font = cid_font(pdf, ttf, sorted(to_unicode), to_unicode)
    content = pdf.stream(table([HEADER] + RTL_ROWS, show, xs=RTL_XS))
    page = (content, b"<< /Font << /F1 %d 0 R >> >>" % font, (0, 0, 595, 842))
    return pdf.write(name, pages_of(pdf, [page]))


# ---------------------------------------------------------------------------------------------
# 8. Forms that loop, and forms nested deep.

def form(pdf, body, resources=b"", num_obj=None):
    data = body.encode("latin-1")
    obj = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources %s /Length %d >>"
           b"\nstream\n" % (resources or b"<< >>", len(data)) + data + b"\nendstream")
    if num_obj:
        pdf.set(num_obj, obj)
        return num_obj
    return pdf.add(obj)


def nested_forms_loop(name):
    """A form whose own /Resources name it, so it draws itself; and two forms that draw each
    other. Each draws a box and shrinks, so a reader that loops draws ever smaller boxes."""
    pdf = Pdf()
    resources = helvetica(pdf)
    self_loop, ping, pong = pdf.add(), pdf.add(), pdf.add()
    step = "0 0 100 100 re S q 0.9 0 0 0.9 5 5 cm /X Do Q"
    form(pdf, step, b"<< /XObject << /X %d 0 R >> >>" % self_loop, self_loop)
    form(pdf, step, b"<< /XObject << /X %d 0 R >> >>" % pong, ping)
    form(pdf, step, b"<< /XObject << /X %d 0 R >> >>" % ping, pong)
    content = (text(72, 800, "Forms that draw themselves", 12, "F2")
               + "q 1 0 0 1 72 300 cm /A Do Q q 1 0 0 1 300 300 cm /B Do Q\n"
               + table([HEADER] + ROWS, show_helvetica, top=760))
    forms = b"/XObject << /A %d 0 R /B %d 0 R >> >>" % (self_loop, ping)
    page = (pdf.stream(content), resources[:-2] + forms, (0, 0, 595, 842))
    return pdf.write(name, pages_of(pdf, [page]))


def nested_forms_deep(name, depth=100):
    """Forms nested `depth` deep, each drawing the next once; the innermost prints a line and
    the plan, so the records say whether a reader got to the bottom."""
    pdf = Pdf()
    resources = helvetica(pdf)
    bottom = text(72, 560, "Bottom of the forms", 12) + table([HEADER] + ROWS, show_helvetica, top=520)
    inner = form(pdf, bottom, resources)
    for _ in range(depth - 1):
        inner = form(pdf, "q /X Do Q", b"<< /XObject << /X %d 0 R >> >>" % inner)
    content = text(72, 800, "Forms nested %d deep" % depth, 12, "F2") + "/X Do\n"
    forms = b"/XObject << /X %d 0 R >> >>" % inner
    page = (pdf.stream(content), resources[:-2] + forms, (0, 0, 595, 842))
    return pdf.write(name, pages_of(pdf, [page]))


# ---------------------------------------------------------------------------------------------
# 12. Fifty thousand words.

def words(count):
    """`count` distinct made-up words, consonant-vowel syllables counted up like digits."""
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]  # 70
    out = []
    for i in range(count):
        w, n = "", i
        for _ in range(3):
            w = syllables[n % 70] + w
            n //= 70
        out.append(w)
    return out


def register(size, step, leading, count=50000, per_line=100):
    """Made-up words in lines of `per_line`, from the top left of the page down."""
    ws = words(count)
    top = 20 + leading * (count // per_line)
    content = ["BT /F1 %s Tf 20 %s Td\n" % (num(size), num(top))]
    for r in range(count // per_line):
        line_words = tuple(ws[r * per_line:(r + 1) * per_line])
        content.append(("(%s) Tj " + num(step) + " 0 Td ") * per_line % line_words
                       + "%s -%s Td\n" % (num(-step * per_line), num(leading)))
    return "".join(content) + "ET\n"


# ---------------------------------------------------------------------------------------------
# 13. Two thousand pages.

def many_pages(name, count=2000):
    """A register of `count` pages under a running header and footer, one row a page, made
    compact: every page's /Contents is an array of shared streams, the row number and the
    page number spelled out of ten one-digit streams, and the page objects packed into one
    compressed object stream. Page 1 adds the column headers above its row."""
    pdf = Pdf()
    resources = helvetica(pdf)
    digits = [pdf.stream("(%d) Tj " % d) for d in range(10)]
    title = pdf.stream(text(40, 810, "Highways Action Plan 2025 - Appendix B", 10, "F2"))
    # Page 1: the column headers, then its row drawn 30pt lower than on the other pages.
    header = pdf.stream(table([HEADER], show_helvetica, top=780) + "q 1 0 0 1 0 -30 cm\n")
    end_header = pdf.stream("Q\n")
    start_row = pdf.stream(grid(XS, [750, 780]) + "BT /F1 9 Tf 44 762 Td ")
    rest_row = pdf.stream("ET\n" + "".join(text(x + 4, 762, s) for x, s in zip(XS[1:], [
        "Inspect road section", "Repair defects found", "Highways Manager", "March 2026"])))
    start_foot = pdf.stream("BT /F1 8 Tf 270 30 Td (Page ) Tj ")
    end_foot = pdf.stream("( of %d) Tj ET\n" % count)
    specs = []
    for n in range(1, count + 1):
        spelled = [digits[int(d)] for d in str(n)]
        row = [start_row] + spelled + [rest_row]
        if n == 1:
            row = [header] + row + [end_header]
        contents = [title] + row + [start_foot] + spelled + [end_foot]
        specs.append((contents, resources, (0, 0, 595, 842)))
    return pdf.write(name, pages_of(pdf, specs), objstm=True)


def font_flood(name, count, make_font):
    """The plan on page 1; page 2 prints one line and names `count` fonts in its resources,
    every one the font object `make_font(pdf)` adds. Poppler builds each name's font, and
    reads what it needs of its streams, before the page's first operator."""
    pdf = Pdf()
    resources = helvetica(pdf)
    font = make_font(pdf)
    names = b" ".join(b"/G%d %d 0 R" % (i, font) for i in range(count))
    f1 = resources[resources.index(b"/F1"):resources.index(b">>")]
    flooded = b"<< /Font << " + f1 + b" " + names + b" >> >>"
    note = text(40, 780, "Annex: glossary of terms used in the plan")
    specs = [(pdf.stream(PLAN), resources, (0, 0, 595, 842)),
             (pdf.stream(note), flooded, (0, 0, 595, 842))]
    return pdf.write(name, pages_of(pdf, specs))


def helvetica_mapped(to_unicode, compress=None):
    """A maker of Helvetica with `to_unicode` for its ToUnicode CMap."""
    def make(pdf):
        cmap = pdf.stream(to_unicode, compress=compress)
        return pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding "
                       b"/WinAnsiEncoding /ToUnicode %d 0 R >>" % cmap)
    return make


def type1_program(size):
    """A maker of a Type1 font whose embedded program (FontFile) inflates to `size` zero
    bytes: Poppler reads a Type1 program whole to learn its built-in encoding."""
    def make(pdf):
        data = zlib.compress(b"\0" * size, 9)
        program = pdf.add(b"<< /Length %d /Length1 %d /Length2 0 /Length3 0 /Filter /FlateDecode >>"
                          b"\nstream\n" % (len(data), size) + data + b"\nendstream")
        descriptor = pdf.add(b"<< /Type /FontDescriptor /FontName /Inflated /Flags 32 /FontBBox "
                             b"[0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 "
                             b"/CapHeight 700 /StemV 80 /FontFile %d 0 R >>" % program)
        return pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Inflated /FirstChar 32 "
                       b"/LastChar 126 /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>"
                       % descriptor)
    return make


def cmap_with(entries, padding=0):
    """A ToUnicode CMap of bfchar `entries`, after a comment `padding` spaces long."""
    return ("%" + " " * padding + "\n/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CMapName /Flood def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n"
            "endcodespacerange\n%d beginbfchar\n%sendbfchar\nendcmap\nend\nend\n"
            % (len(entries), "".join("<%s> <%s>\n" % e for e in entries)))


def main():
    ttf = TrueType(DEJAVU)
    sizes = {}

    # 1-2. Type3 fonts, named and unnamed glyphs.
    make, show = type3_font(ttf, named=True)
    sizes["type3-named.pdf"] = font_pdf("type3-named.pdf", make, show)
    make, show = type3_font(ttf, named=False)
    sizes["type3-unnamed.pdf"] = font_pdf("type3-unnamed.pdf", make, show)
    # 3-4. A CID font and a simple symbolic TrueType font, neither with a ToUnicode.
    make, show = cid_no_tounicode(ttf)
    sizes["cid-no-tounicode.pdf"] = font_pdf("cid-no-tounicode.pdf", make, show)
    make, show = simple_symbolic(ttf)
    sizes["simple-no-tounicode.pdf"] = font_pdf("simple-no-tounicode.pdf", make, show)
    # 5. Hebrew and Arabic in visual order.
    sizes["rtl.pdf"] = rtl_pdf("rtl.pdf", ttf)

    # 6. A recognised header over five rows of empty cells.
    empty = table([HEADER] + [[""] * 5] * 5, show_helvetica)
    sizes["empty-cells.pdf"] = simple_pdf("empty-cells.pdf", [empty])

    # 7. Ten thousand ruling segments: a chart's dotted grid, 50 lines each way drawn as 100
    # dashes apiece, with a title and two labels.
    dashes = "0.3 w\n"
    for i in range(50):
        for j in range(100):
            dashes += line(60 + j * 4.8, 120 + i * 12, 62.4 + j * 4.8, 120 + i * 12)
            dashes += line(60 + i * 9.6, 120 + j * 6, 60 + i * 9.6, 123 + j * 6)
    labels = (text(60, 760, "Chart 3: defects reported by ward", 12, "F2") + text(60, 100, "Ward")
              + text(20, 400, "Count"))
    sizes["ten-thousand-lines.pdf"] = simple_pdf("ten-thousand-lines.pdf", [labels + dashes])

    # 8. Form loops, and forms 100 deep.
    sizes["nested-forms-loop.pdf"] = nested_forms_loop("nested-forms-loop.pdf")
    sizes["nested-forms-deep.pdf"] = nested_forms_deep("nested-forms-deep.pdf")

    # 9. Pages of no size, inside out, and a million points wide with the plan at the top.
    huge = 1000000
    top_plan = table([HEADER] + ROWS, show_helvetica, top=huge - 60)
    sizes["huge-page.pdf"] = simple_pdf("huge-page.pdf", [top_plan], box=(0, 0, huge, huge))
    sizes["zero-page.pdf"] = simple_pdf("zero-page.pdf", [PLAN], box=(0, 0, 0, 0))
    sizes["negative-page.pdf"] = simple_pdf("negative-page.pdf", [PLAN], box=(595, 0, 0, 842))

    # 10. Coordinates out of range beside an ordinary plan: text and lines at +-1e30, type 1e30
    # points high, and matrices whose product overflows to infinity (1e300 squared), where
    # infinity times the zero of a coordinate gives NaN.
    big, huge_scale = "1" + "0" * 30, "1" + "0" * 300
    inf = "q %s 0 0 %s 0 0 cm %s 0 0 %s 0 0 cm\n" % (huge_scale, huge_scale, huge_scale, huge_scale)
    nan = (PLAN
           + "BT /F1 9 Tf %s %s Td (Far away) Tj ET\n" % (big, big)
           + "BT /F1 9 Tf -%s -%s Td (Far below) Tj ET\n" % (big, big)
           + "BT /F1 %s Tf 50 300 Td (Huge type) Tj ET\n" % big
           + "0.5 w -%s 400 m %s 400 l S 580 -%s m 580 %s l S\n" % (big, big, big, big)
           + inf + "BT /F1 9 Tf 0 0 Td (Infinite) Tj ET 0 0 m 1 0 l 1 1 l S Q\n"
           + inf + "0 1 1 0 0 0 cm BT /F1 9 Tf 1 1 Td (Not a number) Tj ET\n"
           + "0 0 m 0 1 l S 0 0 10 10 re f Q\n"
           + "q 0 0 0 0 0 0 cm BT /F1 9 Tf 50 200 Td (Singular) Tj ET Q\n"
           + text(50, 100, "After the overflow"))
    sizes["nan-coords.pdf"] = simple_pdf("nan-coords.pdf", [nan])

    # 11. One paragraph drawn 100,000 times over itself.
    para = ("BT /F1 10 Tf 50 700 Td (The council will review the housing policy and report) Tj "
            "0 -12 Td (back to the committee by March 2025 with a full action plan.) Tj ET\n")
    sizes["repeated-blocks.pdf"] = simple_pdf("repeated-blocks.pdf", [para * 100000])

    # 12. 50,000 distinct words, 500 lines of 100, each placed with its own Td: at 14pt, so
    # that even an i advances 3pt and is no tiny character to Poppler (below).
    sizes["fifty-thousand-words.pdf"] = simple_pdf("fifty-thousand-words.pdf", [register(14, 64, 17)],
                                                   box=(0, 0, 6480, 8540))
    # The same words at 5pt on an A0 page: Poppler keeps only the first 50,000 characters
    # narrower and shorter than 3 pixels on a page and drops the rest.
    sizes["tiny-type.pdf"] = simple_pdf("tiny-type.pdf", [register(5, 23.4, 6.6)],
                                        box=(0, 0, 2384, 3370))

    # 13. Two thousand pages.
    sizes["many-pages.pdf"] = many_pages("many-pages.pdf")

    # 14. Fonts that cost before the first operator: a ToUnicode map naming code 0xFFFFFF,
    # which makes Poppler allocate a 16-million-entry table (64 MB) for each of 100 font
    # names; 2,000 font names whose ToUnicode inflates to 5 MB of comment; a font program
    # that inflates to 100 MB.
    sizes["tounicode-amplify.pdf"] = font_flood(
        "tounicode-amplify.pdf", 100,
        helvetica_mapped(cmap_with([("41", "0041"), ("FFFFFF", "0041")])))
    sizes["tounicode-slow.pdf"] = font_flood(
        "tounicode-slow.pdf", 2000,
        helvetica_mapped(cmap_with([("41", "0041")], 5000000), compress=True))
    # A Type1 program that inflates to 100 MB, named twice: Poppler reads it whole for each.
    sizes["fontfile-inflated.pdf"] = font_flood("fontfile-inflated.pdf", 2,
                                                type1_program(100000000))

    for name, size in sizes.items():
        print("%-26s %8d bytes" % (name, size))


if __name__ == "__main__":
    main()
