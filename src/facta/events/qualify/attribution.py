"""Attribution of an event: the article itself, a named speaker, or an anonymous source."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from facta.analysis_state import Analysis, Mention
from facta.events.qualify.carried_accounts import carried_account, reporter_before
from facta.events.qualify.cues import _cues, _sentence
from facta.events.qualify.reports import (
    announced_in,
    headline_source,
    hearsay,
    inside_quote,
    is_statement,
    own_statement,
    quote_sources,
    sources_on_path,
    trailing_report,
)
from facta.events.qualify.source_phrase import ReportSource, is_anonymous, name_span
from facta.models import Actor, Attribution, actor_code


def find_attribution(
    trigger: Token, analysis: Analysis, source: Actor | None = None
) -> Attribution:
    """Who asserts the event: reporting verbs and "according to" above it, outermost first,
    else an account the previous sentence opened and this one carries on.

    `source` is the event's own source actor: a statement by "Germany and Poland" is each
    speaker's own, credited to the one the event is about."""
    sources = sources_on_path(trigger)
    if not sources and inside_quote(trigger):
        sources = quote_sources(trigger)
    if not sources:
        sources = trailing_report(trigger) or headline_source(trigger)
    own = own_statement(trigger) if is_statement(trigger) else []
    if not sources and own:
        sources = carried_account(trigger, analysis)
    if own and own[0].head not in {s.head for s in sources}:
        sources = [*sources, *own]  # the statement's own speaker stays innermost in the chain
    if not sources:
        sources = announced_in(trigger) or hearsay(trigger)
    if not sources:
        sources = carried_account(trigger, analysis)
    if not sources:
        return Attribution()
    if source is not None and sources[0].head is not None:
        sources[0] = _conjunct_speaking_as(sources[0], source, analysis)
    outer = sources[0]
    speaker = None
    anonymous = outer.anonymous
    if source is not None and source.country is not None and _is_joint_speaker(outer.head):
        speaker, anonymous = source, False  # "..., the two sides announced": each its own
    elif outer.head is not None:
        speaker = _speaker(outer.head, outer.clause or trigger, analysis)
        if outer.head.pos_ == "PRON":
            earlier = reporter_before(outer.head) if outer.clause is None else None
            if earlier is not None and earlier.head is not None:
                # "..., the official said. He said...": "he" is the one who just spoke
                speaker = _speaker(earlier.head, earlier.clause or trigger, analysis)
                anonymous = earlier.anonymous
            else:
                anonymous = _antecedent_is_anonymous(outer.head, analysis)
    return Attribution(
        speaker=speaker,
        text=outer.text,
        anonymous=anonymous,
        cue=outer.cue,
        chain=tuple(source.text or source.cue for source in sources),
    )


def _is_joint_speaker(head: Token | None) -> bool:
    """ "the two sides", "both countries": a plural that takes up a compound subject."""
    if head is None or head.lemma_.lower() not in _cues("attribution.yaml", "joint_speaker_nouns"):
        return False
    return head.tag_ == "NNS" and any(
        child.dep_ == "nummod" or child.lower_ == "both" for child in head.children
    )


def _conjunct_speaking_as(outer: ReportSource, source: Actor, analysis: Analysis) -> ReportSource:
    """ "Germany and Poland promised tanks": Poland's promise is spoken by Poland."""
    head = outer.head
    if head is None:
        return outer
    for speaker in (head, *head.conjuncts):
        mention = _mention_in(name_span(speaker), speaker, analysis)
        if mention is None:
            continue
        actor = mention.actor
        same = actor.entity == source.entity if source.entity else actor.code == source.code
        if same and actor.name == source.name:
            if speaker == head:
                return outer
            return replace(outer, head=speaker, text=name_span(speaker).text)
    return outer


def _antecedent_is_anonymous(pronoun: Token, analysis: Analysis) -> bool:
    """ "A senior army officer spoke to reporters. He said...": "he" is as anonymous as the
    words that first named him, as the actor stage linked them."""
    mention = analysis.mention_at(pronoun.i)
    if mention is None or mention.actor.entity is None:
        return False
    for other in analysis.mentions:
        if other.start >= pronoun.i:
            break
        if other.actor.entity == mention.actor.entity and other.kind != "pronoun":
            head = analysis.doc[other.start : other.end].root
            return is_anonymous(head, name_span(head))
    return False


def _speaker(head: Token, trigger: Token, analysis: Analysis) -> Actor | None:
    """The actor the actor stage found in the source's words ("an Amnesty report" -> Amnesty,
    "sources in the Sudanese army" -> the army).

    A source that is a role with no country of its own ("the foreign ministry", "his
    spokesman", "a civil aviation official") speaks for the country the reported clause is
    about, as readers take it: "Pakistan closed its airspace, the ministry said" -> PAKGOV.
    A country guessed from the story's setting yields to the sentence's; a source marked as
    outsider ("a Western diplomat") gets none."""
    span = name_span(head)
    mention = _mention_in(span, head, analysis)
    if mention is None:
        return None
    if mention.kind == "demonym" and head.pos_ == "PROPN" and head.i >= mention.end:
        between = head.doc[mention.end : head.i]
        if all(token.pos_ == "PROPN" for token in between):
            return None  # "the Syrian Observatory for Human Rights": a body the name does not place
        # "the British maritime agency UKMTO": the demonym places the agency the name is
    actor = mention.actor
    words = {token.lower_ for token in span}
    stationed = head.lemma_.lower() in _cues("attribution.yaml", "outsider_nouns")
    if stationed or words & _cues("attribution.yaml", "outsider_modifiers"):
        rule = actor.rule or ""
        guessed = actor.country is not None and ("context:" in rule or "+in:" in rule)
        return (
            replace(actor, country=None, code=actor_code(None, actor.sectors)) if guessed else actor
        )
    if actor.country is not None and "context:" not in (actor.rule or ""):
        return actor
    if not actor.sectors or actor.group is not None or not _speaks_for_a_country(head, span):
        return actor
    if set(actor.sectors) == {"MED"} and not words & _cues(
        "attribution.yaml", "state_outlet_modifiers"
    ):
        return actor  # "the news agency said": an outlet, not the voice of the country it covers
    country = _sentence_country(trigger, mention, analysis)
    if country is None:
        return actor
    return replace(
        actor,
        country=country,
        code=actor_code(country, actor.sectors),
        rule=f"{actor.rule or ''}+speaker country from sentence".lstrip("+"),
    )


def _speaks_for_a_country(head: Token, span: Span) -> bool:
    """A role given definitely ("the ministry", "his spokesman", "the police chief"), by title
    and name ("Prime Minister Fumio Kishida"), or an official one given indefinitely ("a civil
    aviation official"); not "officials" or "two diplomats", who may come from anywhere."""
    names = "attribution.yaml"
    words = {token.lower_ for token in span}
    if words & _cues(names, "official_authors") or head.pos_ == "PROPN":
        return True
    if words & _cues(names, "state_outlet_modifiers"):
        return True  # "state media", "the state broadcaster": the voice of a state
    if head.lemma_.lower() in _cues(names, "representative_nouns"):
        return True  # "a spokesman for the governor": an official voice
    determiner = next((c.lower_ for c in head.children if c.dep_ in {"det", "predet"}), None)
    possessed = any(child.dep_ == "poss" for child in head.children)
    return possessed or determiner in {"the", "this", "that", "these", "those"}


def _mention_in(span: Span, head: Token, analysis: Analysis) -> Mention | None:
    """The actor named by the source's words, else by the body it belongs to ("sources in the
    army", "a spokesman for the coast guard"). One who speaks for another ("their spokesman",
    "the prosecutor's office", "a spokesman for the governor") speaks as that other."""
    representative = head.lemma_.lower() in _cues("attribution.yaml", "representative_nouns")
    for owner in (c for c in head.children if c.dep_ == "poss" and representative):
        mention = _mention_in(name_span(owner), owner, analysis)
        if mention is not None:
            return mention
    own = None
    for index in (head.i, *(t.i for t in reversed(span) if t.i != head.i)):
        own = analysis.mention_at(index)
        if own is not None:
            break
    if own is not None and not representative:
        return own
    belonging = _cues("attribution.yaml", "belonging_prepositions")
    for preposition in head.rights:
        if preposition.dep_ != "prep" or preposition.lower_ not in belonging:
            continue
        for body in preposition.children:
            if body.dep_ == "pobj":
                found = _mention_in(name_span(body), body, analysis)
                if found is not None:
                    return found
    return own


def _sentence_country(trigger: Token, speaker: Mention, analysis: Analysis) -> str | None:
    """The country of the reported clause's subject, else of the first actor with a country
    the sentence names (not the speaker's own guessed one)."""
    subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None:
        actor = analysis.mention_at(subject.i)
        if actor is not None and actor is not speaker:
            return actor.actor.country  # "Scholz will visit Beijing, his spokesman said": not CHN
    for token in _sentence(trigger):
        other = analysis.mention_at(token.i)
        if other is None or other is speaker or other.actor.country is None:
            continue
        if "context:" not in (other.actor.rule or ""):
            return other.actor.country
    return None
