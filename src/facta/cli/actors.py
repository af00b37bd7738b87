"""`facta actors`: what the store has learned about named actors (list, export, import), what
facta believes a name stands for (show), and adding to the user's knowledge base (add)."""

from __future__ import annotations

import argparse
import json
import os
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
    parser.add_argument(
        "action", nargs="?", choices=("list", "export", "import", "show", "add"), default="list"
    )
    parser.add_argument(
        "file",
        nargs="?",
        help="JSONL file to import from / export to (default stdout); NAME for show and add",
    )
    parser.add_argument("code", nargs="?", help="add: the actor code (IRQGOV, IGOUNO, PSEREB…)")
    parser.add_argument("--name", help="only actors whose name contains this text")
    parser.add_argument("--date", help="show: the role on this date (YYYY-MM-DD)")
    parser.add_argument("--from", dest="start", default="", help="add: role held from (date)")
    parser.add_argument("--to", dest="end", default="", help="add: role held until (date)")
    parser.add_argument(
        "--kind", choices=("person", "org", "group"), default="person", help="add: what NAME is"
    )
    parser.add_argument("--note", default="", help="add: a note (office, source)")
    parser.add_argument(
        "--kb-file",
        help="add/show: the user knowledge-base file (default $FACTA_ACTORS_KB or "
        "~/.config/facta/actors_kb.tsv)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.action == "import":
        return import_facts(args)
    if args.action in {"show", "add"}:
        if not args.file:
            raise InputError(f"facta actors {args.action} needs a NAME")
        if args.kb_file:
            os.environ["FACTA_ACTORS_KB"] = args.kb_file
        return show(args) if args.action == "show" else add(args)
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
        # a later fact that names only a role keeps the country learned before it
        country = next((f.country for f in reversed(group) if f.country), "")
        table.add_row(
            name,
            country + "".join(latest.sectors),
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


def show(args: argparse.Namespace) -> int:
    """Print what facta believes NAME stands for (on --date) and why."""
    from facta.actors.explain import explain  # spaCy: only for the commands that use it
    from facta.actors.knowledge import Knowledge

    found = explain(Knowledge(), args.file, args.date)
    when = f" on {found.day}" if found.day else ""
    print(f"{found.name}{when}: {found.code or 'unknown'}")
    if found.source:
        sure = f", confidence {found.confidence:.2f}" if found.confidence is not None else ""
        print(f"  from {found.source}{sure}")
    print(f"  why: {found.why}")
    if found.roles:
        print("  roles in the knowledge base:")
        for role in found.roles:
            print(f"    {role.code:12s} {role.span():24s} {role.source}  {role.note}")
    return 0 if found.code else 1


def add(args: argparse.Namespace) -> int:
    """Append NAME CODE [--from] [--to] to the user's knowledge-base file."""
    from facta.actors.explain import add_line

    if not args.code:
        raise InputError("facta actors add needs a NAME and a CODE, e.g. add 'Jane Doe' USAGOV")
    note = "; ".join(part for part in (args.kind, args.note) if part)
    path = add_line(args.file, args.code, args.start, args.end, note)
    print(f"added {args.file} -> {args.code.upper()} to {path}")
    return 0
