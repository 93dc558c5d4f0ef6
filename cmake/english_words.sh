#!/bin/sh
# english_words.sh DIC AFF OUT
# Writes the words of a Hunspell dictionary, every form its affixes make (Hunspell's own
# unmunch, Debian package hunspell-tools), as C string literals, one a line, in byte order:
# the word list lib/text/spell.cpp looks words up in, built into the library.
set -eu
mkdir -p "$(dirname "$3")"
unmunch "$1" "$2" 2> /dev/null | cut -f1 | grep -v '["\\]' | LC_ALL=C sort -u |
  sed 's/.*/"&\\n"/' > "$3.tmp"
mv "$3.tmp" "$3"
