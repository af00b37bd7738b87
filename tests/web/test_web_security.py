"""The workbench against a hostile browser: foreign Host names (DNS rebinding), cross-origin
writes, headers that try to stand in for the form key, and query values that broke pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from test_web_app import cameo_of, event_ids, form_key

from facta.store import Store
from facta.web import create_app


def test_a_foreign_host_name_is_refused_before_any_page_or_form_key(store_path: Path) -> None:
    app = create_app(store_path, allow_edits=True)
    with TestClient(app, base_url="http://rebind.evil.example:8000") as client:
        page = client.get("/article/web-001")
        assert page.status_code == 400 and 'name="form_key"' not in page.text
        assert page.headers["x-content-type-options"] == "nosniff"
        key = app.state.bench.form_key
        with app.state.bench.view() as store:
            eid = store.con.execute("SELECT min(event_id) FROM events").fetchone()[0]
        written = client.post(f"/event/{eid}/reject", data={"form_key": key})
        assert written.status_code == 400 and cameo_of(client, eid)[1] is False


@pytest.mark.parametrize(
    "base_url", ["http://localhost:8000", "http://127.0.0.1:8000", "http://[::1]:8000"]
)
def test_loopback_names_are_answered(store_path: Path, base_url: str) -> None:
    with TestClient(create_app(store_path), base_url=base_url) as client:
        assert client.get("/events").status_code == 200


def test_the_names_the_server_was_started_for_are_answered(store_path: Path) -> None:
    app = create_app(store_path, hosts=["192.0.2.7", "bench.example.org"])
    for base_url in ("http://192.0.2.7:8000", "http://bench.example.org"):
        with TestClient(app, base_url=base_url) as client:
            assert client.get("/").status_code == 200, base_url
    with TestClient(app, base_url="http://192.0.2.8:8000") as client:
        assert client.get("/").status_code == 400
    everywhere = create_app(store_path, hosts=["0.0.0.0"])
    with TestClient(everywhere, base_url="http://192.0.2.8:8000") as client:
        assert client.get("/").status_code == 200  # an address typed by hand cannot be rebound
    with TestClient(everywhere, base_url="http://rebind.evil.example") as client:
        assert client.get("/").status_code == 400


def test_writes_from_another_origin_are_refused(editor: TestClient) -> None:
    page = editor.get("/article/web-001").text
    eid, key = event_ids(page)[0], form_key(page)
    for headers in (
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://localhost.evil.example"},
        {"Origin": "http://localhost:9999"},  # another program on this machine
        {"Sec-Fetch-Site": "cross-site"},
        {"Origin": "null", "Sec-Fetch-Site": "cross-site"},
        {"Referer": "http://evil.example/page"},
    ):
        refused = editor.post(f"/event/{eid}/reject", data={"form_key": key}, headers=headers)
        assert refused.status_code == 403, headers
        assert cameo_of(editor, eid)[1] is False
    same = editor.post(
        f"/event/{eid}/reject", data={"form_key": key}, headers={"Origin": "http://localhost"}
    )
    assert same.status_code == 200 and cameo_of(editor, eid)[1] is True


def test_sign_in_from_another_origin_is_refused(store_path: Path) -> None:
    app = create_app(store_path, allow_edits=True, token="s3cret")
    with TestClient(app, base_url="http://localhost") as client:
        response = client.post(
            "/login", data={"token": "s3cret"}, headers={"Origin": "http://evil.example"}
        )
        assert response.status_code == 403 and "facta_token" not in response.cookies


def test_a_token_header_never_stands_in_for_the_form_key(editor: TestClient) -> None:
    eid = event_ids(editor.get("/article/web-001").text)[0]
    for value in ("anything", "", "x" * 200):
        response = editor.post(f"/event/{eid}/reject", headers={"X-Facta-Token": value})
        assert response.status_code == 403
    assert cameo_of(editor, eid)[1] is False


@pytest.mark.parametrize(
    "url",
    [
        "/events?quad=²",
        "/events?quad=٣",
        "/events?quad=9",
        "/events?page=99999999999999999999",
        "/events?page=-1",
        "/events?page=٣",
        "/map?quad=²",
        "/map?page=99999999999999999999",
    ],
)
def test_bad_query_values_are_a_400_with_the_security_headers(reader: TestClient, url: str) -> None:
    response = reader.get(url)
    assert response.status_code == 400, response.text
    assert '<p class="error">' in response.text
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_a_server_error_page_carries_the_security_headers(store_path: Path) -> None:
    app = create_app(store_path)
    bench = app.state.bench
    opened = bench.view

    @contextmanager
    def broken_view() -> Iterator[Store]:
        with opened() as store:
            store.con.close()  # every query now fails inside the page
            yield store

    bench.view = broken_view
    with TestClient(app, base_url="http://localhost", raise_server_exceptions=False) as client:
        response = client.get("/events")
        assert response.status_code == 500 and "Traceback" not in response.text
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert re.search(r"store is unchanged", response.text)


WIRE_ID = "wire/2024/05?x#1 %"  # an article id with every character a URL path treats apart
EVENT_ID = "ev/2024?#%"


def add_article_with_slashes(path: Path) -> None:
    from dataclasses import replace

    from web_fixtures import event, read_articles

    from facta.store import ArticleResult

    article = replace(read_articles()["web-003"], id=WIRE_ID)
    coded = event(article, article.text, "denounced", "111", None, None, "2025-04-10")
    result = ArticleResult(article, "coded", events=[replace(coded, event_id=EVENT_ID)])
    with Store(path) as store:
        store.write_batch([result], "slashes")


def test_article_and_event_ids_with_slashes_are_reachable_and_correctable(
    store_path: Path,
) -> None:
    from html import unescape
    from urllib.parse import quote

    add_article_with_slashes(store_path)
    with TestClient(create_app(store_path, allow_edits=True), base_url="http://localhost") as c:
        page = c.get(f"/article/{quote(WIRE_ID, safe='')}")
        assert page.status_code == 200 and "Police arrested several protesters" in page.text
        assert c.get(f"/article/{quote(WIRE_ID)}").status_code == 200  # "/" left as it is
        moved = c.get(f"/event/{quote(EVENT_ID, safe='')}", follow_redirects=False)
        assert moved.status_code == 303
        assert c.get(moved.headers["location"]).text == page.text
        action = re.search(r'action="(/event/[^"]+/reject)"', page.text).group(1)
        back = re.search(r'name="next" value="([^"]+)"', page.text).group(1)
        done = c.post(
            unescape(action),
            data={"form_key": form_key(page.text), "next": unescape(back)},
            follow_redirects=False,
        )
        assert done.status_code == 303
        assert c.get(done.headers["location"]).status_code == 200
        assert cameo_of(c, EVENT_ID) == ("111", True)


def test_the_sign_in_cookie_holds_a_derived_value_secure_over_tls(store_path: Path) -> None:
    app = create_app(store_path, allow_edits=True, token="s3cret")
    with TestClient(app, base_url="https://localhost") as client:
        signed = client.post("/login", data={"token": "s3cret"}, follow_redirects=False)
        cookie = signed.headers["set-cookie"]
        assert "s3cret" not in cookie and "secure" in cookie.lower()
        assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
        page = client.get("/article/web-001").text
        eid, key = event_ids(page)[0], form_key(page)
        assert client.post(f"/event/{eid}/reject", data={"form_key": key}).status_code == 200
    with TestClient(app, base_url="http://localhost") as client:
        signed = client.post("/login", data={"token": "s3cret"}, follow_redirects=False)
        assert "secure" not in signed.headers["set-cookie"].lower()
        client.cookies.set("facta_token", "s3cret")  # the raw token is not what the cookie holds
        refused = client.post(f"/event/{eid}/code", data={"form_key": key, "cameo": "190"})
        assert refused.status_code == 403


def test_wrong_tokens_are_answered_ever_more_slowly(store_path: Path) -> None:
    import time

    app = create_app(store_path, allow_edits=True, token="s3cret")
    with TestClient(app, base_url="http://localhost") as client:
        pauses = []
        for guess in ("guess-1", "guess-2", "guess-3"):
            started = time.monotonic()
            assert client.post("/login", data={"token": guess}).status_code == 403
            pauses.append(time.monotonic() - started)
        assert pauses[0] >= 0.25 and pauses[1] >= 0.5 and pauses[2] >= 1.0
        started = time.monotonic()
        assert client.post("/login", data={"token": "s3cret"}).status_code == 200
        assert time.monotonic() - started < 0.25 and app.state.bench.gate.wrong == 0
