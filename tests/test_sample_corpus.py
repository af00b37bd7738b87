"""Checks that the bundled sample corpus and its storyline gold file are well-formed.

Reads real files only: the corpus under src/facta/data/sample and eval/gold/*.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "facta" / "data" / "sample"
GOLD = ROOT / "eval" / "gold"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class _PageText(HTMLParser):
    """Collects the visible text of a page and the <meta> tags of its head."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.title = ""
        self.parts: list[str] = []
        self.open_tags: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta":
            key = values.get("name") or values.get("property")
            if key:
                self.meta[key] = values.get("content") or ""
            return
        self._in_title = tag == "title"
        self.open_tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False
        if tag in self.open_tags:
            while self.open_tags.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        self.parts.append(data)

    @property
    def text(self) -> str:
        return " ".join(self.parts)


def _parse_html(path: Path) -> _PageText:
    page = _PageText()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def _jsonl_records() -> list[dict]:
    lines = (SAMPLE / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _documents() -> dict[str, str]:
    """Every document of the corpus by its name (file name or JSONL id) -> its text."""
    docs = {path.name: path.read_text(encoding="utf-8") for path in SAMPLE.glob("*.txt")}
    docs.update({path.name: _parse_html(path).text for path in SAMPLE.glob("*.html")})
    docs.update({record["id"]: record["text"] for record in _jsonl_records()})
    return docs


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_corpus_has_enough_documents_in_every_format() -> None:
    docs = _documents()
    assert len(docs) >= 25
    assert len(list(SAMPLE.glob("*.txt"))) >= 8
    assert len(list(SAMPLE.glob("*.html"))) >= 6
    assert len(_jsonl_records()) >= 5
    assert (SAMPLE / "README.md").is_file()


def test_every_jsonl_line_is_an_article_record_with_text_and_date() -> None:
    records = _jsonl_records()
    ids = [record["id"] for record in records]
    assert len(ids) == len(set(ids))
    for record in records:
        assert record["text"].strip(), record["id"]
        assert ISO_DATE.fullmatch(record["date"]), record["id"]
        assert set(record) <= {"id", "text", "title", "date", "url", "source", "language"}


@pytest.mark.parametrize("path", sorted(SAMPLE.glob("*.txt")), ids=lambda p: p.name)
def test_text_files_have_headline_blank_line_and_a_dated_body(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].strip() and not lines[1].strip()
    body = "\n".join(lines[2:])
    assert re.search(r"Published: \d{4}-\d{2}-\d{2}|\b20\d\d\b", body), "no date in the body"
    if not path.name.startswith("16fr"):
        assert 150 <= len(body.split()) <= 450


@pytest.mark.parametrize("path", sorted(SAMPLE.glob("*.html")), ids=lambda p: p.name)
def test_html_pages_parse_and_carry_metadata_and_boilerplate(path: Path) -> None:
    page = _parse_html(path)
    assert page.title.strip()
    assert ISO_DATE.match(page.meta["article:published_time"])
    assert page.meta["author"] and page.meta["og:site_name"]
    raw = path.read_text(encoding="utf-8")
    article = raw[raw.index("<article") : raw.index("</article>")]
    assert "Subscribe to continue." in article
    assert "Advertisement" in raw and "Read this article in" in raw and "QR Code to" in raw


def test_near_duplicate_shares_most_sentences_with_its_original() -> None:
    original = _squash(_documents()["16_ceasefire_signed.txt"])
    copy = _squash(_documents()["17_ceasefire_republished.html"])
    shared = [s for s in re.split(r"(?<=[.!?])\s+", original) if s in copy]
    assert len(shared) >= 8
    assert original.splitlines()[0] not in copy


def _storyline() -> dict:
    return yaml.safe_load((GOLD / "sample_storyline.yaml").read_text(encoding="utf-8"))


def _quoted_places(storyline: dict) -> list[tuple[str, str]]:
    pairs = [
        (
            storyline["main_dyad"]["ceasefire"]["doc"],
            storyline["main_dyad"]["ceasefire"]["sentence"],
        )
    ]
    for pledge in storyline["pledges"]:
        pairs.append((pledge["doc"], pledge["sentence"]))
        pairs += [(item["doc"], item["sentence"]) for item in pledge["evidence"]]
    for section in ("modality", "no_event"):
        pairs += [(item["doc"], item["sentence"]) for item in storyline[section]]
    return pairs


def test_storyline_quotes_exist_in_the_documents_they_name() -> None:
    docs = {name: _squash(text) for name, text in _documents().items()}
    for doc, sentence in _quoted_places(_storyline()):
        assert doc in docs, f"unknown document {doc}"
        assert _squash(sentence) in docs[doc], f"{sentence!r} not in {doc}"


def test_storyline_covers_every_pledge_outcome() -> None:
    pledges = _storyline()["pledges"]
    statuses = {pledge["status"] for pledge in pledges}
    assert {"kept", "broken", "no_evidence", "contested"} <= statuses
    assert any(p["kind"] == "threat" and p["status"] == "kept" for p in pledges)
    for pledge in pledges:
        assert pledge["promised"]["polarity"] in {"do", "stop"}
        assert (pledge["status"] == "no_evidence") == (not pledge["evidence"])


def test_actor_gold_names_real_mentions() -> None:
    docs = _documents()
    lines = (GOLD / "actors_sample.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    assert len(records) >= 220
    for record in records:
        found = re.findall(rf"\b{re.escape(record['text'])}\b", docs[record["doc"]])
        assert len(found) >= record["occurrence"], record
        expected = (record["country"] or "") + "".join(record["sectors"])
        assert record["code"] == (expected or None), record


SEED = ROOT.parent / "shared" / "seed" / "000_4814d4cb36451429.txt"


def test_seed_actor_gold_is_well_formed() -> None:
    lines = (GOLD / "actors_seed.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    assert len(records) >= 60
    for record in records:
        assert record["doc"] == "seed" and record["occurrence"] >= 1
        expected = (record["country"] or "") + "".join(record["sectors"])
        assert record["code"] == (expected or None), record


@pytest.mark.skipif(not SEED.is_file(), reason="the seed article lives outside the repository")
def test_seed_actor_gold_points_at_the_named_strings() -> None:
    raw = SEED.read_text(encoding="utf-8")
    body = raw.split("\n", 1)[1]
    for line in (GOLD / "actors_seed.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert raw[record["start"] : record["start"] + len(record["text"])] == record["text"]
        matches = list(re.finditer(rf"\b{re.escape(record['text'])}\b", body))
        assert matches[record["occurrence"] - 1].start() + len(raw) - len(body) == record["start"]
