"""Ingest: files, directories, stdin, feeds and web archives in; Article or Failure out.

`iter_inputs` walks what the user named, in a stable order, and never raises on bad input:
every path below ends as articles or as a Failure with its reason.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from facta.errors import InputError
from facta.ingest.language import detect_language
from facta.ingest.readers import Item, guarded, is_supported, origin_of, read_path, read_stdin
from facta.models import Article, Failure

__all__ = ["iter_inputs", "detect_language", "Article", "Failure"]


def walk(path: Path) -> Iterator[Path | Failure]:
    """Every file below a directory, in name order, or a Failure for what is passed over:
    hidden files and directories (names starting with '.'), links to directories (never
    followed, so link loops end), directories that cannot be listed."""
    try:
        entries = sorted(os.scandir(path), key=lambda entry: entry.name)
    except OSError as error:
        yield Failure(origin_of(path), f"cannot list directory: {error.strerror or error}")
        return
    for entry in entries:
        child = Path(entry.path)
        if entry.name.startswith("."):
            yield Failure(origin_of(child), "hidden file or directory: passed over")
        elif entry.is_dir(follow_symlinks=False):
            yield from walk(child)
        elif entry.is_symlink() and os.path.isdir(child):
            yield Failure(origin_of(child), "link to a directory: not followed")
        else:
            yield child


def link_failure(file: Path) -> Failure | None:
    """A Failure for a link that leads nowhere (missing target, or a loop)."""
    if not file.is_symlink():
        return None
    try:
        file.stat()
    except FileNotFoundError:
        return Failure(origin_of(file), "broken symbolic link: its target does not exist")
    except OSError as error:
        return Failure(origin_of(file), f"symbolic link cannot be followed: {error.strerror}")
    return None


def iter_inputs(paths: Iterable[str], exclude: Iterable[Path] = ()) -> Iterator[Item]:
    """Every article or failure under the given paths ('-' reads JSONL from stdin);
    `exclude` names files to pass over (the store being written, and its journal)."""
    skipped = {os.path.realpath(p) for p in exclude}
    for name in paths:
        if name == "-":
            yield from guarded(read_stdin(sys.stdin.buffer), "-")
            continue
        path = Path(name)
        if not os.path.lexists(path):
            raise InputError(f"{name}: no such file or directory")
        found = walk(path) if path.is_dir() else iter([path])
        for file in found:
            if isinstance(file, Failure):
                yield file
            elif os.path.realpath(file) not in skipped:
                yield from file_items(file, in_directory=path.is_dir())


def file_items(file: Path, in_directory: bool) -> Iterator[Item]:
    failure = link_failure(file)
    if failure is not None:
        yield failure
    elif in_directory and not is_supported(file):
        yield Failure(
            origin_of(file), f"unsupported file type {origin_of(file.suffix or file.name)!r}"
        )
    else:
        yield from read_path(file)
