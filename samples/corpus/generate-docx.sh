#!/usr/bin/env bash
# Regenerate the Word-made sample PDFs:
#
#   src/make_docx.py (content inside) --python-docx--> src/NAME.docx
#   src/NAME.docx --LibreOffice Writer (soffice)-----> NAME.pdf
#
#   bash samples/corpus/generate-docx.sh            every document
#   bash samples/corpus/generate-docx.sh NAME...    only these
#
# Installs nothing.  Needs (Debian 12):
#   apt-get install -y python3 python3-docx libreoffice-writer-nogui fonts-liberation2 poppler-utils
# The tables use Word's built-in table styles by name, from python-docx's default template.
# Afterwards, when pdftotext is there, it checks every NAME.truth.json against the new PDFs
# and says so if a page break moved.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
. "$here/lib.sh"

# python-docx: the system python3 (Debian's python3-docx), not a virtualenv's or pyenv's.
py=""
for c in /usr/bin/python3 python3; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c "import docx" >/dev/null 2>&1; then py="$c"; break; fi
done
[ -n "$py" ] || die "no python3 with python-docx found (apt-get install -y python3-docx)"
need soffice libreoffice-writer-nogui "soffice (LibreOffice)"
need_fonts fonts-liberation2 "Liberation Sans"

"$py" src/make_docx.py "$@"
if [ "$#" -gt 0 ]; then names=("$@"); else mapfile -t names < <("$py" src/make_docx.py --names); fi

make_tmp
soffice_pdf docx "${names[@]}"
report_pages "${names[@]}"
check_truth "$#" "$py" src/make_docx.py
