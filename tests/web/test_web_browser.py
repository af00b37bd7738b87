"""The workbench in a real browser (Debian's chromium through playwright) against a live server:
load each page, filter the table, open an article, correct an event and undo it, screenshot.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from facta.web import create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        return f"no chromium at {CHROMIUM}"
    return None


@pytest.fixture(scope="module")
def server(built_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    reason = browser_missing()
    if reason:
        if os.environ.get("FACTA_REQUIRE_BROWSER") == "1":
            pytest.fail(f"FACTA_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(f"browser tests skipped: {reason}")
    import uvicorn

    path = tmp_path_factory.mktemp("browser") / "store.duckdb"
    shutil.copy(built_store, path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(path, allow_edits=True), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            pytest.fail("the workbench server did not start")
        threading.Event().wait(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        tab.dialogs = []
        tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
        tab.errors = []
        tab.on("pageerror", lambda error: tab.errors.append(str(error)))
        yield tab
        browser.close()


def test_each_page_loads(page, server: str) -> None:
    for url, heading in (
        ("/", "Overview"),
        ("/events", "Events"),
        ("/map", "Where events"),
        ("/dyad?a=RWA&b=CODGOV", "Dyad"),
        ("/pledges", "Pledge ledger"),
        ("/actor/RWA", "Actor"),
        ("/corrections", "Corrections"),
    ):
        response = page.goto(server + url)
        assert response.status == 200, url
        assert heading in page.locator("h1").first.inner_text(), url
    page.goto(server + "/map")
    assert page.locator("svg.map circle.point").count() == 3
    assert page.errors == []


def test_filter_the_table_and_open_an_article(page, server: str) -> None:
    page.goto(server + "/events")
    page.fill("input[name=actor]", "CODREB")
    page.click("form.filters button[type=submit]")
    assert "1 match" in page.locator("h1").inner_text()
    assert "actor=CODREB" in page.url
    page.click("table.events tbody a[href^='/article/']")
    assert page.url.startswith(server + "/article/web-001")
    assert page.locator("mark.trigger", has_text="attacked").count() == 1
    page.click("mark.trigger >> text=attacked")
    assert page.locator(".event-card.active").count() == 1


def test_correct_an_event_then_undo_it(page, server: str, tmp_path: Path) -> None:
    page.goto(server + "/article/web-001")
    card = page.locator(".event-card").filter(has_text="ASSAULT")
    card.locator("summary").click()
    form = card.locator("form[action$='/code']")
    form.locator("input[name=cameo]").fill("042")
    form.locator("input[name=why]").fill("it was a visit")
    form.locator("button", has_text="Change code").click()
    card = page.locator(".event-card").filter(has_text="it was a visit")
    assert card.locator("code", has_text="042").count() == 1
    assert card.locator(".flag.corrected").count() == 1
    page.goto(server + "/corrections")
    assert page.locator("table.history tbody tr").count() == 1
    page.click("table.history button:has-text('Undo')")
    assert "undone" in page.locator("table.history").inner_text()
    page.goto(server + "/article/web-001")
    assert page.locator(".event-card code", has_text="190").count() == 1
    shot = tmp_path / "article.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_payloads_in_articles_stay_inert(page, server: str) -> None:
    page.goto(server + "/article/web-003")
    page.goto(server + "/events?modality=all")
    assert page.dialogs == []
    assert page.title() != "pwned"
    page.goto(server + "/article/web-003")
    assert "<script>alert(1)</script>" in page.locator("article.text").inner_text()
    assert page.locator("article.text img").count() == 0
    assert page.dialogs == [] and page.title() != "pwned"


def overlap(one: dict, other: dict) -> bool:
    """Whether two boxes share more than a pixel's edge."""
    return not (
        one["x"] + one["w"] <= other["x"] + 1
        or other["x"] + other["w"] <= one["x"] + 1
        or one["y"] + one["h"] <= other["y"] + 1
        or other["y"] + other["h"] <= one["y"] + 1
    )


def test_map_labels_stay_apart_and_inside_and_countries_are_listed(page, server: str) -> None:
    page.goto(server + "/map")
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('svg.map text:not(.deg)')].map(t => {
            const b = t.getBBox(), svg = t.ownerSVGElement.viewBox.baseVal;
            return {text: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height,
                    width: svg.width, height: svg.height, map: t.closest('svg').ariaLabel};
        })"""
    )
    assert boxes
    for box in boxes:
        assert box["x"] >= 0 and box["x"] + box["w"] <= box["width"] + 0.5, box
        assert box["y"] >= 0 and box["y"] + box["h"] <= box["height"] + 0.5, box
    for i, one in enumerate(boxes):
        for other in boxes[i + 1 :]:
            if one["map"] != other["map"]:
                continue
            assert not overlap(one, other), (one["text"], other["text"])
    circles = page.evaluate(
        """() => [...document.querySelectorAll('svg.map circle.point')].map(c => {
            const b = c.getBBox();
            return {text: c.textContent, x: b.x, y: b.y, w: b.width, h: b.height,
                    map: c.closest('svg').ariaLabel};
        })"""
    )
    for label in boxes:  # no label is written over a place's circle
        for circle in circles:
            if label["map"] == circle["map"]:
                assert not overlap(label, circle), (label["text"], circle["text"])
    assert not any(circle["text"].startswith("Rwanda") for circle in circles)
    assert "Rwanda" in page.locator("table.areas").inner_text()


def test_pledge_ledger_columns_match_the_command_line(page, server: str) -> None:
    page.goto(server + "/pledges")
    headers = [h.lower() for h in page.locator("table.pledges thead th").all_inner_texts()]
    assert "according to" in headers and "deadline" in headers
    assert "the article itself" in page.locator("table.pledges tbody").inner_text()
    page.goto(server + "/dyad?a=COD,CODGOV&b=RWA&by=day")
    assert page.locator("svg.chart g.pledge").count() >= 1
    assert page.errors == []
