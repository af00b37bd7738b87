"""The events coder's vocabulary: closed word classes, code groups that steer argument
reading, and the Trigger record a lexicon match produces."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from facta.events.lexicon import (
    NounEntry,
    VerbEntry,
    word_classes,
)
from facta.models import (
    Promised,
)

# Closed word lists of the structural rules, read from data/lexicon/word_classes.tsv.
WORDS = word_classes()
QUANTITY_NOUNS = WORDS["quantity"]
KIND_HEADS = QUANTITY_NOUNS | WORDS["kind_head"]
MEASURE_NOUNS = WORDS["measure"]
CIRCUMSTANCE_PREPS = WORDS["circumstance_preposition"]
PAST_SCENE_WORDS = WORDS["past_scene"]
COMPLEX_PREPOSITIONS = WORDS["complex_preposition"]
CAUSE_NOUNS = WORDS["cause_noun"]
ROLE_IDIOMS = WORDS["role_idiom"]
RECEIVING_VERBS = WORDS["receiving_verb"]
RECIPROCAL_VERBS = WORDS["reciprocal_verb"]
CONTEST_VERBS = WORDS["contest_verb"]
FORCE_MOVES = WORDS["force_move_verb"]  # "marines entered the quarter"; "pilgrims entered" not
RECIPROCAL_OBJECTS = WORDS["reciprocal_object"]
PERMISSIVE = WORDS["permissive_verb"]
PROMISE_VERBS = WORDS["promise_verb"]
UNDERTAKING_VERBS = WORDS["undertaking_verb"]
WILLING_WORDS = WORDS["willing_word"]
PROTESTERS = WORDS["protester"]
DISRUPT_VERBS = WORDS["disrupt_verb"]
CROWD_CODE = "141"
CROWD_RULE = "word_classes.tsv:disrupt_verb+protester -> 141"
PROTEST_NOUNS = WORDS["protest_noun"]
CAMPAIGN_WORDS = WORDS["campaign_word"]
WANING_VERBS = WORDS["waning_verb"]
MARCHING_VERBS = WORDS["marching_verb"]
SCENE_NOUNS = PROTEST_NOUNS | WORDS["scene_noun"]  # events another act may be set in
CIVILIAN_GROUPS = WORDS["civilian_group"]
TIME_MARKERS = WORDS["time_marker"]
OUTSIDER_MODIFIERS = WORDS["outsider_modifier"]
BREAKDOWN_VERBS = WORDS["breakdown_verb"]
BREAKDOWN_PARTICLES = frozenset({"down", "apart", "through", "off"})
MASS_COUNTS = WORDS["mass_count"]
NEGATED_ACTS = WORDS["negated_act_code"]
UNADDRESSED_CODES = WORDS["unaddressed_code"]
LONE_COMPANY_CODES = WORDS["lone_company_code"]
ANSWER_VERBS = WORDS["answer_verb"]
STATIVE_PARTICIPLES = WORDS["stative_participle"]
EMOTION_PARTICIPLES = WORDS["emotion_participle"]
TRIP_VERBS = WORDS["trip_verb"]
STANCE_NOUNS = WORDS["stance_noun"]
ATTEMPT_WORDS = WORDS["attempt_word"]
ACCIDENT_WORDS = WORDS["accident_word"]
FEELING_NOUNS = WORDS["feeling_noun"]
FORECAST_VERBS = WORDS["forecast_verb"]
CAPABILITY_NOUNS = WORDS["capability_noun"]
OWN_INQUIRIES = WORDS["own_inquiry"]
PROGRESS_WORDS = WORDS["progress_word"]
CLAIM_VERBS = WORDS["claim_verb"]
TOLD_CONTENT_NOUNS = WORDS["told_content"]
# Roots an event may be coded in with no known doer ("six police were killed"): what was done
# to whom is news even when the text names no agent. Other acts need someone who acts.
AGENTLESS_ROOTS = frozenset({"17", "18", "19", "20"})
# Support, praise, approval and help (070) given to someone: with no one named who receives
# it, the act is no event ("can support any candidate", "helped create a tense atmosphere").
# Material aid (071-075: "would provide $20 million in aid") is a pledge or a delivery even
# before its recipient is named; agreements (057) and apologies (055: "apologised for the
# delay", made to the public) stand alone.
RECIPIENT_CODES = ("050", "051", "052", "053", "054", "056", "061", "070")
# Sectors of political rivals whose "attacks" and "battles" are words, not violence.
CIVIL_SECTORS = frozenset({"MED", "LEG", "ELI", "OPP", "EDU", "BUS", "NGO", "JUD"})
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "CRM", "SPY"})
# Bombings (183x) whose bomber the text does not name: an unclaimed bomb is the work of
# irregulars (team convention, as for instruments.tsv's "bomb" lines).
UNCLAIMED_BOMBING = (("1831", "1832", "1833", "1834", "1883"), "REB")
# Victims whose suffering at unknown hands is crime news, not political event data: civilians,
# students and teachers, clergy, suspects ("a pastor was shot during a service, police said",
# "two robbery suspects were shot").
PLAIN_VICTIM_SECTORS = frozenset({"CVL", "EDU", "REL", "CRM"})
RESTRAINT_NOUNS = WORDS["restraint_noun"]
STAGING_VERBS = WORDS["staging_verb"]
CONDITIONS = frozenset({"if", "unless"})  # a pledge's own condition: "would meet him if ..."
JOINT_RULE = "events: exercises held by or with another country are joint (062)"
TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning"})
STOP_VERBS = frozenset({"stop", "halt", "cease", "end", "quit", "abandon", "suspend", "refrain"})
# Codes whose clause content is what is said, not something that happened ("accused X of arming").
SPEECH_ACT_ROOTS = frozenset({"02", "03", "10", "13"})  # acts that pledge or ask an action
# Feelings (pessimism, optimism, disapproval) told inside a quotation with no one they bear on
# ("'I'm very confident things will go well'", "'we are disappointed'") are the speaker's mood,
# not a political comment.
FEELING_CODES = frozenset({"012", "013", "110"})
# A hope said not to be held is doubt: "is not optimistic about the talks" is pessimism (012).
DENIED_FEELINGS = {"013": "012"}
# Comments whose telling is denied ("said he was not worried", "did not deny it") are no event:
# the comment was not made (a decline to comment, NEGATED_ACTS, is read before this).
UNSAID_ROOTS = frozenset({"01"})
INQUIRY_ROOT = "09"  # investigations: whom they look into is the doer of the act looked into
REPORTING_ROOTS = frozenset({"01", "02", "03", "09", "10", "11", "12", "13"})
# Acts done by speaking: comments, appeals, praise, demands, criticism, refusals, threats.
MEANS_VERBS = WORDS["means_verb"]
DISCLOSING_VERBS = WORDS["disclosing_verb"]
INFORMATION_NOUNS = WORDS["information_noun"]
SPOKEN_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})
# Reactions to what someone did ("welcomed the deal", "rejected the plan"): aimed at its author.
REACTION_ROOTS = frozenset({"05", "16"})
SUPPORT_ROOT = "05"  # support of an act is support of its doer, not of whom it is aimed at
# Appeals, promises, demands, criticism and threats with no addressee are aimed at the actor
# their message names ("warned it would answer a 'declaration of war' by the United States").
TOPIC_TARGET_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})
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
# Killings whose victims are soldiers are combat, conventional force (190), as the article
# gold codes "were killed in Syria by jihadist groups"; a bomb or other weapon keeps its code.
COMBAT_CODES = frozenset({"1823"})
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


def role_idiom(noun: Token) -> bool:
    """ "the official in charge of the unit": a noun that with a bare "in" names a role or
    state, not an act (role_idiom of word_classes.tsv)."""
    return (
        noun.lemma_.lower() in ROLE_IDIOMS
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and not any(c.dep_ in ("det", "poss", "amod") for c in noun.children)
    )


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
    adopted_by: Token | None = None  # the frame verb that adopts the act ("agreed to X")
