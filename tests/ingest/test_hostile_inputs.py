"""One bad input ends as a Failure with a one-line reason, never as the end of the run."""

from __future__ import annotations

import gzip
import json
import os
import time
from pathlib import Path

import pytest

from facta.ingest import iter_inputs, readers
from facta.ingest.identity import make_article
from facta.isolation import code_articles
from facta.models import Article, Failure
from facta.runner import estimate_total

STORY = "Rebels attacked the town of Goma on Monday, the army said."


def by_origin(*paths: Path) -> dict[str, Article | Failure]:
    return {item.origin: item for item in iter_inputs([str(p) for p in paths])}


def test_a_corrupt_gzip_in_a_directory_is_one_failure_and_the_rest_is_read(tmp_path: Path):
    (tmp_path / "a-bad.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)))
    good = json.dumps({"id": "ok", "text": STORY})
    (tmp_path / "b-good.jsonl.gz").write_bytes(gzip.compress(good.encode() + b"\n"))
    (tmp_path / "c-truncated.jsonl.gz").write_bytes(gzip.compress(good.encode() * 50)[:40])
    os.mkfifo(tmp_path / "d-pipe.jsonl")
    started = time.monotonic()
    assert estimate_total([str(tmp_path)]) == 4  # one each; the pipe is never opened
    got = by_origin(tmp_path)
    assert isinstance(got[f"{tmp_path}/a-bad.jsonl.gz"], Failure)
    assert isinstance(got[f"{tmp_path}/b-good.jsonl.gz:1"], Article)
    assert isinstance(got[f"{tmp_path}/c-truncated.jsonl.gz"], Failure)
    assert "named pipe" in got[f"{tmp_path}/d-pipe.jsonl"].reason
    assert time.monotonic() - started < 10


def test_deep_json_surrogates_and_giant_ids_are_failures_or_clean_articles(tmp_path: Path):
    lines = [
        "[" * 100_000 + "]" * 100_000,
        '{"text": "Rebels \\ud800 attacked Goma.", "id": "a\\udfff", "title": "\\udbff"}',
        json.dumps({"id": "x" * 10_000, "text": STORY}),
    ]
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n")
    got = by_origin(tmp_path / "r.jsonl")
    assert got[f"{tmp_path}/r.jsonl:1"].reason == "JSON nested too deeply to read"
    article = got[f"{tmp_path}/r.jsonl:2"]
    assert article.text == "Rebels \ufffd attacked Goma." and article.id == "a\ufffd"
    article.text.encode("utf-8")  # storable
    assert "ids go up to" in got[f"{tmp_path}/r.jsonl:3"].reason


def test_links_that_loop_and_hidden_files_are_named(tmp_path: Path):
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    os.symlink(".", tmp_path / "again")
    (tmp_path / ".secret.txt").write_text(STORY)
    got = by_origin(tmp_path)
    assert "cannot be followed" in got[f"{tmp_path}/a.txt"].reason
    assert "not followed" in got[f"{tmp_path}/again"].reason
    assert "hidden" in got[f"{tmp_path}/.secret.txt"].reason


def test_long_lines_and_decompressed_size_are_capped(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_LINE_BYTES", 1000)
    body = b'{"text": "' + b"a" * 5000 + b'"}\n' + json.dumps({"text": STORY}).encode() + b"\n"
    (tmp_path / "long.jsonl.gz").write_bytes(gzip.compress(body))
    got = by_origin(tmp_path / "long.jsonl.gz")
    assert "longer than" in got[f"{tmp_path}/long.jsonl.gz:1"].reason
    assert isinstance(got[f"{tmp_path}/long.jsonl.gz:2"], Article)
    monkeypatch.setattr(readers, "MAX_DECOMPRESSED_BYTES", 10_000)
    (tmp_path / "bomb.jsonl.gz").write_bytes(gzip.compress(b"\n" * 1_000_000))
    got = by_origin(tmp_path / "bomb.jsonl.gz")
    assert "the rest is not read" in got[f"{tmp_path}/bomb.jsonl.gz"].reason


def test_utf16_is_decoded_and_invisible_characters_removed(tmp_path: Path):
    (tmp_path / "u.txt").write_bytes(("Rebels\u200b attacked Goma\x00 on Monday.").encode("utf-16"))
    (article,) = by_origin(tmp_path / "u.txt").values()
    assert article.text == "Rebels attacked Goma on Monday."


def test_a_run_of_quote_marks_parses_in_linear_time(pipeline) -> None:
    article = make_article(text="Talks ended. " + '"' * 50_000, origin="quotes")
    started = time.monotonic()
    (result,) = code_articles(pipeline, [article])
    assert time.monotonic() - started < 20  # was minutes: quadratic in the run's length
    assert result.article.id == article.id


class Exploding:
    """A pipeline stage that raises on one article."""

    def __init__(self, stage):
        self.stage = stage

    def code(self, analysis):
        if "explode" in analysis.article.text:
            raise OverflowError("date value out of range")
        return self.stage.code(analysis)


def test_one_article_that_breaks_a_stage_is_a_failure_and_the_batch_goes_on(
    pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "events", Exploding(pipeline.events))
    articles = [
        make_article(text=STORY, origin="one"),
        make_article(text="Police will explode the myth.\nSecond line.", origin="two"),
        make_article(text="The army shelled a village near Sake.", origin="three"),
    ]
    outcomes = code_articles(pipeline, articles)
    assert [type(o).__name__ for o in outcomes] == ["ArticleResult", "Failure", "ArticleResult"]
    assert outcomes[1].origin == "two"
    assert outcomes[1].reason == "coding failed: OverflowError: date value out of range"


def warc_record(url: str, body: bytes, length: str | None = None) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = ["WARC/1.0", "WARC-Type: response", f"WARC-Target-URI: {url}"]
    if length != "missing":
        head.append(f"Content-Length: {length or len(http)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + http + b"\r\n\r\n"


def page(words: str) -> bytes:
    return f"<html><body><article><p>{STORY} {words}</p></article></body></html>".encode()


def test_every_damaged_web_archive_record_is_a_failure_never_a_part_of_a_page(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
):
    good = warc_record("http://example.org/good", page("A good page."))
    cut = warc_record("http://example.org/cut", page("A cut page."))
    archives = {
        "truncated.warc": good + cut[:-60],
        "truncated.warc.gz": gzip.compress(good) + gzip.compress(cut)[:-30],
        "cut-header.warc": good + cut[:70],
        "huge-length.warc": warc_record("http://example.org/huge", page("Huge."), "9" * 11) + good,
        "no-length.warc": warc_record("http://example.org/none", page("None."), "missing") + good,
        "short-length.warc": warc_record("http://example.org/short", page("Short."), "50") + good,
        "same-url.warc": warc_record("http://example.org/same", b"<p></p>") * 2,
    }
    for name, data in archives.items():
        (tmp_path / name).write_bytes(data)
    got = {o: getattr(i, "reason", "article") for o, i in by_origin(tmp_path).items()}
    base = str(tmp_path)
    assert got[f"{base}/truncated.warc#http://example.org/good"] == "article"
    assert got[f"{base}/truncated.warc#http://example.org/cut"].startswith("record truncated")
    assert got[f"{base}/truncated.warc.gz#http://example.org/cut"].startswith("record truncated")
    assert "ends inside this record's header" in got[f"{base}/cut-header.warc#record 2"]
    assert got[f"{base}/huge-length.warc#http://example.org/huge"].startswith("record truncated")
    assert "no Content-Length" in got[f"{base}/no-length.warc#http://example.org/none"]
    assert "does not match" in got[f"{base}/short-length.warc#http://example.org/short"]
    assert got[f"{base}/short-length.warc#http://example.org/good"] == "article"
    assert f"{base}/same-url.warc#http://example.org/same (record 2)" in got
    assert capfd.readouterr().err == ""  # warcio's warnings are failures, not noise


def test_unicode_without_a_byte_order_mark_is_decoded_and_noise_is_not_prose(tmp_path: Path):
    from facta.ingest.prose import not_prose

    story = STORY + " The United Nations called for talks between the two sides."
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        (tmp_path / f"{encoding}.txt").write_bytes(story.encode(encoding))
    noise = bytes(b for b in range(0xA0, 0x100) if b not in (0xAD,)) * 40  # Latin-1 letters
    (tmp_path / "noise.txt").write_bytes(noise)
    (tmp_path / "line\nbreak\x1b[31m.txt").write_text(story)
    got = by_origin(tmp_path)
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        assert got[f"{tmp_path}/{encoding}.txt"].text == story
    assert "\\x0a" in next(o for o in got if "line" in o)  # a name prints on one line
    assert "none is a common word" in not_prose(got[f"{tmp_path}/noise.txt"]).reason
    assert not_prose(got[f"{tmp_path}/utf-16-le.txt"]) is None
