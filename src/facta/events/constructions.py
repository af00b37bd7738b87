"""Token-level tests of constructions the events coder reads: clause edges, purposes,
conditions, time phrases, objects of event nouns and what they modify."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from facta.analysis_state import Analysis
from facta.events import clauses
from facta.events.lexicon import (
    NounEntry,
    VerbEntry,
)
from facta.events.qualify import assess_modality
from facta.events.retold_attacks import open_means
from facta.events.vocabulary import (
    ANSWER_VERBS,
    ARGUMENT_DEPS,
    BREAKDOWN_PARTICLES,
    BREAKDOWN_VERBS,
    CAUSE_NOUNS,
    CIRCUMSTANCE_PREPS,
    CIVILIAN_GROUPS,
    COMPLEX_PREPOSITIONS,
    CONDITIONS,
    DISCLOSING_VERBS,
    FORCE_MOVES,
    INFORMATION_NOUNS,
    KIND_HEADS,
    MASS_COUNTS,
    MEANS_VERBS,
    MEASURE_NOUNS,
    NEGATED_ACTS,
    PAST_SCENE_WORDS,
    PERMISSIVE,
    PROMISE_VERBS,
    PROTESTERS,
    QUANTITY_NOUNS,
    RESTRAINT_NOUNS,
    SPOKEN_ROOTS,
    STAGING_VERBS,
    STANCE_NOUNS,
    STOP_VERBS,
    TIME_MARKERS,
    TOPIC_PREPOSITIONS,
    UNDERTAKING_VERBS,
    VIOLENT_ROOTS,
    Trigger,
)


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
    # "opened fire on marchers, killing nine"; "launched an air strike, killing dozens" when
    # the launched attack tells its means ("carried out a raid, killing three" and a move in on
    # a place, which hits no one itself, "burst into the shed, killing three", keep both)
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and any(
            (
                (t.token == token.head and t.token.lemma_.lower() not in FORCE_MOVES)
                or (
                    t.token.head == token.head
                    and t.token.dep_ == "dobj"
                    and not open_means(t.cameo)
                )
            )
            and (t.cameo[:2] in VIOLENT_ROOTS or t.cameo == "175")
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


def _time_phrase(prep: Token) -> bool:
    """ "on Monday", "in April": a preposition that dates the event, not one that targets it."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


def _firm_promise(trigger: Trigger) -> bool:
    """ "promised to democratise the country", "is committed to resolving the concerns": a
    pledge, or an intent to a cooperative undertaking, stands when its action has no code."""
    token = trigger.token
    action = clauses.child(token, "xcomp", "ccomp") or clauses.to_action(token)
    return (
        trigger.verb is not None
        and action is not None
        and (trigger.verb.lemma in PROMISE_VERBS or action.lemma_.lower() in UNDERTAKING_VERBS)
    )


def _addressed(trigger: Trigger, targets: list[clauses.Argument]) -> bool:
    """ "offered the rebels a truce", "promised to democratise": an intent with no codable act
    stands when it is a pledge or names whom it is made to, not a side its clause mentions."""
    preps = trigger.verb.target_preps if trigger.verb is not None else ()
    return _firm_promise(trigger) or any(
        t.mention.start <= t.head.i < t.mention.end  # "offer coverage in Mexico": a place
        and (
            (t.head.head == trigger.token and t.head.dep_ in ("dobj", "dative"))
            or (t.head.head.head == trigger.token and t.head.head.lower_ in preps)
        )
        for t in targets
    )


def _reported_obligation(trigger: Trigger) -> bool:
    """A demand or appeal read from "said X must ...": it needs someone who is asked."""
    return trigger.verb is not None and bool({"@must", "@should", "@wish"} & trigger.verb.objects)


def _stopped(token: Token) -> bool:
    """ "stop arming": the action is what ceases, so it is not coded as happening."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in STOP_VERBS


def _non_actor_agent(verb: Token, analysis: Analysis) -> bool:
    agents = clauses.prep_objects(verb, ("by",)) if clauses.is_passive(verb) else []
    return bool(agents) and clauses.mention_in(agents[0], analysis) is None


def _has_content(token: Token) -> bool:
    """A frame verb that says what is promised, asked or threatened, even if we cannot code it.
    A that-clause stating what is ("insists that the violence is homegrown") asks nothing."""
    return (
        any(
            c.dep_ in ("dobj", "xcomp") or (c.dep_ == "ccomp" and c.lemma_ != "be")
            for c in token.children
        )
        or bool(clauses.prep_objects(token, ("on", "for")))
        or clauses.infinitive_clause(token) is not None
        or clauses.to_action(token) is not None
    )


def _participle_modifier(token: Token) -> bool:
    """ "militiamen armed with machetes", "the deal inked Monday": a description, not an event."""
    if token.dep_ not in ("acl", "amod") or token.tag_ != "VBN":
        return False
    if clauses.misread_main_verb(token) or clauses.member_of(token.head) is not None:
        return False  # "nine Americans are among 33 suspects detained": who was detained
    # "forces backed by Rwanda seized the town" tells who backs the subject; "rescued a ship
    # attacked by pirates" only describes the object
    return not clauses.prep_objects(token, ("by",)) or token.head.dep_ not in ("nsubj", "ROOT")


def aside_clauses(trigger: Token) -> set[int]:
    """ "told the envoy, who is visiting the capital, that ...", "travels from May 2, which will
    include a trip to X": a relative clause set off by a comma on one of the act's arguments
    (or their prepositions' objects), with that party as its doer, tells what the party does
    of its own. It is asserted, not part of what the act reports or does (unlike "forgave the
    guerrillas who had killed his father", where the clause picks out whom)."""
    found: set[int] = set()
    arguments = [c for c in trigger.children if c.dep_ in ARGUMENT_DEPS]
    arguments += [o for c in arguments if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    for argument in arguments:
        for clause in argument.children:
            start = clause.left_edge.i
            if (
                clause.dep_ == "relcl"
                and start > 0
                and clause.doc[start - 1].text == ","
                and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children)
            ):
                found |= {t.i for t in clause.subtree}
    return found


def _purpose_clause(token: Token) -> bool:
    """ "blocked the road to protest": the purpose is intended, not done, and not coded."""
    return (
        token.dep_ == "advcl"
        and token.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and clauses.child(token, "nsubj", "nsubjpass") is None
    )


def _spoken_purpose(trigger: Trigger) -> bool:
    """ "took to Twitter to criticize the mayor", "held a news conference to deny the charges":
    a speech act is done by the very act it is the purpose of, when that act happened."""
    head = trigger.token.head
    return (
        trigger.verb is not None
        and trigger.cameo[:2] in SPOKEN_ROOTS
        and head.lemma_.lower() in MEANS_VERBS
        and (head.tag_ in ("VBD", "VBN") or (head.tag_ == "VBG" and head.head.tag_ == "VBD"))
        and clauses.child(head, "neg") is None
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    )


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
    (but "met the king to discuss the war" is one meeting); so is what a visitor says in person
    ("visited the wounded pilot to thank him": the thanks, praise or support are given there)."""
    in_person = trigger.cameo[:2] == "05" and trigger.verb is not None
    return (trigger.cameo[:2] == "04" or in_person) and any(
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
        if c.dep_ in (*clauses.OBJECTS, "nsubjpass", "dative", "acomp")  # "pleaded guilty"
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
            if c.lemma_.lower() in DISCLOSING_VERBS and any(
                d.dep_ == "dobj" and d.lemma_.lower() in INFORMATION_NOUNS for d in c.children
            ):  # "declined to give details" is "declined to comment"
                objects.add("to comment")
            if c.dep_ == "ccomp":
                objects.update(d.lemma_.lower() for d in c.children if d.dep_ == "nsubj")
        elif c.dep_ == "ccomp" and (
            c.tag_ == "VB"
            or (c.tag_ == "VBP" and token.lemma_.lower() in PERMISSIVE | {"let"})
            or any(d.dep_ == "auxpass" and d.tag_ == "VB" for d in c.children)
        ):
            # "let the inspectors visit the sites": a bare infinitive and its doer; "ordered
            # that the men be held": a subjunctive, as "ordered the men to be held"
            objects.add("to " + c.lemma_.lower())
            objects.update(d.lemma_.lower() for d in c.children if d.dep_ in ("nsubj", "nsubjpass"))
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
                c.lemma_.lower() in QUANTITY_NOUNS | MEASURE_NOUNS  # "attend a round of talks"
                or c.like_num
                or c.pos_ in ("DET", "PRON")  # "released some of the guidelines"
                or c.tag_ == "$"
                or any(d.dep_ in ("nummod", "quantmod") for d in c.children)
            ):
                # "700 kg of medicine", "$20 million in humanitarian aid"
                for o in clauses.prep_objects(c, ("of", "in")):
                    objects |= {o.lemma_.lower(), *_modified_words(o)}
    shared = clauses.shared_object(token)
    if shared is not None:
        objects.add(shared.lemma_.lower())
    if token.dep_ == "acl" or (
        token.dep_ == "relcl"
        and any(c.dep_ == "nsubjpass" and c.lower_ in clauses.RELATIVE_PRONOUNS for c in children)
    ):  # "the audit, which the committee released on Friday"
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


def _standing_stance(trigger: Trigger) -> bool:
    """ "Western backing for the rebels is a growing irritant": a stance noun as the subject
    of its clause is the situation the clause comments on, not an act of support."""
    token = trigger.token
    return (
        trigger.noun is not None
        and token.lemma_.lower() in STANCE_NOUNS
        and _position(token).dep_ in ("nsubj", "nsubjpass")
    )


def _scene_setting(trigger: Trigger) -> bool:
    """ "in response to North Korea's nuclear test", "after the army's assault on the town",
    "in the wake of police killings": an event noun that sets the scene names an earlier act,
    background to the news, even with its agent named."""
    if trigger.noun is None:
        return False
    place = _position(trigger.token)
    if place.dep_ != "pobj":
        return False
    preposition = place.head
    if preposition.lower_ in PAST_SCENE_WORDS:
        return True
    noun = preposition.head  # "in response to", "in the wake of"
    return (
        preposition.lower_ in {"to", "of", "for"}
        and noun.lemma_.lower() in PAST_SCENE_WORDS
        and noun.dep_ == "pobj"
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


def _unreached(token: Token) -> bool:
    """ "did not immediately comment", "were not immediately available to comment": the press
    did not reach them in time, which is no refusal (the article gold's convention)."""
    words = [token, token.head] if token.dep_ in ("xcomp", "prep", "pobj") else [token]
    if token.dep_ == "pobj":
        words.append(token.head.head)
    return any(w.lemma_.lower() == "available" for w in words) or any(
        c.dep_ == "advmod" and c.lower_ == "immediately" for w in words for c in w.children
    )


def _answer_given(trigger: Trigger) -> bool:
    """A verb of answering the press whose decline entry holds only when the answer is denied
    ("did not comment", "had no immediate comment"): answered ("responded to a request for
    comment", "police identified the gunman"), it is no decline and reports nothing."""
    if trigger.cameo not in NEGATED_ACTS or trigger.verb is None:
        return False
    if trigger.verb.lemma not in ANSWER_VERBS:
        return False
    if _unreached(trigger.token):
        return True  # "did not immediately comment", "was not available to comment"
    direct = clauses.child(trigger.token, "dobj")
    if direct is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in direct.children):
        return False
    bare = not (trigger.verb.objects or trigger.verb.preps)
    if bare and any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.token.children):
        return True  # "has not commented on the reports": a standing silence, no reply refused
    return not assess_modality(trigger.token).negated
