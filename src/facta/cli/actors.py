"""`facta actors`: what the store has learned about named actors — list, export, import."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from facta.analysis_state import ActorFact
from facta.cli.options import add_db
from facta.errors import InputError
from facta.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "actors", help="list, export or import what the store knows about actors"
    )
    add_db(parser)
    parser.add_argument("action", nargs="?", choices=("list", "export", "import"), default="list")
    parser.add_argument(
        "file", nargs="?", help="JSONL file to import from / export to (default stdout)"
    )
    parser.add_argument("--name", help="only actors whose name contains this text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.action == "import":
        return import_facts(args)
    with Store(args.db, read_only=True) as store:
        memory = store.actor_memory()
    facts = [
        f
        for name, fs in sorted(memory.items())
        for f in fs
        if not args.name or args.name.lower() in name.lower()
    ]
    if args.action == "export":
        lines = "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in facts)
        if args.file:
            Path(args.file).write_text(lines, encoding="utf-8")
        else:
            sys.stdout.write(lines)
        return 0
    table = Table(title=f"actors known to {args.db}")
    for column in ("name", "code", "first seen", "last seen", "articles", "evidence"):
        table.add_column(column)
    by_name: dict[str, list[ActorFact]] = {}
    for fact in facts:
        by_name.setdefault(fact.name, []).append(fact)
    for name, group in by_name.items():
        latest = group[-1]
        table.add_row(
            name,
            (latest.country or "") + "".join(latest.sectors),
            group[0].date or "",
            latest.date or "",
            str(len(group)),
            latest.evidence,
        )
    Console().print(table)
    return 0


def import_facts(args: argparse.Namespace) -> int:
    if not args.file or not Path(args.file).is_file():
        raise InputError("facta actors import needs a JSONL file exported by 'facta actors export'")
    facts = []
    for number, line in enumerate(Path(args.file).read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            facts.append(
                ActorFact(
                    record["name"],
                    record.get("country"),
                    tuple(record.get("sectors") or ()),
                    record.get("article_id") or "imported",
                    record.get("date"),
                    record.get("evidence") or "",
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise InputError(f"{args.file}:{number}: not an actor record ({error})") from None
    with Store(args.db) as store:
        count = store.import_actor_facts(facts)
    print(f"imported {count} actor facts into {args.db}")
    return 0
