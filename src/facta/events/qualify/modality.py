"""Modality of an event: negated, future (promised, planned) or hypothetical (conditional)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from facta.events.qualify.carried_accounts import continues_a_report
from facta.events.qualify.cues import MAX_HOPS, _cues, _sentence
from facta.models import Modality


@dataclass
class _Flags:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    would: bool = False  # "would" alone: future when promised or reported, else hypothetical
    promised: bool = False  # a future governor sits above the event
    reported: bool = False  # the clause is what a reporting verb says ("said he would ask")
    conditional: bool = False  # "if"/"unless" bears on the event: hypothetical, not future


def assess_modality(trigger: Token, speech_act: bool = False) -> Modality:
    """Negated, future or hypothetical, from the trigger's own words and the verbs above it.
    With `speech_act`, the trigger is the act of promising, threatening, offering or demanding:
    that act happened (CONTRACT), so what it pledges does not make it future or hypothetical;
    only its own words do ("will urge", "did not promise", "may offer")."""
    flags = _Flags()
    _own_cues(trigger, flags, carry_negation=True)
    if not speech_act:
        _pledge_cues(trigger, flags)
    _conditional_cues(trigger, flags, complements=not speech_act)
    node, carry_negation = trigger, True
    for _ in range(MAX_HOPS):
        step = _climb(node, flags, carry_negation, trigger)
        if step is None:
            break
        node, carry_negation = step
    if flags.would and not flags.hypothetical:
        if flags.promised or flags.reported or continues_a_report(trigger):
            flags.future = True  # future in the past: "promised that Iran would", "said he would"
        else:
            flags.hypothetical = True
    if flags.conditional:
        flags.future = False  # "will release them only if...": the condition rules
    if _is_question(trigger):
        flags.hypothetical = True
    return Modality(flags.negated, flags.future, flags.hypothetical)


def _pledge_cues(trigger: Token, flags: _Flags) -> None:
    """A promise, threat or offer as the event itself takes the modality of what it pledges:
    "promised to stop arming", "threatened to strike", "warned that it would use force" are
    future; "offered to mediate" is hypothetical. "Promised aid" with no clause stays actual."""
    names = "modality.yaml"
    lemma = _lemma(trigger)
    noun = trigger.pos_ == "NOUN"  # "recent promises to stop arming", "the threat to strike"
    kind = "nouns" if noun else "verbs"
    future = _cues(names, "future_nouns" if noun else "future_governors")
    pledging = lemma in future | _cues(names, f"threatening_{kind}")
    offering = lemma in _cues(names, f"offering_{kind}")
    if not (pledging or offering) or trigger.pos_ not in {"VERB", "ADJ", "NOUN"}:
        return
    if lemma == "go" and trigger.lower_ != "going":
        return  # "went to fight" is no plan
    directive = any(child.dep_ == "dobj" for child in trigger.children)  # "warned Iran to stop"
    infinitives = {"acl", "relcl"} if noun else {"xcomp"}
    for child in trigger.children:
        infinitive = child.dep_ in infinitives and _has_child(child, "to") and not directive
        auxiliaries = {aux.lower_ for aux in child.children if aux.dep_ == "aux"}
        clause = child.dep_ in ({"acl", "ccomp"} if noun else {"ccomp"}) and pledging
        if clause and auxiliaries & (_cues(names, "future_auxiliaries") | {"would"}):
            flags.future = True  # "warned that it would use force"
        elif clause and auxiliaries & _cues(names, "hypothetical_auxiliaries"):
            flags.hypothetical = True  # "warned it could strike"
        elif infinitive and offering:
            flags.hypothetical = True
        elif infinitive:
            flags.future = True
        else:
            continue
        return


def _own_cues(
    token: Token, flags: _Flags, carry_negation: bool, came_from: Token | None = None
) -> None:
    """Auxiliaries and negation words attached to one verb or noun; `came_from`, a nominal
    event climbed from, has had its own negation read ("No arrests were made")."""
    names = "modality.yaml"
    children = list(token.children)
    negated = any(
        child.dep_ == "neg"
        or (child.lower_ in _cues(names, "negation_words") and child.dep_ == "det")
        for child in children
    ) or any(child.lower_ == "longer" and _has_child(child, "no") for child in children)
    negated = negated or any(
        child.dep_ in {"nsubj", "nsubjpass"} and child != came_from and _is_negating_subject(child)
        for child in children
    )
    if negated and carry_negation:
        flags.negated = not flags.negated
    for child in children:
        if child.dep_ not in {"aux", "auxpass"}:
            continue
        word = child.lower_
        if word in _cues(names, "future_auxiliaries"):
            flags.future = True
        elif word == "would":
            flags.would = True
        elif word == "could" and negated:
            continue  # "could not control": an actual failure, not a possibility
        elif word in _cues(names, "hypothetical_auxiliaries"):
            flags.hypothetical = True
    hedges = _cues(names, "hypothetical_adverbs")
    if any(child.dep_ == "advmod" and child.lower_ in hedges for child in children):
        flags.hypothetical = True  # "was probably fired by air defences"
    if token.pos_ == "NOUN":
        _modifier_cues(token, flags, carry_negation)


def _is_negating_subject(subject: Token) -> bool:
    """ "None of the parties", "nobody", "neither army", "no soldiers": nobody did it."""
    words = _cues("modality.yaml", "negating_subjects")
    return subject.lower_ in words or any(
        child.dep_ == "det" and child.lower_ in words for child in subject.children
    )


def _modifier_cues(noun: Token, flags: _Flags, carry_negation: bool) -> None:
    """Adjectives on a nominal event: "a planned visit", "possible strikes", "cancelled talks"."""
    names = "modality.yaml"
    for child in noun.children:
        if child.dep_ not in {"amod", "compound"}:
            continue
        word = child.lower_
        if word in _cues(names, "negating_modifiers") and carry_negation:
            flags.negated = not flags.negated
        elif word in _cues(names, "future_modifiers"):
            flags.future = True
        elif word in _cues(names, "hypothetical_modifiers"):
            flags.hypothetical = True


def _has_child(token: Token, word: str) -> bool:
    return any(child.lower_ == word for child in token.children)


def _conditional_cues(
    token: Token, flags: _Flags, own_mark: bool = True, complements: bool = True
) -> None:
    """ "if"/"unless" on the clause itself, on a clause attached to it, or on its complement
    ("threatened to pull out if sanctions were imposed": a conditional threat). Without
    `complements` (the act of threatening or promising itself), the complement's condition
    is the pledge's, and the pledge was made all the same."""
    markers = _cues("modality.yaml", "conditional_markers")
    if own_mark and any(
        child.dep_ == "mark" and (child.lower_ in markers or _has_child(child, "case"))
        for child in token.children
    ):
        flags.hypothetical = flags.conditional = True  # "if China attacks", "in case it does"
    if own_mark and _follows_in_case(token):
        flags.hypothetical = flags.conditional = True
    pledged = [child for child in token.children if child.dep_ == "xcomp"] if complements else []
    above = [token.head] if token.dep_ == "acomp" else []  # "are due to release ... provided"
    for clause in (token, *pledged, *above):
        if _has_condition_phrase(clause):
            flags.hypothetical = flags.conditional = True
        for child in clause.children:
            if child.dep_ == "advcl" and (
                _is_inverted_condition(child)
                or any(
                    grand.dep_ == "mark" and grand.lower_ in markers - {"whether"}
                    for grand in child.children
                )
            ):
                flags.hypothetical = flags.conditional = True


def _follows_in_case(clause: Token) -> bool:
    """A clause right after "in case", however the parser hung the two words."""
    start = clause.left_edge.i
    before = [t.lower_ for t in clause.doc[max(0, start - 2) : start]]
    return clause.pos_ in {"VERB", "AUX"} and before == ["in", "case"]


def _has_condition_phrase(clause: Token) -> bool:
    """ "provided the army halts", "providing that...", "as long as the rebels disarm" attached
    to the clause, or to its object as the parser sometimes has it."""
    objects = [grand for c in clause.children if c.dep_ == "dobj" for grand in c.children]
    for child in (*clause.children, *objects):
        clauses = [c for c in child.children if c.dep_ in {"ccomp", "advcl", "pcomp"}]
        if child.lower_ in _cues("modality.yaml", "conditioning_words") and clauses:
            return True
        if child.lower_ == "long" and any(_has_child(c, "as") for c in clauses if c.i > child.i):
            return True  # "as long as", "so long as"
    return False


def states_a_condition(trigger: Token) -> bool:
    """The trigger's clause is the condition of another: "would plead guilty if prosecutors
    ruled out the death penalty", "had she asked the officials". What a condition names is
    supposed, not done or said."""
    node = trigger
    for _ in range(MAX_HOPS):
        if node.dep_ not in {"conj", "xcomp"} or node.head == node:
            break
        node = node.head
    head = node.head
    auxiliaries = _cues("modality.yaml", "inverted_conditional_auxiliaries")
    if node.dep_ == "ccomp" and head.lower_ in auxiliaries and head.i < node.i:
        return head.dep_ in {"advcl", "ccomp"}  # "agreed had she asked", parsed with "had" on top
    if node.dep_ not in {"advcl", "ccomp"}:
        return False
    markers = _cues("modality.yaml", "condition_openers")
    opened = node.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in markers for c in node.children
    )
    return opened or _is_inverted_condition(node)


def _is_inverted_condition(clause: Token) -> bool:
    """ "Should Iran enrich further", "Were Serbia to recognise Kosovo": a condition opened by
    an auxiliary before the clause's subject, with no "if"."""
    auxiliaries = _cues("modality.yaml", "inverted_conditional_auxiliaries")
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    opening = clause.doc[clause.left_edge.i]  # the auxiliary must open the clause
    if subject is None or opening.lower_ not in auxiliaries or opening.i > subject.i:
        return False
    # "Were Chile to close..." is sometimes parsed with "Were" heading the clause
    return opening == clause or opening.dep_ in {"aux", "auxpass"} and opening.head == clause


def _is_question(trigger: Token) -> bool:
    for token in trigger.doc[trigger.i + 1 : _sentence(trigger).end]:
        if token.text == "?":
            return True
        if token.text in {".", "!"}:
            return False
    return False


def _climb(
    node: Token, flags: _Flags, carry_negation: bool, origin: Token
) -> tuple[Token, bool] | None:
    """Apply what the governor of `node` says about it; return the next node, or None."""
    head, relation = node.head, node.dep_
    if head == node:
        return None
    if relation == "relcl" and _is_infinitive(node):
        relation = "acl"  # "promises to stop arming" is sometimes parsed as a relative clause
    if relation == "conj":
        if _shares_auxiliaries(node):
            _own_cues(head, flags, carry_negation)
        return head, carry_negation
    if (
        relation == "advcl"
        and _is_bare_gerund(node)
        and _governor_cues(head, "xcomp", flags, carry_negation)
    ):
        _own_cues(head, flags, carry_negation)  # "ruled out recognising Kosovo", parsed loosely
        return head, carry_negation
    if relation == "advcl":
        markers = _cues("modality.yaml", "conditional_markers")
        if _is_inverted_condition(node) or any(
            child.dep_ == "mark" and child.lower_ in markers for child in node.children
        ):
            return None  # "if Iran stops...": the condition is open, not the main clause's tense
        _own_cues(head, flags, carry_negation=False)
        return head, False
    if relation in {"pcomp", "pobj"} and head.dep_ == "prep":
        return _climb_preposition(node, head, flags, carry_negation)
    if relation == "acomp" and head.pos_ == "AUX":
        _own_cues(head, flags, carry_negation)  # "was not worried": the copula's words count
        return head, carry_negation
    if relation in {"xcomp", "ccomp", "acl"}:
        if _is_denied_evidence(head):
            if carry_negation:
                flags.negated = not flags.negated  # "there was no sign that troops had left"
            return None
        if _is_speech_boundary(head, relation):
            flags.reported = True
            return None
        is_cue = _governor_cues(head, relation, flags, carry_negation)
        if relation == "xcomp" or is_cue:
            _own_cues(head, flags, carry_negation)
        if relation == "xcomp":
            _conditional_cues(head, flags, own_mark=False)
        if head.pos_ in {"VERB", "AUX", "ADJ"}:
            return head, carry_negation
        return (head, carry_negation) if is_cue else None
    if relation in {"dobj", "nsubj", "nsubjpass", "attr"} and (
        node == origin or _is_cue_noun(node)
    ):
        if node.pos_ not in {"NOUN", "PROPN"} or _is_speech_boundary(head, relation):
            return None
        _governor_cues(head, relation, flags, carry_negation)
        _own_cues(head, flags, carry_negation, came_from=node)
        _conditional_cues(head, flags)  # "if ..., the EU would open talks", "whether it did"
        return head, carry_negation
    return None


def _is_negated(token: Token) -> bool:
    return any(child.dep_ == "neg" for child in token.children)


def _is_bare_gerund(verb: Token) -> bool:
    """A gerund right after its governor, with no subject or subordinator of its own."""
    own = {"nsubj", "nsubjpass", "mark"}
    return verb.tag_ == "VBG" and not any(child.dep_ in own for child in verb.children)


def _is_denied_evidence(noun: Token) -> bool:
    """ "no sign", "no evidence": an evidence noun with a negating determiner."""
    names = "modality.yaml"
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _cues(names, "evidence_nouns")
        and any(
            child.dep_ == "det" and child.lower_ in _cues(names, "negation_words")
            for child in noun.children
        )
    )


def _is_infinitive(verb: Token) -> bool:
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in children
    )


def _is_cue_noun(token: Token) -> bool:
    names = "modality.yaml"
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and any(
        lemma in _cues(names, key)
        for key in ("negating_nouns", "future_nouns", "hypothetical_nouns")
    )


def _climb_preposition(
    node: Token, preposition: Token, flags: _Flags, carry_negation: bool
) -> tuple[Token, bool] | None:
    names = "modality.yaml"
    governor = preposition.head
    word = preposition.lower_
    if word in _cues(names, "negating_prepositions") and carry_negation:
        flags.negated = not flags.negated
    if word == "from" and governor.lemma_.lower() in _cues(names, "preventing_governors"):
        if carry_negation:
            flags.negated = not flags.negated
        return governor, carry_negation
    if word == "of" and governor.lower_ in _cues(names, "falling_short_words"):
        if carry_negation:
            flags.negated = not flags.negated  # "stopped short of storming"
        return governor.head, carry_negation
    if governor == preposition or _is_speech_boundary(governor, "prep"):
        return None
    is_noun = governor.pos_ in {"NOUN", "PROPN"}
    if is_noun and not _is_cue_noun(governor):
        return None
    if word == "to" or is_noun and word == "of":
        _governor_cues(governor, "xcomp", flags, carry_negation)
    _own_cues(governor, flags, carry_negation)
    return governor, carry_negation


def _shares_auxiliaries(verb: Token) -> bool:
    """A conjoined verb with no subject or auxiliary of its own shares those of its head."""
    if verb.tag_ not in {"VB", "VBG", "VBN"} and verb.pos_ not in {"NOUN", "PROPN"}:
        return False
    own = {"nsubj", "nsubjpass", "aux", "auxpass"}
    return not any(child.dep_ in own for child in verb.children)


def _is_speech_boundary(head: Token, relation: str) -> bool:
    """Reporting verbs end modality: "Iran did not say it attacked" leaves the attack alone."""
    lemma = _lemma(head)
    particle = next((child.lower_ for child in head.children if child.dep_ == "prt"), None)
    if particle is not None and f"{lemma} {particle}" in _governor_words():
        return False  # "ruled out sending troops" is no ruling
    if head.pos_ == "NOUN":  # "said in a statement that Israel would release...": its content
        documents = _cues("attribution.yaml", "document_nouns")
        return relation in {"acl", "ccomp"} and lemma in documents | _cues(
            "attribution.yaml", "announcement_nouns"
        )
    if lemma in _cues("modality.yaml", "directive_only_with_infinitive") and relation == "xcomp":
        return False
    if lemma in _cues("modality.yaml", "negating_governors") | _cues(
        "modality.yaml", "hypothetical_governors"
    ):
        return False  # "denied arming", "warned it would strike": the cue is the modality
    return lemma in _cues("attribution.yaml", "speech_verbs")


def _lemma(token: Token) -> str:
    """The lemma, mended where the lemmatizer clips a cue verb ("hopes" -> "hop")."""
    lemma = token.lemma_.lower()
    stem = token.lower_[:-1]
    if token.tag_ == "VBZ" and stem != lemma and stem in _governor_words():
        return stem
    return lemma


def _governor_words() -> frozenset[str]:
    names = "modality.yaml"
    keys = ("negating_governors", "future_governors", "hypothetical_governors")
    return frozenset().union(*(_cues(names, key) for key in keys))


def _governor_cues(head: Token, relation: str, flags: _Flags, carry_negation: bool) -> bool:
    """The lexical meaning of the governing verb or noun: deny, promise, ask, threaten...

    Returns whether the governor is such a cue word."""
    names = "modality.yaml"
    lemma = _lemma(head)
    particle = next((child.lower_ for child in head.children if child.dep_ == "prt"), None)
    if particle is not None:
        lemma = f"{lemma} {particle}"  # "called off the offensive" is no call for it
    is_noun = head.pos_ in {"NOUN", "PROPN"}
    negating = _cues(names, "negating_nouns" if is_noun else "negating_governors")
    future = _cues(names, "future_nouns" if is_noun else "future_governors")
    hypothetical = _cues(names, "hypothetical_nouns" if is_noun else "hypothetical_governors")
    if lemma in negating and lemma in _cues(names, "open_when_negated") and _is_negated(head):
        flags.hypothetical = True  # "did not rule out sending troops"
        flags.negated = not flags.negated  # undoes the "not" that _own_cues reads on the governor
    elif lemma in negating:
        if carry_negation:
            flags.negated = not flags.negated
    elif relation == "xcomp" and any(
        child.lower_ in _cues(names, "pending_adverbs") for child in head.children
    ):
        if carry_negation:
            flags.negated = not flags.negated  # "have yet to sign": not (yet) done
    elif lemma == "be" and relation == "xcomp":
        flags.future = True  # "the chancellor is to visit Warsaw"
    elif lemma in future and (lemma != "go" or head.lower_ == "going"):
        flags.future = True
        flags.promised = True
    elif lemma in hypothetical or (
        lemma in _cues(names, "directive_only_with_infinitive") and relation == "xcomp"
    ):
        flags.hypothetical = True
    else:
        return False
    return True
