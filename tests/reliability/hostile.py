"""A generator of hostile inputs for `facta code`: every kind of input that has broken a run
before, written in our own words, deterministic for a seed.

`write_hostile_corpus(root, copies)` writes `copies` variants of each light kind (the heavy
kinds — texts of millions of characters, floods — at most `heavy` each) and returns a Manifest:
the origin facta must account for for each input, its kind, and which inputs repeat an earlier
one exactly (they leave no row of their own). The CI test writes one of each; bench/hostile.py
writes enough for a thousand and more.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import socket
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from facta.ingest.readers import origin_of

PLACES = [
    "Goma", "Lusaka", "Harare", "Nairobi", "Kinshasa", "Kampala", "Accra", "Dakar", "Bamako",
    "Niamey", "Juba", "Mogadishu", "Tripoli", "Tunis", "Khartoum", "Maputo", "Luanda", "Kigali",
]  # fmt: skip
ACTORS = [
    "Rebels", "The army", "Police", "Protesters", "Militants", "Troops", "The government",
    "Opposition leaders", "The president", "Striking miners", "Border guards", "Election officials",
]  # fmt: skip
ACTS = [
    "attacked a convoy near", "shelled villages outside", "arrested dozens of traders in",
    "met envoys from the region in", "accused the ruling party of fraud in",
    "called for talks over water rights in", "blocked the main road into",
    "promised to rebuild the market in", "threatened to close the border at",
    "praised the peace committee in",
]  # fmt: skip
SOURCES = ["officials said", "witnesses said", "a spokesman said", "the state radio reported"]
HEAVY = 3  # variants of each heavy kind, at most


@dataclass
class Manifest:
    """What a generated corpus holds: origin -> kind for every input facta must account for
    (a file by its path, a JSONL line by path:line; an archive's or a feed's entries by any
    origin under its path), and the origins that repeat an earlier input exactly."""

    root: Path
    expected: dict[str, str] = field(default_factory=dict)
    repeats: set[str] = field(default_factory=set)

    def add(self, kind: str, path: Path, lines: int = 0) -> None:
        origin = origin_of(path)
        if lines:
            for number in range(1, lines + 1):
                self.expected[f"{origin}:{number}"] = kind
        else:
            self.expected[origin] = kind

    def unaccounted(self, seen: Iterable[str]) -> list[str]:
        """Expected origins (not repeats) that no article or failure row names."""
        found = sorted(set(seen))
        missing = []
        for origin in self.expected:
            if origin in self.repeats:
                continue
            at = _first_at_or_after(found, origin)
            if at < len(found) and (
                found[at] == origin or found[at].startswith((origin + "#", origin + ":"))
            ):
                continue
            if any(f.startswith(origin + "/") for f in found[at : at + 1]):  # a listed folder
                continue
            missing.append(origin)
        return missing


def _first_at_or_after(found: list[str], origin: str) -> int:
    from bisect import bisect_left

    return bisect_left(found, origin)


class Writer:
    """Writes the inputs of one corpus with fresh stories; every story is distinct."""

    def __init__(self, root: Path, seed: int):
        self.root = root
        self.rng = random.Random(seed)
        self.serial = 0
        self.manifest = Manifest(root)

    def story(self, sentences: int = 4) -> str:
        self.serial += 1
        rng = self.rng
        parts = [f"Report {self.serial}:"]
        for _ in range(sentences):
            parts.append(
                f"{rng.choice(ACTORS)} {rng.choice(ACTS)} {rng.choice(PLACES)} on day "
                f"{rng.randrange(1, 28)} of month {rng.randrange(1, 13)}, {rng.choice(SOURCES)}, "
                f"citing {rng.randrange(2, 900)} cases."
            )
        return " ".join(parts)

    def long_story(self, chars: int) -> str:
        """Distinct sentences, in paragraphs, up to `chars` characters."""
        pieces: list[str] = []
        size = 0
        while size < chars:
            paragraph = self.story(3) + "\n\n"
            pieces.append(paragraph)
            size += len(paragraph)
        return "".join(pieces)[:chars]

    def file(self, kind: str, name: str | bytes | Path, data: bytes | str, lines: int = 0) -> Path:
        path = self.root / (os.fsdecode(name) if isinstance(name, bytes) else name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
        self.manifest.add(kind, path, lines)
        return path

    def jsonl(self, kind: str, name: str, records: list[object]) -> Path:
        text = "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"
        return self.file(kind, name, text, lines=len(records))

    def repeat(self, origin: str) -> None:
        self.manifest.repeats.add(origin)


# --- the kinds ----------------------------------------------------------------------------


def plain_inputs(w: Writer, k: int) -> None:
    """Good inputs of every format, an exact repeat, a near-duplicate, a foreign story."""
    text = w.story()
    w.file(
        "plain", f"plain/story-{k}.txt", f"Headline {k}\n\nPublished: 2024-05-0{k % 9 + 1}\n{text}"
    )
    # read after story-k.txt ("_" sorts after "."): the same text, so no row of its own
    copy = w.file("repeat", f"plain/story-{k}_copy.txt", f"Headline {k}\n\n{text}")
    w.repeat(origin_of(copy))
    w.file("near-duplicate", f"plain/story-{k}_edited.txt", text.replace("Report", "Update", 1))
    for name in (f"page-{k}.html", f"page-{k}.HTM"):
        page = f"<html><head><title>{name}</title></head><body><article><p>{w.story()}</p></article></body></html>"
        w.file("plain", f"plain/{name}", page)
    french = (
        f"Le gouvernement a annoncé {k} mesures pour les marchés de la ville, et les "
        "commerçants ont dit qu'ils attendaient des réponses claires sur les taxes."
    )
    w.file("foreign", f"plain/french-{k}.txt", french)
    w.file(
        "foreign",
        f"plain/russian-{k}.txt",
        f"Правительство объявило {k} новых мер для рынков города.",
    )


def json_inputs(w: Writer, k: int) -> None:
    """Deep JSON, lone surrogates, odd dates, giant ids, wrong types, repeats, id clashes."""
    deep = "[" * 1_000 + '"x"' + "]" * 1_000
    first = {"id": f"clash-{k}", "text": w.story()}
    again = {"text": w.story()}
    w.jsonl(
        "json",
        f"json/records-{k}.jsonl",
        [
            {"id": f"plain-{k}", "text": w.story(), "date": "2025-03-03"},
            '{"text": ' + deep + "}",
            '{"text": {"a": ' * 1_000 + '"x"' + "}" * 2_000,
            "[" * 100_000 + "]" * 100_000,
            first,
            first,  # an exact repeat, with its id
            again,
            again,  # an exact repeat, without an id
            {"id": f"clash-{k}", "text": w.story()},  # the same id, another text
            {"text": 5},
            {"text": ["a", "list"]},
            [1, 2, 3],
            "null",
            '{"text": "unterminated',
            {"text": "   "},
            {"id": {"an": "object"}, "text": w.story(), "title": 7},
            '{"text": "' + w.story() + '", "date": 1e400}',
        ],
    )
    base = w.root / f"json/records-{k}.jsonl"
    w.repeat(f"{origin_of(base)}:6")
    w.repeat(f"{origin_of(base)}:8")
    surrogates = [
        '{"text": "' + w.story() + ' \\ud800 lone.", "id": "sur-' + str(k) + '-\\udfff", '
        '"title": "\\udbff title"}',
        '{"text": "' + w.story() + ' \\udc80\\ud800 two."}',
    ]
    w.jsonl("surrogates", f"json/surrogates-{k}.jsonl", surrogates)
    dated = [
        {"id": f"year1-{k}", "text": w.story() + " Talks resume next week.", "date": "0001-01-01"},
        {"id": f"y9999-{k}", "text": w.story() + " A vote is due tomorrow.", "date": "9999-12-31"},
        {"text": w.story() + " It ended last month.", "date": "9999-12-31T23:59:59+14:00"},
        {"text": w.story(), "date": "10000-01-01"},
        {"text": w.story(), "date": "-0001-01-01"},
        {"text": w.story() + " Two decades ago it began.", "date": "0001-01-01T00:00:00Z"},
        {"text": w.story(), "date": "Mon, 99 Foo 2025 99:99"},
    ]
    w.jsonl("dates", f"json/dates-{k}.jsonl", dated)
    w.jsonl(
        "giant ids",
        f"json/ids-{k}.jsonl",
        [
            {"id": "x" * 100_000 + str(k), "text": w.story()},
            {"id": "y" * 513 + str(k), "text": w.story()},
            {"id": "z" * 500 + str(k), "text": w.story()},
            {"id": f"wire/{k}/05?x#1 %", "text": w.story()},
        ],
    )
    w.file(
        "bad bytes",
        f"json/bytes-{k}.jsonl",
        b'{"text": "caf\xe9 \xff\xfe %d"}\n\xff\xfe\xfd\n' % k,
        lines=2,
    )


def gzip_inputs(w: Writer, k: int) -> None:
    good = gzip.compress((json.dumps({"id": f"gz-{k}", "text": w.story()}) + "\n").encode())
    w.file("gzip", f"gzip/good-{k}.jsonl.gz", good)
    cut = gzip.compress("".join(json.dumps({"text": w.story()}) + "\n" for _ in range(20)).encode())
    w.file("gzip truncated", f"gzip/truncated-{k}.jsonl.gz", cut[: len(cut) // 2])
    w.file(
        "gzip corrupt", f"gzip/corrupt-{k}.jsonl.gz", b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4
    )
    w.file("gzip corrupt", f"gzip/not-gzip-{k}.jsonl.gz", b"plain text, not gzip\n")
    w.file("gzip corrupt", f"gzip/empty-member-{k}.jsonl.gz", gzip.compress(b""))


def long_line_input(w: Writer, k: int) -> None:
    after = json.dumps({"id": f"after-long-{k}", "text": w.story()}).encode()
    data = b'{"text": "' + b"a" * (33 * 1024 * 1024) + b'"}\n' + after + b"\n"
    w.file("long line", f"gzip/long-line-{k}.jsonl.gz", gzip.compress(data, compresslevel=1))


def warc_record(url: str, body: bytes, length: str | None = None) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = ["WARC/1.0", "WARC-Type: response", f"WARC-Target-URI: {url}"]
    if length != "missing":
        head.append(f"Content-Length: {length or len(http)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + http + b"\r\n\r\n"


def warc_inputs(w: Writer, k: int) -> None:
    def page() -> bytes:
        return f"<html><body><article><p>{w.story()}</p></article></body></html>".encode()

    def url(name: str) -> str:
        return f"http://example.org/{k}/{name}"

    good = warc_record(url("good"), page())
    cut = warc_record(url("cut"), page())
    w.file("warc", f"warc/good-{k}.warc", good)
    w.file("warc truncated", f"warc/truncated-{k}.warc", good + cut[:-60])
    w.file(
        "warc truncated",
        f"warc/truncated-{k}.warc.gz",
        gzip.compress(good) + gzip.compress(cut)[:-30],
    )
    w.file("warc truncated", f"warc/cut-header-{k}.warc", warc_record(url("a"), page()) + cut[:70])
    w.file(
        "warc huge length", f"warc/huge-{k}.warc", warc_record(url("huge"), page(), "9" * 11) + good
    )
    w.file(
        "warc no length", f"warc/no-length-{k}.warc", warc_record(url("none"), page(), "missing")
    )
    w.file(
        "warc short length",
        f"warc/short-{k}.warc",
        warc_record(url("short"), page(), "50") + warc_record(url("b"), page()),
    )
    w.file("warc negative length", f"warc/negative-{k}.warc", warc_record(url("neg"), page(), "-5"))
    w.file("warc garbage", f"warc/garbage-{k}.warc", b"WARC/1.0\r\nthis is not a record\r\n" * 10)
    w.file("warc same url", f"warc/same-url-{k}.warc", warc_record(url("same"), b"<p></p>") * 2)
    w.file(
        "warc garbage", f"warc/noise-{k}.arc.gz", bytes(w.rng.randrange(256) for _ in range(3000))
    )


def feed_inputs(w: Writer, k: int) -> None:
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        f"<entry><title><div>nested</div></title><content type='xhtml'><p>{w.story()}</p>"
        "</content><updated>9999-99-99</updated></entry>"
        "<entry></entry>"
        f"<entry><id>{'i' * 5_000}</id><summary>{w.story()}</summary>"
        "<published>0001-01-01T00:00:00Z</published></entry>"
        "<entry><content src='file:///etc/passwd'/></entry>"
        f"<entry><title>unclosed <b>bold</title><summary>{w.story()}</summary>"
    )
    w.file("atom malformed", f"feeds/atom-{k}.xml", atom + "</feed>")
    w.file("atom malformed", f"feeds/cut-{k}.atom", atom[: len(atom) // 2])
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE f [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        f"<rss><channel><item><description>&d; {w.story()}</description></item></channel></rss>"
    )
    w.file("feed entities", f"feeds/laughs-{k}.rss", laughs)
    w.file("feed path", f"feeds/path-{k}.rss", "/etc/passwd")
    w.file("feed path", f"feeds/url-{k}.rss", "file:///etc/passwd")
    w.file(
        "feed garbage",
        f"feeds/garbage-{k}.rss",
        b"<rss><channel><item><description>" + b"\xff" * 100,
    )


def byte_inputs(w: Writer, k: int) -> None:
    """Control bytes, high-byte noise, NULs, other encodings, invisible characters."""
    rng = w.rng
    w.file(
        "control bytes", f"bytes/control-{k}.txt", bytes(rng.randrange(0, 32) for _ in range(4000))
    )
    w.file(
        "control bytes",
        f"bytes/control-no-nul-{k}.txt",
        bytes(rng.randrange(1, 32) for _ in range(4000)),
    )
    w.file("noise", f"bytes/noise-{k}.txt", bytes(rng.randrange(128, 256) for _ in range(4000)))
    latin = [b for b in range(0xC0, 0x100) if b not in (0xD7, 0xF7)]
    w.file(
        "noise", f"bytes/latin-noise-{k}.txt", bytes(rng.choice(latin + [32]) for _ in range(4000))
    )
    story = w.story().encode()
    w.file("nul", f"bytes/nul-{k}.txt", story + b"\x00\x00" + w.story().encode())
    late = b" " * 8_200 + w.story().encode() + b"\x00" + story  # past the binary sniff
    w.file("nul", f"bytes/nul-late-{k}.txt", late)
    for encoding in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
        w.file("utf-16/32", f"bytes/{encoding}-{k}.txt", w.story().encode(encoding))
    zw = "\u200b".join(w.story().split(" ")).replace("a", "a\u200d\u00ad")
    w.file("zero width", f"bytes/zero-width-{k}.txt", zw)
    french = (
        "Le gouvernement a annoncé des mesures pour les marchés et les commerçants ont protesté."
    )
    w.file("zero width", f"bytes/zero-width-french-{k}.txt", "\u200b".join(french) + f" {k}")
    w.file("empty", f"bytes/empty-{k}.txt", b"")
    w.file("empty", f"bytes/blank-{k}.txt", "\n\n   \n\t\n")
    w.file("bom only", f"bytes/bom-{k}.txt", b"\xef\xbb\xbf")


def name_inputs(w: Writer, k: int) -> None:
    """File names that are not UTF-8, hold a lone surrogate, a newline, markup, or are long."""
    w.file("surrogate name", b"names/bad-\xff\xfe-%d.txt" % k, w.story())
    w.file("surrogate name", b"names/lone-\xed\xa0\x80-%d.txt" % k, w.story())
    w.file("odd name", f"names/line\nbreak-{k}.txt", w.story())
    w.file("odd name", f"names/escape-\x1b[31m-{k}.txt", w.story())
    w.file("odd name", f"names/markup [/x] [bold]-{k}.txt", w.story())
    w.file("odd name", f"names/{'n' * 200}-{k}.txt", w.story())
    w.file("odd name", f"names/UPPER-{k}.TXT", w.story())
    w.file("unsupported", f"names/image-{k}.png", b"\x89PNG\r\n\x1a\n")
    w.file("unsupported", f"names/letter-{k}.docx", b"PK\x03\x04")
    hidden = w.root / f"names/.hidden-{k}.txt"
    hidden.write_text(w.story())
    w.manifest.add("hidden", hidden)
    folder = w.root / f"names/.hidden-folder-{k}"
    folder.mkdir()
    (folder / "story.txt").write_text(w.story())
    w.manifest.add("hidden", folder)


def markup_inputs(w: Writer, k: int) -> None:
    w.file("html deep", f"html/deep-{k}.html", "<div>" * 5_000 + w.story() + "</div>" * 5_000)
    w.file(
        "html broken", f"html/broken-{k}.html", f"<html><body><p>{w.story()}<p><<<>>>&#xffffffff;"
    )
    w.file("html empty", f"html/nothing-{k}.html", "<html><head><title>t</title></head></html>")


def speech_text(chars: int, k: int = 0) -> str:
    """Quoted speech, four quote marks a sentence, about `chars` characters."""
    count = chars // 50
    return " ".join(f'"We will talk," said envoy {i}. "Not yet," said {k}.' for i in range(count))


def repeated_text(chars: int, k: int = 0) -> str:
    """One short sentence again and again."""
    sentence = f"The army shelled the village {k}. "
    return sentence * (chars // len(sentence))


def mentions_text(rng: random.Random, chars: int) -> str:
    """A text crowded with names and places, one meeting a sentence."""
    count = chars // 116
    return " ".join(
        f"President {rng.choice(['Kamau', 'Okafor', 'Mensah', 'Diallo'])} held talks with "
        f"the minister {rng.choice(['Banda', 'Moyo', 'Tembo', 'Phiri'])} in "
        f"{rng.choice(PLACES)} on day {i}, and they said that it was a good meeting."
        for i in range(count)
    )


SCALED_TEXTS: dict[str, Callable[[int], str]] = {
    "many mentions": lambda chars: mentions_text(random.Random(chars), chars),
    "quoted speech": speech_text,
    "repeated sentence": repeated_text,
}


def heavy_inputs(w: Writer, k: int) -> None:
    """Texts of millions of characters, floods of quote marks, emoji, one sentence again and
    again, a story crowded with names."""
    w.file("1-5 M chars", f"heavy/long-1m-{k}.txt", w.long_story(1_000_000 + k))
    w.file("1-5 M chars", f"heavy/long-5m-{k}.txt", w.long_story(5_000_000 - k))
    w.file("over 5 MB", f"heavy/over-5mb-{k}.txt", w.long_story(5_300_000))
    record = {"id": f"long-record-{k}", "text": w.long_story(1_500_000)}
    w.jsonl("1-5 M chars", f"heavy/long-record-{k}.jsonl", [record])
    w.file("quote flood", f"heavy/quotes-{k}.txt", '"' * 50_000 + str(k))
    w.file("quote flood", f"heavy/quotes-in-story-{k}.txt", w.long_story(20_000) + '"' * 20_000)
    w.file("quote flood", f"heavy/quotes-spaced-{k}.txt", f"{w.story()} " + '" ' * 25_000)
    w.file("quote flood", f"heavy/quotes-speech-{k}.txt", speech_text(100_000, k))
    w.file("repeated sentence", f"heavy/repeated-{k}.txt", repeated_text(320_000, k))
    w.file("emoji", f"heavy/emoji-{k}.txt", "\U0001f600" * 100_000 + str(k))
    w.file(
        "emoji",
        f"heavy/emoji-words-{k}.txt",
        f"Police \U0001f600 arrested the {k} men \U0001f525 in the square. " * 12_000,
    )
    w.file("many mentions", f"heavy/mentions-{k}.txt", mentions_text(w.rng, 350_000))


def filesystem_inputs(w: Writer) -> None:
    """Pipes, devices, sockets, link loops, a folder that cannot be listed, deep folders."""
    root = w.root / "fs"
    root.mkdir()
    os.mkfifo(root / "pipe.txt")
    w.manifest.add("fifo", root / "pipe.txt")
    os.mkfifo(root / "pipe.jsonl")
    w.manifest.add("fifo", root / "pipe.jsonl")
    device = root / "device.txt"
    try:
        os.mknod(device, 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # /dev/null's numbers
    except PermissionError:
        os.symlink("/dev/null", device)
    w.manifest.add("device", device)
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(root / "socket.txt"))
    w.manifest.add("socket", root / "socket.txt")
    for name, target in (
        ("loop-b.txt", "loop-a.txt"),
        ("loop-a.txt", "loop-b.txt"),
        ("self.txt", "self.txt"),
        ("dir-loop", "."),
        ("broken.txt", "missing.txt"),
        ("zero.txt", "/dev/zero"),
        ("urandom.jsonl", "/dev/urandom"),
    ):
        os.symlink(target, root / name)
        w.manifest.add("symlink", root / name)
    locked = root / "locked"
    locked.mkdir()
    (locked / "story.txt").write_text(w.story())
    locked.chmod(0)  # root reads it all the same: then its story is read
    w.manifest.add("unreadable folder", locked)
    deep = root.joinpath(*(f"d{i}" for i in range(60)))
    deep.mkdir(parents=True)
    w.file("deep folders", deep / "story.txt", w.story())


KINDS: list[Callable[[Writer, int], None]] = [
    plain_inputs,
    json_inputs,
    gzip_inputs,
    warc_inputs,
    feed_inputs,
    byte_inputs,
    name_inputs,
    markup_inputs,
]


def write_hostile_corpus(root: Path, copies: int = 1, heavy: int = 1, seed: int = 15) -> Manifest:
    """Every kind of hostile input under `root` (created): `copies` of each light kind, `heavy`
    of each heavy one (texts of millions of characters, floods), the filesystem oddities once."""
    root.mkdir(parents=True, exist_ok=True)
    w = Writer(root, seed)
    for k in range(copies):
        for kind in KINDS:
            kind(w, k)
    for k in range(heavy):
        heavy_inputs(w, k)
    long_line_input(w, 0)
    filesystem_inputs(w)
    return w.manifest


def make_readable(root: Path) -> None:
    """Undo the folder that cannot be listed (so that the corpus can be removed)."""
    for path in root.rglob("locked"):
        path.chmod(0o755)
