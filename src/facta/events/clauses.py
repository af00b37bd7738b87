"""Who did it and to whom: the source and target arguments of a trigger in the dependency parse.

Handles passives ("was criticized by"), inherited subjects (conj, xcomp, advcl, relative clauses),
prepositional targets ("attacks on", "met with"), "between X and Y" and compound actors.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from facta.actors.pronouns import binding_words
from facta.analysis_state import Analysis, Mention
from facta.events import pairs
from facta.events.lexicon import word_classes
from facta.models import Actor, actor_code

SUBJECTS = ("nsubj", "csubj")
OBJECTS = ("dobj", "oprd", "attr")
DEFAULT_TARGET_PREPS = ("with", "against", "on", "to", "at", "toward", "towards", "upon")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "acl", "xcomp", "pcomp", "conj", "appos"})
LINKING_DEPS = frozenset({"cc", "punct", "advmod", "prt"})  # "train and equip", "set up and run"
PREDICATE_DEPS = ("conj", "xcomp", "advcl", "ccomp", "acomp", "oprd")
SPOKESPERSONS = word_classes()["spokesperson_noun"]  # "representatives for X and Y"
GATHERINGS = word_classes()["quantity"]  # "a group of X and Y": each member acts
SCENE_PREPOSITIONS = word_classes()["circumstance_preposition"]  # "after being shot"
CARRYING_VERBS = word_classes()["carrying_verb"]  # "a bus carrying aid workers"
OPPOSING_PREPOSITIONS = word_classes()["opposing_preposition"]  # "the revolt against X"
SHARED_PRONOUNS = frozenset({"they", "their"})


@dataclass(frozen=True)
class Argument:
    """An actor in a role: the token that heads it and the mention that names the actor."""

    head: Token
    mention: Mention


def child(token: Token, *deps: str) -> Token | None:
    for c in token.children:
        if c.dep_ in deps:
            return c
    return None


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions attached to the token, in the order of `preps`."""
    found: list[Token] = []
    heads = [c for c in token.children if c.dep_ in ("prep", "agent", "dative")]
    for prep in preps:
        for c in heads:
            if c.lower_ == prep:
                found.extend(o for o in c.children if o.dep_ in ("pobj", "pcomp"))
    return found


def shared_object(verb: Token) -> Token | None:
    """The object of "train and equip Kenyan troops" for "train": the parser gives it to "equip"."""
    if child(verb, "dobj") is not None:
        return None
    partner = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if partner is None or child(partner, "nsubj", "nsubjpass") is not None:
        return None
    if any(verb.i < c.i < partner.i and c.dep_ not in LINKING_DEPS for c in verb.children):
        return None  # "spoke to Ankara by phone and praised Tehran": Tehran is only praised
    return child(partner, "dobj")


def is_passive(verb: Token) -> bool:
    """A passive verb, or a participle coordinated with one that shares its auxiliary: "was
    treated in hospital and released" (released too is passive)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    own = any(c.dep_ in ("aux", "nsubj", "dobj") for c in verb.children)
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not own:
        return True  # "Asked about the report, the minister said ...": he was asked
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not own:
        return True  # "33 suspects detained on terrorism charges": the suspects were detained
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not own and is_passive(verb.head)


def passive_subject(verb: Token) -> Token | None:
    """Who undergoes a passive: its own subject, or that of the passive it is coordinated with
    ("were arrested and charged": the ones arrested are charged)."""
    found = child(verb, "nsubjpass")
    if found is None and verb.dep_ == "conj" and is_passive(verb) and verb.head is not verb:
        return passive_subject(verb.head)
    if found is None and is_passive(verb):  # "citizens who lawmakers said had been kidnapped":
        found = child(verb, "nsubj")  # the parser reads the moved pronoun as an active subject
    scene = verb.head.dep_ == "prep" and verb.head.lower_ in SCENE_PREPOSITIONS
    if found is None and is_passive(verb) and verb.dep_ == "pcomp" and scene:
        # "the trooper was in hospital after being shot": the clause's subject was shot
        found = subject(verb.head.head)
    if found is None and verb.dep_ == "acl" and is_passive(verb):
        found = member_of(verb.head) or verb.head  # "suspects detained", "among those held"
    return found


def member_of(group: Token) -> Token | None:
    """ "Nine Americans are among 33 suspects detained": who is among the group named."""
    among = group.head
    if group.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != "be":
        return None
    return child(among.head, "nsubj")


def conjuncts(token: Token) -> list[Token]:
    """The token and the heads coordinated with it: "Iraq, Iran and the United States".

    Appositions are followed too: the parser often reads "Talabani, other officials, and the
    commander" as an apposition with a conjunct."""
    token = _names_after(token) or token
    heads = [token, *_split_subject(token), *_companions(token)]
    for head in heads:
        heads.extend(
            c
            for c in head.children
            if c not in heads
            and not _parenthesised(head, c)
            and (
                c.dep_ == "conj"
                or (c.dep_ == "appos" and any(d.dep_ == "conj" for d in c.children))
            )
        )
    return heads


def _companions(token: Token) -> list[Token]:
    """ "three Germans were arrested on Friday along with six Kuwaitis": who undergoes a
    passive act "along with" or "together with" the subject undergoes it too, also when the
    parser hangs the phrase on a gapped conjunct ("and another two on Sunday, along with")."""
    if token.dep_ != "nsubjpass":
        return []
    verb = token.head
    holders = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NUM")]
    return [
        o
        for holder in holders
        for word in holder.children
        if word.dep_ in ("prep", "advmod") and word.lower_ in ("along", "together")
        for o in prep_objects(word, ("with",))
    ]


def _names_after(token: Token) -> Token | None:
    """ "will try to persuade media companies Twitter and Yahoo": the parser gives the verb a
    described object and, right after it, the names; the names are the objects."""
    if token.pos_ != "NOUN" or token.head is token:
        return None
    following = next(
        (c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i), None
    )
    if following is None or following.pos_ != "PROPN" or following.left_edge.i != token.i + 1:
        return None
    return following


def _split_subject(token: Token) -> list[Token]:
    """ "Human Rights Watch and Kenyan rights group KHRC accuse ...": the parser sometimes
    gives the verb two subjects, the first left holding the "and"; the second is a conjunct."""
    if token.dep_ not in SUBJECTS or token.head is token:
        return []
    dangling = any(c.dep_ == "cc" and c.i > token.i for c in token.children) and not any(
        c.dep_ == "conj" for c in token.children
    )
    if not dangling:
        return []
    return [c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i][:1]


def _parenthesised(head: Token, other: Token) -> bool:
    """ "(MEK or MKO)": alternative names in brackets are one actor, not two."""
    between = head.doc[min(head.i, other.i) : max(head.i, other.i)]
    return any(t.text == "(" for t in between) or any(t.text == "(" for t in head.lefts)


def own_tokens(token: Token) -> list[Token]:
    """The token's phrase without coordinated heads, embedded clauses and companions ("the
    talks together with Norway": Norway is no part of the talks)."""
    skip = {
        t.i
        for c in token.children
        if c.dep_ in CLAUSE_DEPS or c.dep_ == "cc" or companion(c)
        for t in c.subtree
    }
    return [t for t in token.subtree if t.i not in skip]


def companion(word: Token) -> bool:
    """ "along with X", "together with X": someone beside the phrase, not in it."""
    return word.dep_ in ("prep", "advmod") and word.lower_ in ("along", "together")


def mention_in(token: Token, analysis: Analysis) -> Mention | None:
    """The actor mention the phrase headed by `token` refers to: at its head, else its first."""
    found = analysis.mention_at(token.i)
    if found is not None:
        return found
    for c in token.children:  # "Vietnam's neighbour Laos": the apposition names the actor
        if c.dep_ in ("appos", "compound") and c.i > token.i and analysis.mention_at(c.i):
            return analysis.mention_at(c.i)
    possessors = []
    for t in own_tokens(token):
        found = analysis.mention_at(t.i)
        if found is not None and t.dep_ == "poss" and t.pos_ == "PRON":
            possessors.append(found)  # "his Indian counterpart": the counterpart, not "his"
        elif found is not None:
            return found
    return possessors[0] if possessors else None


def arguments(token: Token | None, analysis: Analysis) -> list[Argument]:
    """One argument per coordinated actor of the phrase headed by `token`."""
    if token is None:
        return []
    shared = shared_subject(token)
    if shared is not None:  # "Britain and France said they would ...": both of them
        found = arguments(shared, analysis)
        if len(found) > 1:
            return found
    counted = pairs.members(token, analysis)  # "the two countries", "both sides"
    if counted:
        return [Argument(token, m) for m in counted]
    distributed = distributed_over(token, analysis)
    if distributed:
        return distributed
    found: list[Argument] = []
    for head in conjuncts(token):
        mentions = [mention_in(head, analysis)]
        modifiers = [t for t in own_tokens(head) if t.i <= head.i]
        if any(t.dep_ == "conj" or t.text == "-" for t in modifiers):
            # coordinated modifiers: "the joint US-South Korean exercises", "Iranian and Iraqi officials"
            before = {analysis.mention_at(t.i) for t in modifiers} - {None}
            if len(before) > 1:
                mentions = sorted(before, key=lambda m: m.start)
        for mention in mentions:
            if mention is not None and all(a.mention != mention for a in found):
                found.append(Argument(head, mention))
    return found


def shared_subject(pronoun: Token) -> Token | None:
    """The subject "they" or "their" stands for in what that subject says or does: "Britain
    and France said they would ...", "Britain and France announced their pledges"."""
    if pronoun.lower_ not in SHARED_PRONOUNS:
        return None
    if pronoun.dep_ in ("nsubj", "nsubjpass"):
        clause = pronoun.head
        if clause.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or clause.head is clause:
            return None
        return subject(clause.head)
    if pronoun.dep_ == "poss" and pronoun.head.dep_ in ("dobj", "nsubjpass"):
        return subject(pronoun.head.head)
    return None


def distributed_over(token: Token, analysis: Analysis) -> list[Argument]:
    """ "the presidents of Armenia and Azerbaijan": one actor per country, with the head's
    sectors; "representatives for the ministry and the bank": one per body they speak for,
    a body named with its sector keeping its own code; "a group of Germans and Americans":
    each member as named."""
    mention = analysis.mention_at(token.i)
    speaks_for = token.lemma_.lower() in SPOKESPERSONS
    members = token.lemma_.lower() in GATHERINGS  # "a group of Germans and Americans"
    owners = prep_objects(token, ("of", "for", "from") if speaks_for else ("of",))
    plural = token.tag_ in ("NNS", "NNPS")
    if mention is None or not (plural or speaks_for or members) or not owners:
        return []
    heads = [h for h in conjuncts(owners[0]) if h.dep_ != "appos"]
    found = [analysis.mention_at(h.i) for h in heads]
    if len(heads) < 2 or any(m is None or m.actor.country is None for m in found):
        return []
    sectors = mention.actor.sectors
    return [
        Argument(
            head, m if members or (speaks_for and m.actor.sectors) else _with_sectors(m, sectors)
        )
        for head, m in zip(heads, found, strict=True)
    ]


def _with_sectors(owner: Mention, sectors: tuple[str, ...]) -> Mention:
    """A country named after the head noun, as the head's actor: "the presidents of X"."""
    actor = Actor(
        code=actor_code(owner.actor.country, sectors),
        country=owner.actor.country,
        sectors=sectors,
        name=owner.actor.name,
        text=owner.actor.text,
        rule="events: role distributed over countries",
    )
    return Mention(owner.start, owner.end, actor, owner.kind)


def place_argument(token: Token | None, analysis: Analysis, origin: bool = True) -> Argument | None:
    """The country of a place named in the phrase, as an actor: "visited Paris" -> FRA.
    With `origin` false a place someone comes from ("a missionary from Calgary") is skipped."""
    if token is None:
        return None
    inside = {t.i for t in own_tokens(token)}
    for found in analysis.places:
        country = found.place.country
        start = token.doc[found.start]
        if not origin and start.head.lower_ == "from" and start.head.i != token.i:
            continue
        if country and found.start in inside:
            actor = Actor(
                code=country,
                country=country,
                name=found.place.name,
                text=token.doc[found.start : found.end].text,
                rule="events: the country of a place the event is aimed at",
            )
            return Argument(token, Mention(found.start, found.end, actor, "place"))
    return None


def antecedent(verb: Token) -> Token | None:
    """The noun a relative pronoun of `verb` stands for: the head of the relative clause,
    also through a reported clause ("citizens who lawmakers said had been kidnapped")."""
    current = verb
    for _ in range(3):
        if current.dep_ == "relcl" and current.head.dep_ == "appos":
            return current.head.head  # "Lee, a senator, who said": Lee, whom the senator names
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ != "ccomp" or current.head is current:
            return None
        current = current.head
    return None


def subject(verb: Token) -> Token | None:
    """The doer of a verb, climbing to the governing clause when the verb has no subject."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        agent = prep_objects(verb, ("by",))
        if agent:  # "forces backed by US air strikes": the agent acts on the noun modified
            return agent[0]
    current, via = verb, None
    for _ in range(4):
        if is_passive(current) and to_action(current) is not None:
            # "is committed to resolving the dispute": the one committed acts
            patient = child(current, "nsubjpass")
            if patient is not None:
                return patient
        elif is_passive(current):
            patient = child(current, "nsubjpass")
            if via in ("conj", "xcomp", "oprd") and patient is not None:
                # "was indicted by the court and will resign": the one indicted resigns
                return patient
            agent = prep_objects(current, ("by",))
            if agent:
                return agent[0]
            if current is verb:
                return None
        found = child(current, *SUBJECTS)
        if found is not None:
            if found.lower_ in RELATIVE_PRONOUNS and antecedent(current) is not None:
                return antecedent(current)
            return found
        if current.dep_ == "relcl" and current.head.pos_ == "ADJ" and current.head.dep_ == "attr":
            # "the scandal is the biggest yet to hit him": the copula's subject
            return child(current.head.head, *SUBJECTS)
        if current.dep_ == "relcl":
            return current.head
        if misread_main_verb(current):
            return current.head
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            return noun_agent(current.head)
        if current.dep_ == "xcomp":
            controller = child(current.head, "dobj")
            if controller is not None and current.head.lemma_ in OBJECT_CONTROL:
                return controller
        if (
            current.dep_ == "pcomp"
            and current.head.dep_ == "prep"
            and current.head.head.pos_ in ("VERB", "AUX")
        ):
            # "resorted to throwing stones", "by shelling the town", "was in Rome before
            # flying on to Cairo": the governing verb's (or copula's) doer
            current, via = current.head.head, "xcomp"
            continue
        if current.dep_ == "attr" and current.tag_ == "VBG" and current.head.lemma_ == "be":
            # "Saudi Arabia is mediating between ...": the parser hangs the -ing verb on 'is'
            return child(current.head, *SUBJECTS)
        if current.dep_ not in PREDICATE_DEPS or current.head is current:
            return None
        current, via = current.head, current.dep_
    return None


def reporter_of_conjunct(verb: Token) -> Token | None:
    """ "The agency said the case was being reviewed and would not comment further":
    the parser coordinates the second act with the reported clause; when that clause's subject
    names no actor, the act is the reporter's."""
    if verb.dep_ != "conj" or child(verb, "nsubj", "nsubjpass") is not None or is_passive(verb):
        return None
    reported = verb.head
    if reported.dep_ != "ccomp" or reported.head.pos_ != "VERB" or is_passive(reported):
        return None
    return subject(reported.head)


# Verbs whose object, not subject, does the embedded action: "asked the Americans to test it",
# "prompting police to arrest him" (actors/binding.tsv, which the pronoun linker reads too).
OBJECT_CONTROL = binding_words().object_control


def noun_agent(noun: Token) -> Token | None:
    """The actor before an event noun: possessor, nationality adjective or name compound."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
            if c.dep_ == "amod" and c.is_lower and not c.ent_type_:
                continue  # "an apparent rejection", "a fresh attack": no one named
            return c
    by = prep_objects(noun, ("by", "from")) or misplaced_agent(noun)
    return by[0] if by else manner_agent(noun)


def manner_agent(noun: Token) -> Token | None:
    """ "the ministry spoke out in an open rejection of the charges": an act named as the
    manner of another ("in a rebuke to", "in a rejection of") is done by that act's doer."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    return subject(verb)


def object_authors(noun: Token) -> list[Token]:
    """Who made the thing an act reacts to: "the curbs imposed by Washington", "the plan that
    Moscow drew up", "condemned the remarks by Trump" (the "by" hung on the verb)."""
    found: list[Token] = []
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            found += [
                o for agent in clause.children if agent.dep_ == "agent" for o in agent.children
            ]
        elif clause.dep_ == "relcl" and not _relative_circumstance(clause):
            found += [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return found + prep_objects(noun, ("by",)) + misplaced_agent(noun)


def _relative_circumstance(clause: Token) -> bool:
    """ "the speed at which loggers clear", "the day on which they voted": the noun is a
    circumstance of the relative clause, not what its subject made."""
    return any(
        o.dep_ == "pobj" and o.tag_ in ("WDT", "WP")
        for p in clause.children
        if p.dep_ == "prep"
        for o in p.children
    )


def holders(thing: Token) -> list[Token]:
    """Who runs or is inside a thing attacked: "a camp run by al Qaeda", "a bus carrying
    aid workers" (word_classes.tsv carrying_verb)."""
    carried = [
        o
        for clause in thing.children
        if clause.dep_ == "acl" and clause.lemma_.lower() in CARRYING_VERBS
        for o in clause.children
        if o.dep_ == "dobj"
    ]
    return carried + object_authors(thing)


def misplaced_agent(noun: Token) -> list[Token]:
    """ "condemned the deportation of migrants by Greek police": the parser hangs the noun's
    "by" phrase on the active verb whose object the noun is."""
    verb = noun.head
    if noun.dep_ != "dobj" or is_passive(verb) or prep_objects(noun, ("by",)):
        return []
    return [o for o in prep_objects(verb, ("by",)) if o.pos_ in ("PROPN", "NOUN")]


def noun_modifier_mentions(noun: Token, analysis: Analysis) -> list[Mention]:
    """Distinct actor mentions among the words before an event noun ("Talabani-Soleimani")."""
    found: list[Mention] = []
    for t in noun.subtree:
        if t.i >= noun.i:
            break
        mention = analysis.mention_at(t.i)
        if mention is not None and mention not in found:
            found.append(mention)
    return found


def between(token: Token, analysis: Analysis) -> list[Argument]:
    """The sides of "between X and Y" (or "among") attached to the token, or to the verb
    it is the subject of ("fighting erupted between X and Y")."""
    objects = prep_objects(token, ("between", "among"))
    if not objects and token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB":
        objects = prep_objects(token.head, ("between", "among"))
    return arguments(objects[0], analysis) if objects else []


def action_object(action: Token) -> Token | None:
    """What an embedded action is done to: its object, else its first prepositional object."""
    found = child(action, "dobj", "dative")
    if found is not None:
        return found
    objects = prep_objects(action, DEFAULT_TARGET_PREPS)
    return objects[0] if objects else None


def clause_subject(token: Token) -> Token | None:
    """The subject of a that-clause under the token: "alleges that Iran provides bombs" -> Iran."""
    for c in token.children:
        if c.dep_ in ("ccomp", "attr", "acl"):
            found = child(c, "nsubj", "nsubjpass")
            if found is not None:
                return found
    return None


def infinitive_clause(token: Token) -> Token | None:
    """ "have sworn to fight": the parser sometimes attaches the infinitive as an adverbial;
    "called for Turkey to withdraw": an infinitive opened by "for" names its own doer."""
    return next(
        (
            c
            for c in token.children
            if c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and (child(c, "nsubj", "nsubjpass") is None or for_clause_doer(c) is not None)
        ),
        None,
    )


def to_action(token: Token) -> Token | None:
    """ "is committed to resolving the dispute", "committed to fully settle": the action a
    word of commitment takes through "to" rather than as an infinitive."""
    return next(
        (o for o in prep_objects(token, ("to",)) if o.pos_ == "VERB" and o.tag_ in ("VB", "VBG")),
        None,
    )


def in_order_to(verb: Token) -> Token | None:
    """ "kept its channels open in order to mediate a truce": the purpose the parser hangs on
    "order" as a clause of the noun."""
    return next(
        (
            purpose
            for order in prep_objects(verb, ("in",))
            if order.lower_ == "order"
            for purpose in order.children
            if purpose.dep_ == "acl" and purpose.pos_ == "VERB"
        ),
        None,
    )


def for_clause_doer(clause: Token) -> Token | None:
    """The doer of an infinitive opened by "for": "called for Turkey to withdraw" -> Turkey."""
    if not any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
        return None
    return child(clause, "nsubj", "nsubjpass")


def misread_main_verb(verb: Token) -> bool:
    """ "An opposition leader in exile called on ...": with no finite verb at the root, the
    parser hangs the main verb on the subject as a participle; it is still the main verb."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and child(verb, "nsubj", "nsubjpass") is None
    )


def opposed_within(phrase: Token, argument: Argument) -> bool:
    """The actor is named inside the phrase as whom its act is aimed at: "the rebellion
    against the president", "the gains against the militants" (the president, the militants)."""
    token = phrase.doc[argument.mention.start]
    while token.i != phrase.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in OPPOSING_PREPOSITIONS:
            return True
        token = token.head
    return False
