"""Events across an article: one real event told several times is one event carrying its
mentions; days told elsewhere in the story date acts told undated (`story_dates`); events the
article dates well before its own day are background, with their own date.

Runs after the sentence-level coder, on the events of one article in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from facta.analysis_state import Analysis, event_trigger
from facta.events.aggregates import many_acts
from facta.events.backstory import told_as_backstory, told_long_ago
from facta.events.makers import maker_of
from facta.events.qualify.anchored_dates import anchored_date
from facta.events.qualify.cues import _sentence
from facta.events.qualify.dates import (
    publication_day,
    textual_date,
)
from facta.events.qualify.reports import inside_quote
from facta.events.retold_attacks import (
    VIOLENT_EVENT_ROOTS,
    one_attack,
    places_by_sentence,
    same_ground,
)
from facta.events.story_authors import story_author
from facta.events.story_dates import (
    REFERRING,
    carry_dates,
    date_references,
    dated_anaphors,
    reported_before,
)
from facta.events.story_talks import story_talks
from facta.events.talks_sides import talks_counterparts
from facta.events.tellings import Told, compatible, finer, long_before, period
from facta.events.told_nouns import referring_noun, sided_again
from facta.events.vocabulary import QUANTITY_NOUNS, WORDS
from facta.models import Actor, Event
from facta.places.locate import story_country

DISTINCT_ROOTS = frozenset({"18", "19", "20"})
CONSULT_ROOT = "04"
HABITUAL_WORDS = WORDS["habitual"]
PAST_MARKERS = WORDS["past_marker"]
STRETCH_ADVERBS = WORDS["stretch_adverb"]
ACT_ANAPHORS = WORDS["act_anaphor"]
VIOLENCE_NOUNS = WORDS["violence_noun"]
HAPPENING_NOUNS = WORDS["happening_noun"]
RESTRAINTS = WORDS["restraint_noun"]  # one kind of act under several names
# Reactions and statements aimed at what someone did: "criticized the curbs", "welcomed the move".
AIMED_ROOTS = frozenset({"02", "05", "10", "11", "12", "13", "16"})
# Comments on acts (statements, praise, criticism, accusations), never the act a later noun
# refers back to; a lawsuit (115) or a signed deal (057) is one.
COMMENT_CODES = ("01", "051", "110", "111", "112")
# Material acts, whose simple present tells a state or a habit; statements ("says",
# "denies", "urges") are news in the present too.
MATERIAL_ROOTS = frozenset(
    {"05", "06", "07", "08", "09", "14", "15", "17", "18", "19", "20"}
)  # violence: retold incidents are often distinct
SCHEDULED_ROOTS = MATERIAL_ROOTS | {"04"}  # acts, not the statements that announce them
FINITE = frozenset({"VBD", "VBZ", "VBP"})
STRETCH_UNITS = frozenset({"year", "decade", "month", "week", "century"})
# Subjects that point back to something told: "this is the kind of move we feared".
POINTING = frozenset({"it", "that", "this"})


def settle(
    events: list[Event], analysis: Analysis, bare: Sequence[tuple[int, Token]] = ()
) -> list[Event]:
    """Dated references, merged retellings and background flags, in article order. `bare`:
    the event nouns the sentence coder found naming no one ("the talks"), by sentence."""
    sentences = list(analysis.doc.sents)
    told = [Told(event, trigger_token(event, analysis, sentences), False) for event in events]
    told = story_talks(with_told_nouns(told, bare, analysis), analysis)
    for item in told:
        if item.token is None:
            continue
        anchored = anchored_date(item.token, analysis)
        if anchored is not None:  # "The day before, ...": counted from the day told before
            item.event = replace(item.event, date=anchored[0], date_precision=anchored[1])
        item.dated = anchored is not None or textual_date(item.token, analysis) is not None
        earlier = None if item.dated else reported_before(item.token, analysis)
        if earlier is not None:  # "In 2013, papers reported that X had killed hundreds"
            item.event = replace(item.event, date=earlier[0], date_precision=earlier[1])
            item.dated = True
    dated_anaphors(told, analysis, sentences)
    published = publication_day(analysis)
    places = places_by_sentence(analysis, sentences)
    merged = one_attack(merge_retellings(told, places, published), places, published)
    reaction_targets(merged, analysis)
    talks_counterparts(merged, analysis)
    date_references(merged)
    carry_dates(merged, analysis, sentences)
    return [mark_background(item, published, analysis) for item in merged]


def with_told_nouns(
    told: list[Told], bare: Sequence[tuple[int, Token]], analysis: Analysis
) -> list[Told]:
    """ "The talks resumed on Wednesday": a definite event noun that names no one is told
    again between the sides of the last act told with that noun (told_nouns.py)."""
    added = [
        Told(event, token, False)
        for index, token in bare
        if referring_noun(token)
        for event in sided_again(token, index, [(t.token, t.event) for t in told], analysis)
    ]
    return sorted(told + added, key=lambda item: item.event.sentence) if added else told


def trigger_token(event: Event, analysis: Analysis, sentences: list[Span]) -> Token | None:
    if not 0 <= event.sentence < len(sentences):
        return None
    return event_trigger(event, analysis.doc, sentences[event.sentence].start_char)


# --- one event, several mentions ---------------------------------------------------------


def key(event: Event) -> tuple[str, str | None, str | None] | None:
    """What two tellings of one event share: the code (for violence, only that it is
    violence: a "shooting" retold as "killed 50 people"), the source and the target."""
    if event.source is None or event.target is None:
        return None
    code = "violence" if event.root in DISTINCT_ROOTS else event.cameo
    return code, event.source.code, event.target.code


def merge_retellings(
    told: list[Told], places: dict[int, set[str]] | None = None, published: date | None = None
) -> list[Told]:
    """A later telling of the same act between the same actors joins the first one: it adds
    its sentence to `mentions`, and its date when that is more precise. Violence told in
    sentences that name different places is kept apart (two strikes, two towns)."""
    places = places or {}
    kept: list[Told] = []
    for item in told:
        same = key(item.event)
        first = next(
            (
                k
                for k in kept
                if same is not None
                and key(k.event) == same
                and compatible(k, item, published)
                and (
                    k.event.root not in DISTINCT_ROOTS
                    or same_ground(places, k.event.sentence, item.event.sentence)
                )
            ),
            None,
        )
        if first is None:
            first = next((k for k in kept if same_meeting(k, item)), None)
            if first is not None and named_sides(item.event) and not named_sides(first.event):
                # "a secret meeting between Iranian and Iraqi officials ... the meeting between
                # Talabani and Soleimani": the sides the later telling names
                first.event = replace(
                    first.event, source=item.event.source, target=item.event.target
                )
        if first is None:
            kept.append(item)
            continue
        event = first.event
        mentions = (*event.mentions, item.event.sentence)
        if item.dated and (not first.dated or finer(item.event, event)):
            event = replace(event, date=item.event.date, date_precision=item.event.date_precision)
            first.dated = True
        first.event = replace(event, mentions=mentions)
    return kept


def same_meeting(one: Told, other: Told) -> bool:
    """Two tellings of one meeting (04) between the same two countries, one of them an event
    noun the text does not date and does not tell as an act ("details of a secret meeting
    between Iranian and Iraqi officials", not "have held talks"): the undated noun names the
    meeting the story dates elsewhere."""
    pair = [(t.event.source, t.event.target) for t in (one, other)]
    if any(s is None or t is None or not s.country or not t.country for s, t in pair):
        return False
    undated = [t for t in (one, other) if not t.dated]
    return (
        one.event.root == other.event.root == CONSULT_ROOT
        and pair[0][0].country == pair[1][0].country
        and pair[0][1].country == pair[1][1].country
        and pair[0][0].country != pair[0][1].country
        and len(undated) == 1
        and undated[0].token is not None
        and undated[0].token.pos_ == "NOUN"
        and undated[0].token.dep_ not in ("dobj", "nsubj")  # "held talks", "talks began": acts
        and not undated[0].event.modality.future
    )


def named_sides(event: Event) -> bool:
    return any(actor is not None and actor.name for actor in (event.source, event.target))


# --- background --------------------------------------------------------------------------


def mark_background(item: Told, published: date | None, analysis: Analysis) -> Event:
    """An event the article dates well before its own day is context, not news; so is a
    habit or a state ("prosecutors rarely seek", "Assad is supported by Iran") and an act
    the sentence frames as the past ("recent raids", "similar to an August bombing")."""
    if item.token is not None and habitual(item.token, item.event.root):
        return replace(item.event, background=True)
    if item.token is not None and not item.dated and told_long_ago(item.token, analysis, published):
        return replace(item.event, background=True)
    if item.token is not None and told_as_backstory(item.token):
        return replace(item.event, background=True)
    if item.token is not None and not item.dated and drawn_out(item.token):
        return replace(item.event, background=True)
    if item.token is not None and not item.dated and portrait(item.token):
        return replace(item.event, background=True)
    if item.dated and long_before(item.event, published):
        return replace(item.event, background=True)
    if item.dated and scheduled(item.event, published):
        return replace(item.event, modality=replace(item.event.modality, future=True))
    return item.event


def scheduled(event: Event, published: date | None) -> bool:
    """A meeting, visit or material act the text dates after the article's day has not
    happened yet: "travels to Japan from May 21" written in March is planned."""
    span = period(event.date, event.date_precision)
    if span is None or published is None or event.root not in SCHEDULED_ROOTS:
        return False
    flags = event.modality
    return span[0] > published and not (flags.future or flags.hypothetical or flags.negated)


def drawn_out(token: Token) -> bool:
    """An act spread over a stretch of time ("have repeatedly shelled the villages", "had
    long opposed the dam"): a course of conduct, not the day's happening, when no date in the
    sentence pins it to one."""
    return any(
        child.dep_ == "advmod" and child.lemma_.lower() in STRETCH_ADVERBS
        for word in (token, governing_verb(token))
        for child in word.children
    )


def portrait(token: Token) -> bool:
    """A relative clause in the perfect that describes someone by what they have done ("the
    envoy, who had advised two presidents", "a group which has claimed many bombings"), or a
    main clause in the past perfect ("the minister had hoped the bill would pass"): what came
    before the story, not the day's news."""
    verb = governing_verb(token)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return True
    return verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} and perfect


def governing_verb(token: Token) -> Token:
    """The verb an event word belongs to: itself, or the nearest verb above a noun."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ not in {"ROOT"} and verb.head is not verb:
        verb = verb.head
    return verb


def habitual(token: Token, root: str) -> bool:
    """A trigger told as a habit ("often hold drills", "the weekly demonstrations", "every
    Sunday") or, for material acts, in the simple present ("Iran arms the militia", "is
    supported by Russia", "gangs that carry out killings"): no single happening to date."""
    verb = governing_verb(token)
    for word in (token, verb):
        for child in word.children:
            if child.lemma_.lower() in HABITUAL_WORDS and child.dep_ in {"advmod", "amod"}:
                return True
            if child.dep_ == "npadvmod" and any(
                grand.lower_ in {"every", "each"} for grand in child.children
            ):
                return True
            if (
                child.dep_ == "npadvmod"
                and child.lemma_ == "time"
                and any(grand.lower_ == "all" for grand in child.children)
            ):
                return True  # "they shell the villages all the time"
            if child.dep_ == "prep" and child.lower_ == "for" and stretch(child):
                return True  # "for years", "for decades": a span of time, not one act
            if child.dep_ == "advmod" and child.lemma_.lower() in PAST_MARKERS:
                return True  # "had previously praised", "once ruled": told as the past
            if child.dep_ == "prep" and any(o.lower_ == "past" for o in child.children):
                return True  # "has earned praise in the past"
    if one_of_many(token) or many_acts(verb, root):
        return True
    if (
        token.tag_ == "VBG"
        and root in MATERIAL_ROOTS
        and (token.dep_ == "acl" or misread_participle(token))
    ):
        return True  # "militias besieging the city", "the coalition battling the group"
    light = token.dep_ == "dobj" and token.head == verb  # "gangs that carry out killings"
    if root not in MATERIAL_ROOTS or (verb is not token and not light):
        return False
    tense = verb.tag_
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if helpers:
        tense = helpers[0].tag_ if len(helpers) == 1 and helpers[0].dep_ == "auxpass" else ""
        if len(helpers) == 1 and verb.tag_ == "VBG" and helpers[0].lemma_ == "be":
            # "Turkey is fighting Islamic State in Syria": a campaign under way, not an act
            tense = helpers[0].tag_ if verb.dep_ not in {"ccomp", "xcomp"} else ""
    # "Iraqi troops attack militants"; a paragraph's closing line break is no word
    words = [t for t in _sentence(verb) if not t.is_space]
    headline = not words or words[-1].text not in {".", '"', "”"}
    return tense in {"VBZ", "VBP"} and not inside_quote(verb) and not headline


def misread_participle(verb: Token) -> bool:
    """ "Aides to the gangs raiding the villages refused interviews": the parser made
    the participle the root with the finite verb its complement, or a clausal subject with a
    subject of its own; the participle still describes the noun before it."""
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if verb.dep_ == "csubj":
        return any(c.dep_ == "nsubj" for c in verb.children)
    return verb.dep_ == "ROOT" and any(
        c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in FINITE for c in verb.children
    )


def one_of_many(noun: Token) -> bool:
    """ "the case was one of numerous police shootings", "one in a series of killings": an
    instance of a class of acts, not a happening of its own."""
    if noun.tag_ != "NNS":
        return False
    node = noun
    for _ in range(2):
        if node.dep_ != "pobj":
            return False
        node = node.head.head
        if node.lemma_.lower() == "one" and node.pos_ in ("NUM", "PRON"):
            return True
    return False


def stretch(preposition: Token) -> bool:
    """ "for years", "for two decades", "for months on end": a stretch of time."""
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in STRETCH_UNITS and o.tag_ == "NNS"
        for o in preposition.children
    )


# --- reactions to acts told before -------------------------------------------------------


def reaction_targets(told: list[Told], analysis: Analysis) -> None:
    """A reaction with no target whose object refers back to an act told earlier ("imposed
    export curbs on ZTE ... China criticized the curbs", "condemned the move", "condemned the
    Orlando attack") is aimed at the author of that act, else at the maker the story gave
    the thing it names ("the ministry issued a rule ... criticized the rule")."""
    for position, item in enumerate(told):
        event = item.event
        if event.target is not None or event.root not in AIMED_ROOTS or item.token is None:
            continue
        # co-doers of the same act ("Germans and Americans filed a lawsuit") do not react to it
        earlier = [t for t in told[:position] if t.token is None or t.token.i != item.token.i]
        things = referred_objects(item.token)
        for thing in things:
            author = earlier_author(thing, earlier, _code(event.source))
            if author is not None:
                rule = f"{author.rule or ''} + events: the author of the act it refers back to"
                item.event = replace(event, target=replace(author, rule=rule.lstrip(" +")))
                break
        else:
            made = (story_author(t, analysis, _code(event.source)) for t in things)
            author = next((a for a in made if a is not None), None)
            author = author or maker_of(things, event.source, story_country(analysis))
            if author is not None:
                item.event = replace(event, target=author)


def earlier_author(thing: Token, earlier: list[Told], speaker: str | None) -> Actor | None:
    """Who did the act a noun refers back to: the last act told with that word ("the
    curbs"), the last act at all for "the move", the last violent act for "the attack"."""
    lemma = thing.lemma_.lower()
    definite = any(
        c.dep_ in {"det", "poss"} and c.lower_ in REFERRING | {"its", "their"}
        for c in thing.children
    )
    for told in reversed(earlier):
        author = told.event.source
        if told.token is None or author is None or author.code == speaker:
            continue
        if told.event.cameo.startswith(COMMENT_CODES):  # "described the bombing as ..."
            continue
        words = act_words(told)
        if lemma in words or (lemma in RESTRAINTS and words & RESTRAINTS):
            return author  # "imposed restrictions ... criticized the curbs"
        if definite and lemma in ACT_ANAPHORS | HAPPENING_NOUNS:
            return author  # "condemned the move", "called the incident sad"
        if lemma in VIOLENCE_NOUNS and told.event.root in VIOLENT_EVENT_ROOTS:
            return author
    return None


def referred_objects(trigger: Token) -> list[Token]:
    """The nouns a reaction is about: "criticized the curbs", "anger over this step", "said
    the move was reckless" (the subject of what it says)."""
    candidates = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    candidates += [
        s
        for clause in trigger.children
        if clause.dep_ == "ccomp"
        for s in clause.children
        if s.dep_ in {"nsubj", "nsubjpass"}
    ]
    candidates += [
        noun for clause in trigger.children if clause.dep_ == "ccomp" for noun in pointed(clause)
    ]
    candidates += [
        o
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ in {"on", "over", "about", "to", "of"}
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    return [noun for noun in candidates if noun.pos_ == "NOUN"]


def pointed(clause: Token) -> list[Token]:
    """What a clause whose subject points back says that thing was: "this is exactly the kind
    of reckless move we feared" (kind, move), "it was a cowardly attack" (attack)."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in POINTING]
    if not subjects:
        return []
    found = [c for c in clause.children if c.dep_ == "attr"]
    return found + [
        o
        for noun in found
        if noun.lemma_.lower() in QUANTITY_NOUNS
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def act_words(told: Told) -> set[str]:
    """The words an act was told with: its trigger and the trigger's object ("imposed curbs")."""
    token = told.token
    if token is None:
        return set()
    words = {token.lemma_.lower()}
    words.update(c.lemma_.lower() for c in token.children if c.dep_ in {"dobj", "nsubjpass"})
    if token.dep_ == "acl":  # "the restrictions, imposed by ...": the noun it describes
        words.add(token.head.lemma_.lower())
    return words


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None
