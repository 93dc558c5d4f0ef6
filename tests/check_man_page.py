#!/usr/bin/env python3
"""The man page and --help name the same options: check_man_page.py CLI MANPAGE."""
import re
import subprocess
import sys

cli, page = sys.argv[1:3]


def flags_of(text):
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])\b", text))


helps = subprocess.run([cli, "--help"], capture_output=True, text=True, check=True).stdout
for command in ("verify", "parse-field"):
    helps += subprocess.run([cli, command, "--help"], capture_output=True, text=True,
                            check=True).stdout
# roff writes a dash as \- ; the page's own comment lines are not options.
roff = "\n".join(l for l in open(page, encoding="utf-8") if not l.startswith('.\\"'))
manual = roff.replace("\\-", "-").replace("\\fB", "").replace("\\fR", "").replace("\\fI", "")
in_help, in_manual = flags_of(helps), flags_of(manual)
version = subprocess.run([cli, "--version"], capture_output=True, text=True).stdout.split()[-1]
problems = [f"{f} is in --help, not in the man page" for f in sorted(in_help - in_manual)]
problems += [f"{f} is in the man page, not in --help" for f in sorted(in_manual - in_help)]
if f'"extract-plan {version}"' not in roff:
    problems.append(f"the man page is not of version {version}")
if problems:
    sys.exit("\n".join(problems))
print(f"{len(in_help)} options in both")
