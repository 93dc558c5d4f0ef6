#!/usr/bin/env bash
# Regenerate the sample PDFs from their committed sources:
#
#   src/appendix1-content.json --src/make_sources.py--> src/appendix1.fodt
#                                                       src/appendix1-repeat.fodt
#                                                       src/appendix1.html
#   src/appendix1.fodt        --LibreOffice--> appendix1.pdf
#   src/appendix1-repeat.fodt --LibreOffice--> appendix1-repeat.pdf
#   src/appendix1.html        --Chromium-----> appendix1-chromium.pdf
#
# Installs nothing.  Needs (Debian 12):
#   apt-get install -y libreoffice-writer-nogui chromium fonts-liberation2
# The page breaks of appendix1.pdf were tuned with LibreOffice 7.4 and the
# Liberation 2.1 fonts; other versions may move them (see README.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

die() { echo "generate.sh: $*" >&2; exit 1; }

command -v python3 >/dev/null 2>&1 || die "python3 not found (apt-get install -y python3)"
command -v soffice >/dev/null 2>&1 ||
    die "soffice (LibreOffice) not found; install it with: apt-get install -y libreoffice-writer-nogui"
chromium_bin=""
for c in chromium chromium-browser; do
    if command -v "$c" >/dev/null 2>&1; then chromium_bin="$c"; break; fi
done
[ -n "$chromium_bin" ] || die "chromium not found; install it with: apt-get install -y chromium"
if command -v fc-list >/dev/null 2>&1; then
    for f in "Liberation Sans" "Liberation Serif"; do
        fc-list "$f" | grep -q . ||
            die "font '$f' not installed; install it with: apt-get install -y fonts-liberation2"
    done
fi

python3 src/make_sources.py

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# LibreOffice: a throw-away profile so that no user settings leak in.
soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
    --convert-to pdf --outdir "$tmp" \
    src/appendix1.fodt src/appendix1-repeat.fodt >"$tmp/soffice.log" 2>&1 ||
    { cat "$tmp/soffice.log" >&2; die "soffice failed"; }
for f in appendix1 appendix1-repeat; do
    [ -s "$tmp/$f.pdf" ] || { cat "$tmp/soffice.log" >&2; die "soffice did not write $f.pdf"; }
    mv -f "$tmp/$f.pdf" "$here/$f.pdf"
done

# Chromium: headless print; the page header/footer come from the CSS @page
# margin boxes in the HTML, not from Chromium's own header/footer.
"$chromium_bin" --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update --disable-sync \
    --no-first-run --user-data-dir="$tmp/chromium-profile" \
    --no-pdf-header-footer --print-to-pdf="$tmp/appendix1-chromium.pdf" \
    "file://$here/src/appendix1.html" >"$tmp/chromium.log" 2>&1 ||
    { cat "$tmp/chromium.log" >&2; die "chromium failed"; }
[ -s "$tmp/appendix1-chromium.pdf" ] || { cat "$tmp/chromium.log" >&2; die "chromium did not write the PDF"; }
mv -f "$tmp/appendix1-chromium.pdf" "$here/appendix1-chromium.pdf"

# Report page counts (expected: 6, 3, 4) when poppler-utils is there.
for f in appendix1.pdf appendix1-repeat.pdf appendix1-chromium.pdf; do
    if command -v pdfinfo >/dev/null 2>&1; then
        echo "$f: $(pdfinfo "$f" | awk '/^Pages:/ {print $2}') pages"
    else
        echo "$f: written"
    fi
done
