"""The workbench web app: Starlette routes over one store, server-rendered Jinja2 pages.

Read-only unless built with `allow_edits`; corrections then go through facta.corrections,
guarded by a per-process form key and, when set, an access token (header or cookie).
"""

from __future__ import annotations

import copy
import hmac
import secrets
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from facta.corrections import CorrectionError, Corrections
from facta.errors import FactaError
from facta.exports.filters import EventFilter
from facta.store import Store
from facta.web import charts, highlight, queries

HERE = Path(__file__).parent
TOKEN_HEADER = "x-facta-token"
TOKEN_COOKIE = "facta_token"
LEDGER_WAIT = 20.0  # seconds the pledges page waits for the ledger before saying it is busy
MAX_MARKERS = 60  # pledge markers drawn on a dyad chart; more would hide the bars
QUAD_COLOURS = {1: "#5aae61", 2: "#1b7837", 3: "#f1a340", 4: "#c0392b"}


class Workbench:
    """One open store and what the pages share: caches, the form key, the write lock."""

    def __init__(self, db: str | Path, allow_edits: bool = False, token: str | None = None):
        self.store = Store(db, read_only=not allow_edits)
        self.allow_edits = allow_edits
        self.token = token or None
        self.form_key = secrets.token_urlsafe(24)
        self.generation = 0
        self._cache: dict[str, tuple[int, Any]] = {}
        self._write_lock = threading.Lock()
        self._ledger: tuple[int, list[dict[str, Any]] | None] | None = None
        self._ledger_lock = threading.Lock()
        self._ledger_thread: threading.Thread | None = None
        self.ledger_error: str | None = None
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True, undefined=jinja2.ChainableUndefined,
        )
        self.templates.globals.update(
            quad_names=charts.QUAD_NAMES, quad_colours=QUAD_COLOURS, qs=urlencode,
            allow_edits=allow_edits, form_key=self.form_key,
            token_required=bool(allow_edits and self.token),
        )

    @contextmanager
    def view(self) -> Iterator[Store]:
        """The store seen through a fresh cursor: DuckDB cursors may run in parallel threads."""
        view = copy.copy(self.store)
        view.con = self.store.con.cursor()
        try:
            yield view
        finally:
            view.con.close()

    def cached(self, key: str, compute: Callable[[Store], Any]) -> Any:
        """`compute(store)`, kept until the next correction."""
        hit = self._cache.get(key)
        if hit and hit[0] == self.generation:
            return hit[1]
        with self.view() as store:
            value = compute(store)
        self._cache[key] = (self.generation, value)
        return value

    def write(self, action: Callable[[Corrections], Any]) -> Any:
        with self._write_lock, self.view() as store:
            result = action(Corrections(store))
            self.generation += 1
            return result

    def pledge_ledger(self, wait: float = 0.0) -> list[dict[str, Any]] | None:
        """The pledge ledger of the current store, computed in a background thread (it reads
        every promise in the store); None while it is still being computed after `wait` s."""
        with self._ledger_lock:
            if self._ledger and self._ledger[0] == self.generation:
                return self._ledger[1]
            if self._ledger_thread is None or not self._ledger_thread.is_alive():
                self._ledger_thread = threading.Thread(target=self._compute_ledger, daemon=True)
                self._ledger_thread.start()
            thread = self._ledger_thread
        thread.join(timeout=wait)
        return self.ledger_if_ready()

    def close(self) -> None:
        """Close the store, unless the ledger thread still reads it (the process is ending
        then, and DuckDB refuses to close a connection in use)."""
        thread = self._ledger_thread
        if thread is not None:
            thread.join(timeout=5)
            if thread.is_alive():
                return
        self.store.close()

    def ledger_if_ready(self) -> list[dict[str, Any]] | None:
        """The ledger if it was computed for the current store, without starting it."""
        found = self._ledger
        return found[1] if found and found[0] == self.generation else None

    def _compute_ledger(self) -> None:
        generation = self.generation
        try:
            from facta.pledges import ledger
        except ImportError:
            self._ledger = (generation, None)
            return
        with self.view() as store:
            try:
                self._ledger = (generation, ledger(store))
            except Exception as error:  # a thread's failure must reach the page, not vanish
                self.ledger_error = f"{type(error).__name__}: {error}"

    def render(self, request: Request, name: str, http_status: int = 200,
               **context: Any) -> HTMLResponse:
        context.setdefault("title", "")
        context.update(request=request, path=request.url.path, query=str(request.url.query))
        return HTMLResponse(self.templates.get_template(name).render(**context),
                            status_code=http_status)

    def warm(self) -> None:
        """Fill the overview and map caches so the first visitor does not wait."""
        overview_data(self)
        self.cached("map:", lambda s: queries.map_points(s.con, queries.EventQuery()))
        charts.capitals()


def overview_data(bench: Workbench) -> dict[str, Any]:
    def compute(store: Store) -> dict[str, Any]:
        from facta.analysis import top_actors, top_dyads

        by = queries.period_for(store.con)
        return {
            "counts": queries.overview_counts(store.con),
            "by": by,
            "chart": charts.stacked_quads(queries.quad_series(store.con, by), by),
            "actors": top_actors(store, 12).to_dict("records"),
            "dyads": top_dyads(store, 12).to_dict("records"),
        }

    return bench.cached("overview", compute)


# --- pages -----------------------------------------------------------------------------------

def overview(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    return bench.render(request, "overview.html", title="Overview", **overview_data(bench))


def events(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    query = queries.EventQuery.from_params(request.query_params)
    with bench.view() as store:
        rows, total = queries.event_page(store.con, query)
    pages = max(1, -(-total // queries.PAGE_SIZE))
    return bench.render(request, "events.html", title="Events", rows=rows, total=total,
                        q=query, pages=pages, sorts=queries.SORTS,
                        modalities=queries.MODALITY_CHOICES,
                        attributions=queries.ATTRIBUTION_CHOICES)


def article(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    article_id = request.path_params["article_id"]
    with bench.view() as store:
        found = queries.article(store.con, article_id)
        if found is None:
            raise HTTPException(404, f"No article {article_id} in this store.")
        records = queries.article_events(store.con, article_id)
        places = queries.article_places(store.con, article_id)
        history = {e["event_id"]: Corrections(store).history(e["event_id"]) for e in records}
    text_pieces = highlight.pieces(found["text"] or "", records, places)
    return bench.render(request, "article.html", title=found["title"] or article_id,
                        article=found, events=records, pieces=text_pieces, places=places,
                        history=history)


def event(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    event_id = request.path_params["event_id"]
    with bench.view() as store:
        rows = store.con.execute(
            "SELECT article_id FROM events WHERE event_id = ?", [event_id]
        ).fetchall()
    if not rows:
        raise HTTPException(404, f"No event {event_id} in this store.")
    return RedirectResponse(f"/article/{quote(rows[0][0])}#ev-{quote(event_id)}", status_code=303)


def dyad(request: Request) -> Response:
    from facta.analysis import dyad_series

    bench: Workbench = request.app.state.bench
    params = request.query_params
    a, b = (params.get("a") or "").strip().upper(), (params.get("b") or "").strip().upper()
    if not (a and b):
        top = overview_data(bench)["dyads"]
        if top:
            a, b = top[0]["source"], top[0]["target"]
    by = params.get("by") or "week"
    since, until = (params.get("since") or "").strip(), (params.get("until") or "").strip()
    context: dict[str, Any] = {"a": a, "b": b, "by": by, "since": since, "until": until, "chart": None, "rows": [],
                               "markers": [], "totals": None, "ledger_ready": True,
                               "more_markers": False}
    if a and b:
        with bench.view() as store:
            window = EventFilter(since=since or None, until=until or None)
            series = dyad_series(store, a, b, by=by, include=("all",), filters=window)
            records = bench.ledger_if_ready()
            markers = (pledge_markers(records, a, b, since, until) if records is not None
                       else queries.dyad_pledges(store.con, a, b, since, until))
            context["rows"] = queries.dyad_events(store.con, a, b, since, until)
        periods = fold_directions(series.to_dict("records"))
        context["more_markers"] = len(markers) > MAX_MARKERS
        markers = markers[:MAX_MARKERS]
        context.update(chart=charts.dyad_chart(periods, markers, by), markers=markers,
                       ledger_ready=records is not None,
                       totals={q: sum(p[f"q{q}"] for p in periods) for q in charts.QUADS})
    return bench.render(request, "dyad.html", title=f"Dyad {a} – {b}", **context)


def pledge_markers(records: list[dict[str, Any]], a: str, b: str, since: str = "",
                   until: str = "") -> list[tuple[str, str]]:
    """(date, label) of each dated pledge one actor of the dyad made to the other, from the
    ledger (with its status); codes match by prefix, as in the dyad series."""
    markers = []
    for record in records:
        made = (record.get("made") or "")[:10]
        if (since and made < since) or (until and made > until):
            continue
        actor = (record.get("actor") or {}).get("code") or ""
        recipient = (record.get("recipient") or {}).get("code") or ""
        if record.get("made") and any(actor.startswith(x) and recipient.startswith(y)
                                      for x, y in ((a, b), (b, a))):
            promised = (record.get("promised") or {}).get("text") or ""
            status = record["status"].replace("_", " ")
            label = f"{actor} {record.get('kind') or 'pledge'} ({status}): {promised}"
            markers.append((record["made"], label if len(label) <= 70 else label[:69] + "…"))
    return markers


def fold_directions(series: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """dyad_series rows (one per period and direction) summed per period, as q1..q4."""
    names = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
    periods: dict[Any, dict[str, Any]] = {}
    for row in series:
        slot = periods.setdefault(row["period"], {"period": row["period"], "q1": 0, "q2": 0,
                                                  "q3": 0, "q4": 0, "goldstein_sum": 0.0})
        for quad, name in enumerate(names, 1):
            slot[f"q{quad}"] += int(row[name])
        slot["goldstein_sum"] += float(row["goldstein_sum"])
    return list(periods.values())


def world_map(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    query = queries.EventQuery.from_params(request.query_params)
    key = "map:" + urlencode(sorted(query.params(page=1, sort="", order="").items()))
    if not request.query_params:
        key = "map:"
    points = bench.cached(key, lambda s: queries.map_points(s.con, query))
    view = charts.map_view(points)
    return bench.render(request, "map.html", title="Map", view=view, q=query,
                        focus=charts.focus_view(points),
                        modalities=queries.MODALITY_CHOICES,
                        attributions=queries.ATTRIBUTION_CHOICES)


def pledges(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    try:
        from facta.pledges import STATUSES
    except ImportError:
        return bench.render(request, "pledges.html", title="Pledges", records=None, statuses=(),
                            status="", pledger="", tally={})
    records = bench.pledge_ledger(wait=LEDGER_WAIT)
    if records is None:
        message = (f"The pledge ledger could not be computed: {bench.ledger_error}"
                   if bench.ledger_error else
                   "The pledge ledger is being computed from every promise and threat in the "
                   "store; reload this page in a little while.")
        return error_page(request, 503, message)
    actor = (request.query_params.get("actor") or "").strip().upper()
    status = request.query_params.get("status") or ""
    shown = [r for r in records
             if (not status or r["status"] == status)
             and (not actor or ((r.get("actor") or {}).get("code") or "").startswith(actor))]
    tally = {name: sum(r["status"] == name for r in shown) for name in STATUSES}
    return bench.render(request, "pledges.html", title="Pledges", records=shown,
                        statuses=STATUSES, status=status, pledger=actor, tally=tally)


def actor_page(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    code = request.path_params["code"].strip().upper()
    if not code.isalnum():
        raise HTTPException(404, "Actor codes are letters, like IRNMIL or IGOUNO.")
    query = queries.EventQuery(actor=code, modality="all")
    with bench.view() as store:
        profile = queries.actor_profile(store.con, code)
        rows, total = queries.event_page(store.con, query)
    return bench.render(request, "actor.html", title=f"Actor {code}", code=code,
                        profile=profile, rows=rows, total=total, described=describe_actor(code))


def describe_actor(code: str) -> str:
    """"Democratic Republic of the Congo · Rebels" for CODREB; "" when the code is not one."""
    from facta.corrections import parse_actor_code
    from facta.exports.geography import country_name, sector_name

    try:
        parsed = parse_actor_code(code)
    except CorrectionError:
        return ""
    if parsed is None:
        return ""
    country = parsed["country"] or ""
    parts = [country_name(country) or country] if country else []
    return " · ".join(parts + [sector_name(sector) for sector in parsed["sectors"]])


def corrections_page(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    with bench.view() as store:
        history = Corrections(store).history()
    return bench.render(request, "corrections.html", title="Corrections", history=history)


def login_page(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    return bench.render(request, "login.html", title="Sign in", failed=False)


async def login(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    form = await read_form(request)
    given = form.get("token", "")
    if not bench.token or not hmac.compare_digest(given.encode(), bench.token.encode()):
        return bench.render(request, "login.html", http_status=403, title="Sign in", failed=True)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(TOKEN_COOKIE, given, httponly=True, samesite="strict")
    return response


# --- corrections -----------------------------------------------------------------------------

async def read_form(request: Request) -> dict[str, str]:
    body = (await request.body())[:65536].decode("utf-8", "replace")
    return {key: values[0] for key, values in parse_qs(body).items()}


def check_write(request: Request, form: dict[str, str]) -> None:
    bench: Workbench = request.app.state.bench
    if not bench.allow_edits:
        raise HTTPException(403, "This workbench is read-only; start it with --allow-edits.")
    header = request.headers.get(TOKEN_HEADER, "")
    if bench.token:
        given = header or request.cookies.get(TOKEN_COOKIE, "")
        if not hmac.compare_digest(given.encode(), bench.token.encode()):
            raise HTTPException(403, "Corrections need the access token: sign in first.")
    if not header and not hmac.compare_digest(form.get("form_key", "").encode(),
                                              bench.form_key.encode()):
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
    "actor": lambda c, r, f: c.change_actor(_event_id(r), f.get("side", ""), f.get("code", ""),
                                            **_who(f)),
}


# --- errors ----------------------------------------------------------------------------------

def error_page(request: Request, status: int, message: str) -> Response:
    bench: Workbench = request.app.state.bench
    return bench.render(request, "error.html", http_status=status, title="Error", status_code=status,
                        message=message)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else (
        "There is no such page.")
    return error_page(request, exc.status_code, message)


async def facta_error(request: Request, exc: Exception) -> Response:
    status = 400 if not isinstance(exc, CorrectionError) else 409
    return error_page(request, status, str(exc))


async def server_error(request: Request, exc: Exception) -> Response:
    return error_page(request, 500, "Something went wrong on the server; the store is unchanged.")


SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' "
     b"data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
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


def create_app(db: str | Path, allow_edits: bool = False, token: str | None = None,
               warm: bool = True) -> Starlette:
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
        *(Route(f"/event/{{event_id}}/{name}", correction(action), methods=["POST"])
          for name, action in CORRECTIONS.items()),
        Route("/actors/merge", correction(
            lambda c, r, f: c.merge_actors(f.get("old", ""), f.get("new", ""), **_who(f))),
            methods=["POST"]),
        Route("/override/{override_id}/undo", correction(
            lambda c, r, f: c.undo(r.path_params["override_id"])), methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        bench.close()

    app = Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(SecurityHeaders)],
                    exception_handlers={
        HTTPException: http_error, FactaError: facta_error, Exception: server_error,
    })
    app.state.bench = bench
    return app
