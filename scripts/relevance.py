#!/usr/bin/env python3
"""Measure how well `search` finds who said what, on PolNeAR dev.

1. Quote lookup: for every gold direct quote, query five consecutive words of it (its first
   five, as plain words, not a phrase) and check that its passage comes back: the share at
   rank 1, in the top 3, and the mean reciprocal rank over the top 10.
2. Speaker filter: for the 20 most quoted speakers of the gold (at least 5 direct quotes
   each), run `search query --speaker NAME` and check that the direct quotes it returns for
   NAME are NAME's in the gold (precision, over returned quotes that match a gold quote).

The index is built from ../shared/data/polnear/dev/text into a temporary folder.
Floors are the "relevance" section of scripts/quality-floors.json.

Usage: scripts/relevance.py [--binary target/release/search] [--shared ../shared] [--json]
Exit codes: 0 floors met (or ../shared absent: skipped with a message), 1 a floor missed, 2 error.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORD = re.compile(r"[^\W_]+", re.UNICODE)


def paragraph_starts(text):
    """Char offsets where body paragraphs start, as `search` numbers them from 1 (the headline
    is passage 0: a position before the first start). Blocks are separated by blank lines; in
    a block, an indented line starts a paragraph (hard-wrapped newswire), and so does every
    line of a block with a line longer than 150 bytes (a paragraph per line)."""
    starts, offset, seen_title = [], 0, False
    block = []  # (offset, line) of the block being read
    def close(block):
        unwrapped = any(len(l.rstrip("\r\n").encode("utf-8")) > 150 for _, l in block)
        for i, (at, line) in enumerate(block):
            if i == 0 or unwrapped or line[:1] in (" ", "\t"):
                starts.append(at + (len(line) - len(line.lstrip())))
    for line in text.splitlines(keepends=True):
        blank = not line.strip()
        if not seen_title:
            seen_title = not blank
        elif blank:
            close(block)
            block = []
        else:
            block.append((offset, line))
        offset += len(line)
    close(block)
    return starts


def paragraph_of(starts, pos):
    n = 0
    for i, s in enumerate(starts):
        if s <= pos:
            n = i + 1
    return n


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode not in (0, 1):
        sys.stderr.write(r.stderr[-3000:])
        sys.exit(f"relevance: {' '.join(cmd[:3])} failed with exit code {r.returncode}")
    return r.stdout


def quote_lookup(binary, index, gold):
    queries, expected = [], []
    for name, (text, items) in sorted(gold.items()):
        starts = paragraph_starts(text)
        for g in items:
            if not g["direct"] or not g["quoted"]:
                continue
            chars = sorted(g["quoted"])
            quoted = "".join(text[p] if p in g["quoted"] else " " for p in range(chars[0], chars[-1] + 1))
            words = [w.lower() for w in WORD.findall(quoted)]
            if not words:
                continue
            queries.append({"id": len(queries), "query": " ".join(words[:5]), "limit": 10})
            expected.append((name, paragraph_of(starts, chars[0])))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for q in queries:
            f.write(json.dumps(q) + "\n")
        path = f.name
    out = run([binary, "batch", "--index", index, path])
    os.unlink(path)
    ranks = {}
    for line in out.splitlines():
        r = json.loads(line)
        if r.get("type") != "hit":
            continue
        want = expected[r["id"]]
        if (os.path.basename(r["path"]), r["paragraph"]) == want and r["id"] not in ranks:
            ranks[r["id"]] = r["rank"]
    n = len(queries)
    at1 = sum(1 for i in range(n) if ranks.get(i) == 1)
    at3 = sum(1 for i in range(n) if ranks.get(i, 99) <= 3)
    mrr = sum(1.0 / ranks[i] for i in ranks) / n if n else 0.0
    return {"quotes_queried": n, "quote_at_1": round(at1 / n, 4), "quote_in_top_3": round(at3 / n, 4),
            "quote_mrr": round(mrr, 4)}


def name_matches(name, speaker):
    want = set(w.lower() for w in WORD.findall(name))
    have = set(w.lower() for w in WORD.findall(speaker or ""))
    return bool(want) and want <= have


def speaker_precision(binary, index, gold, tsv):
    counts = collections.Counter()
    for line in open(tsv, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 3 and cols[2].strip() not in ("", "?"):
            counts[cols[2].strip()] += 1
    speakers = sorted((n for n, c in counts.items() if c >= 5), key=lambda n: (-counts[n], n))[:20]
    total = correct = 0
    per = {}
    for name in speakers:
        out = run([binary, "query", "--index", index, "--json", "-n", "10000", "--speaker", name, "*"])
        got = ok = 0
        for line in out.splitlines():
            hit = json.loads(line)
            text, items = gold.get(os.path.basename(hit["path"]), ("", []))
            for a in hit["attributions"]:
                if a["kind"] != "direct" or not name_matches(name, a["speaker"]):
                    continue
                chars = set(range(a["start"], a["end"]))
                best, overlap = None, 0
                for g in items:
                    if g["direct"] and g["accept"]:
                        o = len(chars & g["quoted"])
                        if o > overlap:
                            best, overlap = g, o
                if best is None or overlap < 0.3 * max(1, len([c for c in chars if not text[c].isspace()])):
                    continue
                got += 1
                ok += any(name_matches(name, acc) and name_matches(acc, name) or acc == name for acc in best["accept"])
        per[name] = (ok, got)
        total += got
        correct += ok
    return {"speakers_checked": len(speakers), "speaker_quotes_returned": total,
            "speaker_precision": round(correct / total, 4) if total else None}, per


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "search"))
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    dev = os.path.join(a.shared, "data", "polnear", "dev")
    tsv = os.path.join(a.shared, "gold", "polnear-dev-speakers.tsv")
    tools = os.path.join(a.shared, "tools")
    if not os.path.isdir(dev) or not os.path.isdir(tools):
        print(f"relevance: {dev} not found; skipping the relevance check")
        return 0
    sys.path.insert(0, tools)
    import score_quotes  # the gold loader shared with the extraction scorer
    gold = score_quotes.load_polnear(dev, score_quotes.load_resolved(tsv) if os.path.exists(tsv) else None)
    with tempfile.TemporaryDirectory() as tmp:
        index = os.path.join(tmp, "index")
        run([a.binary, "index", os.path.join(dev, "text"), "--index", index, "--quiet"])
        result = quote_lookup(a.binary, index, gold)
        if os.path.exists(tsv):
            speakers, per = speaker_precision(a.binary, index, gold, tsv)
            result.update(speakers)
    floors = json.load(open(os.path.join(HERE, "quality-floors.json"))).get("relevance", {})
    failed = False
    if a.json:
        print(json.dumps(result))
    for key, value in result.items():
        floor = floors.get(key)
        mark = ""
        if floor is not None:
            ok = value is not None and value >= floor
            failed |= not ok
            mark = f"  (floor {floor}: {'ok' if ok else 'MISSED'})"
        if not a.json:
            print(f"   {key:26} {value}{mark}")
    if failed:
        print("relevance: a metric fell below its floor", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
