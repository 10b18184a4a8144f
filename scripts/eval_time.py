"""Score tidings.time on public gold data and print a Markdown table.

1. MEANTIME (English Wikinews, TIMEX3 in NAF/CAT XML): extent precision, recall and
   F1 of DATE expressions (a prediction matches a gold timex when their character
   spans overlap) and the value accuracy of matched pairs. Whole articles are tagged;
   only predictions in the annotated sentences (title, date line and the first body
   sentences) are scored, and none that overlap the date line or a TIME timex.
2. SemEval-2015 Task 4 TimeLine: each event mention anchored to a date in the gold
   timelines (XXXX-XX-XX, undated, is skipped; a mention in several timelines counts
   once) is found in its track A document and dated by the expression nearest it in
   its sentence, else by the document date; the share whose window lies inside the
   gold anchor ("2005-01-XX" is all of January) is reported, beside the share the
   document date alone would get.

The publication date passed to tag() is the one the article's date line writes.
HeidelTime's figures are its published TempEval-3 results, on another corpus: a
reference point, not a head-to-head comparison.

    .venv/bin/python scripts/eval_time.py [--shared PATH] [--errors] [--speed]

Value comparison is made at the gold value's granularity: the predicted window must
lie inside the window the gold value names ("2007-03" holds "2007-03-05"; a time of
day such as "2008-01-09TMO" counts as its day, since tidings stops at days). Gold
values that name no calendar window (PRESENT_REF, PAST_REF, FUTURE_REF, durations
like P9D, XXXX-XX-XX, fiscal years) are counted apart.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # this checkout's code, not an installed copy
from tidings.time import parse_published, tag  # noqa: E402
from tidings.time import windows as w  # noqa: E402

# Published figures for reference: HeidelTime on the TempEval-3 platinum test set
# (UzZaman et al. 2013), all TIMEX3 types, not MEANTIME.
HEIDELTIME = {"extent": "0.90 (relaxed F1)", "value_f1": "0.78"}
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "$", "#"}
SEASONS = {"SP", "SU", "FA", "WI"}


# ---------------------------------------------------------------- documents


@dataclass
class Document:
    name: str
    text: str
    spans: dict[str, tuple[int, int]]  # token id -> character span
    sentences: dict[int, tuple[int, int]]  # sentence number -> character span
    tokens: list[tuple[str, int, str]]  # (token id, sentence, word)
    root: ET.Element
    published: date | None = None
    dct_span: tuple[int, int] | None = None


def read_document(path: Path) -> Document:
    """Rebuild a CAT XML document's text from its tokens, one sentence per line,
    keeping each token's character span."""
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), int(t.get("sentence")), t.text or "") for t in root.iter("token")]
    pieces, spans, sentences = [], {}, {}
    length, previous, current = 0, None, None
    for t_id, sentence, word in tokens:
        if sentence != current:
            if current is not None:
                pieces.append("\n")
                length += 1
            sentences[sentence] = (length, length)
            current, previous = sentence, None
        elif previous is not None and word not in NO_SPACE_BEFORE and previous not in NO_SPACE_AFTER:
            pieces.append(" ")
            length += 1
        spans[t_id] = (length, length + len(word))
        sentences[sentence] = (sentences[sentence][0], length + len(word))
        pieces.append(word)
        length += len(word)
        previous = word
    document = Document(path.stem, "".join(pieces), spans, sentences, tokens, root)
    document.published, document.dct_span = creation_time(document)
    return document


def timex_span(document: Document, timex: ET.Element) -> tuple[int, int] | None:
    ids = [a.get("t_id") for a in timex.findall("token_anchor")]
    if not ids:
        return None  # an implicit timex with no words in the text
    return document.spans[ids[0]][0], document.spans[ids[-1]][1]


def creation_time(document: Document) -> tuple[date | None, tuple[int, int] | None]:
    """Return the publication date and the span of the date line. The date as the
    line writes it wins over the CREATION_TIME value, which disagrees with it in one
    MEANTIME and four SemEval files (the gold values follow the line). Two MEANTIME
    files lack the CREATION_TIME timex; their date line (sentence 1 in Wikinews) is
    parsed instead."""
    for timex in document.root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            span, value = timex_span(document, timex), timex.get("value", "")
            written = parse_published(document.text[span[0] : span[1]]) if span else None
            return written or parse_iso(value) or parse_published(value), span
    if 1 in document.sentences:
        start, end = document.sentences[1]
        return parse_published(document.text[start:end]), None
    return None, None


def parse_iso(value: str) -> date | None:
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value)
    return w.safe_date(*map(int, m.groups())) if m else None


# ---------------------------------------------------------------- gold values


def gold_window(value: str) -> w.Window | None:
    """Return the calendar window a TIMEX3 value names, or None for PRESENT_REF,
    durations, XXXX-XX-XX and the like."""
    value = re.sub(r"T[A-Z0-9:]+$", "", value)  # a time of day counts as its day
    value = re.sub(r"(-XX)+$", "", value)  # "2005-XX-XX" is the year 2005
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        day = w.safe_date(*map(int, m.groups()))
        return w.day_window(day) if day else None
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return w.weekend_window(monday) if m.group(3) else w.week_window(monday)
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return w.month_window(int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return w.quarter_window(int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return w.half_window(int(m.group(1)), int(m.group(2)))
    if (m := re.fullmatch(r"(\d{4})-([A-Z]{2})", value)) and m.group(2) in SEASONS:
        return w.season_window(int(m.group(1)), m.group(2))
    if re.fullmatch(r"\d{4}", value):
        return w.year_window(int(value))
    if re.fullmatch(r"\d{3}", value):
        return w.decade_window(int(value))
    return None


def inside(start: date, end: date, window: w.Window) -> bool:
    return window.start <= start and end <= window.end


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


# ---------------------------------------------------------------- MEANTIME


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    calendar: int = 0  # matched pairs whose gold value names a calendar window
    value_right: int = 0
    value_exact: int = 0
    other_gold: dict[str, int] = field(default_factory=dict)  # gold value kind -> count (all gold)
    other_matched: int = 0
    errors: list[str] = field(default_factory=list)


def meantime_documents(folder: Path) -> list[Document]:
    return [read_document(path) for path in sorted(folder.glob("intra-doc_annotation/corpus_*/*.xml"))]


def score_meantime(documents: list[Document]) -> Tally:
    tally = Tally()
    for document in documents:
        score_meantime_document(document, tally)
    return tally


def speed(documents: list[Document], rounds: int = 20) -> str:
    """Return how fast tag() runs on the whole MEANTIME articles, on one core."""
    tag(documents[0].text, documents[0].published)  # word lists and rules load on first use
    found, started = 0, time.process_time()
    for _ in range(rounds):
        for document in documents:
            found += len(tag(document.text, document.published))
    seconds = time.process_time() - started
    characters = rounds * sum(len(d.text) for d in documents)
    return (f"Speed: {found / seconds:,.0f} expressions/s, {rounds * len(documents) / seconds:,.0f} articles/s, "
            f"{characters / seconds / 1e6:.2f} M characters/s ({rounds} passes over the {len(documents)} MEANTIME articles, CPU time of one core).")


def last_annotated_sentence(document: Document) -> int:
    """Return the last sentence with any markable: MEANTIME annotates only the title,
    the date line and the first sentences of each article, so predictions after it
    are not scored."""
    sentence = {t_id: s for t_id, s, _ in document.tokens}
    anchors = document.root.iter("token_anchor")
    return max((sentence[a.get("t_id")] for a in anchors), default=max(document.sentences))


def score_meantime_document(document: Document, tally: Tally) -> None:
    gold, ignored = [], [document.dct_span] if document.dct_span else []
    for timex in document.root.iter("TIMEX3"):
        span = timex_span(document, timex)
        if span is None or timex.get("functionInDocument") == "CREATION_TIME":
            continue
        if timex.get("type") == "DATE":
            gold.append((span, timex.get("value", "")))
        elif timex.get("type") == "TIME":
            ignored.append(span)  # times of day are outside this stage: not scored either way
    annotated_end = document.sentences[last_annotated_sentence(document)][1]
    predicted = [
        p for p in tag(document.text, document.published)
        if p.span[0] < annotated_end and not any(overlap(p.span, s) > 0 for s in ignored)
    ]
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    free = list(predicted)
    for span, value in gold:
        window = gold_window(value)
        if window is None:
            kind = value if value.endswith("_REF") else "other (duration, XXXX, FY...)"
            tally.other_gold[kind] = tally.other_gold.get(kind, 0) + 1
        hits = [p for p in free if overlap(p.span, span) > 0]
        if not hits:
            if window is not None:
                tally.errors.append(f"MISS   {document.name[:40]:40} {value:12} {document.text[span[0]:span[1]]!r}")
            continue
        best = max(hits, key=lambda p: overlap(p.span, span))
        free.remove(best)
        tally.matched += 1
        if window is None:
            tally.other_matched += 1
            continue
        tally.calendar += 1
        right = inside(best.date, best.date_end, window)
        tally.value_right += right
        tally.value_exact += best.value == value
        if not right:
            tally.errors.append(
                f"VALUE  {document.name[:40]:40} gold {value:12} ours {best.value:12} "
                f"{document.text[span[0]:span[1]]!r} / {best.text!r} (dct {document.published})"
            )
    for p in free:
        tally.errors.append(f"EXTRA  {document.name[:40]:40} ours {p.value:12} {p.text!r} (dct {document.published})")


# ---------------------------------------------------------------- SemEval-2015 TimeLine


@dataclass
class Dating:
    events: int = 0
    right: int = 0
    from_sentence: int = 0
    right_from_sentence: int = 0
    baseline_right: int = 0  # the document date for every event, as GDELT does
    unfound: int = 0
    errors: list[str] = field(default_factory=list)


def gold_anchors(corpus: Path) -> dict[str, str]:
    """Return event mention id ("3307-2-unveiled") -> gold anchor date, for dated events."""
    anchors = {}
    for timeline in sorted((corpus / "TimeLines_Gold_Standard").glob("*.txt")):
        for line in timeline.read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            if len(cells) < 3 or cells[1].startswith("XXXX"):
                continue
            for mention in cells[2:]:
                anchors.setdefault(mention.strip(), cells[1])
    return anchors


def score_semeval(folder: Path) -> Dating:
    dating = Dating()
    for corpus in sorted(folder.glob("corpus_*")):
        documents = {p.name.split("_")[0]: p for p in (corpus / "corpus_trackA_CAT").glob("*.xml")}
        tagged: dict[str, tuple[Document, list]] = {}
        for mention, anchor in sorted(gold_anchors(corpus).items()):
            doc_id, sentence, word = mention.split("-", 2)
            if doc_id not in documents:
                dating.unfound += 1
                continue
            if doc_id not in tagged:
                document = read_document(documents[doc_id])
                tagged[doc_id] = (document, tag(document.text, document.published))
            date_event(mention, int(sentence), word, anchor, *tagged[doc_id], dating)
    return dating


def date_event(mention: str, sentence: int, word: str, anchor: str, document: Document, times: list, dating: Dating) -> None:
    position = next((document.spans[t] for t, s, text in document.tokens if s == sentence and text == word), None)
    window = gold_window(anchor)
    if position is None or window is None or document.published is None:
        dating.unfound += 1
        return
    start, end = document.sentences[sentence]
    near = [t for t in times if start <= t.span[0] < end]
    dating.events += 1
    dating.baseline_right += inside(document.published, document.published, window)
    if near:
        best = min(near, key=lambda t: abs(t.span[0] - position[0]))
        day, day_end, text = best.date, best.date_end, best.text
        dating.from_sentence += 1
    else:
        day, day_end, text = document.published, document.published, "(document date)"
    right = inside(day, day_end, window)
    dating.right += right
    if near:
        dating.right_from_sentence += right
    if not right:
        dating.errors.append(f"EVENT  {mention:40} gold {anchor} ours {day}..{day_end} {text!r}")


# ---------------------------------------------------------------- report


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def table(t: Tally, d: Dating) -> str:
    precision, recall = ratio(t.matched, t.predicted), ratio(t.matched, t.gold)
    value_p, value_r = ratio(t.value_right, t.predicted), ratio(t.value_right, t.gold)
    refs = ", ".join(f"{k} {v}" for k, v in sorted(t.other_gold.items()))
    rows = [
        ("MEANTIME DATE extent P / R / F1 (span overlap)",
         f"{precision:.3f} / {recall:.3f} / {f1(precision, recall):.3f}", HEIDELTIME["extent"]),
        ("MEANTIME DATE value accuracy (matched, calendar gold, at gold granularity)",
         f"{ratio(t.value_right, t.calendar):.3f} ({t.value_right}/{t.calendar})", "—"),
        ("MEANTIME DATE value accuracy, exact TIMEX3 string",
         f"{ratio(t.value_exact, t.calendar):.3f} ({t.value_exact}/{t.calendar})", "—"),
        ("MEANTIME DATE value F1 (extent and value right)",
         f"{f1(value_p, value_r):.3f}", HEIDELTIME["value_f1"]),
        ("MEANTIME gold DATE with no calendar value (not scored for value)",
         f"{sum(t.other_gold.values())} of {t.gold} ({refs}); {t.other_matched} overlapped", "—"),
        ("SemEval-2015 TimeLine event dating accuracy",
         f"{ratio(d.right, d.events):.3f} ({d.right}/{d.events})", "—"),
        ("… events dated from their sentence / accuracy there",
         f"{d.from_sentence} / {ratio(d.right_from_sentence, d.from_sentence):.3f}", "—"),
        ("… baseline: every event on its document date",
         f"{ratio(d.baseline_right, d.events):.3f}", "—"),
    ]
    lines = ["| measure | tidings | HeidelTime (published, TempEval-3) |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default: ../shared)")
    parser.add_argument("--errors", action="store_true", help="also list every miss, wrong value and extra")
    parser.add_argument("--speed", action="store_true", help="also time tag() on the MEANTIME articles")
    args = parser.parse_args()
    meantime = args.shared / "eval" / "meantime-en"
    semeval = args.shared / "eval" / "semeval2015-timeline"
    if not meantime.is_dir() or not semeval.is_dir():
        print(f"skipped: no evaluation data under {args.shared}/eval (meantime-en, semeval2015-timeline); "
              "pass --shared PATH to point at the shared folder")
        return 0
    documents = meantime_documents(meantime)
    tally, dating = score_meantime(documents), score_semeval(semeval)
    if args.errors:
        print("\n".join(tally.errors + dating.errors), end="\n\n")
    print(table(tally, dating))
    print(f"\nMEANTIME: {tally.gold} gold DATE, {tally.predicted} predicted, {tally.matched} matched. "
          f"SemEval: {dating.events} dated event mentions scored, {dating.unfound} not found.")
    if args.speed:
        print(speed(documents))
    return 0


if __name__ == "__main__":
    sys.exit(main())
