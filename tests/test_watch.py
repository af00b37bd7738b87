"""Watching: each round codes the files changed since the last one and the new entries of
feeds fetched over HTTP (a real server on this machine), and nothing twice; an entry the feed
has edited since keeps its first text."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from facta.ingest.fetch import fetch_articles
from facta.store import Store
from facta.watch import SETTLING_SECONDS, Watch

sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
from newswire import stories  # noqa: E402

FEED_ENTRIES = (
    "Kenya's president met Rwanda's foreign minister in Nairobi on Monday.",
    "Turkish police arrested twelve protesters in Ankara on Tuesday.",
    "The European Union promised to send aid to Ukraine.",
)


def write_feed(path: Path, entries: int, edited: bool = False) -> None:
    """Our feed with its first `entries` items; `edited` changes the first one's text."""
    texts = [*FEED_ENTRIES[:entries]]
    if edited:
        texts[0] += " The meeting lasted two hours."
    items = "".join(
        f"<item><guid>feed-{number}</guid><title>Item {number}</title>"
        f"<pubDate>Mon, 0{number + 3} Mar 2025 08:00:00 GMT</pubDate>"
        f"<description>{text}</description></item>"
        for number, text in enumerate(texts)
    )
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Our wire</title>{items}</channel></rss>'
    )


def write_wire(path: Path, first: int, last: int) -> None:
    """Stories number `first` to `last - 1`, written long enough ago to have settled."""
    lines = [json.dumps(story) for story in stories(last)][first:]
    path.write_text("\n".join(lines) + "\n")
    settled = time.time() - SETTLING_SECONDS - 1
    os.utime(path, (settled, settled))


@pytest.fixture
def feed(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    folder = tmp_path / "site"
    folder.mkdir()
    handler = partial(SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield folder / "world.rss", f"http://127.0.0.1:{server.server_address[1]}/world.rss"
    finally:
        server.shutdown()
        server.server_close()


def test_each_round_codes_what_changed_in_folders_and_feeds_and_nothing_twice(
    tmp_path: Path, feed: tuple[Path, str]
):
    feed_file, url = feed
    write_feed(feed_file, 2)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_wire(inbox / "monday.jsonl", 0, 10)
    db = tmp_path / "watched.duckdb"
    watch = Watch(
        [str(inbox), url],
        db,
        every=60,
        fetcher=lambda urls: fetch_articles(urls, allow_private=True),
    )
    with Store(db) as store:
        store.release()
        first = watch.round(store)
        again = watch.round(store)
        write_wire(inbox / "tuesday.jsonl", 10, 15)
        write_feed(feed_file, 3, edited=True)
        (inbox / "still-being-written.jsonl").write_text(json.dumps({"text": "Rwanda met Kenya."}))
        third = watch.round(store)

    assert first is not None and again is not None and third is not None
    assert (first.counts["coded"], first.counts["already_stored"]) == (12, 0)
    # the folder is not read again; the feed is, and its two entries are known
    assert (again.counts["articles_seen"], again.counts["coded"]) == (0, 0)
    assert (third.counts["coded"], third.counts["already_stored"]) == (6, 0)
    assert third.counts["failures"] == 0  # the edited entry keeps its first text
    with Store(db, read_only=True) as store:
        ids = [row[0] for row in store.con.execute("SELECT article_id FROM articles").fetchall()]
        statuses = store.con.execute("SELECT status, count(*) FROM runs GROUP BY 1").fetchall()
        first_text = store.article_texts(["feed-0"])["feed-0"][0]
    assert len(ids) == len(set(ids)) == 18
    assert "feed-2" in ids and first_text == FEED_ENTRIES[0]
    assert statuses == [("done", 3)]


def test_a_folder_with_nothing_changed_is_a_round_with_nothing_to_do(tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_wire(inbox / "monday.jsonl", 0, 3)
    db = tmp_path / "quiet.duckdb"
    watch = Watch([str(inbox)], db, every=60)
    with Store(db) as store:
        store.release()
        assert watch.round(store) is not None
        assert watch.round(store) is None


def test_standard_input_and_missing_paths_cannot_be_watched(tmp_path: Path):
    from facta.errors import InputError

    for sources in (["-"], [str(tmp_path / "nowhere")]):
        with pytest.raises(InputError):
            Watch(sources, tmp_path / "s.duckdb", every=60)
