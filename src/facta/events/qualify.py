"""Event qualifiers: modality (negated, future, hypothetical), attribution and date of an event.

The event coder calls these once per event with the spaCy token of the event's predicate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Span, Token

from facta.analysis_state import Analysis
from facta.errors import KnowledgeError
from facta.models import Actor, Attribution, Modality, actor_code

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "qualify"
MAX_HOPS = 8
QUOTES = frozenset({'"', "“", "”"})


@lru_cache(maxsize=8)
def _load(name: str) -> dict[str, Any]:
    path = DATA_DIR / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeError(f"Cannot read qualifier cues from {name}: {error}.") from error
    return {
        key: frozenset(value) if isinstance(value, list) else value for key, value in data.items()
    }


def _cues(name: str, key: str) -> Any:
    return _load(name)[key]


# ---------------------------------------------------------------- modality


@dataclass
class _Flags:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    would: bool = False  # "would" alone: future when promised or reported, else hypothetical
    promised: bool = False  # a future governor sits above the event
    reported: bool = False  # the clause is what a reporting verb says ("said he would ask")


def assess_modality(trigger: Token) -> Modality:
    """Negated, future or hypothetical, from the trigger's own words and the verbs above it."""
    flags = _Flags()
    _own_cues(trigger, flags, carry_negation=True)
    _conditional_cues(trigger, flags)
    node, carry_negation = trigger, True
    for _ in range(MAX_HOPS):
        step = _climb(node, flags, carry_negation, trigger)
        if step is None:
            break
        node, carry_negation = step
    if flags.would and not flags.hypothetical:
        if flags.promised or flags.reported:
            flags.future = True  # future in the past: "promised that Iran would", "said he would"
        else:
            flags.hypothetical = True
    if _is_question(trigger):
        flags.hypothetical = True
    return Modality(flags.negated, flags.future, flags.hypothetical)


def _own_cues(token: Token, flags: _Flags, carry_negation: bool) -> None:
    """Auxiliaries and negation words attached to one verb or noun."""
    names = "modality.yaml"
    children = list(token.children)
    negated = any(
        child.dep_ == "neg"
        or (child.lower_ in _cues(names, "negation_words") and child.dep_ == "det")
        for child in children
    ) or any(child.lower_ == "longer" and _has_child(child, "no") for child in children)
    if negated and carry_negation:
        flags.negated = not flags.negated
    for child in children:
        if child.dep_ not in {"aux", "auxpass"}:
            continue
        word = child.lower_
        if word in _cues(names, "future_auxiliaries"):
            flags.future = True
        elif word == "would":
            flags.would = True
        elif word == "could" and negated:
            continue  # "could not control": an actual failure, not a possibility
        elif word in _cues(names, "hypothetical_auxiliaries"):
            flags.hypothetical = True
    if token.pos_ == "NOUN":
        _modifier_cues(token, flags, carry_negation)


def _modifier_cues(noun: Token, flags: _Flags, carry_negation: bool) -> None:
    """Adjectives on a nominal event: "a planned visit", "possible strikes", "cancelled talks"."""
    names = "modality.yaml"
    for child in noun.children:
        if child.dep_ not in {"amod", "compound"}:
            continue
        word = child.lower_
        if word in _cues(names, "negating_modifiers") and carry_negation:
            flags.negated = not flags.negated
        elif word in _cues(names, "future_modifiers"):
            flags.future = True
        elif word in _cues(names, "hypothetical_modifiers"):
            flags.hypothetical = True


def _has_child(token: Token, word: str) -> bool:
    return any(child.lower_ == word for child in token.children)


def _conditional_cues(token: Token, flags: _Flags, own_mark: bool = True) -> None:
    """ "if"/"unless" on the clause itself, on a clause attached to it, or on its complement
    ("threatened to pull out if sanctions were imposed": a conditional threat)."""
    markers = _cues("modality.yaml", "conditional_markers")
    if own_mark and any(
        child.dep_ == "mark" and child.lower_ in markers for child in token.children
    ):
        flags.hypothetical = True
    complements = [child for child in token.children if child.dep_ == "xcomp"]
    for clause in (token, *complements):
        for child in clause.children:
            if child.dep_ == "advcl" and any(
                grand.dep_ == "mark" and grand.lower_ in markers - {"whether"}
                for grand in child.children
            ):
                flags.hypothetical = True


def _is_question(trigger: Token) -> bool:
    for token in trigger.doc[trigger.i + 1 : _sentence(trigger).end]:
        if token.text == "?":
            return True
        if token.text in {".", "!"}:
            return False
    return False


def _climb(
    node: Token, flags: _Flags, carry_negation: bool, origin: Token
) -> tuple[Token, bool] | None:
    """Apply what the governor of `node` says about it; return the next node, or None."""
    head, relation = node.head, node.dep_
    if head == node:
        return None
    if relation == "relcl" and _is_infinitive(node):
        relation = "acl"  # "promises to stop arming" is sometimes parsed as a relative clause
    if relation == "conj":
        if _shares_auxiliaries(node):
            _own_cues(head, flags, carry_negation)
        return head, carry_negation
    if relation == "advcl":
        markers = _cues("modality.yaml", "conditional_markers")
        if any(child.dep_ == "mark" and child.lower_ in markers for child in node.children):
            return None  # "if Iran stops...": the condition is open, not the main clause's tense
        _own_cues(head, flags, carry_negation=False)
        return head, False
    if relation in {"pcomp", "pobj"} and head.dep_ == "prep":
        return _climb_preposition(node, head, flags, carry_negation)
    if relation in {"xcomp", "ccomp", "acl"}:
        if _is_speech_boundary(head, relation):
            flags.reported = True
            return None
        is_cue = _governor_cues(head, relation, flags, carry_negation)
        if relation == "xcomp" or is_cue:
            _own_cues(head, flags, carry_negation)
        if relation == "xcomp":
            _conditional_cues(head, flags, own_mark=False)
        if head.pos_ in {"VERB", "AUX", "ADJ"}:
            return head, carry_negation
        return (head, carry_negation) if is_cue else None
    if relation in {"dobj", "nsubj", "nsubjpass", "attr"} and (
        node == origin or _is_cue_noun(node)
    ):
        if node.pos_ not in {"NOUN", "PROPN"} or _is_speech_boundary(head, relation):
            return None
        _governor_cues(head, relation, flags, carry_negation)
        _own_cues(head, flags, carry_negation)
        return head, carry_negation
    return None


def _is_infinitive(verb: Token) -> bool:
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in children
    )


def _is_cue_noun(token: Token) -> bool:
    names = "modality.yaml"
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and any(
        lemma in _cues(names, key)
        for key in ("negating_nouns", "future_nouns", "hypothetical_nouns")
    )


def _climb_preposition(
    node: Token, preposition: Token, flags: _Flags, carry_negation: bool
) -> tuple[Token, bool] | None:
    names = "modality.yaml"
    governor = preposition.head
    word = preposition.lower_
    if word in _cues(names, "negating_prepositions") and carry_negation:
        flags.negated = not flags.negated
    if word == "from" and governor.lemma_.lower() in _cues(names, "preventing_governors"):
        if carry_negation:
            flags.negated = not flags.negated
        return governor, carry_negation
    if governor == preposition or _is_speech_boundary(governor, "prep"):
        return None
    is_noun = governor.pos_ in {"NOUN", "PROPN"}
    if is_noun and not _is_cue_noun(governor):
        return None
    if word == "to" or is_noun and word == "of":
        _governor_cues(governor, "xcomp", flags, carry_negation)
    _own_cues(governor, flags, carry_negation)
    return governor, carry_negation


def _shares_auxiliaries(verb: Token) -> bool:
    """A conjoined verb with no subject or auxiliary of its own shares those of its head."""
    if verb.tag_ not in {"VB", "VBG", "VBN"} and verb.pos_ not in {"NOUN", "PROPN"}:
        return False
    own = {"nsubj", "nsubjpass", "aux", "auxpass"}
    return not any(child.dep_ in own for child in verb.children)


def _is_speech_boundary(head: Token, relation: str) -> bool:
    """Reporting verbs end modality: "Iran did not say it attacked" leaves the attack alone."""
    lemma = head.lemma_.lower()
    if lemma in _cues("modality.yaml", "directive_only_with_infinitive") and relation == "xcomp":
        return False
    if lemma in _cues("modality.yaml", "negating_governors") | _cues(
        "modality.yaml", "hypothetical_governors"
    ):
        return False  # "denied arming", "warned it would strike": the cue is the modality
    return lemma in _cues("attribution.yaml", "speech_verbs")


def _governor_cues(head: Token, relation: str, flags: _Flags, carry_negation: bool) -> bool:
    """The lexical meaning of the governing verb or noun: deny, promise, ask, threaten...

    Returns whether the governor is such a cue word."""
    names = "modality.yaml"
    lemma = head.lemma_.lower()
    is_noun = head.pos_ in {"NOUN", "PROPN"}
    negating = _cues(names, "negating_nouns" if is_noun else "negating_governors")
    future = _cues(names, "future_nouns" if is_noun else "future_governors")
    hypothetical = _cues(names, "hypothetical_nouns" if is_noun else "hypothetical_governors")
    if lemma in negating:
        if carry_negation:
            flags.negated = not flags.negated
    elif lemma in future and (lemma != "go" or head.lower_ == "going"):
        flags.future = True
        flags.promised = True
    elif lemma in hypothetical or (
        lemma in _cues(names, "directive_only_with_infinitive") and relation == "xcomp"
    ):
        flags.hypothetical = True
    else:
        return False
    return True


# ---------------------------------------------------------------- attribution


@dataclass(frozen=True)
class _Source:
    head: Token | None  # the noun or name of the source, None for "it is said"
    cue: str
    anonymous: bool
    text: str | None


def find_attribution(trigger: Token, analysis: Analysis) -> Attribution:
    """Who asserts the event: reporting verbs and "according to" above it, outermost first."""
    sources = _sources_on_path(trigger)
    if not sources and _inside_quote(trigger):
        sources = _quote_sources(trigger)
    if not sources and _is_speech_verb(trigger):
        sources = _own_statement(trigger)
    if not sources:
        return Attribution()
    outer = sources[0]
    speaker = _speaker(outer.head, trigger, analysis) if outer.head is not None else None
    chain = tuple(source.text or source.cue for source in sources)
    return Attribution(
        speaker=speaker,
        text=outer.text,
        anonymous=outer.anonymous,
        cue=outer.cue,
        chain=chain,
    )


def _speaker(head: Token, trigger: Token, analysis: Analysis) -> Actor | None:
    """The actor the actor stage found in the source's words ("an Amnesty report" -> Amnesty).

    An official source with a sector but no country ("a civil aviation official", "a
    government statement") takes the country of the first actor the sentence names, as
    readers do: "Pakistan closed its airspace, a civil aviation official said" -> PAKGOV."""
    span = _name_span(head)
    for index in (head.i, *(t.i for t in reversed(span) if t.i != head.i)):
        mention = analysis.mention_at(index)
        if mention is not None:
            break
    else:
        return None
    actor = mention.actor
    words = {token.lower_ for token in span}
    indefinite = words & _cues("attribution.yaml", "indefinite_determiners")
    if actor.country is not None or not indefinite:
        return actor  # "the official" points back to someone named earlier: the actor stage's job
    if not words & _cues("attribution.yaml", "official_authors"):
        return actor
    for token in _sentence(trigger):
        other = analysis.mention_at(token.i)
        if other is not None and other is not mention and other.actor.country is not None:
            country = other.actor.country
            return replace(
                actor,
                country=country,
                code=actor_code(country, actor.sectors),
                rule=f"{actor.rule or ''}+speaker country from sentence".lstrip("+"),
            )
    return actor


def _sources_on_path(trigger: Token) -> list[_Source]:
    """Climb from the trigger to the sentence root, collecting reports, outermost first.

    "According to" names the article's own source, so it goes outside any reporting verb
    whatever clause the parser hung it on."""
    speech: list[_Source] = []
    according: list[_Source] = []
    child, node = trigger, trigger
    for _ in range(2 * MAX_HOPS):
        if node != trigger:
            source = _speech_source(node, child)
            if source is not None:
                speech.append(source)
        for parenthetical in node.children:
            if parenthetical == child or parenthetical.dep_ != "parataxis":
                continue
            if _is_speech_verb(parenthetical):
                inner = [c for c in parenthetical.children if c.dep_ == "xcomp"]
                for verb in (*filter(_is_speech_verb, inner), parenthetical):
                    source = _speech_source(verb, None)
                    if source is not None:
                        speech.append(source)  # innermost first: "is said to have told"
        according.extend(_according_to(node, child))
        if node.head == node or child.dep_ in {"nsubj", "nsubjpass"} and node != trigger:
            break
        child, node = node, node.head
    if not according:
        according = _framing_according(trigger)
    return list(reversed(according)) + list(reversed(speech))


def _own_statement(verb: Token) -> list[_Source]:
    """A statement event with no outer source is asserted by its own speaker: "a senior
    official warned" is an anonymous warning."""
    subject = _subject(verb)
    if subject is None or any(child.dep_ == "auxpass" for child in verb.children):
        return []
    return [_describe(subject, verb.text.lower(), verb)]


def _is_speech_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in _cues(
        "attribution.yaml", "speech_verbs"
    )


def _speech_source(verb: Token, child: Token | None) -> _Source | None:
    """A reporting or accusing verb, when the path reaches it through what it reports."""
    names = "attribution.yaml"
    lemma = verb.lemma_.lower()
    relation = child.dep_ if child is not None else "ccomp"
    if lemma in _cues(names, "speech_verbs") and verb.pos_ in {"VERB", "AUX"}:
        reporting = relation in {"ccomp", "parataxis", "xcomp", "dobj", "oprd"}
    elif lemma in _cues(names, "accusation_verbs"):
        reporting = (
            relation == "prep"
            and child is not None
            and (child.lower_ in _cues(names, "accusation_prepositions"))
        )
    else:
        return None
    if not reporting or any(grand.dep_ == "neg" for grand in verb.children):
        return None  # "he did not mention that...": nobody asserts the content
    if child is not None and any(
        mark.dep_ == "mark" and mark.lower_ not in {"that", "whether", "if"}
        for mark in child.children
    ):
        return None  # "as Bergner provided...": a time clause the parser took for speech
    cue = verb.text.lower()
    if any(grand.dep_ == "auxpass" for grand in verb.children):
        agent = _agent(verb)
        if agent is None:
            auxiliary = next(grand for grand in verb.children if grand.dep_ == "auxpass")
            return _Source(None, f"{auxiliary.lower_} {cue}", True, None)
        return _describe(agent, cue, verb)
    subject = _subject(verb)
    if subject is None:
        return None
    if subject.tag_ in {"WP", "WDT"}:
        clause = next((t for t in verb.ancestors if t.dep_ == "relcl"), verb)
        subject = clause.head if clause.dep_ == "relcl" else subject
    return _describe(subject, cue, verb)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or its controller's for "is said to have told", "agreed to say"."""
    for candidate in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        for child in candidate.children:
            if child.dep_ == "nsubj" or child.dep_ == "nsubjpass" and candidate != verb:
                return child
    return None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
    return None


def _according_to(node: Token, came_from: Token) -> list[_Source]:
    children = [c for c in node.children if c != came_from and c.lower_ == "according"]
    return [source for source in map(_according_source, children) if source is not None]


def _framing_according(trigger: Token) -> list[_Source]:
    """ "According to X, ..." opening the sentence or ", according to X." closing it frames the
    whole sentence, wherever the parser attached it."""
    sentence = _sentence(trigger)
    for token in sentence:
        if token.lower_ != "according" or _inside_quote(token):
            continue
        rest = sentence.doc[token.right_edge.i + 1 : sentence.end]
        first = token.i == sentence.start
        before = [t.text for t in sentence.doc[max(sentence.start, token.i - 2) : token.i]]
        after_comma = before[-1:] == [","] or before[-2:] in ([",", '"'], [",", "”"])
        last = after_comma and all(t.is_punct or t.is_space for t in rest)
        if first or last:
            source = _according_source(token)
            return [source] if source is not None else []
    return []


def _according_source(according: Token) -> _Source | None:
    """The source an "according to" names; a document "given by" someone names that someone."""
    to = next((child for child in according.children if child.lower_ == "to"), None)
    target = next((child for child in to.children if child.dep_ == "pobj"), None) if to else None
    if target is None:
        return None
    if target.lemma_.lower() in _cues("attribution.yaml", "document_nouns"):
        agents = [t for t in target.subtree if t.dep_ == "pobj" and t.head.dep_ == "agent"]
        target = agents[0] if agents else target
    return _describe(target, "according to")


def _describe(head: Token, cue: str, verb: Token | None = None) -> _Source:
    """Name the source in a few words and decide whether it is anonymous."""
    named = next(
        (child for child in head.children if child.dep_ == "appos" and child.pos_ == "PROPN"), None
    )
    if named is not None and head.pos_ != "PROPN":
        head = named
    span = _name_span(head)
    around = list(head.subtree)
    if verb is not None:  # "told reporters on condition of anonymity"
        around += [t for c in verb.children if c.dep_ == "prep" for t in c.subtree]
    markers = _cues("attribution.yaml", "anonymity_markers")
    anonymous = any(token.lower_ in markers for token in around) or _is_anonymous(head, span)
    return _Source(head, cue, anonymous, span.text)


def _is_anonymous(head: Token, span: Span) -> bool:
    """Unnamed and indefinite ("a US official", "two diplomats", "Libyan officials"), or an
    always-anonymous role ("the official", "sources"); names and institutions are not."""
    names = "attribution.yaml"
    if head.pos_ != "NOUN" or any(child.dep_ == "poss" for child in head.children):
        return False
    if any(t.pos_ == "PROPN" and t.ent_type_ not in {"GPE", "NORP", "LOC"} for t in span):
        return False  # "a UN panel", "an Amnesty report"
    lemma = head.lemma_.lower()
    if lemma in _cues(names, "document_nouns"):
        return not {t.lower_ for t in span} & _cues(names, "official_authors")
    if lemma in _cues(names, "anonymous_source_nouns"):
        return True
    determiner = next((c.lower_ for c in head.children if c.dep_ in {"det", "predet"}), None)
    if determiner in _cues(names, "indefinite_determiners"):
        return True
    counted = any(child.dep_ == "nummod" for child in head.children)
    return counted or (determiner is None and head.tag_ == "NNS")


def _name_span(head: Token) -> Span:
    """The head noun with its determiners, modifiers and compound names, without clauses."""
    keep = {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet", "case"}
    start = head.i
    for child in head.lefts:
        if child.dep_ in keep:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in {"compound", "flat"} and child.i == end:
            end = child.i + 1
    return head.doc[start:end]


def _inside_quote(token: Token) -> bool:
    """An odd number of quotation marks between the paragraph start and the token."""
    doc, marks = token.doc, 0
    for index in range(token.i - 1, -1, -1):
        before = doc[index]
        if "\n" in before.text_with_ws:
            break
        marks += sum(before.text.count(mark) for mark in QUOTES)
    return marks % 2 == 1


def _same_paragraph(first: Token, second: Token) -> bool:
    low, high = sorted((first.i, second.i))
    return not any("\n" in token.text_with_ws for token in first.doc[low:high])


def _quote_sources(trigger: Token) -> list[_Source]:
    """A quotation's speaker: a reporting verb outside the quotes in this sentence or a
    neighbouring sentence of the same paragraph ('"...," says X. "More quote."')."""
    own = _sentence(trigger)
    for sentence in (own, *_neighbours(own)):
        for token in sorted(sentence, key=lambda t: abs(t.i - trigger.i)):
            if not _is_speech_verb(token) or _inside_quote(token):
                continue
            if not _same_paragraph(token, trigger):
                continue
            source = _speech_source(token, None)
            if source is not None:
                return [source]
    return []


def _neighbours(sentence: Span) -> list[Span]:
    doc = sentence.doc
    found = []
    if sentence.start > 0:
        found.append(_sentence(doc[sentence.start - 1]))
    if sentence.end < len(doc):
        found.append(_sentence(doc[sentence.end]))
    return found


def _sentence(token: Token) -> Span:
    """The token's sentence; cheaper than `Token.sent`, which walks every sentence of the Doc."""
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = token.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


# ---------------------------------------------------------------- dates

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}
DATE_LABELS = frozenset({"DATE", "TIME"})
PRECISIONS = ("day", "week", "month", "year")
DURATION_PREPOSITIONS = frozenset({"for", "over", "throughout", "within"})
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "relcl", "parataxis", "csubj", "csubjpass"})
ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
YEAR = re.compile(r"(1[89]\d\d|20\d\d)")
DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


PAST_TAGS = frozenset({"VBD", "VBN"})


def resolve_date(trigger: Token, analysis: Analysis) -> tuple[str | None, str | None]:
    """The event's date and precision; the publication date ("day") when the clause has none."""
    published = _publication_date(analysis.article.published)
    phrases = _date_phrases(trigger)
    if phrases:
        prefer_future = assess_modality(trigger).future
        untensed = trigger.tag_ not in PAST_TAGS  # a noun or present form: the month may lie ahead
        found = []
        for phrase in phrases:
            resolved = _resolve_phrase(phrase.text, published, prefer_future, untensed)
            if resolved is not None:
                found.append((PRECISIONS.index(resolved[1]), _distance(phrase, trigger), resolved))
        if found:  # the most precise phrase wins ("days later, around April 4"), then the nearest
            day, precision = min(found)[2]
            return day.isoformat(), precision
    if published is None:
        return None, None
    return published.isoformat(), "day"


def _publication_date(published: str | None) -> date | None:
    if not published:
        return None
    match = ISO.match(published.strip())
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    parsed = _dateparser(published.strip(), None, False)
    return parsed[0] if parsed else None


def _distance(span: Span, trigger: Token) -> int:
    return min(abs(span.start - trigger.i), abs(span.end - 1 - trigger.i))


def _clause_tokens(anchor: Token, skip: Token | None = None) -> set[int]:
    """Tokens of the anchor's own clause: its subtree minus embedded clauses."""
    found: set[int] = set()
    stack = [anchor]
    while stack:
        token = stack.pop()
        found.add(token.i)
        for child in token.children:
            if child == skip or child.dep_ in CLAUSAL:
                continue
            if child.dep_ == "acl" and not (token == anchor and anchor.pos_ in {"NOUN", "PROPN"}):
                continue
            if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
                continue
            stack.append(child)
    return found


def _date_phrases(trigger: Token) -> list[Span]:
    tokens = _clause_tokens(trigger)
    anchor = trigger
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        anchor = trigger.head
    argument = anchor.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "prep", "xcomp"}
    verbless = anchor.dep_ == "acl" and anchor.head.dep_ == "ROOT"  # a misparsed main verb
    if (argument or verbless) and anchor.head != anchor:
        tokens |= _clause_tokens(anchor.head, skip=anchor)
    doc = trigger.doc
    starts = {_entity_start(doc[i]) for i in tokens if doc[i].ent_type_ in DATE_LABELS}
    return [phrase for phrase in (_date_entity(doc[i]) for i in sorted(starts)) if phrase]


def _entity_start(token: Token) -> int:
    start = token.i
    while token.doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    return start


def _date_entity(first: Token) -> Span | None:
    """The DATE/TIME entity starting at `first`, plus a trailing "ago"/"before"; read from the
    token tags, since `Doc.ents` rebuilds every entity of the article on each call."""
    doc = first.doc
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    entity = doc[first.i : end]
    if entity.root.dep_ == "pobj" and entity.root.head.lower_ in DURATION_PREPOSITIONS:
        return None
    if end < len(doc) and doc[end].lower_ in _cues("dates.yaml", "before_words"):
        if any(child.dep_ == "pobj" for child in doc[end].children):
            return None  # "one day after a request": relative to another event, not to today
        end += 1
    return doc[first.i : end]


def _resolve_phrase(
    text: str, base: date | None, prefer_future: bool, untensed: bool = False
) -> tuple[date, str] | None:
    words = _words(text)
    if not words:
        return None
    if base is not None:
        relative = _relative(words, base, prefer_future)
        if relative is not None:
            return relative
    absolute = _calendar(words, base, prefer_future, untensed)
    if absolute is not None:
        return absolute
    if base is None and not any(YEAR.fullmatch(word) for word in words):
        return None  # "Monday" means nothing without a publication date
    if not any(word[0].isdigit() for word in words):
        return None  # our rules read the worded phrases; dateparser guesses wildly at the rest
    return _dateparser(" ".join(words), base, prefer_future)


def _words(text: str) -> list[str]:
    fillers = _cues("dates.yaml", "filler_words")
    words = re.findall(
        r"\d{4}-\d{2}-\d{2}|[a-z]+|\d+(?:st|nd|rd|th)?", text.lower().replace("mid-", "mid ")
    )
    return [word for word in words if word not in fillers]


def _relative(words: list[str], base: date, prefer_future: bool) -> tuple[date, str] | None:
    """Phrases read against the publication date: yesterday, two weeks ago, last month..."""
    cues = _load("dates.yaml")
    if len(words) == 1 and words[0] in cues["day_words"]:
        return base + timedelta(days=cues["day_words"][words[0]]), "day"
    if len(words) >= 2 and words[-1] in cues["before_words"] and words[-2] in UNITS:
        unit = UNITS[words[-2]]
        number = words[-3] if len(words) >= 3 else ""
        count = cues["numbers"].get(number) or (int(number) if number.isdigit() else None)
        vague = count is None or number in {"few", "several", "couple"}
        if count is None:
            count = 3 if words[-2].endswith("s") else 1
        precision = "week" if vague and unit == "day" else unit
        return _period_start(_shift(base, unit, -count), precision, keep_week_day=True), precision
    if len(words) == 2 and words[1] in UNITS:
        unit = UNITS[words[1]]
        step = {
            "last": -1,
            "past": -1,
            "previous": -1,
            "this": 0,
            "current": 0,
            "next": 1,
            "coming": 1,
        }.get(words[0])
        if step is not None:
            return _period_start(_shift(base, unit, step), unit), unit
    if words[:2] in (["earlier", "this"], ["later", "this"]) and words[2:] and words[2] in UNITS:
        unit = UNITS[words[2]]
        return _period_start(base, unit), unit
    return _weekday(words, base, prefer_future)


def _weekday(words: list[str], base: date, prefer_future: bool) -> tuple[date, str] | None:
    named = [word for word in words if word in WEEKDAYS]
    if len(named) != 1 or any(word in MONTHS or word.isdigit() for word in words):
        return None
    target = WEEKDAYS.index(named[0])
    if "next" in words or (prefer_future and "last" not in words):
        ahead = (target - base.weekday()) % 7
        if ahead == 0 and "next" in words:
            ahead = 7
        return base + timedelta(days=ahead), "day"
    back = (base.weekday() - target) % 7
    if back == 0 and "last" in words:
        back = 7
    return base - timedelta(days=back), "day"


def _calendar(
    words: list[str], base: date | None, prefer_future: bool, untensed: bool = False
) -> tuple[date, str] | None:
    """Named months, days and years: "April 4", "late March", "in April 2007", "2006"."""
    for word in words:
        match = ISO.fullmatch(word)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3])), "day"
    months = [MONTHS[word] for word in words if word in MONTHS]
    years = [int(word) for word in words if YEAR.fullmatch(word)]
    days = [int(match[1]) for word in words if (match := DAY.fullmatch(word)) and len(word) <= 4]
    year = years[0] if years else None
    if not months:
        if year is not None and len(words) <= 2:
            return date(year, 1, 1), "year"
        return None
    month = months[0]
    parts = _load("dates.yaml")["month_parts"]
    part = next((parts[word] for word in words if word in parts), None)
    day, precision = (days[0], "day") if days else (part, "week") if part else (1, "month")
    if year is None:
        if base is None:
            return None
        year = base.year + _year_offset(month, day, precision, base, prefer_future, untensed)
    try:
        return date(year, month, day), precision
    except ValueError:
        return None


def _year_offset(
    month: int, day: int, precision: str, base: date, prefer_future: bool, untensed: bool = False
) -> int:
    """A month named without a year is the nearest one in the past (or future, for plans)."""
    later = month > base.month or (month == base.month and precision == "day" and day > base.day)
    earlier = month < base.month or (month == base.month and precision == "day" and day < base.day)
    if prefer_future:
        return 1 if earlier else 0
    if untensed and later and precision == "month" and (month - base.month) % 12 <= 2:
        return 0  # "talks in June" written in late May: the coming June, not last year's
    return -1 if later else 0


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: date | None, prefer_future: bool) -> tuple[date, str] | None:
    """dateparser as a last resort: slow, so cached and called only for leftover phrases."""
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "future" if prefer_future else "past"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    data = _parser(tuple(sorted(settings.items()))).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    precision = data.period if data.period in {"day", "week", "month", "year"} else "day"
    return data.date_obj.date(), precision


@lru_cache(maxsize=64)
def _parser(settings: tuple[tuple[str, Any], ...]) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=dict(settings))


def _shift(base: date, unit: str, count: int) -> date:
    if unit == "day":
        return base + timedelta(days=count)
    if unit == "week":
        return base + timedelta(weeks=count)
    months = base.year * 12 + base.month - 1 + (count if unit == "month" else 12 * count)
    year, month = divmod(months, 12)
    return date(year, month + 1, min(base.day, 28))


def _period_start(day: date, unit: str, keep_week_day: bool = False) -> date:
    """The first day of the month or year; weeks start on Monday unless `keep_week_day`
    ("two weeks ago" keeps its day, "last week" starts on Monday)."""
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    if unit == "week" and not keep_week_day:
        return day - timedelta(days=day.weekday())
    return day
