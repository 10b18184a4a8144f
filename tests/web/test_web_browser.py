"""End to end in a headless chromium: the dashboard as an analyst uses it. Each test
writes screenshots of the views it visits to out/screenshots/."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def rows(browser) -> list:
    from selenium.webdriver.common.by import By

    return browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")


def follow(browser, element) -> None:
    """Click ``element`` and wait until the page it leads to has replaced this one and loaded."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    browser.execute_script("window.leaving = true")  # gone once another document is loaded
    element.click()
    WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda b: b.execute_script("return !window.leaving && document.readyState === 'complete'"))


def test_web_browser_overview_loads(browser, live_server, screenshot):
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/")
    assert browser.title.startswith("Overview")
    assert browser.find_element(By.ID, "stat-events").text == "7"
    assert browser.find_element(By.CSS_SELECTOR, "table.dyads a.dyad-link").text == "PAK – USA"
    assert len(rows(browser)) == 7
    assert browser.find_elements(By.CSS_SELECTOR, "svg.bar-chart rect.bar")
    screenshot("overview")


def test_web_browser_dyad_chart_has_points_and_a_point_lists_its_events(browser, live_server, screenshot):
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/dyad/PAK/USA")
    points = browser.find_elements(By.CSS_SELECTOR, "svg.score-chart circle.point")
    assert len(points) == 4
    assert all(p.is_displayed() and p.size["width"] > 0 for p in points)
    legend = browser.find_element(By.CSS_SELECTOR, "svg.score-chart + .legend").text
    assert "PAK → USA" in legend and "USA → PAK" in legend
    screenshot("dyad")
    follow(browser, browser.find_element(By.CSS_SELECTOR, 'svg.score-chart a[href*="direction=backward"] circle'))
    assert "period=2025-03-01" in browser.current_url
    assert browser.find_element(By.CSS_SELECTOR, "#events h2").text == "Events of Mar 2025, USA → PAK"
    assert sorted(r.find_element(By.CSS_SELECTOR, ".badge").text for r in rows(browser)) == ["ACCUSE", "AID"]
    screenshot("dyad-point")


def test_web_browser_clicking_an_event_opens_its_highlighted_evidence(browser, live_server, screenshot):
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/events")
    link = next(a for a in browser.find_elements(By.CSS_SELECTOR, "a.event-link") if "criticised" in a.text)
    follow(browser, link)
    assert "/event/" in browser.current_url
    marks = {kind: [m.text for m in browser.find_elements(By.CSS_SELECTOR, f"blockquote mark.hl.{kind}")]
             for kind in ("actor", "recipient", "trigger", "date")}
    assert marks == {"actor": ["Washington"], "recipient": ["Islamabad"], "trigger": ["criticised"],
                     "date": ["Wednesday"]}
    actor = browser.find_element(By.CSS_SELECTOR, "blockquote mark.hl.actor")
    assert actor.value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    assert browser.find_element(By.CSS_SELECTOR, "a.article-title").get_attribute("href") == "https://example.org/p2"
    screenshot("event")


def test_web_browser_merged_event_shows_every_report(browser, live_server, screenshot):
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/events?type=CONSULT")
    follow(browser, browser.find_element(By.CSS_SELECTOR, "a.event-link"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "article.mention")) == 2
    screenshot("event-merged")


def test_web_browser_a_filter_narrows_the_table(browser, live_server, screenshot):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(live_server + "/events")
    assert len(rows(browser)) == 7
    screenshot("events")
    Select(browser.find_element(By.CSS_SELECTOR, "form.filters select[name=type]")).select_by_visible_text("AID")
    follow(browser, browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]"))
    assert len(rows(browser)) == 2
    assert {r.find_element(By.CSS_SELECTOR, ".badge").text for r in rows(browser)} == {"AID"}
    field = browser.find_element(By.CSS_SELECTOR, "form.filters input[name=actor]")
    field.send_keys("un")
    follow(browser, browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]"))
    assert len(rows(browser)) == 1
    assert browser.find_element(By.ID, "match-count").text == "1 event matches."
    screenshot("events-filtered")


def test_web_browser_actor_page(browser, live_server, screenshot):
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/actor/PAK")
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Pakistan")
    assert browser.find_elements(By.CSS_SELECTOR, "svg.score-chart circle.point")
    assert [a.text for a in browser.find_elements(By.CSS_SELECTOR, "table.partners a.dyad-link")] == ["USA", "UN"]
    screenshot("actor")


def test_web_browser_hostile_text_shows_as_text_and_runs_nothing(browser, live_server, screenshot, hostile):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/events?type=THREATEN")
    follow(browser, browser.find_element(By.CSS_SELECTOR, "a.event-link"))
    with pytest.raises(NoAlertPresentException):
        _ = browser.switch_to.alert
    assert hostile in browser.find_element(By.CSS_SELECTOR, "blockquote.sentence").text
    assert browser.execute_script("return document.querySelectorAll('script, img').length") == 0
    assert not browser.find_elements(By.CSS_SELECTOR, "a.article-title")  # its javascript: link is not a link
    screenshot("event-hostile")


def test_web_browser_loads_nothing_from_elsewhere(browser, live_server, screenshot):
    browser.get(live_server + "/api")
    screenshot("api")
    for path in ("/", "/dyad/PAK/USA", "/events"):
        browser.get(live_server + path)
        loaded = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert loaded and all(url.startswith(live_server) for url in loaded), loaded
