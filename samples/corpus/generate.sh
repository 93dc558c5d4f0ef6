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

. "$here/lib.sh"

need python3 python3
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
    case "$(source_ext "$n" fodt html tex fods gnumeric ms)" in
        fodt) lo+=("$n") ;;
        html) web+=("$n") ;;
        tex) tex+=("$n") ;;
        fods | gnumeric | ms) sheets+=("$n") ;;
        *) die "no source for '$n' (is there a src/$n.content.json?)" ;;
    esac
done
# LibreOffice Calc, Gnumeric and groff: generate-sheets.sh makes those (every one of them
# when no names are given), first, with what it needs checked there.
if [ "$#" -eq 0 ]; then
    bash "$here/generate-sheets.sh"
elif [ "${#sheets[@]}" -gt 0 ]; then
    bash "$here/generate-sheets.sh" "${sheets[@]}"
fi
[ "${#lo[@]}" -gt 0 ] || [ "${#web[@]}" -gt 0 ] || [ "${#tex[@]}" -gt 0 ] || exit 0

[ "${#lo[@]}" -eq 0 ] || need soffice libreoffice-writer-nogui "soffice (LibreOffice)"
[ "${#web[@]}" -eq 0 ] || find_chromium
if [ "${#tex[@]}" -gt 0 ]; then
    need pdflatex "texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended"
    for s in longtable booktabs fancyhdr lastpage enumitem mathptmx helvet; do
        kpsewhich "$s.sty" >/dev/null 2>&1 ||
            die "LaTeX package $s.sty not found; install: apt-get install -y texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended"
    done
fi
need_fonts fonts-liberation2 "Liberation Sans" "Liberation Serif"
need_fonts fonts-dejavu-core "DejaVu Sans"

make_tmp
[ "${#lo[@]}" -eq 0 ] || soffice_pdf fodt "${lo[@]}"
[ "${#web[@]}" -eq 0 ] || chromium_pdf "${web[@]}"

for n in "${tex[@]+"${tex[@]}"}"; do
    cp "src/$n.tex" "$tmp/$n.tex"
    # Three runs: longtable column widths and LastPage settle by then.
    for run in 1 2 3; do
        (cd "$tmp" && pdflatex -interaction=nonstopmode -halt-on-error "$n.tex" >"$tmp/$n.out" 2>&1) ||
            { tail -40 "$tmp/$n.out" >&2; die "pdflatex failed on $n (log: $tmp/$n.log)"; }
    done
    mv -f "$tmp/$n.pdf" "$here/$n.pdf"
done

report_pages "${names[@]}"
check_truth "$#" python3 src/make_corpus.py
