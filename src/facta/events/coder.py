"""Code events: find lexicon triggers in each sentence, pick their arguments, build Event records.

Verb triggers, noun triggers ("attacks on", "a meeting between") and frames ("promised to stop
arming groups") are matched against the lexicon; each Event names the entry that fired.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from facta.analysis_state import Analysis
from facta.codebook import doer_code, irregular_force, lookup, pledged, regular_force
from facta.events import clauses, complements, evaluations
from facta.events.constructions import (
    _addressed,
    _background_noun,
    _clause_end,
    _clause_start,
    _conditional,
    _firm_promise,
    _has_content,
    _non_actor_agent,
    _purpose_noun,
    _reported_obligation,
    _scene_setting,
    _standing_stance,
)
from facta.events.discourse import settle
from facta.events.implied import implied_doer, implied_patient, names_its_doer, teller
from facta.events.lexicon import COMMITMENT
from facta.events.mutual import mutual, one_another
from facta.events.qualify import (
    assess_modality,
    find_attribution,
    resolve_date,
    states_a_condition,
)
from facta.events.qualify.cues import QUOTES
from facta.events.qualify.reports import inside_quote
from facta.events.quoted_pledges import quoted_pledge
from facta.events.roles import (
    RoleReader,
)
from facta.events.sides import (
    JOINT_FORCE_CODES,
    _actor,
    _as_force,
    _as_state,
    _assumed_target,
    _civil_only,
    _co_attack,
    _confidence,
    _domestic,
    _implied,
    _own_government,
    _own_people,
    _same_actor,
    _same_side,
    _span,
    _visits_a_thing,
    _with_country,
    _words_not_weapons,
    commits_own_side,
    contest_for,
    figurative_force,
    private_act,
    private_only,
    unreal_mention,
)
from facta.events.story_talks import mediations
from facta.events.untold_violence import accident, felt_about, told_before, unrealised
from facta.events.vocabulary import (
    AGENTLESS_ROOTS,
    COMBAT_CODES,
    DENIED_FEELINGS,
    DOMESTIC_TARGET_ROOTS,
    FEELING_CODES,
    JOINT_RULE,
    LONE_COMPANY_CODES,
    MEDIATION,
    NEGATED_ACTS,
    OWN_INQUIRIES,
    OWN_PEOPLE_CODES,
    PLAIN_VICTIM_SECTORS,
    PROTEST_NOUNS,
    RECIPIENT_CODES,
    RECIPROCAL_VERBS,
    SPEECH_ACT_ROOTS,
    SYMMETRIC_CODES,
    SYMMETRIC_ROOTS,
    UNCLAIMED_BOMBING,
    UNSAID_ROOTS,
    VIOLENT_ROOTS,
    WORDS,
    Trigger,
)
from facta.models import (
    Actor,
    Attribution,
    Event,
    Evidence,
    event_id,
)
from facta.places.locate import story_country

CIVILIAN_SECTOR = "CVL"
UNNAMED_PROTESTERS = "events: a protest by people the text does not name"
PEOPLE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # names that may act
# Acts a thing cannot do: "the story exploded", "the scandal hit the president"
THING_ROOTS = frozenset({"18", "19", "20"})
PHONE_WORDS = frozenset({"phone", "telephone", "videoconference", "video"})  # "by phone"
ATTITUDE_ROOT = "05"  # praise, support, apology: acts of people and institutions, not of machines
WARNING_VERBS = WORDS["warning_verb"]
PLAN_VERBS = WORDS["plan_verb"]
PLEDGING_AUX = frozenset({"will", "would", "shall", "could", "may", "might", "'ll", "wo", "ca"})
FORECAST_CODE, FORECAST_RULE = "012", "warning of what others may do -> 012"
AID_PLEDGE = "033"  # "Britain and Norway promised $1 billion": to a third party, not each other


CRITICISM_ROOT = "11"  # a private person's criticism is political even when whom is unsaid


def _agent_in_clause(verb: Token, implied: list, analysis: Analysis) -> list:
    """The doer a passive implies, named as the subject of a clause it governs ("were
    arrested after police stopped them"): the text gives the agent (ARTICLES.md)."""
    sectors = {s for a in implied for s in a.mention.actor.sectors}
    for clause in verb.children:
        if clause.dep_ != "advcl":
            continue
        found = clauses.arguments(clauses.child(clause, "nsubj"), analysis)
        if found and all(sectors & set(a.mention.actor.sectors) for a in found):
            return found
    return []


def _quoted_speech(token: Token) -> bool:
    """Inside a quotation, not a single word set in quotes ('were left "concerned"')."""
    doc = token.doc
    wrapped = 0 < token.i < len(doc) - 1 and all(
        any(mark in doc[i].text for mark in QUOTES) for i in (token.i - 1, token.i + 1)
    )
    return inside_quote(token) and not wrapped


class Coder(RoleReader):
    """Match triggers and assemble events for one Analysis at a time; holds only the lexicon."""

    def business_only(self, cameo: str, *actors: Actor | None) -> bool:
        """Every actor of the event has only discarded sectors: "the company sued its rival".
        A company that is the only actor of a reply to the public stays: "the bank declined to
        comment" (LONE_COMPANY_CODES)."""
        present = [a for a in actors if a is not None]
        discard = self.lexicon.discard_sectors
        if len(present) == 1 and cameo in LONE_COMPANY_CODES:
            return False
        return bool(present) and all(a.sectors and set(a.sectors) <= discard for a in present)

    def visited_place(self, sentence: Span, visitor: clauses.Argument, analysis: Analysis) -> list:
        """ "in Havana ahead of Obama's visit", "his visit to the Caribbean island": a visit
        that names no host is to the foreign country the sentence places it in, else to the
        country the story is set in."""
        own = visitor.mention.actor.country
        for found in analysis.places:
            if sentence.start <= found.start < sentence.end and found.place.country != own:
                place = clauses.place_argument(analysis.doc[found.start], analysis, origin=False)
                if place is not None:
                    return [place]
        setting = story_country(analysis)
        if setting is None or setting == own:
            return []
        return [_implied(visitor.head, setting, "events: a visit to the country of the story")]

    # --- assembly -----------------------------------------------------------------------------
    def events_for(
        self, trigger: Trigger, index: int, sentence: Span, analysis: Analysis
    ) -> list[Event]:
        sources, targets = self.arguments(trigger, analysis)
        trigger = quoted_pledge(trigger, sources, analysis, self.lexicon) or trigger
        if (
            trigger.verb is not None
            and trigger.verb.marker == COMMITMENT
            and trigger.action is not None
            and not commits_own_side(trigger.token, sources, analysis)
        ):  # "Kerry said Russia would withdraw": Russia's reported plan, no pledge by Kerry
            return []
        if trigger.frame == "threat" and self.forecast(trigger.token, sources, analysis):
            trigger = replace(
                trigger,
                cameo=FORECAST_CODE,
                rule=f"{trigger.rule} + {FORECAST_RULE}",
                promised=None,
                frame=None,
            )
        joint = self.exercise_partners(trigger, sources, targets, analysis)
        if joint is not None:  # "French and Egyptian warships launched war games": together
            trigger = replace(trigger, cameo="062", rule=f"{trigger.rule} + {JOINT_RULE}")
            targets = joint
        if not sources and trigger.implied_source:
            sources = [_implied(trigger.token, trigger.implied_source)]
        if not sources and trigger.noun is not None and trigger.token.lemma_ in PROTEST_NOUNS:
            sources = [_implied(trigger.token, CIVILIAN_SECTOR, UNNAMED_PROTESTERS)]
        if (
            not sources
            and trigger.cameo.startswith(UNCLAIMED_BOMBING[0])
            and self.blast_subject(trigger)
        ):
            sources = [_implied(trigger.token, UNCLAIMED_BOMBING[1], "events: unclaimed bombing")]
        if not sources and self.unattributed_attack(trigger):
            # "an attack at a mosque killed four": unattributed attackers are REB
            sources = [_implied(trigger.token, UNCLAIMED_BOMBING[1], "events: unattributed attack")]
        sufferer = None
        unnamed_doer = False
        passive = trigger.verb is not None and clauses.is_passive(trigger.token)
        if not sources and passive and trigger.token.lemma_.lower() in OWN_INQUIRIES:
            # "what caused the fire is being investigated, the navy said": the navy's inquiry
            sources = clauses.arguments(teller(trigger.token), analysis)
        if not sources and passive:
            sources, sufferer = implied_doer(trigger, targets)
            targets = targets or ([sufferer] if sufferer else [])
            unnamed_doer = bool(sources)
        if sources and all(t.mention.actor.presumed for t in targets):
            # "Smith was charged": a person presumed a civilian is, here, a suspect
            targets = implied_patient(trigger, sources, targets, analysis) or targets
            sufferer = targets[0] if targets else sufferer
        named = _agent_in_clause(trigger.token, sources, analysis) if unnamed_doer else []
        if named:  # "three people were arrested after police stopped them": the police
            sources, unnamed_doer = named, False
        if unnamed_doer and (trigger.cameo[:2] in AGENTLESS_ROOTS or not targets):
            # "a man was arrested", "was charged with fraud": the implied police or court tell
            # who suffers it (a suspect, of no known country, like an unnamed gunman), but a
            # passive that names no agent has no source (ARTICLES.md); "the details are being
            # investigated" names no one at all. An act only one body does names it ("was
            # sentenced": a court; "were kidnapped": armed men, REB; implied_agents.tsv)
            sources = sources if names_its_doer(trigger) else []
        sources, targets = _domestic(sources, targets, sentence, analysis, trigger.cameo)
        if sufferer is not None and sources and sources[0].mention.actor.country:
            country = sources[0].mention.actor.country  # "officers took him into custody"
            targets = [_with_country(t, country) if t is sufferer else t for t in targets]
        if sources and not targets and trigger.cameo[:2] in DOMESTIC_TARGET_ROOTS:
            targets = _own_government(sources[0])
        if sources and not targets and trigger.cameo.startswith(OWN_PEOPLE_CODES):
            targets = _own_people(sources[0])
        if not sources and (not targets or _background_noun(trigger)):
            return []
        if _standing_stance(trigger) or felt_about(trigger):
            return []
        if trigger.cameo[:2] in VIOLENT_ROOTS and told_before(trigger):
            return []  # "their attack marked an escalation": the attack told before
        if trigger.verb is not None and states_a_condition(trigger.token):
            return []  # "would plead guilty if prosecutors ruled out ...": only supposed
        if trigger.cameo in FEELING_CODES and not targets and _quoted_speech(trigger.token):
            return []  # "'I'm very confident things will go well,' he said": a mood
        if not sources and trigger.cameo[:2] in VIOLENT_ROOTS and accident(trigger.token):
            return []  # "a pilot was killed when his jet crashed": no one attacked
        if not sources and (
            trigger.cameo[:2] not in AGENTLESS_ROOTS
            or (
                not unnamed_doer
                and all(set(t.mention.actor.sectors) <= PLAIN_VICTIM_SECTORS for t in targets)
            )
        ):
            return []  # "when asked if ...": no one acts; "two people were wounded": no one known
        if trigger.cameo == "042" and not targets and sources and not _visits_a_thing(trigger):
            targets = self.visited_place(sentence, sources[0], analysis)
        if trigger.cameo[:2] == "04" and not targets and len(sources) < 2:
            return []  # "the cabinet met on Sunday": consulting takes two parties
        if (  # "can support any candidate": support or praise of no one; two traders trade
            trigger.cameo.startswith(RECIPIENT_CODES)
            and not targets
            and (trigger.cameo[:2] == "05" or len(sources) < 2)
            and not (len(sources) > 1 and mutual(trigger.token))  # "praised each other"
        ):
            return []
        if not sources and trigger.noun is not None and _civil_only(targets):
            return []  # "her protracted battle with Sanders": a contest, not an armed clash
        if (
            trigger.frame
            and trigger.promised is None
            and not targets
            and (
                (trigger.frame == "intent" and not _firm_promise(trigger))
                or not _has_content(trigger.token)
            )
        ):
            return []  # "the airline plans to expand its fleet": no codable action, no one addressed
        if trigger.frame == "intent" and trigger.noun is not None and trigger.promised is None:
            return []
        if (
            trigger.frame == "intent"
            and trigger.promised is None
            and not _addressed(trigger, targets)
        ):
            return []  # "are ready to move towards the border": no codable act, offered to no one
        if (
            trigger.verb is not None
            and not unnamed_doer  # "was executed by firing squad": the means of a state act
            and _non_actor_agent(trigger.token, analysis)
            and self.instrument(clauses.subject(trigger.token)) is None
        ):
            return []  # "Indonesia was hit by the fall in oil prices"
        if trigger.cameo[:2] in THING_ROOTS and self.thing_as_doer(trigger, analysis):
            return []  # "the scandal hit the president", "the story exploded on Twitter"
        if trigger.cameo[:2] == ATTITUDE_ROOT and self.machine_as_doer(trigger):
            return []  # "a helicopter supporting the motorcade": escort, not endorsement
        if _reported_obligation(trigger) and (
            not targets
            or ("@should" in trigger.verb.objects and trigger.promised is None)
            or not clauses.arguments(clauses.clause_subject(trigger.token), analysis)
        ):
            # "officials said reforms must continue", "said the talks must ensure rights in
            # Syria": no one is asked; "said the firm should see a better year": a forecast,
            # not an appeal, unless a codable act is urged
            return []
        pairs = [(s, t) for s in sources or [None] for t in targets or [None]]
        symmetric = trigger.cameo[:2] in SYMMETRIC_ROOTS or trigger.cameo in SYMMETRIC_CODES
        if symmetric and trigger.cameo[:2] == "19" and _co_attack(trigger):
            symmetric = False  # "the army and allied militias took control of the town"
        if trigger.promised is not None and trigger.frame == "intent":
            # "China and Pakistan pledged to deepen cooperation": a joint pledge to each other
            symmetric = symmetric or trigger.promised.cameo[:2] in SYMMETRIC_ROOTS
        if (
            trigger.cameo[:2] == "03"
            and not trigger.cameo.startswith(AID_PLEDGE)
            and len({s.mention.actor.country for s in sources}) > 1
        ):
            symmetric = True  # "Japan and India pledged to build a joint radar chain"
        if (symmetric or mutual(trigger.token)) and not targets and len(sources) > 1:
            pairs = one_another(sources)
        if trigger.verb is not None and trigger.verb.lemma in RECIPROCAL_VERBS and targets:
            pairs += [(t, s) for s, t in pairs if s is not None and t is not None]
        if (
            trigger.noun is not None
            and symmetric
            and len(clauses.between(trigger.token, analysis)) > 1
            and not (trigger.cameo.startswith(MEDIATION) and len(targets) > 1)
        ):
            sides = clauses.between(trigger.token, analysis)
            pairs = [(s, t) for s in sides for t in sides if s is not t]
        elif (
            trigger.noun is not None and symmetric and targets and targets[0].head == trigger.token
        ):
            pairs += [(t, s) for s, t in pairs if s is not None]  # "the Talabani-Soleimani meeting"
        pairs = (
            [(s, t) for s, t in pairs if not _same_actor(s, t)] or [(sources[0], None)]
            if sources
            else [p for p in pairs if not _same_actor(*p)]
        )
        info = lookup(trigger.cameo)
        modality = assess_modality(trigger.token)
        if info.root == "01" or (
            info.root in SPEECH_ACT_ROOTS and (trigger.promised is not None or trigger.frame)
        ):
            # The promise, offer, threat or demand was made: an actual event whose pledged
            # action sits in `promised` (CONTRACT). "will withdraw unless ..." is a threat
            # made now, '"We will keep talking"' a quoted pledge made now (one word tells the
            # pledge and its act); "will urge Iran to ..." is still a planned appeal.
            made_now = trigger.token is trigger.action
            own = assess_modality(trigger.token, speech_act=True)
            modality = replace(
                own,
                future=own.future and not made_now,
                hypothetical=own.hypothetical and not made_now,
            )
        if trigger.cameo in NEGATED_ACTS and modality.negated:
            modality = replace(
                modality, negated=False
            )  # "did not respond to a request for comment"
        if trigger.refusal:
            # "refused to release them", "will not release them": the refusal is made now
            modality = replace(modality, negated=False, future=False)
        if trigger.cameo in DENIED_FEELINGS and modality.negated:
            cameo = DENIED_FEELINGS[trigger.cameo]  # "is not optimistic about the talks"
            trigger = replace(trigger, cameo=cameo, rule=f"{trigger.rule} denied -> {cameo}")
            info, modality = lookup(cameo), replace(modality, negated=False)
        if info.root in UNSAID_ROOTS and modality.negated:
            return []  # "said he was not worried", "did not deny it": no comment was made
        if not sources and (modality.negated or modality.hypothetical):
            return []  # "he is not injured", "if it landed, it would be blown up": no one, nothing
        if unreal_mention(trigger, modality):
            return []  # "saw no prosecutions", "How could he champion the collapse?"
        if info.root in VIOLENT_ROOTS and unrealised(trigger.token, modality):
            return []  # "says it does not target civilians", "could launch attacks": no violence
        # PLOVER codes a pledge as AGREE or THREATEN, a conditional one too ("would meet him
        # if ...", "may halt mediation unless ..."); the CAMEO code stays the pledged action.
        pledge = modality.future or (modality.hypothetical and _conditional(trigger.token))
        view = pledged(trigger.cameo) if pledge and not modality.negated else info
        date, precision = resolve_date(trigger.token, analysis)
        events = []
        attributions: dict[Actor | None, Attribution] = {}
        for source, target in pairs:
            source_actor = _actor(source.mention) if source else None
            target_actor = _actor(target.mention) if target else None
            force = _as_force(source_actor, trigger.cameo)
            if trigger.cameo in JOINT_FORCE_CODES and self.show_of_force(trigger):
                # "joint U.S.-Japanese exercises": each side's armed forces hold them
                target_actor = _as_force(target_actor, trigger.cameo)
            if force is not source_actor:  # "North Korea fired a missile": its military
                source_actor = force
            elif info.root not in VIOLENT_ROOTS:
                state = _as_state(source_actor)
                if state is not source_actor and target_actor and target_actor.code == state.code:
                    target_actor, target = None, None  # "Turkey demanded" of its own government
                source_actor = state
            if (
                self.business_only(trigger.cameo, source_actor, target_actor)
                or (info.root != CRITICISM_ROOT and private_only(source_actor, target_actor))
                or private_act(trigger.cameo, source_actor)
                or figurative_force(trigger, source_actor, target_actor)
            ):
                continue
            # "Germany and Poland said": each statement is its own speaker's (once per source).
            if source_actor not in attributions:
                attributions[source_actor] = find_attribution(
                    trigger.token, analysis, source=source_actor
                )
            attribution = attributions[source_actor]
            start, end = trigger.token.idx, trigger.token.idx + len(trigger.token)
            cameo, code_info = trigger.cameo, info
            if trigger.cameo == "190" and _words_not_weapons(trigger, source_actor, target_actor):
                if contest_for(trigger):
                    continue  # "while they fight to become the candidate": a race, not an attack
                cameo, code_info = "111", lookup("111")  # "attacking the news media"
            elif source_actor is not None and info.root == "18":
                cameo = regular_force(trigger.cameo, source_actor.sectors)
                if (
                    trigger.cameo in COMBAT_CODES
                    and not trigger.implied_source
                    and target_actor
                    and "MIL" in target_actor.sectors
                ):
                    cameo = "190"  # "advisers of Iran's army were killed by jihadist groups"
                code_info = lookup(cameo) if cameo != trigger.cameo else info
            elif source_actor is not None and info.root == "19" and (target, source) not in pairs:
                cameo = irregular_force(trigger.cameo, source_actor.sectors)  # one-sided
                code_info = lookup(cameo) if cameo != trigger.cameo else info
            elif source_actor is not None:  # "detectives are investigating": 091
                cameo = doer_code(trigger.cameo, source_actor.sectors)
                code_info = lookup(cameo) if cameo != trigger.cameo else info
            events.append(
                Event(
                    event_id=event_id(
                        analysis.article.id,
                        index,
                        (start, end),
                        trigger.cameo,
                        source_actor,
                        target_actor,
                    ),
                    article_id=analysis.article.id,
                    sentence=index,
                    cameo=cameo,
                    root=code_info.root,
                    quad_class=code_info.quad_class,
                    goldstein=code_info.goldstein,
                    plover_type=(view if code_info is info else code_info).plover_type,
                    plover_mode=(view if code_info is info else code_info).plover_mode,
                    plover_context=view.plover_context or code_info.plover_context,
                    source=source_actor,
                    target=target_actor,
                    date=date,
                    date_precision=precision,
                    modality=modality,
                    attribution=attribution,
                    evidence=Evidence(
                        text=sentence.text,
                        trigger=(start - sentence.start_char, end - sentence.start_char),
                        source=_span(source, analysis, sentence),
                        target=_span(target, analysis, sentence),
                    ),
                    rule=trigger.rule,
                    confidence=_confidence(trigger, source is not None, target is not None),
                    promised=trigger.promised,
                    tokens=(_clause_start(trigger.token), _clause_end(trigger.token)),
                    background=_scene_setting(trigger),
                )
            )
        return events

    def blast_subject(self, trigger: Trigger) -> bool:
        """A blast's subject, if it has one, is a weapon ("a car bomb exploded"): "the story
        exploded on Twitter" is no bombing."""
        subject = clauses.subject(trigger.token) if trigger.verb is not None else None
        return subject is None or subject.pos_ == "PRON" or self.instrument(subject) is not None

    def thing_as_doer(self, trigger: Trigger, analysis: Analysis) -> bool:
        """The active subject of a violent verb is a thing: no actor, weapon, event noun or
        person. Its possessor ("the newspaper's story") does not make it an attack."""
        if trigger.verb is None or clauses.is_passive(trigger.token):
            return False
        if trigger.verb.subject_suffers:
            return False  # "the residence came under fire": the subject suffers it
        subject = clauses.subject(trigger.token)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return False
        lemma = subject.lemma_.lower()
        named_by = [c for c in subject.children if c.dep_ in ("compound", "amod", "nmod")]
        return (
            analysis.mention_at(subject.i) is None
            and all(analysis.mention_at(c.i) is None for c in named_by)  # "border patrol agents"
            and self.instrument(subject) is None
            and lemma not in self.lexicon.nouns
            and subject.lower_ not in self.lexicon.nouns
            and subject.ent_type_ not in PEOPLE_ENTITIES
        )

    def machine_as_doer(self, trigger: Trigger) -> bool:
        """The doer of a verb of praise or support is a weapon or vehicle (instruments.tsv):
        "a military helicopter supporting the convoy" helps it on its way, it endorses no one."""
        subject = clauses.subject(trigger.token) if trigger.verb is not None else None
        return subject is not None and self.instrument(subject) is not None

    def forecast(self, token: Token, sources: list, analysis: Analysis) -> bool:
        """A warning that tells what others will do or what may happen is a gloomy forecast:
        "warned that Democrats could sue", "warned that the campaign could stall". It threatens
        only when its that-clause tells the speaker's own side's act ("warned that it would use
        force", "North Korea could use nuclear weapons, an official in Pyongyang warned")."""
        if token.lemma_.lower() not in WARNING_VERBS:
            return False
        clause = clauses.child(token, "ccomp")
        if clause is None:
            return False  # "warned the rebels against attacking the convoy"
        announced = clause.lemma_.lower() in PLAN_VERBS  # "warned it was planning a response"
        if not announced and not any(
            c.dep_ == "aux" and c.lower_ in PLEDGING_AUX for c in clause.children
        ):
            return True  # "warned that the campaign is far from over": no act announced
        subject = clauses.child(clause, "nsubj", "nsubjpass")
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
            return False  # "its navy would respond"
        mention = analysis.mention_at(subject.i)
        if mention is None:  # "attacks would continue": the speaker's acts; "growth could slow"
            return subject.lemma_.lower() not in self.lexicon.nouns
        return not any(_same_side(mention.actor, s.mention.actor) for s in sources)

    def code(self, analysis: Analysis) -> Analysis:
        """Set `analysis.events`: one Event per trigger and actor pair, duplicates dropped."""
        events: list[Event] = []
        seen: set[tuple] = set()
        codes: set[tuple] = set()
        bare: list[tuple[int, Token]] = []  # event nouns naming no one: "the talks resumed"
        for index, sentence in enumerate(analysis.doc.sents):
            triggers = self.sentence_triggers(sentence)
            triggers += [call for t in triggers if (call := _by_phone(t)) is not None]
            found_for = {id(t): self.events_for(t, index, sentence, analysis) for t in triggers}
            pledged = {i for t in triggers if found_for[id(t)] for i in _pledged_words(t)}
            for trigger in triggers:
                # "hosted the emir for talks": the talks are a second consultation, not a copy
                purpose = _purpose_noun(trigger, triggers)
                found = [] if trigger.token.i in pledged else found_for[id(trigger)]
                if trigger.cameo[:2] == "04":  # "met under EU auspices": the EU mediates
                    found = [*found, *mediations(found, trigger.token, analysis)]
                if not found and trigger.noun is not None:
                    bare.append((index, trigger.token))
                for event in found:
                    pair = (event.source and event.source.code, event.target and event.target.code)
                    key, code = (index, event.root, *pair), (index, event.cameo, *pair)
                    if code not in codes and (purpose or key not in seen):
                        seen.add(key)
                        codes.add(code)
                        events.append(event)
        targeted = {
            (e.sentence, e.cameo, e.source and e.source.code)
            for e in events
            if e.target is not None and not _assumed_target(e)
        }
        events = [
            e
            for e in events
            if (e.target is not None and not _assumed_target(e))
            or (e.sentence, e.cameo, e.source and e.source.code) not in targeted
        ]  # "used water cannon to disperse the marchers": the same act with no target adds nothing
        analysis.events = settle(events, analysis, bare)
        return analysis


def _pledged_words(trigger: Trigger) -> set[int]:
    """ "Said it would help Kenya train its police": what a pledge commits to is not coded
    again on its own (neither the help nor the training)."""
    if trigger.verb is None or trigger.verb.marker != COMMITMENT or trigger.promised is None:
        return set()
    clause = complements.committed_clause(trigger.token)
    if clause is None:
        return set()
    return {t.i for t in clause.subtree if not evaluations.own_naming(t)}  # "what he called"


def _by_phone(trigger: Trigger) -> Trigger | None:
    """ "gave assurances by phone to the opposition": what is said by phone is also a phone
    call (041) between the same two sides."""
    if trigger.verb is None or trigger.cameo[:2] == "04":
        return None
    means = clauses.prep_objects(trigger.token, ("by", "over"))
    if not any(o.lemma_.lower() in PHONE_WORDS for o in means):
        return None
    rule = f"{trigger.rule} + by phone -> 041"
    return replace(trigger, cameo="041", rule=rule, promised=None, frame=None, embedded=None)
