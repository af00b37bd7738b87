"""Explicit fetching: guards refuse private addresses and oversized responses, pages get coded.

Only loopback servers started by the test are contacted (with allow_private=True, which the
command line never sets).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from facta.ingest.fetch import FetchRefused, fetch, fetch_articles, public_address
from facta.models import Article, Failure

PAGE = (Path(__file__).parent.parent / "fixtures" / "page.html").read_bytes()
FEED = (Path(__file__).parent.parent / "fixtures" / "feed.rss").read_bytes()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        routes = {
            "/page": (200, "text/html; charset=utf-8", PAGE),
            "/feed": (200, "application/rss+xml", FEED),
            "/big": (200, "text/html", b"<p>" + b"x" * 300_000 + b"</p>"),
            "/missing": (404, "text/plain", b"no"),
        }
        if self.path == "/trickle":  # a byte at a time, each well within a read timeout
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass  # the client gave up, as it should
            return
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        status, kind, body = routes.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if self.path != "/big":  # make the size check work without Content-Length too
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost", "10.1.2.3", "192.168.0.10", "169.254.169.254", "::1"]
)
def test_non_public_addresses_are_refused_before_connecting(host: str):
    with pytest.raises(FetchRefused, match="non-public address"):
        public_address(host, 80)


def test_only_http_urls():
    with pytest.raises(FetchRefused, match="only http and https"):
        fetch("file:///etc/passwd")


def test_guard_applies_to_the_command_path(server: str):
    (failure,) = list(fetch_articles([f"{server}/page"]))
    assert isinstance(failure, Failure) and "non-public address" in failure.reason


def test_pages_feeds_redirects_and_limits(server: str):
    got = list(
        fetch_articles(
            [f"{server}/moved", f"{server}/feed", f"{server}/big", f"{server}/missing"],
            max_bytes=200_000,
            allow_private=True,
        )
    )
    articles = [g for g in got if isinstance(g, Article)]
    failures = {f.origin.rsplit("/", 1)[1]: f.reason for f in got if isinstance(f, Failure)}
    assert articles[0].url.endswith("/page") and "Mandera" in articles[0].text
    assert any(a.id == "hw-1001" for a in articles)
    assert "exceeds the 200000-byte limit" in failures["big"]
    assert "404" in failures["missing"]


def test_a_whole_request_ends_at_its_deadline_however_fast_each_byte_comes(server: str):
    started = time.monotonic()
    with pytest.raises(FetchRefused, match="no complete answer within 1 s"):
        fetch(f"{server}/trickle", timeout=1.0, allow_private=True)
    assert time.monotonic() - started < 3  # was 10 s: the timeout applied to each read


def test_urls_that_cannot_be_fetched_are_refusals_never_errors():
    urls = [
        "http://127.0.0.1:99999/a",
        "http://[::1/x",
        "http://127.0.0.1:0/",
        "http://" + "x" * 300 + ".example/",
        "http://127.0.0.1/[/x]",
    ]
    got = list(fetch_articles(urls))
    assert [item.origin for item in got] == urls
    reasons = [item.reason for item in got if isinstance(item, Failure)]
    assert len(reasons) == len(urls) and all("\n" not in reason for reason in reasons)
    assert "Port out of range" in reasons[0] and "Invalid IPv6 URL" in reasons[1]
    assert "port 0" in reasons[2] and "is not a host name" in reasons[3]
