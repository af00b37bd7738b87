"""Entry point: build the argument parser from the command modules and run one command.

Errors inside become one clear sentence on stderr: exit 1 when the job could not be done,
2 for usage errors (argparse).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from facta.errors import FactaError

COMMANDS = (
    "code",
    "fetch",
    "events",
    "eval",
    "pledges",
    "serve",
    "demo",
    "bench",
    "dyad",
    "actors",
    "top",
    "network",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facta",
        description="Political event data from news: who did what to whom, and did they keep their word.",
    )
    from facta import __version__

    parser.add_argument("--version", action="version", version=f"facta {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"facta.cli.{name}").register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except FactaError as error:
        print(f"facta: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("facta: interrupted; the store keeps every batch written so far.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
