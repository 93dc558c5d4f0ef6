#!/usr/bin/env bash
# Regenerate the spreadsheet and groff sample PDFs from their committed sources:
#
#   src/NAME.content.json --src/make_sheets.py--> src/NAME.fods | .gnumeric | .ms
#   src/NAME.fods     --LibreOffice Calc (soffice)--> NAME.pdf
#   src/NAME.gnumeric --Gnumeric (ssconvert)-------> NAME.pdf
#   src/NAME.ms       --groff -t -ms -Tpdf---------> NAME.pdf
#
#   bash samples/corpus/generate-sheets.sh            every document
#   bash samples/corpus/generate-sheets.sh NAME...    only these
#
# Installs nothing.  Needs (Debian 12):
#   apt-get install -y python3 libreoffice-calc-nogui gnumeric groff fonts-liberation2 \
#       fonts-dejavu-core poppler-utils
# (groff-base alone has no PDF device: -Tpdf needs gropdf from the groff package.)
# Afterwards, when pdftotext is there, it checks every NAME.truth.json against
# the new PDFs and says so if a page break moved (see README.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

. "$here/lib.sh"

need python3 python3

if [ "$#" -gt 0 ]; then
    names=("$@")
else
    # The spreadsheet and groff documents: make_corpus.py's are generate.sh's.
    mapfile -t names < <(python3 src/make_sheets.py --names)
fi

calc=(); gnm=(); ms=()
for n in "${names[@]}"; do
    case "$(source_ext "$n" fods gnumeric ms)" in
        fods) calc+=("$n") ;;
        gnumeric) gnm+=("$n") ;;
        ms) ms+=("$n") ;;
        *) die "no source for '$n' (is there a src/$n.content.json?)" ;;
    esac
done

if [ "${#calc[@]}" -gt 0 ]; then
    need soffice libreoffice-calc-nogui "soffice (LibreOffice)"
    # Without Calc, soffice opens a .fods as a text document and still writes a PDF.
    ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1 ||
        die "LibreOffice Calc not installed; install it with: apt-get install -y libreoffice-calc-nogui"
fi
[ "${#gnm[@]}" -eq 0 ] || need ssconvert gnumeric "ssconvert (Gnumeric)"
if [ "${#ms[@]}" -gt 0 ]; then
    need groff groff
    need gropdf groff "gropdf (groff -Tpdf; groff-base has no PDF device)"
fi
need_fonts fonts-liberation2 "Liberation Sans"
need_fonts fonts-dejavu-core "DejaVu Sans"

# The sources, once the fonts they name (and measure) are known to be there.
python3 src/make_sheets.py >/dev/null

make_tmp
# groff's gropdf dates the PDF from this; LibreOffice 7.4 and cairo 1.16 ignore it.
export SOURCE_DATE_EPOCH=1735689600   # 2025-01-01

[ "${#calc[@]}" -eq 0 ] || soffice_pdf --export calc_pdf_Export fods "${calc[@]}"

for n in "${gnm[@]+"${gnm[@]}"}"; do
    # The print settings (area, titles, gridlines, header and footer) are in the file.
    HOME="$tmp" logged ssconvert.log "ssconvert on $n" ssconvert --export-type=Gnumeric_pdf:pdf_assistant \
        "src/$n.gnumeric" "$tmp/$n.pdf"
    take_pdf "$n" ssconvert.log ssconvert
done

for n in "${ms[@]+"${ms[@]}"}"; do
    # -t runs tbl; A4 for troff (-dpaper) and for gropdf's media box (-P-pa4).
    groff -t -ms -Tpdf -dpaper=a4 -P-pa4 "src/$n.ms" >"$tmp/$n.pdf" 2>"$tmp/groff.log" ||
        { cat "$tmp/groff.log" >&2; die "groff failed on $n"; }
    if [ -s "$tmp/groff.log" ]; then cat "$tmp/groff.log" >&2; fi
    mv -f "$tmp/$n.pdf" "$here/$n.pdf"
done

report_pages "${names[@]}"
check_truth "$#" python3 src/make_sheets.py
