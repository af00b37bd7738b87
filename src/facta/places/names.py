"""How place names are normalised so that news spellings meet gazetteer spellings: accents,
case, hyphens, Arabic article prefixes (al-, as-, el-), possessives and "the" do not count.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

WORD_SPELLINGS_FILE = (
    Path(__file__).resolve().parent.parent / "data" / "places" / "word_spellings.tsv"
)

ARTICLE_PREFIXES = ("al", "as", "ad", "an", "ar", "at", "az", "ash", "ath", "el", "en", "es", "ul")
DESCRIPTOR_WORDS = frozenset(
    {"province", "governorate", "state", "district", "region", "county", "prefecture", "oblast"}
)
# A named site or district is often a known place plus one of these words: "Bagram air base",
# "Dadaab refugee camp", "Camp Bucca", "Mansour neighbourhood". The place gives the location.
SITE_SUFFIXES = (
    "air base",
    "airbase",
    "air field",
    "airfield",
    "airport",
    "base",
    "refugee camp",
    "camp",
    "prison",
    "jail",
    "port",
    "harbour",
    "harbor",
    "border crossing",
    "crossing",
    "dam",
    "nuclear power plant",
    "nuclear plant",
    "power plant",
    "nuclear facility",
    "enrichment plant",
    "enrichment facility",
    "facility",
    "plant",
    "refinery",
    "oil field",
    "oilfield",
    "gas field",
    "mine",
    "mines",
    "market",
    "mosque",
    "shrine",
    "hospital",
    "university",
    "palace",
    "bridge",
    "checkpoint",
    "stadium",
    "square",
    "barracks",
    "naval base",
    "military base",
    "garrison",
)
DISTRICT_SUFFIXES = ("neighbourhood", "neighborhood", "quarter", "suburb", "township", "area")
SITE_PREFIXES = ("camp", "fort", "forward operating base", "mount", "port of")
# Natural features named after a town or region: "Swat valley", "Nuba mountains".
REGION_SUFFIXES = (
    "valley",
    "mountains",
    "hills",
    "desert",
    "peninsula",
    "islands",
    "island",
    "plain",
    "plains",
    "highlands",
    "delta",
    "basin",
)
WATER_SUFFIXES = ("river", "lake", "bay", "dam lake", "reservoir")
# Persian and Urdu joins between the words of a name: Mazar-e Sharif, Mazar-i-Sharif.
JOIN_VOWELS = ("e", "i", "ye", "ul", "ud")
SUN_ARTICLES = ("ash", "ad", "an", "ar", "as", "at", "az", "ez")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʿ": "'", "ʾ": "'", "´": "'"})
_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_SPACES = re.compile(r"\s+")
_DOUBLES = re.compile(r"([a-z])\1")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: "Al Fallūjah" -> "al fallujah"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = plain.replace("'s ", " ").replace(".", "")
    if plain.endswith("'s"):
        plain = plain[:-2]
    plain = _NON_WORD.sub(" ", plain).replace("'", "")
    return _SPACES.sub(" ", plain).strip()


def strip_article(folded: str) -> str:
    """Drop a leading "the" or Arabic article: "al fallujah" -> "fallujah", "the gulf" -> "gulf"."""
    head, _, rest = folded.partition(" ")
    if rest and (head == "the" or head in ARTICLE_PREFIXES):
        return rest
    return folded


@lru_cache(maxsize=200_000)
def keys(name: str) -> frozenset[str]:
    """Every lookup key a gazetteer name is filed under."""
    folded = fold(name)
    if not folded:
        return frozenset()
    found = {folded, strip_article(folded)}
    found |= {collapse_doubles(key) for key in found}
    # Joined forms come last, so that no doubled letter is collapsed across two words.
    found |= {key.replace(" ", "") for key in found if " " in key}
    return frozenset(key for key in found if key)


def collapse_doubles(key: str) -> str:
    """One letter for two: "tall afar" -> "tal afar", "mekelle" -> "mekele"."""
    return _DOUBLES.sub(r"\1", key)


@lru_cache(maxsize=100_000)
def query_keys(text: str) -> tuple[str, ...]:
    """The keys to try for a name as written, best first (exact, no article, spelling variants)."""
    folded = fold(text)
    stripped = strip_article(folded)
    tried = [folded, stripped]
    tried += [collapse_doubles(key) for key in tried]
    tried += [key.replace(" ", "") for key in tried if " " in key]
    # Basrah/Basra, Fallujah/Falluja, Saada/Sadah: transliterations differ in a final h.
    tried += [
        key[:-1] if key.endswith("ah") else key + "h" if key.endswith("a") else key
        for key in list(tried)
    ]
    # Hasakeh/Hasakah: a Persian or Levantine "-eh" for the Arabic "-ah".
    tried += [key[:-2] + "ah" for key in list(tried) if key.endswith("eh")]
    tried += [variant for key in tried[:2] for variant in spelling_variants(key)]
    return tuple(dict.fromkeys(key for key in tried if key))


def spelling_variants(folded: str) -> list[str]:
    """Other ways news writes the same name: a Persian "-i-" join for "-e-" ("Mazar-i-Sharif"),
    an inner Arabic article assimilated or not ("Deir al-Zour", "Deir ez-Zor"), a word spelt
    otherwise ("St." for "Saint", "Tel" for "Tall"); each also joined into one word."""
    words = folded.split()
    if len(words) < 2:
        return []
    found: list[str] = []
    spellings = word_spellings()
    for index, word in enumerate(words):
        for other in spellings.get(word, ()):
            found.append(" ".join([*words[:index], other, *words[index + 1 :]]))
    for index in range(1, len(words) - 1):
        for other in _inner_word_variants(words[index], words[index + 1]):
            found.append(" ".join([*words[:index], *other, *words[index + 1 :]]))
    found += [key.replace(" ", "") for key in found]
    found += [collapse_doubles(key) for key in found]
    return found


@lru_cache(maxsize=1)
def word_spellings() -> dict[str, tuple[str, ...]]:
    """Folded word -> its other spellings (data/places/word_spellings.tsv)."""
    found: dict[str, tuple[str, ...]] = {}
    for line in WORD_SPELLINGS_FILE.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 2 or cells[0] == "word":
            continue
        found[fold(cells[0])] = tuple(fold(other) for other in cells[1].split("|") if other)
    return found


def _inner_word_variants(word: str, following: str) -> list[list[str]]:
    """Replacements for one inner word of a name, given the word after it."""
    if word in JOIN_VOWELS:
        return [[other] for other in JOIN_VOWELS if other != word] + [[]]
    if word in ARTICLE_PREFIXES or word == "ez":
        # "al" before a "sun letter" is written as it is said: ad-Dawr, as-Salt, ash-Shura.
        sun = next((a for a in SUN_ARTICLES if following.startswith(a[1:])), "al")
        return [[other] for other in dict.fromkeys(("al", "el", sun)) if other != word] + [[]]
    return []


def without_descriptor(text: str) -> tuple[str, bool]:
    """Split "Anbar province" into ("Anbar", True): the bare name and whether a region was named."""
    words = text.split()
    if len(words) > 1 and words[-1].casefold() in DESCRIPTOR_WORDS:
        return " ".join(words[:-1]), True
    if len(words) > 2 and words[0].casefold() == "the" and words[-1].casefold() in DESCRIPTOR_WORDS:
        return " ".join(words[1:-1]), True
    return text, False


# Each kind's suffixes, longest first ("dam lake" before "lake").
KIND_SUFFIXES = tuple(
    (tuple(sorted(suffixes, key=len, reverse=True)), feature)
    for suffixes, feature in (
        (SITE_SUFFIXES, "site"),
        (DISTRICT_SUFFIXES, "district"),
        (REGION_SUFFIXES, "region"),
        (WATER_SUFFIXES, "water"),
    )
)


def site_core(text: str) -> tuple[str, str] | None:
    """The known place inside a site or district name, and the kind: "Bagram air base" ->
    ("Bagram", "site"), "Camp Bucca" -> ("Bucca", "site"), "Karrada district" is left alone."""
    lowered = text.casefold()
    for suffixes, feature in KIND_SUFFIXES:
        for suffix in suffixes:
            if lowered.endswith(" " + suffix) and len(lowered) > len(suffix) + 2:
                return text[: -len(suffix) - 1].strip(), feature
    for prefix in SITE_PREFIXES:
        if lowered.startswith(prefix + " ") and len(lowered) > len(prefix) + 2:
            return text[len(prefix) + 1 :].strip(), "site"
    if lowered.startswith("lake ") and len(lowered) > 7:
        return text[5:].strip(), "water"
    return None
