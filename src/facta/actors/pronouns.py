"""Pronouns: he/she to the most recent person (subjects first, never the subject of the
pronoun's own clause), they to a recent group, it/its to a recent state, organisation or group.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from facta.actors.word_files import word_kinds
from facta.analysis_state import Mention
from facta.models import Actor, actor_code
from facta.token_view import Tokens

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj", "attr"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PRONOUN_WINDOW = 3  # sentences back a pronoun may reach
WHOSE_REACH = 8  # tokens between "whose" and the actor it stands for
THING_WINDOW = 1  # "it" reaches the previous sentence at most
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
ARMED_SECTORS = frozenset({"MIL", "REB", "COP"})  # roles a rebel owner turns into its own
NAMED_KINDS = frozenset({"name", "group", "metonym"})  # "the United States said it"
# "it" with these heads is mostly about a situation, not an actor: "it is likely", "it seems"
EMPTY_HEADS = frozenset(
    {
        "be",
        "seem",
        "appear",
        "remain",
        "become",
        "happen",
        "matter",
        "take",
        "rain",
        "cost",
        "mean",
        "look",
        "sound",
        "feel",
    }
)


EXPLETIVE_COMPLEMENTS = frozenset(
    {
        "time",
        "likely",
        "unlikely",
        "possible",
        "impossible",
        "clear",
        "unclear",
        "important",
        "necessary",
        "true",
        "false",
        "difficult",
        "hard",
        "easy",
        "early",
        "late",
        "enough",
        "essential",
        "vital",
        "crucial",
        "worth",
        "wrong",
        "right",
        "natural",
        "obvious",
        "certain",
        "uncertain",
        "probable",
    }
)


@dataclass(frozen=True)
class BindingWords:
    reflexive: frozenset[str]
    object_control: frozenset[str]
    subject_control: frozenset[str]


@lru_cache(maxsize=1)
def binding_words() -> BindingWords:
    """The shipped binding.tsv, read once."""
    kinds = word_kinds("binding.tsv")
    return BindingWords(
        kinds.get("reflexive", frozenset()),
        kinds.get("object_control", frozenset()),
        kinds.get("subject_control", frozenset()),
    )


def link_pronouns(doc: Doc, mentions: list[Mention], person_ids: set[str]) -> list[Mention]:
    """he/him/his → the most recent person, preferring subjects; they → a recent group;
    it/its → the nearest subject when it names a state, organisation or group."""
    people: list[tuple[Token, Mention]] = []
    groups: list[tuple[Token, Mention]] = []
    things: list[tuple[Token, Mention]] = []
    found: list[Mention] = []
    wanted = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS
    view = Tokens.of(doc)
    pronoun_tokens = [
        doc[i] for i, word in enumerate(view.lower) if word in wanted and view.pos[i] == "PRON"
    ]
    ordered = sorted(mentions, key=lambda m: m.start)
    index = 0
    sent_starts = [sent.start for sent in doc.sents]
    for pronoun in pronoun_tokens:
        while index < len(ordered) and ordered[index].end <= pronoun.i:
            mention = ordered[index]
            head = doc[mention.start : mention.end].root
            if mention.actor.entity in person_ids:
                people.append((head, mention))
            else:
                if head.tag_ in PLURAL_TAGS or mention.kind == "group":
                    groups.append((head, mention))
                if is_thing(head, mention):
                    things.append((head, mention))
            index += 1
        if pronoun.lower_ in THING_PRONOUNS:
            chosen = thing_antecedent(doc, pronoun, things, ordered, sent_starts)
            pool = things
        else:
            pool = people if pronoun.lower_ in PERSON_PRONOUNS else groups
            chosen = choose_antecedent(doc, pronoun, pool, ordered, sent_starts)
        if chosen is None:
            continue
        mention = Mention(pronoun.i, pronoun.i + 1, refer(chosen.actor, pronoun.text), "pronoun")
        found.append(mention)
        pool.append((pronoun, mention))
    return found


def link_whose(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the group X, some of whose militants …': the nearest actor named just before."""
    found = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for token in (doc[i] for i, word in enumerate(Tokens.of(doc).lower) if word == "whose"):
        sentence_start = token.sent.start
        before = [
            m
            for m in ordered
            if sentence_start <= m.start and m.end <= token.i and token.i - m.end <= WHOSE_REACH
        ]
        if before:
            found.append(
                Mention(token.i, token.i + 1, refer(before[-1].actor, token.text), "pronoun")
            )
    return found


def with_possessors(
    doc: Doc, mentions: list[Mention], counterparts: frozenset[str] = frozenset()
) -> list[Mention]:
    """'its fighters', 'whose militants', 'their troops': a role with no country of its own
    (or only the story's) belongs to the possessor's country and group; 'his Indian
    counterpart' has the possessor's sectors."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    result = []
    for mention in mentions:
        actor = mention.actor
        possessor = None
        head = doc[mention.start : mention.end].root
        if mention.kind == "nominal":
            pronoun = next(
                (c for c in head.children if c.dep_ == "poss" and c.tag_ in {"PRP$", "WP$"}), None
            )
            possessor = by_token.get(pronoun.i) if pronoun is not None else None
        if possessor is not None and head.lower_ in counterparts and possessor.actor.sectors:
            result.append(
                Mention(
                    mention.start,
                    mention.end,
                    Actor(
                        code=actor_code(actor.country, possessor.actor.sectors),
                        country=actor.country,
                        sectors=possessor.actor.sectors,
                        name=actor.name,
                        text=actor.text,
                        entity=actor.entity,
                        group=actor.group,
                        rule=f"{actor.rule}+counterpart:{possessor.actor.text}",
                    ),
                    mention.kind,
                )
            )
            continue
        if (
            possessor is None
            or possessor.actor.country is None
            or not (actor.country is None or "context:" in (actor.rule or ""))
        ):
            result.append(mention)
            continue
        owner = possessor.actor
        sectors = actor.sectors or owner.sectors
        if "REB" in owner.sectors and set(actor.sectors) <= ARMED_SECTORS:
            # "our forces" said by a rebel leader (or a rebel general) are the rebels
            sectors = tuple(s for s in owner.sectors if s == "REB" or s not in ARMED_SECTORS)
        result.append(
            Mention(
                mention.start,
                mention.end,
                Actor(
                    code=actor_code(owner.country, sectors),
                    country=owner.country,
                    sectors=sectors,
                    name=None,
                    text=actor.text,
                    entity=None,
                    group=actor.group or owner.group,
                    rule=f"{actor.rule}+of:{owner.text}",
                ),
                mention.kind,
            )
        )
    return result


def refer(actor: Actor, text: str) -> Actor:
    """The antecedent's actor, as written by the pronoun."""
    return replace(actor, text=text, rule=f"pronoun:{actor.text}")


def is_thing(head: Token, mention: Mention) -> bool:
    """A singular non-person actor "it" may stand for: a state, an organisation, a group,
    "the ministry"; not an adjective ("Iranian influence") nor a plural ("officials")."""
    if head.dep_ == "amod":
        return False
    return mention.kind in NAMED_KINDS or head.tag_ not in PLURAL_TAGS


def sentence_number(starts: list[int], token: int) -> int:
    return bisect_right(starts, token) - 1


def choose_antecedent(
    doc: Doc,
    pronoun: Token,
    pool: list[tuple[Token, Mention]],
    ordered: list[Mention],
    starts: list[int],
) -> Mention | None:
    """Subjects first, within a few sentences; an object pronoun never stands for the subject
    of its own clause and prefers the nearest other person of its sentence; a reflexive
    stands for that subject."""
    here = sentence_number(starts, pronoun.i)
    first = starts[max(here - PRONOUN_WINDOW, 0)]  # the window's first token
    candidates = [(token, mention) for token, mention in pool if token.i >= first]
    cataphor = cataphora(doc, pronoun, ordered)
    if cataphor is not None:
        return cataphor
    plural = pronoun.lower_ in GROUP_PRONOUNS
    if pronoun.dep_ not in OBJECT_DEPS:
        subjects = [(t, m) for t, m in candidates if is_subject(t, plural)]
        chosen = subjects[-1] if subjects else (candidates[-1] if candidates else None)
        return chosen[1] if chosen else None
    subject = clause_subject(pronoun)
    bound = next(
        (m for _, m in reversed(pool) if subject is not None and m.start <= subject.i < m.end),
        None,
    )
    if pronoun.lower_ in binding_words().reflexive:
        return bound or (candidates[-1][1] if candidates else None)
    if bound is not None:
        candidates = [(t, m) for t, m in candidates if not same_entity(m, bound)]
    sentence = [(t, m) for t, m in candidates if sentence_number(starts, t.i) == here]
    if sentence:  # "called his counterpart to congratulate him"; not the object of a
        # preposition over a subject: "Roe left after talks with Doe, while elders urged him"
        direct = [(t, m) for t, m in sentence if not (t.dep_ == "pobj" and t.head.dep_ != "agent")]
        subject_first = any(is_subject(t) for t, _ in direct)
        return (direct if subject_first else sentence)[-1][1]
    subjects = [(t, m) for t, m in candidates if is_subject(t, plural)]
    chosen = subjects[-1] if subjects else (candidates[-1] if candidates else None)
    return chosen[1] if chosen else None


def same_entity(first: Mention, second: Mention) -> bool:
    if first.actor.entity and second.actor.entity:
        return first.actor.entity == second.actor.entity
    return first is second


def clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause holding an object pronoun, said or understood: the subject
    of a coordinated verb ("met X and thanked him"), the object of an object-control verb
    ("asked the minister to defend himself"), else the subject of the verb an infinitive
    depends on ("called his counterpart to congratulate him")."""
    verb = pronoun.head
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
            break
        verb = verb.head
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if verb.dep_ not in {"conj", "xcomp", "advcl"} or verb.head is verb:
            return None
        governor = verb.head
        if verb.dep_ != "conj":
            controller = control_object(governor, verb)
            if controller is not None:
                return controller
        verb = governor
    return None


def control_object(governor: Token, infinitive: Token) -> Token | None:
    """The object of an object-control verb before its infinitive: "urged Iran to …",
    "called on Rwanda to …"."""
    words = binding_words()
    if governor.lemma_ in words.subject_control:
        return None
    for child in governor.children:
        if child.i > infinitive.i:
            continue
        if child.dep_ == "dobj" and governor.lemma_ in words.object_control:
            return child
        if child.dep_ == "prep" and f"{governor.lemma_} {child.lower_}" in words.object_control:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def is_subject(token: Token, plural: bool = False) -> bool:
    """A subject, or the agent of a passive: 'was led by Foreign Minister X'; for "they", a
    conjunct of a subject too: "Some experts and privacy advocates said … They accused …"."""
    while plural and token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        return True  # "The front-runner is Senator Roe. She …": whom the sentence is about
    return token.dep_ in SUBJECT_DEPS or (token.dep_ == "pobj" and token.head.dep_ == "agent")


def refers_to_actor(pronoun: Token) -> bool:
    """'it said', 'its fighters', 'said it was ready'; not 'it is likely that', 'make it'."""
    if pronoun.lower_ == "its":
        return True
    if pronoun.dep_ not in SUBJECT_DEPS:
        return False  # an object "it" is mostly a thing: "signed it", "rejected it"
    verb = pronoun.head
    clause = any(c.dep_ in {"ccomp", "csubj"} for c in verb.children)
    if pronoun.dep_ == "nsubjpass" and clause:
        return False  # "it was reported that"
    if verb.lemma_ in EMPTY_HEADS:
        complements = {c.lower_ for c in verb.children if c.dep_ in {"acomp", "attr"}}
        if complements & EXPLETIVE_COMPLEMENTS:
            return False  # "it was time to act", "it is unclear whether"
        return verb.dep_ == "ccomp" and not clause  # "Iran said it was ready"
    return True


def thing_antecedent(
    doc: Doc,
    pronoun: Token,
    pool: list[tuple[Token, Mention]],
    ordered: list[Mention],
    starts: list[int],
) -> Mention | None:
    """The nearest earlier subject, in this or the previous sentence, when it names a state,
    an organisation or a group; a thing in between ("the deal … it") blocks the link."""
    if not refers_to_actor(pronoun) or not pool:
        return None
    here = sentence_number(starts, pronoun.i)
    first = starts[max(here - THING_WINDOW, 0)]
    things = {i: mention for _, mention in pool for i in range(mention.start, mention.end)}
    others = {
        i for m in ordered if m.end > first and m.start < pronoun.i for i in range(m.start, m.end)
    }
    coordinated: set[int] = set()
    controller = object_controller(pronoun)
    if controller is not None and controller.i in things:
        return things[controller.i]  # "called on Rwanda to withdraw its troops"
    for index in range(pronoun.i - 1, first - 1, -1):
        token = doc[index]
        if token.dep_ not in SUBJECT_DEPS:
            continue
        if any(c.dep_ == "conj" for c in token.children):
            coordinated = {t.i for t in token.subtree}
            break  # "the US and Iraqi officials accuse Iran through its…": not "it"
        inner = [c.i for c in token.children if c.dep_ in {"compound", "appos"}]
        covered = next((i for i in (index, *inner) if i in things), None)
        if covered is not None:
            return things[covered]  # "the rebel group MNLF", with MNLF unknown
        if index in others or token.pos_ not in {"NOUN", "PROPN"}:
            continue  # a person, officials, an expletive "it"
        if token.tag_ not in PLURAL_TAGS:
            return None  # "the plan said it": not an actor
    same = [
        m for token, m in pool if starts[here] <= token.i < pronoun.i and token.i not in coordinated
    ]
    return same[-1] if same else None  # "According to the ministry, it …"


def object_controller(pronoun: Token) -> Token | None:
    """The object that does the action of a subjectless infinitive holding the pronoun:
    'asked Togo to reopen its border', 'called on Rwanda to withdraw its troops'."""
    verb = pronoun.head
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
            break
        verb = verb.head
    if verb.dep_ != "xcomp" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    governor = verb.head
    if governor.lemma_ in binding_words().subject_control:
        return None
    for child in governor.children:
        if child.dep_ == "dobj" and child.i < verb.i:
            return child
        if child.dep_ == "prep" and child.i < verb.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def cataphora(doc: Doc, pronoun: Token, ordered: list[Mention]) -> Mention | None:
    """'As he left for Israel, President Bush said…': the subject of the main clause."""
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.dep_ != "advcl":
        return None
    main = pronoun.head.head
    if pronoun.head.i > main.i:
        return None
    for mention in ordered:
        head = doc[mention.start : mention.end].root
        if head.head.i == main.i and head.dep_ in SUBJECT_DEPS and head.i > pronoun.i:
            return mention
    return None
