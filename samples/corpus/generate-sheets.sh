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

die() { echo "generate-sheets.sh: $*" >&2; exit 1; }

command -v python3 >/dev/null 2>&1 || die "python3 not found (apt-get install -y python3)"

if [ "$#" -gt 0 ]; then
    names=("$@")
else
    # The spreadsheet and groff documents: make_corpus.py's are generate.sh's.
    names=()
    for f in src/*.fods src/*.gnumeric src/*.ms; do
        [ -f "$f" ] || continue
        n="${f#src/}"; names+=("${n%.*}")
    done
fi

calc=(); gnm=(); ms=()
for n in "${names[@]}"; do
    if [ -f "src/$n.fods" ]; then calc+=("$n")
    elif [ -f "src/$n.gnumeric" ]; then gnm+=("$n")
    elif [ -f "src/$n.ms" ]; then ms+=("$n")
    else die "no source for '$n' (is there a src/$n.content.json?)"
    fi
done

if [ "${#calc[@]}" -gt 0 ]; then
    command -v soffice >/dev/null 2>&1 ||
        die "soffice (LibreOffice) not found; install it with: apt-get install -y libreoffice-calc-nogui"
    # Without Calc, soffice opens a .fods as a text document and still writes a PDF.
    ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1 ||
        die "LibreOffice Calc not installed; install it with: apt-get install -y libreoffice-calc-nogui"
fi
if [ "${#gnm[@]}" -gt 0 ]; then
    command -v ssconvert >/dev/null 2>&1 ||
        die "ssconvert (Gnumeric) not found; install it with: apt-get install -y gnumeric"
fi
if [ "${#ms[@]}" -gt 0 ]; then
    command -v groff >/dev/null 2>&1 || die "groff not found; install it with: apt-get install -y groff"
    command -v gropdf >/dev/null 2>&1 ||
        die "gropdf (groff -Tpdf) not found; groff-base has no PDF device: apt-get install -y groff"
fi
if command -v fc-list >/dev/null 2>&1; then
    fc-list "Liberation Sans" | grep -q . ||
        die "font 'Liberation Sans' not installed; install it with: apt-get install -y fonts-liberation2"
    fc-list "DejaVu Sans" | grep -q . ||
        die "font 'DejaVu Sans' not installed; install it with: apt-get install -y fonts-dejavu-core"
fi

# The sources, once the fonts they name (and measure) are known to be there.
python3 src/make_sheets.py >/dev/null

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# groff's gropdf dates the PDF from this; LibreOffice 7.4 and cairo 1.16 ignore it.
export SOURCE_DATE_EPOCH=1735689600   # 2025-01-01

if [ "${#calc[@]}" -gt 0 ]; then
    srcs=(); for n in "${calc[@]}"; do srcs+=("src/$n.fods"); done
    # A throw-away profile so that no user settings leak in.
    soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
        --convert-to pdf --outdir "$tmp" "${srcs[@]}" >"$tmp/soffice.log" 2>&1 ||
        { cat "$tmp/soffice.log" >&2; die "soffice failed"; }
    grep -q "calc_pdf_Export" "$tmp/soffice.log" ||
        { cat "$tmp/soffice.log" >&2; die "soffice did not use Calc's PDF export"; }
    for n in "${calc[@]}"; do
        [ -s "$tmp/$n.pdf" ] || { cat "$tmp/soffice.log" >&2; die "soffice did not write $n.pdf"; }
        mv -f "$tmp/$n.pdf" "$here/$n.pdf"
    done
fi

for n in "${gnm[@]+"${gnm[@]}"}"; do
    # The print settings (area, titles, gridlines, header and footer) are in the file.
    HOME="$tmp" ssconvert --export-type=Gnumeric_pdf:pdf_assistant \
        "src/$n.gnumeric" "$tmp/$n.pdf" >"$tmp/ssconvert.log" 2>&1 ||
        { cat "$tmp/ssconvert.log" >&2; die "ssconvert failed on $n"; }
    [ -s "$tmp/$n.pdf" ] || { cat "$tmp/ssconvert.log" >&2; die "ssconvert did not write $n.pdf"; }
    mv -f "$tmp/$n.pdf" "$here/$n.pdf"
done

for n in "${ms[@]+"${ms[@]}"}"; do
    # -t runs tbl; A4 for troff (-dpaper) and for gropdf's media box (-P-pa4).
    groff -t -ms -Tpdf -dpaper=a4 -P-pa4 "src/$n.ms" >"$tmp/$n.pdf" 2>"$tmp/groff.log" ||
        { cat "$tmp/groff.log" >&2; die "groff failed on $n"; }
    if [ -s "$tmp/groff.log" ]; then cat "$tmp/groff.log" >&2; fi
    mv -f "$tmp/$n.pdf" "$here/$n.pdf"
done

for n in "${names[@]}"; do
    if command -v pdfinfo >/dev/null 2>&1; then
        echo "$n.pdf: $(pdfinfo "$n.pdf" | awk '/^Pages:/ {print $2}') pages"
    else
        echo "$n.pdf: written"
    fi
done

if [ "$#" -eq 0 ] && command -v pdftotext >/dev/null 2>&1; then
    python3 src/make_sheets.py --check ||
        echo "generate-sheets.sh: WARNING: a truth file no longer matches its PDF (see above and README.md)" >&2
fi
