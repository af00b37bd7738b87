"""The token attributes whole-document scans read (`Tokens`), copied out of a Doc once and
shared by the stages: reading them from lists is many times faster than from spaCy tokens."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

CLOSED_CLASSES = frozenset({"DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT"})
USER_DATA_KEY = "facta_tokens"


@dataclass
class Tokens:
    """The token attributes the scans read, copied out of the Doc once (Doc indexing is slow)."""

    text: list[str]
    spaced: list[str]
    lower: list[str]
    pos: list[str]
    tag: list[str]
    lemma: list[str]
    iob: list[str]
    label: list[str]
    first: list[bool]  # the token opens its sentence

    @classmethod
    def of(cls, doc: Doc) -> Tokens:
        """The Doc's view, copied on first use and kept in its user_data: the stages read the
        parse and never change it."""
        kept = doc.user_data.get(USER_DATA_KEY)
        if isinstance(kept, Tokens) and len(kept) == len(doc):
            return kept
        view = cls.copied(doc)
        doc.user_data[USER_DATA_KEY] = view
        return view

    @classmethod
    def copied(cls, doc: Doc) -> Tokens:
        tokens = list(doc)
        return cls(
            [t.text for t in tokens],
            [t.text_with_ws for t in tokens],
            [t.lower_ for t in tokens],
            [t.pos_ for t in tokens],
            [t.tag_ for t in tokens],
            [t.lemma_ for t in tokens],
            [t.ent_iob_ for t in tokens],
            [t.ent_type_ for t in tokens],
            [bool(t.is_sent_start) for t in tokens],
        )

    def __len__(self) -> int:
        return len(self.text)

    def words(self, start: int, end: int) -> str:
        return "".join(self.spaced[start:end]).strip()

    def proper(self, index: int) -> bool:
        """Tagged a proper noun, or capitalised inside a sentence whatever the tag: the tagger
        calls "Sana'a" an adverb."""
        if self.pos[index] == "PROPN":
            return True
        return (
            self.upper(index)
            and not self.first[index]
            and self.pos[index] not in CLOSED_CLASSES
            and self.text[index][1:2].islower()
        )

    def upper(self, index: int) -> bool:
        return 0 <= index < len(self.text) and self.text[index][:1].isupper()

    def entity_bounds(self, index: int) -> tuple[int, int]:
        """First and last token of the entity covering token `index`."""
        first = last = index
        while first > 0 and self.iob[first] == "I":
            first -= 1
        while last + 1 < len(self.iob) and self.iob[last + 1] == "I":
            last += 1
        return first, last
