#!/usr/bin/env python3
"""Bad input never crashes or hangs extract-plan.

Makes damaged copies of the sample PDFs (bytes flipped, runs zeroed, cut short, objects
duplicated) with a fixed seed, runs the CLI on each with a time limit, and fails when a run
ends by a signal, exits with anything but 0 or 1, or outlives the limit.

    mutate.py CLI SAMPLES_DIR [--count N] [--seed S] [--timeout SECONDS]
"""
import argparse
import pathlib
import random
import subprocess
import sys
import tempfile


def mutants(data: bytes, rng: random.Random):
    n = len(data)
    yield "truncated", data[: rng.randrange(16, n)]
    flipped = bytearray(data)
    for _ in range(rng.randrange(1, 40)):
        flipped[rng.randrange(n)] = rng.randrange(256)
    yield "flipped", bytes(flipped)
    zeroed = bytearray(data)
    start = rng.randrange(n)
    zeroed[start : start + rng.randrange(1, 4096)] = b"\0" * min(4096, n - start)
    yield "zeroed", bytes(zeroed[:n])
    cut = rng.randrange(n)
    yield "spliced", data[:cut] + data[rng.randrange(n) :]
    yield "numbers", data.replace(b" 0 R", b" 999999 R", rng.randrange(1, 20))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("samples")
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = sorted(pathlib.Path(args.samples).glob("**/*.pdf"))
    if not sources:
        print(f"no PDFs under {args.samples}", file=sys.stderr)
        return 2
    failures, runs = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        while runs < args.count:
            source = rng.choice(sources)
            for kind, data in mutants(source.read_bytes(), rng):
                if runs >= args.count:
                    break
                runs += 1
                path = pathlib.Path(tmp) / f"{runs:04d}-{kind}-{source.name}"
                path.write_bytes(data)
                for flag in ("--json", "--tables"):
                    try:
                        done = subprocess.run([args.cli, str(path), flag], capture_output=True,
                                              timeout=args.timeout)
                    except subprocess.TimeoutExpired:
                        failures.append(f"{path.name} {flag}: no answer in {args.timeout}s")
                        continue
                    if done.returncode not in (0, 1):
                        failures.append(f"{path.name} {flag}: exit {done.returncode}: "
                                        f"{done.stderr.decode(errors='replace')[-300:]}")
                if failures and len(failures) >= 5:
                    break
    for f in failures:
        print("FAIL", f)
    print(f"robustness: {runs} damaged PDFs, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
