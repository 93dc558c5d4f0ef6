#!/usr/bin/env python3
"""The batch command line, end to end: extract-plan over the samples mixed with bad inputs,
in every framing, with every flag. Each case is one ctest entry:

    check_batch.py CLI SAMPLES TESTDATA WORKDIR CASE
"""
import csv
import io
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

CLI, SAMPLES, TESTDATA, WORK, CASE = sys.argv[1:6]
SAMPLES = pathlib.Path(SAMPLES)
TESTDATA = pathlib.Path(TESTDATA)
WORK = pathlib.Path(WORK) / CASE
shutil.rmtree(WORK, ignore_errors=True)
WORK.mkdir(parents=True)

# Byte order of the path, as extract-plan reads a folder and `LC_ALL=C sort` sorts a list.
SAMPLE_PDFS = sorted((str(p) for p in SAMPLES.rglob("*.pdf")), key=os.fsencode)
# The samples with a NAME.expected.json beside them, which verify reads.
VERIFIABLE = [p for p in SAMPLE_PDFS if os.path.exists(p[:-4] + ".expected.json")]
# A text file named .pdf, a truncated PDF, a path that does not exist.
BAD = {str(TESTDATA / "not-a-pdf.pdf"): "not_a_pdf",
       str(TESTDATA / "truncated.pdf"): "damaged",
       str(WORK / "missing.pdf"): "file_not_found"}
MIXED = [SAMPLE_PDFS[0], *BAD.keys(), *SAMPLE_PDFS[1:]]


def run(*args, stdin=None, expect=0, env=None):
    result = subprocess.run([CLI, *map(str, args)], input=stdin, capture_output=True,
                            env=env, timeout=600)
    if result.returncode != expect:
        sys.exit(f"{args}: exit {result.returncode}, expected {expect}\n"
                 f"stderr: {result.stderr.decode()}")
    return result.stdout, result.stderr.decode()


def check(condition, message):
    if not condition:
        sys.exit(message)


def single(pdf, *flags):
    """The document object one run on one file gives."""
    return json.loads(run(pdf, "--json", *flags)[0])


def check_failures(stderr, count_files):
    for path, code in BAD.items():
        check(re.search(rf"^extract-plan: {re.escape(path)}: .+ \({code}\)$", stderr, re.M),
              f"no error line for {path} ({code}) in:\n{stderr}")
    check(f"{count_files} files, " in stderr and f", {len(BAD)} failed" in stderr,
          f"no closing summary in:\n{stderr}")


def case_bad_inputs_json():
    out, err = run(*MIXED, "--json", "-j", "2", expect=1)
    docs = json.loads(out)
    check(len(docs) == len(MIXED), f"{len(docs)} entries for {len(MIXED)} inputs")
    for path, doc in zip(MIXED, docs):
        if path in BAD:
            check(doc["error"]["code"] == BAD[path], f"{path}: {doc}")
            check(doc["source"]["file"] == os.path.basename(path), f"{path}: {doc['source']}")
        else:
            check(doc == single(path), f"{path}: differs from a run on it alone")
    check_failures(err, len(MIXED))


def case_bad_inputs_jsonl():
    out, err = run(*MIXED, "--jsonl", "-j", "2", expect=1)
    lines = out.decode().splitlines()
    check(len(lines) == len(MIXED), f"{len(lines)} lines for {len(MIXED)} inputs")
    for path, line in zip(MIXED, lines):
        doc = json.loads(line)
        if path in BAD:
            check(doc["error"]["code"] == BAD[path], f"{path}: {doc}")
        else:
            check(doc == single(path), f"{path}: differs from a run on it alone")
    check_failures(err, len(MIXED))


def case_bad_inputs_csv():
    out, err = run(*MIXED, "--csv", "-j", "2", expect=1)
    check(b"\r\n" in out, "CSV lines must end in CRLF")
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"), newline="")))
    for path in SAMPLE_PDFS:
        doc = single(path)
        mine = [r for r in rows if r["file"] == path]
        check(len(mine) == len(doc["records"]), f"{path}: {len(mine)} rows, "
              f"{len(doc['records'])} records")
        for row, rec in zip(mine, doc["records"]):
            check(row["recommendation"] == rec["recommendation"], f"{path}: recommendation")
            check(row["deadline"] == rec["deadline"]["text"], f"{path}: deadline")
            check(row["index"] == str(rec["index"]), f"{path}: index")
            check(row["pages_first"] == str(rec["pages"][0]), f"{path}: pages")
            other = json.dumps(rec["other"], separators=(",", ":"), ensure_ascii=False)
            check(row["other"] == (other if rec["other"] else ""), f"{path}: other")
            starts = [d["start"] for d in rec["deadline"]["dates"] if d["start"]]
            check(row["deadline_start"] == (min(starts) if starts else ""), f"{path}: start")
    check(not any(r["file"] in BAD for r in rows), "a failed input has rows")
    check_failures(err, len(MIXED))


def case_jobs_do_not_change_bytes():
    for framing in (["--json"], ["--jsonl"], ["--csv"], ["--tables", "--jsonl"], []):
        one, _ = run(*MIXED, *framing, "-j", "1", "-q", expect=1)
        two, _ = run(*MIXED, *framing, "-j", "2", "-q", expect=1)
        check(one == two, f"{framing}: -j 2 differs from -j 1")


def case_folders_and_lists():
    by_folder, _ = run(SAMPLES, "--jsonl", "-q")
    listed = "\n".join(SAMPLE_PDFS) + "\n"
    from_stdin, _ = run("--files-from", "-", "--jsonl", "-q", stdin=listed.encode())
    (WORK / "list.txt").write_text(listed)
    from_file, _ = run("--files-from", WORK / "list.txt", "--jsonl", "-q")
    check(by_folder == from_stdin == from_file, "a folder and a list of its files differ")
    check(len(by_folder.decode().splitlines()) == len(SAMPLE_PDFS), "a sample is missing")
    # Any letter case of .pdf, in sorted order of path.
    folder = WORK / "mixed-case"
    folder.mkdir()
    shutil.copy(SAMPLE_PDFS[0], folder / "B.PDF")
    shutil.copy(SAMPLE_PDFS[1], folder / "a.Pdf")
    (folder / "notes.txt").write_text("not a pdf")
    out, _ = run(folder, "--jsonl", "-q")
    names = [json.loads(l)["source"]["file"] for l in out.decode().splitlines()]
    check(names == ["B.PDF", "a.Pdf"], f"found {names}")
    # One folder holding one PDF is still an array: the inputs could have been several.
    one = WORK / "one"
    one.mkdir()
    shutil.copy(SAMPLE_PDFS[0], one / "x.pdf")
    check(isinstance(json.loads(run(one, "--json")[0]), list), "a folder gives an array")
    check(isinstance(json.loads(run(one / "x.pdf", "--json")[0]), dict), "a file an object")


def case_gnu_parallel():
    # The local form of the README's run across hosts: --sshlogin ':' is this machine.
    listed = "\n".join(SAMPLE_PDFS) + "\n"
    split = subprocess.run(
        ["parallel", "--will-cite", "-k", "-j", "2", "--sshlogin", ":", CLI, "--jsonl", "-q",
         "{}", "::::", "-"], input=listed.encode(), capture_output=True, timeout=600)
    check(split.returncode == 0, f"parallel failed: {split.stderr.decode()}")
    whole, _ = run(SAMPLES, "--jsonl", "-q")
    check(split.stdout == whole, "the split run differs from one run")


def case_out_dir():
    out_dir = WORK / "results"
    out_dir.mkdir()
    # Files named by themselves are named below the deepest folder they share.
    common = os.path.commonpath([os.path.dirname(p) for p in BAD])
    name_of = {p: os.path.relpath(p, common)[:-4] for p in BAD}
    stale = out_dir / (name_of[str(TESTDATA / "not-a-pdf.pdf")] + ".json")
    stale.parent.mkdir(parents=True)
    stale.write_text("stale")  # an earlier run's result
    out, err = run(SAMPLES, *BAD.keys(), "--out-dir", out_dir, "-q", expect=1)
    check(out == b"", "--out-dir writes nothing to stdout")
    for path in SAMPLE_PDFS:
        name = pathlib.Path(path).relative_to(SAMPLES).with_suffix(".json")
        target = out_dir / name
        check(target.exists(), f"no {target}")
        check(json.loads(target.read_text()) == single(path), f"{target} differs")
    check(not stale.exists(), "a failed input's stale result is left")
    # A failed input leaves NAME.error.json, its error entry: the folder tells all.
    for path, code in BAD.items():
        failure = out_dir / (name_of[path] + ".error.json")
        check(failure.exists(), f"no {failure}")
        check(json.loads(failure.read_text())["error"]["code"] == code, f"{failure}")
    # A file named alone is named by its own name.
    run(SAMPLE_PDFS[0], "--tables", "--out-dir", out_dir)
    stem = pathlib.Path(SAMPLE_PDFS[0]).stem
    check("header_rows" in (out_dir / f"{stem}.tables.json").read_text(), "no NAME.tables.json")
    run(SAMPLE_PDFS[0], "--csv", "--out-dir", out_dir)
    check((out_dir / f"{stem}.csv").read_text().startswith("file,table,index"), "no NAME.csv")
    # Scattered absolute paths: named below their deepest common folder, never the root.
    scattered = out_dir.parent / "scattered"
    for year in ("2021", "2022"):
        (WORK / "archive" / year).mkdir(parents=True)
        shutil.copy(SAMPLE_PDFS[0], WORK / "archive" / year / "cabinet.pdf")
    run(WORK / "archive" / "2021" / "cabinet.pdf", WORK / "archive" / "2022" / "cabinet.pdf",
        "--out-dir", scattered, "-q")
    names = sorted(str(p.relative_to(scattered)) for p in scattered.rglob("*.json"))
    check(names == ["2021/cabinet.json", "2022/cabinet.json"], f"{names}")
    # A later success removes the earlier error file.
    broken = WORK / "archive" / "2021" / "cabinet.pdf"
    shutil.copy(TESTDATA / "not-a-pdf.pdf", broken)
    run(broken, "--out-dir", scattered, "-q", expect=1)
    check((scattered / "cabinet.error.json").exists(), "no cabinet.error.json")
    shutil.copy(SAMPLE_PDFS[0], broken)
    run(broken, "--out-dir", scattered, "-q")
    check(not (scattered / "cabinet.error.json").exists(), "a stale error file is left")
    check(not list(out_dir.rglob("*.partial")), "a temporary file is left")
    # Two inputs that would write the same file are a usage error.
    _, err = run(SAMPLE_PDFS[0], SAMPLE_PDFS[0], "--out-dir", out_dir, expect=2)
    check("same name" in err, err)
    # A folder that cannot be made is a clear error, not a crash.
    (WORK / "a-file").write_text("x")
    _, err = run(SAMPLE_PDFS[0], "--out-dir", WORK / "a-file", expect=1)
    check("cannot make the folder" in err, err)


def tree_of(folder):
    """Every path below `folder` with its bytes (a link's target for a link)."""
    out = {}
    for p in sorted(pathlib.Path(folder).rglob("*")):
        out[str(p)] = ("link:" + os.readlink(p)) if p.is_symlink() else (
            p.read_bytes() if p.is_file() else "folder")
    return out


def case_out_dir_links():
    # Links planted in --out-dir never send a write outside it: not a linked subfolder, not a
    # link in a result's place, not a link where the temporary file once was.
    victim = WORK / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_text("mine")
    archive = WORK / "archive"
    (archive / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES / "appendix1.pdf", archive / "sub" / "a.pdf")
    shutil.copy(SAMPLES / "appendix1.pdf", archive / "b.pdf")
    shutil.copy(SAMPLES / "appendix1.pdf", archive / "c.pdf")
    out_dir = WORK / "results"
    out_dir.mkdir()
    os.symlink(victim, out_dir / "sub")
    os.symlink(victim / "keep.txt", out_dir / "b.json")
    os.symlink(victim / "keep.txt", out_dir / "c.json.partial")
    before = tree_of(victim)
    _, err = run(archive, "--out-dir", out_dir, "-q", expect=1)
    check(tree_of(victim) == before, f"a file outside --out-dir changed: {tree_of(victim)}")
    check("sub is a symbolic link, not a folder" in err and "(write_failed)" in err, err)
    # b.json's link is replaced by the result itself; c.json is written beside the old link.
    check(not (out_dir / "b.json").is_symlink(), "b.json is still a link")
    check(json.loads((out_dir / "b.json").read_text()) == single(archive / "b.pdf"), "b.json")
    check(json.loads((out_dir / "c.json").read_text()) == single(archive / "c.pdf"), "c.json")
    check(not list(out_dir.glob(".extract-plan-*")), "a temporary file is left")
    # A name the system takes, too long once its suffix is added, says so.
    long_name = WORK / "long"
    long_name.mkdir()
    shutil.copy(SAMPLES / "appendix1.pdf", long_name / ("x" * 248 + ".pdf"))
    _, err = run(long_name, "--tables", "--out-dir", out_dir, "-q", expect=1)
    check("the name is too long with its suffix (260 bytes; 255 at most)" in err, err)


def case_two_batches_one_folder():
    # Two batches into one folder at once: each writes through temporary files of its own,
    # so neither fails the other, and the files are whole.
    out_dir = WORK / "results"
    args = [CLI, SAMPLES, "--out-dir", str(out_dir), "-q", "-j", "1"]
    first = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    second = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for p in (first, second):
        _, err = p.communicate(timeout=600)
        check(p.returncode == 0, f"a batch failed: {err.decode()}")
    for path in SAMPLE_PDFS:
        target = out_dir / pathlib.Path(path).relative_to(SAMPLES).with_suffix(".json")
        check(json.loads(target.read_text()) == single(path), f"{target} differs")
    check(not list(out_dir.rglob(".extract-plan-*")), "a temporary file is left")


def case_full_disk():
    # -o on a disk that fills up (a shim fails writes under a "full-disk" folder with ENOSPC
    # after 4 KB): the message says so, and no file of that name is left or changed.
    folder = WORK / "full-disk"
    folder.mkdir()
    env = dict(os.environ, LD_PRELOAD=os.environ["EXTRACT_PLAN_FULL_DISK_SHIM"],
               ASAN_OPTIONS="verify_asan_link_order=0:" + os.environ.get("ASAN_OPTIONS", ""))
    target = folder / "all.jsonl"
    _, err = run(SAMPLES, "--jsonl", "-o", target, "-q", expect=1, env=env)
    check("No space left on device" in err, err)
    check(not target.exists(), "a truncated file is left under the final name")
    target.write_text("the last run's\n")
    _, err = run(SAMPLES, "--jsonl", "-o", target, "-q", expect=1, env=env)
    check(target.read_text() == "the last run's\n", "the earlier file was changed")
    check(sorted(p.name for p in folder.iterdir()) == ["all.jsonl"], f"{list(folder.iterdir())}")
    # --out-dir on it: each file that does not fit fails with the reason.
    _, err = run(SAMPLES, "--out-dir", folder / "out", "-q", expect=1, env=env)
    check("No space left on device (write_failed)" in err, err)


def case_stdin():
    # A pipe is read through once, into memory: the same records as the file.
    sample = SAMPLES / "appendix1.pdf"
    out, _ = run("/dev/stdin", "--json", stdin=sample.read_bytes())
    doc = json.loads(out)
    check(doc["source"]["file"] == "stdin", f"{doc['source']}")
    check(doc["records"] == single(sample)["records"], "stdin gives other records")
    check(doc["source"]["sha256"] == single(sample)["source"]["sha256"], "another digest")
    dash, _ = run("-", "--json", stdin=sample.read_bytes())
    check(dash == out, "'-' and /dev/stdin differ")


def case_special_files():
    # Only regular files are read: a FIFO with no writer and a device that never ends, named
    # .pdf in a folder beside a PDF, are each reported at once (read_failed), never waited
    # on or read without end, and the PDF beside them is read.
    folder = WORK / "folder"
    folder.mkdir()
    shutil.copy(SAMPLES / "appendix1.pdf", folder / "a.pdf")
    os.mkfifo(folder / "b-pipe.pdf")
    os.symlink("/dev/zero", folder / "c-zero.pdf")
    started = time.monotonic()
    out, err = run(folder, "--jsonl", expect=1)
    check(time.monotonic() - started < 60, "a special file held the batch")
    docs = [json.loads(line) for line in out.decode().splitlines()]
    check([d["source"]["file"] for d in docs] == ["a.pdf", "b-pipe.pdf", "c-zero.pdf"], f"{docs}")
    check(docs[0]["records"] == single(SAMPLES / "appendix1.pdf")["records"], "a.pdf differs")
    for doc, kind in zip(docs[1:], ("a pipe (FIFO)", "a device")):
        check(doc["error"]["code"] == "read_failed", f"{doc}")
        check(f"it is {kind}, not a regular file" in doc["error"]["message"], f"{doc}")
    check("3 files, " in err and ", 2 failed" in err, err)


def case_hostile_names():
    # A file name holding a newline is still one line of stderr: the name is escaped.
    forged = WORK / "a\nextract-plan: forged.pdf (damaged)"
    shutil.copy(TESTDATA / "not-a-pdf.pdf", forged)
    _, err = run(forged, "--json", "-q", expect=1)
    check(err.count("\n") == 1 and "a\\nextract-plan: forged.pdf" in err, err)
    # CSV: a cell a spreadsheet would run as a formula starts with a ' unless --csv-raw
    # (here the file column, a name given as "=cmd.pdf").
    shutil.copy(SAMPLES / "appendix1.pdf", WORK / "=cmd.pdf")
    safe = subprocess.run([CLI, "=cmd.pdf", "--csv"], cwd=WORK, capture_output=True, timeout=600)
    rows = list(csv.reader(io.StringIO(safe.stdout.decode(), newline="")))
    check(len(rows) > 1 and all(r[0] == "'=cmd.pdf" for r in rows[1:]), f"{rows[:2]}")
    raw = subprocess.run([CLI, "=cmd.pdf", "--csv", "--csv-raw"], cwd=WORK, capture_output=True,
                         timeout=600)
    rows = list(csv.reader(io.StringIO(raw.stdout.decode(), newline="")))
    check(len(rows) > 1 and all(r[0] == "=cmd.pdf" for r in rows[1:]), f"{rows[:2]}")
    _, err = run(SAMPLES / "appendix1.pdf", "--json", "--csv-raw", expect=2)
    check("--csv" in err, err)
    # --csv-bom: a UTF-8 byte-order mark first, for Excel; none by default.
    bom, _ = run(SAMPLES / "appendix1.pdf", "--csv", "--csv-bom")
    check(bom.startswith(b"\xef\xbb\xbffile,table,"), f"{bom[:20]}")
    plain, _ = run(SAMPLES / "appendix1.pdf", "--csv")
    check(plain.startswith(b"file,table,") and bom[3:] == plain, f"{plain[:20]}")


def case_output_file():
    target = WORK / "all.jsonl"
    out, _ = run(SAMPLES, "--jsonl", "-o", target, "-q")
    check(out == b"", "-o writes nothing to stdout")
    check(target.read_bytes() == run(SAMPLES, "--jsonl", "-q")[0], "-o differs from stdout")


def case_pages():
    # appendix1-repeat.pdf prints its header on every page, so pages 2-3 alone are a plan.
    sample = SAMPLES / "appendix1-repeat.pdf"
    doc = single(sample, "--pages", "2-3")
    check(doc["records"], "no records on pages 2-3")
    for r in doc["records"]:
        check(2 <= r["pages"][0] and r["pages"][1] <= 3, f"record outside 2-3: {r['pages']}")
    check(single(sample, "--pages", "1,2,3-6") == single(sample), "all pages differ from none")
    # A plan whose header is printed on page 1 only is no plan on its later pages alone.
    doc = single(SAMPLES / "appendix1.pdf", "--pages", "2-3")
    check(doc["records"] == [] and doc["diagnostics"][-1]["code"] == "table.none", "page 1")
    _, err = run(sample, "--pages", "3-1", expect=2)
    check("--pages" in err, err)


def case_password():
    locked = WORK / "locked.pdf"
    subprocess.run(["qpdf", "--encrypt", "user-pw", "owner-pw", "256", "--",
                    str(SAMPLES / "appendix1.pdf"), str(locked)], check=True)
    _, err = run(locked, expect=1)
    check("(encrypted)" in err, err)
    _, err = run(locked, "--password", "wrong", expect=1)
    check("wrong" in err and "(encrypted)" in err, err)
    plain = single(SAMPLES / "appendix1.pdf")
    for pw in ("user-pw", "owner-pw"):
        doc = single(locked, "--password", pw)
        check(doc["records"] == plain["records"], f"records differ with {pw}")
    env = dict(os.environ, EXTRACT_PLAN_PASSWORD="user-pw")
    check(json.loads(run(locked, "--json", env=env)[0])["records"] == plain["records"],
          "EXTRACT_PLAN_PASSWORD is not read")
    # A file locked by an owner password alone opens without one, and so with a batch's
    # password meant for the others: both files of a batch come out.
    owner_only = WORK / "owner-only.pdf"
    subprocess.run(["qpdf", "--encrypt", "", "owner-pw", "256", "--",
                    str(SAMPLES / "appendix1.pdf"), str(owner_only)], check=True)
    docs = json.loads(run(locked, owner_only, "--json", "--password", "user-pw")[0])
    check([d["records"] for d in docs] == [plain["records"]] * 2,
          "a batch password breaks a file that needs none")


def case_progress():
    # Not a terminal: no progress line, only the summary; --quiet: nothing.
    _, err = run(SAMPLES, "--jsonl")
    check(err == f"{len(SAMPLE_PDFS)} files, {records_in_samples()} records, 0 failed\n", err)
    _, err = run(SAMPLES, "--jsonl", "--quiet")
    check(err == "", err)
    # A terminal: `script` gives the command a pseudo-terminal for its output.
    command = f"{CLI} {SAMPLES} --jsonl -j 2 -o {WORK / 'out.jsonl'}"
    shown = subprocess.run(["script", "-qec", command, "/dev/null"], capture_output=True,
                           timeout=600)
    text = shown.stdout.decode(errors="replace")
    check(re.search(r"\[\d+/%d\] [\d.]+ pages/s, ETA [\d-]+:[\d-]+, \S+" % len(SAMPLE_PDFS),
                    text), f"no progress line in {text!r}")
    check(f"{len(SAMPLE_PDFS)} files," in text, text)


def records_in_samples():
    return sum(len(single(p)["records"]) for p in SAMPLE_PDFS)


def case_tables_framings():
    out, _ = run(SAMPLES / "appendix1.pdf", SAMPLES / "appendix1-repeat.pdf", "--tables",
                 "--jsonl", "-q")
    lines = [json.loads(l) for l in out.decode().splitlines()]
    check(len(lines) == 2 and all("header_rows" in t for d in lines for t in d["tables"]),
          "--tables --jsonl")
    out, _ = run(SAMPLES / "appendix1.pdf", "--tables", "--csv")
    rows = list(csv.reader(io.StringIO(out.decode(), newline="")))
    check(rows[0] == ["file", "table", "row", "column", "header", "text", "pages_first",
                      "pages_last"], f"{rows[0]}")
    # appendix1.pdf's one table: its header row (row 0) of five cells, then the records.
    check(rows[1][:6] == [str(SAMPLES / "appendix1.pdf"), "0", "0", "0", "true", ""], f"{rows[1]}")
    check(rows[2][1:5] == ["0", "0", "1", "true"] and rows[2][5] == "RECOMMENDATION", f"{rows[2]}")
    check(rows[6][1:6] == ["0", "1", "0", "false", "1"], f"{rows[6]}")


def case_verify():
    out, _ = run("verify", SAMPLES, "-j", "2")
    text = out.decode()
    check(text.endswith(f"{len(VERIFIABLE)} passed, 0 failed\n"), text)
    check(text.count(": ok\n") == len(VERIFIABLE), text)
    # A deliberate change to one expected file: its path is reported, and the exit is 1.
    copy = WORK / "samples"
    shutil.copytree(SAMPLES, copy)
    expected = copy / "appendix1.expected.json"
    doc = json.loads(expected.read_text())
    doc["records"][3]["deadline"]["dates"][0]["end"] = "2031-12-31"
    expected.write_text(json.dumps(doc, indent=2))
    out, _ = run("verify", copy, expect=1)
    text = out.decode()
    check(re.search(r"appendix1\.pdf: records\[3\]\.deadline\.dates\[0\]\.end: "
                    r"expected \"2031-12-31\", got \"20\d\d-\d\d-\d\d\"\n", text), text)
    check(text.endswith(f"{len(VERIFIABLE) - 1} passed, 1 failed\n"), text)
    # --ignore skips the key; --update rewrites the file so the next run passes.
    run("verify", copy, "--ignore", "records[].deadline.dates[].end")
    run("verify", copy, "--update")
    run("verify", copy)
    check(json.loads(expected.read_text()) == single(SAMPLES / "appendix1.pdf"), "update")
    # A PDF named alone needs its expected file; a folder with none is an error.
    (copy / "corpus" / "savings-tracker-hrules.expected.json").unlink()
    run("verify", copy / "corpus" / "savings-tracker-hrules.pdf", expect=1)
    empty = WORK / "empty"
    empty.mkdir()
    run("verify", empty, expect=1)
    # A new archive: --update writes every missing expected file and says how many; the next
    # run passes. An input that fails is pinned by its error entry; a message that changes
    # wording is no difference, a code or page is.
    archive = WORK / "new-archive"
    (archive / "2024").mkdir(parents=True)
    shutil.copy(SAMPLES / "appendix1.pdf", archive / "2024" / "cabinet.pdf")
    shutil.copy(TESTDATA / "not-a-pdf.pdf", archive / "broken.pdf")
    out, _ = run("verify", archive, expect=1)  # nothing to verify yet
    out, _ = run("verify", archive, "--update")
    text = out.decode()
    check(text.endswith("0 passed, 0 failed, 2 expected files written\n"), text)
    check(f"{archive / 'broken.pdf'}: wrote {archive / 'broken.expected.json'}" in text, text)
    pinned = json.loads((archive / "broken.expected.json").read_text())
    check(pinned["error"]["code"] == "not_a_pdf", f"{pinned}")
    out, _ = run("verify", archive)
    check(out.decode().endswith("2 passed, 0 failed\n"), out.decode())
    expected = archive / "2024" / "cabinet.expected.json"
    doc = json.loads(expected.read_text())
    check(doc["diagnostics"], "the sample has no diagnostic to reword")
    doc["diagnostics"][0]["message"] = "worded otherwise"
    pinned["error"]["message"] = "worded otherwise"
    expected.write_text(json.dumps(doc, indent=2))
    (archive / "broken.expected.json").write_text(json.dumps(pinned, indent=2))
    run("verify", archive)
    doc["diagnostics"][0]["page"] += 1
    expected.write_text(json.dumps(doc, indent=2))
    out, _ = run("verify", archive, expect=1)
    check("diagnostics[0].page" in out.decode(), out.decode())
    # A path that does not exist says so.
    out, _ = run("verify", WORK / "no-such-folder", expect=1)
    check(f"{WORK / 'no-such-folder'}: no such file or folder" in out.decode(), out.decode())
    # An expected file nested 100,000 deep is refused in words, not a stack overflow.
    deep = WORK / "deep"
    deep.mkdir()
    shutil.copy(SAMPLES / "appendix1.pdf", deep / "appendix1.pdf")
    (deep / "appendix1.expected.json").write_text("[" * 100000 + "]" * 100000)
    out, _ = run("verify", deep, expect=1)
    check("appendix1.expected.json is nested more than 64 deep" in out.decode(), out.decode())
    # Output flags mean nothing to verify: refused, not ignored.
    _, err = run("verify", copy, "-o", WORK / "report.txt", expect=2)
    check("no output flags" in err, err)


def case_debug():
    review = WORK / "review"
    run(SAMPLES / "appendix1.pdf", "--debug", review, "-q")
    pages = sorted(p.name for p in review.glob("page-*.png"))
    check(pages == [f"page-{n:03d}.png" for n in range(1, 7)], f"{pages}")
    for p in review.glob("*.png"):
        check(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{p} is no PNG")
    html = (review / "index.html").read_text()
    page2, page3 = html.index('id="page-2"'), html.index('id="page-3"')
    row2 = html.index('id="record-0-2-page-2"')
    check(page2 < row2 < page3, "record 2 is not beside page 2")
    check(html.index("continued from page 1", row2) < page3, "row 2 is not marked continued")
    # Headless Chromium opens the page and prints what it shows: the records' text, row 2
    # continued from page 1 among page 2's, and the six pictures, loaded.
    printed = WORK / "review.pdf"
    shown = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={WORK / 'profile'}", "--no-pdf-header-footer",
         f"--print-to-pdf={printed}", (review / "index.html").as_uri()],
        capture_output=True, timeout=180)
    check(printed.exists(), f"Chromium printed nothing: {shown.stderr.decode()[-2000:]}")
    text = subprocess.run(["pdftotext", "-layout", str(printed), "-"], capture_output=True,
                          check=True).stdout.decode()
    # The printed columns are narrow: lines break anywhere, so compare without white space.
    flat = "".join(text.split())
    check("NatalieMcGrath" in flat, "the records' text is not shown")
    check("#2table0,number2,pages1-2continuedfrompage1" in flat,
          "row 2 is not shown continued from page 1")
    images = subprocess.run(["pdfimages", "-list", str(printed)], capture_output=True,
                            check=True).stdout.decode().splitlines()[2:]
    check(len(images) >= 6, f"{len(images)} pictures shown, not the six pages")
    # Several inputs: one folder each, and an index of them.
    many = WORK / "many"
    one, two = SAMPLES / "appendix1.pdf", SAMPLES / "appendix1-repeat.pdf"
    run(one, two, "--debug", many, "-q")
    name = two.stem  # named below the folder the inputs share
    check((many / name / "index.html").exists(), "no per-document review")
    check(f'href="{name}/index.html"' in (many / "index.html").read_text(), "no index")


def case_timeout():
    # nested-forms.pdf draws 10^9 rectangles: with no page limit to speak of it would read for
    # ever, but the document's own limit stops it. The documents around it are still written.
    hang = TESTDATA / "nested-forms.pdf"
    started = time.monotonic()
    out, err = run(SAMPLE_PDFS[0], hang, SAMPLE_PDFS[1], "--jsonl", "-j", "2",
                   "--page-time-limit", "100000", "--timeout", "2", expect=1)
    check(time.monotonic() - started < 6, "the document ran past its time limit")
    docs = [json.loads(l) for l in out.decode().splitlines()]
    check(len(docs) == 3, f"{len(docs)} lines")
    check(docs[1]["error"]["code"] == "too_slow", f"{docs[1]}")
    check(docs[0] == single(SAMPLE_PDFS[0]) and docs[2] == single(SAMPLE_PDFS[1]), "others")
    check(re.search(rf"^extract-plan: {re.escape(str(hang))}: .+ \(too_slow\)$", err, re.M), err)
    # Alone, it is read in the batch's own process: the same error.
    out, err = run(hang, "--json", "--page-time-limit", "100000", "--timeout", "1", expect=1)
    alone = json.loads(out)
    check(alone["error"]["code"] == "too_slow", f"{alone}")
    check(alone["error"]["message"] ==
          "reading the document took longer than its time limit of 1 s", f"{alone}")
    # Under the page limit, the same file is read in part and succeeds, with page.too_slow.
    doc = json.loads(run(hang, "--json", "--page-time-limit", "0.5")[0])
    check(any(d["code"] == "page.too_slow" for d in doc["diagnostics"]), f"{doc}")


HOSTILE = TESTDATA / "hostile"


def case_limits():
    # A page of 100,000 repeated blocks takes some 190 MiB up to its character limit: under a
    # memory limit of 60 MiB it is stopped, in a worker and alone; its neighbours are written.
    hog = HOSTILE / "repeated-blocks.pdf"
    out, err = run(SAMPLE_PDFS[0], hog, SAMPLE_PDFS[1], "--jsonl", "-j", "2",
                   "--memory-limit", "60", expect=1)
    docs = [json.loads(l) for l in out.decode().splitlines()]
    check(docs[1]["error"]["code"] == "too_large", f"{docs[1]}")
    check(docs[1]["error"]["message"] == "it took more than 60 MiB of memory; stopped", f"{docs[1]}")
    check(docs[0] == single(SAMPLE_PDFS[0]) and docs[2] == single(SAMPLE_PDFS[1]), "others")
    check(re.search(rf"^extract-plan: {re.escape(str(hog))}: .+ \(too_large\)$", err, re.M), err)
    out, _ = run(hog, "--json", "--memory-limit", "60", expect=1)
    check(json.loads(out)["error"]["code"] == "too_large", out)
    # Within the default limits it is read to the page's character limit, and says so.
    doc = single(hog)
    check(any(d["code"] == "page.too_large" for d in doc["diagnostics"]), f"{doc['diagnostics']}")
    # Too many pages: an error at once.
    out, err = run(HOSTILE / "many-pages.pdf", "--json", "--max-pages", "1000", expect=1)
    check(json.loads(out)["error"] == {
        "code": "too_large",
        "message": "the document has 2000 pages to read, more than the limit of 1000"}, out)


def case_catalogue():
    # Every sample among every hostile and damaged file: each sample's result as it is alone,
    # an error line for each file that cannot be read, a result for every other, exit 1.
    catalogue = sorted(str(p) for p in [*TESTDATA.glob("*.pdf"), *HOSTILE.glob("*.pdf")])
    inputs = [p for pair in zip(SAMPLE_PDFS, catalogue) for p in pair]
    inputs += SAMPLE_PDFS[len(catalogue):] + catalogue[len(SAMPLE_PDFS):]
    unreadable = {"not-a-pdf.pdf": "not_a_pdf", "truncated.pdf": "damaged",
                  "type3-unnamed.pdf": "no_text_layer", "cid-no-tounicode.pdf": "no_text_layer",
                  "simple-no-tounicode.pdf": "no_text_layer"}
    out, err = run(*inputs, "--jsonl", "-j", "2", "--page-time-limit", "1", expect=1)
    docs = [json.loads(l) for l in out.decode().splitlines()]
    check(len(docs) == len(inputs), f"{len(docs)} results for {len(inputs)} inputs")
    for path, doc in zip(inputs, docs):
        name = os.path.basename(path)
        if path in SAMPLE_PDFS:
            check(doc == single(path), f"{name} differs in the batch")
        elif name in unreadable:
            check(doc.get("error", {}).get("code") == unreadable[name], f"{name}: {doc}")
            check(re.search(rf"^extract-plan: {re.escape(path)}: .+ \({unreadable[name]}\)$",
                            err, re.M), f"no error line for {name}")
        else:
            check("error" not in doc, f"{name}: {doc.get('error')}")
    errors = [l for l in err.splitlines() if l.startswith("extract-plan: ") and l.endswith(")")]
    check(len(errors) == len(unreadable), f"{len(errors)} error lines:\n{err}")
    check(f"{len(inputs)} files, " in err and f", {len(unreadable)} failed" in err, err)


def case_help():
    out, _ = run("--help")
    text = out.decode()
    for flag in ("--json", "--jsonl", "--csv", "--tables", "--out-dir", "--output", "--jobs",
                 "--quiet", "--pages", "--password", "--debug", "--timeout", "--memory-limit",
                 "--max-pages",
                 "--page-time-limit", "--school-terms", "--files-from", "verify",
                 "parse-field", "Examples:"):
        check(flag in text, f"--help does not list {flag}")
    out, _ = run("verify", "--help")
    check("--update" in out.decode() and "--ignore" in out.decode(), "verify --help")
    check("1 a difference" in out.decode(), "verify --help gives no exit statuses of its own")
    # Each subcommand's help says its own exit statuses, not the extraction's.
    out, _ = run("diff", "--help")
    check("1 changes found" in out.decode() and "--json" in out.decode(), "diff --help")
    check("1 an input failed" not in out.decode(), "diff --help gives the extraction's statuses")
    out, _ = run("parse-field", "--help")
    for field in ("deadline", "lead_officer", "number", "response", "rag", "state"):
        check(field in out.decode(), f"parse-field --help does not name {field}")


def case_usage_words():
    # A value a flag cannot take is a usage error that says what it expects, in words.
    for flags, words in ((("--timeout", "-1"), "0 or more"), (("--timeout", "nan"), "0 or more"),
                         (("--memory-limit", "inf"), "0 or more"),
                         (("-j", "abc"), "whole number"), (("-j", "0"), "whole number")):
        _, err = run(SAMPLES / "appendix1.pdf", *flags, expect=2)
        check(words in err and "got '" in err, f"{flags}: {err}")
    # A folder with no PDF names itself, and JSON still gets its array.
    empty = WORK / "no-pdfs"
    empty.mkdir(parents=True, exist_ok=True)
    out, err = run(empty, "--json", expect=1)
    check(out == b"[]\n" and str(empty) in err, f"{out!r} {err}")
    # -o says why it could not write.
    _, err = run(SAMPLES / "appendix1.pdf", "-o", WORK / "missing" / "out.json", expect=1)
    check("no such folder" in err, err)
    _, err = run(SAMPLES / "appendix1.pdf", "-o", WORK, expect=1)
    check("it is a folder" in err, err)


globals()["case_" + CASE]()
print(f"{CASE}: ok")
