#!/usr/bin/env python3
"""The leave-one-shop-out figures over every tuning set, from the
predictions `loso.sh` wrote, scored as `eval` scores them (escalation,
intent, article@1, grounded; clean from each set's report line):

    python3 daemon/assistant/corpus/loso_summary.py OUT [BASE]

With BASE (an earlier OUT) it also counts the cases each figure gained
and lost against it, the way a change is judged here."""
import json
import os
import sys

from gen_from_cases import EVAL, TUNING


def grounded(expect, reply):
    r = reply.lower()
    return all(m.lower() in r for m in expect.get("mustMention") or []) and not any(
        m.lower() in r for m in expect.get("mustNotMention") or []
    )


def judged(out):
    """Per case (set, id): (escalate right, intent right, article right or
    None, grounded), and the clean share over all cases."""
    per, clean, n = {}, 0.0, 0
    for shop, path in TUNING:
        cases = [json.loads(l) for l in open(os.path.join(EVAL, path), encoding="utf-8") if l.strip()]
        preds = [json.loads(l) for l in open(os.path.join(out, f"pred-{shop}.jsonl"), encoding="utf-8") if l.strip()]
        for c, p in zip(cases, preds, strict=True):
            e = c["expect"]
            art = (p.get("article") == e["article"]) if e.get("article") else None
            per[(shop, c["id"])] = (e["escalate"], p["escalate"], e["intent"] == p["intent"], art, grounded(e, p["reply"]))
        row = open(os.path.join(out, f"row-{shop}"), encoding="utf-8").read().split()
        clean += int(row[1]) * float(row[8])
        n += int(row[1])
    return per, clean / n


def main():
    per, clean = judged(sys.argv[1])
    tp = sum(1 for e, p, *_ in per.values() if e and p)
    fp = sum(1 for e, p, *_ in per.values() if not e and p)
    fn = sum(1 for e, p, *_ in per.values() if e and not p)
    prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * prec * rec / max(prec + rec, 1e-9)
    arts = [a for *_, a, _ in per.values() if a is not None]
    n = len(per)
    print(f"cases {n}  F1 {f1:.4f} (P {prec:.4f} R {rec:.4f})  "
          f"intent {sum(v[2] for v in per.values()) / n:.4f}  article@1 {sum(arts) / len(arts):.4f}  "
          f"grounded {sum(v[4] for v in per.values()) / n:.4f}  clean {clean:.4f}")
    if len(sys.argv) > 2:
        base, _ = judged(sys.argv[2])
        for name, k in [("escalation", None), ("intent", 2), ("article@1", 3), ("grounded", 4)]:
            def right(v):
                return v[0] == v[1] if k is None else v[k]
            both = [(right(base[key]), right(v)) for key, v in per.items() if k != 3 or v[3] is not None]
            print(f"{name}: {sum(1 for a, b in both if b and not a)} gained, {sum(1 for a, b in both if a and not b)} lost")


if __name__ == "__main__":
    main()
