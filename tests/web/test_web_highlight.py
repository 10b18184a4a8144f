"""Marking the actor, recipient, trigger and date words in an evidence sentence."""
from tidings.web.highlight import Segment, highlight

SENTENCE = "Secretary of State Rubio held a call with Dar in Darfur on Friday."


def marked(segments):
    return [(s.kind, s.text) for s in segments if s.kind]


def test_web_highlight_marks_each_kind_and_keeps_the_text():
    segments = highlight(SENTENCE, [("actor", "Secretary of State Rubio"), ("recipient", "Dar"),
                                    ("trigger", "held a call with"), ("date", "Friday")])
    assert "".join(s.text for s in segments) == SENTENCE
    assert marked(segments) == [("actor", "Secretary of State Rubio"), ("trigger", "held a call with"),
                                ("recipient", "Dar"), ("date", "Friday")]  # not the "Dar" of Darfur


def test_web_highlight_longer_match_wins_an_overlap():
    segments = highlight(SENTENCE, [("actor", "Rubio"), ("actor", "secretary of state rubio")])
    assert marked(segments) == [("actor", "Secretary of State Rubio")]


def test_web_highlight_trigger_not_found_whole_is_marked_word_by_word():
    segments = highlight("They held a long call.", [("trigger", "held call")])
    assert marked(segments) == [("trigger", "held"), ("trigger", "call")]


def test_web_highlight_nothing_found_is_one_plain_segment():
    assert highlight("Nothing here.", [("actor", "Pakistan"), ("date", "")]) == [Segment("Nothing here.")]
