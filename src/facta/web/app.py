"""The workbench web app: Starlette routes over one store, server-rendered Jinja2 pages.

Read-only unless built with `allow_edits`; corrections then go through facta.corrections,
guarded by a per-process form key and, when set, an access token (header or cookie).
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from facta.corrections import CorrectionError, Corrections
from facta.errors import FactaError
from facta.store import StoreBusyError
from facta.web.pages import (
    actor_page,
    article,
    corrections_page,
    dyad,
    error_page,
    event,
    events,
    login,
    login_page,
    overview,
    pledges,
    read_form,
    world_map,
)
from facta.web.workbench import HERE, TOKEN_COOKIE, TOKEN_HEADER, Workbench


async def check_write(request: Request, form: dict[str, str]) -> None:
    """The right to write: edits allowed, the token (when one is set, from the header or the
    sign-in cookie) and always this process's form key; no header stands in for the key."""
    bench: Workbench = request.app.state.bench
    if not bench.allow_edits:
        raise HTTPException(403, "This workbench is read-only; start it with --allow-edits.")
    if bench.gate is not None:
        token = request.headers.get(TOKEN_HEADER, "")
        if not await bench.gate.allows(token, request.cookies.get(TOKEN_COOKIE, "")):
            raise HTTPException(403, "Corrections need the access token: sign in first.")
    if not hmac.compare_digest(form.get("form_key", "").encode(), bench.form_key.encode()):
        raise HTTPException(403, "This form is stale (the server restarted); reload the page.")


def safe_next(value: str | None) -> str:
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


def correction(action: Callable[[Corrections, Request, dict[str, str]], Any]) -> Callable:
    """A POST endpoint: read the form, check the right to write, apply, go back."""

    async def endpoint(request: Request) -> Response:
        form = await read_form(request)
        await check_write(request, form)
        bench: Workbench = request.app.state.bench
        await run_in_threadpool(bench.write, lambda c: action(c, request, form))
        return RedirectResponse(safe_next(form.get("next")), status_code=303)

    return endpoint


def _who(form: dict[str, str]) -> dict[str, str | None]:
    return {"who": form.get("who") or None, "why": form.get("why") or None}


def _event_id(request: Request) -> str:
    return request.path_params["event_id"]


CORRECTIONS = {
    "reject": lambda c, r, f: c.reject(_event_id(r), **_who(f)),
    "code": lambda c, r, f: c.change_code(_event_id(r), f.get("cameo", ""), **_who(f)),
    "actor": lambda c, r, f: c.change_actor(
        _event_id(r), f.get("side", ""), f.get("code", ""), **_who(f)
    ),
}


# --- errors ----------------------------------------------------------------------------------


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = (
        exc.detail
        if exc.status_code != 404 or exc.detail != "Not Found"
        else ("There is no such page.")
    )
    return error_page(request, exc.status_code, message)


async def facta_error(request: Request, exc: Exception) -> Response:
    status = 409 if isinstance(exc, CorrectionError) else 400
    if isinstance(exc, StoreBusyError):
        status = 503
    return error_page(request, status, str(exc))


async def server_error(request: Request, exc: Exception) -> Response:
    # Starlette sends this response outside the middleware stack: add the headers here
    response = error_page(
        request, 500, "Something went wrong on the server; the store is unchanged."
    )
    for name, value in SECURITY_HEADERS:
        response.headers[name.decode()] = value.decode()
    return response


SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' "
        b"data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]


class SecurityHeaders:
    """Every response forbids inline scripts, framing and assets from elsewhere."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def host_name(value: str) -> str:
    """The name in a Host header or an origin's authority, without its port: '[::1]:80' -> '::1'."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else ""
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def is_ip_literal(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class RequestGuard:
    """Refuses requests a browser may have been tricked into sending.

    Host must be a name this server was started for (DNS rebinding gives a foreign page our
    address under its own name); on a server bound to every interface an address typed as an
    IP literal is also accepted, since rebinding needs a name. A request that changes state must
    not come from another origin (Origin, else Sec-Fetch-Site, else Referer)."""

    def __init__(self, app: Any, hosts: frozenset[str] = LOOPBACK_HOSTS, any_ip: bool = False):
        self.app = app
        self.hosts = hosts
        self.any_ip = any_ip

    def host_allowed(self, name: str) -> bool:
        return name in self.hosts or (self.any_ip and is_ip_literal(name))

    def refusal(self, scope: Any) -> tuple[int, str] | None:
        """(status, reason) when the request is refused, else None."""
        headers = Headers(scope=scope)
        authority = headers.get("host", "").strip().lower()
        if not self.host_allowed(host_name(authority)):
            return 400, "This workbench does not answer to that host name; open it by its address."
        if scope["method"] in SAFE_METHODS or self.same_origin(headers, authority):
            return None
        return 403, "Changes must come from the workbench's own pages."

    @staticmethod
    def same_origin(headers: Headers, authority: str) -> bool:
        """Whether the browser says the request comes from our own pages. Origin is 'null'
        under some referrer policies, so Sec-Fetch-Site decides then; a client that sends
        none of these headers is no browser a page could drive."""
        origin = headers.get("origin")
        if origin is not None and origin != "null":
            return urlsplit(origin).netloc.lower() == authority
        site = headers.get("sec-fetch-site")
        if site is not None:
            return site in ("same-origin", "none")
        if origin == "null":
            return False
        referer = headers.get("referer")
        return not referer or urlsplit(referer).netloc.lower() == authority

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = self.refusal(scope)
        if refused is None:
            await self.app(scope, receive, send)
            return
        status, reason = refused
        await PlainTextResponse(reason, status_code=status)(scope, receive, send)


def create_app(
    db: str | Path,
    allow_edits: bool = False,
    token: str | None = None,
    warm: bool = True,
    hosts: Iterable[str] = (),
) -> Starlette:
    """The workbench for the store at `db`; serve it with uvicorn.

    `hosts` are the names (and addresses) it answers to besides localhost, 127.0.0.1 and ::1:
    the address it is bound to and any name a proxy or the user gives it."""
    allowed = LOOPBACK_HOSTS | {host_name(h) if h.startswith("[") else h.lower() for h in hosts}
    wildcard = bool(allowed & {"0.0.0.0", "::"})
    bench = Workbench(db, allow_edits=allow_edits, token=token)
    if warm:
        bench.warm()
    routes = [
        Route("/", overview),
        Route("/events", events),
        # ids may hold "/" (wire ids like "reuters/2024/05/123"): the path converter keeps it
        Route("/article/{article_id:path}", article),
        Route("/event/{event_id:path}", event),
        Route("/dyad", dyad),
        Route("/map", world_map),
        Route("/pledges", pledges),
        Route("/actor/{code}", actor_page),
        Route("/corrections", corrections_page),
        Route("/login", login_page, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        *(
            Route(f"/event/{{event_id:path}}/{name}", correction(action), methods=["POST"])
            for name, action in CORRECTIONS.items()
        ),
        Route(
            "/actors/merge",
            correction(
                lambda c, r, f: c.merge_actors(f.get("old", ""), f.get("new", ""), **_who(f))
            ),
            methods=["POST"],
        ),
        Route(
            "/override/{override_id}/undo",
            correction(lambda c, r, f: c.undo(r.path_params["override_id"])),
            methods=["POST"],
        ),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        bench.close()

    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(RequestGuard, hosts=frozenset(allowed), any_ip=wildcard),
            Middleware(GZipMiddleware, minimum_size=1000),
        ],
        exception_handlers={
            HTTPException: http_error,
            FactaError: facta_error,
            Exception: server_error,
        },
    )
    app.state.bench = bench
    return app
