#!/usr/bin/env bash
# Regenerate the eight extra corpus documents (grouped headers, footnotes, unknown headers,
# label-and-value lines):
#
#   src/make_extra.py (content in the script) --> src/NAME.html | src/NAME.fodt
#   src/NAME.fodt --LibreOffice Writer--> NAME.pdf
#   src/NAME.html --headless Chromium---> NAME.pdf
#
#   bash samples/corpus/generate-extra.sh            all eight
#   bash samples/corpus/generate-extra.sh NAME...    only these
#
# Installs nothing.  Needs (Debian 12):
#   apt-get install -y python3 libreoffice-writer-nogui chromium fonts-liberation2 poppler-utils
# Afterwards, when pdftotext is there, it checks each NAME.truth.json against the
# new PDFs (python3 src/make_extra.py --check) and says so if a page break moved.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
. "$here/lib.sh"

need python3 python3
python3 src/make_extra.py "$@" >/dev/null
if [ "$#" -gt 0 ]; then names=("$@"); else mapfile -t names < <(python3 src/make_extra.py --names); fi

lo=(); web=()
for n in "${names[@]}"; do
    case "$(source_ext "$n" fodt html)" in
        fodt) lo+=("$n") ;;
        html) web+=("$n") ;;
        *) die "no source for '$n'" ;;
    esac
done
[ "${#lo[@]}" -eq 0 ] || need soffice libreoffice-writer-nogui "soffice (LibreOffice)"
[ "${#web[@]}" -eq 0 ] || find_chromium
need_fonts fonts-liberation2 "Liberation Sans" "Liberation Serif"

make_tmp
[ "${#lo[@]}" -eq 0 ] || soffice_pdf fodt "${lo[@]}"
[ "${#web[@]}" -eq 0 ] || chromium_pdf "${web[@]}"
report_pages "${names[@]}"
check_truth "$#" python3 src/make_extra.py
