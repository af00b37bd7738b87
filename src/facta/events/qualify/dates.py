"""The date of an event, resolved from its own clause against the publication date."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from facta.analysis_state import Analysis
from facta.events.qualify.cues import _cues, _load
from facta.events.qualify.modality import assess_modality
from facta.months import MONTHS

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


def resolve_date(trigger: Token, analysis: Analysis) -> tuple[str | None, str | None]:
    """The event's date and precision; the publication date ("day") when the clause has none."""
    found = textual_date(trigger, analysis) or _telling_date(trigger, analysis)
    if found is not None:
        return found
    published = _publication_date(analysis.article.published)
    if published is None:
        return None, None
    return published.isoformat(), "day"


def _telling_date(trigger: Token, analysis: Analysis) -> tuple[str, str] | None:
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
            return found if found is not None and found[1] == "day" else None
        node = node.head
    return None


def publication_day(analysis: Analysis) -> date | None:
    return _publication_date(analysis.article.published)


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
            resolved = _resolve_phrase(phrase.text, published, prefer_future, untensed)
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
INHERITING = frozenset({"relcl", "acl", "advcl", "conj", "xcomp", "pcomp", "prep", "pobj"})


def _date_phrases(trigger: Token) -> list[Span]:
    """Date phrases of the trigger's clause; else of the clause it hangs from through a
    relative, participle, adverbial or coordinated clause ("In April 2001, an intercept
    caused a collision that killed the pilot"). A reported clause ("said on Monday that
    ...") does not inherit the date of its telling."""
    node = trigger
    for _ in range(4):
        phrases = _own_date_phrases(node)
        if phrases or node.dep_ not in INHERITING or node.head is node:
            return phrases
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


def _own_date_phrases(trigger: Token) -> list[Span]:
    tokens = _clause_tokens(trigger)
    anchor = trigger
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        anchor = trigger.head
    argument = anchor.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "prep", "xcomp"}
    verbless = anchor.dep_ == "acl" and anchor.head.dep_ == "ROOT"  # a misparsed main verb
    if (argument or verbless) and anchor.head != anchor:
        tokens |= _clause_tokens(anchor.head, skip=anchor)
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
    starts = {_entity_start(doc[i]) for i in tokens if doc[i].ent_type_ in DATE_LABELS}
    phrases = [phrase for phrase in (_date_entity(doc[i]) for i in sorted(starts)) if phrase]
    # "declined comment on Tuesday's decision": a day owned by another noun dates that noun
    return [
        p
        for p in phrases
        if p.root.dep_ != "poss" or p.root.head == trigger or p.root.head.dep_ not in OBJECTS
    ]


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
    if entity.root.dep_ == "pobj" and entity.root.head.lower_ in DURATION_PREPOSITIONS:
        return None
    if entity.root.dep_ == "pobj" and entity.root.head.lower_ == "to" and _length(entity):
        return None  # "sentenced to three years": a term, not a date
    if end < len(doc) and doc[end].lower_ in _cues("dates.yaml", "before_words"):
        if any(child.dep_ == "pobj" for child in doc[end].children):
            return None  # "one day after a request": relative to another event, not to today
        end += 1
    return doc[first.i : end]


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
            return _period_start(_shift(base, unit, step), unit), unit
    if len(words) == 3 and words[0] in cues["month_parts"] and words[2] in UNITS:
        return _relative(words[1:], base, prefer_future)  # "late last year": within last year
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


# --- dates counted from the day told before ------------------------------------------------

ANCHOR_SENTENCES = 3  # how far back the day "the day before" counts from may be told


def anchored_date(trigger: Token, analysis: Analysis) -> tuple[str, str] | None:
    """The day of an event whose date phrase counts from the day the story told just before
    rather than from the publication day: "On Wednesday, X said ... The day before, Y
    threatened", "two days later", and a clause under "a day after" ("The launch comes a day
    after the allies pledged ...": the pledge is the day before the launch)."""
    phrases = _date_phrases(trigger) + _day_measures(trigger)
    shifts = [_anchored(phrase) for phrase in phrases]
    shift = next((found for found in shifts if found is not None), None)
    if shift is None:
        return None
    published = _publication_date(analysis.article.published)
    if any(
        found is None and _resolve_phrase(phrase.text, published, False) is not None
        for phrase, found in zip(phrases, shifts, strict=True)
    ):
        return None  # "On Monday, a day after the launch, Japan protested": its own day
    sentence = trigger.sent
    earliest = sentence.start
    for _ in range(ANCHOR_SENTENCES):
        if earliest == 0:
            break
        earliest = trigger.doc[earliest - 1].sent.start
    reference = _told_day(trigger.doc, _phrase_start(trigger, sentence), earliest, published)
    if reference is None:
        return None
    return (reference + timedelta(days=shift)).isoformat(), "day"


def _anchored(phrase: Span) -> int | None:
    """Days from the day told before, for a phrase that counts from it: "the day before" (-1),
    "a day later" (+1), "the next day" (+1), "two days after <the clause it heads>" (-2: the
    clause's event came first). None for phrases read against the publication day."""
    cues = _load("dates.yaml")
    words = _words(phrase.text)
    if any(word in cues["anchored_adverbs"] for word in words):
        return 0  # "shortly thereafter"
    units = [i for i, word in enumerate(words) if UNITS.get(word) == "day"]
    if len(units) != 1:
        return None
    unit = units[0]
    if words[unit - 1 :] in ([word, "day"] for word in cues["anchored_days"]):
        return int(cues["anchored_days"][words[unit - 1]])  # "the previous day", not "days"
    number = words[unit - 1] if unit > 0 else ""
    count = cues["numbers"].get(number) or (int(number) if number.isdigit() else None)
    if count is None and not number and words[unit] == "day":
        count = 1  # "the day before"
    if count is None or number in {"few", "several", "couple"}:
        return None  # "days later": no telling how many
    after = words[unit + 1 :]
    following = phrase.doc[phrase.end] if phrase.end < len(phrase.doc) else None
    if after and after[0] in cues["anchored_words"] and len(after) == 1:
        return count * int(cues["anchored_words"][after[0]])  # "a day later", "the day before"
    if after or following is None or following.lower_ not in cues["anchored_words"]:
        return None
    sign = int(cues["anchored_words"][following.lower_])
    if _heads_clause(phrase):
        return -sign * count  # "a day after X pledged": the pledge came a day before
    if following.dep_ == "prep" and any(c.dep_ == "pobj" for c in following.children):
        return sign * count if sign > 0 else None  # "a day after the launch"
    return sign * count if following.pos_ == "ADV" else None  # "two days later"


def _day_measures(trigger: Token) -> list[Span]:
    """ "The day before" the entity recognizer left untagged, a "day" measuring the clause,
    and "thereafter"."""
    doc = trigger.doc
    adverbs = _cues("dates.yaml", "anchored_adverbs")
    node = trigger
    for _ in range(4):
        found = [
            doc[token.left_edge.i : token.right_edge.i + 1]
            for token in (doc[i] for i in sorted(_clause_tokens(node)))
            if not token.ent_type_
            and (
                (token.dep_ == "npadvmod" and token.lower_ == "day")
                or (token.dep_ == "advmod" and token.lower_ in adverbs)
            )
        ]
        if found or node.dep_ not in INHERITING or node.head is node:
            return found
        node = node.head
    return []


def _heads_clause(phrase: Span) -> bool:
    """ "a day after <clause>": the phrase measures the clause its conjunction introduces."""
    doc = phrase.doc
    return phrase.end < len(doc) and doc[phrase.end].dep_ == "mark"


def _phrase_start(trigger: Token, sentence: Span) -> int:
    """Where the anchored phrase of the trigger's clause starts: the day it counts from is told
    before it."""
    phrases = _date_phrases(trigger) + _day_measures(trigger)
    phrases = [p for p in phrases if _anchored(p) is not None]
    return min((p.start for p in phrases), default=sentence.start)


def _told_day(doc: Doc, before: int, earliest: int, published: date | None) -> date | None:
    """The last day the story names before token `before` (back to token `earliest`), read
    against the publication day, or counted from the day before it in turn; the publication
    day when it names none."""
    for index in range(before - 1, earliest - 1, -1):
        token = doc[index]
        if token.ent_type_ not in DATE_LABELS or token.ent_iob_ != "B":
            continue
        phrase = _date_entity(token)
        if phrase is None or phrase.start >= before:
            continue
        shift = _anchored(phrase)
        if shift is not None and _heads_clause(phrase):
            continue  # "a day after X pledged" dates X, not the day the story is telling
        if shift is not None:  # "The day before, ... Two days later, ...": counted in turn
            reference = _told_day(doc, phrase.start, earliest, published)
            return reference + timedelta(days=shift) if reference is not None else None
        resolved = _resolve_phrase(phrase.text, published, False)
        if resolved is not None and resolved[1] == "day":
            return resolved[0]
    return published
