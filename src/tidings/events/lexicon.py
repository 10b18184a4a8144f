"""The event lexicon and the PLOVER tables, read once from the TSV files beside this module."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .._exceptions import DataError
from .._tsv import rows

DATA = Path(__file__).parent / "data"
CODEBOOK = "plover-2.x"
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
NO_EVENT = "NONE"  # a lexicon row whose words look like a trigger but name no event ("meet the standards")


@dataclass(frozen=True)
class Trigger:
    """One way news names an event: a head lemma and the words that must come with it."""

    words: tuple[str, ...]
    pos: str  # verb | noun
    type: str
    mode: str | None
    cameo: str | None
    actor: str  # slot filling the actor: "" (default), subj, obj, or a preposition
    recipient: str
    context: str | None
    weight: float

    @property
    def head(self) -> str:
        return self.words[0]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    scores: dict[tuple[str, str], float]  # (type, mode or "") -> conflict-cooperation score
    quads: dict[str, str]  # type -> quad class
    contexts: dict[str, str]  # keyword lemma -> context
    judgements: dict[str, Trigger]  # predicate word of a verb of naming -> the stance it takes

    def score(self, type_: str, mode: str | None) -> float:
        return self.scores.get((type_, mode or ""), self.scores.get((type_, ""), 0.0))


def load_lexicon(path: Path) -> tuple[dict, dict]:
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for number, row in rows(path, ("trigger", "pos", "type", "mode", "cameo", "actor", "recipient", "context", "weight")):
        if row["type"] not in (*TYPES, NO_EVENT) or row["pos"] not in {"verb", "noun"}:
            raise DataError(f"{path}:{number}: type must be one of {', '.join(TYPES)} or {NO_EVENT} and pos verb|noun; "
                            f"got {row['type']!r}, {row['pos']!r}")
        trigger = Trigger(
            words=tuple(row["trigger"].lower().split()), pos=row["pos"], type=row["type"],
            mode=row["mode"] or None, cameo=row["cameo"] or None, actor=row["actor"], recipient=row["recipient"],
            context=row["context"] or None, weight=float(row["weight"] or 1.0),
        )
        (verbs if trigger.pos == "verb" else nouns).setdefault(trigger.head, []).append(trigger)
    # the most specific trigger (most words, then highest weight) is tried first
    order = lambda ts: tuple(sorted(ts, key=lambda t: (-len(t.words), -t.weight)))  # noqa: E731
    return {k: order(v) for k, v in verbs.items()}, {k: order(v) for k, v in nouns.items()}


# mode and CAMEO of each stance; REJECT: an act defended as lawful rejects the charge against it
JUDGING = {"ACCUSE": ("disapprove", "111"), "SUPPORT": (None, "051"), "REJECT": (None, "120")}


def load_judgements(path: Path) -> dict[str, Trigger]:
    """The stance naming something with a word takes ("called the arrests a disgrace": ACCUSE,
    "said the deportations were lawful": REJECT), by word: a trigger of a verb of naming and that word
    (see frames._judgement, _feeling, _verdict and _defence)."""
    out: dict[str, Trigger] = {}
    for number, row in rows(path, ("word", "type")):
        if row["type"] not in JUDGING:
            raise DataError(f"{path}:{number}: type must be one of {', '.join(JUDGING)}, not {row['type']!r}")
        mode, cameo = JUDGING[row["type"]]
        out[row["word"].lower()] = Trigger(("call", row["word"].lower()), "verb", row["type"], mode, cameo,
                                           "", "obj", None, 0.7)
    return out


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    """Return the bundled lexicon (loaded once)."""
    verbs, nouns = load_lexicon(DATA / "lexicon.tsv")
    scores, quads = {}, {}
    for _, row in rows(DATA / "plover.tsv", ("type", "mode", "quad", "score")):
        scores[(row["type"], row["mode"])] = float(row["score"])
        quads.setdefault(row["type"], row["quad"])
    contexts = {row["keyword"].lower(): row["context"] for _, row in rows(DATA / "contexts.tsv", ("context", "keyword"))}
    return Lexicon(verbs, nouns, scores, quads, contexts, load_judgements(DATA / "judgements.tsv"))
