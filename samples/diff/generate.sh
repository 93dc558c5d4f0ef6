#!/usr/bin/env bash
# Regenerate the diff samples from their committed sources:
#
#   src/NAME.pair.json --src/make_diff_samples.py--> src/{old,new}/NAME.html | .fodt
#   .html --headless Chromium--> {old,new}/NAME.pdf
#   .fodt --LibreOffice------> {old,new}/NAME.pdf
#
# Installs nothing. Needs (Debian 12): apt-get install -y python3 chromium
#   libreoffice-writer-nogui fonts-liberation2 fonts-dejavu-core
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
python3 src/make_diff_samples.py > /dev/null
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for side in old new; do
  mkdir -p "$side"
  for src in src/"$side"/*.html src/"$side"/*.fodt; do
    [[ -f "$src" ]] || continue
    name="$(basename "${src%.*}")"
    case "$src" in
      *.html)
        chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
          --disable-component-update --disable-sync --no-first-run \
          --user-data-dir="$tmp/chromium-profile" --no-pdf-header-footer \
          --print-to-pdf="$tmp/$name.pdf" "file://$here/$src" > "$tmp/chromium.log" 2>&1 ||
          { cat "$tmp/chromium.log" >&2; exit 1; }
        ;;
      *.fodt)
        # A throw-away profile so that no user settings leak in.
        soffice -env:UserInstallation="file://$tmp/lo-profile" --headless --convert-to pdf \
          --outdir "$tmp" "$src" > "$tmp/soffice.log" 2>&1 || { cat "$tmp/soffice.log" >&2; exit 1; }
        ;;
    esac
    [[ -s "$tmp/$name.pdf" ]] || { echo "no PDF for $src" >&2; exit 1; }
    mv -f "$tmp/$name.pdf" "$side/$name.pdf"
    echo "wrote $side/$name.pdf"
  done
done
