"""The date of an event, resolved from its own clause against the publication date: which
phrase dates which act; the phrase's words become a day in `reckoning`."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from facta.analysis_state import Analysis
from facta.events.qualify.cues import _cues
from facta.events.qualify.modality import assess_modality
from facta.events.qualify.periods import period_date
from facta.events.qualify.reckoning import (
    DAY,
    ISO,
    UNITS,
    WEEKDAYS,
    WEEKEND,
    parse_free_text,
    phrase_words,
    resolve_phrase,
)
from facta.months import MONTHS
from facta.token_view import Tokens

DATE_LABELS = frozenset({"DATE", "TIME"})
PRECISIONS = ("day", "week", "month", "year")
# "for two years", "within a month", and deadlines "by 2020", "until June": not when it happened
DURATION_PREPOSITIONS = frozenset({"for", "over", "throughout", "within", "by", "until", "till"})
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "relcl", "parataxis", "csubj", "csubjpass"})


PAST_TAGS = frozenset({"VBD", "VBN"})
MAX_TELLING_HOPS = 5  # clauses climbed from a reported act to the verb that tells it
TELLING_PRECISIONS = frozenset({"day", "week"})  # "said last week that ...": by that week


def resolve_date(trigger: Token, analysis: Analysis) -> tuple[str | None, str | None]:
    """The event's date and precision; the publication date ("day") when the clause has none."""
    found = textual_date(trigger, analysis) or telling_date(trigger, analysis)
    if found is not None:
        return found
    published = _publication_date(analysis.article.published)
    if published is None:
        return None, None
    return published.isoformat(), "day"


def telling_date(trigger: Token, analysis: Analysis) -> tuple[str, str] | None:
    """ "Police said on Thursday that officers took him into custody": a reported act the
    text does not date happened by the day of its telling, and wire copy tells it that day.
    Only a telling dated to the day counts; the reported clause's own date always wins."""
    node = trigger
    for _ in range(MAX_TELLING_HOPS):
        if node.head is node:
            return None
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in _cues(
            "attribution.yaml", "speech_verbs"
        ):
            found = textual_date(node.head, analysis)
            return found if found is not None and found[1] in TELLING_PRECISIONS else None
        node = node.head
    return None


def publication_day(analysis: Analysis) -> date | None:
    return _publication_date(analysis.article.published)


def named_days(sentence: Span, published: date) -> list[date]:
    """The days a sentence tells a past act on ("the rally drew crowds on Tuesday night"),
    read against the publication day, in the order told; not the day of a noun ("Sunday's
    vote") nor of a plan ("will meet on Friday")."""
    days = []
    for token in sentence:
        if token.ent_type_ not in DATE_LABELS or token.ent_iob_ != "B":
            continue
        phrase = _date_entity(token)
        if phrase is None or _governor(phrase).tag_ not in PAST_TAGS:
            continue
        resolved = resolve_phrase(phrase.text, published, False)
        if resolved is not None and resolved[1] == "day":
            days.append(resolved[0])
    return days


def _governor(phrase: Span) -> Token:
    """The word a date phrase modifies: the verb of "met on Tuesday" and of "said in an
    interview on Tuesday", the noun of "Tuesday's vote"; "Tuesday night" modifies as a whole."""
    root = phrase.root
    while root.dep_ in NOUN_MODIFIERS and _day_part(root.head):
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if root.i in fronted_telling_days(head):
        return head.head  # "said on Monday she would ...": the day of the saying
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and root.dep_ == "pobj":
        return head.head.head  # "In an interview on Monday, she said": the interview's verb
    return head


def _day_part(token: Token) -> bool:
    return token.ent_type_ in DATE_LABELS or token.lemma_.lower() in _cues(
        "dates.yaml", "day_parts"
    )


def textual_date(trigger: Token, analysis: Analysis) -> tuple[str, str] | None:
    """The date the event's own words give (its clause, or a date set off right after an
    event noun), resolved against the publication date; None when they give none. Read once
    per word and publication date (the coder, the telling's date and the story's dates ask)."""
    read = trigger.doc.user_data.setdefault("facta_textual_dates", {})
    key = (trigger.i, analysis.article.published)
    if key not in read:
        read[key] = _read_textual_date(trigger, analysis.article.published)
    return read[key]


def _read_textual_date(trigger: Token, published_as: str | None) -> tuple[str, str] | None:
    published = _publication_date(published_as)
    phrases = _date_phrases(trigger)
    if phrases:
        prefer_future = assess_modality(trigger).future
        untensed = trigger.tag_ not in PAST_TAGS  # a noun or present form: the month may lie ahead
        found = []
        for phrase in phrases:
            # "set for Friday" lies ahead; "On Monday he was willing to meet" does not
            told_past = _governor(phrase).tag_ == "VBD"
            ahead = (prefer_future and not told_past) or phrase.root.head.lower_ == "for"
            resolved = resolve_phrase(phrase.text, published, ahead, untensed)
            if resolved is not None:
                found.append((PRECISIONS.index(resolved[1]), _distance(phrase, trigger), resolved))
        if found:  # the most precise phrase wins ("days later, around April 4"), then the nearest
            day, precision = min(found)[2]
            return day.isoformat(), precision
    return period_date(trigger, published)  # "during the Cold War"


def _publication_date(published: str | None) -> date | None:
    if not published:
        return None
    match = ISO.match(published.strip())
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    parsed = parse_free_text(published.strip(), None, False)
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


OBJECTS = frozenset({"dobj", "pobj", "attr", "oprd"})
NOUN_MODIFIERS = frozenset({"poss", "nmod", "compound", "amod"})
INHERITING = frozenset({"relcl", "acl", "advcl", "conj", "xcomp", "pcomp", "prep", "pobj", "acomp"})


def _date_phrases(trigger: Token) -> list[Span]:
    """Date phrases of the trigger's clause; else of the clause it hangs from through a
    relative, participle, adverbial or coordinated clause ("In April 2001, an intercept
    caused a collision that killed the pilot"). A reported clause ("said on Monday that
    ...") does not inherit the date of its telling, nor a clause set against another ("...
    this year, but the agency demands ...")."""
    node = trigger
    for _ in range(4):
        phrases = (
            _own_date_phrases(node) or _time_clause_phrases(node) or _shared_date_phrases(node)
        )
        if phrases or node.dep_ not in INHERITING or node.head is node or _own_time(node):
            return phrases
        if node.dep_ == "relcl" and _noun_date(node.head) is not None:
            return [_noun_date(node.head)]  # "a 2013 verdict that struck down the ban"
        if node.dep_ == "relcl" and node.head.ent_type_ in DATE_LABELS:
            # "the 1990s, when Britain still funded the army": the time the clause describes
            described = _date_entity(node.doc[_entity_start(node.head)])
            return [described] if described is not None else []
        node = node.head
        while (
            node.pos_ not in {"VERB", "AUX"} and node.dep_ in INHERITING and node.head is not node
        ):
            node = node.head
        if node.pos_ not in {"VERB", "AUX"}:
            return []
    return []


def _shared_date_phrases(verb: Token) -> list[Span]:
    """ "shot and killed five people on Dec. 4": verbs joined with one subject and the later
    one's object share the later one's date."""
    if verb.pos_ != "VERB" or any(c.dep_ in OBJECTS for c in verb.children):
        return []
    for clause in verb.children:
        if (
            clause.dep_ == "conj"
            and clause.pos_ == "VERB"
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
        ):
            return _own_date_phrases(clause)
    return []


def _noun_date(noun: Token) -> Span | None:
    """The date premodifying a noun ("a 2014 ruling", "the January vote"): the time of the
    act a relative clause on that noun tells."""
    for word in noun.doc[noun.left_edge.i : noun.i]:  # "a 2014 appeals court ruling"
        if word.dep_ in NOUN_MODIFIERS | {"nummod"} and word.ent_type_ in DATE_LABELS:
            return _date_entity(noun.doc[_entity_start(word)])
    return None


def _time_clause_phrases(node: Token) -> list[Span]:
    """ "Police shot the gunman after two officers were wounded on Tuesday", "as lawmakers on
    Monday renewed their push": a clause of time dates the act it hangs from."""
    marks = _cues("dates.yaml", "time_clause_marks")
    found = []
    for clause in node.children:
        # "when" is parsed as the clause's adverb, the other conjunctions as its marker
        mark = next(
            (c for c in clause.children if c.dep_ in {"mark", "advmod"} and c.lower_ in marks),
            None,
        )
        if clause.dep_ == "advcl" and mark is not None:  # not "a day after ...": counted
            found += [phrase for phrase in _own_date_phrases(clause) if phrase.start > mark.i]
    return found


def _own_time(clause: Token) -> bool:
    """A clause that does not share the time of the one it hangs from: one set against it
    with its own subject ("..., but the agency demands"), or a clause of another time ("will
    meet on Thursday after the envoy said ...")."""
    if clause.dep_ == "advcl":
        other = _cues("dates.yaml", "other_time_marks")
        return any(child.dep_ == "mark" and child.lower_ in other for child in clause.children)
    contrast = _cues("dates.yaml", "contrast_words")
    return (
        clause.dep_ == "conj"
        and any(child.dep_ in {"nsubj", "nsubjpass"} for child in clause.children)
        and any(child.dep_ == "cc" and child.lower_ in contrast for child in clause.head.children)
    )


def _own_date_phrases(trigger: Token) -> list[Span]:
    tokens = _clause_tokens(trigger)
    anchor = trigger
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        anchor = trigger.head
    argument = anchor.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "prep", "xcomp"}
    verbless = anchor.dep_ == "acl" and anchor.head.dep_ == "ROOT"  # a misparsed main verb
    if (argument or verbless) and anchor.head != anchor:
        tokens |= _clause_tokens(anchor.head, skip=anchor)
    tokens |= _medium_dates(anchor)
    doc = trigger.doc
    labels = Tokens.of(doc).label  # entity labels by token, read without building tokens
    if trigger.pos_ in {"NOUN", "PROPN"}:
        own = _apposed_date(trigger)
        for clause in trigger.children:  # "the talks that started on Friday"
            time_verb = clause.lemma_.lower() in _cues("dates.yaml", "event_time_verbs")
            if clause.dep_ in {"relcl", "acl"} and time_verb:
                own |= _clause_tokens(clause)
        if any(labels[i] in DATE_LABELS for i in own):
            tokens = own  # "announced on Thursday a visit to Cuba next month": the visit's own
        else:
            tokens |= own
    if trigger.pos_ == "VERB" and trigger.i > 0 and doc[trigger.i - 1].ent_type_ in DATE_LABELS:
        tokens.add(trigger.i - 1)  # "Erdan on Saturday accused": the day before the verb is its own
    tokens -= fronted_telling_days(_reported_clause(trigger))
    for clause in trigger.children:
        tokens |= fronted_telling_days(clause)
    starts = {_entity_start(doc[i]) for i in tokens if labels[i] in DATE_LABELS}
    phrases = [phrase for phrase in (_date_entity(doc[i]) for i in sorted(starts)) if phrase]
    # "declined comment on Tuesday's decision", "criticized the June 4 vote": a day owned by
    # another noun dates that noun
    return [p for p in phrases if not _owned_by_noun(p, trigger, anchor)]


def fronted_telling_days(clause: Token) -> set[int]:
    """The date tokens between a speech verb and the subject of the clause it reports ("said
    on Monday she would veto the bill"): the day of the telling, though the parser may hang it
    on the reported verb."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i > clause.i:
        return set()
    if verb.lemma_.lower() not in _cues("attribution.yaml", "speech_verbs"):
        return set()
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i < verb.i:
        return set()
    labels = Tokens.of(clause.doc).label
    return {i for i in range(verb.i + 1, subject.left_edge.i) if labels[i] in DATE_LABELS}


def _reported_clause(trigger: Token) -> Token:
    """The nearest clause at or above the trigger that a verb reports (its ccomp)."""
    node = trigger
    for _ in range(MAX_TELLING_HOPS):
        if node.dep_ == "ccomp" or node.head is node:
            return node
        node = node.head
    return node


def _owned_by_noun(phrase: Span, trigger: Token, anchor: Token) -> bool:
    """A day premodifying an object noun other than the trigger dates that noun; not a part
    of the day ("Tuesday morning") nor the letter or video an act is done in."""
    noun = phrase.root.head
    if phrase.root.dep_ not in NOUN_MODIFIERS or noun == trigger or noun.dep_ not in OBJECTS:
        return False
    return not (_day_part(noun) or _medium(noun, anchor))


def _medium(noun: Token, anchor: Token) -> bool:
    """ "In a letter ..., the president praised": the medium an act is done in."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head == anchor


def _medium_dates(anchor: Token) -> set[int]:
    """ "In a letter dated June 4, the president praised ...": an act done in a letter,
    statement or interview took place on the day that medium is dated, released or aired."""
    verbs = _cues("dates.yaml", "medium_time_verbs")
    found: set[int] = set()
    for preposition in anchor.children:
        for noun in preposition.children:
            if not _medium(noun, anchor):
                continue
            for clause in noun.children:
                if clause.dep_ == "acl" and clause.lemma_.lower() in verbs:
                    found |= _clause_tokens(clause)
    return found


def _apposed_date(noun: Token) -> set[int]:
    """A date set off right after an event noun belongs to it, wherever the parser hung it:
    "a second meeting just days later, around April 4, between the two men"."""
    doc = noun.doc
    gap = set(_cues("dates.yaml", "apposition_gap"))
    phrase = {t.i for t in noun.subtree}  # "a visit to Cuba next month": past its own words
    index = max(noun.i, max((child.i for child in noun.rights), default=noun.i)) + 1
    while index < len(doc) and index - noun.i <= 8:
        token = doc[index]
        if token.ent_type_ in DATE_LABELS:
            return {index}
        if token.lower_ not in gap and not token.is_space and index not in phrase:
            break
        index += 1
    return set()


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
    preposition = entity.root.head.lower_ if entity.root.dep_ == "pobj" else ""
    named = preposition == "for" and _named_day(entity)
    if preposition in DURATION_PREPOSITIONS and not (named or WEEKEND in phrase_words(entity.text)):
        return None  # "for two days" is a span; "set the trial for June 4" names the day
    if preposition == "to" and _length(entity):
        return None  # "sentenced to three years": a term, not a date
    if end < len(doc) and doc[end].lower_ in _cues("dates.yaml", "before_words"):
        if any(child.dep_ == "pobj" for child in doc[end].children):
            return None  # "one day after a request": relative to another event, not to today
        end += 1
    return doc[first.i : end]


def _named_day(phrase: Span) -> bool:
    """A phrase naming one day of the calendar or the week: "June 4", "Friday"."""
    words = phrase_words(phrase.text)
    month_day = any(w in MONTHS for w in words) and any(DAY.fullmatch(w) for w in words)
    return month_day or any(w in WEEKDAYS for w in words)


def _length(entity: Span) -> bool:
    """A count of units ("three years", "six months"): a length of time, not a date."""
    return entity.root.lower_ in UNITS and any(t.like_num for t in entity.root.children)
