"""Chart geometry: lines broken where a period has no events, points that link, stacked bars."""
from datetime import date

from tidings.web.charts import Series, bar_chart, period_label, score_chart

PERIODS = [date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1), date(2025, 4, 1)]


def test_web_charts_score_line_breaks_at_quiet_periods():
    series = Series("PAK → USA", "forward", [4.0, None, -2.0, 1.0], [1, 0, 3, 2], lambda i: f"/p/{i}")
    chart = score_chart(PERIODS, "month", [series])
    line, = chart.lines
    assert [p["href"] for p in line["points"]] == ["/p/0", "/p/2", "/p/3"]
    assert len(line["paths"]) == 1  # January stands alone; March–April is one path
    assert line["points"][1]["r"] > line["points"][0]["r"]  # more events, larger point
    assert line["points"][1]["y"] > chart.y.zero > line["points"][0]["y"]  # conflict below zero
    assert "3 events, mean score -2.0" in line["points"][1]["title"]


def test_web_charts_bars_stack_to_the_period_total():
    rows = [{"a": 1, "b": 2}, {"a": 0, "b": 0}, {"a": 5, "b": 0}, {"a": 0, "b": 1}]
    chart = bar_chart(PERIODS, "month", rows, ("a", "b"), href=lambda i: f"/p/{i}")
    assert len(chart.bars) == 4 and chart.y.ticks[-1][1] == "5"
    first = [b for b in chart.bars if b["href"] == "/p/0"]
    assert sum(b["h"] for b in first) == sum(b["h"] for b in chart.bars if b["href"] == "/p/2") * 3 / 5


def test_web_charts_period_labels():
    assert period_label(date(2025, 3, 1), "month") == "Mar 2025"
    assert period_label(date(2025, 3, 3), "week") == "3 Mar 2025"
    assert period_label(date(2025, 1, 1), "year") == "2025"
