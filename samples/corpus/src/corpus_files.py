"""What make_corpus.py and make_sheets.py share: the content files, the truth files, and
their command line. Each script writes the sources of its own producers and says how its
PDFs are read back into a truth (`truth_for`); this module does the rest.

    SCRIPT                 write the sources of every document of its producers
    SCRIPT --check         compare every NAME.truth.json with the truth read from its PDF
    SCRIPT --truth NAME    write a draft NAME.truth.json (never over one that exists)
"""
import difflib
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)


def load(name):
    with open(os.path.join(HERE, name + ".content.json"), encoding="utf-8") as f:
        return json.load(f)


def names(producers):
    """The documents whose content file names one of `producers`, in name order."""
    found = sorted(f[:-len(".content.json")] for f in os.listdir(HERE)
                   if f.endswith(".content.json"))
    return [n for n in found if load(n)["producer"] in producers]


def dump(obj):
    text = json.dumps(obj, ensure_ascii=False, indent=1)
    return re.sub(r"\[\s*(\d+),\s*(\d+)\s*\]", r"[\1, \2]", text) + "\n"


def cmd_truth(name, truth_for):
    path = os.path.join(CORPUS, name + ".truth.json")
    truth, problems, notes = truth_for(name)
    for p in notes:
        print("%s: note: %s" % (name, p))
    for p in problems:
        print("%s: %s" % (name, p))
    if os.path.exists(path):
        print("%s exists; not overwritten (draft written to %s.draft)" % (path, path))
        path += ".draft"
    with open(path, "w", encoding="utf-8") as f:
        f.write(dump(truth))
    print("wrote", path)


def cmd_check(documents, truth_for):
    bad = 0
    for name in documents:
        path = os.path.join(CORPUS, name + ".truth.json")
        if not os.path.exists(path):
            print("%s: no truth file" % name)
            bad += 1
            continue
        with open(path, encoding="utf-8") as f:
            have = json.load(f)
        want, problems, _ = truth_for(name)
        for p in problems:
            print("%s: %s" % (name, p))
        bad += len(problems)
        if have != want:
            bad += 1
            a, b = dump(have).splitlines(), dump(want).splitlines()
            print("%s: truth differs from content + PDF:" % name)
            for line in list(difflib.unified_diff(a, b, "truth", "now", lineterm="", n=1))[:40]:
                print("   ", line)
        else:
            print("%s: truth matches" % name)
    return 1 if bad else 0


def main(argv, producers, writers, truth_for):
    """`writers` maps a producer to (source extension, function(name, doc) -> text)."""
    if argv[1:2] == ["--check"]:
        return cmd_check(names(producers), truth_for)
    if argv[1:2] == ["--truth"]:
        for name in argv[2:]:
            cmd_truth(name, truth_for)
        return 0
    for name in names(producers):
        doc = load(name)
        ext, fn = writers[doc["producer"]]
        path = os.path.join(HERE, "%s.%s" % (name, ext))
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(fn(name, doc))
        print("wrote src/%s.%s" % (name, ext))
    return 0
