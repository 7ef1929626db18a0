#!/usr/bin/env python3
"""Train the article reranker (`retrieval/rerank.rs`) from the TUNING
sets' cases and write its weights to `rerank.tsv`.

The candidates come from the assistant itself: `tune --capture` plays
every tuning case as `eval` does, with the reranker off, and records the
first pages BM25 found for each case's last message, each with the
reranker's features, beside the page the case expects. Capture each set
with its own lines held out of the readers, so that the intent (and with
it the topic feature) is read as on a shop the readers never saw:

    for s in <sets>; do tune --hold-out $s --capture; done
    python3 daemon/assistant/corpus/gen_rerank.py [--hold-out <set>] [--out F]

The model is pairwise logistic regression: for every ranking that has the
expected page among its candidates, the expected page should score above
each other candidate. A feature counts only if candidates of at least
two shops have it: a word pair one shop's pages made up does not carry
to a new shop. The unseen shops are never captured, so never read here.

With `--quotes` it trains the quote model (`retrieval/quote/learned.rs`)
the same way and writes `quote.tsv`: `tune --capture` also records every
sentence of each page quoted for a case's last message, and for the
expected page a sentence holding every fact the case must mention should
score above each sentence without them.

    python3 daemon/assistant/corpus/gen_rerank.py --quotes [--hold-out <set>] [--out F]

The settings below can be overridden for a tuning run by RR_EPOCHS,
RR_RATE, RR_L2, RR_MIN_SHOPS and RR_KEEP in the environment.
"""
import argparse
import collections
import glob
import json
import math
import os
import random
import re
import tempfile

from gen_from_cases import EVAL, TUNING

HERE = os.path.dirname(os.path.abspath(__file__))

EPOCHS = type(12)(os.environ.get('RR_EPOCHS', 12))
RATE = type(0.05)(os.environ.get('RR_RATE', 0.05))
L2 = type(1e-4)(os.environ.get('RR_L2', 1e-4))
MIN_SHOPS = type(2)(os.environ.get('RR_MIN_SHOPS', 2))
# Weights smaller than this change no ranking worth keeping in the file.
KEEP = float(os.environ.get('RR_KEEP', 0.01))


def line_key(line):
    """Two customer lines are the same line for a hold-out when their
    words are, lowercased, every digit a 0 (as `linear::line_key`)."""
    return " ".join(re.sub(r"[0-9]", "0", w) for w in re.findall(r"\w+", line.lower()))


# The fewest words of a shared line that counts (`linear::HELD_LINE_WORDS`):
# "hi" and "thanks a lot" are every shop's.
HELD_LINE_WORDS = 3


def said(shop):
    """(case id -> the keys of its lines of HELD_LINE_WORDS or more) for a
    tuning set's cases."""
    path = os.path.join(EVAL, dict(TUNING)[shop])
    out = {}
    for raw in open(path, encoding="utf-8"):
        if raw.strip():
            case = json.loads(raw)
            keys = {line_key(m) for m in case["messages"]}
            out[case["id"]] = {k for k in keys if len(k.split()) >= HELD_LINE_WORDS}
    return out


def kept(paths, held_out):
    """The captured cases a model for `held_out` may learn from: its own
    go, and so do other shops' cases that share a line with one of its
    cases (shops were written one from another, and a shared line would
    teach the held-out shop's answer)."""
    held = set().union(*said(held_out).values()) if held_out else set()
    lines = {}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            case = json.loads(line)
            if case["set"] == held_out:
                continue
            if held:
                if case["set"] not in lines:
                    lines[case["set"]] = said(case["set"])
                if lines[case["set"]].get(case["id"], set()) & held:
                    continue
            yield case


def instances(paths, held_out):
    """(shop, [features of the expected page], [[features] of each other])"""
    out = []
    for case in kept(paths, held_out):
        seen = set()
        for ranking in case["rankings"]:
            pages = ranking["pages"]
            ids = [p[0] for p in pages]
            if case["expected"] not in ids or len(ids) < 2:
                continue
            key = json.dumps(pages, sort_keys=True)
            if key in seen:
                continue
            seen.add(key)
            pos = dict(pages[ids.index(case["expected"])][1])
            negs = [dict(f) for i, f in pages if i != case["expected"]]
            out.append((case["set"], pos, negs))
    return out


def quote_instances(paths, held_out):
    """(shop, [features of a sentence with every fact the case wants],
    [[features] of each sentence without]) for the quotes of the expected
    page: `tune --capture` records every sentence of every page quoted
    for a case's last message."""
    out = []
    for case in kept(paths, held_out):
        facts = [m.lower() for m in case.get("mustMention") or []]
        if not facts:
            continue
        seen = set()
        for quote in case["quotes"]:
            if quote["page"] != case["expected"]:
                continue
            key = json.dumps(quote["sentences"], sort_keys=True)
            if key in seen:
                continue
            seen.add(key)
            has = [all(m in t.lower() for m in facts) for t, _ in quote["sentences"]]
            if not any(has) or all(has):
                continue
            negs = [dict(f) for (_, f), h in zip(quote["sentences"], has) if not h]
            for (_, f), h in zip(quote["sentences"], has):
                if h:
                    out.append((case["set"], dict(f), negs))
    return out


def train(data):
    shops = collections.defaultdict(set)
    for shop, pos, negs in data:
        for f in [pos] + negs:
            for k in f:
                shops[k].add(shop)
    usable = {k for k, s in shops.items() if len(s) >= MIN_SHOPS}
    w = collections.defaultdict(float)
    rnd = random.Random(13)
    order = list(range(len(data)))
    for epoch in range(EPOCHS):
        rnd.shuffle(order)
        rate = RATE / (1 + epoch)
        for i in order:
            _, pos, negs = data[i]
            for neg in negs:
                diff = collections.defaultdict(float)
                for k, v in pos.items():
                    if k in usable:
                        diff[k] += v
                for k, v in neg.items():
                    if k in usable:
                        diff[k] -= v
                margin = sum(w[k] * v for k, v in diff.items())
                g = 1.0 / (1.0 + math.exp(min(margin, 30.0)))
                for k, v in diff.items():
                    if v:
                        w[k] += rate * (g * v - L2 * w[k])
    return {k: v for k, v in w.items() if abs(v) >= KEEP}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hold-out", default=None)
    ap.add_argument("--quotes", action="store_true",
                    help="train the quote model (retrieval/quote/learned.rs) instead")
    ap.add_argument("--captured", default=None)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    kind = "quote" if args.quotes else "rerank"
    captured = args.captured or os.path.join(tempfile.gettempdir(), f"{kind}-*.jsonl")
    out = args.out or os.path.join(HERE, f"{kind}.tsv")
    read = quote_instances if args.quotes else instances
    data = read(sorted(glob.glob(captured)), args.hold_out)
    w = train(data)
    with open(out, "w", encoding="utf-8") as f:
        what = "quote" if args.quotes else "reranker"
        flag = " --quotes" if args.quotes else ""
        f.write(f"# Learned {what} weights: written by corpus/gen_rerank.py{flag}.\n")
        for k in sorted(w):
            f.write(f"{k}\t{w[k]:.4f}\n")
    print(f"{len(data)} rankings, {len(w)} weights -> {out}")


if __name__ == "__main__":
    main()
