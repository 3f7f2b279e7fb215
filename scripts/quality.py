#!/usr/bin/env python3
"""Score the extractor against the gold in ../shared and fail if a metric is below its floor.

Runs ../shared/tools/score_quotes.py on:
  seed     the sample article (corpus/) against ../shared/gold/nbc-rubio-witkoff.jsonl
  dev      PolNeAR dev against its attributions and ../shared/gold/polnear-dev-speakers.tsv

Floors are in scripts/quality-floors.json: {"seed": {"metric": floor, ...}, "dev": {...}}.
Raise them as the extractor improves; never lower one to make a change pass.

Usage: scripts/quality.py [--binary target/release/search] [--shared ../shared]
Exit codes: 0 all floors met (or ../shared absent: skipped with a message), 1 a floor missed,
2 the scorer could not run.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def score(shared, binary, which):
    tool = os.path.join(shared, "tools", "score_quotes.py")
    cmd = f"{binary} extract {{dir}} --format jsonl"
    if which == "seed":
        args = ["--gold", os.path.join(shared, "gold", "nbc-rubio-witkoff.jsonl"),
                "--texts", os.path.join(shared, "corpus-seed")]
    else:
        args = ["--polnear", os.path.join(shared, "data", "polnear", which),
                "--resolved", os.path.join(shared, "gold", f"polnear-{which}-speakers.tsv")]
        if not os.path.exists(args[-1]):
            args = args[:2]
    run = subprocess.run([sys.executable, tool, *args, "--cmd", cmd, "--json"],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        sys.exit(2)
    return json.loads(run.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "search"))
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.shared, "data")) or not os.path.isdir(os.path.join(a.shared, "tools")):
        print(f"quality: {a.shared}/data not found; skipping the extraction quality check")
        return 0
    floors = json.load(open(os.path.join(HERE, "quality-floors.json")))
    failed = False
    for which in ("seed", "dev"):
        metrics = floors.get(which, {})
        result = score(a.shared, a.binary, which)
        print(f"== {which}")
        for key, value in result.items():
            floor = metrics.get(key)
            mark = ""
            if floor is not None:
                ok = value is not None and value >= floor
                failed |= not ok
                mark = f"  (floor {floor}: {'ok' if ok else 'MISSED'})"
            print(f"   {key:26} {value}{mark}")
    if failed:
        print("quality: a metric fell below its floor", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
