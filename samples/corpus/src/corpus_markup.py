"""What the flat-ODT and HTML writers of make_corpus.py and make_extra.py share: cell
paragraphs, escaping, header and footer fields, the skeleton of a .fodt (its named
styles picked from FODT_STYLES) and of an HTML page printed by headless Chromium.

Standard library only.
"""
import html

from corpus_files import split_fields


# ===========================================================================
# Cells
# ===========================================================================
def cell_paras(cell):
    """[(kind, text)] with kind "p" (paragraph) or "li" (bullet item: a string that
    starts with "- ")."""
    if isinstance(cell, str):
        cell = [cell] if cell else []
    return [("li", p[2:]) if p.startswith("- ") else ("p", p) for p in cell]


def cell_text(cell):
    """Truth text of a cell: paragraphs and items joined by single spaces, no bullets."""
    return " ".join(t for _, t in cell_paras(cell)).replace("\n", " ")


def group_items(paras):
    """Group consecutive bullet items: yields ("p", text) or ("ul", [texts])."""
    out = []
    for kind, t in paras:
        if kind == "li":
            if out and out[-1][0] == "ul":
                out[-1][1].append(t)
            else:
                out.append(("ul", [t]))
        else:
            out.append(("p", t))
    return out


def x(text):
    return html.escape(text, quote=False)


# ===========================================================================
# LibreOffice flat ODT
# ===========================================================================
def lo_inline(text):
    return "<text:line-break/>".join(x(t) for t in text.split("\n"))


def odf_fields(text, fields):
    """Header or footer text with its fields ({page}, ...) as the ODF elements in `fields`."""
    return "".join(fields[p] if p in fields else x(p) for p in split_fields(text))


def lo_fields(text):
    return odf_fields(text, {"{page}": '<text:page-number text:select-page="current">1</text:page-number>',
                             "{pages}": "<text:page-count>1</text:page-count>"})


def lo_list_style(name, bullet):
    return ('  <text:list-style style:name="%s">\n'
            '   <text:list-level-style-bullet text:level="1" text:bullet-char="%s">\n'
            '    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">\n'
            '     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.4cm" fo:margin-left="0.45cm"/>\n'
            '    </style:list-level-properties>\n'
            '   </text:list-level-style-bullet>\n'
            '  </text:list-style>' % (name, x(bullet)))


def lo_table_styles(name, widths):
    """The automatic styles of a table `name` and of its columns name.C0, name.C1, ..."""
    out = ['  <style:style style:name="%s" style:family="table">\n'
           '   <style:table-properties style:width="%.3fcm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm" style:may-break-between-rows="true"/>\n'
           "  </style:style>" % (name, sum(widths))]
    for i, w in enumerate(widths):
        out.append('  <style:style style:name="%s.C%d" style:family="table-column">'
                   '<style:table-column-properties style:column-width="%.3fcm"/></style:style>'
                   % (name, i, w))
    return out


def lo_cell_style(name, props):
    return ('  <style:style style:name="%s" style:family="table-cell">'
            '<style:table-cell-properties fo:padding-left="0.12cm" fo:padding-right="0.12cm" '
            'fo:padding-top="0.08cm" fo:padding-bottom="0.08cm" %s style:vertical-align="top"/>'
            "</style:style>" % (name, props))


def lo_label_style(name, indent_cm, parent="Standard", para=""):
    """An automatic paragraph style for label-and-value lines, "Label<TAB>value": the
    left indent at a tab stop `indent_cm` from the margin and the first line indented back
    to the margin, so the label starts at the margin, the value at the tab stop, and the
    value's further lines under it.  Tab positions are relative to the left indent."""
    return ('  <style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s">\n'
            '   <style:paragraph-properties fo:margin-left="%gcm" fo:text-indent="-%gcm"%s>\n'
            '    <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>\n'
            '   </style:paragraph-properties>\n'
            '  </style:style>' % (name, parent, indent_cm, indent_cm, " " + para if para else ""))


def lo_label_lines(label, value, pstyle, inline=lo_inline):
    """The paragraphs of one label and its value (a cell): "Label<TAB>first paragraph",
    then "<TAB>paragraph" for any more; the label alone when the value is empty."""
    paras = [t for _, t in cell_paras(value)] or [""]
    return ['   <text:p text:style-name="%s">%s<text:tab/>%s</text:p>'
            % (pstyle, x(label) if i == 0 else "", inline(t)) for i, t in enumerate(paras)]


LO_ROW_STYLE = ('  <style:style style:name="Row" style:family="table-row">'
                '<style:table-row-properties fo:keep-together="auto"/></style:style>')


def lo_cell(paras, style, pstyle, list_style, inline=lo_inline, attrs=""):
    """The lines of a table cell: paragraphs, and bullet items as a list."""
    out = ['     <table:table-cell table:style-name="%s" office:value-type="string"%s>' % (style, attrs)]
    items = group_items(paras)
    if not items:
        out.append('      <text:p text:style-name="%s"/>' % pstyle)
    for kind, val in items:
        if kind == "p":
            out.append('      <text:p text:style-name="%s">%s</text:p>' % (pstyle, inline(val)))
        else:
            out.append('      <text:list text:style-name="%s">' % list_style)
            out += ['       <text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                    % (pstyle, inline(it)) for it in val]
            out.append("      </text:list>")
    out.append("     </table:table-cell>")
    return out


def paragraph_style(name, display, parent, cls, para=None, text=None):
    """A named paragraph style of a .fodt."""
    out = ['  <style:style style:name="%s"%s style:family="paragraph"%s style:class="%s">'
           % (name, ' style:display-name="%s"' % display if display else "",
              ' style:parent-style-name="%s"' % parent if parent else "", cls)]
    if para:
        out.append("   <style:paragraph-properties %s/>" % para)
    if text:
        out.append("   <style:text-properties %s/>" % text)
    out.append("  </style:style>")
    return "\n".join(out)


# The named styles a document can use, in the order given to fodt(): paragraph styles
# (name, display name, parent, class, paragraph properties, text properties), then the
# footnote styles and numbering.
FODT_STYLES = {s[0]: paragraph_style(*s) for s in [
    ("Standard", None, None, "text", 'fo:margin-top="0cm" fo:margin-bottom="0cm"'),
    ("Text_20_body", "Text body", "Standard", "text",
     'fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"'),
    ("Heading_20_1", "Heading 1", "Standard", "text",
     'fo:margin-top="0cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"',
     'fo:font-size="{h1size}pt" fo:font-weight="bold"'),
    ("Heading_20_2", "Heading 2", "Standard", "text",
     'fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"',
     'fo:font-size="{h2size}pt" fo:font-weight="bold"'),
    ("Header", None, "Standard", "extra", 'fo:text-align="{halign}"', 'fo:font-size="{hsize}pt"'),
    ("Footer", None, "Standard", "extra", 'fo:text-align="center"', 'fo:font-size="{hsize}pt"'),
    ("Footnote", None, "Standard", "extra",
     'fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.05cm"', 'fo:font-size="{fnsize}pt"'),
    ("TD", None, "Standard", "extra", 'fo:margin-bottom="0.12cm"'),
    ("TD_num", None, "TD", "extra", 'fo:text-align="end"'),
    ("TD_sect", None, "TD", "extra", None, 'fo:font-weight="bold"'),
    ("TH", None, "TD", "extra", None, 'fo:font-weight="bold"'),
    ("TH_inv", None, "TH", "extra", None, 'fo:color="#ffffff"'),
    ("TH_group", None, "TH", "extra", 'fo:text-align="center"'),
]}
FODT_STYLES["Footnote"] += """
  <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
  <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
   <style:text-properties style:text-position="super 58%"/>
  </style:style>"""
FODT_STYLES["footnotes"] = (
    '  <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
    'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" '
    'text:footnotes-position="page" text:start-numbering-at="document"/>')

ODF_NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}


def odf_prologue(kind, prefixes):
    """The start of a flat ODF document of `kind` ("text", "spreadsheet") with these
    namespace prefixes, up to its font declaration: a str.format template with {note},
    {title}, {font} and {generic}."""
    ns = "\n ".join('xmlns:%s="%s"' % (p, ODF_NAMESPACES[p]) for p in ["office"] + prefixes)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            "<!-- {note} -->\n"
            "<office:document %s\n"
            ' office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.%s">\n'
            " <office:meta>\n"
            "  <dc:title>{title}</dc:title>\n"
            " </office:meta>\n"
            " <office:font-face-decls>\n"
            "  <style:font-face style:name=\"{font}\" svg:font-family=\"'{font}'\" "
            'style:font-family-generic="{generic}" style:font-pitch="variable"/>\n'
            " </office:font-face-decls>\n" % (ns, kind))


FOOTNOTE_SEP = """>
    <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
   </style:page-layout-properties>"""

FODT = odf_prologue("text", ["style", "text", "table", "fo", "svg", "dc", "meta"]) + """\
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
   <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
  </style:default-style>
{styles}
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="{page_w}cm" fo:page-height="{page_h}cm" style:print-orientation="{orientation}" fo:margin-top="{mt}cm" fo:margin-bottom="{mb}cm" fo:margin-left="{ml}cm" fo:margin-right="{mr}cm"{page_end}
   <style:header-style>
    <style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm" style:dynamic-spacing="false"/>
   </style:header-style>
   <style:footer-style>
    <style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm" style:dynamic-spacing="false"/>
   </style:footer-style>
  </style:page-layout>
{auto}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">{header}{footer}
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
{body}
  </office:text>
 </office:body>
</office:document>
"""


def fodt(note, title, L, styles, auto, body, footnote_sep=False):
    """A flat ODT: `styles` names the FODT_STYLES used, in order; `auto` and `body` are
    lists of lines; the page, running header and footer come from the layout L."""
    font, size = L["font"], L["size"]
    mt, mr, mb, ml = L["margins"]

    def hf(lines, style):
        return "\n".join('    <text:p text:style-name="%s">%s</text:p>' % (style, lo_fields(t)) for t in lines)

    header = footer = ""
    if L.get("running_header"):
        header = "\n   <style:header>\n%s\n   </style:header>" % hf(L["running_header"], "Header")
    if L.get("footer"):
        footer = "\n   <style:footer>\n%s\n   </style:footer>" % hf([L["footer"]], "Footer")
    template = FODT.replace("{styles}", "\n".join(FODT_STYLES[s] for s in styles))
    return template.format(
        note=note, title=title, font=font, generic="swiss" if "Sans" in font else "roman",
        size=size, hsize=L.get("header_size", size - 1), fnsize=size - 2,
        halign={"center": "center", "right": "end", "left": "start"}[L.get("header_align", "center")],
        h1size=size + 4, h2size=size + 1, page_w=L["page_w"], page_h=L["page_h"],
        orientation="landscape" if L["page_w"] > L["page_h"] else "portrait",
        mt=mt, mr=mr, mb=mb, ml=ml, page_end=FOOTNOTE_SEP if footnote_sep else "/>",
        auto="\n".join(auto), header=header, footer=footer, body="\n".join(body))


# ===========================================================================
# HTML for headless Chromium
# ===========================================================================
def h_inline(text):
    return "<br>".join(html.escape(t, quote=False) for t in text.split("\n"))


def css_string(text):
    return '"%s"' % text.replace("\\", "\\\\").replace('"', '\\"')


def css_content(lines):
    parts = []
    for i, line in enumerate(lines):
        if i:
            parts.append('"\\A"')
        for p in split_fields(line):
            parts.append("counter(page)" if p == "{page}" else "counter(pages)" if p == "{pages}"
                         else css_string(p))
    return " ".join(parts)


def html_cell(cell, bullet, inline=h_inline):
    """The inside of a <td>: paragraphs, and bullet items as a list."""
    inner = []
    for kind, val in group_items(cell_paras(cell)):
        if kind == "p":
            inner.append("<p>%s</p>" % inline(val))
        else:
            inner.append('<ul style="list-style-type: %s">%s</ul>' % (
                css_string(bullet + "\u00a0"), "".join("<li>%s</li>" % inline(i) for i in val)))
    return "".join(inner)


HTML_HEAD = """<!DOCTYPE html>
<!-- {note}
     Printed with headless Chromium (see samples/corpus/{script}): the running
     header and footer are CSS @page margin boxes; {thead} -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
@page {{
  size: {page};
  margin: {margin};
{boxes}
}}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: '{font}', serif; font-size: {size}pt; line-height: 1.2; color: #000;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
h1 {{ font-size: 1.45em; margin: 0 0 3mm 0; }}
{css}</style>
</head>
<body>
"""


def html_head(note, title, L, script, thead, css):
    """The page up to <body>: @page size and margins, the running header and footer as
    margin boxes, then the document's own `css` (rules after the h1 rule, a str.format
    template: braces doubled)."""
    mt, mr, mb, ml = L["margins"]
    align = L.get("header_align", "center")
    hsize = L.get("header_size", L["size"] - 1)
    boxes = []
    if L.get("running_header"):
        boxes.append("  @top-%s {\n    content: %s;\n    white-space: pre;\n    font-family: '%s', serif;\n"
                     "    font-size: %gpt;\n    text-align: %s;\n    vertical-align: bottom;\n    padding-bottom: 4mm;\n  }"
                     % (align, css_content(L["running_header"]), L["font"], hsize, align))
    if L.get("footer"):
        boxes.append("  @bottom-center {\n    content: %s;\n    font-family: '%s', serif;\n    font-size: %gpt;\n"
                     "    vertical-align: top;\n    padding-top: 4mm;\n  }"
                     % (css_content([L["footer"]]), L["font"], hsize))
    return HTML_HEAD.replace("{css}", css).format(note=note, script=script, thead=thead, title=title,
                            page="A4 landscape" if L["page_w"] > L["page_h"] else "A4 portrait",
                            margin="%gcm %gcm %gcm %gcm" % (mt, mr, mb, ml),
                            boxes="\n".join(boxes), font=L["font"], size=L["size"])
