"""First person inside quotations: "I" is the quoted speaker, "we" the speaker's side, found
from the reporting verb of the same sentence, the quote just before, a colon ("X said:"), or
the teller of the paragraph before a quotation that opens its own paragraph.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from facta.actors.word_files import word_kinds
from facta.analysis_state import Mention
from facta.models import Actor
from facta.token_view import Tokens

OPENING = frozenset({"“", "``"})
CLOSING = frozenset({"”", "''"})
STRAIGHT = frozenset({'"'})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SPEAKER_KINDS = frozenset({"name", "group", "metonym", "nominal", "pronoun", "alias", "title"})


@dataclass(frozen=True)
class QuoteWords:
    speech: frozenset[str]
    singular: frozenset[str]
    plural: frozenset[str]


@lru_cache(maxsize=1)
def quote_words() -> QuoteWords:
    """The shipped quotes.tsv, read once."""
    kinds = word_kinds("quotes.tsv")
    return QuoteWords(
        kinds.get("speech", frozenset()),
        kinds.get("singular", frozenset()),
        kinds.get("plural", frozenset()),
    )


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges between quotation marks; an unclosed quote ends with its paragraph."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    view = Tokens.of(doc)
    for index, text in enumerate(view.text):
        if opened is None and (text in OPENING or text in STRAIGHT):
            opened = index + 1
        elif opened is not None and (text in CLOSING or text in STRAIGHT):
            spans.append((opened, index))
            opened = None
        elif opened is not None and "\n" in view.spaced[index]:
            spans.append((opened, index + 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(doc)))
    return [span for span in spans if span[1] > span[0]]


def link_quoted(doc: Doc, mentions: list[Mention], person_ids: set[str]) -> list[Mention]:
    """Mentions for I/we (me, my, us, our…) inside quotations whose speaker is known."""
    words = quote_words()
    spans = quote_spans(doc)
    if not spans:
        return []
    starts = [span[0] for span in spans]
    firsts: dict[int, list[Token]] = {}
    pronouns = (doc[i] for i, pos in enumerate(Tokens.of(doc).pos) if pos == "PRON")
    for token in pronouns:
        if is_first_person(token, words):
            number = bisect_right(starts, token.i) - 1
            if number >= 0 and token.i < spans[number][1]:
                firsts.setdefault(number, []).append(token)
    if not firsts:
        return []
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    inside = {i for start, end in spans for i in range(start, end)}
    speakers: dict[int, Mention | None] = {}
    sentences = [sent.start for sent in doc.sents]
    found: list[Mention] = []
    for number in range(len(spans)):
        speakers[number] = speaker_of(
            doc, spans, number, speakers, by_token, inside, words, sentences
        )
        speaker = speakers[number]
        if speaker is None:
            continue
        for token in firsts.get(number, []):
            actor = speaker_actor(speaker, token, words, mentions, person_ids)
            if actor is not None:
                found.append(Mention(token.i, token.i + 1, actor, "pronoun"))
    return found


def is_first_person(token: Token, words: QuoteWords) -> bool:
    if token.text == "I":
        return True
    if token.text in {"US", "U.S."}:
        return False  # the country
    return token.lower_ in words.singular - {"i"} or token.lower_ in words.plural


def speaker_of(
    doc: Doc,
    spans: list[tuple[int, int]],
    number: int,
    speakers: dict[int, Mention | None],
    by_token: dict[int, Mention],
    inside: set[int],
    words: QuoteWords,
    sentences: list[int],
) -> Mention | None:
    """Who says the quotation: a reporting verb outside the quotes in its sentences; else the
    speaker of the quotation just before, at most one sentence back in the same paragraph;
    else the sentence before, when a colon leads into the quotation."""
    start, end = spans[number]
    first = bisect_right(sentences, start) - 1
    last = bisect_right(sentences, end - 1) - 1
    region = doc[sentences[first] : sentence_end(doc, sentences, last)]
    found = reporting_subject(region, start, by_token, inside, words)
    if found is not None:
        return found
    if number > 0 and speakers.get(number - 1) is not None:
        previous_end = spans[number - 1][1]
        if (
            same_paragraph(doc, previous_end, start)
            and first - (bisect_right(sentences, previous_end - 1) - 1) <= 1
        ):
            return speakers[number - 1]
    following = last + 1
    if (
        following < len(sentences)
        and same_paragraph(doc, end, sentences[following])
        and (sentences[following] - end <= 2)
    ):  # '"We will fight." | the spokesman said.' split by the parser after the quote
        after = doc[sentences[following] : sentence_end(doc, sentences, following)]
        found = reporting_subject(after, end, by_token, inside, words, bare=True)
        if found is not None:
            return found
    if first > 0 and start > 1 and ":" in (doc[start - 1].text, doc[start - 2].text):
        before = doc[sentences[first - 1] : sentences[first]]
        if before[-1].text == ":" or doc[start - 2].text == ":":
            return reporting_subject(before, start, by_token, inside, words)
    if first > 0 and start > 1 and _opens_paragraph(doc, start - 1):
        # 'X told reporters that ... | "So we urge all sides to ..."': a quotation that opens
        # its paragraph and names no speaker goes on from the teller of the paragraph before
        before = doc[sentences[first - 1] : sentences[first]]
        return reporting_subject(before, start, by_token, inside, words)
    return None


def _opens_paragraph(doc: Doc, mark: int) -> bool:
    """Whether the token at `mark` (an opening quotation mark) begins a paragraph."""
    before = doc[mark - 1]
    return before.is_space or "\n" in before.text_with_ws


def sentence_end(doc: Doc, sentences: list[int], number: int) -> int:
    return sentences[number + 1] if number + 1 < len(sentences) else len(doc)


def same_paragraph(doc: Doc, first: int, second: int) -> bool:
    return not any("\n" in token.text_with_ws for token in doc[first:second])


def reporting_subject(
    region,
    near: int,
    by_token: dict[int, Mention],
    inside: set[int],
    words: QuoteWords,
    bare: bool = False,
) -> Mention | None:
    """The actor subject of the reporting verb in the region closest to the quotation; with
    `bare`, only a verb that reports nothing else ("the spokesman said.", not "said that…")."""
    verbs = [
        t
        for t in region
        if t.i not in inside
        and t.lemma_.lower() in words.speech
        and t.pos_ in {"VERB", "AUX"}
        and not (bare and any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in t.children))
    ]
    for verb in sorted(verbs, key=lambda t: abs(t.i - near)):
        for child in verb.children:
            if child.dep_ not in SUBJECT_DEPS or child.i in inside:
                continue
            for index in (
                child.i,
                *(c.i for c in child.children if c.dep_ in {"compound", "appos"}),
            ):
                mention = by_token.get(index)
                if mention is not None and mention.kind in SPEAKER_KINDS:
                    return mention
    return None


def speaker_actor(
    speaker: Mention, token: Token, words: QuoteWords, mentions: list[Mention], person_ids: set[str]
) -> Actor | None:
    """'I' is the speaker; 'we' the side the speaker speaks for: the organisation, group or
    state named with the same code in the article, else the speaker's code without a name."""
    actor = speaker.actor
    rule = f"quote:{actor.text}"
    singular = token.lower_ in words.singular or token.text == "I"
    if singular or (actor.entity is not None and actor.entity not in person_ids):
        return replace(actor, text=token.text, rule=rule)
    side = next(
        (
            m.actor
            for m in reversed(mentions)
            if m.actor.code == actor.code
            and m.actor.entity not in person_ids
            and m.kind in {"name", "group", "nominal"}
            and m.start < token.i
        ),
        None,
    )
    return replace(
        actor,
        name=side.name if side else None,
        text=token.text,
        entity=side.entity if side else None,
        rule=rule,
    )
