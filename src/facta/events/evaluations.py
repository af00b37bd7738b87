"""What a speaker says of others: a speech verb's reported clause, quotation or description
read for the judging words of data/lexicon/evaluations.tsv (the evaluation markers of verbs.tsv)."""

from __future__ import annotations

from spacy.tokens import Token

from facta.events.clauses import child, is_passive, object_authors, prep_objects
from facta.events.complements import own_words
from facta.events.lexicon import evaluations, word_classes
from facta.events.qualify.reports import inside_quote

_WORDS = word_classes()
_JUDGING = evaluations()
# Evaluation markers of verbs.tsv: (words that judge anywhere in what is said, words that judge
# only as what it says its subject is or does). "Good" or "dangerous" anywhere in a clause judge
# nothing ("said the man carried illegal weapons"); "the law is dangerous" judges the law.
EVALUATIONS = {
    "@disapproval": (_JUDGING["negative", "said"], _JUDGING["negative", "predicate"]),
    "@approval": (_JUDGING["positive", "said"], _JUDGING["positive", "predicate"]),
    "@blame": (_WORDS["blame_word"], frozenset()),
    "@pessimism": (_WORDS["pessimism_word"], frozenset()),
    "@falsehood": (_WORDS["falsehood"], frozenset()),
    "@forecast": (frozenset(), frozenset()),  # read by forecasts_failure
    "@gloom": (frozenset(), frozenset()),  # read by judges_a_state
    "@optimism": (frozenset(), frozenset()),  # read by hopes
    "@denial": (frozenset(), frozenset()),  # read by denies
}
APPRAISED_HEADS = _WORDS["appraised_head"]
# Words that judge when denied: "said the plan was not credible" disapproves.
DENIED_EVALUATIONS = {"@disapproval": _WORDS["fitness_word"]}
# Every word an evaluation marker or its denial asks for in what is said.
JUDGED_NAMES = frozenset().union(
    *(anywhere for anywhere, _ in EVALUATIONS.values()), *DENIED_EVALUATIONS.values()
)
# Verbs of a reported clause that say what its subject is: "said the country was becoming a
# police state".
COPULAS = frozenset({"be", "become", "remain", "seem", "appear"})
EVIDENTIAL_VERBS = _WORDS["evidential_verb"]
EVIDENTIAL_NOUNS = _WORDS["evidential_noun"]
NAMING_VERBS = _WORDS["naming_verb"]
OBJECT_PREPOSITIONS = _WORDS["object_preposition"]
PESSIMISM_WORDS = _WORDS["pessimism_word"]
STATE_NOUNS = _WORDS["state_noun"]
OPTIMISM_WORDS = _WORDS["optimism_word"]
DENIED_INTENTS = _WORDS["denied_intent"]
DENIED_LABELS = _WORDS["denied_label"]
DENIED_PARTS = _WORDS["denied_part"]
DENIED_PARTIES = _WORDS["denied_party"]
PART_VERBS = frozenset({"have", "play"})  # "played no role in", "had no hand in"
DEEDS = _WORDS["deed_noun"] | _WORDS["violence_noun"] | _WORDS["happening_noun"]
DEED_PRONOUNS = frozenset({"it", "this", "that"})  # "was not responsible for it": the deed told
PART_PREPOSITIONS = ("in", "with", "for", "to")  # "a role in", "to do with", "responsible for"


def _words_of(names: frozenset[str]) -> frozenset[str]:
    return frozenset(word for name in names for word in name.split(" "))


# The single words of those entries: a token none of whose names (see _names) can match
# is passed over without building them.
JUDGED_WORDS = _words_of(JUDGED_NAMES)
OPTIMISM_NAME_WORDS = _words_of(OPTIMISM_WORDS)
# Modals of a reported clause that make it a prediction: "said the plan could fail".
FORECAST_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "'ll"})


def _negated(token: Token) -> bool:
    """ "was not a sham", "there is no path to victory": the word is denied."""
    denied = any(c.dep_ == "neg" for word in (token, token.head) for c in word.children)
    return denied or _no(token)


def _no(token: Token) -> bool:
    """ "had no such intention regarding the port": the noun is quantified away."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _names(token: Token) -> list[str]:
    """The words a token may match an evaluation entry by: its lemma, its form, and its
    modifier or its preposition and itself as a two-word entry ("police state", "good news",
    "step toward"), with the preposition's object as a three-word one ("path to victory").
    Read once per token (what is said is read for several markers); the list is shared."""
    cache = token.doc.user_data.setdefault("facta_names", {})
    if token.i not in cache:
        cache[token.i] = _read_names(token)
    return cache[token.i]


def _may_name(token: Token, entries: frozenset[str], words: frozenset[str]) -> bool:
    """Whether one of the token's names may be among `entries` (whose single words are
    `words`): every name is its form or holds its lemma as a word."""
    lemma = token.lemma_.lower()
    return not lemma or " " in lemma or lemma in words or token.lower_ in entries


def _read_names(token: Token) -> list[str]:
    lemma = token.lemma_.lower()
    pairs = [
        f"{m.lemma_.lower()} {lemma}" if m.i < token.i else f"{lemma} {m.lemma_.lower()}"
        for m in token.children
        if m.dep_ in ("amod", "compound", "advmod")
    ]
    preps = [p for p in token.children if p.dep_ == "prep" and p.i > token.i]
    pairs += [f"{lemma} {p.lower_}" for p in preps]
    pairs += [f"{lemma} {p.lower_} {o.lemma_.lower()}" for p in preps for o in p.children]
    return [lemma, token.lower_, *pairs]


def predicate_words(clause: Token) -> list[Token]:
    """What a copular clause says its subject is, unless denied: "was a hero" (hero), "is the
    right one" (one, right), "was one of the sharpest minds" (one, minds, sharpest)."""
    if clause.lemma_ not in COPULAS or child(clause, "neg") is not None:
        return []
    found = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
    found += [o for c in found if c.lemma_ == "one" for o in prep_objects(c, ("of",))]
    appraised = [c for c in found if c.pos_ == "ADJ" or c.lemma_.lower() in APPRAISED_HEADS]
    return found + [m for c in appraised for m in c.children if m.dep_ in ("amod", "compound")]


def deed_words(clause: Token) -> list[str]:
    """What a reported clause says its subject is or did, unless denied: "was a sham", "had
    failed to protect voters" (fail), "lacked oversight" (lack), "keeps harassing the
    fishermen" (harass: the action of its verb counts). A passive is read as a state
    by its form only ("were doomed", "is flawed"): "had been undermined by" judges its agent,
    not its subject."""
    inner = evidenced_clause(clause)
    if inner is not None:  # "said the report showed the minister was unfit"
        return deed_words(inner)
    if clause.lemma_ in COPULAS:
        return [name for t in predicate_words(clause) for name in _names(t)]
    if child(clause, "neg") is not None or clause.pos_ != "VERB":
        return []
    if is_passive(clause):  # "were doomed", "is divorced from reality"
        preps = [p for p in clause.children if p.dep_ == "prep"]
        return [clause.lower_] + [
            f"{clause.lower_} {p.lower_} {o.lemma_.lower()}" for p in preps for o in p.children
        ]
    # "said the neighbour continues to harass its fishermen", "seeks to bully": the deed
    acts = [a for a in clause.children if a.dep_ == "xcomp" and a.pos_ == "VERB"]
    return _names(clause) + [name for a in acts if child(a, "neg") is None for name in _names(a)]


def evidenced_clause(clause: Token) -> Token | None:
    """The clause a reported clause gives evidence for: "the report showed the minister was
    unfit", "the leak was proof that the minister is unfit" (the minister was unfit)."""
    if clause.lemma_ in EVIDENTIAL_VERBS:
        return child(clause, "ccomp")
    if clause.lemma_ not in COPULAS:
        return None
    proofs = [
        c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() in EVIDENTIAL_NOUNS
    ]
    return next((c for p in proofs for c in p.children if c.dep_ in ("acl", "ccomp")), None)


def evidenced_subject(verb: Token) -> Token | None:
    """The subject of a clause a reported clause gives evidence for: "said the report showed
    the minister was unfit" -> the minister."""
    for clause in verb.children:
        inner = evidenced_clause(clause) if clause.dep_ == "ccomp" else None
        if inner is not None:
            return child(inner, "nsubj", "nsubjpass")
    return None


def predicate_authors(verb: Token) -> list[Token]:
    """Who made what a reported clause says its subject is: "said it was a great message sent
    by the government" judges the government."""
    return [
        author
        for clause in verb.children
        if clause.dep_ == "ccomp" and clause.lemma_ in COPULAS
        for attr in clause.children
        if attr.dep_ == "attr"
        for author in object_authors(attr)
    ]


def descriptions(verb: Token) -> list[Token]:
    """What a naming verb calls its object: "called the vote a sham" (sham), "described the
    talks as frozen" (frozen), "what he called dangerous actions by X" (actions)."""
    return object_predicates(verb) + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
    ]


def object_predicates(verb: Token) -> list[Token]:
    """What a naming verb calls its object without "as": "called the vote a sham" (sham), and
    the parser's misreadings of it, where object and name become one noun phrase: fused with
    a plural modifier ("called the strikers thugs", which English compounds do not make), the
    name quoted inside it ('called the ruling "good news"') or read as an apposition with no
    comma ("called the senator a liar")."""
    found = [c for c in verb.children if c.dep_ == "oprd"]
    named = child(verb, "dobj")
    if found or named is None or verb.lemma_.lower() not in NAMING_VERBS:
        return found
    before = [t for t in named.subtree if t.i < named.i]
    fused = named.tag_ == "NNS" and any(t.dep_ == "compound" and t.tag_ == "NNS" for t in before)
    quoted = any(t.is_quote and t.i > before[0].i for t in before)
    if fused or quoted:
        return [named]
    return [
        c
        for c in named.children
        if c.dep_ == "appos" and not any(t.lower_ == "," for t in named.doc[named.i : c.i])
    ]


def names_its_object(verb: Token) -> bool:
    """ "called the ruling good news for voters": a naming verb with what it calls its object;
    no "call for" or "call on" holds."""
    return verb.lemma_.lower() in NAMING_VERBS and bool(object_predicates(verb))


def own_naming(token: Token) -> bool:
    """ "said it would act against what he called dangerous moves": a naming in a free relative
    is the teller's own judgement, told whatever the clause around it reports or promises."""
    return token.lemma_.lower() in NAMING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in token.children
    )


def judged_words(verb: Token) -> list[str]:
    """What a speech verb says its subject is or does: the predicate of its that-clause or the
    description of a naming verb ("described the talks as frozen", "called the ruling good
    news"), read for evaluation words of reach 'predicate'."""
    cache = verb.doc.user_data.setdefault("facta_judged_words", {})
    if verb.i not in cache:
        found = [t for c in descriptions(verb) for t in own_words(c) if not _negated(t)]
        found += [m for t in said_tokens(verb) for m in owned_appraisal(t)]
        deeds = [name for c in verb.children if c.dep_ == "ccomp" for name in deed_words(c)]
        cache[verb.i] = deeds + [name for t in found for name in _names(t)]
    return cache[verb.i]


def owned_appraisal(noun: Token) -> list[Token]:
    """The adjectives of an act someone is named as doing, anywhere in what is said: "Russia's
    worrying actions", "dangerous moves by China" judge their doer."""
    if noun.lemma_.lower() not in APPRAISED_HEADS or noun.pos_ != "NOUN":
        return []
    owned = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)
    return [m for m in noun.children if m.dep_ == "amod" and owned]


def said_words(verb: Token) -> list[tuple[str, bool]]:
    """What a speech verb says, as (lemma, denied) pairs: its that-clause, the predicate of a
    description ("described the group as racist") or, with neither, the quoted words of its
    sentence. Read once per verb (several evaluation entries ask)."""
    cache = verb.doc.user_data.setdefault("facta_said_words", {})
    if verb.i not in cache:
        # only words some evaluation marker asks for matter; their denial is read for them alone
        named = [
            (t, [n for n in _names(t) if n in JUDGED_NAMES])
            for t in said_tokens(verb)
            if _may_name(t, JUDGED_NAMES, JUDGED_WORDS)
        ]
        cache[verb.i] = [
            (name, _negated(t))
            for t, names in named
            if names and not _stranded(t)
            for name in names
        ]
    return cache[verb.i]


def _stranded(token: Token) -> bool:
    """ "no village will be left behind": a judging preposition with no object judges no one
    ("was behind the attacks" does)."""
    return token.lower_ in OBJECT_PREPOSITIONS and child(token, "pobj") is None


def said_tokens(verb: Token) -> list[Token]:
    """The words a speech verb says (see said_words), read once per verb (what it says and
    how it judges both ask)."""
    cache = verb.doc.user_data.setdefault("facta_said_tokens", {})
    if verb.i not in cache:
        parts = [c for c in verb.children if c.dep_ == "ccomp"] + descriptions(verb)
        told = [t for c in parts for t in own_words(c)]
        cache[verb.i] = told + opened_before(verb) if told else quoted_words(verb)
    return cache[verb.i]


def quoted_words(verb: Token) -> list[Token]:
    """ "'Pitiful that he rewards them,' said the senator": a speech verb outside quotes whose
    parse gives it no clause says the quoted words of its sentence, from the sentence where
    the quotation opens."""
    if inside_quote(verb):
        return []
    return opened_before(verb) + [t for t in verb.sent if inside_quote(t)]


def opened_before(verb: Token) -> list[Token]:
    """ "'The plan is a sham. It will fail,' she said": the words of a quotation that opened
    in an earlier sentence and runs on into the speech verb's own."""
    if inside_quote(verb):
        return []
    doc, opens = verb.doc, verb.sent.start
    start = opens
    while start > 0 and inside_quote(doc[start]) and inside_quote(doc[start - 1]):
        start -= 1
    return [t for t in doc[start:opens] if inside_quote(t)]


def quoted_subject(verb: Token) -> Token | None:
    """The first subject of the quoted words a speech verb says ("'Pitiful that Obama rewards
    them,' said the senator": Obama), when its parse gives it no clause."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return next((t for t in quoted_words(verb) if t.dep_ in ("nsubj", "nsubjpass")), None)


def forecasts_failure(verb: Token) -> bool:
    """Whether the verb's reported clause predicts that a thing no one is named as making
    will fail: "said the truce could collapse", "said the talks were doomed" (pessimism, 012).
    The failure of someone's attempt ("said any attempt by X to isolate us would fail") judges
    its author, and is left to @disapproval."""
    told = [c for c in verb.children if c.dep_ == "ccomp"]
    # "say the drought shows the quota accord will fail": the clause the evidence is for
    for clause in told + [e for e in map(evidenced_clause, told) if e is not None]:
        subject = child(clause, "nsubj", "nsubjpass")
        if subject is None or subject.pos_ != "NOUN" or child(clause, "neg") is not None:
            continue
        if object_authors(subject) or child(subject, "poss") is not None:
            continue
        auxiliaries = [a.lower_ for a in clause.children if a.dep_ == "aux" and a.tag_ == "MD"]
        doomed = is_passive(clause) and clause.lemma_.lower() in PESSIMISM_WORDS
        failing = clause.lemma_.lower() in PESSIMISM_WORDS and FORECAST_MODALS & set(auxiliaries)
        if doomed or failing:
            return True
    return False


def judges_a_state(verb: Token) -> bool:
    """Whether the verb judges bad a state of affairs rather than someone: "called the
    outlook for the harvest disastrous", "said the situation was disastrous" (pessimism, 012)."""
    judged = [child(c, "nsubj") for c in verb.children if c.dep_ == "ccomp"]
    if descriptions(verb):
        judged.append(child(verb, "dobj"))
    return any(
        t is not None and t.lemma_.lower() in STATE_NOUNS and not object_authors(t) for t in judged
    ) and judges(verb, "@disapproval")


def judges(verb: Token, marker: str) -> bool:
    """Whether what the verb says holds the words an evaluation marker asks for: "said the plan
    was a sham", "said Turkey was behind the violations", "described the group as racist"."""
    if marker == "@forecast":
        return forecasts_failure(verb)
    if marker == "@gloom":
        return judges_a_state(verb)
    if marker == "@optimism":
        return hopes(verb)
    if marker == "@denial":
        return denies(verb)
    anywhere, predicate = EVALUATIONS[marker]
    denied = DENIED_EVALUATIONS.get(marker, frozenset())
    return any(
        (word in anywhere and not negated) or (word in denied and negated)
        for word, negated in said_words(verb)
    ) or not predicate.isdisjoint(judged_words(verb))


def hopes(verb: Token) -> bool:
    """Whether what the verb says sees progress ahead: "said the accord was a step toward
    peace", "'our party now sees a path to victory in the north'" (optimism, 013; optimism_word of
    word_classes.tsv). "There is no path to victory" sees none."""
    return any(
        name in OPTIMISM_WORDS and not _negated(t)
        for t in said_tokens(verb)
        if _may_name(t, OPTIMISM_WORDS, OPTIMISM_NAME_WORDS)
        for name in _names(t)
    )


def denies(verb: Token) -> bool:
    """Whether what the verb says denies an intent, the name given to a deed or a part in one:
    "said it had no such intention regarding the port", "stressed there were no plans to close
    the mine", "said it did not intend to renew the lease", "'This is not a purge of the civil
    service'", "said it played no role in the raid", "said it was not involved" (denial, 016;
    denied_intent, denied_label, denied_part and denied_party of word_classes.tsv)."""
    for token in said_tokens(verb):
        lemma, head = token.lemma_.lower(), token.head
        denied = token.pos_ == "VERB" and child(token, "neg") is not None
        if lemma in DENIED_INTENTS and denied and child(token, "xcomp") is not None:
            return True  # "said it did not intend to renew the lease"
        if lemma in DENIED_INTENTS and _no(token) and head.lemma_ in ("have", "be"):
            aimed = any(c.dep_ == "acl" or c.lower_ in ("such", "of") for c in token.children)
            if aimed:  # "there was no plan" finds fault; "no plans to close the port" denies
                return True
        named = token.dep_ == "attr" and head.lemma_ in COPULAS
        if lemma in DENIED_LABELS and named and child(head, "neg") is not None:
            return True
        denied_part = lemma in DENIED_PARTS and head.lemma_ in PART_VERBS and _no_part(token)
        if (denied_part or (lemma in DENIED_PARTIES and _negated(token))) and _in_deed(token):
            return True  # "said it played no role in the raid", "was not involved in the raid"
    return False


def _no_part(token: Token) -> bool:
    """ "no role", "no hand", or "nothing to do with": a part quantified away."""
    if token.lemma_.lower() == "nothing":
        return any(c.lemma_.lower() == "do" for c in token.children)
    return _no(token)


def _in_deed(token: Token) -> bool:
    """Whether the part denied is one in a deed ("no role in the raid", "nothing to do with
    the fire"), not in a person or a body ("nothing to do with the newspaper")."""
    words = [token, *(c for c in token.children if c.dep_ in ("acl", "relcl"))]
    if token.head.lemma_ in PART_VERBS:  # "played no role in the raid": "in" on the verb
        words.append(token.head)
    objects = [o for w in words for o in prep_objects(w, PART_PREPOSITIONS)]
    return any(o.lemma_.lower() in DEEDS or o.lower_ in DEED_PRONOUNS for o in objects)


def description_words(prep: Token) -> set[str]:
    """What an "as" phrase calls its object, with its modifiers alone and as two-word names:
    "described the raid as a terrorist act" (act, terrorist, terrorist act)."""
    if prep.lower_ != "as":
        return set()
    found: set[str] = set()
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        modifiers = [m for m in noun.children if m.dep_ in ("amod", "compound") and m.i < noun.i]
        found |= {noun.lemma_.lower(), *(m.lemma_.lower() for m in modifiers)}
        found |= {f"{m.lemma_.lower()} {noun.lemma_.lower()}" for m in modifiers}
        found |= {f"{m.lower_} {noun.lemma_.lower()}" for m in modifiers}
    return found
