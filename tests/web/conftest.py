"""A small event database made by hand, the dashboard over it, and a headless browser.

The store is filled from hand-made Events (no spaCy), among them an article whose title,
link, source, names and sentence are hostile HTML. Browser tests need Debian's chromium
and chromedriver and Selenium; they are skipped with the reason when any is missing.
"""
from __future__ import annotations

import hashlib
import shutil
import socket
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from tidings.model import Article, Entity, Event

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "out" / "screenshots"
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
HOSTILE = "<script>alert('tidings')</script>"
SCORES = {"CONSULT": 4.0, "AGREE": 2.5, "ACCUSE": -2.0, "AID": 10.0, "SANCTION": -6.0, "THREATEN": -3.5}


def person(text: str, name: str, country: str) -> Entity:
    return Entity(text=text, name=name, country=country, sector="GOV", kind="person")


def state(text: str, country: str) -> Entity:
    return Entity(text=text, name=text, country=country, sector="GOV", kind="state")


def org(text: str, code: str) -> Entity:
    return Entity(text=text, name=text, org=code, kind="organisation")


def event(article: str, type: str, actor: list[Entity], recipient: list[Entity], day: str, text: str,
          trigger: str, date_text: str, *, modality: str = "asserted", at: int = 0) -> Event:
    start = date.fromisoformat(day)
    return Event(id=hashlib.sha1(f"{article}|{type}|{at}".encode()).hexdigest()[:16], article=article, event=type,
                 mode=None, context=[], actor=actor, recipient=recipient, date=start, date_end=start,
                 date_precision="day", date_text=date_text, location=None, amounts=[], modality=modality, text=text,
                 span=(at, at + len(text)), trigger=trigger, score=SCORES[type], confidence=0.8,
                 evidence=[(at, at + len(text))])


def article(id: str, published: str, events: list[Event], *, title: str | None = None, url: str | None = None,
            source: str = "Wire") -> Article:
    return Article(id=id, text=" ".join(e.text for e in events), published=date.fromisoformat(published),
                   source=source, url=url if url is not None else f"https://example.org/{id}",
                   title=title or f"Story {id}", events=events)


DAR, RUBIO = person("Dar", "Ishaq Dar", "PAK"), person("Rubio", "Marco Rubio", "USA")
PAKISTAN, US = state("Pakistan", "PAK"), state("United States", "USA")
WASHINGTON, ISLAMABAD = state("Washington", "USA"), state("Islamabad", "PAK")

ARTICLES = [
    article("p1", "2025-01-12", [
        event("p1", "CONSULT", [DAR], [RUBIO], "2025-01-10",
              "Dar held talks with Rubio in Washington on Friday.", "held talks", "Friday"),
        event("p1", "AGREE", [PAKISTAN, US], [], "2025-01-12",
              "Pakistan and the United States announced a trade agreement on Sunday.", "announced agreement",
              "Sunday", at=60),
    ], title="Dar and Rubio hold talks"),
    article("p2", "2025-03-06", [
        event("p2", "ACCUSE", [WASHINGTON], [ISLAMABAD], "2025-03-05",
              "Washington criticised Islamabad over the missile test on Wednesday.", "criticised", "Wednesday"),
        event("p2", "CONSULT", [DAR], [RUBIO], "2025-03-20", "Dar will meet Rubio later this month.", "meet",
              "later this month", modality="future", at=80),
    ]),
    article("p3", "2025-03-26", [
        event("p3", "AID", [US], [PAKISTAN], "2025-03-25",
              "The United States sent flood aid to Pakistan on Tuesday.", "sent flood aid", "Tuesday"),
        event("p3", "SANCTION", [US], [state("Iranian", "IRN")], "2025-03-25",
              "The United States sanctioned Iranian oil traders on Tuesday.", "sanctioned", "Tuesday", at=70),
    ]),
    article("p4", "2025-01-11", [
        event("p4", "CONSULT", [person("Pakistan's foreign minister Dar", "Ishaq Dar", "PAK")],
              [person("Secretary of State Rubio", "Marco Rubio", "USA")], "2025-01-10",
              "Pakistan's foreign minister Dar met Secretary of State Rubio in Washington on Friday.", "met",
              "Friday"),
    ], title="Dar meets Rubio", source="Other Wire"),
    article("u1", "2025-02-03", [
        event("u1", "AID", [org("The UN", "UN")], [PAKISTAN], "2025-02-02",
              "The UN airlifted tents to Pakistan on Sunday.", "airlifted", "Sunday"),
    ]),
    article("evil", "2025-02-10", [
        event("evil", "THREATEN", [Entity(text="Iran", name=f"Iran{HOSTILE}", country="IRN", kind="state")],
              [state("Israel", "ISR")], "2025-02-09",
              f"{HOSTILE} Iran threatened <img src=x onerror=alert(1)> Israel on Sunday.", "threatened", "Sunday"),
    ], title=f"Threats {HOSTILE}", url="javascript:alert(document.cookie)", source="<b>Evil Wire</b>"),
]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    """A merged event database of the articles above: 7 asserted events (the talks of 10
    January reported twice) and one future one."""
    from tidings.store import Store

    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    with Store(path) as store:
        store.add(ARTICLES)
        store.merge()
    return path


@pytest.fixture(scope="session")
def client(web_db):
    pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'tidings[web]'")
    from fastapi.testclient import TestClient

    from tidings.web import create_app

    with TestClient(create_app(web_db), base_url="http://127.0.0.1") as test_client:
        yield test_client


@pytest.fixture(scope="session")
def hostile() -> str:
    return HOSTILE


@pytest.fixture(scope="session")
def ids(client) -> dict[str, str]:
    """Event ids by type (the future CONSULT left out)."""
    return {e["event"]: e["id"] for e in client.get("/api/events").json()["events"]}


# -- the browser -------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(web_db):
    """The dashboard served by uvicorn in a thread on 127.0.0.1; yields its base URL."""
    pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'tidings[web]'")
    uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed: pip install 'tidings[web]'")
    from tidings.web import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the dashboard did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser(live_server):
    """A headless chromium driven by Selenium through the system chromedriver."""
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not binary.exists() and not shutil.which(binary.name):
            pytest.skip(f"{binary} is not installed: apt-get install -y chromium chromium-driver")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed: "
                                    "pip install 'tidings[web]'")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium"))
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                 "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER if CHROMEDRIVER.exists()
                                                  else shutil.which("chromedriver"))), options=options)
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


@pytest.fixture
def screenshot(browser):
    """Save a full-page screenshot of the current page as out/screenshots/NAME.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name: str) -> Path:
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(1280, max(900, min(int(height) + 20, 6000)))
        path = SCREENSHOTS / f"{name}.png"
        browser.save_screenshot(str(path))
        browser.set_window_size(1280, 900)
        return path

    return take
