import json
from datetime import date

import pytest

from tidings import ReadError, read
from tidings.read import article_from_text


def _read(path, **kw):
    return list(read([path], **kw))


def test_read_text_header_on_its_own_line(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("date 2025-09-14\nKenya and Somalia held talks.\n")
    [article] = _read(f)
    assert article.id == "a"
    assert article.published == date(2025, 9, 14)
    assert article.text.startswith("Kenya and Somalia")


def test_read_text_header_followed_by_text_on_the_same_line(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text(" date 2025-09-14 Kenya and Somalia held talks.")
    [article] = _read(f)
    assert article.published == date(2025, 9, 14)
    assert article.text == "Kenya and Somalia held talks."


def test_read_published_option_wins_and_missing_date_warns(tmp_path):
    f = tmp_path / "c.txt"
    f.write_text("Kenya and Somalia held talks.")
    [article] = _read(f)
    assert article.published is None
    assert "no publication date" in article.warnings[0]
    [article] = _read(f, published=date(2024, 1, 2))
    assert article.published == date(2024, 1, 2) and not article.warnings


def test_read_bad_files_give_one_clear_error_each(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (tmp_path / "huge.txt").write_text("date 2025-01-01\n" + "word " * 300_000)
    (tmp_path / "good.txt").write_text("date 2025-01-01\nKenya and Somalia held talks.")
    items = _read(tmp_path)
    errors = {e.source.split("/")[-1]: e.reason for e in items if isinstance(e, ReadError)}
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["binary.txt"]
    assert "UTF-8" in errors["latin.txt"]
    assert "limit" in errors["huge.txt"]
    assert [a.id for a in items if not isinstance(a, ReadError)] == ["good"]


def test_read_jsonl_skips_a_malformed_line_and_names_it(tmp_path):
    f = tmp_path / "corpus.jsonl"
    good = {"id": "x1", "text": "Kenya and Somalia held talks.", "published": "2025-03-14 20:30:26Z", "title": "T"}
    f.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "x3", "text": "More talks."}) + "\n")
    items = _read(f)
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "Article"]
    assert items[0].published == date(2025, 3, 14) and items[0].title == "T"
    assert items[1].line == 2 and "malformed JSON" in str(items[1])
    assert items[2].published is None and "no 'published'" in items[2].warnings[0]


def test_read_jsonl_reads_one_line_at_a_time_and_names_bad_files(tmp_path):
    from pathlib import Path

    from tidings.read.jsonl import read_jsonl

    def lines():
        yield json.dumps({"id": "first", "text": "Kenya and Somalia held talks."}).encode() + b"\n"
        raise AssertionError("read past the line asked for")

    assert next(read_jsonl(lines(), Path("c.jsonl"))).id == "first"
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n")
    (tmp_path / "binary.jsonl").write_bytes(b"\x00\x01{}\n")
    errors = {e.source.split("/")[-1]: e.reason for e in _read(tmp_path)}
    assert errors == {"blank.jsonl": "empty file", "binary.jsonl": "binary file (contains NUL bytes), not JSON lines"}


def test_read_jsonl_unparseable_date_keeps_the_article_with_a_warning(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Talks.", "published": "sometime soon"}) + "\n")
    [article] = _read(f)
    assert article.published is None and "not a date" in article.warnings[0]


def test_read_html_uses_title_date_and_main_text(tmp_path):
    f = tmp_path / "page.html"
    body = "Kenya and Somalia held talks in Nairobi on Monday about the border. " * 4
    f.write_text(f'<html><head><title>Border talks</title><meta property="article:published_time" '
                 f'content="2025-03-02"></head><body><article><p>{body}</p></article></body></html>')
    [article] = _read(f)
    assert article.published == date(2025, 3, 2)
    assert "Nairobi" in article.text


def test_read_feed_gives_one_article_per_entry(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://example.org/1</link><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Kenya and Somalia held talks.&lt;/p&gt;</description></item>
<item><title>Two</title><link>https://example.org/2</link><description>Ethiopia protested.</description></item>
</channel></rss>""")
    items = _read(f)
    assert [a.url for a in items] == ["https://example.org/1", "https://example.org/2"]
    assert items[0].published == date(2025, 3, 3) and items[0].text == "Kenya and Somalia held talks."
    assert items[1].published is None


def test_read_article_from_text_rejects_a_bad_date():
    with pytest.raises(ReadError, match="not a date"):
        article_from_text("Talks.", published="31/31/2025")


def test_read_dateline_and_published_lines_give_the_date(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("NEW DELHI, February 19, 2022 (Wire) - India and Nepal held talks.")
    b = tmp_path / "b.txt"
    b.write_text("Border talks resume\nPublished 25 September 2023\n\nIndia and Nepal held talks.")
    [first] = _read(a)
    [second] = _read(b)
    assert first.published == date(2022, 2, 19)
    assert second.published == date(2023, 9, 25)
