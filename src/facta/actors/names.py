"""How a name is written down for lookup: case, diacritics, titles, possessives and common
transliteration variants folded away, and a cheap near-miss test for misspellings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from facta.actors.word_files import word_kinds

# words before a name that say a role, not who: "Gen.", "Sen.", "President", "the"
TITLES = frozenset(
    [
        "the",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "president",
        "vice",
        "prime",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "general",
        "secretary-general",
        "un",
        "u.n",
        "united",
        "nations",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "gen",
        "lt",
        "col",
        "maj",
        "brig",
        "adm",
        "capt",
        "cmdr",
        "sgt",
        "colonel",
        "major",
        "captain",
        "admiral",
        "brigadier",
        "lieutenant",
        "field",
        "marshal",
        "commander",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "crown",
        "emir",
        "sheikh",
        "sheik",
        "sultan",
        "ayatollah",
        "grand",
        "mullah",
        "imam",
        "cleric",
        "pope",
        "cardinal",
        "archbishop",
        "bishop",
        "rev",
        "reverend",
        "judge",
        "justice",
        "chief",
        "deputy",
        "former",
        "late",
        "acting",
        "interim",
        "opposition",
        "leader",
        "ambassador",
        "envoy",
        "mp",
    ]
)
PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "bin", "ibn"})
# Particles of European surnames: "De Mistura" is Staffan de Mistura, "Van Rompuy" Herman Van
# Rompuy.
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "der", "den", "van", "von", "le", "la", "du", "dos", "das"}
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})
# spelling variants news wires use for the same sound: folded in `skeleton` only
VARIANTS = (
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ph", "f"),
    ("q", "k"),
    ("kh", "h"),
    ("dh", "d"),
    ("th", "t"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("ck", "k"),
    ("y", "i"),
    ("j", "i"),
    ("w", "v"),
    ("z", "s"),
    ("e", "a"),
    ("o", "u"),
)
WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower case without diacritics: "Erdoğan" -> "erdogan", "Ö" -> "o"."""
    text = text.replace("ı", "i").replace("ø", "o").replace("ß", "ss").replace("đ", "d")
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def surname_of(words: list[str]) -> str:
    """The surname among a name's words, lower-cased: the last but a generational suffix
    ("James Brown III" -> brown, "Bush Jr." -> bush)."""
    kept = [w for w in words if w.lower().rstrip(".") not in SUFFIXES] or words
    return kept[-1].lower() if kept else ""


def family_names(words: list[str]) -> set[str]:
    """The words a person's name alone may be called by, lower-cased: the surname, and the
    first word of a name of two or three words that opens with a family name written first
    ("Sun Jianguo" -> sun and jianguo; family_first.tsv)."""
    found = {surname_of(words)}
    if 2 <= len(words) <= 3 and words[0].lower() in family_first():
        found.add(words[0].lower())
    return found


@lru_cache(maxsize=1)
def family_first() -> frozenset[str]:
    return frozenset(word for words in word_kinds("family_first.tsv").values() for word in words)


def capitalised(text: str) -> bool:
    """A word written as a name is: a capital first, then some small letters ("Roe",
    "McDonough", "DeSantis", "O'Neill"), not "NATO" or "the"."""
    return text[:1].isupper() and any(char.islower() for char in text)


def is_name_word(text: str) -> bool:
    """A word of a name: letters, with inner apostrophes or hyphens ("O'Connell", "Al-Zoubi")."""
    return any(c.isalpha() for c in text) and all(c.isalpha() or c in "'’-" for c in text)


def name_words(text: str) -> list[str]:
    """The words of a name as looked up: folded, possessive and leading titles dropped,
    "Ki-moon" -> ki moon, "al-Maliki" -> maliki ("al" is a particle), "Bush Jr." -> bush."""
    text = re.sub(r"['’]s?$|['’]s\b", "", fold(text.strip()))
    words = WORD.findall(text.replace("'", "").replace("’", ""))
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    kept = [word for word in words if word not in PARTICLES] or words
    return kept


def name_key(text: str) -> str:
    """The lookup key of a name: "President Erdoğan's" -> "erdogan"."""
    return " ".join(name_words(text))


def skeleton(key: str) -> str:
    """A coarser key for transliterations: "Qadhafi", "Gaddafi" and "Kadhafi" come close;
    doubled letters, vowels' spelling and h-digraphs folded."""
    text = key
    for old, new in VARIANTS:
        text = text.replace(old, new)
    text = re.sub(r"(.)\1+", r"\1", text)
    return text.replace("g", "k").replace("h", "")


def within_one_edit(a: str, b: str) -> bool:
    """Whether b is a one-letter slip of a: a letter dropped, added, changed or two swapped."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return a[i + 1 :] == b[i:] if la > lb else a[i:] == b[i + 1 :]
