"""What one actor phrase says on its own: country, sectors and group from its clues, its
head noun and the phrases attached to it ("of Iran's Qods Force", "in Tehran").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from facta.actors.fleeing import flees
from facta.actors.knowledge import Entry, Match
from facta.actors.phrases import NAME_KINDS, Phrase
from facta.actors.stances import armed_side
from facta.actors.word_files import shipped_rows

FORMER = frozenset({"former", "ex", "ex-", "ousted", "deposed", "toppled"})
OFFICE = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})  # roles "former" makes elites
ARMED = frozenset({"MIL", "COP"})  # armed roles a rebel group's own men hold as rebels
# roles of no one country, neither the story's nor the place they are in: "foreign
# journalists", "a Western diplomat in Minsk", "a European diplomat in Kigali"
FOREIGN = frozenset(
    {"foreign", "overseas", "international", "outside", "western", "european", "african", "asian"}
)
STATE_WORDS = frozenset({"country", "demonym"})  # "Canada's", "Canadian"


def is_state(code: str | None) -> bool:
    """A country code, not an IGO or NGO one."""
    return code is not None and len(code) == 3 and code.isalpha()


@dataclass(frozen=True)
class Description:
    country: str | None = None
    sectors: tuple[str, ...] = ()
    group: str | None = None
    rule: str | None = None
    generic_only: bool = False  # sectors came only from weak words ("official", "leader")

    @property
    def known(self) -> bool:
        return bool(self.country or self.sectors)


def unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def role_sectors(clues: list[Match]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(specific sectors, generic sectors) of the role words among the clues."""
    specific = [s for m in clues if m.entry.kind == "sector" for s in m.entry.sectors]
    generic = [
        s for m in clues if m.entry.kind in {"generic", "counterpart"} for s in m.entry.sectors
    ]
    return unique(specific), unique(generic)


def describe(doc: Doc, phrase: Phrase, cache: dict[int, Description]) -> Description:
    """The phrase's own description, with attachments filled in (memoised per head)."""
    if phrase.head in cache:
        return cache[phrase.head]
    cache[phrase.head] = Description()  # guards against attachment cycles
    result = own_description(phrase, sent(doc, phrase))
    sectors = armed_side(doc, phrase.start, phrase.end, result.sectors)
    if sectors != result.sectors:  # "pro-government fighters": MIL
        result = Description(result.country, sectors, result.group, f"{result.rule}+side")
    if not result.sectors and result.country and people_of(doc, phrase):
        # "Ukrainians", "thousands of Syrians": the people of a country are its civilians
        result = Description(result.country, ("CVL",), result.group, f"{result.rule}+people")
    if result.sectors == ("CVL",) and flees(doc[phrase.head]):
        # "hundreds of villagers fled", "families fleeing the drought": refugees
        result = Description(result.country, ("REF",), result.group, f"{result.rule}+fleeing")
    if is_former(doc, phrase) and (not result.sectors or result.sectors[0] in OFFICE):
        # "the former Iraqi prime minister": an elite, not the government; former rebels
        # are still rebels
        result = Description(result.country, ("ELI",), result.group, f"{result.rule}+former")
    if phrase.kind == "nominal" or phrase.is_person:
        result = with_attachments(doc, phrase, result, cache)
    cache[phrase.head] = result
    return result


def people_of(doc: Doc, phrase: Phrase) -> bool:
    """Whether the phrase's head is a plural demonym standing for people ("Syrians")."""
    head = doc[phrase.head]
    if head.tag_ not in {"NNPS", "NNS"} or any(c.lower_ == "the" for c in head.children):
        return False  # "the Syrians rejected the offer": the state's side, not its people
    if phrase.entry is not None:
        return phrase.entry.kind == "demonym"
    return any(m.entry.kind == "demonym" and m.start <= phrase.head < m.end for m in phrase.clues)


def is_former(doc: Doc, phrase: Phrase) -> bool:
    return any(token.lower_ in FORMER for token in doc[phrase.start : phrase.end])


def sent(doc: Doc, phrase: Phrase) -> bool:
    """A role of someone sent somewhere ("the U.N. Syria envoy"), with no coordination in
    its modifiers ("U.S. and Iraqi envoys" are two countries' envoys)."""
    words = doc[phrase.start : phrase.head + 1]
    if any(t.dep_ == "cc" or t.text == "," for t in words):
        return False
    return any(t.lemma_.lower() in sender_nouns() for t in words)


@lru_cache(maxsize=1)
def sender_nouns() -> frozenset[str]:
    """The shipped senders.tsv, read once."""
    first = shipped_rows("senders.tsv")[0][0]
    return frozenset(word.strip() for word in first.split("|") if word.strip())


def own_description(phrase: Phrase, sent_from_first: bool = False) -> Description:
    entry: Entry | None = phrase.entry
    if entry is not None and entry.kind == "person":
        entry = None  # what the people file says of a name comes after the text (recall)
    # the head noun's role first: "military government" is GOV, "government troops" MIL;
    # a bare people noun last: "displaced families" are refugees before civilians
    clues = sorted(
        phrase.clues,
        key=lambda m: (m.entry.only_as_head, not m.start <= phrase.head < m.end, m.start),
    )
    specific, generic = role_sectors(clues)
    named = [m.entry for m in clues if m.entry.kind in NAME_KINDS]
    ethnic = [m.entry for m in clues if m.entry.kind == "ethnic"]
    group = ethnic[0].group if ethnic else None
    if entry is not None and entry.kind == "capital":  # "Tehran said": the government
        return Description(entry.country, ("GOV",), None, f"{entry.rule}+capital")
    if entry is not None:
        sectors = entry.sectors or specific or generic
        country = entry.country  # "Pakistan's Supreme Court": the clue gives the country
        if country is None and entry.kind == "org":
            country = next((e.country for e in named if e.country), None)
        state = next((e for e in named if e.kind in STATE_WORDS and is_state(e.country)), None)
        if entry.kind == "org" and is_state(country) and state is not None:
            # "Canada's Department of Justice": that state's body of the name, not the one
            # the knowledge files know under it
            return Description(state.country, sectors, entry.group, f"{entry.rule}+{state.rule}")
        return Description(country, sectors, entry.group or group, entry.rule)
    # the country nearest the head: "US and Iraqi officials" -> Iraqi (the US is split apart);
    # the first for an envoy: "the U.N. Syria envoy" -> the U.N.
    country_entry = next(
        (e for e in (named if sent_from_first else reversed(named)) if e.country), None
    )
    country = country_entry.country if country_entry else None
    borrowed = next((e.sectors for e in named if e.sectors), ())
    anaphoric = unique([s for m in clues if m.entry.kind == "anaphor" for s in m.entry.sectors])
    if anaphoric and (ethnic or any(e.kind == "group" for e in named)):
        specific = specific or anaphoric  # "the Sadrist bloc", "the Kurdish bloc": LEG
    anaphor = any(m.entry.kind == "anaphor" for m in clues)
    if anaphor and ethnic and not (specific or borrowed or generic):
        specific = ethnic[0].sectors  # "Tamil groups": rebels; "Christian groups": unknown
    sectors = specific or borrowed or generic
    rebels = "REB" in specific or any(e.sectors[:1] == ("REB",) for e in named)
    if rebels and sectors[:1] and sectors[0] in ARMED | {"GOV"}:
        # "M23's military commander", "the rebels' forces": the rebels' own men;
        # "Hezbollah's secretary-general": the group's office, not a state's
        sectors = ("REB", *(s for s in sectors if s != "REB" and s not in ARMED | {"GOV"}))
    if sectors == generic and country and len(country) == 6:
        sectors = ()  # "the AU's special envoy" speaks for the AU: IGOAFU, not IGOAFUGOV
    rules = [m.entry.rule for m in clues]
    group = group or next((e.group for e in named if e.group and e.kind == "group"), None)
    return Description(
        country,
        sectors,
        group,
        "+".join(rules) or None,
        generic_only=not specific and not borrowed and bool(generic),
    )


def with_attachments(
    doc: Doc, phrase: Phrase, own: Description, cache: dict[int, Description]
) -> Description:
    """'the commander of X', 'a lawmaker from X', 'spokesman for X', 'newspapers in Tehran'."""
    country, sectors, group, rule = own.country, own.sectors, own.group, own.rule
    generic_only = own.generic_only or not sectors
    members = collective(phrase)  # "a crowd of students": the students' role
    for other in phrase.attached:
        found = describe(doc, other, cache)
        if country is None and found.country:
            country, rule = found.country, f"{rule}+of:{found.rule}"
        elif sent_from(doc, phrase, other, country) and is_state(found.country):
            # "the U.N. ambassador from Peru": Peru's envoy at the U.N., not the U.N.'s
            country, rule = found.country, f"{rule}+from:{found.rule}"
            sectors = tuple(s for s in sectors if s != "GOV") + ("GOV",)
        weak = generic_only or members
        if weak and found.sectors and other.kind in {"group", "name", "nominal"}:
            sectors, generic_only, members = found.sectors, False, False
        group = group or found.group
    foreign = any(
        child.dep_ == "amod" and child.lower_ in FOREIGN for child in doc[phrase.head].children
    )
    for entry in phrase.located:
        if country is None and not foreign:
            country, rule = entry.country, f"{rule}+in:{entry.rule}"
    return Description(country, sectors, group, rule, generic_only=generic_only and bool(sectors))


def sent_from(doc: Doc, phrase: Phrase, other: Phrase, country: str | None) -> bool:
    """Whether a state named after an envoy noun by "from" or "of" sends the envoy the
    phrase places at an international body ("the U.N. ambassador from Peru")."""
    head = doc[phrase.head]
    return (
        country is not None
        and not is_state(country)
        and head.lemma_.lower() in sender_nouns()
        and doc[other.head].head.lower_ in {"from", "of"}
        and doc[other.head].head.head.i == head.i
    )


def collective(phrase: Phrase) -> bool:
    """Whether the phrase's head is a gathering ("crowd", "mob") that takes its members' role."""
    return any(m.entry.collective and m.start <= phrase.head < m.end for m in phrase.clues)
