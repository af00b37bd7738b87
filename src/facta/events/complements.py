"""What a verb's complement says: the kind of clause a lexicon marker asks for (a that-clause,
an obligation, a wish, an action, a commitment of the teller's own side), questions, facts
told rather than demanded, and ultimatums ("will withdraw unless ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from facta.events.clauses import child, infinitive_clause
from facta.events.vocabulary import UNDERTAKING_VERBS

# Modal auxiliaries of a reported clause that make it an obligation laid on its subject.
OBLIGATION_MODALS = {
    "@must": frozenset({"must"}),
    "@should": frozenset({"should", "ought"}),
    "@wish": frozenset({"will", "would"}),  # "hoped the government would ease the rules"
}


def has_complement(verb: Token, marker: str) -> bool:
    """Whether the verb governs the kind of complement a lexicon marker asks for (evaluation
    markers are read by facta.events.evaluations).

    @clause: a that-clause; @must / @should: a clause whose named subject must / should act
    ("said Libya must hand over the suspects"); @action: an infinitive or -ing action
    ("is considering sending troops", "worked with the police to find the men")."""
    if marker == "@action":
        # "is considering sending troops", "worked with the police to find the men"
        return (
            infinitive_clause(verb) is not None
            or any(
                c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_ != "be" for c in verb.children
            )
            or any(  # "admitted to misleading parliament"
                c.dep_ == "prep" and c.lower_ == "to" and child(c, "pcomp") is not None
                for c in verb.children
            )
        )
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if marker == "@clause":
        return bool(clauses)
    if marker == "@own_clause":
        return any(own_doing(verb, c) for c in clauses)
    if marker == "@commitment":
        return committed_clause(verb) is not None
    modals = OBLIGATION_MODALS.get(marker, frozenset())
    return any(
        any(a.dep_ == "aux" and a.lower_ in modals for a in c.children)
        and (doer := child(c, "nsubj")) is not None
        and doer.pos_ in ("NOUN", "PROPN")
        and not surmised(c)
        for c in clauses
    )


KNOWING_VERBS = frozenset({"know", "understand", "realize", "realise", "feel", "think", "believe"})


def surmised(clause: Token) -> bool:
    """ "said the voters must know ...", "must be weighing", "must have known": a modal that
    guesses at a state of mind or a doing under way lays no obligation on anyone."""
    auxes = {a.lemma_.lower() for a in clause.children if a.dep_ == "aux"}
    return (
        clause.lemma_.lower() in KNOWING_VERBS
        or "have" in auxes
        or (clause.tag_ == "VBG" and "be" in auxes)
    )


OWN_WORDS = frozenset(
    {"i", "we", "he", "she", "it", "they", "my", "our", "his", "her", "its", "their"}
)


def own_doing(verb: Token, clause: Token) -> bool:
    """ "admitted that its jets had struck the market", "conceded he had lied": the clause
    tells of the teller's own side (a pronoun, a possessive, or the teller's own noun), not
    of others ("acknowledged that voters had grown wary")."""
    doer = child(clause, "nsubj", "nsubjpass")
    if doer is None:
        return False
    if doer.lower_ in OWN_WORDS or any(
        c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in doer.children
    ):
        return True
    teller = child(verb, "nsubj")
    return teller is not None and teller.lemma_.lower() == doer.lemma_.lower()


def asks_a_question(verb: Token) -> bool:
    """ "asked by a reporter if he would resign", "asked whether the talks would resume": a
    verb whose only complement is an if- or whether-clause asks a question, not for an act."""
    if any(c.dep_ == "xcomp" for c in verb.children) or infinitive_clause(verb) is not None:
        return False
    return any(
        c.dep_ in ("ccomp", "advcl")
        and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
        for c in verb.children
    )


def asked_about(verb: Token) -> bool:
    """ "asked if the police suspected that the driver fled": a verb that an if- or
    whether-clause asks about is not said to hold."""
    return any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in verb.children)


def in_question(verb: Token) -> bool:
    """ "to decide whether they should impose sanctions", "asked whether he expected the party
    to oppose the bill": an act a whether-clause asks about, or one told inside it, is weighed,
    not done."""
    node = verb
    for _ in range(3):
        if any(m.dep_ == "mark" and m.lower_ == "whether" for m in node.children):
            return True
        if node.dep_ not in ("ccomp", "xcomp") or node.head is node:
            return False
        node = node.head
    return False


SUBJUNCTIVE_MODALS = frozenset({"should", "must", "shall", "ought"})
FINITE_TAGS = frozenset({"VBD", "VBZ"})  # not VBP: "demanded that NATO supply" is subjunctive


def states_a_fact(clause: Token) -> bool:
    """ "insisted that the army had withdrawn", "his insistence that he could win": a clause
    with its own subject in the indicative tells what is so; a demand's clause is subjunctive
    or says what should be ("insisted that the army withdraw", "demanded they be freed")."""
    if child(clause, "nsubj", "nsubjpass") is None:
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" and a.lower_ not in SUBJUNCTIVE_MODALS for a in auxiliaries):
        return True
    return any(t.tag_ in FINITE_TAGS for t in (clause, *auxiliaries)) and not any(
        a.lower_ in SUBJUNCTIVE_MODALS for a in auxiliaries
    )


def own_words(clause: Token) -> list[Token]:
    """The words of a reported clause without the subordinate clauses hung on it: "said the
    plan was sound, while the board found it not credible" says nothing of the board's view."""
    words, stack = [], [clause]
    while stack:
        token = stack.pop()
        words.append(token)
        stack += [c for c in token.children if c.dep_ != "advcl" or c is clause]
    return words


FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "shall", "wo"})
SELF_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def committed_clause(verb: Token) -> Token | None:
    """The reported clause of a speech verb in which its teller's side commits itself, or its
    future half: "said it has worked with them and will keep working with them"."""
    reported = [c for c in verb.children if c.dep_ == "ccomp"]
    halves = [
        half
        for c in reported
        for half in (c, *c.children)
        if half is c or (half.dep_ == "conj" and child(half, "nsubj") is None)
    ]
    return next((c for c in halves if own_commitment(c)), None)


def committed_subject(clause: Token) -> Token | None:
    """Who commits in a committed clause: its subject, or the one of the clause it goes on."""
    subject = child(clause, "nsubj")
    if subject is None and clause.dep_ == "conj":
        return child(clause.head, "nsubj")
    return subject


def undertaking(clause: Token) -> bool:
    """ "said they will work to fix the shortcomings": a cooperative undertaking, pledged
    though it has no code of its own (word_classes.tsv)."""
    return clause.lemma_.lower() in UNDERTAKING_VERBS


def own_commitment(clause: Token) -> bool:
    """ "said it would help", "told reporters the cabinet would join the talks": a reported
    clause in which the teller's side (a pronoun or a named subject, checked against the
    teller later) will act, undated, unconditioned and undenied. "Will visit Moscow next
    week" is a plan with a time; "would not attack" a refusal; "would meet them if" a
    supposition."""
    subject = committed_subject(clause)
    if subject is None or (subject.pos_ == "PRON" and subject.lower_ not in SELF_PRONOUNS):
        return False
    if child(clause, "neg") is not None or subject.lower_ in ("there", "this", "that"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in clause.children):
        return False
    conditions = [
        c
        for c in clause.children
        if c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
    ]  # "would meet them if they dropped their demands": supposed, not pledged
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in own_words(clause))
    return not conditions and not dated


def ultimatum(verb: Token) -> str | None:
    """A future act made conditional with "unless": "will withdraw its troops unless the rebels
    disarm" threatens the act ("threat"); "will not end the strike unless" refuses it ("refuse").
    A future act denied outright ("will not release the sailors") is declined ("decline")."""
    future = any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo")
        for c in verb.children
    )
    conditional = future and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in verb.children
    )
    if conditional:
        return "threat" if child(verb, "neg") is None else "refuse"
    return "decline" if future and child(verb, "neg") is not None else None
