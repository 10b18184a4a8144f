#!/usr/bin/env python3
"""Sentence-level evaluation of the event coder and the actor resolver.

usage: python scripts/eval_plover.py [--shared PATH] [--errors type|actor|recipient]

Two public gold sets under ../shared/eval/ are coded one sentence at a time:
  plover-gsr/PLOVER_GSR_CAMEO.txt       322 CAMEO-manual sentences with PLOVER types, actors, sectors
  universalpetrarch/PETR2_GSR_validation.jsonl   78 real AFP sentences with CAMEO codes (via the crosswalk)
For each sentence the top-ranked event (asserted first, then by confidence) is compared
with the gold type (old names mapped: DEMAND->REQUEST, FIGHT->ASSAULT,
DISAPPROVE/INVESTIGATE->ACCUSE), and its actor and recipient countries with the gold
ones. Prints accuracy, per-type precision/recall and a confusion table.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tidings import extract  # noqa: E402
from tidings.events import TYPES  # noqa: E402

OLD_NAMES = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
PUBLISHED = "2000-01-01"


def top_event(events):
    if not events:
        return None
    return sorted(events, key=lambda e: (e.modality != "asserted", -e.confidence, e.span[0]))[0]


# The gold set writes "IGO"/"NGO" for any international body and a few legacy codes: old
# CAMEO country codes (Japan, Italy, Vietnam) and "IMG", CAMEO's international militarised
# group (al-Qaeda, ISIL), which our knowledge base gives an organisation code and so compares
# as any international body.
LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "IMG": "IGO"}


def codes(entities) -> set[str]:
    out = {e.country or e.org for e in entities if e.country or e.org}
    out |= {"IGO" for e in entities if e.org and e.sector != "NGO"} | {"NGO" for e in entities if e.sector == "NGO"}
    return out


def gold_states(codes_: set[str]) -> set[str]:
    """Gold codes of states and of any international body, legacy codes mapped."""
    return {LEGACY.get(c, c) for c in codes_ if len(c) == 3 and c.isalpha() and c.isupper()}


# Gold sectors carry CAMEO's ethnic or religious suffix ("CVLalb": Albanian civilians); its
# three-letter root is the sector. CIV and JRN are CAMEO's civilians and journalists.
SECTOR_ROOTS = {"CIV": "CVL", "JRN": "MED"}


def _sector(code: str | None) -> str | None:
    root = (code or "")[:3].upper()
    return SECTOR_ROOTS.get(root, root) if root.isalpha() else None


def load_gsr(shared: Path):
    records = json.loads((shared / "eval/plover-gsr/PLOVER_GSR_CAMEO.txt").read_text())
    for r in records:
        if r.get("event") in (None, "DOCUMENT"):
            continue
        yield {
            "id": r["id"], "text": r["text"], "type": OLD_NAMES.get(r["event"], r["event"]),
            "source": {a.get("code") for a in _actors(r.get("source")) if a.get("code")},
            "target": {a.get("code") for a in _actors(r.get("target")) if a.get("code")},
            "sectors": {_sector(a.get("sector")) for a in _actors(r.get("source"))} - {None},
        }


def _actors(value) -> list[dict]:
    """The gold file writes an actor list, a single actor, or (rarely) a bare string."""
    if isinstance(value, dict):
        return [value]
    return [a for a in value or [] if isinstance(a, dict)]


def crosswalk(shared: Path) -> dict[str, str]:
    table = {}
    for line in (shared / "eval/plover-gsr/CAMEO2PLOVER-2021.txt").read_text().splitlines():
        if ":" not in line or line.startswith("#"):
            continue
        code, rest = line.split(":", 1)
        kind = rest.split("#")[0].split(",")[0].strip()
        if code.strip().isdigit() and kind:
            table[code.strip()] = OLD_NAMES.get(kind, kind)
    return table


def cameo_to_plover(code: str, table: dict[str, str]) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def load_upetrarch(shared: Path):
    table = crosswalk(shared)
    for line in (shared / "eval/universalpetrarch/PETR2_GSR_validation.jsonl").read_text().splitlines():
        r = json.loads(line)
        coded = [e for e in r.get("events", []) if e.get("eventcode")]
        if not coded:
            continue
        e = coded[0]
        kind = cameo_to_plover(e["eventcode"], table)
        if kind is None:
            continue
        yield {"id": r["id"], "text": r["text"], "type": kind,
               "types": {cameo_to_plover(x["eventcode"], table) for x in coded},
               "source": {(x.get("sourcecode") or "")[:3] for x in coded if len(x.get("sourcecode") or "") >= 3},
               "target": {(x.get("targetcode") or "")[:3] for x in coded if len(x.get("targetcode") or "") >= 3},
               "sectors": set()}


def evaluate(items, errors: str | None = None) -> dict:
    """Score the items; with ``errors`` ("type", "actor" or "recipient") print each miss of that kind."""
    n = hits = 0
    confusion: dict[str, Counter] = defaultdict(Counter)
    actor_total = actor_hits = rec_total = rec_hits = sector_total = sector_hits = 0
    for item in items:
        n += 1
        top = top_event(extract(item["text"], published=PUBLISHED, id=item["id"]))
        predicted = top.event if top else "none"
        gold_types = item.get("types") or {item["type"]}
        right = predicted in gold_types
        hits += right
        if errors == "type" and not right:
            _miss(item, top, f"gold {'/'.join(sorted(gold_types))}, got {predicted}")
        confusion[item["type"]][predicted if not right else item["type"]] += 1
        states = gold_states(item["source"])
        if states:
            actor_total += 1
            actor_hits += (ok := bool(top and codes(top.actor) & states))
            if errors == "actor" and not ok:
                got = sorted(codes(top.actor)) if top else None
                _miss(item, top, f"gold actor {sorted(states)}, got {got}")
        targets = gold_states(item["target"])
        if targets:
            rec_total += 1
            rec_hits += (ok := bool(top and codes(top.recipient) & targets))
            if errors == "recipient" and not ok:
                got = sorted(codes(top.recipient)) if top else None
                _miss(item, top, f"gold recipient {sorted(targets)}, got {got}")
        if item["sectors"]:
            sector_total += 1
            sector_hits += bool(top and {e.sector for e in top.actor} & item["sectors"])
    return {"n": n, "type_accuracy": hits / n if n else 0.0, "confusion": confusion,
            "actor": (actor_hits, actor_total), "recipient": (rec_hits, rec_total), "sector": (sector_hits, sector_total)}


def _miss(item, top, why: str) -> None:
    event = "no event"
    if top:
        event = f"{top.event} {top.trigger!r} {[a.text for a in top.actor]} -> {[r.text for r in top.recipient]}"
    print(f"{item['id']}: {why}\n    {item['text']}\n    {event}", file=sys.stderr)


def per_type(confusion) -> list[tuple[str, int, float, float]]:
    predicted = Counter()
    for gold, row in confusion.items():
        for p, k in row.items():
            predicted[p] += k
    rows = []
    for t in TYPES:
        support = sum(confusion[t].values())
        tp = confusion[t][t]
        recall = tp / support if support else float("nan")
        precision = tp / predicted[t] if predicted[t] else float("nan")
        rows.append((t, support, precision, recall))
    return rows


def report(name: str, result: dict) -> str:
    ratio = lambda pair: f"{pair[0] / pair[1]:.3f} ({pair[0]}/{pair[1]})" if pair[1] else "n/a"  # noqa: E731
    lines = [f"### {name}: {result['n']} sentences", "",
             "| measure | value |", "|---|---|",
             f"| top event type = gold type | {result['type_accuracy']:.3f} |",
             f"| actor's country or IGO right | {ratio(result['actor'])} |",
             f"| recipient's country or IGO right | {ratio(result['recipient'])} |",
             f"| actor sector right (gold sector given) | {ratio(result['sector'])} |", "",
             "| type | gold | precision | recall |", "|---|---|---|---|"]
    for t, support, p, r in per_type(result["confusion"]):
        if support or p == p:
            lines.append(f"| {t} | {support} | {p:.2f} | {r:.2f} |".replace("nan", "–"))
    lines += ["", "Confusion (gold -> predicted, errors only):", ""]
    for gold, row in sorted(result["confusion"].items()):
        errors = {p: k for p, k in row.items() if p != gold}
        if errors:
            lines.append(f"- {gold}: " + ", ".join(f"{p} {k}" for p, k in Counter(errors).most_common()))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--errors", choices=("type", "actor", "recipient"),
                        help="print every miss of this kind to stderr, with the sentence and the top event")
    args = parser.parse_args()
    if not (args.shared / "eval/plover-gsr").is_dir():
        print(f"skipped: the shared evaluation data is not at {args.shared}")
        return 0
    print(report("PLOVER GSR", evaluate(load_gsr(args.shared), args.errors)))
    print()
    print(report("UniversalPetrarch AFP (CAMEO->PLOVER)", evaluate(load_upetrarch(args.shared), args.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
