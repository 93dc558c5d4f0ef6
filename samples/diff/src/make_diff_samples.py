#!/usr/bin/env python3
"""Write the sources of the diff samples: pairs of versions of one plan, made from one
description each, so that what changed between them is known before either PDF is read.

    python3 samples/diff/src/make_diff_samples.py

Each src/NAME.pair.json holds {"layout": ..., "old": <plan>, "new": <plan>} in the content
format of samples/corpus/src/make_corpus.py (its docstring has it), with a "producer" for
each side. It writes src/old/NAME.(html|fodt) and src/new/NAME.(html|fodt); generate.sh
prints them to old/NAME.pdf and new/NAME.pdf. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "corpus", "src"))
import make_corpus  # noqa: E402  (the corpus's own writers, reused)


def main():
    for name in sorted(f[: -len(".pair.json")] for f in os.listdir(HERE) if f.endswith(".pair.json")):
        with open(os.path.join(HERE, name + ".pair.json"), encoding="utf-8") as f:
            pair = json.load(f)
        for side in ("old", "new"):
            doc = dict(pair[side])
            doc.setdefault("layout", pair["layout"])
            doc.setdefault("title", "")
            ext, write = {"lo": ("fodt", make_corpus.make_fodt),
                          "chromium": ("html", make_corpus.make_html)}[doc["producer"]]
            os.makedirs(os.path.join(HERE, side), exist_ok=True)
            path = os.path.join(HERE, side, "%s.%s" % (name, ext))
            with open(path, "w", encoding="utf-8", newline="\n") as out:
                out.write(write(name, doc))
            print("wrote src/%s/%s.%s" % (side, name, ext))


if __name__ == "__main__":
    main()
