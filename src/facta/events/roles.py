"""The argument layer: who acts (source) and on whom (target) for a verb or an event noun,
in active, passive, dative, prepositional, relative and participle forms."""

from __future__ import annotations

from spacy.tokens import Token

from facta.analysis_state import Analysis
from facta.events import clauses, evaluations, feelings, outcomes
from facta.events.constructions import _position
from facta.events.ellipsis import elided_members
from facta.events.enemies import story_enemy
from facta.events.implied import held_to_blame, subjunctive_subject, teller
from facta.events.inquiries import reported_doer, sufferer_agent
from facta.events.lexicon import COMMITMENT
from facta.events.local_bodies import local_government
from facta.events.matching import TriggerMatcher
from facta.events.noun_agents import occasion_subject, participle_agent, teller_of_talks
from facta.events.possessors import not_the_doer
from facta.events.sides import _foreign, _same_actor, _same_country
from facta.events.speech_chains import audience, means_addressee, teller_of_conjunct
from facta.events.statement_contents import statement_issuer
from facta.events.subordinates import misread_subject
from facta.events.told_acts import act_targets
from facta.events.victims import plain_victims, public_addressee
from facta.events.vocabulary import (
    CLAIM_VERBS,
    EMOTION_PARTICIPLES,
    INQUIRY_ROOT,
    MEDIATION,
    NEGATED_ACTS,
    OWN_FORCE_CODES,
    OWN_INQUIRIES,
    OWN_OBJECT_ROOTS,
    PLACE_TARGET_ROOTS,
    PROGRESS_WORDS,
    REACTION_ROOTS,
    RECEIVING_VERBS,
    REPORTING_ROOTS,
    STATIVE_PARTICIPLES,
    SUPPORT_ROOT,
    TOPIC_TARGET_ROOTS,
    TRIP_VERBS,
    UNADDRESSED_CODES,
    VIOLENT_ROOTS,
    Trigger,
)


class RoleReader(TriggerMatcher):
    """Sources and target candidates of a trigger, read from the parse."""

    # --- arguments ----------------------------------------------------------------------------
    def arguments(self, trigger: Trigger, analysis: Analysis) -> tuple[list, list]:
        if trigger.verb is not None:
            sources, candidates = self.verb_arguments(trigger, analysis)
        else:
            sources, candidates = self.noun_arguments(trigger, analysis)
        if not sources and trigger.adopted_by is not None:
            # "the Council agreed to a six-month extension": who agrees does it
            sources = clauses.arguments(clauses.subject(trigger.adopted_by), analysis)
        if trigger.embedded is not None:
            promiser = clauses.child(trigger.embedded.token, "nsubj")
            if not sources:  # "promises that Iran would support X": the promiser is Iran
                sources = clauses.arguments(promiser, analysis)
            if not _addressee_named(trigger):
                candidates = candidates + self.action_targets(trigger, analysis)
        if trigger.cameo in UNADDRESSED_CODES:  # "declined to comment on the visit": no one
            candidates = []
        scene: list = []  # "was shot at a Dallas gas station by X": where, not whom
        for candidate in candidates:
            if trigger.cameo[:2] == INQUIRY_ROOT and self.investigated_act(candidate):
                # "investigating the shooting of a teenager by an officer": the officer
                candidate = clauses.noun_agent(candidate)
            elif trigger.cameo[:2] == INQUIRY_ROOT and reported_doer(candidate) is not None:
                candidate = reported_doer(candidate)  # "investigating reports that Smith sold"
            elif trigger.cameo[:2] == INQUIRY_ROOT and self.done_to(candidate):
                # "investigating the attack on a bus driver": not the driver, but whoever a
                # clause on him says did it ("a driver who was stabbed by a robber")
                candidate = sufferer_agent(candidate)
            if isinstance(candidate, clauses.Argument):
                targets = [candidate]
            else:
                targets = clauses.arguments(candidate, analysis) if candidate is not None else []
                if not targets and candidate is not None and trigger.cameo[:2] in VIOLENT_ROOTS:
                    # "a strike against a camp run by al Qaeda": who runs or rides in it
                    targets = [
                        a
                        for h in clauses.holders(candidate)
                        for a in clauses.arguments(h, analysis)
                    ]
            targets = not_the_doer(candidate, targets, trigger.cameo, sources, analysis)
            if trigger.cameo[:2] == SUPPORT_ROOT and isinstance(candidate, Token):
                # "backed the rebellion against the president": not the president
                targets = [t for t in targets if not clauses.opposed_within(candidate, t)]
            located = all(t.mention.kind == "place" for t in targets)
            if targets and located and trigger.cameo[:2] in VIOLENT_ROOTS:
                scene = scene or targets  # a later candidate may name whom it was done to
            elif targets:
                return sources, targets
        if scene:
            return sources, scene
        if trigger.cameo[:2] in REPORTING_ROOTS | REACTION_ROOTS:
            direct = clauses.child(trigger.token, "dobj")
            for candidate in [*candidates, direct]:  # "criticized curbs imposed by Washington"
                if isinstance(candidate, clauses.Argument) or candidate is None:
                    continue
                authors = [
                    a
                    for author in clauses.object_authors(candidate)
                    for a in clauses.arguments(author, analysis)
                    if not any(_same_actor(s, a) for s in sources)
                ]
                if authors:
                    return sources, authors
        if (
            trigger.cameo[:2] in TOPIC_TARGET_ROOTS
            and trigger.verb is not None
            and not _addressee_named(trigger)
        ):
            named = self.complement_actor(trigger.token, sources, analysis)
            if named is not None:  # "warned it would respond to the 'war' declared by Seoul"
                return sources, [named]
        if trigger.cameo not in ("042", "0874") and trigger.cameo[:2] not in PLACE_TARGET_ROOTS:
            for candidate in candidates:  # "imposed sanctions on Moscow": Moscow stands for Russia
                if isinstance(candidate, clauses.Argument) or candidate is None:
                    continue
                local = local_government(candidate, trigger.cameo, analysis)
                if local is not None and not any(_same_actor(s, local) for s in sources):
                    return sources, [local]  # "urged Hunan": its government, even at home
                place = clauses.place_argument(candidate, analysis, origin=False)
                named = place is not None and place.mention.start <= candidate.i < place.mention.end
                if (
                    named
                    and candidate.dep_ == "pobj"
                    and not any(_same_country(s, place) for s in sources)
                ):
                    return sources, [place]
        if trigger.cameo in ("042", "0874") or trigger.cameo[:2] in PLACE_TARGET_ROOTS:
            for candidate in candidates:  # "visited Paris", "struck targets in southern Lebanon"
                place = (
                    None
                    if isinstance(candidate, clauses.Argument)
                    else clauses.place_argument(
                        candidate,
                        analysis,
                        origin=trigger.cameo == "0874" or trigger.cameo[:2] in VIOLENT_ROOTS,
                    )
                )
                own = any(_same_country(s, place) for s in sources) and trigger.cameo in (
                    "0874",
                    "042",
                )
                if place is not None and not own:
                    # "withdrew from Avdiivka": their own ground; "visited a clinic in Ohio":
                    # a trip at home is no visit to another actor
                    return sources, [place]
        victims = plain_victims(trigger.cameo, sources, candidates, analysis)
        addressed = public_addressee(trigger.token, trigger.cameo, candidates, analysis)
        elided = elided_members(candidates, analysis)  # "the army shelled the town": its foe
        return sources, victims or addressed or elided or story_enemy(trigger, sources, analysis)

    def investigated_act(self, candidate: object) -> bool:
        """An act an inquiry looks into ("the shooting of a teenager", "the drowning of
        migrants"): whom it investigates is the act's doer, never those it was done to."""
        if not isinstance(candidate, Token) or candidate.pos_ != "NOUN":
            return False
        noun = self.match_noun(candidate)
        if noun is not None and noun.cameo[:2] == INQUIRY_ROOT:
            return False  # "opened an inquiry into two officers": the inquiry, no act looked into
        return noun is not None or candidate.lower_.endswith("ing")

    def done_to(self, candidate: object) -> bool:
        """Whom an investigated act was done to: "the attack on a bus driver"."""
        if not isinstance(candidate, Token) or candidate.head.dep_ != "prep":
            return False
        return candidate.head.lower_ != "by" and self.investigated_act(candidate.head.head)

    def complement_actor(
        self, verb: Token, sources: list, analysis: Analysis
    ) -> clauses.Argument | None:
        """The first actor a warning, appeal, promise or criticism names in what it says,
        other than its own side: whom it is about, when no one is addressed."""
        for clause in verb.children:
            if clause.dep_ not in {"ccomp", "xcomp"}:
                continue
            for token in clause.subtree:
                mention = analysis.mention_at(token.i)
                if mention is None or mention.kind in {"place", "implied"}:
                    continue
                found = clauses.Argument(token, mention)
                if not any(_same_actor(s, found) or _same_country(s, found) for s in sources):
                    return found
        return None

    def action_targets(self, trigger: Trigger, analysis: Analysis) -> list:
        """Targets from the embedded action: who is asked or threatened, or what is acted on."""
        action = trigger.embedded
        doer = clauses.child(action.token, "nsubj", "nsubjpass")
        found: list = []
        if doer is not None and trigger.frame in ("appeal", "demand", "threat"):
            found.append(doer)  # "demanded that NATO supply shells": NATO is asked
        _, candidates = (
            self.verb_arguments(action, analysis)
            if action.verb is not None
            else self.noun_arguments(action, analysis)
        )
        return found + [c for c in candidates if c is not doer]

    def verb_arguments(self, trigger: Trigger, analysis: Analysis) -> tuple[list, list]:
        """The sources, and the target candidates in order of preference."""
        token, entry = trigger.token, trigger.verb
        blamed = held_to_blame(token)
        if blamed is not None:  # "X was to blame, police said": X is blamed by the police
            return clauses.arguments(teller(token.head), analysis), [blamed]
        if entry and entry.subject_suffers:
            # "the embassy came under fire from militants": the subject suffers the event
            heads = [token, *clauses.prep_objects(token, ("under",))]  # "under attack from X"
            received = clauses.child(token, "dobj")  # "received a batch of jets from X"
            if received is not None:
                heads += [received, *clauses.prep_objects(received, ("of",))]
            found = [o for head in heads for o in clauses.prep_objects(head, ("from", "by"))]
            sources = [a for o in found for a in clauses.arguments(o, analysis)]
            return sources, [clauses.subject(token)]
        doer = misread_subject(token) or statement_issuer(token) or clauses.subject(token)
        sources = clauses.arguments(doer, analysis)
        if not sources:  # "said the matter was closed and declined to comment": the speaker
            sources = clauses.arguments(teller_of_conjunct(token), analysis)
        preps = entry.target_preps if entry and entry.target_preps else ()
        candidates: list = clauses.prep_objects(token, preps)
        violent = entry is not None and entry.cameo[:2] in VIOLENT_ROOTS
        attack = clauses.subject(token)
        if violent and outcomes.outcome_host(token):  # "said, citing fire on a port, injuring"
            attack = outcomes.outcome_cause(token, self.violent_noun)
            sources = []
        if self.violent_noun(attack) and violent:
            # "an attack at a mosque killed four": the attack's author kills, not the mosque
            sources = clauses.arguments(clauses.noun_agent(attack), analysis)
            candidates += self.attack_targets(attack, analysis)
        if token.dep_ == "acl" and token.tag_ == "VBN" and clauses.prep_objects(token, ("by",)):
            candidates.append(token.head)  # "the rebels backed by Rwanda": the rebels are backed
        obj = clauses.child(token, "dobj") or clauses.shared_object(token)
        if entry and entry.cameo[:2] in OWN_OBJECT_ROOTS:
            obj = None  # "Russia mobilized its reservists": the object is the actor's own force
        if obj is not None and entry and entry.objects and obj.lemma_.lower() in entry.objects:
            # "imposed sanctions on Belarus", "rejected Seoul's offer", "allowed Russian troops in"
            candidates += clauses.prep_objects(obj, preps or clauses.DEFAULT_TARGET_PREPS)
            candidates += [clauses.noun_agent(obj)]
            if not _foreign(clauses.mention_in(obj, analysis), sources):  # "massed its troops"
                obj = None
        victim = outcomes.undergoer(token) if violent else None
        if victim is not None:  # "four herders died in an air strike", "a miner, stabbed at"
            obj, sources = victim, self.cause_agents(token, analysis)
        if (entry.lemma if entry else token.lemma_.lower()) in EMOTION_PARTICIPLES:
            # "Beijing was angered by the remarks", "the remarks angered Beijing": Beijing
            # disapproves of them (and of whoever made them); the cause is not who acts
            return feelings.feeling_arguments(token, analysis)
        stative = token.lemma_.lower() in STATIVE_PARTICIPLES and not clauses.child(token, "agent")
        if clauses.is_passive(token) and stative and not sources:
            # "Israel is opposed to French mediation": Israel opposes it
            sources = clauses.arguments(clauses.passive_subject(token), analysis)
        elif clauses.is_passive(token):
            obj = clauses.passive_subject(token)
            if not sources and entry and entry.cameo[:2] in OWN_OBJECT_ROOTS:
                # "Russian troops were deployed to Belarus": the force is its own side's
                sources, obj = clauses.arguments(obj, analysis), None
            if not sources:  # "were killed in a Russian drone strike": the strike's author
                sources = self.cause_agents(token, analysis)
            if not sources and entry and entry.cameo == "011":
                # "a spokesman could not be reached for comment": the one who gives none
                sources, obj = clauses.arguments(obj, analysis), None
        if obj is not None and obj.lower_ in clauses.RELATIVE_PRONOUNS:
            # "Rwanda, which Congo accuses of backing the rebels"; "citizens who lawmakers said
            # had been kidnapped"
            obj = clauses.antecedent(token) or obj
        if entry and entry.cameo[:2] in VIOLENT_ROOTS and outcomes.anonymous_victims(obj, analysis):
            # "killed 14 people in an attack on a bus carrying Nepalese guards": the guards
            candidates += self.attacked_in(token, analysis)
        if trigger.cameo[:2] in REPORTING_ROOTS:  # "phoned the envoy to urge ...": the envoy
            candidates += [means_addressee(token)]
        candidates += [obj, clauses.child(token, "dative"), subjunctive_subject(token)]
        candidates += act_targets(token, trigger.cameo)  # "denied conspiring against X": X
        clause = clauses.infinitive_clause(token)  # "called for Turkey to withdraw": Turkey
        candidates += [clauses.for_clause_doer(clause)] if clause is not None else []
        candidates += clauses.prep_objects(token, clauses.DEFAULT_TARGET_PREPS)
        direct = clauses.child(token, "dobj")
        inside = [direct, *clauses.prep_objects(token, ("for", "of", "into", "over"))]
        if entry and entry.cameo[:2] in VIOLENT_ROOTS:
            # "took the town in an assault against the rebels": whom the assault was against
            inside += clauses.prep_objects(token, ("in",))
        for particle in token.children:  # "pulled out of the talks with X"
            if particle.dep_ in ("prep", "prt", "advmod") and not clauses.child(particle, "pobj"):
                inside += clauses.prep_objects(particle, ("of",))
        if direct is not None:
            inside += clauses.prep_objects(direct, ("for", "of"))
        for inner in inside:
            noun = self.match_noun(inner) if inner is not None else None
            backed = entry is not None and entry.cameo[:2] == SUPPORT_ROOT
            if noun is not None and not backed:  # "claimed the raid on an AU base": its target
                candidates += clauses.prep_objects(inner, noun.target_preps)
        if entry and entry.marker in evaluations.EVALUATIONS:
            # "told the envoy that Turkey was behind the violations": Turkey is accused
            said = clauses.clause_subject(token) or evaluations.quoted_subject(token)
            # "said it was a plan drawn up by X": X; last, "what he called dangerous actions by
            # China": the description names its author
            authors = evaluations.predicate_authors(token)
            described = [
                a for d in evaluations.descriptions(token) for a in clauses.object_authors(d)
            ]
            inner = evaluations.evidenced_subject(token)
            if not evaluations.descriptions(token):  # "told Reuters the sales were weak"
                addressees = {c.i for c in token.children if c.dep_ in ("dobj", "dative")}
                candidates = [
                    c for c in candidates if not (isinstance(c, Token) and c.i in addressees)
                ]
            candidates = [inner, said, *authors, *candidates, *described]
        elif token.lemma_.lower() in evaluations.NAMING_VERBS:
            # "what it called a provocation by X": the description names its author
            candidates += [
                a for d in evaluations.descriptions(token) for a in clauses.object_authors(d)
            ]
        if (
            trigger.cameo not in NEGATED_ACTS
            and (trigger.cameo[:2] in REPORTING_ROOTS or trigger.cameo == "016")
            and not (entry and entry.marker == COMMITMENT)  # "said it would": its own side
        ):  # "did not say how many troops left": a decline has no addressee
            candidates += [clauses.clause_subject(token)]
            candidates += [
                clauses.clause_subject(o)
                # "voiced hope that Kenya would sign": the feeling's own clause, though the
                # feeling is no target
                for o in (obj, direct, *clauses.prep_objects(token, ("into", "of", "about", "for")))
                if o is not None
            ]
        return sources, candidates + _claimed_from(token, obj) + audience(token, trigger.cameo)

    def exercise_partners(
        self, trigger: Trigger, sources: list, targets: list, analysis: Analysis
    ) -> list | None:
        """Exercises (150) held with another country or by forces of two countries are joint
        (062): the partners named after 'with' or before the noun ("U.S. and Japanese
        exercises"), [] for a compound of sources, else None."""
        if trigger.noun is None or trigger.cameo != "150" or not sources:
            return None
        named = [t for t in targets if t.head == trigger.token]
        if named and not any(_same_country(s, t) for s in sources for t in named):
            return named
        place = _position(trigger.token)
        holders = [trigger.token, place.head] if place.dep_ == "dobj" else [trigger.token]
        partners = [
            a
            for h in holders
            for o in clauses.prep_objects(h, ("with", "alongside"))
            for a in clauses.arguments(o, analysis)
            if not any(_same_country(s, a) for s in sources)
        ]
        if partners:
            return partners
        countries = {s.mention.actor.country for s in sources} - {None}
        return [] if len(countries) > 1 else None

    def show_of_force(self, trigger: Trigger) -> bool:
        """An event noun that is a show of force (150) by its bare word, whatever its modifiers
        make it: "joint exercises", "joint naval drills" (not "joint patrols")."""
        if trigger.noun is None:
            return False
        entries = self.lexicon.nouns.get(trigger.token.lemma_.lower(), ())
        return any(not e.modifiers and e.cameo[:2] == "15" for e in entries)

    def purpose_host(self, noun: Token) -> Trigger | None:
        """The meeting verb a bare meeting noun is the purpose of: "hosted X for talks"."""
        place = _position(noun)
        entry = self.match_noun(noun)
        if place.dep_ != "pobj" or place.head.lower_ != "for" or entry is None:
            return None
        if clauses.prep_objects(noun, entry.target_preps) or clauses.noun_agent(noun) is not None:
            return None
        verb = place.head.head
        found = self.match_verb(verb)
        if found is None or found.cameo[:2] != "04" or found.cameo == "042":
            return None
        return Trigger(verb, found.cameo, found.rule, found.specificity, verb=found)

    def cause_agents(self, verb: Token, analysis: Analysis) -> list:
        """The agent of an event noun a passive happened in or by: "killed in Israeli raids"."""
        for noun in clauses.prep_objects(verb, ("in", "by", "during")):
            if self.match_noun(noun) is not None:
                found = clauses.noun_modifier_mentions(noun, analysis)
                if found:
                    return [clauses.Argument(noun, found[0])]
                agents = clauses.arguments(clauses.noun_agent(noun), analysis)
                if not agents and self.match_noun(noun).cameo[:2] == "19":
                    # "six police were killed in clashes with insurgents": the other side
                    agents = [
                        a
                        for o in clauses.prep_objects(noun, ("with",))
                        for a in clauses.arguments(o, analysis)
                    ]
                return agents
        return []

    def attacked_in(self, verb: Token, analysis: Analysis) -> list:
        """Whom the attack a violent verb (or the verb coordinated with it) happened in was
        aimed at: "killed nine in an attack on a bus full of X"."""
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        found: list = []
        for noun in (n for v in verbs for n in clauses.prep_objects(v, ("in", "during"))):
            entry = self.match_noun(noun)
            if entry is None or entry.cameo[:2] not in VIOLENT_ROOTS:
                continue
            for aimed in clauses.prep_objects(noun, entry.target_preps):
                named = clauses.arguments(aimed, analysis) or [
                    a for h in clauses.holders(aimed) for a in clauses.arguments(h, analysis)
                ]
                found += [a for a in named if a.mention.kind != "place"]
        return found

    def violent_noun(self, noun: Token | None) -> bool:
        """An attack noun of the lexicon ("attack", "air strike", "bombing")."""
        entry = self.match_noun(noun) if noun is not None else None
        return entry is not None and entry.cameo[:2] in VIOLENT_ROOTS

    def unattributed_attack(self, trigger: Trigger) -> bool:
        """A violent verb whose subject is an attack that names no author and no weapon:
        "an attack at a mosque killed four" (not "an air strike killed four")."""
        if trigger.verb is None or trigger.cameo[:2] not in VIOLENT_ROOTS:
            return False
        attack = clauses.subject(trigger.token)
        return (
            self.violent_noun(attack)
            and self.instrument(attack) is None
            and clauses.noun_agent(attack) is None
        )

    def attack_targets(self, attack: Token, analysis: Analysis) -> list:
        """Whom an attack that killed or wounded people hit: its own target ("an attack at a
        mosque killed four": the mosque) or, when that is only a country, the victims there
        ("air strikes on Syria killed civilians": Syrian civilians)."""
        entry = self.match_noun(attack)
        preps = entry.target_preps if entry and entry.target_preps else ("on", "at", "against")
        named = [
            a for o in clauses.prep_objects(attack, preps) for a in clauses.arguments(o, analysis)
        ]
        victims = clauses.arguments(clauses.child(attack.head, "dobj"), analysis)
        refined = [v for v in victims if v.mention.actor.sectors]
        struck = named[0].mention.actor.country if named else None
        if struck and refined and all(not a.mention.actor.sectors for a in named):
            # the victims' country, when the text names none, is the country struck
            return [outcomes.victim_of(v, struck) for v in refined]
        return named

    def noun_arguments(self, trigger: Trigger, analysis: Analysis) -> tuple[list, list]:
        token, entry = trigger.token, trigger.noun
        sides = clauses.between(token, analysis)
        if len(sides) >= 2 and trigger.cameo.startswith(MEDIATION):
            # "Egypt's mediation between Hamas and Israel": the mediator acts on both sides
            agent = clauses.arguments(clauses.noun_agent(token), analysis)
            if agent:
                return agent[:1], clauses.prep_objects(token, ("between", "among"))[:1]
        if len(sides) >= 2:
            return sides[:1], sides[1:]
        host = self.purpose_host(token)
        if host is not None:  # "hosted the Egyptian president for talks": the same two sides
            return self.verb_arguments(host, analysis)
        modifiers = clauses.noun_modifier_mentions(token, analysis)
        sources = [clauses.Argument(token, m) for m in modifiers[:1]]
        candidates: list = [clauses.Argument(token, m) for m in modifiers[1:2]]
        if not sources:
            sources = clauses.arguments(clauses.noun_agent(token), analysis)
        if not sources:  # "a phone call from the president": the compound named no one
            sources = [
                a
                for o in clauses.prep_objects(token, ("by", "from"))
                for a in clauses.arguments(o, analysis)
            ]
        if not sources:  # "a march organised by the union", "during a visit to Lima, X said"
            light_verbs = self.lexicon.light_verbs
            doer = participle_agent(token, light_verbs) or occasion_subject(token, trigger.cameo)
            doer = doer or teller_of_talks(token, trigger.cameo)
            sources = clauses.arguments(doer, analysis)
        if not sources:  # "police said the investigation was continuing": their own inquiry
            sources = clauses.arguments(_teller_of_progress(token), analysis)
        received = token.dep_ == "dobj" and token.head.lemma_.lower() in RECEIVING_VERBS
        givers: list[Token] = []
        if received and not sources and trigger.cameo[:2] in REACTION_ROOTS:
            # "won the backing of party leaders": whose support is won gives it
            givers = clauses.prep_objects(token, ("of",))
            sources = [a for o in givers for a in clauses.arguments(o, analysis)]
        if received:
            # "drew condemnation from Jordan", "received a call from Paris": the subject undergoes it
            if not sources:
                sources = [
                    a
                    for o in clauses.prep_objects(token.head, ("from", "by"))
                    for a in clauses.arguments(o, analysis)
                ]
            if sources:  # "drawing protests across the country": no one named, no event
                candidates.append(clauses.subject(token.head))
        place = _position(token)  # "launched three days of war games": where the days stand
        verb = place.head.head if place.dep_ == "pobj" and place.head.dep_ == "prep" else place.head
        light = place.dep_ in ("dobj", "nsubjpass", "pobj") and bool(
            {verb.lower_, verb.lemma_.lower()} & self.lexicon.light_verbs
        )
        trip = (
            place.dep_ == "pobj"
            and place.head.lower_ == "for"
            and verb.lemma_.lower() in TRIP_VERBS
        )
        if not sources and (light or trip):  # "launched attacks", "visited Paris for talks"
            sources = clauses.arguments(clauses.subject(verb), analysis)
        elif not sources and _state_of_being_in(place, verb):
            # "the prime minister is on a two-day visit to Moscow", "X and Y are in talks"
            sources = clauses.arguments(clauses.subject(verb), analysis)
        preps = entry.target_preps if entry else ()
        if token.dep_ == "nsubj" and trigger.cameo[:2] in VIOLENT_ROOTS:
            verb_entry = self.match_verb(token.head)
            if verb_entry is not None and verb_entry.cameo[:2] in VIOLENT_ROOTS:
                candidates += self.attack_targets(token, analysis)
        candidates += [o for o in clauses.prep_objects(token, preps) if o not in givers]
        # "criticism directed at the mayor", "talks held with the rebels": a participle that
        # describes the event noun carries its target
        candidates += [
            o
            for clause in token.children
            if clause.dep_ == "acl" and clause.tag_ == "VBN"
            for o in clauses.prep_objects(clause, preps)
        ]
        if entry is not None and entry.nominal:
            # "the suspension of military aid to Kyiv", "the expulsion of the Russian envoy"
            if not sources and entry.cameo.startswith(OWN_FORCE_CODES):
                # "the withdrawal of Russian troops from Kherson": the troops withdraw
                sources = clauses.arguments(
                    next(iter(clauses.prep_objects(token, ("of",))), None), analysis
                )
            for done in clauses.prep_objects(token, ("of",)):
                candidates += clauses.prep_objects(done, preps or clauses.DEFAULT_TARGET_PREPS)
                candidates.append(done)
        if light:  # "arrived in Beijing for a visit"
            candidates += clauses.prep_objects(verb, (*preps, "in"))
        if place.dep_ == "pobj" and place.head.lower_ == "under" and verb.pos_ == "VERB":
            candidates.append(clauses.subject(verb))  # "Rubio wilted under an attack by X"
        if token.dep_ == "nsubj":  # "Iran's only demand was that the group leave"
            candidates.append(clauses.clause_subject(token.head))
        if trigger.cameo.startswith("11"):  # "the accusation that Uganda armed the rebels"
            told = [c for c in token.children if c.dep_ in ("acl", "ccomp")]
            candidates += [clauses.child(c, "nsubj") for c in told if clauses.child(c, "mark")]
        return sources, candidates


def _state_of_being_in(place: Token, verb: Token) -> bool:
    """An event noun its subject is in or on ("are in ongoing talks with X", "was on a tour
    of the region"): the copula's subject takes part in it."""
    return (
        verb.lemma_.lower() == "be"
        and place.dep_ == "pobj"
        and place.head.lower_ in {"in", "on", "into"}
    )


def _addressee_named(trigger: Trigger) -> bool:
    """ "lobbied Asian countries to back the judges": an appeal or demand names whom it asks;
    when they are no known actor, what they are asked to act on is not the target."""
    token = trigger.token
    return (
        trigger.frame in ("appeal", "demand")
        and trigger.verb is not None
        and clauses.child(token, "dobj") is not None
        and (clauses.child(token, "xcomp") or clauses.infinitive_clause(token)) is not None
    )


def _teller_of_progress(noun: Token) -> Token | None:
    """ "The investigation is continuing, police said", "said the investigation was ongoing":
    an inquiry (own_inquiry) that names no one and that a teller reports as going on
    (progress_word) is the teller's own."""
    if noun.lemma_.lower() not in OWN_INQUIRIES or noun.dep_ != "nsubj":
        return None
    predicate = noun.head
    words = {predicate.lemma_.lower()} | {
        w.lemma_.lower()
        for c in predicate.children
        if c.dep_ in ("acomp", "advmod", "prep")
        for w in (c, *c.children)
    }
    return teller(predicate) if words & PROGRESS_WORDS else None


def _claimed_from(verb: Token, obj: Token | None) -> list[Token]:
    """ "filed a lawsuit seeking damages from the company": the one a participle of claiming
    (claim_verb) asks something from, when the act names no target of its own."""
    holders = [verb, obj] if obj is not None else [verb]
    claims = [
        c
        for holder in holders
        for c in holder.children
        if c.dep_ in ("advcl", "acl", "xcomp")
        and c.tag_ == "VBG"
        and c.lemma_.lower() in CLAIM_VERBS
    ]
    return [o for claim in claims for o in clauses.prep_objects(claim, ("from", "against"))]
