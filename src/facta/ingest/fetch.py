"""Explicit fetching of pages and feeds over HTTP(S): the only code in facta that uses the network.

Guards: only http/https; every address the host resolves to must be public (no loopback,
private, link-local, reserved or multicast ranges), checked again after each redirect and
pinned for the connection; responses larger than a limit are cut off and refused; the whole
request, redirects included, must end within its timeout (a server sending a byte at a time
is cut off, not waited for).
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import SplitResult, urljoin, urlsplit

from facta.models import Article, Failure

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0
MAX_REDIRECTS = 5
USER_AGENT = "facta/0.1 (+https://pypi.org/project/facta; explicit fetch)"


class FetchRefused(Exception):
    """The URL or its response breaks a guard; the message says which."""


@dataclass(frozen=True)
class Fetched:
    url: str
    content_type: str
    body: bytes


def public_address(host: str, port: int, allow_private: bool = False) -> str:
    """Resolve `host` and return one address to connect to, refusing non-public ones."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise FetchRefused(f"cannot resolve host '{host}' ({error.strerror})") from None
    except (UnicodeError, ValueError):  # a label over 63 characters, a NUL in the name
        raise FetchRefused(f"'{host[:80]}' is not a host name") from None
    addresses = [info[4][0] for info in infos]
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if not allow_private and not ip.is_global:
            raise FetchRefused(f"host '{host}' resolves to a non-public address ({ip}); refused")
    return addresses[0]


class PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, address: str, **kwargs: object):
        super().__init__(host, **kwargs)  # type: ignore[arg-type]
        self.pinned = address
        self.raw_socket: socket.socket | None = None

    def connect(self) -> None:
        self.sock = self.raw_socket = socket.create_connection(
            (self.pinned, self.port), self.timeout
        )


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, address: str, **kwargs: object):
        super().__init__(host, context=ssl.create_default_context(), **kwargs)  # type: ignore[arg-type]
        self.pinned = address
        self.raw_socket: socket.socket | None = None

    def connect(self) -> None:
        raw = self.raw_socket = socket.create_connection((self.pinned, self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)  # type: ignore[attr-defined]


def split_url(url: str) -> tuple[SplitResult, int]:
    """The parts of an http(s) URL and its port; FetchRefused for anything else."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:  # "http://[::1/", "http://host:99999/"
        raise FetchRefused(f"not a URL that can be fetched ({error})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(f"only http and https URLs can be fetched, not '{url}'")
    if port == 0:
        raise FetchRefused("port 0 cannot be fetched; ports go from 1 to 65535")
    return parts, port or (443 if parts.scheme == "https" else 80)


class Deadline:
    """The moment a whole request (its redirects included) must be over."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.passed = False

    def remaining(self, url: str) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise self.refusal(url)
        return left

    def refusal(self, url: str) -> FetchRefused:
        return FetchRefused(f"{url}: no complete answer within {self.seconds:g} s")

    def cut(self, connection: http.client.HTTPConnection) -> None:
        """Called by a timer at the deadline: end the connection under the reading thread."""
        self.passed = True
        sock = getattr(connection, "raw_socket", None)  # http.client may have let go of it
        if sock is not None:
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)


def fetch(
    url: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    allow_private: bool = False,
) -> Fetched:
    """GET one URL, following up to five redirects, within the guards and `timeout` seconds
    in all."""
    deadline = Deadline(timeout)
    for _ in range(MAX_REDIRECTS + 1):
        parts, port = split_url(url)
        address = public_address(parts.hostname or "", port, allow_private)
        kind = PinnedHTTPSConnection if parts.scheme == "https" else PinnedHTTPConnection
        left = deadline.remaining(url)
        connection = kind(parts.hostname, address, port=port, timeout=left)
        timer = threading.Timer(left, deadline.cut, args=(connection,))
        timer.daemon = True
        timer.start()
        try:
            response = get(connection, parts)
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchRefused(f"{url}: redirect without a Location header")
                url = urljoin(url, location)
                continue
            if response.status != 200:
                raise FetchRefused(
                    f"{url}: the server answered {response.status} {response.reason}"
                )
            data = body(response, url, max_bytes)
            if deadline.passed:
                raise deadline.refusal(url)
            return Fetched(url, response.getheader("Content-Type") or "", data)
        except (OSError, http.client.HTTPException, FetchRefused) as error:
            if deadline.passed:  # the timer ended the connection: what came is a part
                raise deadline.refusal(url) from None
            if isinstance(error, FetchRefused):
                raise
            raise FetchRefused(f"{url}: {error}") from None
        finally:
            timer.cancel()
            connection.close()
    raise FetchRefused(f"{url}: more than {MAX_REDIRECTS} redirects")


def get(connection: http.client.HTTPConnection, parts: SplitResult) -> http.client.HTTPResponse:
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    connection.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    return connection.getresponse()


def body(response: http.client.HTTPResponse, url: str, max_bytes: int) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchRefused(
            f"{url}: response of {int(declared)} bytes exceeds the {max_bytes}-byte limit"
        )
    data = response.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FetchRefused(f"{url}: response exceeds the {max_bytes}-byte limit")
    if response.length:  # bytes the Content-Length promised that never came
        raise FetchRefused(f"{url}: the server closed the connection {response.length} bytes early")
    return data


def looks_like_feed(fetched: Fetched) -> bool:
    kind = fetched.content_type.lower()
    if any(word in kind for word in ("rss", "atom", "xml")) and "html" not in kind:
        return True
    head = fetched.body[:500].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)


def fetch_articles(
    urls: list[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    allow_private: bool = False,
) -> Iterator[Article | Failure]:
    """Articles from pages and feeds at these URLs; refusals and errors become Failures."""
    from facta.ingest.feeds import read_feed_entries
    from facta.ingest.readers import UnreadableInput, guarded, one_line, read_html_article

    for url in urls:
        try:
            fetched = fetch(url, max_bytes, timeout, allow_private)
        except FetchRefused as error:
            yield Failure(url, str(error))
            continue
        except Exception as error:  # one URL must not end the run
            yield Failure(url, f"cannot fetch: {one_line(error)}")
            continue
        if looks_like_feed(fetched):
            yield from guarded(read_feed_entries(fetched.body, fetched.url), fetched.url)
            continue
        try:
            yield read_html_article(fetched.body, fetched.url, url=fetched.url)
        except UnreadableInput as error:
            yield Failure(fetched.url, str(error))
        except Exception as error:
            yield Failure(fetched.url, f"cannot read this page: {one_line(error)}")
