"""`facta pledges`: placeholder until its stage lands."""

from __future__ import annotations

import argparse

from facta.cli.options import not_ready


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("pledges", help="(not implemented yet)")
    parser.set_defaults(run=lambda args: not_ready("pledges"))
