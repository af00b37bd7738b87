"""Finding actor phrases in a parsed Doc: person names with their titles, nominals built on
sector nouns, named countries, organisations and groups, and the clues each phrase carries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from facta.actors.knowledge import Entry, Knowledge, Match
from facta.actors.membership import member_clauses
from facta.actors.names import (
    NAME_PARTICLES,
    capitalised,
    family_names,
    is_name_word,
    surname_of,
)
from facta.actors.stances import stance_at
from facta.actors.syntax import described_before, in_adverbial, in_clause
from facta.token_view import Tokens

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nn", "npadvmod", "appos_mod"})
NAME_KINDS = frozenset({"country", "capital", "org", "group", "person", "demonym"})
BODY_KINDS = frozenset({"org", "group"})  # named bodies, not places or peoples
ROLE_KINDS = frozenset({"sector", "generic", "anaphor", "counterpart"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "ROOT"})
ATTACHING_PREPOSITIONS = frozenset({"of", "for", "from"})
MEMBERSHIP_PREPOSITIONS = frozenset({"of", "at", "with"})  # whom a person works for
PERSON_LABELS = frozenset({"PERSON"})
PLACE_LABELS = frozenset({"LOC", "FAC", "GPE"})  # "Persian Gulf" is a place, not Iran
# a capital after these is a party, not a place: "talks with Tehran", "between Washington and …"
PARTY_PREPOSITIONS = frozenset({"between", "with", "against", "by", "toward", "towards", "among"})
NEGATING_PREFIXES = frozenset({"anti", "pro", "non"})
# "U.S.-backed forces", "Iranian-trained militias": the country backs them, they are not its own
BACKING_PARTICIPLES = frozenset(
    {"backed", "funded", "sponsored", "supported", "armed", "trained", "allied", "aligned"}
)
# a capital after these places the phrase: "protesters in Nairobi", "residents of Beirut"
LOCATING_PREPOSITIONS = frozenset({"in", "of", "from"})


@dataclass
class Phrase:
    """One actor phrase: tokens [start, end), its head token, and the clues inside it."""

    start: int
    end: int
    head: int
    kind: str  # name, title, nominal, demonym, metonym, group
    entry: Entry | None = None  # the knowledge entry naming it, if any
    name_span: tuple[int, int] | None = None  # person name tokens
    clues: list[Match] = field(default_factory=list)  # knowledge matches inside the phrase
    person_clues: list[int] = field(default_factory=list)  # heads of persons modifying it
    attached: list[Phrase] = field(default_factory=list)  # "of Iran's Qods Force"
    located: list[Entry] = field(default_factory=list)  # "in Tehran": country or capital
    appositions: list[Phrase] = field(default_factory=list)
    employers: list[Phrase] = field(default_factory=list)  # "X, an analyst at the Y Institute"

    @property
    def is_person(self) -> bool:
        return self.name_span is not None or (
            self.entry is not None and self.entry.kind == "person"
        )


def person_spans(
    doc: Doc,
    matches: list[Match],
    remembered: frozenset[str] = frozenset(),
    known_person: Callable[[str], bool] = lambda _: False,
) -> list[tuple[int, int]]:
    """Person name spans: NER PERSON, people-file aliases, and bare surnames of people named
    in this article or remembered from earlier ones, even when the parser labelled them as
    places ("Soleimani" as GPE)."""
    taken = {
        i for m in matches if m.entry.kind in NAME_KINDS - {"person"} for i in range(m.start, m.end)
    }
    titles = {
        i
        for m in matches
        if m.entry.kind in {"title", "sector", "generic", "counterpart"}
        for i in range(m.start, m.end)
    }
    bodies = {m.start for m in matches if m.end - m.start == 1 and m.entry.kind in BODY_KINDS}
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        # a full name the knowledge base lists, tagged as a body or place ("Riad Zahran")
        if ent.label_ not in PERSON_LABELS and not known_person(ent.text):
            continue
        start, end = ent.start, ent.end
        while start < end and (start in titles or not is_name_word(doc[start].text)):
            start += 1
        while end > start and not is_name_word(doc[end - 1].text):
            end -= 1
        if not any(token.is_title or token.is_upper for token in doc[start:end]):
            continue  # "hid in the bush": a name is written with a capital
        # a full name may end in a one-word body alias: "Maria Boeing" is no company
        body_free = taken - {end - 1} if end - start > 1 and end - 1 in bodies else taken
        if start < end and not any(i in body_free for i in range(start, end)):
            spans.append((start, end))
    spans += [(m.start, m.end) for m in matches if m.entry.kind == "person"]
    spans += titled_names(doc, matches, taken)
    spans += described_names(doc, matches, taken)
    surnames = {n for start, end in spans for n in family_names([t.text for t in doc[start:end]])}
    covered = {i for start, end in spans for i in range(start, end)}
    full = {surname_of([t.text for t in doc[s:e]]) for s, e in spans if e - s > 1}
    taken -= {i for i in bodies if doc[i].lower_ in full}  # "Boeing said", after her
    # words of the article's names: "Abu Zuhri" is Sami Abu Zuhri, whatever the parser says
    named = {doc[i].lower_ for i in covered} | NAME_PARTICLES
    multiword = {i: ent for ent in doc.ents if len(ent) > 1 for i in range(ent.start, ent.end)}
    view = Tokens.of(doc)
    for index, lower in enumerate(view.lower):
        known = lower in surnames or (lower in remembered and view.pos[index] == "PROPN")
        if index in covered or index in taken or not known or not capitalised(view.text[index]):
            continue
        token = doc[index]
        ent = multiword.get(token.i)
        if (
            ent is not None
            and ent.label_ not in PERSON_LABELS
            and any(other.is_alpha and other.lower_ not in named for other in ent)
        ):
            continue  # "Sadr City": a place that starts with a surname
        spans.append((token.i, token.i + 1))
    return [part for span in merge_spans(spans) for part in split_pairs(doc, span, surnames)]


def split_pairs(doc: Doc, span: tuple[int, int], surnames: set[str]) -> list[tuple[int, int]]:
    """'the Talabani-Soleimani meeting' names two people, 'al-Maliki' one."""
    start, end = span
    dashes = [i for i in range(start + 1, end - 1) if doc[i].text == "-"]
    bounds = [start, *[i for dash in dashes for i in (dash, dash + 1)], end]
    parts = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    if len(parts) > 1 and all(doc[e - 1].lower_ in surnames for _, e in parts):
        return parts
    return [span]


def titled_names(doc: Doc, matches: list[Match], taken: set[int]) -> list[tuple[int, int]]:
    """'Lieutenant Colonel Patrice Mbuyi': capitalised words right after a personal title."""
    spans = []
    role_starts = {m.start for m in matches if m.entry.kind in ROLE_KINDS | {"title"}}
    for m in matches:
        if not m.entry.names_person or m.end in role_starts:
            continue
        end = m.end
        while (
            end < len(doc)
            and end - m.end < 4
            and capitalised(doc[end].text)
            and doc[end].pos_ == "PROPN"
            and end not in taken
        ):
            end += 1
        if end - m.end >= 2:  # a first name and a surname
            spans.append((m.end, end))
    return spans


def described_names(doc: Doc, matches: list[Match], taken: set[int]) -> list[tuple[int, int]]:
    """'Hashim Nzinga, chairman of …': a capitalised name the parser did not take for a
    person, described by an apposition that names one person ("chairman", "lawyer")."""
    spans = []
    for m in matches:
        role = doc[m.start : m.end].root
        name = role.head
        if not m.entry.names_person or role.dep_ != "appos" or name.i in taken:
            continue
        words = [c for c in name.lefts if c.dep_ == "compound"] + [name]
        start = words[0].i
        if (
            name.i < m.start
            and 2 <= len(words) <= 4
            and all(w.pos_ == "PROPN" and capitalised(w.text) and w.i not in taken for w in words)
            and start == name.i - len(words) + 1
        ):
            spans.append((start, name.i + 1))
    return spans


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def negated_demonym(doc: Doc, match: Match) -> bool:
    """'anti-American', 'pro-Iranian', 'U.S.-backed': the word does not make the actor
    American."""
    start = match.start
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in NEGATING_PREFIXES:
        return True
    end = match.end
    return (
        end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in BACKING_PARTICIPLES
    )


def plural_before_name(doc: Doc, role: Match, top_item: object) -> bool:
    """A plural role word is no title of one name: "told reporters Dalton had agreed"."""
    word = doc[role.end - 1]
    if not isinstance(top_item, tuple) or word.tag_ != "NNS" or not word.is_lower:
        return False  # "Littleton Schools Superintendent X" is a title
    return not any(t.dep_ == "conj" for t in doc[top_item[0] : top_item[1]].root.children)


def surname_word(doc: Doc, match: Match) -> bool:
    """A role word written with a capital that ends a person's name the parser found, after
    a given name: "Danny Banks"."""
    last = doc[match.end - 1]
    if match.start != match.end - 1 or last.ent_type_ not in PERSON_LABELS or not last.is_title:
        return False
    if last.tag_ != "NNP":
        return False  # "Littleton Schools Superintendent X": a plural is a body, no surname
    before = doc[match.start - 1] if match.start > 0 else None
    after = doc[match.end] if match.end < len(doc) else None
    ends_name = after is None or not (after.ent_iob_ == "I" or after.pos_ == "PROPN")
    inside = last.ent_iob_ == "I"  # the same name as the word before
    return before is not None and inside and before.is_title and ends_name


def usable(doc: Doc, match: Match, knowledge: Knowledge) -> bool:
    """Drop role words that are not nouns here ('general strike') and negated demonyms."""
    kind = match.entry.kind
    last = doc[match.end - 1]
    if kind in ROLE_KINDS:
        if match.entry.only_as_head and last.dep_ in MODIFIER_DEPS:
            return False
        if surname_word(doc, match):
            return False  # "Danny Banks", "Tom Marshal": a surname, not "banks" or "marshal"
        if stance_at(doc, doc[match.start]) is not None:
            return False  # "pro-government fighters": a side taken, not the government
        if last.pos_ in {"NOUN", "PROPN"} or last.text.endswith("."):
            return True
        head = knowledge.lower.get((last.head.lower_,))
        if last.dep_ == "amod" and head is not None and head.kind in ROLE_KINDS:
            return True  # "military officials"
        return match.end < len(doc) and doc[match.end].pos_ == "PROPN"
    if kind in {"demonym", "country"}:
        place = (
            doc[match.start].ent_type_ in PLACE_LABELS
            and doc[match.end - 1].ent_iob_ != "B"
            and (
                match.end < len(doc)
                and doc[match.end].ent_iob_ == "I"
                and doc[match.end].tag_ != "POS"  # "South Korea's" is still South Korea
            )
        )
        return not (place or given_name(doc, match) or negated_demonym(doc, match))
    return True


def given_name(doc: Doc, match: Match) -> bool:
    """'Jordan Buckley', 'Chad Smith': a country's name opening a person's name, with the
    surname inside the same PERSON entity, is a given name; so is one between a title and a
    surname in any one name the parser found ("Trooper Chad Dermyer")."""
    first, following = doc[match.start], doc[match.end] if match.end < len(doc) else None
    if following is None or following.ent_iob_ != "I" or not following.is_title:
        return False
    if following.pos_ != "PROPN":
        return False
    if first.ent_type_ in PERSON_LABELS and first.ent_iob_ == "B":
        return True
    before = doc[match.start - 1] if match.start > 0 else None
    return first.ent_iob_ == "I" and before is not None and before.is_title


def find_phrases(
    doc: Doc, knowledge: Knowledge, remembered: frozenset[str] = frozenset()
) -> list[Phrase]:
    """Every actor phrase of the Doc with its clues and attachments, in document order."""
    matches = [m for m in knowledge.match(doc) if usable(doc, m, knowledge)]
    names = person_spans(doc, matches, remembered, knowledge.names_person)
    named = {i for span in names for i in range(*span)}
    matches = [m for m in matches if not (m.entry.kind in BODY_KINDS and m.start in named)]
    owner: dict[int, object] = {}  # token -> Match or name span
    for m in matches:
        for i in range(m.start, m.end):
            owner[i] = m
    for span in names:
        for i in range(*span):
            owner[i] = span

    coordinated = {  # "the Congolese army and M23 rebels": "army" heads its own phrase
        doc[m.start : m.end].root.i
        for m in matches
        if m.entry.kind == "sector"
        and any(child.dep_ == "cc" for child in doc[m.start : m.end].root.children)
    }

    def top_of(token: Token) -> Token:
        """Climb modifier links while the governor is itself part of an actor phrase."""
        current = token
        for _ in range(10):
            governor = current.head
            if current.dep_ == "conj" and governor.dep_ in MODIFIER_DEPS:
                if governor.head.i not in owner:
                    break
                governor = governor.head  # "US and Iraqi officials": both modify "officials"
            elif current.dep_ not in MODIFIER_DEPS or hyphenated_states(doc, current, owner):
                break
            if governor.tag_ == "VBN" and governor.dep_ == "amod" and governor.head.i in owner:
                governor = governor.head  # "the Saudi-led coalition"
            if governor.i == current.i:
                break
            if governor.i not in owner:
                neighbour = next_outside(current.i)
                if neighbour is None or neighbour >= governor.i:
                    break
                if doc[neighbour].head.i != governor.i or doc[neighbour].dep_ not in MODIFIER_DEPS:
                    break
                governor = doc[neighbour]  # "Congolese army positions": Congolese -> army
            current = governor
            if current.i in coordinated:
                break
        return current

    def next_outside(index: int) -> int | None:
        """The first token after the actor item holding `index`, if it is in another item."""
        following = index + 1
        while following < len(doc) and owner.get(following) is owner.get(index):
            following += 1
        return following if following in owner else None

    heads: dict[int, Phrase] = {}
    items: list[tuple[int, int, object]] = [
        (m.start, m.end, m)
        for m in matches
        if m.entry.kind != "person"  # names below
    ]
    items += [(span[0], span[1], span) for span in names]
    name_at = {span[0]: span for span in names}
    role_at = {m.start: m for m in matches if m.entry.kind in ROLE_KINDS | {"title"}}
    pending: list[tuple[int, object]] = []
    for start, end, item in sorted(items, key=lambda x: (x[0], x[1])):
        root = doc[start:end].root
        top = root if root.i in coordinated else top_of(root)
        if isinstance(item, tuple) and isinstance(owner.get(top.i), tuple) and top.i >= end:
            top = root  # "Talabani-Soleimani": two people, neither a title of the other
        if isinstance(item, Match) and item.entry.kind in ROLE_KINDS | {"title"}:
            following = end
            while following in role_at:
                following = role_at[following].end
            if following in name_at:  # "Brig. Gen. Qassem Soleimani", whatever the parse
                top = top_of(doc[name_at[following][0] : name_at[following][1]].root)
            if plural_before_name(doc, item, owner.get(top.i)):
                top = root  # "told reporters Dalton had…": the reporters are no title
        pending.append((top.i, item))
    for top_index, item in pending:
        top_item = owner.get(top_index)
        phrase = heads.get(top_index)
        if phrase is None:
            phrase = new_phrase(doc, top_index, top_item)
            if phrase is None:
                continue
            heads[top_index] = phrase
        if item == top_item:
            continue
        if isinstance(item, Match):
            phrase.clues.append(item)
        else:
            phrase.person_clues.append(item[1] - 1)
    phrases = sorted(heads.values(), key=lambda p: p.head)
    for phrase in phrases:
        set_extent(doc, phrase, owner)
    link_attachments(doc, phrases, heads, owner)
    return phrases


STATE_KINDS = frozenset({"country", "demonym"})


def hyphenated_states(doc: Doc, token: Token, owner: dict[int, object]) -> bool:
    """ "joint U.S.-Japanese exercises", "Russian-Chinese talks": two states joined by a hyphen
    are two actors; the first is no modifier of the second."""
    item, following = owner.get(token.i), token.i + 1
    if isinstance(item, Match):
        following = item.end
    if following + 1 >= len(doc) or doc[following].text != "-":
        return False
    other = owner.get(following + 1)
    states = [m for m in (item, other) if isinstance(m, Match) and m.entry.kind in STATE_KINDS]
    return len(states) == 2 and states[0].entry is not states[1].entry


def new_phrase(doc: Doc, head: int, item: object) -> Phrase | None:
    if isinstance(item, tuple):
        return Phrase(start=item[0], end=item[1], head=head, kind="name", name_span=item)
    if not isinstance(item, Match):
        return None
    kind = item.entry.kind
    if kind in {"title", "ethnic"}:
        return None
    token = doc[head]
    if (
        kind == "capital"
        and token.dep_ not in SUBJECT_DEPS | {"conj", "dobj", "poss"}
        and not (token.dep_ == "pobj" and token.head.lower_ in PARTY_PREPOSITIONS)
    ):
        return None  # "in Tehran" is a place; "Tehran said", "talks with Tehran" an actor
    phrase_kind = {
        "country": "name",
        "org": "name",
        "group": "group",
        "person": "name",
        "demonym": "demonym",
        "capital": "metonym",
    }.get(kind, "nominal")
    return Phrase(
        start=item.start,
        end=item.end,
        head=head,
        kind=phrase_kind,
        entry=None if kind in ROLE_KINDS else item.entry,
        clues=[item] if kind in ROLE_KINDS else [],
    )


def set_extent(doc: Doc, phrase: Phrase, owner: dict[int, object]) -> None:
    """Widen the phrase over its clue tokens and its determiner-free left modifiers."""
    starts = [phrase.start] + [m.start for m in phrase.clues] + phrase.person_clues
    phrase.start = min(starts)
    left = doc[phrase.head].left_edge.i
    while left < phrase.start and (
        doc[left].dep_ in {"det", "punct", "cc"}
        or doc[left].pos_ in {"PRON", "DET"}
        or left in owner
    ):
        left += 1
    if left < phrase.start and phrase.start - left <= 4:
        phrase.start = left
    phrase.end = max(phrase.end, phrase.head + 1)


def link_attachments(
    doc: Doc, phrases: list[Phrase], heads: dict[int, Phrase], owner: dict[int, object]
) -> None:
    """'the commander of Iran's Qods Force', 'newspapers in Tehran', 'residents of Beirut',
    'X, a member of ...'."""
    by_token: dict[int, Phrase] = {}
    for phrase in phrases:
        for i in range(phrase.start, phrase.end):
            by_token.setdefault(i, phrase)
    for phrase in phrases:
        head = doc[phrase.head]
        for child in head.rights:
            if child.dep_ == "prep":
                for target in child.children:
                    if target.dep_ != "pobj":
                        continue
                    other = by_token.get(target.i) or named_within(doc, target, by_token)
                    item = owner.get(target.i)
                    if child.lower_ in ATTACHING_PREPOSITIONS and other not in (None, phrase):
                        phrase.attached.append(other)
                    elif (
                        child.lower_ in LOCATING_PREPOSITIONS
                        and isinstance(item, Match)
                        and item.entry.kind in {"country", "capital"}
                    ):
                        phrase.located.append(item.entry)
            elif child.dep_ == "appos":
                other = by_token.get(child.i) or described_by_nationality(doc, child, by_token)
                if other is not None and other is not phrase:
                    phrase.appositions.append(other)
                    other.appositions.append(phrase)
                if phrase.is_person:
                    phrase.employers += bodies_after(doc, child, by_token)
        if phrase.is_person or professional(phrase):
            phrase.employers += bodies_after(doc, head, by_token)
        if phrase.is_person or names_person(phrase):  # "a judge who sits on the appeals bench"
            for clause, prepositions in member_clauses(head):
                phrase.employers += bodies_after(doc, clause, by_token, prepositions)
    for phrase in phrases:
        if not phrase.is_person or phrase.start < 2:
            continue
        if doc[phrase.start - 1].text == ",":
            described = described_before(doc, phrases, by_token, phrase.start - 2)
        else:  # "White House chief of staff Jane Roe": a title the name's phrase left out
            described = by_token.get(phrase.start - 1)
            described = described if described is not None and names_person(described) else None
        if described is None or in_adverbial(doc, described.head, phrase.head):
            continue
        if described not in phrase.appositions:
            phrase.appositions.append(described)
            described.appositions.append(phrase)


def described_by_nationality(
    doc: Doc, appositive: Token, by_token: dict[int, Phrase]
) -> Phrase | None:
    """ "Jane Roe, a Kenyan street vendor": a description no role word heads whose
    nationality says whose the person is."""
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in appositive.lefts):
        return None
    for token in appositive.lefts:
        other = by_token.get(token.i)
        if other is not None and other.kind == "demonym":
            return other
    return None


def bodies_after(
    doc: Doc,
    token: Token,
    by_token: dict[int, Phrase],
    prepositions: frozenset[str] = MEMBERSHIP_PREPOSITIONS,
) -> list[Phrase]:
    """The bodies a person works for, after "of", "at" or "with": "John Roe of the Arms
    Control Forum", "an analyst at the X Institute", "director of the Y Project at the Z
    Center" (both), "a lawyer with the advocacy group Q"."""
    found: list[Phrase] = []
    frontier = [token]
    for _ in range(2):
        objects = [
            target
            for current in frontier
            for child in current.rights
            if child.dep_ == "prep" and child.lower_ in prepositions
            for target in child.children
            if target.dep_ == "pobj"
        ]
        for target in objects:
            other = by_token.get(target.i) or named_within(doc, target, by_token)
            if other is not None and is_body(other) and other not in found:
                found.append(other)
        frontier = objects
    return found


# roles whose holders work for a body: "researchers at the X Center" are the center's
PROFESSIONS = frozenset({"EDU", "JUD", "BUS", "MED", "NGO", "HLH"})


def professional(phrase: Phrase) -> bool:
    """A nominal headed by a professional role word ("researchers", "analysts", "officials"),
    not by people who are merely somewhere ("protesters at the embassy")."""
    if phrase.kind != "nominal":
        return False
    return any(
        m.entry.names_person
        and (m.entry.kind == "generic" or set(m.entry.sectors[:1]) & PROFESSIONS)
        for m in phrase.clues
        if m.start <= phrase.head < m.end
    )


def names_person(phrase: Phrase) -> bool:
    """A nominal headed by a word for a person ("a woman", "two officers")."""
    return phrase.kind == "nominal" and any(
        m.entry.names_person or m.entry.only_as_head
        for m in phrase.clues
        if m.start <= phrase.head < m.end
    )


def is_body(phrase: Phrase) -> bool:
    """An organisation, group or institution, not a person, a people noun or a country."""
    if phrase.is_person or phrase.kind not in {"name", "group", "nominal"}:
        return False
    if phrase.entry is not None and phrase.entry.kind not in {"org", "group"}:
        return False
    return not any(
        m.entry.names_person or m.entry.only_as_head or m.entry.collective
        for m in phrase.clues
        if m.start <= phrase.head < m.end
    )


def named_within(doc: Doc, target: Token, by_token: dict[int, Phrase]) -> Phrase | None:
    """ "leader of the Ladies in White dissident group": an unknown name whose own
    modifiers hold the phrase that says what it is (a group, a party, a ministry)."""
    for token in target.subtree:
        other = by_token.get(token.i)
        if other is None or in_clause(token, target):  # not "the killing that shut a plant"
            continue
        if doc[other.head].pos_ == "NOUN" and other.kind == "nominal":
            return other
    return None
