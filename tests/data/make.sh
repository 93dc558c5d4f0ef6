#!/usr/bin/env bash
# Regenerates the bad-input fixtures in this folder from the samples.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# A PDF cut off after 4000 bytes, as an interrupted download leaves it: header and the first
# objects, no cross-reference table, no trailer.
head -c 4000 "$here/../../samples/appendix1.pdf" > "$here/truncated.pdf"
# A text file with a .pdf name.
printf 'This is a plain text file, not a PDF.\n' > "$here/not-a-pdf.pdf"
# The appendix with every page turned by /Rotate 90 (text runs sideways as displayed), and
# with page 2 alone turned by 270: needs qpdf.
qpdf --rotate=+90 "$here/../../samples/appendix1.pdf" "$here/rotated.pdf"
qpdf --rotate=+270:2 "$here/../../samples/appendix1.pdf" "$here/rotated-page2.pdf"
