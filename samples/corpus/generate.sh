#!/usr/bin/env bash
# Regenerate the corpus PDFs from their committed sources:
#
#   src/NAME.content.json --src/make_corpus.py--> src/NAME.fodt | .html | .tex
#   src/NAME.fodt --LibreOffice--------> NAME.pdf
#   src/NAME.html --headless Chromium--> NAME.pdf
#   src/NAME.tex  --pdflatex (x3)------> NAME.pdf
#   src/NAME.fods, .gnumeric, .ms ------> NAME.pdf by generate-sheets.sh (LibreOffice Calc,
#                                          Gnumeric, groff; sources by src/make_sheets.py)
#
#   bash samples/corpus/generate.sh            every document
#   bash samples/corpus/generate.sh NAME...    only these
#
# Installs nothing.  Needs (Debian 12):
#   apt-get install -y python3 libreoffice-writer-nogui chromium fonts-liberation2 \
#       fonts-dejavu-core poppler-utils texlive-latex-base texlive-latex-recommended \
#       texlive-latex-extra texlive-fonts-recommended
# and, for every document or any of the spreadsheet and groff ones (generate-sheets.sh):
#   apt-get install -y libreoffice-calc-nogui gnumeric groff
# Afterwards, when pdftotext is there, it checks every NAME.truth.json against
# the new PDFs and says so if a page break moved (see README.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

die() { echo "generate.sh: $*" >&2; exit 1; }

command -v python3 >/dev/null 2>&1 || die "python3 not found (apt-get install -y python3)"
python3 src/make_corpus.py >/dev/null

if [ "$#" -gt 0 ]; then
    names=("$@")
else
    names=()
    for f in src/*.content.json; do
        n="${f#src/}"; names+=("${n%.content.json}")
    done
fi

lo=(); web=(); tex=(); sheets=()
for n in "${names[@]}"; do
    if [ -f "src/$n.fodt" ]; then lo+=("$n")
    elif [ -f "src/$n.html" ]; then web+=("$n")
    elif [ -f "src/$n.tex" ]; then tex+=("$n")
    elif [ -f "src/$n.fods" ] || [ -f "src/$n.gnumeric" ] || [ -f "src/$n.ms" ]; then sheets+=("$n")
    else die "no source for '$n' (is there a src/$n.content.json?)"
    fi
done
# LibreOffice Calc, Gnumeric and groff: generate-sheets.sh makes those (every one of them
# when no names are given), first, with what it needs checked there.
if [ "$#" -eq 0 ]; then
    bash "$here/generate-sheets.sh"
elif [ "${#sheets[@]}" -gt 0 ]; then
    bash "$here/generate-sheets.sh" "${sheets[@]}"
fi
[ "${#lo[@]}" -gt 0 ] || [ "${#web[@]}" -gt 0 ] || [ "${#tex[@]}" -gt 0 ] || exit 0

if [ "${#lo[@]}" -gt 0 ]; then
    command -v soffice >/dev/null 2>&1 ||
        die "soffice (LibreOffice) not found; install it with: apt-get install -y libreoffice-writer-nogui"
fi
chromium_bin=""
if [ "${#web[@]}" -gt 0 ]; then
    for c in chromium chromium-browser; do
        if command -v "$c" >/dev/null 2>&1; then chromium_bin="$c"; break; fi
    done
    [ -n "$chromium_bin" ] || die "chromium not found; install it with: apt-get install -y chromium"
fi
if [ "${#tex[@]}" -gt 0 ]; then
    command -v pdflatex >/dev/null 2>&1 ||
        die "pdflatex not found; install it with: apt-get install -y texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended"
    for s in longtable booktabs fancyhdr lastpage enumitem mathptmx helvet; do
        kpsewhich "$s.sty" >/dev/null 2>&1 ||
            die "LaTeX package $s.sty not found; install: apt-get install -y texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended"
    done
fi
if command -v fc-list >/dev/null 2>&1; then
    for f in "Liberation Sans" "Liberation Serif"; do
        fc-list "$f" | grep -q . ||
            die "font '$f' not installed; install it with: apt-get install -y fonts-liberation2"
    done
    fc-list "DejaVu Sans" | grep -q . ||
        die "font 'DejaVu Sans' not installed; install it with: apt-get install -y fonts-dejavu-core"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [ "${#lo[@]}" -gt 0 ]; then
    srcs=(); for n in "${lo[@]}"; do srcs+=("src/$n.fodt"); done
    # A throw-away profile so that no user settings leak in.
    soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
        --convert-to pdf --outdir "$tmp" "${srcs[@]}" >"$tmp/soffice.log" 2>&1 ||
        { cat "$tmp/soffice.log" >&2; die "soffice failed"; }
    for n in "${lo[@]}"; do
        [ -s "$tmp/$n.pdf" ] || { cat "$tmp/soffice.log" >&2; die "soffice did not write $n.pdf"; }
        mv -f "$tmp/$n.pdf" "$here/$n.pdf"
    done
fi

for n in "${web[@]+"${web[@]}"}"; do
    "$chromium_bin" --headless --no-sandbox --disable-gpu \
        --disable-background-networking --disable-component-update --disable-sync \
        --no-first-run --user-data-dir="$tmp/chromium-profile" \
        --no-pdf-header-footer --print-to-pdf="$tmp/$n.pdf" \
        "file://$here/src/$n.html" >"$tmp/chromium.log" 2>&1 ||
        { cat "$tmp/chromium.log" >&2; die "chromium failed on $n"; }
    [ -s "$tmp/$n.pdf" ] || { cat "$tmp/chromium.log" >&2; die "chromium did not write $n.pdf"; }
    mv -f "$tmp/$n.pdf" "$here/$n.pdf"
done

for n in "${tex[@]+"${tex[@]}"}"; do
    cp "src/$n.tex" "$tmp/$n.tex"
    # Three runs: longtable column widths and LastPage settle by then.
    for run in 1 2 3; do
        (cd "$tmp" && pdflatex -interaction=nonstopmode -halt-on-error "$n.tex" >"$tmp/$n.out" 2>&1) ||
            { tail -40 "$tmp/$n.out" >&2; die "pdflatex failed on $n (log: $tmp/$n.log)"; }
    done
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
    python3 src/make_corpus.py --check ||
        echo "generate.sh: WARNING: a truth file no longer matches its PDF (see above and README.md)" >&2
fi
