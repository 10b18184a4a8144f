"""The parse stage: tokenizer and lemma fixes on small hand-written sentences."""
import pytest

from tidings import extract
from tidings.nlp import load

pytestmark = pytest.mark.slow


def test_nlp_repeated_act_is_one_verb_with_the_plain_lemma():
    doc = load()("Kenyan police re-arrested Uganda's Kato-Mugisha at a guest house in Kisumu on Friday.")
    verb = next(t for t in doc if t.lower_ == "re-arrested")
    assert verb.lemma_ == "arrest" and verb.dep_ == "ROOT"


def test_nlp_repeated_act_is_read_as_the_plain_verb():
    doc = load()("Ghana and Togo signed a joint communique re-establishing ties at a ceremony in Accra on Monday.")
    verb = next(t for t in doc if t.lower_ == "re-establishing")
    assert verb.norm_ == "establishing" and verb.dep_ == "acl" and verb.head.lower_ == "communique"


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Kenyan police re-arrested Uganda's Kato-Mugisha at a guest house in Kisumu on Friday.", "COERCE", "KEN", "UGA"),
    ("Kenya re-opened its border with Somalia on Monday.", "RETREAT", "KEN", "SOM"),
    ("Chad re-imposed a curfew on Sudanese refugees, the minister said.", "COERCE", "TCD", "SDN"),
])
def test_nlp_repeated_act_is_coded_with_its_doer(text, kind, actor, recipient):
    coded = [(e.event, [a.country for a in e.actor], [r.country for r in e.recipient])
             for e in extract(text, published="2026-09-10")]
    assert (kind, [actor], [recipient]) in coded
