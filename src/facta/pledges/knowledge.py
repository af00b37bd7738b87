"""What the pledge ledger knows: pledge codes, action families, opposites, tie phrases and cue
words, read once from the readable files in data/pledges/ (each documents its own format).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import yaml

from facta.errors import KnowledgeError

DATA = "data/pledges"


def tie_key(names: list[str]) -> tuple[str, ...]:
    """The names a tie phrase may use (two characters or more), longest first."""
    return tuple(sorted({n for n in names if n and len(n) > 1}, key=len, reverse=True))


def family_of(code: str) -> str:
    """The code family a code stands for: "190" (not specified) is the whole root "19"."""
    return code[:2] if len(code) == 3 and code.endswith("0") else code


@dataclass(frozen=True)
class PledgeCode:
    kind: str  # promise | threat
    action: str | None  # CAMEO code of the promised action, None when the code names none
    polarity: str  # do | stop
    needs_action: bool  # a pledge only when the coder extracted the promised action


@dataclass(frozen=True)
class Family:
    scope: str  # code | root
    related: frozenset[str]
    stop_kept_by: tuple[str, ...]
    do_broken_by: tuple[str, ...]


@dataclass(frozen=True)
class Knowledge:
    codes: dict[str, PledgeCode]
    families: dict[str, Family]
    ties: tuple[str, ...]
    cues: dict[str, Any]
    names: dict[str, tuple[str, ...]]  # country or organisation code -> names and demonyms
    opposites: dict[str, tuple[str, ...]]  # promised code -> codes that break a "do" promise
    groups: dict[
        str, tuple[str, ...]
    ]  # canonical group name -> its aliases (data/actors/groups.tsv)
    compiled: dict[tuple[str, ...], re.Pattern[str] | None] = field(
        default_factory=dict, compare=False
    )
    name_patterns: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]] = (
        field(default_factory=dict, compare=False)
    )

    def pledge_code(self, cameo: str) -> PledgeCode | None:
        """The entry of the longest listed prefix of `cameo`."""
        for end in range(len(cameo), 1, -1):
            if cameo[:end] in self.codes:
                return self.codes[cameo[:end]]
        return None

    def opposite(self, cameo: str) -> tuple[str, ...]:
        """Codes whose occurrence breaks a promise to do `cameo` (longest listed prefix)."""
        for end in range(len(cameo), 1, -1):
            if cameo[:end] in self.opposites:
                return self.opposites[cameo[:end]]
        return ()

    def same_action_key(self, cameo: str, polarity: str) -> tuple[str, str]:
        """One key for promises that commit to the same thing: "do 087" (de-escalate) and "stop
        190" (stop attacking) both become ("stop", "18|19|20")."""
        opposite = self.opposite(cameo) if polarity == "do" else ()
        if opposite:
            return "stop", "|".join(sorted({code[:2] for code in opposite}))
        family = self.family(cameo[:2])
        if polarity == "stop" and family.scope == "root":
            return "stop", "|".join(sorted({cameo[:2], *family.related}))
        return polarity, family_of(cameo)

    def groups_named(self, text: str) -> set[str]:
        """Canonical names of the armed groups and movements `text` names (as whole words)."""
        return {
            name
            for name, aliases in self.groups.items()
            if any(
                alias in text and re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text)
                for alias in aliases
            )
        }

    def family(self, root: str) -> Family:
        return self.families.get(root, Family("code", frozenset(), (), ()))

    def tie_pattern(self, names: list[str]) -> re.Pattern[str] | None:
        """One regular expression for every tie phrase naming one of `names` (cached)."""
        return self._tie_pattern(tie_key(names))

    def tie_pattern_for(self, names: list[str], text: str) -> re.Pattern[str] | None:
        """tie_pattern(names) without the names no tie phrase in `text` uses: it finds the same
        matches in `text` and is much cheaper to build. None when `text` holds no tie."""
        key = self._tied_names(tie_key(names), text)
        return self._tie_pattern(key) if key else None

    def _tie_pattern(self, key: tuple[str, ...]) -> re.Pattern[str] | None:
        if key not in self.compiled:
            alternatives = "|".join(re.escape(n) for n in key)
            parts = [
                re.escape(t).replace(re.escape("{X}"), f"(?:{alternatives})") for t in self.ties
            ]
            self.compiled[key] = (
                re.compile(r"\b(?:" + "|".join(parts) + r")", re.IGNORECASE) if key else None
            )
        return self.compiled[key]

    def has_tie(self, names: list[str], text: str) -> bool:
        """Whether tie_pattern(names) finds a tie phrase in `text`, without building that pattern."""
        return bool(self._tied_names(tie_key(names), text))

    def _tied_names(self, key: tuple[str, ...], text: str) -> tuple[str, ...]:
        """The names of `key` that a tie phrase in `text` uses, in key order: the words a phrase
        adds after the name ("-backed") or before it ("loyal to ") are found once for all names,
        then each name is tried just before or after them."""
        after, before, other = self._affixes
        starts = [m.start() for m in after.finditer(text)] if after else []
        ends = [m.start() + length for length, pattern in before for m in pattern.finditer(text)]
        if not starts and not ends and not other:
            return ()
        found = []
        for name in key:
            bounded, plain, inner = self._name_patterns(name)
            if (
                any(
                    bounded.match(text, start - len(name)) for start in starts if start >= len(name)
                )
                or any(plain.match(text, end) for end in ends)
                or (inner and inner.search(text))
            ):
                found.append(name)
        return tuple(found)

    @cached_property
    def _affixes(
        self,
    ) -> tuple[re.Pattern[str] | None, list[tuple[int, re.Pattern[str]]], list[str]]:
        """Where the words after a name in a tie phrase may start (one pattern), where the words
        before one start (a pattern per length of those words), and the other phrases."""
        after: list[str] = []
        before: dict[int, list[str]] = {}
        other: list[str] = []
        for tie in self.ties:
            parts = tie.split("{X}")
            if len(parts) == 2 and not parts[0]:
                after.append(re.escape(parts[1]))
            elif len(parts) == 2 and not parts[1]:
                before.setdefault(len(parts[0]), []).append(re.escape(parts[0]))
            else:
                other.append(tie)
        return (
            re.compile("(?=(?:" + "|".join(after) + "))", re.IGNORECASE) if after else None,
            [
                (length, re.compile(r"\b(?=(?:" + "|".join(found) + "))", re.IGNORECASE))
                for length, found in before.items()
            ],
            other,
        )

    def _name_patterns(
        self, name: str
    ) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
        """The name at a word start, the name anywhere, and the other tie phrases naming it."""
        if name not in self.name_patterns:
            other = self._affixes[2]
            inner = "|".join(re.escape(t).replace(re.escape("{X}"), re.escape(name)) for t in other)
            self.name_patterns[name] = (
                re.compile(r"\b" + re.escape(name), re.IGNORECASE),
                re.compile(re.escape(name), re.IGNORECASE),
                re.compile(r"\b(?:" + inner + ")", re.IGNORECASE) if other else None,
            )
        return self.name_patterns[name]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("facta").joinpath(f"{DATA}/{name}").read_text(encoding="utf-8")
    rows = [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]
    return rows[1:]  # the first row names the columns


def _codes(value: str) -> tuple[str, ...]:
    return tuple(part for part in value.split("|") if part and part != "-")


def _group_names() -> dict[str, tuple[str, ...]]:
    text = resources.files("facta").joinpath("data/actors/groups.tsv").read_text(encoding="utf-8")
    groups: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) >= 2 and fields[0] == "group":
            aliases = tuple(alias.lstrip("=") for alias in fields[1].split("|"))
            groups[aliases[0]] = aliases
    return groups


def _country_names() -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = {}
    for file in ("countries.tsv", "organisations.tsv"):
        text = resources.files("facta").joinpath(f"data/actors/{file}").read_text(encoding="utf-8")
        for line in text.splitlines():
            fields = line.split("\t")
            if (
                line.startswith("#")
                or len(fields) < 3
                or fields[0] not in ("country", "demonym", "org")
            ):
                continue
            if fields[0] == "org" and fields[3].strip() not in ("", "-"):
                continue  # an organisation's agency or office, not the organisation itself
            aliases = [alias.lstrip("=") for alias in fields[1].split("|")]
            names.setdefault(fields[2], []).extend(aliases)
    return {code: tuple(found) for code, found in names.items()}


@lru_cache(maxsize=1)
def load_knowledge() -> Knowledge:
    try:
        codes = {
            row[0]: PledgeCode(
                row[1], None if row[2] == "-" else row[2], row[3], row[4] == "action"
            )
            for row in _rows("pledge_codes.tsv")
        }
        families = {
            row[0]: Family(row[1], frozenset(_codes(row[2])), _codes(row[3]), _codes(row[4]))
            for row in _rows("families.tsv")
        }
        ties = tuple(row[0] for row in _rows("ties.tsv"))
        opposites = {row[0]: _codes(row[1]) for row in _rows("opposites.tsv")}
        text = resources.files("facta").joinpath(f"{DATA}/cues.yaml").read_text(encoding="utf-8")
        cues = yaml.safe_load(text)
    except (IndexError, OSError, yaml.YAMLError) as error:
        raise KnowledgeError(f"The pledge knowledge in {DATA}/ is malformed ({error}).") from error
    return Knowledge(codes, families, ties, cues, _country_names(), opposites, _group_names())
