"""Who stands on each side of an event: same or foreign actors, a state's own people or
government, the story's country for domestic roles, and the Actor of a mention."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from facta.analysis_state import Analysis, Mention
from facta.events import clauses, complements
from facta.events.qualify.cues import QUOTES
from facta.events.vocabulary import (
    ARMED_SECTORS,
    CIVIL_SECTORS,
    CONTEST_VERBS,
    FORCE_MOVES,
    INQUIRY_ROOT,
    OUTSIDER_MODIFIERS,
    OWN_PEOPLE_RULE,
    RECIPROCAL_VERBS,
    STATELESS,
    WORDS,
    Trigger,
)
from facta.models import (
    Actor,
    Event,
    Modality,
    actor_code,
)
from facta.places.locate import story_country

STATE = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})  # a state's own arms
QUOTE_MARKS = QUOTES | {"'", "\u2019"}  # and a single quote closing a quotation
STATE_ACT_CODES = ("042", "043", "15")  # visits and shows of force
PRIVATE_PEOPLE = frozenset({"CRM", "REF", "EDU"})  # students; and a person presumed a civilian
# Sectors whose bodies the text tells apart by entity even when they share a code: a court
# that rules on another court's ruling acts on that court.
DISTINCT_BODIES = frozenset({"JUD"})
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})


def _same_actor(source: clauses.Argument | None, target: clauses.Argument | None) -> bool:
    """ "Hezbollah put its fighters on alert": an actor acting on itself has no target."""
    if source is None or target is None:
        return False
    one, other = source.mention.actor, target.mention.actor
    if one.entity is not None and one.entity == other.entity:
        return True
    if one.entity != other.entity and DISTINCT_BODIES & set(one.sectors) & set(other.sectors):
        return False  # "the Supreme Court threw out a lower court ruling": two courts
    # "Obama praised Biden", "Trump attacked Cruz": two actors named apart share a code
    named_apart = bool(one.name and other.name and one.name != other.name)
    apart = _others_urged(source, target) or _group_against_one(source, target)
    return one.code == other.code and not named_apart and not apart


def _group_against_one(source: clauses.Argument, target: clauses.Argument) -> bool:
    """ "Five ministers will campaign against him", "the minister criticized President
    Mwangi": an actor told only by its kind and a person named apart from it are two actors.
    Not so when both are listed together as the ones who act ("the president, other officials
    and the envoy met"): they stand on one side."""
    return (
        _list_head(source.head) != _list_head(target.head)
        and not source.mention.actor.name
        and source.mention.actor.entity != target.mention.actor.entity
        and bool(target.mention.actor.name)
        and source.mention.actor.entity is not None
        and (target.head.ent_type_ == "PERSON" or target.head.lower_ in PERSONAL_PRONOUNS)
    )


def _list_head(token: Token) -> int:
    """Where the list a token is an item of begins (its own place if none): conjuncts and the
    appositions a parser makes of list items ("the president, other officials and ...")."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.i


def _others_urged(source: clauses.Argument, target: clauses.Argument) -> bool:
    """ "The front urged insurgents to step up attacks": a group told only by its kind, not
    as the named actor's own ("its fighters"), that the actor urges to act is another actor."""
    head = target.head
    return (
        bool(source.mention.actor.name)
        and source.mention.actor.entity != target.mention.actor.entity
        and not target.mention.actor.name
        and head.tag_ == "NNS"
        and head.dep_ == "dobj"
        and any(c.dep_ == "xcomp" for c in head.head.children)
        and not any(c.dep_ == "poss" for c in head.children)
    )


def _same_country(one: clauses.Argument, other: clauses.Argument | None) -> bool:
    return other is not None and one.mention.actor.country == other.mention.actor.country


def commits_own_side(speech: Token, sources: list[clauses.Argument], analysis: Analysis) -> bool:
    """ "The minister said his country would help": the teller commits its own side; "Kerry
    said Russia would withdraw" only reports another's plan. A pronoun is the teller's."""
    clause = complements.committed_clause(speech)
    subject = complements.committed_subject(clause) if clause is not None else None
    if subject is None or subject.pos_ == "PRON":
        return subject is not None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return True  # "said his country would help", "said its army would withdraw"
    if _unnamed_teller(clauses.subject(speech)):
        return False  # "Qatar will send aid, a Western diplomat said": a report, no pledge
    named = clauses.arguments(subject, analysis)  # "abuses will continue": no side at all
    return any(_same_actor(s, a) or _same_country(s, a) for s in sources for a in named)


def private_act(cameo: str, doer: Actor | None) -> bool:
    """ "He traveled to Turkey to find work", "the suspect was carrying a rifle": a suspect's,
    a refugee's or a private person's journey or arms are no visit (042/043) and no show of
    force (15x), which are made by those who act for a state or a body ("armed supporters
    will carry weapons at the convention" is one)."""
    return (
        cameo.startswith(STATE_ACT_CODES)
        and doer is not None
        and bool(doer.sectors)
        and (set(doer.sectors) <= PRIVATE_PEOPLE or doer.presumed)
    )


def _unnamed_teller(teller: Token | None) -> bool:
    """ "a Western diplomat", "diplomats", "some officials": one who speaks of a side, not for it."""
    if teller is None or teller.pos_ == "PROPN":
        return teller is None
    determiners = [c.lower_ for c in teller.children if c.dep_ in ("det", "poss")]
    return (
        teller.tag_ == "NNS"
        and not determiners
        or any(d in ("a", "an", "some", "several", "two", "three") for d in determiners)
    )


def _foreign(mention: Mention | None, sources: list[clauses.Argument]) -> bool:
    """An actor of another country than every source's: "allowed Russian peacekeepers in"."""
    if mention is None or mention.actor.country is None:
        return False
    return all(s.mention.actor.country != mention.actor.country for s in sources)


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
    """Protests and demands with no stated addressee are aimed at the protesters' government;
    a company's "rally" or "demand" is business news ("the bank's shares rallied")."""
    actor = source.mention.actor
    if actor.country is None or "GOV" in actor.sectors or actor.country.startswith(("IGO", "NGO")):
        return []
    if actor.sectors and set(actor.sectors) <= {"BUS"}:
        return []
    government = Actor(
        code=actor.country + "GOV",
        country=actor.country,
        sectors=("GOV",),
        rule="events: protest or demand aimed at own government",
    )
    mention = Mention(source.mention.start, source.mention.start, government, "implied")
    return [clauses.Argument(source.head, mention)]


ENVOYS = WORDS["envoy_role"]
SAME_KIND = frozenset({"other", "others"})  # more of the kind of a partner named beside
PLACE_RULE = "events: country of the other side or place"
SUSPECT_RULE = "events: a suspect a state acts on is of that state (sides.py)"


def _domestic(
    sources: list, targets: list, sentence: Span, analysis: Analysis, cameo: str
) -> tuple[list, list]:
    """Give bare sector-only actors ("police", "the army", "civilians") the country of an actor
    on their side or the other side or, failing that, of the first place the sentence names.
    Armed groups and criminals keep no country: where they strike says nothing of where they
    come from. A described actor ("Western governments", "foreign troops") is not the local
    one and keeps none."""

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

    setting = story_country(analysis)
    # "Obama and administration officials hailed ...": a coordinated doer's country first; a
    # doer only implied ("was sentenced in Dubai": a court) is of where the act happens
    where = [place_country(), setting]
    if any(a.mention.kind == "implied" for a in sources):
        order = [country_of(sources), *where, country_of(targets)]
    else:
        order = [country_of(sources), country_of(targets), *where]
    sources = fill(sources, next((c for c in order if c), None))
    partner = country_of(sources)  # "the speaker and other lawmakers": the speaker's country
    sources = [_with_country(a, partner) if _like_partner(a, partner) else a for a in sources]
    held = country_of(sources) or place_country() or setting
    targets = fill(targets, held)
    # "police arrested a suspect", "the gunman was shot by officers": a criminal the state
    # holds or fights is that state's; whoever an inquiry looks for is not yet held
    if not cameo.startswith(INQUIRY_ROOT):
        targets = [_with_country(a, held, SUSPECT_RULE) if _bare(a, held) else a for a in targets]
    if setting is not None:  # the places the story names say where it is set
        sources = [_resettled(a, setting) for a in sources]
        targets = [_resettled(a, setting) for a in targets]
    return [_placed(a, analysis) for a in sources], [_placed(a, analysis) for a in targets]


def _placed(argument: clauses.Argument, analysis: Analysis) -> clauses.Argument:
    """ "Rotterdam judges", "Larnaca police": a city or region in the role's own words says
    whose they are, whatever country the story or the other side suggested."""
    mention, actor = argument.mention, argument.mention.actor
    guessed = (
        actor.country is None
        or "+context:" in (actor.rule or "")
        or PLACE_RULE in (actor.rule or "")
    )
    if not actor.sectors or set(actor.sectors) & STATELESS or not guessed:
        return argument
    if analysis.doc[max(mention.end - 1, mention.start)].pos_ != "NOUN":
        return argument  # "Trooper Chad Roe": a name, whatever places its words spell
    country = next(
        (
            p.place.country
            for p in analysis.places
            if p.place.country and mention.start <= p.start and p.end < mention.end
        ),
        None,
    )
    if country is None or country == actor.country:
        return argument
    return _with_country(argument, country, "events: the place in its own name")


def _resettled(argument: clauses.Argument, setting: str) -> clauses.Argument:
    """A role the actors stage gave the story's country from its actors alone ("Russian jets
    bombed rebels": RUS) takes the country whose places the story names (Idlib, Hama: SYR)."""
    actor = argument.mention.actor
    guessed = f"+context:{actor.country}"
    if not actor.country or actor.country == setting or guessed not in (actor.rule or ""):
        return argument
    return _with_country(argument, setting)


def _pronoun_like(argument: clauses.Argument, analysis: Analysis) -> bool:
    """ "police", "the army", "a prominent journalist": a sector noun that stands for the local
    actor as a pronoun would; "Western governments" or "foreign troops" say they are not."""
    mention = argument.mention
    if mention.kind == "pronoun":
        return True
    words = analysis.doc[mention.start : max(mention.end, mention.start + 1)]
    if analysis.doc[mention.start : max(mention.end, mention.start + 1)].root.lemma_ in ENVOYS:
        return False  # "the envoy met Iraqi leaders": sent from elsewhere
    return not any(t.lower_ in OUTSIDER_MODIFIERS or t.ent_type_ == "NORP" for t in words)


def _like_partner(argument: clauses.Argument, partner: str | None) -> bool:
    """ "the speaker and other lawmakers", "the minister and others in his party": a doer
    coordinated with one of a known country, and marked only by "other" as more of its kind."""
    if partner is None or not _needs_country(argument) or argument.head.dep_ != "conj":
        return False
    words = {t.lower_ for t in argument.head.subtree if t.i <= argument.head.i}  # with itself
    return bool(words & SAME_KIND) and not words & (OUTSIDER_MODIFIERS - SAME_KIND)


def _bare(argument: clauses.Argument, country: str | None) -> bool:
    actor = argument.mention.actor
    return bool(country) and actor.country is None and actor.sectors == ("CRM",)


def _needs_country(argument: clauses.Argument) -> bool:
    actor = argument.mention.actor
    return actor.country is None and bool(actor.sectors) and not set(actor.sectors) & STATELESS


def _state_country(argument: clauses.Argument) -> bool:
    country = argument.mention.actor.country
    return bool(country) and not country.startswith(("IGO", "NGO"))


def _with_country(
    argument: clauses.Argument, country: str, why: str = PLACE_RULE
) -> clauses.Argument:
    actor = argument.mention.actor
    filled = replace(
        actor,
        country=country,
        code=actor_code(country, actor.sectors),
        rule=f"{actor.rule or 'actor'} + {why}",
    )
    mention = argument.mention
    return clauses.Argument(
        argument.head, Mention(mention.start, mention.end, filled, mention.kind)
    )


def _implied(token: Token, code: str, rule: str = "events: instruments.tsv") -> clauses.Argument:
    """An actor the text implies but does not name: the REB behind an unclaimed bomb."""
    sectors = tuple(code[i : i + 3] for i in range(0, len(code), 3))
    actor = Actor(code=code, country=None, sectors=sectors, rule=rule)
    return clauses.Argument(token, Mention(token.i, token.i, actor, "implied"))


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


def _confidence(trigger: Trigger, has_source: bool, has_target: bool) -> float:
    score = 0.45 + 0.1 * min(trigger.specificity, 2) + 0.15 * has_source + 0.15 * has_target
    if trigger.noun is not None:
        score -= 0.1
    return round(min(score, 0.95), 2)


COUNTRY_NAMES = "countries.tsv"  # the actor knowledge file of country names and capitals


def _as_state(actor: Actor | None) -> Actor | None:
    """A country that speaks, meets, demands or sanctions ("Turkey demanded", "Russia denied")
    acts through its government: GOV, as a capital does ("Ankara demanded"). Its armed acts
    keep the bare country (the army's, the air force's: the text says which, if anyone)."""
    if actor is None or actor.sectors or not actor.country or actor.code != actor.country:
        return actor
    if len(actor.country) != 3 or not (actor.rule or "").startswith(COUNTRY_NAMES):
        return actor  # a state named by its name, not a place's country or a people's
    return replace(
        actor,
        code=f"{actor.country}GOV",
        sectors=("GOV",),
        rule=f"{actor.rule}+state acts through its government",
    )


# Who uses force: conventional military force (19x), shows of force (15x) and military
# cooperation (062: joint exercises and patrols) are the armed forces' acts, police alerts and
# mobilisations (151, 153) the police's (CAMEO).
FORCE_SECTORS = {"19": "MIL", "15": "MIL", "062": "MIL", "151": "COP", "153": "COP"}
JOINT_FORCE_CODES = frozenset({"062"})  # exercises held together: both sides' forces hold them


def _as_force(actor: Actor | None, cameo: str) -> Actor | None:
    """A bare country that fights or shows force ("Russia bombed the town", "Russian air
    strikes", "North Korea fired a missile") acts through its armed forces."""
    sector = FORCE_SECTORS.get(cameo) or FORCE_SECTORS.get(cameo[:2])
    if sector is None or actor is None or actor.sectors or not actor.country:
        return actor
    if len(actor.country) != 3:
        return actor
    return replace(
        actor,
        code=f"{actor.country}{sector}",
        sectors=(sector,),
        rule=f"{actor.rule}+force is used by its {'police' if sector == 'COP' else 'military'}",
    )


def _civil_only(arguments: list) -> bool:
    """Every side named is a civil actor (press, legislators, parties, elites, schools)."""
    sectors = [set(a.mention.actor.sectors) for a in arguments]
    return bool(sectors) and all(s and s <= CIVIL_SECTORS for s in sectors)


FIGURATIVE_ROOTS = frozenset({"18", "19", "20"})


def unarmed_move(trigger: Trigger, source: Actor | None) -> bool:
    """A verb of moving in on a place ("entered", "advanced", "surrounded") is force only when
    an armed side moves: "pilgrims entered the old quarter" is no attack (a move whose doer
    goes unnamed stays, as its lexicon line codes it)."""
    if trigger.verb is None or trigger.verb.cameo[:2] != "19":
        return False  # its lexicon code: "protesters surrounded parliament" is no riot either
    if trigger.token.lemma_.lower() not in FORCE_MOVES:
        return False
    return source is not None and not set(source.sectors) & ARMED_SECTORS


def _words_not_weapons(trigger: Trigger, source: Actor | None, target: Actor | None) -> bool:
    """An "attack" between a civil actor and a civil or government one, with no weapon named
    and no armed side, is verbal: criticism (111), as CAMEO codes "Trump attacked the news
    media"."""
    if trigger.implied_source or "instruments.tsv" in (trigger.rule or ""):
        return False
    if source is None or target is None or not source.sectors or not target.sectors:
        return False
    sides = set(source.sectors) | set(target.sectors)
    civil = set(source.sectors) <= CIVIL_SECTORS or set(target.sectors) <= CIVIL_SECTORS
    return not sides & ARMED_SECTORS and civil  # "the clash between Apple and the ministry"


def figurative_force(trigger: Trigger, source: Actor | None, target: Actor | None) -> bool:
    """Force, war or a truce in the words of civil actors, with no armed side and no weapon:
    "Republicans killed the bill", "she will fight inequality", "the senator suspended his
    campaign" are politics, not violence or a ceasefire (a scuffle, 182, stays)."""
    if "instruments.tsv" in (trigger.rule or ""):
        return False  # "the senator's drone struck": a weapon is named
    if unarmed_move(trigger, source):
        return True
    if trigger.cameo[:2] not in FIGURATIVE_ROOTS and not trigger.cameo.startswith("087"):
        return False
    if trigger.cameo == "182" or source is None or not source.sectors:
        return False
    if trigger.cameo == "190" and _words_not_weapons(trigger, source, target):
        # "the senator attacked the press", "clashed with the ministry on Monday": criticism,
        # kept as 111; but a contest noun ("the clash between the firm and the ministry",
        # "its battle with regulators") names the standing dispute, no one's act of a day
        return trigger.noun is not None and trigger.token.lemma_.lower() in CONTEST_VERBS
    sides = set(source.sectors) | (set(target.sectors) if target is not None else set())
    return set(source.sectors) <= CIVIL_SECTORS and not sides & ARMED_SECTORS


def unreal_mention(trigger: Trigger, modality: Modality) -> bool:
    """An act named only to be denied ("saw no prosecutions", "is not afraid of the
    rapprochement") or asked about in a question ("How could he champion the collapse?"): a
    mention, not an event (the article gold lists neither)."""
    if modality.negated and trigger.noun is not None:
        return True
    if not modality.hypothetical:
        return False
    sentence = trigger.token.sent
    words = [t for t in sentence if not t.is_space and t.text not in QUOTE_MARKS]
    return bool(words) and words[-1].text == "?"


def contest_for(trigger: Trigger) -> bool:
    """ "while they fight to become the candidate": a contest verb that tells what its sides strive
    for, with no one it is waged with or against, is a race between them, not an attack."""
    token = trigger.token
    if trigger.verb is None or token.lemma_.lower() not in CONTEST_VERBS:
        return False
    if clauses.prep_objects(token, ("with", "against")):
        return False
    return any(
        c.dep_ in ("xcomp", "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.children
    )


def private_only(source: Actor | None, target: Actor | None) -> bool:
    """The doer is a person the Actors stage only presumed a civilian, and so is whom it is
    done to, if anyone: what private people do among themselves is no political event
    ("Jane Roe asked for help", "Roe beat Doe"); "Roe criticized the government" is one, and
    so is a criticism whose target the sentence leaves unsaid ('"A facade," Roe said')."""
    return source is not None and source.presumed and (target is None or target.presumed)


def _co_attack(trigger: Trigger) -> bool:
    """Coordinated doers of a violent verb with an object act together on it; only contest
    verbs ("fought", "clashed") set them against each other."""
    token = trigger.token
    if trigger.verb is None or token.lemma_.lower() in CONTEST_VERBS | RECIPROCAL_VERBS:
        return False
    return any(child.dep_ == "dobj" for child in token.children)


def _same_side(actor: Actor, speaker: Actor) -> bool:
    """ "North Korea" or "police" for a security chief are his side; "Democrats" for Trump
    are not."""
    if actor.country not in (speaker.country, None):
        return False
    sectors, own = set(actor.sectors), set(speaker.sectors)
    return not sectors or bool(sectors & own) or (bool(own & STATE) and sectors <= STATE)


def _visits_a_thing(trigger: Trigger) -> bool:
    """ "said he would visit the aircraft carrier": a visit whose object names no actor and no
    place is to that thing, not to whatever country the sentence mentions."""
    return trigger.verb is not None and clauses.child(trigger.token, "dobj") is not None
