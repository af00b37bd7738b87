"""The workbench's pages: overview, events table, article, dyad, map, pledges, actor, corrections,
sign-in; each reads through a fresh cursor and renders a Jinja2 template (autoescaped).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from facta.corrections import CorrectionError, Corrections
from facta.exports.filters import EventFilter
from facta.text import promised_words, shorten
from facta.web import charts, highlight, queries
from facta.web.workbench import TOKEN_COOKIE, Workbench, overview_data

LEDGER_WAIT = 20.0  # seconds the pledges page waits for the ledger before saying it is busy
MAX_MARKERS = 60  # pledge markers drawn on a dyad chart; more would hide the bars


def overview(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    since = (request.query_params.get("since") or "").strip()[:10]
    until = (request.query_params.get("until") or "").strip()[:10]
    return bench.render(
        request,
        "overview.html",
        title="Overview",
        since=since,
        until=until,
        **overview_data(bench, since, until),
    )


def events(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    query = queries.EventQuery.from_params(request.query_params)
    with bench.view() as store:
        rows, total = queries.event_page(store.con, query)
        every = (
            queries.count_events(store.con, replace(query, modality="all", page=1))
            if query.modality == "asserted"
            else None
        )
    pages = max(1, -(-total // queries.PAGE_SIZE))
    return bench.render(
        request,
        "events.html",
        title="Events",
        rows=rows,
        total=total,
        every=every,
        q=query,
        pages=pages,
        sorts=queries.SORTS,
        modalities=queries.MODALITY_CHOICES,
        attributions=queries.ATTRIBUTION_CHOICES,
    )


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
    return bench.render(
        request,
        "article.html",
        title=found["title"] or article_id,
        article=found,
        events=records,
        pieces=text_pieces,
        places=places,
        history=history,
    )


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
    context: dict[str, Any] = {
        "a": a,
        "b": b,
        "by": by,
        "since": since,
        "until": until,
        "chart": None,
        "rows": [],
        "markers": [],
        "totals": None,
        "ledger_ready": True,
        "more_markers": False,
    }
    if a and b:
        with bench.view() as store:
            window = EventFilter(since=since or None, until=until or None)
            series = dyad_series(store, a, b, by=by, include=("all",), filters=window)
            records = bench.ledger_if_ready()
            markers = (
                pledge_markers(records, a, b, since, until)
                if records is not None
                else queries.dyad_pledges(store.con, a, b, since, until)
            )
            context["rows"] = queries.dyad_events(store.con, a, b, since, until)
        periods = fold_directions(series.to_dict("records"))
        context["more_markers"] = len(markers) > MAX_MARKERS
        markers = markers[:MAX_MARKERS]
        context.update(
            chart=charts.dyad_chart(periods, markers, by),
            markers=markers,
            ledger_ready=records is not None,
            totals={q: sum(p[f"q{q}"] for p in periods) for q in charts.QUADS},
        )
    return bench.render(request, "dyad.html", title=f"Dyad {a} – {b}", **context)


def pledge_markers(
    records: list[dict[str, Any]], a: str, b: str, since: str = "", until: str = ""
) -> list[tuple[str, str]]:
    """(date, label) of each dated pledge one side of the dyad made to the other, from the
    ledger (with its status): the same pledges `facta dyad --plot` marks."""
    from facta.pledges import between

    markers = []
    for record in between(records, a, b, since, until):
        actor = (record.get("actor") or {}).get("code") or "?"
        status = record["status"].replace("_", " ")
        label = f"{actor} {record.get('kind') or 'pledge'} ({status}): "
        markers.append((record["made"], shorten(label + promised_words(record["promised"]), 70)))
    return markers


def fold_directions(series: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """dyad_series rows (one per period and direction) summed per period, as q1..q4."""
    names = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
    periods: dict[Any, dict[str, Any]] = {}
    for row in series:
        slot = periods.setdefault(
            row["period"],
            {"period": row["period"], "q1": 0, "q2": 0, "q3": 0, "q4": 0, "goldstein_sum": 0.0},
        )
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
    areas = bench.cached("areas" + key, lambda s: queries.map_areas(s.con, query))
    view = charts.map_view(points)
    return bench.render(
        request,
        "map.html",
        title="Map",
        view=view,
        areas=areas,
        q=query,
        focus=charts.focus_view(points),
        modalities=queries.MODALITY_CHOICES,
        attributions=queries.ATTRIBUTION_CHOICES,
    )


def pledges(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    try:
        from facta.pledges import STATUSES
    except ImportError:
        return bench.render(
            request,
            "pledges.html",
            title="Pledges",
            records=None,
            statuses=(),
            status="",
            pledger="",
            tally={},
        )
    records = bench.pledge_ledger(wait=LEDGER_WAIT)
    if records is None:
        message = (
            f"The pledge ledger could not be computed: {bench.ledger_error}"
            if bench.ledger_error
            else "The pledge ledger is being computed from every promise and threat in the "
            "store; reload this page in a little while."
        )
        return error_page(request, 503, message)
    actor = (request.query_params.get("actor") or "").strip().upper()
    status = request.query_params.get("status") or ""
    shown = [
        r
        for r in records
        if (not status or r["status"] == status)
        and (not actor or ((r.get("actor") or {}).get("code") or "").startswith(actor))
    ]
    tally = {name: sum(r["status"] == name for r in shown) for name in STATUSES}
    return bench.render(
        request,
        "pledges.html",
        title="Pledges",
        records=shown,
        statuses=STATUSES,
        status=status,
        pledger=actor,
        tally=tally,
    )


def actor_page(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    code = request.path_params["code"].strip().upper()
    if not code.isalnum():
        raise HTTPException(404, "Actor codes are letters, like IRNMIL or IGOUNO.")
    query = queries.EventQuery(actor=code, modality="all")
    with bench.view() as store:
        profile = queries.actor_profile(store.con, code)
        rows, total = queries.event_page(store.con, query)
    return bench.render(
        request,
        "actor.html",
        title=f"Actor {code}",
        code=code,
        profile=profile,
        rows=rows,
        total=total,
        described=describe_actor(code),
    )


def describe_actor(code: str) -> str:
    """ "Democratic Republic of the Congo · Rebels" for CODREB; "" when the code is not one."""
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


async def read_form(request: Request) -> dict[str, str]:
    body = (await request.body())[:65536].decode("utf-8", "replace")
    return {key: values[0] for key, values in parse_qs(body).items()}


async def login(request: Request) -> Response:
    bench: Workbench = request.app.state.bench
    form = await read_form(request)
    if bench.gate is None or not await bench.gate.allows(form.get("token", "")):
        return bench.render(request, "login.html", http_status=403, title="Sign in", failed=True)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(
        TOKEN_COOKIE,
        bench.gate.cookie_value,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",  # sent back only over TLS when served over TLS
    )
    return response


def error_page(request: Request, status: int, message: str) -> Response:
    bench: Workbench = request.app.state.bench
    return bench.render(
        request,
        "error.html",
        http_status=status,
        title="Error",
        status_code=status,
        message=message,
    )
