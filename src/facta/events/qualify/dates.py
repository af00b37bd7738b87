"""The date of an event, resolved from its own clause against the publication date."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from facta.analysis_state import Analysis
from facta.events.qualify.cues import _cues, _load
from facta.events.qualify.modality import assess_modality
from facta.months import MONTHS

SATURDAY = 5
SUNDAY = 6
WEEKEND = "weekend"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
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
DECADES = frozenset({"decade", "decades"})
DATE_LABELS = frozenset({"DATE", "TIME"})
PRECISIONS = ("day", "week", "month", "year")
# "for two years", "within a month", and deadlines "by 2020", "until June": not when it happened
DURATION_PREPOSITIONS = frozenset({"for", "over", "throughout", "within", "by", "until", "till"})
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "relcl", "parataxis", "csubj", "csubjpass"})
ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
YEAR = re.compile(r"(1[89]\d\d|20\d\d)")
DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


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
        resolved = _resolve_phrase(phrase.text, published, False)
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
    event noun), resolved against the publication date; None when they give none."""
    published = _publication_date(analysis.article.published)
    phrases = _date_phrases(trigger)
    if phrases:
        prefer_future = assess_modality(trigger).future
        untensed = trigger.tag_ not in PAST_TAGS  # a noun or present form: the month may lie ahead
        found = []
        for phrase in phrases:
            # "set for Friday" lies ahead; "On Monday he was willing to meet" does not
            told_past = _governor(phrase).tag_ == "VBD"
            ahead = (prefer_future and not told_past) or phrase.root.head.lower_ == "for"
            resolved = _resolve_phrase(phrase.text, published, ahead, untensed)
            if resolved is not None:
                found.append((PRECISIONS.index(resolved[1]), _distance(phrase, trigger), resolved))
        if found:  # the most precise phrase wins ("days later, around April 4"), then the nearest
            day, precision = min(found)[2]
            return day.isoformat(), precision
    return None


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
            return [_noun_date(node.head)]  # "a 2014 ruling that threw out the order"
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
    if trigger.pos_ in {"NOUN", "PROPN"}:
        own = _apposed_date(trigger)
        for clause in trigger.children:  # "the talks that started on Friday"
            time_verb = clause.lemma_.lower() in _cues("dates.yaml", "event_time_verbs")
            if clause.dep_ in {"relcl", "acl"} and time_verb:
                own |= _clause_tokens(clause)
        if any(doc[i].ent_type_ in DATE_LABELS for i in own):
            tokens = own  # "announced on Thursday a visit to Cuba next month": the visit's own
        else:
            tokens |= own
    if trigger.pos_ == "VERB" and trigger.i > 0 and doc[trigger.i - 1].ent_type_ in DATE_LABELS:
        tokens.add(trigger.i - 1)  # "Erdan on Saturday accused": the day before the verb is its own
    tokens -= fronted_telling_days(_reported_clause(trigger))
    for clause in trigger.children:
        tokens |= fronted_telling_days(clause)
    starts = {_entity_start(doc[i]) for i in tokens if doc[i].ent_type_ in DATE_LABELS}
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
    doc = clause.doc
    return {i for i in range(verb.i + 1, subject.left_edge.i) if doc[i].ent_type_ in DATE_LABELS}


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
    if preposition in DURATION_PREPOSITIONS and not (named or WEEKEND in _words(entity.text)):
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
    words = _words(phrase.text)
    month_day = any(w in MONTHS for w in words) and any(DAY.fullmatch(w) for w in words)
    return month_day or any(w in WEEKDAYS for w in words)


def _resolve_phrase(
    text: str, base: date | None, prefer_future: bool, untensed: bool = False
) -> tuple[date, str] | None:
    words = _words(text)
    if not words or (len(words) == 1 and words[0].isdigit() and len(words[0]) < 4):
        return None  # "Smith, 49,": an age or a count, never a year
    if _clock_only(words):
        return None  # "at about 2 a.m.": the hour of the day the story tells, not a day
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


def _length(entity: Span) -> bool:
    """A count of units ("three years", "six months"): a length of time, not a date."""
    return entity.root.lower_ in UNITS and any(t.like_num for t in entity.root.children)


def _clock_only(words: list[str]) -> bool:
    clock = _cues("dates.yaml", "clock_words")
    return any(word in clock for word in words) and all(
        word.isdigit() or word in clock for word in words
    )


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
    if len(words) >= 2 and words[-1] in cues["before_words"] and words[-2] in DECADES:
        number = words[-3] if len(words) >= 3 else ""  # "a decade ago", "two decades ago"
        count = cues["numbers"].get(number) or (int(number) if number.isdigit() else 1)
        return _period_start(_shift(base, "year", -10 * count), "year"), "year"
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
            if unit == "week" and step < 0 and base.weekday() == SUNDAY:
                step = 0  # a Sunday story's "last week" is the week ending that day
            return _period_start(_shift(base, unit, step), unit), unit
    if len(words) == 3 and words[0] in cues["month_parts"] and words[2] in UNITS:
        return _relative(words[1:], base, prefer_future)  # "late last year": within last year
    if words[:2] in (["earlier", "this"], ["later", "this"]) and words[2:] and words[2] in UNITS:
        unit = UNITS[words[2]]
        return _period_start(base, unit), unit
    if WEEKEND in words:
        return _weekend(words, base, prefer_future), "week"
    return _weekday(words, base, prefer_future)


def _weekend(words: list[str], base: date, prefer_future: bool) -> date:
    """The Saturday of a weekend: "over the weekend" is the one just past (or under way),
    "last weekend" the one before when told on a weekend; "this weekend" told on a weekday,
    a plan's weekend and "next weekend" are the coming one."""
    last = base - timedelta(days=(base.weekday() - SATURDAY) % 7)  # on or before the base
    during = base.weekday() >= SATURDAY
    ahead = prefer_future or any(word in words for word in ("this", "coming", "next"))
    if ("next" in words) or (ahead and not during):
        return last + timedelta(days=7)
    if during and ("last" in words or "past" in words):
        return last - timedelta(days=7)
    return last


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


UPCOMING_MONTHS = 3  # how far ahead an untensed date may point


def _year_offset(
    month: int, day: int, precision: str, base: date, prefer_future: bool, untensed: bool = False
) -> int:
    """A month named without a year is the nearest one in the past (or future, for plans)."""
    later = month > base.month or (month == base.month and precision == "day" and day > base.day)
    earlier = month < base.month or (month == base.month and precision == "day" and day < base.day)
    if prefer_future:
        return 1 if earlier else 0
    if untensed and later and (month - base.month) % 12 <= UPCOMING_MONTHS:
        return 0  # "talks in June", "travels on May 21" written in March: the coming ones
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
