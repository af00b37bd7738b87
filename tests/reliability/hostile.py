"""A generator of hostile inputs for `facta code`: one small file (or line, or entry) per kind
of input that has broken a run before. Our own code; deterministic for a given seed."""

from __future__ import annotations

import gzip
import json
import os
import random
from pathlib import Path

STORY = (
    "Rebels attacked the town of Goma on Monday, the army said. The government accused "
    "Rwanda of backing the rebels, and the United Nations called for talks."
)


def jsonl(path: Path, records: list[object]) -> None:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")


def nested(depth: int) -> str:
    return '{"text": ' + "[" * depth + '"x"' + "]" * depth + "}"


def write_json_cases(root: Path) -> None:
    jsonl(
        root / "records.jsonl",
        [
            {"id": "plain-1", "text": STORY, "date": "2025-03-03"},
            nested(1_000),
            '{"text": {"a": ' * 1_000 + '"x"' + "}" * 2_000,
            '{"text": "Rebels \\ud800 attacked Goma.", "id": "sur-\\udfff", "title": "\\udbff"}',
            {"id": "year-1", "text": STORY + " One.", "date": "0001-01-01"},
            {"id": "year-9999", "text": STORY + " Two.", "date": "9999-12-31"},
            {"id": "year-10000", "text": STORY + " Three.", "date": "10000-01-01"},
            {"id": "same-id", "text": STORY + " The first text."},
            {"id": "same-id", "text": "Police arrested 40 protesters in Kinshasa on Friday."},
            {"id": "x" * 100_000, "text": STORY + " Giant id."},
            {"text": 5},
            {"text": ["a", "list"]},
            [1, 2, 3],
            "null",
            '{"text": "unterminated',
            {"text": "   "},
            {"id": {"an": "object"}, "text": STORY + " Object id.", "title": 7, "date": 1e400},
            {"text": STORY + " Zero\u200b\u200bwidth.", "date": "Mon, 99 Foo 2025 99:99"},
            {"text": STORY + "\x00\x01\x02 control characters inside."},
        ],
    )
    (root / "bad-bytes.jsonl").write_bytes(b'{"text": "caf\xe9 \xff\xfe"}\n\xff\xfe\xfd\n')
    (root / "long-line.jsonl.gz").write_bytes(
        gzip.compress(
            b'{"text": "'
            + b"a" * (40 * 1024 * 1024)
            + b'"}\n'
            + json.dumps({"id": "after-long", "text": STORY + " After."}).encode()
            + b"\n"
        )
    )


def write_gzip_cases(root: Path) -> None:
    good = gzip.compress((json.dumps({"id": "gz-ok", "text": STORY + " Gz."}) + "\n").encode())
    (root / "truncated.jsonl.gz").write_bytes(good[: len(good) // 2])
    (root / "corrupt.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4)
    (root / "not-gzip.jsonl.gz").write_bytes(b"plain text, not gzip\n")
    (root / "good.jsonl.gz").write_bytes(good)


def write_text_cases(root: Path, rng: random.Random) -> None:
    (root / "quotes.txt").write_text('"' * 50_000)
    talks = " ".join(f"Round {i} of the talks ended in Kinshasa." for i in range(300))
    (root / "quotes-in-story.txt").write_text(talks + " " + '"' * 20_000)
    (root / "emoji.txt").write_text("\U0001f600" * 100_000)
    (root / "repeated.txt").write_text("The army shelled the village. " * 1_000)
    (root / "too-long.txt").write_text(("Rebels attacked Goma again. " * 45_000)[:1_200_000])
    (root / "over-5mb.txt").write_text("word " * 1_100_000)
    (root / "nul.txt").write_bytes(STORY.encode() + b"\x00\x00" + STORY.encode())
    (root / "control.txt").write_bytes(bytes(rng.randrange(0, 32) for _ in range(4000)))
    (root / "noise.txt").write_bytes(bytes(rng.randrange(128, 256) for _ in range(4000)))
    (root / "utf16.txt").write_bytes((STORY + " Written in UTF-16.").encode("utf-16"))
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("\n\n   \n")
    (root / "dates.txt").write_text("Headline\n\nPublished: 9999-12-31\n" + STORY)
    name = os.fsdecode(b"bad-name-\xff\xfe.txt")
    (root / name).write_text(STORY + " A file whose name is not UTF-8.")


def write_markup_cases(root: Path) -> None:
    (root / "deep.html").write_text("<div>" * 5_000 + STORY + "</div>" * 5_000)
    (root / "broken.html").write_text("<html><body><p>" + STORY + "<p><<<>>>&#xffffffff;")
    (root / "nothing.html").write_text("<html><head><title>t</title></head></html>")
    (root / "path.rss").write_text("/etc/passwd")
    (root / "atom.xml").write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        "<entry><title><div>nested</div></title><content type='xhtml'><p>" + STORY + "</p>"
        "</content><updated>9999-99-99</updated></entry>"
        "<entry></entry><entry><id>"
        + "i" * 5_000
        + "</id><summary>"
        + STORY
        + " Third.</summary><published>0001-01-01T00:00:00Z</published></entry>"
        "<entry><content src='file:///etc/passwd'/></entry></feed>"
    )
    (root / "garbage.rss").write_bytes(b"<rss><channel><item><description>" + b"\xff" * 100)


def warc_record(url: str, body: bytes, length: str | None = None) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = [
        "WARC/1.0",
        "WARC-Type: response",
        f"WARC-Target-URI: {url}",
        "WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789012>",
        "Content-Type: application/http; msgtype=response",
    ]
    if length != "missing":
        head.append(f"Content-Length: {length or len(http)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + http + b"\r\n\r\n"


def write_warc_cases(root: Path) -> None:
    def page(name: str) -> bytes:
        return f"<html><body><article><p>{STORY} Page {name}.</p></article></body></html>".encode()

    good = warc_record("http://example.org/a", page("a"))
    (root / "good.warc").write_bytes(good)
    cut = warc_record("http://example.org/t", b"<p>A truncated archive: " + page("t"))
    (root / "truncated.warc.gz").write_bytes(gzip.compress(cut + cut)[:300])
    huge = warc_record("http://example.org/b", page("b"), "99999999999")
    (root / "huge-length.warc").write_bytes(huge)
    (root / "no-length.warc").write_bytes(warc_record("http://example.org/c", page("c"), "missing"))
    (root / "garbage.warc").write_bytes(b"WARC/1.0\r\nthis is not a record\r\n" * 10)


def write_filesystem_cases(root: Path) -> None:
    os.mkfifo(root / "pipe.txt")
    os.symlink("loop-a.txt", root / "loop-b.txt")
    os.symlink("loop-b.txt", root / "loop-a.txt")
    os.symlink(".", root / "dir-loop")
    os.symlink("missing.txt", root / "broken.txt")
    os.symlink("/dev/zero", root / "zero.txt")
    (root / ".hidden.txt").write_text(STORY)
    (root / "image.png").write_bytes(b"\x89PNG\r\n")
    deeper = root / "sub" / "dir"
    deeper.mkdir(parents=True)
    (deeper / "story.txt").write_text("Sub story\n\n" + STORY + " In a subdirectory.")


def make_texts_distinct(root: Path) -> None:
    """Each readable story names its file, so that no two inputs are the same text by accident
    (an exact copy is not stored twice and would leave no row of its own)."""
    for path in root.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        if b"Rebels attacked the town" in data and path.suffix in (".txt", ".html"):
            marker = f"Story {path.name.encode('ascii', 'replace').decode()}.".encode()
            path.write_bytes(data.replace(b"called for talks.", b"called for talks. " + marker, 1))


def write_hostile_corpus(root: Path, seed: int = 15) -> Path:
    """Every kind of hostile input, under `root`; returns it."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    write_json_cases(root)
    write_gzip_cases(root)
    write_text_cases(root, rng)
    write_markup_cases(root)
    write_warc_cases(root)
    make_texts_distinct(root)
    write_filesystem_cases(root)
    return root
