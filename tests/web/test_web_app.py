"""The workbench over HTTP (Starlette's TestClient): pages, filters, escaping, write guards."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from facta.cli.main import main
from facta.web import create_app

PAGES = (
    "/",
    "/events",
    "/map",
    "/dyad?a=RWA&b=COD",
    "/pledges",
    "/actor/CODGOV",
    "/corrections",
    "/article/web-001",
    "/article/web-003",
)


def form_key(page: str) -> str:
    return re.search(r'name="form_key" value="([^"]+)"', page).group(1)


def cameo_of(client: TestClient, event_id: str) -> tuple[str, bool]:
    """What the store now holds, read as the server reads it."""
    with client.app.state.bench.view() as store:
        return store.con.execute(
            "SELECT cameo, rejected FROM events WHERE event_id = ?", [event_id]
        ).fetchall()[0]


def event_ids(page: str) -> list[str]:
    return re.findall(r'id="ev-([0-9a-f]+)"', page)


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders_with_local_assets_only(reader: TestClient, url: str) -> None:
    response = reader.get(url)
    assert response.status_code == 200, response.text
    assert "facta" in response.text
    assert not re.search(r'(src|href)="(https?:)?//', response.text), "no asset from elsewhere"
    assert reader.get("/static/facta.css").status_code == 200


def test_overview_counts_and_ranks(reader: TestClient) -> None:
    page = reader.get("/").text
    assert re.search(r"<b>3</b><span>articles coded", page)
    # asserted events only: the future promise is left out of the five shown
    assert re.search(r"<b>6</b><span>events", page)
    assert 'href="/actor/CODGOV"' in page and "<rect" in page


def test_overview_date_window_narrows_chart_and_rankings(reader: TestClient) -> None:
    page = reader.get("/?since=2025-04-01").text
    assert "per day" in page and 'href="/actor/CODCOP"' in page
    assert 'href="/actor/RWA"' not in page  # Rwanda acts only in March
    assert reader.get("/?since=someday").status_code == 400


def test_events_table_filters_sorts_and_pages(reader: TestClient) -> None:
    everything = reader.get("/events?modality=all").text
    assert "6 match" in everything
    assert "5 match" in reader.get("/events").text  # the promise is future
    quad4 = reader.get("/events?quad=4").text
    assert "2 match" in quad4 and "<code>190</code>" in quad4 and "<code>111</code>" not in quad4
    assert "1 match" in reader.get("/events?code=19").text
    assert "2 match" in reader.get("/events?a=RWA&b=CODGOV").text
    assert "2 match" in reader.get("/events?actor=RWA").text
    assert "1 match" in reader.get("/events?attribution=anonymous").text
    assert "1 match" in reader.get("/events?modality=future").text
    assert "2 match" in reader.get("/events?place=kinshasa").text
    assert "3 match" in reader.get("/events?since=2025-03-04&until=2025-04-30").text
    ascending = reader.get("/events?sort=goldstein&order=asc").text
    assert ascending.index("<code>190</code>") < ascending.index("<code>036</code>")
    assert "page 1 of 1" in everything


def test_bad_filters_give_a_plain_error_page(reader: TestClient) -> None:
    for url in (
        "/events?since=yesterday",
        "/events?quad=x",
        "/events?actor=IRN';DROP",
        "/events?page=two",
        "/events?a=RWA",
    ):
        response = reader.get(url)
        assert response.status_code == 400, url
        assert "Traceback" not in response.text and '<p class="error">' in response.text
    missing = reader.get("/article/nothing-here")
    assert missing.status_code == 404 and "No article" in missing.text
    assert reader.get("/static/../store.duckdb").status_code == 404


def test_article_text_and_fields_render_inert(reader: TestClient) -> None:
    page = reader.get("/article/web-003").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert "&lt;b&gt;Bold Wire&lt;/b&gt;" in page
    listing = reader.get("/events").text
    assert "<script>alert(&#39;title" not in listing and "&lt;script&gt;" in listing


def test_responses_forbid_inline_scripts_and_framing(reader: TestClient) -> None:
    policy = reader.get("/article/web-003").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert reader.get("/nope").headers["x-content-type-options"] == "nosniff"


def test_merge_and_rejected_filter_through_forms(editor: TestClient) -> None:
    key = form_key(editor.get("/corrections").text)
    editor.post(
        "/actors/merge",
        data={"form_key": key, "old": "CODCVL", "new": "CODOPP", "why": "same people"},
    )
    assert "2 match" in editor.get("/events?actor=CODOPP").text
    assert "0 match" in editor.get("/events?actor=CODCVL").text
    assert "same people" in editor.get("/corrections").text
    eid = event_ids(editor.get("/article/web-001").text)[0]
    editor.post(f"/event/{eid}/reject", data={"form_key": key})
    rejected = editor.get("/events?rejected=1&modality=all").text
    assert "1 match" in rejected and eid in rejected


def test_article_highlights_triggers_actors_and_places(reader: TestClient) -> None:
    page = reader.get("/article/web-001").text
    assert re.search(r'<mark class="trigger"[^>]*>attacked</mark>', page)
    assert re.search(r'<mark class="actor"[^>]*>rebels</mark>', page)
    assert re.search(r'<mark class="place"[^>]*>Goma</mark>', page)
    assert "test:attacked" in page and "0.80" in page


def test_dyad_page_marks_events_both_ways(reader: TestClient) -> None:
    page = reader.get("/dyad?a=RWA&b=CODGOV&by=day").text
    assert page.count("<rect x=") >= 2
    assert "verbal conflict" in page and "036" in page and "112" in page


def test_dyad_chart_marks_promises_before_the_ledger_is_computed(reader: TestClient) -> None:
    page = reader.get("/dyad?a=RWA&b=COD&by=day").text
    assert page.count('<g class="pledge">') == 2 and "RWA promise: reopen the Gisenyi" in page
    assert reader.app.state.bench.ledger_if_ready() is None


def test_dyad_chart_marks_pledges_and_the_ledger_lists_them(reader: TestClient) -> None:
    reader.app.state.bench.pledge_ledger(wait=60)
    page = reader.get("/dyad?a=RWA&b=COD&by=day").text
    assert "RWA promise (no evidence): reopen the Gisenyi" in page
    assert page.count('<g class="pledge">') == 2 and "2 pledges marked" in page
    assert "reopen the Gisenyi crossing" in page
    ledger = reader.get("/pledges").text
    assert "reopen the Gisenyi crossing" in ledger and 'class="status no_evidence"' in ledger
    assert "reopen the Gisenyi" not in reader.get("/pledges?actor=USA").text
    later = reader.get("/dyad?a=RWA&b=COD&by=day&since=2025-03-10").text
    assert later.count('<g class="pledge">') == 1 and "<code>036</code>" not in later


def test_map_places_points_and_links_them_to_the_table(reader: TestClient) -> None:
    page = reader.get("/map").text
    assert page.count('class="point"') == 3  # Goma, Sake, Kinshasa
    assert "Kinshasa (2)" in page and "/events?place=Kinshasa" in page


def test_actor_page_shows_names_and_memory(reader: TestClient) -> None:
    page = reader.get("/actor/RWA").text
    assert "Rwanda" in page and "RWA" in page and "web-001" in page


def test_read_only_server_refuses_writes(reader: TestClient, store_path: Path) -> None:
    response = reader.post("/event/abc/reject", data={"why": "x"})
    assert response.status_code == 403 and "read-only" in response.text
    assert "Correct this event" not in reader.get("/article/web-001").text


def test_correction_and_undo_through_forms(editor: TestClient, store_path: Path) -> None:
    page = editor.get("/article/web-001").text
    eid = event_ids(page)[0]
    key = form_key(page)
    response = editor.post(
        f"/event/{eid}/code",
        data={"form_key": key, "cameo": "042", "why": "a visit", "next": "/article/web-001"},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/article/web-001"
    assert cameo_of(editor, eid)[0] == "042"
    history = editor.get("/corrections").text
    undo = re.search(r'action="(/override/[0-9a-f]+/undo)"', history).group(1)
    editor.post(undo, data={"form_key": key, "next": "/corrections"})
    assert cameo_of(editor, eid)[0] != "042"
    assert "undone" in editor.get("/corrections").text


def test_writes_need_the_form_key_and_a_safe_return_path(
    editor: TestClient, store_path: Path
) -> None:
    page = editor.get("/article/web-001").text
    eid = event_ids(page)[0]
    refused = editor.post(f"/event/{eid}/reject", data={"why": "x"})
    assert refused.status_code == 403 and cameo_of(editor, eid)[1] is False
    response = editor.post(
        f"/event/{eid}/reject",
        data={"form_key": form_key(page), "next": "//evil.example/"},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/" and cameo_of(editor, eid)[1] is True
    bad = editor.post(f"/event/{eid}/code", data={"form_key": form_key(page), "cameo": "9x"})
    assert bad.status_code == 409 and "not a CAMEO code" in bad.text


def test_token_guards_writes(store_path: Path) -> None:
    app = create_app(store_path, allow_edits=True, token="s3cret")
    with TestClient(app, base_url="http://localhost", raise_server_exceptions=False) as client:
        page = client.get("/article/web-001").text
        eid, key = event_ids(page)[0], form_key(page)
        assert client.post(f"/event/{eid}/reject", data={"form_key": key}).status_code == 403
        assert client.post("/login", data={"token": "wrong"}).status_code == 403
        with_header = {"X-Facta-Token": "s3cret"}
        assert client.post(f"/event/{eid}/reject", headers=with_header).status_code == 403
        assert cameo_of(client, eid)[1] is False  # the header never stands in for the form key
        done = client.post(f"/event/{eid}/reject", headers=with_header, data={"form_key": key})
        assert done.status_code == 200
        assert cameo_of(client, eid)[1] is True


def test_token_cookie_from_sign_in(store_path: Path) -> None:
    app = create_app(store_path, allow_edits=True, token="s3cret")
    with TestClient(app, base_url="http://localhost", raise_server_exceptions=False) as client:
        page = client.get("/article/web-001").text
        eid, key = event_ids(page)[0], form_key(page)
        client.post("/login", data={"token": "s3cret"})
        assert client.post(f"/event/{eid}/reject", data={"form_key": key}).status_code == 200
        assert cameo_of(client, eid)[1] is True


def test_serve_refuses_open_edits_beyond_localhost(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["serve", "--db", str(store_path), "--host", "0.0.0.0", "--allow-edits", "--token", ""]
    )
    assert code == 1 and "--token" in capsys.readouterr().err
