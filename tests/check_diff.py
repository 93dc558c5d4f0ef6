#!/usr/bin/env python3
"""`extract-plan diff` on the pairs of samples/diff: each pair's JSON against its hand-checked
samples/diff/NAME.expected.json, the folders paired by name as JSON Lines, the report, and
diff(1)'s exit statuses. check_diff.py CLI SAMPLES_DIFF
"""
import json
import pathlib
import subprocess
import sys

cli, folder = sys.argv[1], pathlib.Path(sys.argv[2])
names = sorted(p.stem for p in (folder / "old").glob("*.pdf"))
assert names == ["audit-tracker", "rag-plan", "same-plan"], names


def run(*args):
    return subprocess.run([cli, "diff", *map(str, args)], capture_output=True, text=True,
                          timeout=300)


for name in names:
    expected = json.loads((folder / f"{name}.expected.json").read_text())
    got = run(folder / "old" / f"{name}.pdf", folder / "new" / f"{name}.pdf", "--json")
    assert got.returncode == (1 if expected["changes"] else 0), (name, got.returncode, got.stderr)
    assert json.loads(got.stdout) == expected, f"{name}: the diff differs from its expected file"
# The same plan from two producers gives no change at all.
assert not json.loads((folder / "same-plan.expected.json").read_text())["changes"]
# Folders: one JSON line a pair, in order of name.
got = run(folder / "old", folder / "new", "--json")
assert got.returncode == 1, got.stderr
lines = [json.loads(l) for l in got.stdout.splitlines()]
assert lines == [json.loads((folder / f"{n}.expected.json").read_text()) for n in names]
# The report, grouped.
report = run(folder / "old" / "audit-tracker.pdf", folder / "new" / "audit-tracker.pdf").stdout
for group in ("Completed", "Slipped", "Changed", "Added", "Removed"):
    assert f"\n{group}\n" in report, report
# Trouble is 2, with the usual error line.
got = run(folder / "old" / "audit-tracker.pdf", folder / "missing.pdf")
assert got.returncode == 2 and "(file_not_found)" in got.stderr, (got.returncode, got.stderr)
assert run(folder / "old" / "audit-tracker.pdf").returncode == 2  # a usage error
print("diff: ok")
