"""Actor knowledge files (countries, organisations, groups, sector nouns, people) and the
token-sequence matcher built from them once per process.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.tokens import Doc

from facta.actors import kb
from facta.actors.names import fold, name_words, within_one_edit
from facta.actors.word_files import word_kinds
from facta.errors import KnowledgeError
from facta.token_view import Tokens

KINDS = frozenset(
    {
        "country",
        "demonym",
        "capital",
        "org",
        "group",
        "person",
        "sector",
        "generic",
        "counterpart",
        "title",
        "ethnic",
        "anaphor",
    }
)
SHIPPED_FILES = (
    "sectors.tsv",
    "countries.tsv",
    "organisations.tsv",
    "groups.tsv",
    "ethnic.tsv",
    "people.tsv",
    "regions.tsv",
    "divisions.tsv",
)
NEAR_MISS_LETTERS = 6  # a misspelt country or demonym must be this long ("Ukranians")
NEAR_MISS_LABELS = frozenset({"NORP", ""})  # not GPE: "Indiana" is no slip of "Indians"
OUTSIDE_NAME_LABELS = frozenset({"GPE", "NORP", "LOC", "PERSON"})  # before a name, not in it
OWNER_KINDS = frozenset({"country", "capital", "demonym", "ethnic"})  # whose a name is
BODY_KINDS = frozenset({"org", "group"})  # names a longer name may hold ("Social Democratic Party")
NEAR_MISS_TAGS = frozenset({"PROPN", "NOUN", "ADJ"})
NAME_MEMORY = 50_000  # words and names whose lookup is remembered
PLACE_KINDS = frozenset({"country", "demonym"})
PLAIN_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
PLURAL_KINDS = frozenset({"demonym", "sector", "generic", "anaphor", "counterpart"})


@dataclass(frozen=True)
class Entry:
    """One line of a knowledge file: a named thing or a role word, with what it tells."""

    kind: str
    name: str  # canonical name, the first alias
    country: str | None
    sectors: tuple[str, ...]
    group: str | None  # sector lines: "person" (names one person), "head" (only as a head
    # noun), "collective" (a crowd: the role of its members)
    rule: str  # file:line, recorded in Actor.rule
    homes: tuple[str, ...] = ()  # ethnic lines: the countries listed, the home country first
    rows: tuple[int, ...] = ()  # knowledge-base bodies: every dated role of the body

    @property
    def names_person(self) -> bool:
        return self.kind in {"sector", "generic", "title", "counterpart"} and self.group == "person"

    @property
    def only_as_head(self) -> bool:
        """A people noun that names no actor as a modifier: "prisoner swap", "people-smuggling"."""
        return self.kind == "sector" and self.group == "head"

    @property
    def collective(self) -> bool:
        """A gathering that takes its members' role: "a crowd of students" -> EDU."""
        return self.kind == "sector" and self.group == "collective"


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    entry: Entry


def plural(phrase: str) -> str:
    """English plural of the last word: official -> officials, militia -> militias, man -> men,
    oligarch -> oligarchs."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith(".") or not last.isalpha():
        return phrase
    if last.endswith("man"):
        word = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in set("aeiou"):
        word = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "x")) or (last.endswith("ch") and not last.endswith("arch")):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


@lru_cache(maxsize=1)
def _tokenizer():
    return spacy.blank("en").tokenizer


def tokenise(tokenizer, text: str) -> tuple[str, ...]:
    """The words the tokenizer makes of an alias. Words of ASCII letters that are no special
    case of it ("Cannot", "Gonna") it keeps whole, one word per space: most aliases ("United
    Nations") need no run of the tokenizer, which is slow at start-up."""
    words = text.split(" ")
    if PLAIN_WORDS.fullmatch(text) and not any(word in tokenizer.rules for word in words):
        return tuple(words)
    return tuple(token.text for token in tokenizer(text))


def read_entries(path: str | Path, label: str | None = None) -> list[tuple[str, bool, Entry, bool]]:
    """(alias, exact_case, entry, generated_plural) for every alias in a knowledge file."""
    label = label or Path(path).name
    rows: list[tuple[str, bool, Entry, bool]] = []
    text = Path(path).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) < 4 or columns[0] not in KINDS:
            raise KnowledgeError(
                f"{label}:{number}: expected 'kind<TAB>names<TAB>country<TAB>sectors[<TAB>group]'"
                f" with kind one of {', '.join(sorted(KINDS))}."
            )
        kind, names, country, sectors = (column.strip() for column in columns[:4])
        group = columns[4].strip() if len(columns) > 4 else "-"
        aliases = [alias.strip() for alias in names.split("|") if alias.strip()]
        if not aliases:
            raise KnowledgeError(f"{label}:{number}: the names column is empty.")
        homes = tuple(country.split()) if country not in {"", "-"} else ()
        if len(homes) > 1 and kind != "ethnic":
            raise KnowledgeError(f"{label}:{number}: only ethnic lines may list several countries.")
        entry = Entry(
            kind=kind,
            name=aliases[0].lstrip("="),
            country=homes[0] if homes else None,
            sectors=tuple(sectors.split()) if sectors not in {"", "-"} else (),
            group=None if group in {"", "-"} else group,
            rule=f"{label}:{number}",
            homes=homes,
        )
        for alias in aliases:
            exact = alias.startswith("=")
            alias = alias.lstrip("=")
            rows.append((alias, exact, entry, False))
            if kind in PLURAL_KINDS and not exact and plural(alias) != alias:
                rows.append((plural(alias), exact, entry, True))
    return rows


class Knowledge:
    """Every alias, tokenised like the parser does, in two indexes: lower-cased and exact."""

    def __init__(self, extra_files: tuple[str, ...] = (), kb_files: tuple[str, ...] = ()):
        self.lower: dict[tuple[str, ...], Entry] = {}
        self.exact: dict[tuple[str, ...], Entry] = {}
        self.lengths: dict[str, set[int]] = {}  # first token (lower) -> alias lengths
        self.people: dict[str, Entry] = {}  # lower-cased full name or surname -> person
        self.country_names: dict[str, str] = {}  # ISO3 -> canonical country name
        self.ethnic: dict[str, Entry] = {}  # group name -> its ethnic line (home countries)
        folder = resources.files("facta") / "data" / "actors"
        sources = [(str(folder / name), name) for name in SHIPPED_FILES]
        sources += [(path, None) for path in extra_files]
        tokenizer = _tokenizer()
        for path, label in sources:
            if not Path(path).is_file():
                raise KnowledgeError(f"Actor knowledge file '{path}' does not exist.")
            rows = read_entries(path, label)
            # a person line that gives a one-word alias ("Abiy Ahmed|Abiy") says which word
            # names the person alone; other lines name them by the last word of each alias
            named_alone = {row[2] for row in rows if row[2].kind == "person" and " " not in row[0]}
            for alias, exact, entry, generated in rows:
                # the tokenizer splits "gen." but keeps "Gen." whole: index both spellings
                spellings = {alias} if exact else {alias, alias.title(), alias.capitalize()}
                tokenised = {tokenise(tokenizer, spelling) for spelling in spellings}
                tokenised.add(tuple(alias.split()))  # "Brig." kept whole by a tokenizer rule
                for words in tokenised:
                    if not words:
                        continue
                    index = self.exact if exact else self.lower
                    key = words if exact else tuple(word.lower() for word in words)
                    if generated and key in index:
                        continue  # "Philippines" the country, not the plural of "Philippine"
                    index[key] = entry
                    self.lengths.setdefault(words[0].lower(), set()).add(len(words))
                if entry.kind == "person":
                    self.people[fold(alias)] = entry
                    words = re.split(r"[\s-]", re.sub(r",?\s+[JS]r\.?$", "", alias))
                    surname = fold(words[-1])  # "Ferdinand Marcos Jr." -> marcos
                    if entry not in named_alone and len(surname) > 2:  # not "in", "un"
                        self.people.setdefault(surname, entry)
                elif entry.kind == "country" and entry.country:
                    self.country_names.setdefault(entry.country, entry.name)
                elif entry.kind == "ethnic":
                    self.ethnic[entry.group or entry.name] = entry
        self.near_places: dict[tuple[str, int], list[str]] = {}  # one-word country names
        for key, entry in self.lower.items():
            word = key[0]
            if len(key) == 1 and len(word) >= NEAR_MISS_LETTERS and entry.kind in PLACE_KINDS:
                self.near_places.setdefault((word[0], len(word)), []).append(word)
        # the same words and names come back article after article: each is looked up once
        self.near_place = lru_cache(maxsize=NAME_MEMORY)(self._near_place)
        self.names_person = lru_cache(maxsize=NAME_MEMORY)(self._names_person)
        self.base = kb.load(kb_files)
        self.add_bodies(self.base)
        self.sorted_lengths = {
            word: sorted(sizes, reverse=True) for word, sizes in self.lengths.items()
        }

    def add_bodies(self, base: kb.KnowledgeBase) -> None:
        """Organisations and armed groups of the knowledge base, where the files above do not
        already name them (the curated files win), except a body the base dates period by
        period (a party in and out of government): its dates are what the curated line lacks."""
        entries: dict[int, Entry] = {}
        roles_of: dict[str, list[int]] = {}  # a body's name -> all its rows (periods, codes)
        for _, _, number in base.bodies:
            rows = roles_of.setdefault(base.rows[number][0], [])
            if number not in rows:
                rows.append(number)
        for words, exact, number in base.bodies:
            if len(words) > 1 and words[0].lower() == "the":
                words = words[1:]  # "the European Union": the article is no part of the name
            index = self.exact if exact else self.lower
            periods = roles_of[base.rows[number][0]]
            dated = sum(bool(base.rows[n][2] or base.rows[n][3]) for n in periods) > 1
            known = words in index or (exact and tuple(w.lower() for w in words) in self.lower)
            if not words or (known and not (dated and index.get(words, None) is not None)):
                continue
            if self.leader_alias(words, number):
                continue
            if number not in entries:
                role = kb.role_of(base.rows[number])
                entries[number] = Entry(
                    kind=role.kind,
                    name=role.name,
                    country=role.country,
                    sectors=role.sectors,
                    group=None,
                    rule=role.source,
                    rows=tuple(roles_of[role.name]),
                )
            index[words] = entries[number]
            self.lengths.setdefault(words[0].lower(), set()).add(len(words))

    def leader_alias(self, words: tuple[str, ...], number: int) -> bool:
        """A person the Phoenix dictionaries list among a body's names (a spokesman under the
        military, a leader under his group): the person, with dated roles of his own."""
        generated = kb.role_of(self.base.rows[number]).source.startswith("phoenix")
        return generated and self.names_person(" ".join(words))

    def dated(self, entry: Entry, day: str | None) -> Entry:
        """A knowledge-base body as it was on the day: a party in government or opposition,
        a force before and after it turned on the state."""
        if len(entry.rows) < 2:
            return entry
        roles = [kb.role_of(self.base.rows[number]) for number in entry.rows]
        role, _, _ = kb.choose_role(roles, day[:10] if day else None)
        return replace(entry, country=role.country, sectors=role.sectors, rule=role.source)

    def person(self, name: str, day: str | None) -> kb.Belief | None:
        """What the knowledge base believes a person's name means on the day (ISO date)."""
        return self.base.believe(name, day[:10] if day else None)

    def _names_person(self, text: str) -> bool:
        """Whether a name of two words or more is a person's full name in the knowledge base
        ("Riad Zahran", whatever the tagger made of it)."""
        words = name_words(text)
        return len(words) > 1 and " ".join(words) in self.base.by_key

    def match(self, doc: Doc) -> list[Match]:
        """Knowledge matches that do not overlap, longer ones first ("the opposition Movement
        for Democratic Change" is the party, not "opposition movement")."""
        found: list[Match] = []
        texts = Tokens.of(doc).text
        lowers = [text.lower() for text in texts]  # what a token's lower_ holds
        size = len(doc)
        lengths = self.sorted_lengths
        starts = [i for i, lower in enumerate(lowers) if lower in lengths]  # a name may start
        for i in starts:
            for length in lengths[lowers[i]]:
                if i + length > size:
                    continue
                exact = self.exact.get(tuple(texts[i : i + length]))
                entry = exact or self.lower.get(tuple(lowers[i : i + length]))
                if (
                    entry is not None
                    and entry.kind in BODY_KINDS
                    and inside_longer_name(doc, i, length, self.place_word)
                ):
                    continue  # "the Social Democratic Party" is not the "Democratic Party"
                if entry is not None:
                    end = i + length
                    if company(entry) and end < size and texts[end] in corporate_suffixes():
                        end += 1  # "Acme Corp chief executive": the suffix is the company's
                    found.append(Match(i, end, entry))
                    break
        found += self.near_misses(doc, {i for m in found for i in range(m.start, m.end)})
        taken: set[int] = set()
        chosen: list[Match] = []
        for match in sorted(found, key=lambda m: (m.start - m.end, m.start)):
            if not any(i in taken for i in range(match.start, match.end)):
                chosen.append(match)
                taken.update(range(match.start, match.end))
        return sorted(chosen, key=lambda m: m.start)

    def place_word(self, word: str) -> bool:
        """A country, capital, nationality or ethnic group, or a US state: "Ohio" in "the Ohio Democratic
        Party" says whose the party is, and is no part of its name."""
        from facta.actors.story_country import subdivision_country  # imports this module

        entry = self.lower.get((word.lower(),))
        return (entry is not None and entry.kind in OWNER_KINDS) or bool(subdivision_country(word))

    def _near_place(self, word: str) -> str | None:
        """The one-word country name or demonym that a lower-case word misspells by one letter
        ("ukranians"), if any."""
        for size in (len(word), len(word) - 1, len(word) + 1):
            for known in self.near_places.get((word[0], size), ()):
                if within_one_edit(word, known):
                    return known
        return None

    def near_misses(self, doc: Doc, covered: set[int]) -> list[Match]:
        """A country or demonym misspelt by one letter ("Ukranians"), where the parser saw a
        nationality or nothing: matched with a rule that says so ("~near-miss")."""
        found = []
        view = Tokens.of(doc)
        for index, word in enumerate(view.lower):
            if index in covered or view.label[index] not in NEAR_MISS_LABELS:
                continue
            if len(word) < NEAR_MISS_LETTERS or view.pos[index] not in NEAR_MISS_TAGS:
                continue
            token = doc[index]
            known = self.near_place(word) if token.is_title else None
            if known is not None:
                entry = self.lower[(known,)]
                rule = f"{entry.rule}~near-miss:{token.text}"
                found.append(Match(token.i, token.i + 1, replace(entry, rule=rule)))
        return found


def inside_longer_name(
    doc: Doc, start: int, length: int, place_word: Callable[[str], bool]
) -> bool:
    """Whether capitalised words matched at start are the tail of a longer name that a
    capitalised word (or one with "'s") right before opens: "the Social Democratic Party",
    "the People's Democratic Party"; a place, nationality or person before them is no part of
    the name ("Ohio Democratic Party", "Obama's Democratic Party")."""
    words = doc[start : start + length]
    if length < 2 or not all(t.is_title or t.is_upper for t in words) or start == 0:
        return False
    before = doc[start - 1]
    if before.tag_ == "POS" and start >= 2:
        before = doc[start - 2]
    if before.is_sent_start or not before.is_title or before.ent_type_ in OUTSIDE_NAME_LABELS:
        return False
    if place_word(before.text):
        return False
    return before.pos_ in {"PROPN", "ADJ", "NOUN"}


def company(entry: Entry) -> bool:
    return entry.kind == "org" and entry.sectors[:1] == ("BUS",)


@lru_cache(maxsize=1)
def corporate_suffixes() -> frozenset[str]:
    """Words that end a company's name: "Corp", "Inc", "Plc" (corporate.tsv)."""
    return word_kinds("corporate.tsv").get("suffix", frozenset())
