"""The event lexicon: verb and noun patterns, frames, light verbs and discards read from TSV files.

Shipped files live in facta/data/lexicon/; users add files in the same formats (see their headers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from facta.codebook import codebook
from facta.errors import KnowledgeError

SHIPPED = (
    "verbs.tsv",
    "nouns.tsv",
    "frames.tsv",
    "light_verbs.tsv",
    "discards.tsv",
    "instruments.tsv",
    "nominals.tsv",
)
FRAMES = ("intent", "threat", "appeal", "demand", "accept", "refuse", "plan", "wish")
# Frames whose embedded action is coded itself ("agreed to release" codes the release; "plans
# to meet" codes the meeting, future: a plan is no promise, CONTRACT).
# A user's entries win ties with shipped ones.
USER_PRIORITY = 10**9
ADOPTING_FRAMES = frozenset({"accept", "refuse", "plan", "wish"})
# A wish adopts only the actions frames.tsv names for it ("hopes to meet": 036); any other
# wished action is no event of the wish ("wants to win the vote")
SELECTIVE_FRAMES = frozenset({"wish"})
SUBJECT_IS_TARGET = "@subject"  # lexicon target column: the subject is the target
COMMITMENT = "@commitment"  # verbs.tsv object marker: "said it would help" commits its side


@dataclass(frozen=True)
class VerbEntry:
    lemma: str
    particles: frozenset[str]  # one of these particles is required; empty: none
    preps: frozenset[str]  # one of these prepositions is required; empty: none
    objects: frozenset[str]  # empty: any object; "@clause": a that-clause is required
    cameo: str
    frame: str | None
    target_preps: tuple[str, ...]
    rule: str  # "verbs.tsv:accuse+of -> 112"
    order: int  # position in the lexicon: earlier entries win ties

    marker: str | None = None  # "@clause", "@must", "@action", "@disapproval", ... (verbs.tsv)

    @property
    def specificity(self) -> int:
        return bool(self.particles) + bool(self.preps) + bool(self.objects)

    @property
    def subject_suffers(self) -> bool:
        """ "came under fire from X": the subject is the target, not the doer."""
        return self.target_preps == (SUBJECT_IS_TARGET,)


@dataclass(frozen=True)
class NounEntry:
    lemma: str
    modifiers: frozenset[str]  # words that must modify the noun: "hunger" in "hunger strike"
    cameo: str
    target_preps: tuple[str, ...]
    rule: str
    nominal: bool = False  # read through its verb (nominals.tsv): targets also from its object


@dataclass(frozen=True)
class Instrument:
    lemma: str
    modifiers: frozenset[str]
    cameo: str
    source: str | None  # actor code when the text names no attacker
    rule: str


@dataclass(frozen=True)
class FrameRule:
    frame: str
    roots: frozenset[str]  # code prefixes of the embedded action ("07", "045"); empty: any
    polarity: str  # do, stop or * for any
    cameo: str


@dataclass
class Lexicon:
    verbs: dict[str, list[VerbEntry]] = field(default_factory=dict)  # keyed by lemma and forms
    nouns: dict[str, list[NounEntry]] = field(default_factory=dict)  # most modifiers first
    frames: list[FrameRule] = field(default_factory=list)
    light_verbs: set[str] = field(default_factory=set)
    instruments: dict[str, list[Instrument]] = field(default_factory=dict)
    nominals: dict[str, str] = field(default_factory=dict)  # noun form -> verb lemma
    discard_subjects: set[str] = field(default_factory=set)
    discard_objects: set[str] = field(default_factory=set)
    discard_sentence: set[str] = field(default_factory=set)
    discard_purposes: set[str] = field(default_factory=set)  # "consulted for this article"
    discard_sectors: set[str] = field(default_factory=set)  # upper case sector codes
    # objects that undo one code only ("captured the data" is no arrest): code -> words
    discard_code_objects: dict[str, set[str]] = field(default_factory=dict)
    # subject@CODE: "the plan calls for", "orders requiring the firm to testify"
    discard_code_subjects: dict[str, set[str]] = field(default_factory=dict)
    # modifier@CODE: "a trade war", "a succession fight" (an event noun's modifier)
    discard_code_modifiers: dict[str, set[str]] = field(default_factory=dict)
    patterns: int = 0  # distinct word forms x entries indexed, for the README's count

    def frame_code(self, frame: str, action: str, polarity: str) -> str | None:
        """The code of a frame given the embedded action's code: the first matching rule wins."""
        for rule in self.frames:
            if rule.frame != frame or (rule.roots and not action.startswith(tuple(rule.roots))):
                continue
            if rule.polarity in ("*", polarity):
                return rule.cameo
        return None


# Irregular past forms, also for prefixed verbs: retake -> retook, retaken; withdraw -> withdrew.
IRREGULAR = {
    "take": ("took", "taken"),
    "give": ("gave", "given"),
    "fight": ("fought",),
    "shoot": ("shot",),
    "strike": ("struck", "stricken"),
    "hold": ("held",),
    "meet": ("met",),
    "send": ("sent",),
    "seek": ("sought",),
    "bring": ("brought",),
    "lay": ("laid",),
    "draw": ("drew", "drawn"),
    "forgive": ("forgave", "forgiven"),
    "beat": ("beaten",),
    "blow": ("blew", "blown"),
    "begin": ("began", "begun"),
    "break": ("broke", "broken"),
    "drive": ("drove", "driven"),
    "throw": ("threw", "thrown"),
    "freeze": ("froze", "frozen"),
    "sell": ("sold",),
    "lead": ("led",),
    "speak": ("spoke", "spoken"),
    "swear": ("swore", "sworn"),
    "run": ("ran",),
    "go": ("went", "gone"),
    "come": ("came",),
    "fly": ("flew", "flown"),
    "lend": ("lent",),
    "pay": ("paid",),
    "make": ("made",),
    "keep": ("kept",),
    "leave": ("left",),
    "tell": ("told",),
    "seize": (),
    "slay": ("slew", "slain"),
    "stand": ("stood",),
    "win": ("won",),
    "deal": ("dealt",),
    "bind": ("bound",),
    "hide": ("hid",),
    "say": ("said",),
    "sweep": ("swept",),
    "flee": ("fled",),
    "feed": ("fed",),
}


# Verbs stressed on a last short syllable double its consonant: committed, controlling.
STRESSED_FINAL = ("admit", "commit", "compel", "control", "deter", "equip", "expel", "omit")
STRESSED_FINAL += ("patrol", "permit", "propel", "rebel", "regret", "repel", "submit")


def inflections(lemma: str, noun: bool = False) -> set[str]:
    """Regular English inflections of a base form: attack -> attacks, attacked, attacking."""
    forms = {lemma}
    if not noun:
        for base, past in IRREGULAR.items():
            if lemma.endswith(base):
                forms.update(lemma[: len(lemma) - len(base)] + form for form in past)
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if noun:
        return forms
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.add(lemma[:-1] + "ied")
    else:
        forms.add(stem + "ed")
    forms.add(stem + "ing")
    last = lemma.rsplit("-", 1)[-1]  # "machine-gun" doubles as "gun" does: machine-gunned
    if _doubles_final_consonant(last) or lemma.endswith(STRESSED_FINAL):
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms


def _doubles_final_consonant(word: str) -> bool:
    vowels = "aeiou"
    return (
        len(word) >= 3
        and word[-1] not in vowels + "wxy"
        and word[-2] in vowels
        and word[-3] not in vowels
        and len([c for c in word if c in vowels]) == 1
    )


def _rows(text: str, source: str) -> tuple[list[str], list[list[str]]]:
    rows = [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]
    if not rows:
        raise KnowledgeError(f"{source} has no header line; see the shipped lexicon files.")
    return rows[0], rows[1:]


def shipped_table(name: str, columns: list[str], folder: str = "lexicon") -> list[list[str]]:
    """The rows of data/FOLDER/NAME under its header, which must open with `columns`."""
    text = resources.files("facta").joinpath("data", folder, name).read_text(encoding="utf-8")
    header, rows = _rows(text, name)
    if [cell.strip() for cell in header[: len(columns)]] != columns:
        raise KnowledgeError(f"{name} must start with a '{' '.join(columns)}' header line.")
    return rows


def _words(cell: str) -> list[str]:
    return (
        []
        if cell.strip() in ("", "-")
        else [w.strip().lower() for w in cell.split("|") if w.strip()]
    )


def _check_code(code: str, source: str, line: list[str]) -> str:
    if code not in codebook():
        raise KnowledgeError(f"{source}: '{code}' is not a CAMEO code (line: {' '.join(line)}).")
    return code


def _object_label(objects: list[str]) -> str:
    if not objects:
        return ""
    return f"+[{objects[0]}{'|…' if len(objects) > 1 else ''}]"


def _add_verbs(lexicon: Lexicon, rows: list[list[str]], source: str, user: bool) -> None:
    for row in rows:
        if len(row) < 7:
            raise KnowledgeError(f"{source}: a verb entry needs 8 columns, got: {' '.join(row)}")
        verbs, particle, prep, objects, cameo, frame, targets = (c.strip() for c in row[:7])
        _check_code(cameo, source, row)
        if frame not in ("-", "") and frame not in FRAMES:
            raise KnowledgeError(f"{source}: unknown frame '{frame}'; use one of {FRAMES}.")
        for lemma in _words(verbs):
            label = (
                lemma
                + (f"+{particle}" if particle != "-" else "")
                + (f"+{prep}" if prep != "-" else "")
                + _object_label(_words(objects))
            )
            entry = VerbEntry(
                lemma=lemma,
                particles=frozenset(_words(particle)),
                preps=frozenset(_words(prep)),
                objects=frozenset(_words(objects)),
                cameo=cameo,
                frame=None if frame in ("-", "") else frame,
                target_preps=tuple(_words(targets)),
                rule=f"{source}:{label} -> {cameo}",
                order=lexicon.patterns - (USER_PRIORITY if user else 0),
                marker=next((o for o in _words(objects) if o.startswith("@")), None),
            )
            for form in inflections(lemma):
                lexicon.verbs.setdefault(form, []).append(entry)
                lexicon.patterns += 1


def _add_nouns(lexicon: Lexicon, rows: list[list[str]], source: str, user: bool) -> None:
    for row in rows:
        if len(row) < 3:
            raise KnowledgeError(f"{source}: a noun entry needs 4 columns, got: {' '.join(row)}")
        nouns, cameo, targets = (c.strip() for c in row[:3])
        _check_code(cameo, source, row)
        for phrase in _words(nouns):
            *modifiers, lemma = phrase.split()
            entry = NounEntry(
                lemma,
                frozenset(modifiers),
                cameo,
                tuple(_words(targets)),
                f"{source}:{phrase} -> {cameo}",
            )
            for form in inflections(lemma, noun=True):
                entries = lexicon.nouns.setdefault(form, [])
                entries.insert(0 if user else len(entries), entry)
                entries.sort(key=lambda e: -len(e.modifiers))
                lexicon.patterns += 1


def _add_frames(lexicon: Lexicon, rows: list[list[str]], source: str) -> None:
    for row in rows:
        frame, roots, polarity, cameo = (c.strip() for c in (row + ["", "", ""])[:4])
        _check_code(cameo, source, row)
        chosen = frozenset() if roots == "*" else frozenset(_words(roots))
        lexicon.frames.append(FrameRule(frame, chosen, polarity, cameo))


def _add_instruments(lexicon: Lexicon, rows: list[list[str]], source: str) -> None:
    for row in rows:
        words, cameo, actor = (c.strip() for c in (row + ["", "", ""])[:3])
        _check_code(cameo, source, row)
        for phrase in _words(words):
            *modifiers, lemma = phrase.split()
            entry = Instrument(
                lemma,
                frozenset(modifiers),
                cameo,
                None if actor in ("", "-") else actor,
                f"{source}:{phrase} -> {cameo}",
            )
            for form in inflections(lemma, noun=True):
                entries = lexicon.instruments.setdefault(form, [])
                entries.append(entry)
                entries.sort(key=lambda e: -len(e.modifiers))


def _add_discards(lexicon: Lexicon, rows: list[list[str]], source: str) -> None:
    places = {
        "subject": lexicon.discard_subjects,
        "object": lexicon.discard_objects,
        "sentence": lexicon.discard_sentence,
        "purpose": lexicon.discard_purposes,
    }
    by_code = {
        "object": lexicon.discard_code_objects,
        "subject": lexicon.discard_code_subjects,
        "modifier": lexicon.discard_code_modifiers,
    }
    for row in rows:
        where, _, code = row[0].strip().partition("@")
        if where not in (by_code if code else (*places, "sector")) or len(row) < 2:
            raise KnowledgeError(
                f"{source}: a discard line starts with subject, subject@CODE, object,"
                " object@CODE, modifier@CODE, purpose, sentence or sector."
            )
        if code:
            by_code[where].setdefault(code, set()).update(_words(row[1]))
        elif where == "sector":
            lexicon.discard_sectors.update(w.upper() for w in _words(row[1]))
        else:
            places[where].update(_words(row[1]))


def add_file(lexicon: Lexicon, text: str, source: str, user: bool = False) -> None:
    """Add one lexicon file; its header line says which kind it is."""
    header, rows = _rows(text, source)
    kind = header[0].strip().lower()
    if kind == "verbs":
        _add_verbs(lexicon, rows, source, user)
    elif kind == "nouns":
        _add_nouns(lexicon, rows, source, user)
    elif kind == "frame":
        _add_frames(lexicon, rows, source)
    elif kind == "where":
        _add_discards(lexicon, rows, source)
    elif kind == "instrument":
        _add_instruments(lexicon, rows, source)
    elif kind == "nominal":
        for row in rows:
            if len(row) < 2:
                raise KnowledgeError(f"{source}: a nominal entry needs a noun and a verb.")
            verb = row[1].strip().lower()
            for noun in _words(row[0]):
                lexicon.nominals.update((form, verb) for form in inflections(noun, noun=True))
    elif kind == "light_verb":
        lexicon.light_verbs.update(
            f for row in rows for w in _words(row[0]) for f in inflections(w)
        )
    else:
        raise KnowledgeError(
            f"{source}: unknown lexicon header '{header[0]}'; start with 'verbs', 'nouns', "
            "'frame', 'light_verb', 'instrument', 'nominal' or 'where' as in the shipped files."
        )


def load_lexicon(extra_files: tuple[str, ...] = ()) -> Lexicon:
    """The shipped lexicon plus the user's files (same formats), read once per process."""
    lexicon = Lexicon()
    folder = resources.files("facta").joinpath("data/lexicon")
    for name in SHIPPED:
        add_file(lexicon, folder.joinpath(name).read_text(encoding="utf-8"), name)
    for path in extra_files:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise KnowledgeError(f"Cannot read lexicon file {path}: {error.strerror}.") from None
        add_file(lexicon, text, Path(path).name, user=True)
    return lexicon


@cache
def word_classes() -> dict[str, frozenset[str]]:
    """The closed word lists of the coder's structural rules (data/lexicon/word_classes.tsv)."""
    name = "word_classes.tsv"
    rows = shipped_table(name, ["class"])
    classes: dict[str, frozenset[str]] = {}
    for row in rows:
        if len(row) < 2:
            raise KnowledgeError(f"{name}: a line needs a class and its words: {' '.join(row)}")
        classes[row[0].strip()] = frozenset(_words(row[1]))
    return classes


@lru_cache(maxsize=1)
def implied_agents() -> dict[str, tuple[str, str | None, bool]]:
    """data/lexicon/implied_agents.tsv: verb lemma -> (doer sector, sufferer sector or None,
    whether the doer is coded as the source of violence or coercion) for passives that name no
    agent ("was arrested": the police; "was sentenced": a court, coded)."""
    name = "implied_agents.tsv"
    rows = shipped_table(name, ["verbs", "agent", "patient", "source"])
    table: dict[str, tuple[str, str | None, bool]] = {}
    for row in rows:
        if len(row) < 4 or row[3].strip() not in ("coded", "-"):
            raise KnowledgeError(f"{name}: a line needs verbs, agent, patient and source: {row}")
        patient = row[2].strip()
        for verb in _words(row[0]):
            table[verb] = (
                row[1].strip(),
                None if patient in ("", "-") else patient,
                row[3].strip() == "coded",
            )
    return table


POLARITIES = ("negative", "positive")
REACHES = ("said", "predicate")


@cache
def evaluations() -> dict[tuple[str, str], frozenset[str]]:
    """data/lexicon/evaluations.tsv: (polarity, reach) -> the words that judge with it, e.g.
    ("negative", "said") -> {"sham", "liar", ...}; two-word entries are "modifier noun"."""
    name = "evaluations.tsv"
    rows = shipped_table(name, ["words", "polarity", "reach"])
    table: dict[tuple[str, str], frozenset[str]] = {
        (p, r): frozenset() for p in POLARITIES for r in REACHES
    }
    for row in rows:
        key = (row[1].strip(), row[2].strip()) if len(row) >= 3 else None
        if key not in table:
            raise KnowledgeError(
                f"{name}: a line needs words, a polarity ({' or '.join(POLARITIES)}) and a reach"
                f" ({' or '.join(REACHES)}): {' '.join(row)}"
            )
        table[key] |= frozenset(_words(row[0]))
    return table
