"""Explicit fetching of pages and feeds over HTTP(S): the only code in facta that uses the network.

Guards: only http/https; every address the host resolves to must be public (no loopback,
private, link-local, reserved or multicast ranges), checked again after each redirect and
pinned for the connection; responses larger than a limit are cut off and refused.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

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

    def connect(self) -> None:
        self.sock = socket.create_connection((self.pinned, self.port), self.timeout)


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, address: str, **kwargs: object):
        super().__init__(host, context=ssl.create_default_context(), **kwargs)  # type: ignore[arg-type]
        self.pinned = address

    def connect(self) -> None:
        raw = socket.create_connection((self.pinned, self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)  # type: ignore[attr-defined]


def fetch(
    url: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    allow_private: bool = False,
) -> Fetched:
    """GET one URL, following up to five redirects, within the guards."""
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchRefused(f"only http and https URLs can be fetched, not '{url}'")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        address = public_address(parts.hostname, port, allow_private)
        kind = PinnedHTTPSConnection if parts.scheme == "https" else PinnedHTTPConnection
        connection = kind(parts.hostname, address, port=port, timeout=timeout)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            connection.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
            response = connection.getresponse()
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
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchRefused(
                    f"{url}: response of {int(declared)} bytes exceeds the {max_bytes}-byte limit"
                )
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise FetchRefused(f"{url}: response exceeds the {max_bytes}-byte limit")
            return Fetched(url, response.getheader("Content-Type") or "", body)
        except (OSError, http.client.HTTPException) as error:
            raise FetchRefused(f"{url}: {error}") from None
        finally:
            connection.close()
    raise FetchRefused(f"{url}: more than {MAX_REDIRECTS} redirects")


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
    from facta.ingest.readers import UnreadableInput, read_html_article

    for url in urls:
        try:
            fetched = fetch(url, max_bytes, timeout, allow_private)
        except FetchRefused as error:
            yield Failure(url, str(error))
            continue
        if looks_like_feed(fetched):
            yield from read_feed_entries(fetched.body, fetched.url)
            continue
        try:
            yield read_html_article(fetched.body, fetched.url, url=fetched.url)
        except UnreadableInput as error:
            yield Failure(fetched.url, str(error))
