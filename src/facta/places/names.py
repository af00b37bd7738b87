"""How place names are normalised so that news spellings meet gazetteer spellings.

Accents, case, hyphens, Arabic article prefixes (al-, as-, el-), possessives and "the" go.
"""

from __future__ import annotations

import re
import unicodedata

ARTICLE_PREFIXES = ("al", "as", "ad", "an", "ar", "at", "az", "ash", "ath", "el", "en", "es", "ul")
DESCRIPTOR_WORDS = frozenset(
    {"province", "governorate", "state", "district", "region", "county", "prefecture", "oblast"}
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʿ": "'", "ʾ": "'", "´": "'"})
_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_SPACES = re.compile(r"\s+")


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


def keys(name: str) -> set[str]:
    """Every lookup key a gazetteer name is filed under."""
    folded = fold(name)
    if not folded:
        return set()
    found = {folded, strip_article(folded)}
    found |= {key.replace(" ", "") for key in list(found) if " " in key}
    return {key for key in found if key}


def query_keys(text: str) -> list[str]:
    """The keys to try for a name as written, best first (exact, no article, spelling variants)."""
    folded = fold(text)
    stripped = strip_article(folded)
    tried = [folded, stripped, stripped.replace(" ", "")]
    for key in (folded, stripped):
        # Basrah/Basra, Fallujah/Falluja: transliterations differ in a final h.
        tried.append(key[:-1] if key.endswith("ah") else key + "h" if key.endswith("a") else key)
    seen: list[str] = []
    for key in tried:
        if key and key not in seen:
            seen.append(key)
    return seen


def without_descriptor(text: str) -> tuple[str, bool]:
    """Split "Anbar province" into ("Anbar", True): the bare name and whether a region was named."""
    words = text.split()
    if len(words) > 1 and words[-1].casefold() in DESCRIPTOR_WORDS:
        return " ".join(words[:-1]), True
    if len(words) > 2 and words[0].casefold() == "the" and words[-1].casefold() in DESCRIPTOR_WORDS:
        return " ".join(words[1:-1]), True
    return text, False
