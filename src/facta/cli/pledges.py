"""`facta pledges`: the pledge ledger — promises and threats, and whether later events kept them.

A thin layer over `facta.pledges.ledger`: a table by default, `--json` the CONTRACT records,
`--id` one pledge with its evidence.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

from facta.cli.options import add_db
from facta.pledges import STATUSES, ledger
from facta.store import Store
from facta.text import according_to, promised_words, shorten

STATUS_STYLE = {"kept": "green", "broken": "red", "contested": "yellow", "no_evidence": "dim"}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "pledges", help="the pledge ledger: promises and threats, kept or broken"
    )
    add_db(parser)
    parser.add_argument("--actor", help="pledger code: IRN (any sector) or IRNMIL (exactly)")
    parser.add_argument("--status", choices=STATUSES, help="only pledges with this status")
    parser.add_argument(
        "--window",
        type=int,
        default=120,
        metavar="DAYS",
        help="how many days after a pledge later events count (default 120)",
    )
    parser.add_argument("--json", action="store_true", help="print the pledge records as JSON")
    parser.add_argument("--id", dest="pledge_id", help="show one pledge and its evidence")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.window < 1:
        print("facta pledges: --window must be at least 1 day.", file=sys.stderr)
        return 2
    with Store(args.db, read_only=True) as store:
        records = ledger(store, args.window, args.actor, args.status)
    if args.pledge_id:
        records = [r for r in records if r["pledge_id"].startswith(args.pledge_id)]
        if not records:
            print(
                f"facta pledges: no pledge with id {args.pledge_id} in {args.db} "
                "(list them with 'facta pledges').",
                file=sys.stderr,
            )
            return 1
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    console = Console() if sys.stdout.isatty() else Console(width=160)
    if args.pledge_id:
        for record in records:
            show_detail(record, console)
        return 0
    console.print(summary_table(records, args.db))
    return 0


def actor_label(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "?"
    return actor.get("code") or "?"


def summary_table(records: list[dict[str, Any]], db: str) -> Table:
    table = Table(title=f"facta pledges — {db} ({len(records)} pledges)")
    for column in (
        "id",
        "made",
        "kind",
        "pledger",
        "to",
        "promised",
        "according to",
        "deadline",
        "status",
        "evidence",
    ):
        table.add_column(column, overflow="fold")
    for record in records:
        promised = record["promised"]
        action = f"{promised['cameo'] or '?'}: {promised_words(promised)}"
        links = record["evidence"]
        counts = ", ".join(
            f"{sum(link['relation'] == name for link in links)} {name}"
            for name in ("keeps", "breaks", "disputes")
            if any(link["relation"] == name for link in links)
        )
        status = record["status"]
        table.add_row(
            record["pledge_id"][:8],
            record["made"] or "?",
            record["kind"],
            actor_label(record["actor"]),
            actor_label(record["recipient"]),
            shorten(action, 90),
            according_to(record["attribution"]),
            deadline_label(record),
            f"[{STATUS_STYLE[status]}]{status}[/]",
            counts or "—",
        )
    return table


def deadline_label(record: dict[str, Any]) -> str:
    deadline = record["deadline"] or ""
    return f"{deadline} (passed, not kept)" if record.get("overdue") else deadline


def show_detail(record: dict[str, Any], console: Console) -> None:
    promised = record["promised"]
    source = according_to(record["attribution"])
    lines = [
        f"[bold]pledge {record['pledge_id']}[/] — {record['kind']} made {record['made'] or '?'}",
        f"pledger: {actor_label(record['actor'])} ({record['actor'].get('text') or ''})"
        f"   recipient: {actor_label(record['recipient'])}",
        f"promised: CAMEO {promised['cameo'] or '?'} ({promised['plover'] or '?'}, "
        f"{promised['polarity']}): {promised_words(promised)}",
        f"deadline: {deadline_label(record) or 'none stated'}   condition: {record['condition'] or 'none'}",
        f"according to: {source}",
        f"sentence: {record['text'].strip()}",
        f"status: [{STATUS_STYLE[record['status']]}]{record['status']}[/]",
    ]
    for line in lines:
        console.print(line, highlight=False)
    before_after = record["before_after"]
    if before_after:
        for name in ("before", "after"):
            part = before_after[name]
            mean = part["goldstein_mean"]
            console.print(
                f"{name} ({part['start']} – {part['end']}): {part['events']} dyad events, "
                f"mean Goldstein {'—' if mean is None else mean}",
                highlight=False,
            )
    table = Table(title="evidence", show_lines=True)
    for column in ("date", "relation", "sentence", "why"):
        table.add_column(column, overflow="fold")
    for link in record["evidence"]:
        table.add_row(
            link["date"] or "?", link["relation"], (link["text"] or "").strip(), link["why"]
        )
    if record["evidence"]:
        console.print(table)
    else:
        console.print("evidence: none in the window", highlight=False)
