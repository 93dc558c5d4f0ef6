#!/usr/bin/env python3
"""Tests of score_peers.py with the stand-in CLIs in testdata/.

    python3 tests/peers/test_score_peers.py          (or: python3 -m unittest ...)

The runs over the real peers corpus use $PEERS_DIR (default ../shared/corpus/peers beside the checkout)
and are skipped when it is absent; the rest build a one-case corpus in a temp folder.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.join(HERE, "testdata")
SCORER = os.path.join(HERE, "score_peers.py")
PEERS = os.environ.get(
    "PEERS_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/corpus/peers"))
sys.path.insert(0, HERE)
import score_peers as sp  # noqa: E402

SUMMARY = re.compile(r"^peers: F1 (\d\.\d{3}) \(macro, (\d+) tables in (\d+) cases: "
                     r"tabula (\S+), camelot (\S+), icdar2013 (\S+); "
                     r"(\d+) pdfplumber cases not scored\)$")


def run(cli, peers, *extra):
    proc = subprocess.run([sys.executable, SCORER, "--cli", cli, "--peers", peers] + list(extra),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=600)
    return proc


def score(proc):
    last = proc.stdout.strip().splitlines()[-1]
    m = SUMMARY.match(last)
    if not m:
        raise AssertionError("bad summary line: %r" % last)
    return float(m.group(1)), m


def wrapper(folder, mode):
    """An executable that runs fake_cli.py in MODE (for the modes with no wrapper)."""
    path = os.path.join(folder, "fake_" + mode)
    with open(path, "w") as f:
        f.write('#!/bin/sh\nexec "%s" "%s" %s "$@"\n'
                % (sys.executable, os.path.join(TESTDATA, "fake_cli.py"), mode))
    os.chmod(path, 0o755)
    return path


class Relations(unittest.TestCase):
    def test_nearest_non_empty_and_normalising(self):
        grid = [["a", "", "b\r\nc "],
                ["", "", ""],
                ["\uff41", "d", ""]]          # fullwidth a -> "a" under NFKC
        self.assertEqual(sp.relations(grid), Counter({
            ("a", "b c", "right"): 1, ("a", "d", "right"): 1,
            ("a", "a", "below"): 1}))

    def test_multiset_and_f1(self):
        exp = sp.relations([["-", "-", "-"]])
        self.assertEqual(exp[("-", "-", "right")], 2)
        correct, ne, no, p, r, f1 = sp.compare(exp, sp.relations([["-", "-"]]))
        self.assertEqual((correct, ne, no), (1, 2, 1))
        self.assertAlmostEqual(f1, 2 / 3)

    def test_assignment_is_one_to_one_and_optimal(self):
        # greedy would give row 0 column 0 (0.9) and row 1 nothing
        self.assertEqual(sp.assign([[0.9, 0.8], [0.85, 0.0]]), [1, 0])
        self.assertEqual(sp.assign([[0.5], [0.7]]), [None, 0])
        self.assertEqual(sp.assign([[0.0, 0.2, 0.9]]), [2])


class MiniCorpus(unittest.TestCase):
    """One camelot case, grid [[a, b], [c, d]]: 4 relations."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.peers = os.path.join(self.tmp, "peers")
        os.makedirs(os.path.join(self.peers, "camelot"))
        with open(os.path.join(self.peers, "CASES.tsv"), "w") as f:
            f.write("suite\tpdf\tpages_used\texpected_file\tpeer_mode_and_options\texercises\n"
                    "camelot\tx.pdf\t1\tx.expected.csv\tlattice\tmini\n"
                    "pdfplumber\ty.pdf\t1\tEXPECTED_ASSERTIONS.tsv\t-\tnot scored\n")
        with open(os.path.join(self.peers, "camelot", "x.pdf"), "w") as f:
            f.write("not really a pdf\n")
        with open(os.path.join(self.peers, "camelot", "x.expected.csv"), "w") as f:
            f.write('a,b\n"c\n",d\n')

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_drop_row_by_hand(self):
        # the middle row of 2 is [c, d]: 1 relation (a, b) left, all correct:
        # P 1, R 1/4, F1 0.4
        proc = run(os.path.join(TESTDATA, "fake_drop_row"), self.peers, "--verbose")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        f1, m = score(proc)
        self.assertEqual(f1, 0.4)
        self.assertEqual(m.group(2, 3, 4, 5, 6, 7), ("1", "1", "n/a", "0.400", "n/a", "1"))
        self.assertIn("P 1.000 R 0.250 F1 0.400 | ours #0", proc.stdout)

    def test_failing_and_hanging_cli_score_zero(self):
        for mode in ("fail", "hang"):
            proc = run(wrapper(self.tmp, mode), self.peers, "--timeout", "1")
            self.assertEqual(proc.returncode, 0, proc.stderr)
            self.assertEqual(score(proc)[0], 0.0)
            self.assertIn("CLI errors on 1 of 1 PDFs", proc.stdout)
            self.assertIn("timeout" if mode == "hang" else "exit status 1", proc.stdout)

    def test_usage_errors(self):
        cli = os.path.join(TESTDATA, "fake_perfect")
        self.assertEqual(run(cli, os.path.join(self.tmp, "nope")).returncode, 2)
        self.assertEqual(run(os.path.join(self.tmp, "nope"), self.peers).returncode, 2)


@unittest.skipUnless(os.path.isfile(os.path.join(PEERS, "CASES.tsv")), "no peers corpus")
class RealCorpus(unittest.TestCase):
    def check(self, name, low, high):
        proc = run(os.path.join(TESTDATA, name), PEERS)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        f1 = score(proc)[0]
        self.assertTrue(low <= f1 <= high, "%s: %s" % (name, proc.stdout))
        return proc

    def test_perfect_scores_one(self):
        self.check("fake_perfect", 1.0, 1.0)

    def test_empty_scores_zero(self):
        self.check("fake_empty", 0.0, 0.0)

    def test_drop_row_scores_between(self):
        self.check("fake_drop_row", 0.05, 0.95)

    def test_empty_column_changes_nothing(self):
        tmp = tempfile.mkdtemp()
        try:
            self.check(wrapper(tmp, "shift_right"), 1.0, 1.0)
        finally:
            shutil.rmtree(tmp)


if __name__ == "__main__":
    unittest.main()
