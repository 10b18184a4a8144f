"""The command line over the API: formats, bad input, exit codes."""
import json

import pytest
from typer.testing import CliRunner

from tidings.cli import app

pytestmark = pytest.mark.slow
runner = CliRunner()
ARTICLE = "date 2025-03-14\nKenya held talks with Somalia in Nairobi on Tuesday.\n"


@pytest.fixture
def article(tmp_path):
    f = tmp_path / "talks.txt"
    f.write_text(ARTICLE)
    return f


def test_cli_extract_jsonl_is_the_record(article):
    result = runner.invoke(app, ["extract", str(article), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["event"] == "CONSULT" and record["article"] == "talks"
    assert record["date"] == "2025-03-11" and record["date_precision"] == "day"


def test_cli_extract_csv_has_a_header_and_a_row(article):
    result = runner.invoke(app, ["extract", str(article), "--format", "csv"])
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("id,article,event") and len(lines) == 2


def test_cli_extract_table_is_readable(article):
    result = runner.invoke(app, ["extract", str(article)])
    assert result.exit_code == 0 and "CONSULT" in result.stdout


def test_cli_bad_file_is_reported_and_the_rest_processed(article, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    result = runner.invoke(app, ["extract", str(bad), str(article), "--format", "jsonl"])
    assert result.exit_code == 0
    assert "binary" in result.stderr and "CONSULT" in result.stdout


def test_cli_nothing_readable_exits_non_zero(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 1 and "empty file" in result.stderr


def test_cli_published_option_and_bad_date(tmp_path):
    f = tmp_path / "nodate.txt"
    f.write_text("Kenya held talks with Somalia on Tuesday.")
    ok = runner.invoke(app, ["extract", str(f), "--published", "2025-03-14", "--format", "jsonl"])
    assert json.loads(ok.stdout.splitlines()[0])["date"] == "2025-03-11"
    bad = runner.invoke(app, ["extract", str(f), "--published", "14/03/2025"])
    assert bad.exit_code != 0 and "YYYY-MM-DD" in bad.output


def test_cli_dates_lists_expressions():
    result = runner.invoke(app, ["dates", "-", "--published", "2025-09-14", "--format", "jsonl"],
                           input="They met back in July and again earlier this month.")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["date"], r["date_end"]) for r in rows] == [("2025-07-01", "2025-07-31"), ("2025-09-01", "2025-09-13")]


def test_cli_help_explains_every_command():
    result = runner.invoke(app, ["--help"])
    for command in ("extract", "dates", "actors"):
        assert command in result.stdout


def test_cli_every_command_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert commands, "no commands registered"
    missing = [c for c in commands if f"tidings {c}" not in readme]
    assert not missing, f"commands missing from the README: {missing}"
