#!/usr/bin/env python3
"""Compare two reports of scripts/eval_articles.py: what a change moved, set by set and article by article.

usage: python scripts/eval_articles.py --out /tmp/before > before.txt   (on the old code)
       python scripts/eval_articles.py --out /tmp/after > after.txt     (on the new code)
       python scripts/eval_compare.py before.txt after.txt

Prints each section (seed, team examples, held-out set) whose strict F1 moved, the sum of the
moves, the forbidden hits of each report, and every article whose strict counts or forbidden
hits changed; a set in only one report is listed as new.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

SECTION = re.compile(r"^## (.*?)\n(.*?)(?=^## |\Z)", re.S | re.M)
SET_F1 = re.compile(r"^strict P=\S+ R=\S+ F1=(\S+)", re.M)
ARTICLE = re.compile(r"^(\S+): strict (\{.*?\}) loose .*forbidden (\d+)$", re.M)


def read(path: Path) -> tuple[dict[str, float], dict[tuple[str, str], tuple[str, int]]]:
    """(strict F1 by section, (strict counts, forbidden hits) by section and article) of one report."""
    sets, articles = {}, {}
    for match in SECTION.finditer(path.read_text(encoding="utf-8")):
        name, body = match[1].split(" (")[0], match[2]
        if (f1 := SET_F1.search(body)) is not None:
            sets[name] = float(f1[1])
        for article in ARTICLE.finditer(body):
            articles[(name, article[1])] = (article[2], int(article[3]))
    return sets, articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    sets_a, articles_a = read(args.before)
    sets_b, articles_b = read(args.after)
    total = 0.0
    for name, f1 in sets_b.items():
        if name not in sets_a:
            print(f"{name:24s} new {f1:.3f}")
            continue
        total += f1 - sets_a[name]
        if abs(f1 - sets_a[name]) >= 0.0005:
            print(f"{name:24s} {sets_a[name]:.3f} -> {f1:.3f} {f1 - sets_a[name]:+.3f}")
    print(f"sum of moves {total:+.3f}")
    hits = [sum(h for _, h in articles.values()) for articles in (articles_a, articles_b)]
    print(f"forbidden hits {hits[0]} -> {hits[1]}")
    for key, now in articles_b.items():
        if key in articles_a and articles_a[key] != now:
            print(f"  {key[0]} / {key[1]}: {articles_a[key][0]} forbidden {articles_a[key][1]}"
                  f" -> {now[0]} forbidden {now[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
