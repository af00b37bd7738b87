"""Reading TABARI/PETRARCH actor dictionaries (the Phoenix files) into knowledge-base rows:
one row per alias set and dated role, with every dropped line, role and alias counted by reason.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import pycountry

from facta.actors.names import TITLES, fold
from facta.models import SECTOR_CODES

# CAMEO codes that are no ISO 3166 alpha-3 code, mapped to the code facta uses today
# (the same choices as countries.tsv: former states to their successor)
CAMEO_TO_ISO = {
    "KSV": "XKX",  # Kosovo
    "TMP": "TLS",  # East Timor
    "ZAR": "COD",  # Zaire
    "ROM": "ROU",  # Romania (old code)
    "YUG": "SRB",  # Yugoslavia
    "FRY": "SRB",  # Federal Republic of Yugoslavia
    "SCG": "SRB",  # Serbia and Montenegro
    "USR": "RUS",  # Soviet Union
    "SUN": "RUS",  # Soviet Union (ISO 3166-3)
    "DDR": "DEU",  # East Germany
    "CSK": "CZE",  # Czechoslovakia
    "WSB": "PSE",  # West Bank
    "GZS": "PSE",  # Gaza Strip
}
ORGANISATION_PREFIXES = frozenset({"IGO", "NGO"})  # the first six letters name the body
MULTINATIONAL, ARMED_INTERNATIONAL = "MNC", "IMG"
EXTRA_SECTORS = frozenset({"ELI", "UAF", "SPY", "SEP", "INS", "MOD", "RAD", "AMN", "IRC", "PTY"})
# a name with one of these words is a body, not a person
BODY_WORDS = frozenset(
    [
        "party",
        "front",
        "army",
        "movement",
        "council",
        "committee",
        "union",
        "organization",
        "organisation",
        "league",
        "brigade",
        "brigades",
        "group",
        "forces",
        "force",
        "association",
        "federation",
        "congress",
        "alliance",
        "ministry",
        "bank",
        "fund",
        "agency",
        "commission",
        "institute",
        "foundation",
        "corporation",
        "company",
        "inc",
        "ltd",
        "co",
        "corp",
        "network",
        "coalition",
        "assembly",
        "parliament",
        "court",
        "tribunal",
        "office",
        "service",
        "services",
        "society",
        "church",
        "mission",
        "centre",
        "center",
        "jihad",
        "mujahideen",
        "militia",
        "tigers",
        "liberation",
        "resistance",
        "revolutionary",
        "people's",
        "peoples",
        "national",
        "international",
        "world",
        "united",
        "nations",
        "authority",
        "program",
        "programme",
        "trust",
        "bureau",
        "department",
    ]
)
CODE = re.compile(r"^([A-Z]{3,18})(?:\s*([<>]?)\s*(\d+)(?:\s*-\s*(\d+))?)?$")
NAME_PARTS_LOWER = frozenset(
    {"al", "el", "bin", "ibn", "de", "da", "di", "del", "der", "van", "von"}
)


@dataclass
class Role:
    code: str
    start: str = ""  # ISO date, "" open
    end: str = ""


@dataclass
class Record:
    names: list[str]
    line: int
    roles: list[Role] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)


@dataclass
class Conversion:
    """Rows kept and, by reason, what was dropped."""

    rows: list[tuple[str, list[str], Role]] = field(default_factory=list)  # (kind, names, role)
    dropped: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)


def parse_date(text: str) -> str | None:
    """YYMMDD (00-30 -> 20xx, else 19xx) or YYYYMMDD as an ISO date; None if malformed."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_code(text: str, dropped: Counter[str]) -> Role | None:
    """'IRQGOV >050407', 'IGOUNO 970101-061231', 'AFGELI' -> a Role, or None (counted)."""
    found = CODE.match(text.strip())
    if found is None:
        dropped["role: malformed code"] += 1
        return None
    code, direction, first, second = found.groups()
    if len(code) % 3:
        dropped["role: code not in 3-letter parts"] += 1
        return None
    if not first:
        return Role(code)
    start, end = parse_date(first), parse_date(second) if second else None
    if start is None or (second and end is None):
        dropped["role: malformed date"] += 1
        return None
    if second:
        if end < start:
            dropped["role: range ends before it starts"] += 1
            return None
        return Role(code, start, end or "")
    if direction == "<":
        return Role(code, "", start)
    if direction == ">":
        return Role(code, start, "")
    dropped["role: date with no direction"] += 1
    return None


def facta_code(code: str, dropped: Counter[str]) -> str | None:
    """A CAMEO code as facta writes it: ISO country (mapped) + sectors; IGO/NGO codes whole;
    international militarised groups (IMG…) as rebels with no country; None if no country."""
    prefix, rest = code[:3], code[3:]
    if prefix in ORGANISATION_PREFIXES and len(code) >= 6:
        return code
    if prefix == ARMED_INTERNATIONAL:
        return "REB"
    if prefix == MULTINATIONAL:
        country = iso_country(rest[:3])
        return f"{country}BUS" if country else "BUS"
    country = iso_country(prefix)
    if country is None:
        reason = "sector or region code, no country" if prefix in SECTOR_CODES else None
        dropped[f"role: {reason or 'unknown country code ' + prefix}"] += 1
        return None
    return country + rest


def iso_country(code: str) -> str | None:
    if code in CAMEO_TO_ISO:
        return CAMEO_TO_ISO[code]
    return code if pycountry.countries.get(alpha_3=code) is not None else None


def readable(name: str) -> str:
    """'JALAL_TALABANI_' -> 'Jalal Talabani', 'NOURI_AL-MALIKI' -> 'Nouri al-Maliki'."""
    words = name.replace("_", " ").split()
    out = []
    for index, word in enumerate(words):
        parts = word.split("-")
        parts = [
            part.lower() if part.lower() in NAME_PARTS_LOWER and (index or n) else part.capitalize()
            for n, part in enumerate(parts)
        ]
        out.append("-".join(parts))
    return " ".join(out)


def split_name(raw: str) -> tuple[list[str], list[str]]:
    """Names and parenthesised acronyms of one name field: 'ADEN_ARMY_(AAA)_' -> ([Aden
    Army], [AAA]); '+A_+_B' aliases joined by a stray '+' split apart."""
    acronyms = re.findall(r"\(([A-Z0-9.&-]{2,})\)", raw)
    raw = re.sub(r"\([^)]*\)", " ", raw)
    names = [readable(part) for part in raw.split("+")]
    return [name for name in names if name], acronyms


def strip_titles(name: str) -> str:
    """'President Karzai' -> 'Karzai', 'Un Secretary-general Ban Ki-moon' -> 'Ban Ki-moon'."""
    words = name.split()
    while len(words) > 1 and fold(words[0]).strip(".") in TITLES | {"secretary-general"}:
        words.pop(0)
    return " ".join(words)


def read_records(text: str, dropped: Counter[str]) -> list[Record]:
    """Blocks of a TABARI actor file: name lines (with `+` aliases) and their code lines.
    Name lines with no code before the next name line share the next block's codes."""
    records: list[Record] = []
    current: Record | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        head = re.sub(r"\[[^\]]*\]", " ", line).strip()
        if "[" in head or "]" in head:
            dropped["line: unbalanced brackets"] += 1
            continue
        starts_block = head and not head.startswith("+") and not line[0].isspace()
        if starts_block and (current is None or current.roles):
            current = Record([], number)
            records.append(current)
        elif current is None:
            dropped["line: alias or code before any name"] += 1
            continue
        if head:
            names, acronyms = split_name(head.lstrip("+"))
            current.names += names
            current.acronyms += acronyms
        elif not codes:
            dropped["line: neither name nor code"] += 1
        for code in codes:
            role = parse_code(code, dropped)
            if role is not None:
                current.roles.append(role)
    return records


def body_words(name: str) -> bool:
    return any(fold(word) in BODY_WORDS for word in name.split())


def kind_of(record: Record, source: str) -> str:
    """person, org or group: bodies have a body word in a name; the armed-groups file holds
    groups; people have dated roles or come from the countries file."""
    dated = any(role.start or role.end for role in record.roles)
    if dated and any(not body_words(strip_titles(name)) for name in record.names):
        return "person"  # "UN Secretary-General Ban Ki-moon"
    if any(body_words(name) for name in record.names) or record.acronyms:
        return "group" if source == "armed" else "org"
    if source == "countries" or dated:
        return "person"
    return "group" if source == "armed" else "org"


def usable_names(
    record: Record, kind: str, common: frozenset[str], dropped: Counter[str]
) -> list[str]:
    """The record's aliases that are safe to match: titles stripped, no common English word
    alone, nothing of two letters or fewer; short body names and acronyms exact-case."""
    kept: list[str] = []
    for name in record.names:
        if kind == "person":
            name = strip_titles(name)
        letters = sum(char.isalnum() for char in name)
        single = " " not in name
        if letters <= 2:
            dropped["alias: two letters or fewer"] += 1
            continue
        if single and (fold(name).strip(".") in common or fold(name) in TITLES):
            dropped["alias: a common English word alone"] += 1
            continue
        if single and kind != "person" and letters <= 4 and "-" not in name:
            name = "=" + name.upper()  # an acronym: "=ANC" matches only in capitals
        if name not in kept:
            kept.append(name)
    for acronym in record.acronyms:  # "(FARC)"; not a qualifier: "(CHINA)", "(AMERICAN)"
        if not 3 <= len(acronym) <= 6 or fold(acronym) in common:
            dropped["alias: parenthesised word that is no acronym"] += 1
        elif "=" + acronym not in kept:
            kept.append("=" + acronym)
    return kept


def convert(text: str, source: str, common: frozenset[str] = frozenset()) -> Conversion:
    """Rows (kind, names, role) of one Phoenix file; source is 'countries', 'international'
    or 'armed'. Country-name blocks are skipped: countries.tsv covers countries."""
    result = Conversion()
    for record in read_records(text, result.dropped):
        if (
            source == "countries"
            and record.roles
            and all(len(role.code) == 3 and not (role.start or role.end) for role in record.roles)
        ):
            result.dropped["record: country name block (countries.tsv covers it)"] += 1
            continue
        if not record.roles:
            result.dropped["record: no usable code"] += 1
            continue
        kind = kind_of(record, source)
        names = usable_names(record, kind, common, result.dropped)
        if not names:
            result.dropped["record: no usable name"] += 1
            continue
        seen: set[tuple[str, str, str]] = set()
        for role in record.roles:
            code = facta_code(role.code, result.dropped)
            if code is None or (code, role.start, role.end) in seen:
                if code is not None:
                    result.dropped["role: repeated"] += 1
                continue
            seen.add((code, role.start, role.end))
            result.rows.append(
                (f"{kind}; {source}:{record.line}", names, Role(code, role.start, role.end))
            )
        result.kept[kind] += 1 if seen else 0
        if not seen:
            result.dropped["record: no role with a country"] += 1
    return result


def tsv_lines(result: Conversion) -> list[str]:
    """The rows in the knowledge-base format: names <TAB> code <TAB> start <TAB> end <TAB> note."""
    return [
        "\t".join(("|".join(names), role.code, role.start, role.end, note))
        for note, names, role in result.rows
    ]
