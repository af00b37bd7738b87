"""Feeds are data: a feed whose content is a path or URL is never opened, and neither is an
external entity inside one."""

from __future__ import annotations

from pathlib import Path

import pytest

from facta.ingest import iter_inputs
from facta.ingest.feeds import read_feed_entries
from facta.ingest.fetch import Fetched, looks_like_feed
from facta.models import Article

SECRET_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Private</title>
<item><title>Payroll</title><description>The secret payroll line says 4711 people were
paid by the ministry in March.</description></item></channel></rss>"""


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "private" / "payroll.xml"
    path.parent.mkdir()
    path.write_text(SECRET_FEED)
    return path


def leaked(items: list) -> bool:
    return any(isinstance(i, Article) and "4711" in i.text for i in items)


@pytest.mark.parametrize("form", ["{path}", "file://{path}", "  {path}\n"])
def test_a_feed_file_naming_a_local_file_does_not_read_it(
    tmp_path: Path, secret: Path, form: str
) -> None:
    feed = tmp_path / "news.rss"
    feed.write_text(form.format(path=secret))
    items = list(iter_inputs([str(feed)]))
    assert not leaked(items)
    assert len(items) == 1 and items[0].origin == str(feed)


def test_a_fetched_feed_naming_a_local_file_does_not_read_it(secret: Path) -> None:
    fetched = Fetched("https://example.org/feed", "application/rss+xml", str(secret).encode())
    assert looks_like_feed(fetched)
    assert not leaked(list(read_feed_entries(fetched.body, fetched.url)))


def test_an_external_entity_in_a_feed_is_not_resolved(secret: Path) -> None:
    feed = f"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><title>t</title><item><title>a</title>
<description>Rebels attacked the town. &x;</description></item></channel></rss>"""
    items = list(read_feed_entries(feed.encode(), "feed.rss"))
    assert not leaked(items)
    assert not any("payroll" in getattr(i, "text", "") for i in items)
