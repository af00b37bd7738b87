"""The workbench web app: Starlette routes over one store, server-rendered Jinja2 pages.

Read-only unless built with `allow_edits`; corrections then go through facta.corrections,
guarded by a per-process form key and, when set, an access token (header or cookie).
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from facta.corrections import CorrectionError, Corrections
from facta.errors import FactaError
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


def check_write(request: Request, form: dict[str, str]) -> None:
    bench: Workbench = request.app.state.bench
    if not bench.allow_edits:
        raise HTTPException(403, "This workbench is read-only; start it with --allow-edits.")
    header = request.headers.get(TOKEN_HEADER, "")
    if bench.token:
        given = header or request.cookies.get(TOKEN_COOKIE, "")
        if not hmac.compare_digest(given.encode(), bench.token.encode()):
            raise HTTPException(403, "Corrections need the access token: sign in first.")
    if not header and not hmac.compare_digest(
        form.get("form_key", "").encode(), bench.form_key.encode()
    ):
        raise HTTPException(403, "This form is stale (the server restarted); reload the page.")


def safe_next(value: str | None) -> str:
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


def correction(action: Callable[[Corrections, Request, dict[str, str]], Any]) -> Callable:
    """A POST endpoint: read the form, check the right to write, apply, go back."""

    async def endpoint(request: Request) -> Response:
        form = await read_form(request)
        check_write(request, form)
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
    status = 400 if not isinstance(exc, CorrectionError) else 409
    return error_page(request, status, str(exc))


async def server_error(request: Request, exc: Exception) -> Response:
    return error_page(request, 500, "Something went wrong on the server; the store is unchanged.")


SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' "
        b"data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
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


def create_app(
    db: str | Path, allow_edits: bool = False, token: str | None = None, warm: bool = True
) -> Starlette:
    """The workbench for the store at `db`; serve it with uvicorn."""
    bench = Workbench(db, allow_edits=allow_edits, token=token)
    if warm:
        bench.warm()
    routes = [
        Route("/", overview),
        Route("/events", events),
        Route("/article/{article_id}", article),
        Route("/event/{event_id}", event),
        Route("/dyad", dyad),
        Route("/map", world_map),
        Route("/pledges", pledges),
        Route("/actor/{code}", actor_page),
        Route("/corrections", corrections_page),
        Route("/login", login_page, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        *(
            Route(f"/event/{{event_id}}/{name}", correction(action), methods=["POST"])
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
        middleware=[Middleware(SecurityHeaders), Middleware(GZipMiddleware, minimum_size=1000)],
        exception_handlers={
            HTTPException: http_error,
            FactaError: facta_error,
            Exception: server_error,
        },
    )
    app.state.bench = bench
    return app
