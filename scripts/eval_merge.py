"""Measure cross-article merging on eval/merge: pairwise precision and recall over the
articles' main events, and how many reports merged into how many events.

    python scripts/eval_merge.py [--articles eval/merge/articles.jsonl] [--truth eval/merge/truth.tsv]
                                 [--min-similarity X] [--window-days N] [--verbose]

Each article's main event is its report whose evidence sentence contains the
`sentence_hint` of truth.tsv (one whose trigger words are in the hint first, then an
asserted one, then the most confident). Two
articles are merged when their main events are in one merged event; they should be
when truth.tsv gives them the same happening label.
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # this checkout's code, not an installed copy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=ROOT / "eval/merge/articles.jsonl")
    parser.add_argument("--truth", type=Path, default=ROOT / "eval/merge/truth.tsv")
    parser.add_argument("--min-similarity", type=float)
    parser.add_argument("--min-overlap", type=float)
    parser.add_argument("--window-days", type=int)
    parser.add_argument("--verbose", "-v", action="store_true", help="print each article's main event")
    args = parser.parse_args(argv)

    from tidings.store import Store

    with open(args.truth, encoding="utf-8", newline="") as handle:
        truth = {row["article"]: row for row in csv.DictReader(handle, delimiter="\t")}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "merge.duckdb") as store:
        store.ingest([args.articles], merge=False)
        result = store.merge(min_similarity=args.min_similarity, min_overlap=args.min_overlap,
                             window_days=args.window_days)
        mentions = store.sql("SELECT m.article, m.event_id, m.text, m.trigger, r.modality, r.confidence, r.event, "
                             "r.actor_codes, r.recipient_codes, r.location_country, r.date, r.date_end, "
                             "r.date_precision, r.record FROM mentions m JOIN reports r ON r.id = m.report_id")
    main_event = {}
    for article, row in truth.items():
        hint = row["sentence_hint"].lower()
        found = [m for m in mentions if m["article"] == article and hint in (m["text"] or "").lower()]
        found.sort(key=lambda m: ((m["trigger"] or "").lower() not in hint, m["modality"] != "asserted",
                                  -(m["confidence"] or 0)))
        main_event[article] = found[0] if found else None
        if args.verbose:
            m = found[0] if found else None
            print(f"{article} {row['happening']}: " + (
                f"{m['event_id']} {m['event']} {m['modality']} {m['actor_codes']}>{m['recipient_codes']} "
                f"{m['date']}..{m['date_end']} {m['date_precision']}" if m else "no report of the main event"),
                file=sys.stderr)

    tp = fp = fn = 0
    for a, b in combinations(sorted(truth), 2):
        same = truth[a]["happening"] == truth[b]["happening"]
        ea, eb = main_event[a], main_event[b]
        merged = ea is not None and eb is not None and ea["event_id"] == eb["event_id"]
        tp += same and merged
        fp += merged and not same
        fn += same and not merged
        if args.verbose and same != merged:
            print(f"{'missed' if same else 'wrong'}: {a} + {b}: {why_apart(ea, eb, result.params)}", file=sys.stderr)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    happenings = len({row["happening"] for row in truth.values()})
    predicted = len({e["event_id"] for e in main_event.values() if e}) + sum(e is None for e in main_event.values())
    print("| articles | happenings | main events after merging | pairs TP/FP/FN | precision | recall | corpus |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {len(truth)} | {happenings} | {predicted} | {tp}/{fp}/{fn} | {precision:.2f} | {recall:.2f} | "
          f"{result.reports} reports -> {result.events} events |")
    found_all = sum(e is not None for e in main_event.values())
    print(f"\nmain event found in {found_all} of {len(truth)} articles; merge parameters {result.params}")
    return 0


def why_apart(a: dict | None, b: dict | None, params: dict) -> str:
    """The first merging rule that kept two main events apart."""
    import json

    from tidings.store import merge

    if a is None or b is None:
        return "no report of the main event in one article"
    if a["event"] != b["event"] or a["modality"] != b["modality"]:
        return f"extracted as {a['event']}/{a['modality']} and {b['event']}/{b['modality']}"
    views = []
    for m in (a, b):
        record = json.loads(m["record"])
        people = [e["name"] for e in record["actor"] + record["recipient"] if e.get("kind") == "person"]
        views.append(merge.report(m["event_id"], m["article"], m["actor_codes"] + m["recipient_codes"], people,
                                  m["location_country"], m["date"], m["date_end"], m["date_precision"], m["text"],
                                  window_days=params["window_days"], max_window_days=params["max_window_days"]))
    x, y = views
    if not x.parties or not y.parties:
        return "no party codes in one of them"
    if len(x.parties & y.parties) / min(len(x.parties), len(y.parties)) < params["min_overlap"]:
        return f"parties {sorted(x.parties)} and {sorted(y.parties)}"
    if x.start is None or y.start is None or x.end < y.start or y.end < x.start:
        return f"windows {x.start}..{x.end} and {y.start}..{y.end}"
    return f"similarity {merge.similarity(x.words, y.words):.2f}, or the group's other members"


if __name__ == "__main__":
    sys.exit(main())
