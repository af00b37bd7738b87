"""Ingest from real files: text, HTML with boilerplate, JSONL (+gz), RSS, WARC, stdin."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from facta.ingest import iter_inputs
from facta.ingest.readers import read_stdin
from facta.models import Article, Failure

FIXTURES = Path(__file__).parent.parent / "fixtures"


def items(*paths: Path | str) -> list[Article | Failure]:
    return list(iter_inputs([str(p) for p in paths]))


def test_text_file_keeps_story_and_drops_paywall_lines():
    (article,) = items(FIXTURES / "story.txt")
    assert article.title == "Ghana hosts regional security summit"
    assert article.published == "2025-04-02"
    assert article.text.startswith("ACCRA, April 2 — Ghana hosted leaders")
    assert "joint intelligence cell" in article.text
    for nag in ("free articles", "QR Code", "Read this article in", "subscription"):
        assert nag not in article.text


def test_html_page_gives_main_text_and_metadata_without_boilerplate():
    (article,) = items(FIXTURES / "page.html")
    assert article.title == "Border talks resume between Kenya and Somalia"
    assert article.author == "Amina Otieno"
    assert article.source == "The Lakeside Ledger"
    assert article.published.startswith("2025-03-04")
    assert "NAIROBI, March 4" in article.text
    assert "share intelligence on militant" in article.text
    for junk in (
        "Supported by",
        "Advertisement",
        "free articles",
        "Share this",
        "cookies",
        "Related stories",
        "All rights reserved",
        "Read this article in",
        "Sport",
    ):
        assert junk not in article.text, junk


def test_jsonl_records_bad_lines_and_gz(tmp_path: Path):
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": "Peru recalled its ambassador from Chile on Friday.",
                "date": "2025-01-03",
            }
        ),
        "{not json",
        json.dumps({"title": "no text field"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"text": "troops crossed the river", "dateline": "LIMA, Jan 4 -"}),
    ]
    plain = tmp_path / "a.jsonl"
    plain.write_text("\n".join(lines) + "\n", encoding="utf-8")
    packed = tmp_path / "b.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    for path in (plain, packed):
        got = items(path)
        articles = [i for i in got if isinstance(i, Article)]
        failures = [i for i in got if isinstance(i, Failure)]
        assert [a.id for a in articles][0] == "a1"
        assert articles[0].published == "2025-01-03"
        assert articles[1].text.startswith("LIMA, Jan 4 - troops crossed")
        assert [f.origin.rsplit(":", 1)[1] for f in failures] == ["2", "3", "5"]
        assert "malformed JSON" in failures[0].reason
        assert "no 'text'" in failures[1].reason
        assert "not a JSON object" in failures[2].reason


def test_rss_feed_entries_become_articles_and_empty_entries_fail():
    got = items(FIXTURES / "feed.rss")
    (article,) = [i for i in got if isinstance(i, Article)]
    (failure,) = [i for i in got if isinstance(i, Failure)]
    assert article.id == "hw-1001"
    assert article.source == "Harbour Wire"
    assert article.text.startswith("LIMA, March 10")
    assert article.published == "2025-03-10"
    assert "Advertisement" not in article.text
    assert "no text" in failure.reason


def test_warc_response_records_are_extracted(tmp_path: Path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    page = (FIXTURES / "page.html").read_bytes()
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body, kind in (
            ("https://ledger.example/border", page, "text/html; charset=utf-8"),
            ("https://ledger.example/logo.png", b"\x89PNG....", "image/png"),
            ("https://ledger.example/blank", b"<html><body></body></html>", "text/html"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
    got = items(path)
    articles = [i for i in got if isinstance(i, Article)]
    failures = [i for i in got if isinstance(i, Failure)]
    assert len(articles) == 1 and articles[0].url == "https://ledger.example/border"
    assert "Mandera" in articles[0].text
    assert len(failures) == 1 and failures[0].origin.endswith("#https://ledger.example/blank")


def test_bad_files_become_failures_with_reasons(tmp_path: Path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03 image data")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 owners in Bogot\xe1 protested.".encode("latin-1"))
    (tmp_path / "garbage.txt").write_bytes(bytes([0x81, 0x8D, 0x90, 0x9D, 0x8F]) * 10 + b"\x07\x08")
    (tmp_path / "huge.txt").write_text("word " * 1_100_000, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "broken.html").write_text("<html><body><div>", encoding="utf-8")
    got = {Path(i.origin).name: i for i in items(tmp_path)}
    assert "NUL" in got["binary.txt"].reason
    assert got["empty.txt"].reason == "empty file"
    assert isinstance(got["latin.txt"], Article) and "Bogotá" in got["latin.txt"].text
    assert isinstance(got["garbage.txt"], Failure)
    assert "larger than 5 MB" in got["huge.txt"].reason
    assert "unsupported file type" in got["photo.png"].reason
    assert "no article text" in got["broken.html"].reason


def test_stdin_jsonl():
    stream = io.BytesIO(b'{"text": "Chad closed its border with Sudan."}\n{oops\n')
    got = list(read_stdin(stream))
    assert isinstance(got[0], Article) and got[0].origin == "-:1"
    assert isinstance(got[1], Failure) and got[1].origin == "-:2"


def test_empty_texts_are_failures_not_articles(tmp_path: Path):
    (tmp_path / "a.jsonl").write_text(
        '{"id": "e1", "text": "   "}\n{"id": "e2", "text": "Advertisement"}\n', encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Only a headline\n\nSubscribe now\n", encoding="utf-8")
    got = items(tmp_path)
    assert all(isinstance(i, Failure) for i in got), got
    reasons = sorted(f.reason for f in got)
    assert reasons == [
        "no article text (only a headline or boilerplate)",
        "no article text after removing boilerplate lines",
        "record's 'text' is empty",
    ]


def test_section_label_and_repeated_headline_are_not_story_text(tmp_path: Path):
    page = (
        (FIXTURES / "page.html")
        .read_text(encoding="utf-8")
        .replace("<h1>Border talks", '<p class="kicker">World</p>\n      <h1>Border talks')
    )
    (tmp_path / "kicker.html").write_text(page, encoding="utf-8")
    (article,) = items(tmp_path / "kicker.html")
    assert article.text.startswith("NAIROBI, March 4")


def test_a_broken_link_is_a_failure_and_excluded_files_are_passed_over(tmp_path: Path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "store.duckdb").write_bytes(b"not read")
    got = list(iter_inputs([str(tmp_path)], exclude=[tmp_path / "store.duckdb"]))
    assert [(Path(f.origin).name, f.reason) for f in got] == [
        ("gone.txt", "broken symbolic link: its target does not exist")
    ]
