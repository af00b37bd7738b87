"""Matching lexicon triggers in a sentence: verbs, event nouns, nominalisations and frames
("promised to stop arming"), with their instruments and refinements."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from facta.codebook import lookup
from facta.events import clauses, complements, evaluations
from facta.events.constructions import (
    _answer_given,
    _as_riot,
    _condition,
    _consequence,
    _consultation_topic,
    _hyphenated,
    _members,
    _modified_words,
    _named_agent,
    _nominal_objects,
    _object_words,
    _participle_modifier,
    _phrase,
    _position,
    _prep_words,
    _purpose_clause,
    _purpose_meeting,
    _purpose_noun,
    _rank,
    _reasons,
    _spoken_purpose,
    _stopped,
    _talks_outcome,
    _temporal,
    _time_phrase,
    aside_clauses,
)
from facta.events.crowds import campaign_event, crowd_act, protest_scene
from facta.events.lexicon import (
    ADOPTING_FRAMES,
    COMMITMENT,
    SELECTIVE_FRAMES,
    Instrument,
    Lexicon,
    NounEntry,
    VerbEntry,
    load_lexicon,
)
from facta.events.senses import (
    adjective_participle,
    arena,
    coded_word,
    other_sense,
    subject_word,
    unwilling,
)
from facta.events.speech_chains import chained_acts
from facta.events.statement_contents import told_asides
from facta.events.states_of_mind import unvoiced_state
from facta.events.vocabulary import (
    ARGUMENT_DEPS,
    CIRCUMSTANCE_PREPS,
    CIVILIAN_GROUPS,
    FACTIVE,
    JUDGING_CODES,
    NOUN_FRAMES,
    PERMISSIVE,
    PROTESTERS,
    REPORTING_ROOTS,
    STOP_VERBS,
    VIOLENT_ROOTS,
    WANING_VERBS,
    WILLING_WORDS,
    Trigger,
    role_idiom,
)
from facta.models import (
    Promised,
)
from facta.token_view import Tokens

# Parts of speech a trigger can have: verbs, event nouns (and gerunds), adjectives of stance.
TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ"})


class TriggerMatcher:
    """Lexicon matching for one sentence at a time; holds the lexicon."""

    def __init__(self, lexicon: Lexicon | None = None, extra_files: tuple[str, ...] = ()):
        self.lexicon = lexicon or load_lexicon(extra_files)
        # last parts of hyphenated verbs ("fired" of "test-fired"), checked before looking back
        self.hyphen_tails = {
            word.rsplit("-", 1)[1]
            for index in (self.lexicon.verbs, self.lexicon.nouns)
            for word in index
            if "-" in word
        } | {
            "in",
            "off",
            "out",
            "fire",
            "over",
        }  # object nouns: "sit-in", "stand-off", "cease-fire"

    # --- matching -----------------------------------------------------------------------------
    def verb_entries(self, token: Token) -> list[VerbEntry]:
        whole = _hyphenated(token) if token.lower_ in self.hyphen_tails else None
        entries = (
            self.lexicon.verbs.get(whole or "")
            or self.lexicon.verbs.get(token.lower_)
            or self.lexicon.verbs.get(token.lemma_.lower())
        )
        if not entries or adjective_participle(token):
            return []
        if token.pos_ == "VERB" or (token.pos_ == "NOUN" and token.dep_ in ("ccomp", "xcomp")):
            return entries  # the tagger sometimes reads a clause's verb as a noun: "that X resign"
        if token.pos_ == "ADJ" and token.dep_ in ("acomp", "oprd", "ROOT", "conj", "ccomp", "amod"):
            # "was stunned that ...": the tagger's adjective is a passive participle
            passive = clauses.child(token, "auxpass") is not None
            return [e for e in entries if e.frame or passive or token.dep_ in ("acomp", "oprd")]
        return []

    def match_verb(self, token: Token) -> VerbEntry | None:
        entries = self.verb_entries(token)
        if not entries or complements.in_question(token):
            return None
        children = list(token.children)
        particles = {c.lower_ for c in children if c.dep_ in ("prt", "prep", "advmod")}
        particles |= {  # "handed over 20 hostages": the parser reads the particle as "over 20"
            q.lower_ for q in token.doc[token.i + 1 : token.i + 2] if q.dep_ == "quantmod"
        }
        preps = {
            c.lower_: c
            for c in children
            if c.dep_ in ("prep", "agent", "dative", "prt") and not _time_phrase(c)
        }
        for c in children:  # "called for the judge to jail him for life": "for" opens a clause
            if c.dep_ == "advcl":
                preps.update(
                    (m.lower_, m) for m in c.children if m.dep_ == "mark" and m.lower_ == "for"
                )
        for c in children:  # "pulled out of the talks": the parser hangs "of" on "out"
            if c.dep_ in ("prep", "prt", "advmod") and not any(
                d.dep_ == "pobj" for d in c.children
            ):
                preps.update((d.lower_, d) for d in c.children if d.dep_ == "prep")
        objects: set[str] | None = None  # read when an entry first asks for its objects
        asked: bool | None = None  # whether an if-clause asks about the verb, read likewise
        # "called the leaders 'professional people'": an object predicate makes the verb one of
        # naming; an object entry then holds only through what the object is called
        naming = {
            w for c in children if c.dep_ == "oprd" for w in (c.lemma_.lower(), *_modified_words(c))
        }
        prep_words: dict[str, set[str]] = {}  # "killed in a drone strike": object and compounds
        loose = {p for p in preps if p not in CIRCUMSTANCE_PREPS}
        acts = any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in children)
        best: VerbEntry | None = None
        for entry in entries:
            if entry.particles and not entry.particles & particles:
                continue
            if entry.preps and not entry.preps & preps.keys():
                continue
            if entry.preps - {"as"} and evaluations.names_its_object(token):
                # "called the ruling good news for voters": no call for anything; "described
                # the raid as terrorism" is itself a naming
                continue
            if entry.marker is not None:
                if asked is None:
                    asked = complements.asked_about(token)
                if asked:
                    continue  # "asked if the police suspected that ...": no one suspects yet
                if not (
                    evaluations.judges(token, entry.marker)
                    if entry.marker in evaluations.EVALUATIONS
                    else complements.has_complement(token, entry.marker)
                ):
                    continue
                if entry.marker in complements.OBLIGATION_MODALS and self._event_subject(token):
                    continue  # "hoped the talks would bear fruit": no one is asked to act
            elif entry.objects:
                if naming and not entry.objects & naming:
                    continue
                if objects is None:
                    objects = _object_words(token, children)
                named = entry.preps & preps.keys() if entry.preps else loose
                if not entry.objects & objects and not any(
                    entry.objects
                    & (
                        _prep_words(preps[p], bool(entry.preps), prep_words)
                        | (evaluations.description_words(preps[p]) if entry.preps else set())
                    )
                    for p in named
                ):
                    continue
            if best is None or _rank(entry, acts) > _rank(best, acts):
                best = entry
        return best

    def _event_subject(self, verb: Token) -> bool:
        subject = clauses.clause_subject(verb)
        return subject is not None and self.match_noun(subject) is not None

    def match_noun(self, token: Token) -> NounEntry | None:
        if (token.pos_ != "NOUN" and not nominal_gerund(token)) or role_idiom(token):
            return None
        whole = _hyphenated(token) if token.lower_ in self.hyphen_tails else None
        entries = (
            self.lexicon.nouns.get(whole or "")
            or self.lexicon.nouns.get(token.lower_)
            or self.lexicon.nouns.get(token.lemma_.lower())
        )
        nominal = self.match_nominal(token)
        if not entries:
            return nominal
        before = [c for c in token.children if c.i < token.i]
        before += [g for c in before if c.dep_ == "compound" for g in c.children if g.i < c.i]
        # "joint air force drills": the modifiers of a compound modify the whole noun too
        modifiers = {c.lower_ for c in before} | {c.lemma_.lower() for c in before}
        measure = _position(token)  # "a round of talks" reads as "round talks"
        if measure != token:
            modifiers |= {measure.lower_, measure.lemma_.lower()}
        entry = next((e for e in entries if e.modifiers <= modifiers), None)
        return nominal if nominal and (entry is None or not entry.modifiers) else entry

    def match_nominal(self, token: Token) -> NounEntry | None:
        """ "the suspension of military aid": the verb's object entries read the noun's object."""
        verb = self.lexicon.nominals.get(token.lower_) or self.lexicon.nominals.get(
            token.lemma_.lower()
        )
        if verb is None:
            return None
        preps = {c.lower_: c for c in token.children if c.dep_ == "prep"}
        best: VerbEntry | None = None
        for entry in self.lexicon.verbs.get(verb, []):
            if entry.lemma != verb or entry.particles or entry.marker or not entry.objects:
                continue
            named = entry.preps & preps.keys() if entry.preps else {"of", "in", "for"}
            words = {w for p in named if p in preps for w in _nominal_objects(preps[p])}
            if entry.objects & words and (best is None or _rank(entry, False) > _rank(best, False)):
                best = entry
        if best is None:
            return None
        rule = f"nominals.tsv:{token.lemma_.lower()} + {best.rule}"
        return NounEntry(
            token.lemma_.lower(), frozenset(), best.cameo, best.target_preps, rule, True
        )

    def embedded_action(
        self, token: Token, complement: Token | None = None
    ) -> tuple[Token, Trigger | None, str] | None:
        """The action a frame commits to, asks for or threatens: (head, its trigger, polarity);
        `complement`: the clause to read, when the frame has chosen it."""
        deps = ("xcomp", "ccomp", "acl", "relcl") if token.pos_ == "NOUN" else ("xcomp", "ccomp")
        complement = (
            complement
            or clauses.child(token, *deps)
            or clauses.infinitive_clause(token)
            or clauses.to_action(token)
        )
        if complement is None:
            complement = next(
                (
                    o
                    for o in clauses.prep_objects(token, ("with", "against"))
                    if o.pos_ in ("VERB", "NOUN")
                ),
                None,
            )
        if complement is None or complement.pos_ not in ("VERB", "NOUN", "AUX"):
            return None
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in complement.children):
            return None  # "asked whether Rwanda would withdraw": a question, not a request
        polarity = "do"
        head = complement
        own = self.match_verb(complement) if complement.pos_ == "VERB" else None
        if complement.lemma_.lower() in STOP_VERBS and not (own and own.objects):
            # "stop arming groups"; but "halt talks" and "end the strike" are codes of their own
            polarity = "stop"
            head = clauses.child(complement, "xcomp", "dobj") or complement
        frontier = [head]
        for candidate in frontier:
            if len(frontier) > 8:
                break
            trigger = self.trigger_at(candidate, frames=False)
            if trigger is not None and not (trigger.noun and trigger.cameo[:2] in NOUN_FRAMES):
                return head, trigger, polarity
            light = {candidate.lower_, candidate.lemma_.lower()} & self.lexicon.light_verbs
            frontier.extend(
                c
                for c in candidate.children
                if (c.dep_ in ("xcomp", "advcl", "conj") and c.pos_ == "VERB" and not _condition(c))
                or (light and c.dep_ == "dobj" and c.pos_ == "NOUN")
                or (c.dep_ == "acomp" and c.lemma_.lower() in WILLING_WORDS)  # "be ready to"
            )  # "resume dialogue"; "vowed to respond if the US sold arms": the sale is no pledge
            purpose = clauses.in_order_to(candidate)
            frontier.extend([purpose] if purpose is not None else [])
        return head, None, polarity

    def trigger_at(self, token: Token, frames: bool = True) -> Trigger | None:
        entry = None if nominal_gerund(token) else self.match_verb(token)
        if entry is not None:
            base = Trigger(token, entry.cameo, entry.rule, entry.specificity, verb=entry)
            if entry.frame and frames:
                return self.frame_trigger(base, entry.frame)
            kind = complements.ultimatum(token) if frames else None
            return self.ultimatum(base, kind) if kind else base
        noun = self.match_noun(token)
        if noun is not None and token.dep_ != "compound":
            base = Trigger(token, noun.cameo, noun.rule, 0, noun=noun)
            frame = NOUN_FRAMES.get(noun.cameo[:2])
            if frame in ("intent", "threat") and noun.nominal:  # "a pledge of aid": promised
                frame = None
            return self.frame_trigger(base, frame) if frame and frames else base
        return crowd_act(token)

    def frame_trigger(self, base: Trigger, frame: str) -> Trigger | None:
        """Refine a promise, threat, appeal or demand by the action it embeds."""
        committed = base.verb is not None and base.verb.marker == COMMITMENT
        clause = complements.committed_clause(base.token) if committed else None
        if frame == "appeal" and complements.asks_a_question(base.token):
            return None  # "asked by a reporter if he would resign": a question, not an appeal
        found = self.embedded_action(base.token, clause)
        if frame == "demand" and found is not None and complements.states_a_fact(found[0]):
            return None  # "insisted that the army had withdrawn": a claim, not a demand
        if found is None or found[1] is None:
            pledged = committed and found is not None and complements.undertaking(found[0])
            if not pledged and (
                frame in ADOPTING_FRAMES
                or committed
                or (frame == "intent" and unwilling(base.token))
            ):
                return None
            return replace(base, action=found[0] if found else None, frame=frame)
        head, action, polarity = found
        refused = self.lexicon.frame_code("refuse", action.cameo, polarity)
        if frame in ("intent", "plan") and refused and unwilling(base.token):
            # "did not intend to negotiate with the government": the act is refused (125)
            rule = f"{base.rule} + {action.rule} + not -> {refused}"
            return replace(action, cameo=refused, rule=rule, refusal=True, adopted_by=base.token)
        if frame == "intent" and unwilling(base.token):
            return None  # "is not ready to endorse him": no pledge, and no refusal CAMEO names
        if frame in ADOPTING_FRAMES:
            code = self.lexicon.frame_code(frame, action.cameo, polarity)
            if code is None and frame in SELECTIVE_FRAMES:
                return None
            code = code or action.cameo
            refusal = frame == "refuse" and code[:2] == "12"
            return replace(
                action,
                cameo=code,
                rule=f"{base.rule} + {action.rule}",
                refusal=refusal,
                adopted_by=base.token,
            )
        info = lookup(action.cameo)
        code = self.lexicon.frame_code(frame, action.cameo, polarity) or base.cameo
        if committed:  # "said it would help": only acts a side can commit itself to
            code = self.lexicon.frame_code("commitment", action.cameo, polarity)
            if code is None:
                return None
        anchor = head.head if polarity == "stop" else head
        promised = Promised(action.cameo, info.plover_type, polarity, _phrase(anchor, head))
        return replace(
            base,
            cameo=code,
            rule=f"{base.rule} + {action.rule}",
            specificity=base.specificity + 1,
            promised=promised,
            action=action.token,
            embedded=action,
            frame=frame,
        )

    def ultimatum(self, action: Trigger, kind: str) -> Trigger:
        """ "Nigeria will withdraw its troops unless ...": the action is threatened, not done;
        "the teachers will not end their strike unless ...": the action is refused."""
        if kind == "decline":  # "will not release the sailors": a refusal when one is coded
            code = self.lexicon.frame_code("refuse", action.cameo, "do")
            if code is None:
                return action  # "will not attack": the act, negated
            return replace(
                action, cameo=code, rule=f"{action.rule} + will not -> {code}", refusal=True
            )
        if kind == "refuse":
            code = self.lexicon.frame_code("refuse", action.cameo, "do") or "120"
            return replace(
                action,
                cameo=code,
                rule=f"{action.rule} + not unless -> {code}",
                refusal=code[:2] == "12",
            )
        info = lookup(action.cameo)
        code = self.lexicon.frame_code("threat", action.cameo, "do") or "130"
        promised = Promised(
            action.cameo, info.plover_type, "do", _phrase(action.token, action.token)
        )
        return replace(
            action,
            cameo=code,
            rule=f"{action.rule} + unless -> {code}",
            promised=promised,
            embedded=action,
            action=action.token,
            frame="threat",
        )

    def instrument(self, noun: Token | None) -> Instrument | None:
        """The weapon a noun names ("a roadside bomb"), if the lexicon knows it."""
        if noun is None:
            return None
        entries = self.lexicon.instruments.get(noun.lower_) or self.lexicon.instruments.get(
            noun.lemma_.lower(), []
        )
        modifiers = {c.lemma_.lower() for c in noun.children if c.i < noun.i}
        return next((e for e in entries if e.modifiers <= modifiers), None)

    def with_instrument(self, trigger: Trigger) -> Trigger:
        """ "A roadside bomb struck a convoy": the weapon sets the code and implies the attacker."""
        if trigger.verb is None or trigger.cameo[:2] not in VIOLENT_ROOTS - {"20"}:
            return trigger  # "aircraft dropped sarin": the weapon of mass destruction decides
        entry = self.instrument(clauses.subject(trigger.token))
        if entry is None:
            return trigger
        return replace(
            trigger,
            cameo=entry.cameo,
            rule=f"{trigger.rule} + {entry.rule}",
            implied_source=entry.source,
        )

    def labour_strike(self, trigger: Trigger) -> Trigger:
        """ "Railway workers will stage a strike": a strike held by workers, teachers or a union
        is a walkout (143), not an armed strike."""
        token = trigger.token
        if trigger.noun is None or trigger.cameo != "190" or token.lemma_.lower() != "strike":
            return trigger
        place = _position(token)
        verb = place.head
        if (
            place.dep_ != "dobj"
            or not {verb.lower_, verb.lemma_.lower()} & self.lexicon.light_verbs
        ):
            return trigger
        subject = clauses.subject(verb)
        if subject is None or subject.lemma_.lower() not in CIVILIAN_GROUPS | PROTESTERS:
            return trigger
        return replace(trigger, cameo="143", rule=f"{trigger.rule} + workers -> 143")

    def set_out(self, trigger: Trigger) -> bool:
        """A text or plan as the one asking or demanding ("the plan calls for closing the
        camp"): what it sets out is no act of anyone's (discards.tsv subject@CODE)."""
        subject = subject_word(trigger.token)
        return coded_word(self.lexicon.discard_code_subjects, trigger.cameo, subject)

    def discarded(self, trigger: Trigger) -> bool:
        token = trigger.token
        if other_sense(trigger):  # "released an ad", "withdrew from the race"
            return True
        subject = clauses.child(token, "nsubj", "nsubjpass")
        if subject is not None and subject.lemma_.lower() in self.lexicon.discard_subjects:
            return True
        if subject is not None and subject.pos_ == "PROPN" and subject.i > 0:
            # "Typhoon Gaemi hit the coast": a named storm's title word is the subject's kind
            title = subject.doc[subject.i - 1]
            if (
                title.head == subject
                and title.dep_ == "compound"
                and not list(title.children)
                and title.lemma_.lower() in self.lexicon.discard_subjects
            ):
                return True
        objects = {
            o.lemma_.lower() for c in token.children if c.dep_ == "dobj" for o in _members(c)
        } | {"to " + c.lemma_.lower() for c in token.children if c.dep_ == "xcomp"}
        objects |= {
            o.lemma_.lower() for o in clauses.prep_objects(token, ("to",))
        }  # "stormed to victory"
        purposes = {o.lemma_.lower() for o in clauses.prep_objects(token, ("for",))}
        if purposes & self.lexicon.discard_purposes:
            return True  # "lawmakers consulted for this article": the reporter's sources
        if any(
            trigger.cameo.startswith(code) and objects & words
            for code, words in self.lexicon.discard_code_objects.items()
        ):
            return True  # "captured the network": an arrest verb taking a thing
        if trigger.noun is not None and arena(token, trigger.cameo, self.lexicon):
            return True  # "a trade war", "a succession fight": a contest, no violence
        asked = trigger.verb.objects if trigger.verb is not None else frozenset()
        # "asked not to be named"; a word the entry itself asks for is no idiom ("took to task")
        return bool((objects - asked) & self.lexicon.discard_objects)

    # --- sentences ----------------------------------------------------------------------------
    def sentence_triggers(self, sentence: Span) -> list[Trigger]:
        doc, view = sentence.doc, Tokens.of(sentence.doc)
        indices = range(sentence.start, sentence.end)
        lemmas = {view.lemma[i].lower() for i in indices}
        if lemmas & self.lexicon.discard_sentence:
            return []
        found = [
            found
            for i in indices
            if view.pos[i] in TRIGGER_POS and (found := self.trigger_at(doc[i])) is not None
        ]
        by_token: dict[int, Trigger] = {}
        for trigger in found:  # a frame that adopts its action replaces the action's own match
            known = by_token.get(trigger.token.i)
            if known is None or len(trigger.rule) > len(known.rule):
                by_token[trigger.token.i] = trigger
        # "the budget calls for new jets", "a spokesman said the herders feared floods":
        # no one asks or comments, and what the text asks for or the fear foresees is not done
        unsaid = [t for t in by_token.values() if self.set_out(t) or unvoiced_state(t)]
        triggers = [
            _talks_outcome(self.labour_strike(_as_riot(self.with_instrument(t))))
            for t in by_token.values()
            if t not in unsaid and not self.discarded(t) and not _answer_given(t)
        ]
        said: set[int] = set()  # inside what a trigger reports, asks, promises or alleges
        for t in unsaid:
            said |= {d.i for c in t.token.children if c.dep_ in ARGUMENT_DEPS for d in c.subtree}
        for t in sentence if lemmas & PERMISSIVE else ():
            # "a bill allowing the army to shoot at migrants": allowed, not done
            if t.lemma_.lower() in PERMISSIVE:
                said |= {d.i for c in t.children if c.dep_ in ("xcomp", "ccomp") for d in c.subtree}
        governed: set[int] = set()  # inside any trigger's arguments
        speech_acts = {t.token.i for t in triggers if t.cameo[:2] in REPORTING_ROOTS}
        for trigger in triggers:
            reporting = trigger.cameo[:2] in REPORTING_ROOTS or trigger.cameo == "016"
            # "said it would help": the act stays a trigger of its own until the coder knows
            # whose side commits (a pledge replaces it; another side's plan keeps it)
            pledged = trigger.action if trigger.verb and trigger.verb.marker == COMMITMENT else None
            # "said the jets carried out an unsafe intercept": the act judged happened
            judging = trigger.verb is not None and trigger.verb.marker == "@disapproval"
            deps = ARGUMENT_DEPS | {"acl", "relcl"} if trigger.noun is not None else ARGUMENT_DEPS
            for c in trigger.token.children:
                if c.dep_ in deps and not (judging and c.dep_ == "ccomp") and c != pledged:
                    inside = {t.i for t in c.subtree if t.i != trigger.token.i}
                    governed |= inside
                    if reporting and not (
                        c.dep_ == "advcl" and (c.lemma_.lower() in FACTIVE or _temporal(c))
                    ):
                        said |= inside - chained_acts(c, speech_acts)
                    if c.dep_ == "prep" and trigger.verb is not None:
                        # "was arrested for spying", "rallied in support of joining the bloc":
                        # the reason or the cause is alleged or wished for, not coded
                        said |= {t.i for t in _reasons(c)}
                    for t in c.subtree:  # "forgave the guerrillas who had killed his father"
                        if t.dep_ in ("relcl", "acl") and t.pos_ == "VERB":
                            said |= {d.i for d in t.subtree}
        judged = {  # "condemned Iran's seizure of the tanker": the act judged happened
            c.i
            for t in triggers
            if t.cameo.startswith(JUDGING_CODES) and t.token.dep_ not in ("acl", "relcl")
            for c in t.token.children
            if c.dep_ in ("dobj", "nsubjpass") and (_named_agent(c) or clauses.misplaced_agent(c))
        }
        scenes = {t.token.i for t in triggers if protest_scene(t)}
        told, issuers = told_asides(triggers)
        asides = {i for t in triggers for i in aside_clauses(t.token)} | told
        said -= scenes | asides | {t.token.i for t in triggers if evaluations.own_naming(t.token)}
        said |= issuers  # "issued a statement condemning the raid": the condemnation alone
        governed -= scenes | asides
        return [
            trigger
            for trigger in sorted(triggers, key=lambda t: t.token.i)
            if (trigger.token.i not in said or (trigger.noun and trigger.token.i in judged))
            and not (
                trigger.noun is not None
                and trigger.token.i in governed
                and not _purpose_noun(trigger, triggers)
                and not _named_agent(trigger.token)
                and trigger.token.i not in judged
            )
            and not (
                _purpose_clause(trigger.token)
                and not _purpose_meeting(trigger, triggers)
                and not _spoken_purpose(trigger)
            )
            and not _consultation_topic(trigger, triggers)
            and not (trigger.verb is not None and _participle_modifier(trigger.token))
            and not (trigger.noun is not None and trigger.token.dep_ in ("attr", "oprd"))
            and not (trigger.verb is not None and _stopped(trigger.token))
            # "condemned the bombing, blaming the rebels": a speech act is no consequence
            and not (
                _consequence(trigger.token, triggers) and trigger.cameo[:2] not in REPORTING_ROOTS
            )
            and not campaign_event(trigger)
        ]


def nominal_gerund(token: Token) -> bool:
    """ "Fighting between the army and the rebels continued": an -ing word standing as a
    subject or object with a preposition of its own names the act, as a noun would."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in token.children)
        and token.head.lemma_.lower() not in WANING_VERBS  # "fighting has dropped": it waned
    )
