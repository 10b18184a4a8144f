"""scripts/eval_compare.py on two small hand-written eval reports."""
import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_compare.py"
spec = importlib.util.spec_from_file_location("eval_compare", SCRIPT)
eval_compare = importlib.util.module_from_spec(spec)
spec.loader.exec_module(eval_compare)

BEFORE = """## held-out set 7 (written blind)
gabon_togo_talks: strict {'tp': 3, 'fp': 1, 'fn': 1} loose {'tp': 4, 'fp': 0, 'fn': 0} forbidden 1
   missed: talks in Lome
strict P=0.75 R=0.75 F1=0.75 | loose P=1.0 R=1.0 F1=1.0 | date accuracy 0.75
"""
AFTER = BEFORE.replace("'tp': 3, 'fp': 1, 'fn': 1", "'tp': 4, 'fp': 0, 'fn': 0").replace("forbidden 1", "forbidden 0") \
    .replace("F1=0.75 |", "F1=1.0 |") + """
## held-out set 8 (new)
strict P=0.5 R=0.5 F1=0.5 | loose P=0.5 R=0.5 F1=0.5 | date accuracy 1.0
"""


def test_eval_compare_lists_the_sets_and_articles_a_change_moved(tmp_path, capsys, monkeypatch):
    before, after = tmp_path / "before.txt", tmp_path / "after.txt"
    before.write_text(BEFORE)
    after.write_text(AFTER)
    sets, articles = eval_compare.read(after)
    assert sets == {"held-out set 7": 1.0, "held-out set 8": 0.5}
    assert articles[("held-out set 7", "gabon_togo_talks")] == ("{'tp': 4, 'fp': 0, 'fn': 0}", 0)
    monkeypatch.setattr("sys.argv", ["eval_compare.py", str(before), str(after)])
    eval_compare.main()
    out = capsys.readouterr().out
    assert "held-out set 7           0.750 -> 1.000 +0.250" in out
    assert "held-out set 8           new 0.500" in out
    assert "forbidden hits 1 -> 0" in out
    assert "gabon_togo_talks" in out
