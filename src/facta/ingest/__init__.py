"""Ingest: files, directories, stdin, feeds and web archives in; Article or Failure out.

`iter_inputs` walks what the user named, in a stable order, and never raises on bad input.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from facta.errors import InputError
from facta.ingest.language import detect_language
from facta.ingest.readers import Item, is_supported, read_path, read_stdin
from facta.models import Article, Failure

__all__ = ["iter_inputs", "detect_language", "Article", "Failure"]


def iter_files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.name.startswith("."):
                continue
            if child.is_file() or (child.is_symlink() and not child.exists()):
                yield child  # a broken link is reported, not skipped
    else:
        yield path


def iter_inputs(paths: Iterable[str], exclude: Iterable[Path] = ()) -> Iterator[Item]:
    """Every article or failure under the given paths ('-' reads JSONL from stdin);
    `exclude` names files to pass over (the store being written, and its journal)."""
    skipped = {p.resolve() for p in exclude}
    for name in paths:
        if name == "-":
            yield from read_stdin(sys.stdin.buffer)
            continue
        path = Path(name)
        if not path.exists():
            raise InputError(f"{name}: no such file or directory")
        for file in iter_files(path):
            if file.resolve() in skipped:
                continue
            if file.is_symlink() and not file.exists():
                yield Failure(str(file), "broken symbolic link: its target does not exist")
                continue
            if path.is_dir() and not is_supported(file):
                yield Failure(str(file), f"unsupported file type '{file.suffix or file.name}'")
                continue
            yield from read_path(file)
