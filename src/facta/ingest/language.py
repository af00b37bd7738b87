"""Tell an article's language from its function words (and its script for non-Latin text).

Cheap and offline: facta codes English, so what matters is telling English from the rest.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_FOREIGN_HITS = 6

# Scripts that settle the language (or family) without counting words.
SCRIPT_LANGUAGES = {
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "CJK": "zh",
    "HEBREW": "he",
    "GREEK": "el",
    "DEVANAGARI": "hi",
    "THAI": "th",
    "BENGALI": "bn",
    "TAMIL": "ta",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
}


@lru_cache(maxsize=1)
def stopword_profiles() -> dict[str, frozenset[str]]:
    text = resources.files("facta.data.ingest").joinpath("stopwords.tsv").read_text("utf-8")
    profiles: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, words = line.split("\t", 1)
        profiles[code] = frozenset(words.split())
    return profiles


def dominant_script(words: list[str]) -> str | None:
    """The non-Latin script most letters are written in, when most of them are."""
    counts: dict[str, int] = {}
    letters = 0
    for word in words:
        if word.isascii():  # letters of the Latin alphabet: counted without a name lookup
            letters += len(word)
            continue
        for char in word:
            letters += 1
            name = unicodedata.name(char, "")
            script = name.split(" ", 1)[0]
            if script.startswith("CJK"):
                script = "CJK"
            if script != "LATIN":
                counts[script] = counts.get(script, 0) + 1
    if not letters or not counts:
        return None
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count / letters > 0.5 else None


def detect_language(text: str, sample_chars: int = 4000) -> tuple[str | None, float]:
    """Return (ISO 639-1 code or None, confidence 0..1) for the start of `text`."""
    # Capitalised words are names and datelines ("LOS ANGELES"), not function words.
    words = [
        w.lower() for w in WORD.findall(text[:sample_chars]) if not (w.isupper() and len(w) > 1)
    ]
    script = dominant_script(words)
    if script in SCRIPT_LANGUAGES and sum(map(len, words)) >= 5:
        return SCRIPT_LANGUAGES[script], 0.9
    if len(words) < 3:
        return None, 0.0
    candidates = stopword_profiles()
    if script == "CYRILLIC":
        candidates = {k: v for k, v in candidates.items() if k in {"ru", "uk"}}
    elif script == "ARABIC":
        candidates = {k: v for k, v in candidates.items() if k in {"ar", "fa"}}
    counts = Counter(words)  # each distinct word looked up once per language
    scores = {
        code: sum(n for w, n in counts.items() if w in profile) / len(words)
        for code, profile in candidates.items()
    }
    best = max(scores, key=scores.__getitem__)
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == 0:
        return (None, 0.0) if script is None else (script.lower()[:2], 0.3)
    hits = round(ranked[0] * len(words))
    few = hits < 3 or ranked[0] < 0.15 or (hits < MIN_FOREIGN_HITS and ranked[0] < 0.3)
    if best != "en" and script is None and few:
        return None, 0.0  # too few function words to call it foreign: tables, lists, notices
    margin = ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0)
    return best, round(min(1.0, margin / max(ranked[0], 1e-9)), 2)
