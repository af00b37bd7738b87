"""Garbage is not an article: a text made mostly of symbols (quote marks, emoji, rules of
dashes), or a long one with no common word of any language (byte noise read as Windows-1252).
"""

from __future__ import annotations

import unicodedata

from facta.ingest.language import WORD, stopword_profiles
from facta.models import Article, Failure

MIN_LETTER_SHARE = 0.25  # of the visible characters; below it the text is symbols, not prose
MIN_WORDS_TO_JUDGE = 40  # fewer words may be a list of names, a dateline, a short notice
SAMPLE_CHARS = 100_000  # judged on the start of a text


def not_prose(item: Article | Failure) -> Failure | None:
    """A Failure for an article whose text is not prose; None for prose (and for a Failure)."""
    if isinstance(item, Failure):
        return None
    text = item.text[:SAMPLE_CHARS]
    visible = len(text) - sum(text.count(space) for space in " \n\t")
    letters = sum(map(str.isalpha, text))
    if visible and letters < MIN_LETTER_SHARE * visible:
        share = round(100 * letters / visible)
        return Failure(
            item.origin or f"article {item.id}",
            f"not prose: only {share}% of its characters are letters",
        )
    if not_words(text):
        return Failure(
            item.origin or f"article {item.id}",
            f"not prose: {MIN_WORDS_TO_JUDGE} words or more and none is a common word of any "
            "language facta knows",
        )
    return None


def not_words(sample: str) -> bool:
    """Whether a sample of Latin-script words holds no function word of any known language."""
    # one-letter words are left out: noise read as Windows-1252 has many, and some ('à', 'y')
    # are function words somewhere
    words = [word.lower() for word in WORD.findall(sample) if len(word) > 1]
    if len(words) < MIN_WORDS_TO_JUDGE or not mostly_latin("".join(words[:200])):
        return False  # too short to judge, or a script the language step settles
    common = frozenset().union(*stopword_profiles().values())
    return not any(word in common for word in words)


def mostly_latin(letters: str) -> bool:
    latin = sum(
        1 for ch in letters if ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")
    )  # the words hold letters only, and an ASCII letter is Latin
    return latin > len(letters) / 2
