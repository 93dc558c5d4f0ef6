# Shell functions of the corpus scripts (generate.sh, generate-sheets.sh, generate-docx.sh,
# generate-extra.sh): sourced, not run.  A script sets `here` (this folder, its working
# directory), sources this file, checks what it needs, calls make_tmp and converts.
# Installs nothing.

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# need COMMAND PACKAGES [WHAT]: stop unless COMMAND is on the PATH.
need() {
    command -v "$1" >/dev/null 2>&1 || die "${3:-$1} not found; install it with: apt-get install -y $2"
}

# need_fonts PACKAGE FONT...: stop unless fontconfig knows every FONT (unchecked without fc-list).
need_fonts() {
    command -v fc-list >/dev/null 2>&1 || return 0
    local pkg="$1" f
    shift
    for f in "$@"; do
        fc-list "$f" | grep -q . || die "font '$f' not installed; install it with: apt-get install -y $pkg"
    done
}

# find_chromium: sets chromium_bin, or stops.
find_chromium() {
    local c
    for c in chromium chromium-browser; do
        if command -v "$c" >/dev/null 2>&1; then chromium_bin="$c"; return 0; fi
    done
    die "chromium not found; install it with: apt-get install -y chromium"
}

# source_ext NAME EXT...: the first EXT for which src/NAME.EXT exists ("" if none).
source_ext() {
    local n="$1" e
    shift
    for e in "$@"; do
        if [ -f "src/$n.$e" ]; then echo "$e"; return 0; fi
    done
    echo ""
}

# make_tmp: a scratch folder, $tmp, removed on exit.
make_tmp() {
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
}

# logged LOG WHAT COMMAND...: run COMMAND with its output in $tmp/LOG; if it fails, show
# the log and stop ("WHAT failed").
logged() {
    local log="$tmp/$1" what="$2"
    shift 2
    "$@" >"$log" 2>&1 || { cat "$log" >&2; die "$what failed"; }
}

# take_pdf NAME LOG TOOL: move $tmp/NAME.pdf to NAME.pdf; if TOOL wrote none, show its log and stop.
take_pdf() {
    [ -s "$tmp/$1.pdf" ] || { cat "$tmp/$2" >&2; die "$3 did not write $1.pdf"; }
    mv -f "$tmp/$1.pdf" "$here/$1.pdf"
}

# soffice_pdf [--export FILTER] EXT NAME...: src/NAME.EXT -> NAME.pdf in one LibreOffice run,
# with a throw-away profile so that no user settings leak in.  With --export, the log must
# name that PDF export filter (calc_pdf_Export: the file was opened in Calc, not Writer).
soffice_pdf() {
    local filter="" ext n
    if [ "$1" = "--export" ]; then filter="$2"; shift 2; fi
    ext="$1"
    shift
    local srcs=()
    for n in "$@"; do srcs+=("src/$n.$ext"); done
    logged soffice.log soffice soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
        --convert-to pdf --outdir "$tmp" "${srcs[@]}"
    if [ -n "$filter" ]; then
        grep -q "$filter" "$tmp/soffice.log" ||
            { cat "$tmp/soffice.log" >&2; die "soffice did not use the $filter PDF export"; }
    fi
    for n in "$@"; do take_pdf "$n" soffice.log soffice; done
}

# chromium_pdf NAME...: src/NAME.html -> NAME.pdf with headless Chromium (find_chromium first);
# the page size, margins, running header and footer are the page's own CSS.
chromium_pdf() {
    local n
    for n in "$@"; do
        logged chromium.log "chromium on $n" "$chromium_bin" --headless --no-sandbox --disable-gpu \
            --disable-background-networking --disable-component-update --disable-sync \
            --no-first-run --user-data-dir="$tmp/chromium-profile" \
            --no-pdf-header-footer --print-to-pdf="$tmp/$n.pdf" "file://$here/src/$n.html"
        take_pdf "$n" chromium.log chromium
    done
}

# report_pages NAME...: each new PDF's page count (when pdfinfo is there).
report_pages() {
    local n
    for n in "$@"; do
        if command -v pdfinfo >/dev/null 2>&1; then
            echo "$n.pdf: $(pdfinfo "$n.pdf" | awk '/^Pages:/ {print $2}') pages"
        else
            echo "$n.pdf: written"
        fi
    done
}

# check_truth NARGS SCRIPT...: after a run over every document (NARGS 0), when pdftotext is
# there, compare every truth file with the new PDFs (SCRIPT --check) and warn if one moved.
check_truth() {
    local nargs="$1"
    shift
    if [ "$nargs" -eq 0 ] && command -v pdftotext >/dev/null 2>&1; then
        "$@" --check ||
            echo "$(basename "$0"): WARNING: a truth file no longer matches its PDF (see above and README.md)" >&2
    fi
    return 0
}
