"""Where a capitalised name runs in the token view the place scans read (`Tokens`):
its joiners ("al-", "-e-", "-on-") and the place nouns that introduce it ("the town of").
"""

from __future__ import annotations

import re

from facta.places.names import ARTICLE_PREFIXES
from facta.token_view import Tokens

ARTICLE = re.compile(rf"^(?:{'|'.join(ARTICLE_PREFIXES)})[-‐ ]")
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "province",
        "district",
        "region",
        "port",
        "capital",
        "camp",
        "area",
        "state",
        "island",
        "border",
        "outskirts",
        "suburb",
        "neighbourhood",
        "neighborhood",
        "hamlet",
        "settlement",
        "county",
        "municipality",
        "commune",
        "locality",
        "oasis",
    }
)
NAME_JOINERS = frozenset(
    {"-", "al", "el", "ez", "ad", "as", "ash", "an", "ar", "at", "az", "of", "de", "du", "da", "do"}
    | {"e", "i", "ye", "ul", "ud"}  # Persian and Urdu joins: "Mazar-e Sharif", "Dera-ul-Ghazi"
)


def name_run(tokens: Tokens, start: int) -> int:
    """End of the capitalised name starting at `start` ("Deir ez-Zor", "al-Fallujah")."""
    end = start
    while (
        end < len(tokens)
        and end - start < 6
        and (
            tokens.upper(end)
            or (
                end > start
                and (tokens.text[end] in NAME_JOINERS or hyphenated_word(tokens, end))
                and capital_follows(tokens, end + 1)
            )
            or (end == start and ARTICLE.match(tokens.text[end] + " ") is not None)
        )
    ):
        end += 1
    while end > start and not tokens.text[end - 1][:1].isalnum():
        end -= 1
    return end


def hyphenated_word(tokens: Tokens, index: int) -> bool:
    """A short lower-case word between hyphens inside a name: "Port-au-Prince",
    "Rostov-on-Don", "Aix-en-Provence"."""
    return (
        0 < index < len(tokens) - 1
        and tokens.text[index - 1] == "-"
        and tokens.text[index + 1] == "-"
        and tokens.text[index].isalpha()
        and tokens.text[index].islower()
        and len(tokens.text[index]) <= 4
    )


def capital_follows(tokens: Tokens, index: int) -> bool:
    """A capitalised word comes next, perhaps after more joiners ("i", "-", then "Sharif")."""
    for look in (index, index + 1, index + 2):
        if tokens.upper(look):
            return True
        if look >= len(tokens) or not (
            tokens.text[look] in NAME_JOINERS or hyphenated_word(tokens, look)
        ):
            return False
    return False


def after_place_noun(tokens: Tokens, index: int) -> int:
    """Skip "the", "the southern city of", "the town of" before a name."""
    start = index
    while index < len(tokens) and (
        tokens.lower[index] in {"the", "a"} or tokens.pos[index] == "ADJ"
    ):
        index += 1
    if (
        index + 1 < len(tokens)
        and tokens.lower[index] in PLACE_NOUNS
        and tokens.text[index].islower()  # "the Port of Beirut", "Port of Spain" are names
        and (tokens.lower[index + 1] == "of")
    ):
        return index + 2
    return start if index == start else (index if tokens.upper(index) else start)


def name_start(tokens: Tokens, index: int, longest: int) -> int:
    """First token of the capitalised name that ends just before `index`, joiners included
    ("Ain al-Asad", "Shar-e Naw")."""
    start = index
    while (
        start > 0
        and index - start < longest
        and (
            tokens.upper(start - 1)
            or (
                start - 1 > 0
                and (tokens.text[start - 1] in NAME_JOINERS or hyphenated_word(tokens, start - 1))
                and (tokens.upper(start - 2) or tokens.text[start - 2] in NAME_JOINERS)
            )
        )
    ):
        start -= 1
    while start < index and tokens.text[start] in NAME_JOINERS:
        start += 1
    return start
