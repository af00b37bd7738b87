"""Code events: find lexicon triggers in each sentence, pick their arguments, build Event records.

Verb triggers, noun triggers ("attacks on", "a meeting between") and frames ("promised to stop
arming groups") are matched against the lexicon; each Event names the entry that fired.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from facta.analysis_state import Analysis, Mention
from facta.codebook import lookup, pledged, regular_force
from facta.events import clauses
from facta.events.discourse import settle
from facta.events.lexicon import (
    ADOPTING_FRAMES,
    Instrument,
    Lexicon,
    NounEntry,
    VerbEntry,
    load_lexicon,
    word_classes,
)
from facta.events.qualify import assess_modality, find_attribution, resolve_date
from facta.models import (
    Actor,
    Attribution,
    Event,
    Evidence,
    Promised,
    actor_code,
    stable_id,
)

# Closed word lists of the structural rules, read from data/lexicon/word_classes.tsv.
WORDS = word_classes()
QUANTITY_NOUNS = WORDS["quantity"]
KIND_HEADS = QUANTITY_NOUNS | WORDS["kind_head"]
MEASURE_NOUNS = WORDS["measure"]
CIRCUMSTANCE_PREPS = WORDS["circumstance_preposition"]
COMPLEX_PREPOSITIONS = WORDS["complex_preposition"]
CAUSE_NOUNS = WORDS["cause_noun"]
RECEIVING_VERBS = WORDS["receiving_verb"]
RECIPROCAL_VERBS = WORDS["reciprocal_verb"]
PERMISSIVE = WORDS["permissive_verb"]
PROMISE_VERBS = WORDS["promise_verb"]
PROTESTERS = WORDS["protester"]
CIVILIAN_GROUPS = WORDS["civilian_group"]
TIME_MARKERS = WORDS["time_marker"]
OUTSIDER_MODIFIERS = WORDS["outsider_modifier"]
BREAKDOWN_VERBS = WORDS["breakdown_verb"]
BREAKDOWN_PARTICLES = frozenset({"down", "apart", "through", "off"})
MASS_COUNTS = WORDS["mass_count"]
RESTRAINT_NOUNS = WORDS["restraint_noun"]
STAGING_VERBS = WORDS["staging_verb"]
CONDITIONS = frozenset({"if", "unless"})  # a pledge's own condition: "would meet him if ..."
JOINT_RULE = "events: exercises held by or with another country are joint (062)"
TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning"})
STOP_VERBS = frozenset({"stop", "halt", "cease", "end", "quit", "abandon", "suspend", "refrain"})
# Codes whose clause content is what is said, not something that happened ("accused X of arming").
SPEECH_ACT_ROOTS = frozenset({"02", "03", "10", "13"})  # acts that pledge or ask an action
REPORTING_ROOTS = frozenset({"01", "02", "03", "09", "10", "11", "12", "13"})
# Codes where "A and B met" means A met B and B met A.
SYMMETRIC_ROOTS = frozenset({"04", "06", "19"})
# Verbs that present their complement as fact ("noting how the residence came under fire"):
# what they govern is asserted, not merely reported.
FACTIVE = frozenset({"note", "recall", "acknowledge", "regret", "cite", "point"})
ARGUMENT_DEPS = frozenset(
    {"xcomp", "ccomp", "prep", "dobj", "oprd", "attr", "nsubjpass", "dative", "advcl", "agent"}
)
# Event nouns that frame an embedded action: "promises to stop arming", "a demand that ...".
NOUN_FRAMES = {"03": "intent", "13": "threat", "02": "appeal", "10": "demand"}
# Roots whose unaddressed events ("farmers blocked the highway") target the source's government.
DOMESTIC_TARGET_ROOTS = frozenset({"10", "14"})
# Codes whose unaddressed events ("declared a state of emergency") fall on the state's own people.
OWN_PEOPLE_CODES = ("1721", "1723", "1724", "175", "0811", "0813", "0814")
OWN_PEOPLE_RULE = "events: restriction or repression aimed at the state's own people"
OWN_OBJECT_ROOTS = frozenset({"15"})
# Sectors that keep no country when the text names none (team convention: "gunmen" -> REB).
STATELESS = frozenset({"REB", "CRM", "SPY"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Judgements of an act ("condemned", "praised", "protested"): an act they name with its agent
# ("Iran's seizure of the tanker") is taken as having happened, not as what is alleged.
JUDGING_CODES = ("110", "111", "114", "051", "018")
# Roots whose event may be aimed at a place: "struck targets in southern Lebanon", "imposed a
# curfew on Goma", "lifted the state of emergency in the north" (081x: restrictions eased).
PLACE_TARGET_ROOTS = VIOLENT_ROOTS | {"17", "08"}
MEDIATION = ("045", "039", "028")  # a third party between two sides
# Codes whose object is the doer's own force ("withdrew its troops", "demobilised its fighters").
OWN_FORCE_CODES = ("0873", "0874")
SYMMETRIC_CODES = frozenset({"019", "057", "050", "0871", "036", "164"})


@dataclass(frozen=True)
class Trigger:
    """A lexicon match: the token, the entry, and for frames the embedded action."""

    token: Token
    cameo: str
    rule: str
    specificity: int
    verb: VerbEntry | None = None
    noun: NounEntry | None = None
    promised: Promised | None = None
    action: Token | None = None  # the embedded action's head ("arming")
    embedded: Trigger | None = None  # the embedded action's own match, when it has one
    frame: str | None = None
    implied_source: str | None = None  # attacker code when only the weapon is named
    refusal: bool = False  # a reject code made from a refused act: the refusal happened


SUBJECT_IS_TARGET = "@subject"  # lexicon target column: the subject is the target


class Coder:
    """Match triggers and assemble events for one Analysis at a time; holds only the lexicon."""

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
        if not entries:
            return []
        if token.pos_ == "VERB" or (token.pos_ == "NOUN" and token.dep_ in ("ccomp", "xcomp")):
            return entries  # the tagger sometimes reads a clause's verb as a noun: "that X resign"
        if token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT", "conj", "ccomp", "amod"):
            return [e for e in entries if e.frame or token.dep_ == "acomp"]
        return []

    def match_verb(self, token: Token) -> VerbEntry | None:
        entries = self.verb_entries(token)
        if not entries:
            return None
        children = list(token.children)
        particles = {c.lower_ for c in children if c.dep_ in ("prt", "prep", "advmod")}
        preps = {
            c.lower_: c
            for c in children
            if c.dep_ in ("prep", "agent", "dative", "prt") and not _time_phrase(c)
        }
        for c in children:  # "pulled out of the talks": the parser hangs "of" on "out"
            if c.dep_ in ("prep", "prt", "advmod") and not any(
                d.dep_ == "pobj" for d in c.children
            ):
                preps.update((d.lower_, d) for d in c.children if d.dep_ == "prep")
        objects = _object_words(token, children)
        prep_words: dict[str, set[str]] = {}  # "killed in a drone strike": object and compounds
        loose = {p for p in preps if p not in CIRCUMSTANCE_PREPS}
        acts = any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in children)
        best: VerbEntry | None = None
        for entry in entries:
            if entry.particles and not entry.particles & particles:
                continue
            if entry.preps and not entry.preps & preps.keys():
                continue
            if entry.marker is not None:
                if not clauses.has_complement(token, entry.marker):
                    continue
            elif entry.objects:
                named = entry.preps & preps.keys() if entry.preps else loose
                if not entry.objects & objects and not any(
                    entry.objects & _prep_words(preps[p], bool(entry.preps), prep_words)
                    for p in named
                ):
                    continue
            if best is None or _rank(entry, acts) > _rank(best, acts):
                best = entry
        return best

    def match_noun(self, token: Token) -> NounEntry | None:
        if token.pos_ != "NOUN":
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
            named = entry.preps & preps.keys() - {"of"} if entry.preps else {"of", "in", "for"}
            words = {w for p in named if p in preps for w in _nominal_objects(preps[p])}
            if entry.objects & words and (best is None or _rank(entry, False) > _rank(best, False)):
                best = entry
        if best is None:
            return None
        rule = f"nominals.tsv:{token.lemma_.lower()} + {best.rule}"
        return NounEntry(
            token.lemma_.lower(), frozenset(), best.cameo, best.target_preps, rule, True
        )

    def embedded_action(self, token: Token) -> tuple[Token, Trigger | None, str] | None:
        """The action a frame commits to, asks for or threatens: (head, its trigger, polarity)."""
        deps = ("xcomp", "ccomp", "acl", "relcl") if token.pos_ == "NOUN" else ("xcomp", "ccomp")
        complement = clauses.child(token, *deps) or clauses.infinitive_clause(token)
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
            )  # "resume dialogue"; "vowed to respond if the US sold arms": the sale is no pledge
        return head, None, polarity

    def trigger_at(self, token: Token, frames: bool = True) -> Trigger | None:
        entry = self.match_verb(token)
        if entry is not None:
            base = Trigger(token, entry.cameo, entry.rule, entry.specificity, verb=entry)
            if entry.frame and frames:
                return self.frame_trigger(base, entry.frame)
            kind = clauses.ultimatum(token) if frames else None
            return self.ultimatum(base, kind) if kind else base
        noun = self.match_noun(token)
        if noun is not None and token.dep_ != "compound":
            base = Trigger(token, noun.cameo, noun.rule, 0, noun=noun)
            frame = NOUN_FRAMES.get(noun.cameo[:2])
            return self.frame_trigger(base, frame) if frame and frames else base
        return None

    def frame_trigger(self, base: Trigger, frame: str) -> Trigger | None:
        """Refine a promise, threat, appeal or demand by the action it embeds."""
        found = self.embedded_action(base.token)
        if found is None or found[1] is None:
            if frame in ADOPTING_FRAMES:
                return None
            return replace(base, action=found[0] if found else None, frame=frame)
        head, action, polarity = found
        if frame in ADOPTING_FRAMES:
            code = self.lexicon.frame_code(frame, action.cameo, polarity) or action.cameo
            refusal = frame == "refuse" and code[:2] == "12"
            return replace(action, cameo=code, rule=f"{base.rule} + {action.rule}", refusal=refusal)
        info = lookup(action.cameo)
        code = self.lexicon.frame_code(frame, action.cameo, polarity) or base.cameo
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

    def business_only(self, *actors: Actor | None) -> bool:
        """Every actor of the event has only discarded sectors: "the company sued its rival"."""
        present = [a for a in actors if a is not None]
        discard = self.lexicon.discard_sectors
        return bool(present) and all(a.sectors and set(a.sectors) <= discard for a in present)

    def discarded(self, trigger: Trigger) -> bool:
        token = trigger.token
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
        return bool(objects & self.lexicon.discard_objects)  # "asked not to be named"

    # --- sentences ----------------------------------------------------------------------------
    def sentence_triggers(self, sentence: Span) -> list[Trigger]:
        tokens = list(sentence)
        lemmas = {t.lemma_.lower() for t in tokens}
        if lemmas & self.lexicon.discard_sentence:
            return []
        found = [found for t in tokens if (found := self.trigger_at(t)) is not None]
        by_token: dict[int, Trigger] = {}
        for trigger in found:  # a frame that adopts its action replaces the action's own match
            known = by_token.get(trigger.token.i)
            if known is None or len(trigger.rule) > len(known.rule):
                by_token[trigger.token.i] = trigger
        triggers = [
            _talks_outcome(self.labour_strike(_as_riot(self.with_instrument(t))))
            for t in by_token.values()
            if not self.discarded(t)
        ]
        said: set[int] = set()  # inside what a trigger reports, asks, promises or alleges
        for t in tokens if lemmas & PERMISSIVE else ():
            # "a bill allowing the army to shoot at migrants": allowed, not done
            if t.lemma_.lower() in PERMISSIVE:
                said |= {d.i for c in t.children if c.dep_ in ("xcomp", "ccomp") for d in c.subtree}
        governed: set[int] = set()  # inside any trigger's arguments
        for trigger in triggers:
            reporting = trigger.cameo[:2] in REPORTING_ROOTS or trigger.cameo == "016"
            deps = ARGUMENT_DEPS | {"acl", "relcl"} if trigger.noun is not None else ARGUMENT_DEPS
            for c in trigger.token.children:
                if c.dep_ in deps:
                    inside = {t.i for t in c.subtree if t.i != trigger.token.i}
                    governed |= inside
                    if reporting and not (
                        c.dep_ == "advcl" and (c.lemma_.lower() in FACTIVE or _temporal(c))
                    ):
                        said |= inside
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
            and not (_purpose_clause(trigger.token) and not _purpose_meeting(trigger, triggers))
            and not _consultation_topic(trigger, triggers)
            and not (trigger.verb is not None and _participle_modifier(trigger.token))
            and not (trigger.noun is not None and trigger.token.dep_ in ("attr", "oprd"))
            and not (trigger.verb is not None and _stopped(trigger.token))
            and not _consequence(trigger.token, triggers)
        ]

    # --- arguments ----------------------------------------------------------------------------
    def arguments(self, trigger: Trigger, analysis: Analysis) -> tuple[list, list]:
        if trigger.verb is not None:
            sources, candidates = self.verb_arguments(trigger, analysis)
        else:
            sources, candidates = self.noun_arguments(trigger, analysis)
        if trigger.embedded is not None:
            if not sources:  # "promises that Iran would support X": the promiser is Iran
                sources = clauses.arguments(
                    clauses.child(trigger.embedded.token, "nsubj"), analysis
                )
            candidates = candidates + self.action_targets(trigger, analysis)
        for candidate in candidates:
            if isinstance(candidate, clauses.Argument):
                targets = [candidate]
            else:
                targets = clauses.arguments(candidate, analysis) if candidate is not None else []
            targets = [t for t in targets if not any(_same_actor(s, t) for s in sources)]
            if targets:
                return sources, targets
        if trigger.cameo not in ("042", "0874") and trigger.cameo[:2] not in PLACE_TARGET_ROOTS:
            for candidate in candidates:  # "imposed sanctions on Moscow": Moscow stands for Russia
                if isinstance(candidate, clauses.Argument) or candidate is None:
                    continue
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
                own = any(_same_country(s, place) for s in sources) and trigger.cameo == "0874"
                if place is not None and not own:  # "withdrew from Avdiivka": their own ground
                    return sources, [place]
        return sources, []

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
        if entry and entry.target_preps == (SUBJECT_IS_TARGET,):
            # "the embassy came under fire from militants": the subject suffers the event
            heads = [token, *clauses.prep_objects(token, ("under",))]  # "under attack from X"
            received = clauses.child(token, "dobj")  # "received a batch of jets from X"
            if received is not None:
                heads += [received, *clauses.prep_objects(received, ("of",))]
            found = [o for head in heads for o in clauses.prep_objects(head, ("from", "by"))]
            sources = [a for o in found for a in clauses.arguments(o, analysis)]
            return sources, [clauses.subject(token)]
        sources = clauses.arguments(clauses.subject(token), analysis)
        preps = entry.target_preps if entry and entry.target_preps else ()
        candidates: list = clauses.prep_objects(token, preps)
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
        if clauses.is_passive(token):
            obj = clauses.child(token, "nsubjpass")
            if not sources and entry and entry.cameo[:2] in OWN_OBJECT_ROOTS:
                # "Russian troops were deployed to Belarus": the force is its own side's
                sources, obj = clauses.arguments(obj, analysis), None
            if not sources:  # "were killed in a Russian drone strike": the strike's author
                sources = self.cause_agents(token, analysis)
        if obj is not None and obj.lower_ in clauses.RELATIVE_PRONOUNS and token.dep_ == "relcl":
            obj = token.head  # "Rwanda, which Congo accuses of backing the rebels"
        candidates += [obj, clauses.child(token, "dative")]
        candidates += clauses.prep_objects(token, clauses.DEFAULT_TARGET_PREPS)
        direct = clauses.child(token, "dobj")
        inside = [direct, *clauses.prep_objects(token, ("for", "of", "into", "over"))]
        for particle in token.children:  # "pulled out of the talks with X"
            if particle.dep_ in ("prep", "prt", "advmod") and not clauses.child(particle, "pobj"):
                inside += clauses.prep_objects(particle, ("of",))
        if direct is not None:
            inside += clauses.prep_objects(direct, ("for", "of"))
        for inner in inside:
            noun = self.match_noun(inner) if inner is not None else None
            if noun is not None:  # "claimed the raid on an AU base": the raid's target
                candidates += clauses.prep_objects(inner, noun.target_preps)
        if trigger.cameo[:2] in REPORTING_ROOTS or trigger.cameo == "016":
            candidates += [clauses.clause_subject(token)]
            candidates += [
                clauses.clause_subject(o)
                for o in (obj, *clauses.prep_objects(token, ("into", "of", "about", "for")))
                if o is not None
            ]
        return sources, candidates

    def exercise_partners(self, trigger: Trigger, sources: list, analysis: Analysis) -> list | None:
        """Exercises (150) held with another country or by forces of two countries are joint
        (062): the partners named after 'with', [] for a compound of sources, else None."""
        if trigger.noun is None or trigger.cameo != "150" or not sources:
            return None
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
        if token.dep_ == "dobj" and token.head.lemma_.lower() in RECEIVING_VERBS:
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
        if not sources and light:  # "militants launched attacks", "arrived on a visit"
            sources = clauses.arguments(clauses.subject(verb), analysis)
        elif not sources and _on_a_visit(place, verb, trigger.cameo):
            # "the prime minister is on a two-day visit to Moscow"
            sources = clauses.arguments(clauses.subject(verb), analysis)
        preps = entry.target_preps if entry else ()
        candidates += clauses.prep_objects(token, preps)
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
        if token.dep_ == "nsubj":  # "Iran's only demand was that the group leave"
            candidates.append(clauses.clause_subject(token.head))
        return sources, candidates

    # --- assembly -----------------------------------------------------------------------------
    def events_for(
        self, trigger: Trigger, index: int, sentence: Span, analysis: Analysis
    ) -> list[Event]:
        sources, targets = self.arguments(trigger, analysis)
        joint = self.exercise_partners(trigger, sources, analysis)
        if joint is not None:  # "French and Egyptian warships launched war games": together
            trigger = replace(trigger, cameo="062", rule=f"{trigger.rule} + {JOINT_RULE}")
            targets = joint
        if not sources and trigger.implied_source:
            sources = [_implied(trigger.token, trigger.implied_source)]
        sources, targets = _domestic(sources, targets, sentence, analysis)
        if sources and not targets and trigger.cameo[:2] in DOMESTIC_TARGET_ROOTS:
            targets = _own_government(sources[0])
        if sources and not targets and trigger.cameo.startswith(OWN_PEOPLE_CODES):
            targets = _own_people(sources[0])
        if not sources and (not targets or _background_noun(trigger)):
            return []
        if trigger.cameo[:2] == "04" and not targets and len(sources) < 2:
            return []  # "the cabinet met on Sunday": consulting takes two parties
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
            trigger.verb is not None
            and _non_actor_agent(trigger.token, analysis)
            and self.instrument(clauses.subject(trigger.token)) is None
        ):
            return []  # "Indonesia was hit by the fall in oil prices"
        if _reported_obligation(trigger) and (
            not targets or ("@should" in trigger.verb.objects and trigger.promised is None)
        ):
            # "officials said reforms must continue": no one is asked; "said the firm should
            # see a better year": a forecast, not an appeal, unless a codable act is urged
            return []
        pairs = [(s, t) for s in sources or [None] for t in targets or [None]]
        symmetric = trigger.cameo[:2] in SYMMETRIC_ROOTS or trigger.cameo in SYMMETRIC_CODES
        if trigger.promised is not None and trigger.frame == "intent":
            # "China and Pakistan pledged to deepen cooperation": a joint pledge to each other
            symmetric = symmetric or trigger.promised.cameo[:2] in SYMMETRIC_ROOTS
        if symmetric and not targets and len(sources) > 1:
            pairs = [(s, t) for s in sources for t in sources if s is not t]
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
            trigger.noun is not None and symmetric and targets and targets[0].head is trigger.token
        ):
            pairs += [(t, s) for s, t in pairs if s is not None]  # "the Talabani-Soleimani meeting"
        pairs = (
            [(s, t) for s, t in pairs if not _same_actor(s, t)] or [(sources[0], None)]
            if sources
            else [p for p in pairs if not _same_actor(*p)]
        )
        info = lookup(trigger.cameo)
        modality = assess_modality(trigger.token)
        if trigger.promised is not None and info.root in SPEECH_ACT_ROOTS:
            # The promise, offer, threat or demand was made: an actual event whose pledged
            # action sits in `promised` (CONTRACT). "will withdraw unless ..." is a threat
            # made now; "will urge Iran to ..." is still a planned appeal.
            ultimatum = trigger.token is trigger.action
            own = assess_modality(trigger.token, speech_act=True)
            modality = replace(
                own,
                future=own.future and not ultimatum,
                hypothetical=own.hypothetical and not ultimatum and not _conditional(trigger.token),
            )
        if trigger.refusal:
            # "refused to release them", "will not release them": the refusal is made now
            modality = replace(modality, negated=False, future=False)
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
            if self.business_only(source_actor, target_actor):
                continue
            # "Germany and Poland said": each statement is its own speaker's (once per source).
            if source_actor not in attributions:
                attributions[source_actor] = find_attribution(
                    trigger.token, analysis, source=source_actor
                )
            attribution = attributions[source_actor]
            start, end = trigger.token.idx, trigger.token.idx + len(trigger.token)
            cameo, code_info = trigger.cameo, info
            if source_actor is not None and info.root == "18":
                cameo = regular_force(trigger.cameo, source_actor.sectors)
                code_info = lookup(cameo) if cameo != trigger.cameo else info
            events.append(
                Event(
                    event_id=stable_id(
                        analysis.article.id,
                        index,
                        start,
                        end,
                        trigger.cameo,
                        source_actor.code if source_actor else None,
                        target_actor.code if target_actor else None,
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
                )
            )
        return events

    def code(self, analysis: Analysis) -> Analysis:
        """Set `analysis.events`: one Event per trigger and actor pair, duplicates dropped."""
        events: list[Event] = []
        seen: set[tuple] = set()
        codes: set[tuple] = set()
        for index, sentence in enumerate(analysis.doc.sents):
            triggers = self.sentence_triggers(sentence)
            for trigger in triggers:
                # "hosted the emir for talks": the talks are a second consultation, not a copy
                purpose = _purpose_noun(trigger, triggers)
                for event in self.events_for(trigger, index, sentence, analysis):
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
        analysis.events = settle(events, analysis)
        return analysis


def _same_actor(source: clauses.Argument | None, target: clauses.Argument | None) -> bool:
    """ "Hezbollah put its fighters on alert": an actor acting on itself has no target."""
    if source is None or target is None:
        return False
    one, other = source.mention.actor, target.mention.actor
    return one.code == other.code or (one.entity is not None and one.entity == other.entity)


def _same_country(one: clauses.Argument, other: clauses.Argument | None) -> bool:
    return other is not None and one.mention.actor.country == other.mention.actor.country


def _foreign(mention: Mention | None, sources: list[clauses.Argument]) -> bool:
    """An actor of another country than every source's: "allowed Russian peacekeepers in"."""
    if mention is None or mention.actor.country is None:
        return False
    return all(s.mention.actor.country != mention.actor.country for s in sources)


def _consequence(token: Token, triggers: list[Trigger]) -> bool:
    """ "a bomb exploded near the patrol, killing three soldiers", "opened fire on marchers,
    killing nine", "the coalition's bombing of the bus killed dozens": one attack, not two."""
    subject = clauses.child(token, "nsubj")
    if subject is not None and any(
        t.token == subject
        and t.noun is not None
        and t.cameo[:2] in VIOLENT_ROOTS
        and _names_both(subject, t.noun)
        for t in triggers
    ):
        return any(t.token == token and t.cameo[:2] in VIOLENT_ROOTS for t in triggers)
    if any(  # "four soldiers were killed when their convoy was ambushed": the ambush
        t.token.head == token
        and t.token.dep_ == "advcl"
        and t.cameo[:2] in VIOLENT_ROOTS
        # "their convoy was ambushed", "missiles hit a mall"; a mine that exploded is no attacker
        and (clauses.is_passive(t.token) or t.implied_source is None)
        and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in t.token.children)
        for t in triggers
    ):
        return any(t.token == token and t.cameo[:2] in VIOLENT_ROOTS for t in triggers)
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and any(
            t.token == token.head and (t.cameo[:2] in VIOLENT_ROOTS or t.cameo == "175")
            for t in triggers
        )
    )


def _names_both(noun: Token, entry: NounEntry) -> bool:
    """ "the army's bombardment of Nyala": an event noun that names its agent and its target."""
    targets = clauses.prep_objects(noun, (*entry.target_preps, "of"))
    return clauses.noun_agent(noun) is not None and any(
        o.ent_type_ not in ("DATE", "TIME") for o in targets
    )


def _purpose_noun(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "visited Paris for talks with the president": the talks are an event of their own."""
    head = _position(trigger.token).head
    return (
        head.dep_ == "prep"
        and head.lower_ == "for"
        and trigger.cameo[:2] == "04"
        and any(t.token == head.head and t.cameo[:2] == "04" for t in triggers)
    )


def _assumed_target(event: Event) -> bool:
    return event.target is not None and event.target.rule == OWN_PEOPLE_RULE


def _own_people(source: clauses.Argument) -> list[clauses.Argument]:
    """A curfew, emergency or crackdown with no one named is imposed on the state's own people."""
    actor = source.mention.actor
    sectors = set(actor.sectors)
    if not actor.country or actor.country.startswith(("IGO", "NGO")) or sectors & STATELESS:
        return []
    if not sectors & {"GOV", "MIL", "COP", "JUD"}:
        return []
    people = Actor(
        code=actor.country,
        country=actor.country,
        rule=OWN_PEOPLE_RULE,
    )
    mention = Mention(source.mention.start, source.mention.start, people, "implied")
    return [clauses.Argument(source.head, mention)]


def _own_government(source: clauses.Argument) -> list[clauses.Argument]:
    """Protests and demands with no stated addressee are aimed at the protesters' government."""
    actor = source.mention.actor
    if actor.country is None or "GOV" in actor.sectors or actor.country.startswith(("IGO", "NGO")):
        return []
    government = Actor(
        code=actor.country + "GOV",
        country=actor.country,
        sectors=("GOV",),
        rule="events: protest or demand aimed at own government",
    )
    mention = Mention(source.mention.start, source.mention.start, government, "implied")
    return [clauses.Argument(source.head, mention)]


def _domestic(
    sources: list, targets: list, sentence: Span, analysis: Analysis
) -> tuple[list, list]:
    """Give bare sector-only actors ("police", "the army", "civilians") the country of the other
    side or, failing that, of the first place the sentence names. Armed groups and criminals keep
    no country: where they strike says nothing of where they come from. A described actor
    ("Western governments", "foreign troops") is not the local one and keeps none."""

    def country_of(arguments: list) -> str | None:
        return next((a.mention.actor.country for a in arguments if _state_country(a)), None)

    def place_country() -> str | None:
        return next(
            (
                p.place.country
                for p in analysis.places
                if p.place.country and sentence.start <= p.start < sentence.end
            ),
            None,
        )

    def fill(arguments: list, country: str | None) -> list:
        return [
            _with_country(a, country)
            if country and _needs_country(a) and _pronoun_like(a, analysis)
            else a
            for a in arguments
        ]

    sources = fill(sources, country_of(targets) or place_country())
    targets = fill(targets, country_of(sources) or place_country())
    return sources, targets


def _pronoun_like(argument: clauses.Argument, analysis: Analysis) -> bool:
    """ "police", "the army", "a prominent journalist": a sector noun that stands for the local
    actor as a pronoun would; "Western governments" or "foreign troops" say they are not."""
    mention = argument.mention
    if mention.kind == "pronoun":
        return True
    words = analysis.doc[mention.start : max(mention.end, mention.start + 1)]
    return not any(t.lower_ in OUTSIDER_MODIFIERS or t.ent_type_ == "NORP" for t in words)


def _needs_country(argument: clauses.Argument) -> bool:
    actor = argument.mention.actor
    return actor.country is None and bool(actor.sectors) and not set(actor.sectors) & STATELESS


def _state_country(argument: clauses.Argument) -> bool:
    country = argument.mention.actor.country
    return bool(country) and not country.startswith(("IGO", "NGO"))


def _with_country(argument: clauses.Argument, country: str) -> clauses.Argument:
    actor = argument.mention.actor
    filled = replace(
        actor,
        country=country,
        code=actor_code(country, actor.sectors),
        rule=f"{actor.rule or 'actor'} + events: country of the other side or place",
    )
    mention = argument.mention
    return clauses.Argument(
        argument.head, Mention(mention.start, mention.end, filled, mention.kind)
    )


def _implied(token: Token, code: str) -> clauses.Argument:
    """An actor the text implies but does not name: the REB behind an unclaimed bomb."""
    sectors = tuple(code[i : i + 3] for i in range(0, len(code), 3))
    actor = Actor(code=code, country=None, sectors=sectors, rule="events: instruments.tsv")
    return clauses.Argument(token, Mention(token.i, token.i, actor, "implied"))


def _time_phrase(prep: Token) -> bool:
    """ "on Monday", "in April": a preposition that dates the event, not one that targets it."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


def _firm_promise(trigger: Trigger) -> bool:
    """ "promised to democratise the country": a pledge stands even when its action has no code."""
    return (
        trigger.verb is not None
        and trigger.verb.lemma in PROMISE_VERBS
        and clauses.child(trigger.token, "xcomp", "ccomp") is not None
    )


def _reported_obligation(trigger: Trigger) -> bool:
    """A demand or appeal read from "said X must ...": it needs someone who is asked."""
    return trigger.verb is not None and bool({"@must", "@should"} & trigger.verb.objects)


def _stopped(token: Token) -> bool:
    """ "stop arming": the action is what ceases, so it is not coded as happening."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in STOP_VERBS


def _non_actor_agent(verb: Token, analysis: Analysis) -> bool:
    agents = clauses.prep_objects(verb, ("by",)) if clauses.is_passive(verb) else []
    return bool(agents) and clauses.mention_in(agents[0], analysis) is None


def _has_content(token: Token) -> bool:
    """A frame verb that says what is promised, asked or threatened, even if we cannot code it."""
    return any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in token.children) or bool(
        clauses.prep_objects(token, ("on", "for"))
    )


def _participle_modifier(token: Token) -> bool:
    """ "militiamen armed with machetes", "the deal inked Monday": a description, not an event."""
    if token.dep_ not in ("acl", "amod") or token.tag_ != "VBN":
        return False
    if clauses.misread_main_verb(token):
        return False
    # "forces backed by Rwanda seized the town" tells who backs the subject; "rescued a ship
    # attacked by pirates" only describes the object
    return not clauses.prep_objects(token, ("by",)) or token.head.dep_ not in ("nsubj", "ROOT")


def _purpose_clause(token: Token) -> bool:
    """ "blocked the road to protest": the purpose is intended, not done, and not coded."""
    return (
        token.dep_ == "advcl"
        and token.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and clauses.child(token, "nsubj", "nsubjpass") is None
    )


def _actor(mention: Mention) -> Actor:
    return mention.actor


def _span(
    argument: clauses.Argument | None, analysis: Analysis, sentence: Span
) -> tuple[int, int] | None:
    if argument is None or argument.mention.end <= argument.mention.start:
        return None
    doc = analysis.doc
    mention = argument.mention
    start = doc[mention.start].idx - sentence.start_char
    last = doc[mention.end - 1]
    return start, last.idx + len(last) - sentence.start_char


def _phrase(anchor: Token, head: Token) -> str:
    """The words of the promised action, without coordinated actions or auxiliaries."""
    skip = {
        d.i
        for t in (anchor, head)
        for c in t.children
        if c.dep_ in ("conj", "cc")
        for d in c.subtree
    }
    skip |= {d.i for c in anchor.children if c.dep_ in ("nsubj", "mark") for d in c.subtree}
    words = [t for t in anchor.subtree if t.i not in skip and t.dep_ != "aux"]
    return anchor.doc[words[0].i : words[-1].i + 1].text if words else head.text


def _confidence(trigger: Trigger, has_source: bool, has_target: bool) -> float:
    score = 0.45 + 0.1 * min(trigger.specificity, 2) + 0.15 * has_source + 0.15 * has_target
    if trigger.noun is not None:
        score -= 0.1
    return round(min(score, 0.95), 2)


def _clause_start(token: Token) -> int:
    return min(t.i for t in token.subtree)


def _clause_end(token: Token) -> int:
    return max(t.i for t in token.subtree) + 1


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _members(noun: Token) -> list[Token]:
    """ "a team of monitors" -> the monitors; any other noun stands for itself."""
    if noun.lemma_.lower() in QUANTITY_NOUNS:
        return clauses.prep_objects(noun, ("of",)) or [noun]
    return [noun]


def _position(noun: Token) -> Token:
    """The phrase an event noun stands in for: "talks" in "for two days of talks" -> "days"."""
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if measure is not None and measure.lemma_.lower() in MEASURE_NOUNS | QUANTITY_NOUNS:
        return measure
    return noun


def _rank(entry: VerbEntry, acts: bool) -> tuple[int, bool, int]:
    """Most constraints first; a frame wins a tie when the verb governs an action ("agreed with
    the rebels to open a corridor" is an agreement to act, not an expression of accord)."""
    framed = acts and entry.frame is not None
    named = acts and bool(entry.objects)  # "appealed for help to rebuild": the object decides
    return 2 * entry.specificity + 2 * framed + named, framed, -entry.order


def _reasons(prep: Token) -> list[Token]:
    """The words of an action given as a reason or a cause: "for spying", "in support of joining"."""
    if prep.lower_ == "for":
        return [t for o in prep.children if o.pos_ == "VERB" for t in o.subtree]
    causes = [o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in CAUSE_NOUNS]
    return [t for o in causes for t in o.subtree if t.pos_ == "VERB" or t.i > o.i]


def _named_agent(noun: Token) -> bool:
    """ "welcomed Cuba's release of the prisoners", "welcomed the deal between Israel and
    Lebanon": the noun names who acted, so it is an event of its own."""
    return (
        any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children)
        or any(len(clauses.conjuncts(o)) > 1 for o in clauses.prep_objects(noun, ("between",)))
        or any(o.pos_ in ("PROPN", "NOUN") for o in clauses.prep_objects(noun, ("by",)))
    )


def _on_a_visit(place: Token, verb: Token, cameo: str) -> bool:
    return (
        cameo == "042"
        and place.dep_ == "pobj"
        and place.head.lower_ == "on"
        and (verb.lemma_ == "be")
    )


def _consultation_topic(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "held a round of talks on a prisoner exchange", "a meeting about the withdrawal": what
    a consultation is about is its subject, not an act; unless the noun names its agent."""
    if trigger.noun is None or _named_agent(trigger.token):
        return False
    place = _position(trigger.token)
    while place.dep_ == "conj" and place.head != place:
        place = place.head
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in TOPIC_PREPOSITIONS:
        return False
    consults = {t.token.i for t in triggers if t.cameo[:2] == "04"}
    holder = prep.head
    held = [c for c in holder.children if c.dep_ == "dobj"]  # "held talks on", "held a round of"
    held += [m for c in held for m in clauses.prep_objects(c, ("of",))]
    return holder.i in consults or any(c.i in consults for c in held)


def _purpose_meeting(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "flew to Muscat to meet Omani officials": a trip's purpose meeting is an event too
    (but "met the king to discuss the war" is one meeting)."""
    return trigger.cameo[:2] == "04" and any(
        t.token == trigger.token.head and t.cameo == "042" for t in triggers
    )


def _hyphenated(token: Token) -> str | None:
    """ "test-fired": the tokenizer splits the hyphen off, the lexicon knows the whole verb."""
    if token.i < 2 or token.nbor(-1).text != "-" or token.nbor(-1).whitespace_:
        return None
    first = token.nbor(-2)
    return None if first.whitespace_ else f"{first.lower_}-{token.lower_}"


def _object_words(token: Token, children: list[Token]) -> set[str]:
    """Head words of what the verb acts on, for the lexicon's object column."""
    objects = {
        w
        for c in children
        if c.dep_ in (*clauses.OBJECTS, "nsubjpass", "dative")
        for w in (c.lemma_.lower(), c.lower_)
    }
    for c in children:
        if c.dep_ == "npadvmod" or (c.dep_ == "advmod" and c.pos_ in ("ADJ", "NOUN")):
            # "gave the militia 48 hours", "shot dead", "dropped sarin on" (a noun misread)
            objects.add(c.lemma_.lower())
        elif c.dep_ == "xcomp" or (c.dep_ in ("ccomp", "advcl") and _infinitive(c)):
            # "allowed the girls to return": the parser may read the infinitive as a clause
            objects.add("to " + c.lemma_.lower())
            if c.lemma_.lower() in STAGING_VERBS:  # "to hold a rally" is "to rally"
                objects.update("to " + d.lemma_.lower() for d in c.children if d.dep_ == "dobj")
            if c.dep_ == "ccomp":
                objects.update(d.lemma_.lower() for d in c.children if d.dep_ == "nsubj")
        elif c.dep_ == "ccomp" and (
            c.tag_ == "VB" or (c.tag_ == "VBP" and token.lemma_.lower() in PERMISSIVE | {"let"})
        ):
            # "let the inspectors visit the sites": a bare infinitive and its doer
            objects.add("to " + c.lemma_.lower())
            objects.update(d.lemma_.lower() for d in c.children if d.dep_ == "nsubj")
        elif c.dep_ in ("dobj", "nsubjpass"):
            if _mass_count(c):  # "killed 8,000 civilians", "expelled thousands of ethnic Serbs"
                objects.add("thousand")
            if c.lemma_.lower() in RESTRAINT_NOUNS:  # "lifted a ban on rallies"
                objects.update(o.lemma_.lower() for o in clauses.prep_objects(c, ("on",)))
            # "chlorine gas", "vaccine doses": a compound modifier names the real object too
            if c.lemma_.lower() in KIND_HEADS:
                objects.update(d.lemma_.lower() for d in c.children if d.dep_ == "compound")
            objects.add(_hyphenated(c) or "")  # "a sit-in" is split into three tokens
            objects |= _modified_words(c)  # "cut development aid" (1621), "arms sales" (1622)
            if (
                c.lemma_.lower() in QUANTITY_NOUNS
                or c.like_num
                or c.tag_ == "$"
                or any(d.dep_ in ("nummod", "quantmod") for d in c.children)
            ):
                # "700 kg of medicine", "$20 million in humanitarian aid"
                for o in clauses.prep_objects(c, ("of", "in")):
                    objects |= {o.lemma_.lower(), *_modified_words(o)}
    shared = clauses.shared_object(token)
    if shared is not None:
        objects.add(shared.lemma_.lower())
    if token.dep_ == "acl":
        objects.add(token.head.lemma_.lower())
    return objects


def _background_noun(trigger: Trigger) -> bool:
    """ "The arrest of the journalists sparked outrage", "after the expulsion of the envoy": an
    event noun standing as a subject or as scene-setting names a past act, not a new one; with
    no agent named it is not coded (gold convention)."""
    if trigger.noun is None:
        return False
    place = _position(trigger.token)
    return (place.dep_ in ("nsubj", "nsubjpass") and place.head.dep_ == "ROOT") or (
        place.dep_ == "pobj" and place.head.lower_ in CIRCUMSTANCE_PREPS
    )


def _nominal_objects(prep: Token) -> set[str]:
    """The object words a nominalisation's preposition gives: "of thousands of villagers"."""
    words: set[str] = set()
    for o in prep.children:
        if o.dep_ != "pobj":
            continue
        words |= {o.lemma_.lower(), o.lower_} | _modified_words(o)
        if _mass_count(o):
            words.add("thousand")
    return words


def _modified_words(noun: Token) -> set[str]:
    """Two-word objects of the lexicon: a modifier and the noun's lemma ("military aid")."""
    lemma = noun.lemma_.lower()
    return {
        f"{form} {lemma}"
        for m in noun.children
        if m.dep_ in ("amod", "compound") and m.i < noun.i
        for form in (m.lower_, m.lemma_.lower())
    }


def _mass_count(noun: Token) -> bool:
    """ "thousands of villagers", "8,000 men", "hundreds of thousands": people by the thousand."""
    counts = [noun, *(c for c in noun.children if c.dep_ == "nummod")]
    counts += [o for c in counts for o in clauses.prep_objects(c, ("of",))]
    for count in counts:
        if count.lemma_.lower() in MASS_COUNTS:
            return True
        digits = count.text.replace(",", "")
        if count.like_num and digits.isdigit() and int(digits) >= 1000:
            return True
    return False


def _prep_words(prep: Token, required: bool, cache: dict[str, set[str]]) -> set[str]:
    """Objects of a preposition and their compounds; a multi-word preposition's noun ("in
    support of") counts only when the entry asks for that preposition."""
    key = f"{prep.lower_}:{required}"
    if key not in cache:
        # "walked out of the talks": the object hangs on the second preposition
        objects = [o for c in prep.children if c.dep_ == "prep" for o in c.children] or list(
            prep.children
        )
        # "killed in a wave of massacres": a measure noun's members are the objects too
        objects += [
            m
            for o in objects
            if o.lemma_.lower() in MEASURE_NOUNS
            for m in clauses.prep_objects(o, ("of",))
        ]
        cache[key] = {
            w.lemma_.lower()
            for o in objects
            if required or o.lemma_.lower() not in COMPLEX_PREPOSITIONS
            for w in (
                o,
                *(c for c in o.children if c.dep_ == "compound" and o.lemma_ in KIND_HEADS),
            )
        }
    return cache[key]


def _condition(clause: Token) -> bool:
    """ "if the US sold more weapons": a clause that states a condition, not an act."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def _temporal(clause: Token) -> bool:
    """ "vowed revenge after an Israeli strike killed ...": a clause that dates the statement is
    asserted by the article, not part of what is said."""
    return any(c.dep_ == "mark" and c.lower_ in TIME_MARKERS for c in clause.children)


def _talks_outcome(trigger: Trigger) -> Trigger:
    """ "Talks between A and B broke down": negotiations that collapse are halted (164) by
    their parties; the outcome verb itself is no trigger of its own."""
    token = trigger.token
    if trigger.noun is None or trigger.cameo[:2] != "04" or token.dep_ != "nsubj":
        return trigger
    verb = token.head
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if lemma not in BREAKDOWN_VERBS and not (
        lemma in ("break", "fall") and particles & BREAKDOWN_PARTICLES
    ):
        return trigger
    return replace(trigger, cameo="164", rule=f"{trigger.rule} + {lemma} -> 164")


def _as_riot(trigger: Trigger) -> Trigger:
    """ "Protesters stormed parliament", "rioters torched police stations": force used by a
    crowd of protesters is a violent protest (145), not an armed attack."""
    if trigger.verb is None or trigger.cameo[:2] not in ("17", "19"):
        return trigger
    subject = clauses.subject(trigger.token)
    who = subject.lemma_.lower() if subject is not None else ""
    if trigger.cameo == "191" and who in PROTESTERS | CIVILIAN_GROUPS:
        # "farmers blockaded the port": obstructing passage, not a military blockade
        return replace(trigger, cameo="144", rule=f"{trigger.rule} + civilians -> 144")
    if who not in PROTESTERS:
        return trigger
    return replace(trigger, cameo="145", rule=f"{trigger.rule} + protesters -> 145")


def _conditional(token: Token) -> bool:
    """Whether the clause of `token` states its own condition: "if ...", "unless ..."."""
    return any(
        child.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in child.children)
        for child in token.children
    )
