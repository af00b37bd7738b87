"""Attribution of an event: the article itself, a named speaker, or an anonymous source."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from facta.analysis_state import Analysis, Mention
from facta.events.qualify.cues import MAX_HOPS, QUOTES, _cues, _sentence
from facta.models import Actor, Attribution, actor_code


@dataclass(frozen=True)
class _Source:
    head: Token | None  # the noun or name of the source, None for "it is said"
    cue: str
    anonymous: bool
    text: str | None
    clause: Token | None = None  # the clause it reports, when in another sentence


def find_attribution(
    trigger: Token, analysis: Analysis, source: Actor | None = None
) -> Attribution:
    """Who asserts the event: reporting verbs and "according to" above it, outermost first,
    else an account the previous sentence opened and this one carries on.

    `source` is the event's own source actor: a statement by "Germany and Poland" is each
    speaker's own, credited to the one the event is about."""
    sources = _sources_on_path(trigger)
    if not sources and _inside_quote(trigger):
        sources = _quote_sources(trigger)
    if not sources:
        sources = _trailing_report(trigger) or _headline_source(trigger)
    own = _own_statement(trigger) if _is_statement(trigger) else []
    if not sources and own:
        sources = _carried_account(trigger, analysis)
    if own and own[0].head not in {s.head for s in sources}:
        sources = [*sources, *own]  # the statement's own speaker stays innermost in the chain
    if not sources:
        sources = _announced_in(trigger) or _hearsay(trigger)
    if not sources:
        sources = _carried_account(trigger, analysis)
    if not sources:
        return Attribution()
    if source is not None and sources[0].head is not None:
        sources[0] = _conjunct_speaking_as(sources[0], source, analysis)
    outer = sources[0]
    speaker = None
    anonymous = outer.anonymous
    if source is not None and source.country is not None and _is_joint_speaker(outer.head):
        speaker, anonymous = source, False  # "..., the two sides announced": each its own
    elif outer.head is not None:
        speaker = _speaker(outer.head, outer.clause or trigger, analysis)
        if outer.head.pos_ == "PRON":
            earlier = _reporter_before(outer.head) if outer.clause is None else None
            if earlier is not None and earlier.head is not None:
                # "..., the official said. He said...": "he" is the one who just spoke
                speaker = _speaker(earlier.head, earlier.clause or trigger, analysis)
                anonymous = earlier.anonymous
            else:
                anonymous = _antecedent_is_anonymous(outer.head, analysis)
    return Attribution(
        speaker=speaker,
        text=outer.text,
        anonymous=anonymous,
        cue=outer.cue,
        chain=tuple(source.text or source.cue for source in sources),
    )


def _conjunct_speaking_as(outer: _Source, source: Actor, analysis: Analysis) -> _Source:
    """ "Germany and Poland promised tanks": Poland's promise is spoken by Poland."""
    head = outer.head
    if head is None:
        return outer
    for speaker in (head, *head.conjuncts):
        mention = _mention_in(_name_span(speaker), speaker, analysis)
        if mention is None:
            continue
        actor = mention.actor
        same = actor.entity == source.entity if source.entity else actor.code == source.code
        if same and actor.name == source.name:
            if speaker == head:
                return outer
            return replace(outer, head=speaker, text=_name_span(speaker).text)
    return outer


def _antecedent_is_anonymous(pronoun: Token, analysis: Analysis) -> bool:
    """ "A senior army officer spoke to reporters. He said...": "he" is as anonymous as the
    words that first named him, as the actor stage linked them."""
    mention = analysis.mention_at(pronoun.i)
    if mention is None or mention.actor.entity is None:
        return False
    for other in analysis.mentions:
        if other.start >= pronoun.i:
            break
        if other.actor.entity == mention.actor.entity and other.kind != "pronoun":
            head = analysis.doc[other.start : other.end].root
            return _is_anonymous(head, _name_span(head))
    return False


def _speaker(head: Token, trigger: Token, analysis: Analysis) -> Actor | None:
    """The actor the actor stage found in the source's words ("an Amnesty report" -> Amnesty,
    "sources in the Sudanese army" -> the army).

    A source that is a role with no country of its own ("the foreign ministry", "his
    spokesman", "a civil aviation official") speaks for the country the reported clause is
    about, as readers take it: "Pakistan closed its airspace, the ministry said" -> PAKGOV.
    A country guessed from the story's setting yields to the sentence's; a source marked as
    outsider ("a Western diplomat") gets none."""
    span = _name_span(head)
    mention = _mention_in(span, head, analysis)
    if mention is None:
        return None
    if mention.kind == "demonym" and head.pos_ == "PROPN" and head.i >= mention.end:
        between = head.doc[mention.end : head.i]
        if all(token.pos_ == "PROPN" for token in between):
            return None  # "the Syrian Observatory for Human Rights": a body the name does not place
        # "the British maritime agency UKMTO": the demonym places the agency the name is
    actor = mention.actor
    words = {token.lower_ for token in span}
    stationed = head.lemma_.lower() in _cues("attribution.yaml", "outsider_nouns")
    if stationed or words & _cues("attribution.yaml", "outsider_modifiers"):
        rule = actor.rule or ""
        guessed = actor.country is not None and ("context:" in rule or "+in:" in rule)
        return (
            replace(actor, country=None, code=actor_code(None, actor.sectors)) if guessed else actor
        )
    if actor.country is not None and "context:" not in (actor.rule or ""):
        return actor
    if not actor.sectors or actor.group is not None or not _speaks_for_a_country(head, span):
        return actor
    if set(actor.sectors) == {"MED"} and not words & _cues(
        "attribution.yaml", "state_outlet_modifiers"
    ):
        return actor  # "the news agency said": an outlet, not the voice of the country it covers
    country = _sentence_country(trigger, mention, analysis)
    if country is None:
        return actor
    return replace(
        actor,
        country=country,
        code=actor_code(country, actor.sectors),
        rule=f"{actor.rule or ''}+speaker country from sentence".lstrip("+"),
    )


def _speaks_for_a_country(head: Token, span: Span) -> bool:
    """A role given definitely ("the ministry", "his spokesman", "the police chief"), by title
    and name ("Prime Minister Fumio Kishida"), or an official one given indefinitely ("a civil
    aviation official"); not "officials" or "two diplomats", who may come from anywhere."""
    names = "attribution.yaml"
    words = {token.lower_ for token in span}
    if words & _cues(names, "official_authors") or head.pos_ == "PROPN":
        return True
    if words & _cues(names, "state_outlet_modifiers"):
        return True  # "state media", "the state broadcaster": the voice of a state
    if head.lemma_.lower() in _cues(names, "representative_nouns"):
        return True  # "a spokesman for the governor": an official voice
    determiner = next((c.lower_ for c in head.children if c.dep_ in {"det", "predet"}), None)
    possessed = any(child.dep_ == "poss" for child in head.children)
    return possessed or determiner in {"the", "this", "that", "these", "those"}


def _mention_in(span: Span, head: Token, analysis: Analysis) -> Mention | None:
    """The actor named by the source's words, else by the body it belongs to ("sources in the
    army", "a spokesman for the coast guard"). One who speaks for another ("their spokesman",
    "the prosecutor's office", "a spokesman for the governor") speaks as that other."""
    representative = head.lemma_.lower() in _cues("attribution.yaml", "representative_nouns")
    for owner in (c for c in head.children if c.dep_ == "poss" and representative):
        mention = _mention_in(_name_span(owner), owner, analysis)
        if mention is not None:
            return mention
    own = None
    for index in (head.i, *(t.i for t in reversed(span) if t.i != head.i)):
        own = analysis.mention_at(index)
        if own is not None:
            break
    if own is not None and not representative:
        return own
    belonging = _cues("attribution.yaml", "belonging_prepositions")
    for preposition in head.rights:
        if preposition.dep_ != "prep" or preposition.lower_ not in belonging:
            continue
        for body in preposition.children:
            if body.dep_ == "pobj":
                found = _mention_in(_name_span(body), body, analysis)
                if found is not None:
                    return found
    return own


def _hearsay(trigger: Token) -> list[_Source]:
    """ "The militia allegedly tortured detainees": someone unnamed says so."""
    adverbs = _cues("attribution.yaml", "hearsay_adverbs")
    for node in (trigger, *list(trigger.ancestors)[:MAX_HOPS]):
        for child in node.children:
            if child.dep_ == "advmod" and child.lower_ in adverbs:
                return [_Source(None, child.lower_, True, None)]
        if node.dep_ not in {"xcomp", "conj", "aux", "acomp"}:
            break
    return []


def _sentence_country(trigger: Token, speaker: Mention, analysis: Analysis) -> str | None:
    """The country of the reported clause's subject, else of the first actor with a country
    the sentence names (not the speaker's own guessed one)."""
    subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None:
        actor = analysis.mention_at(subject.i)
        if actor is not None and actor is not speaker:
            return actor.actor.country  # "Scholz will visit Beijing, his spokesman said": not CHN
    for token in _sentence(trigger):
        other = analysis.mention_at(token.i)
        if other is None or other is speaker or other.actor.country is None:
            continue
        if "context:" not in (other.actor.rule or ""):
            return other.actor.country
    return None


def _sources_on_path(trigger: Token) -> list[_Source]:
    """Climb from the trigger to the sentence root, collecting reports, outermost first.

    "According to" names the article's own source, so it goes outside any reporting verb
    whatever clause the parser hung it on."""
    speech: list[_Source] = []
    according: list[_Source] = []
    child, node = trigger, trigger
    in_document = False  # "said in a statement that...": the clause is what was said
    for _ in range(2 * MAX_HOPS):
        if node != trigger:
            source = _speech_source(node, child, in_document)
            if source is not None:
                speech.extend([*_quoted_teller(node, child), source])
            in_document = in_document or _is_document_content(node, child)
        for parenthetical in node.children:
            if parenthetical == child or parenthetical.dep_ != "parataxis":
                continue
            if _is_speech_verb(parenthetical):
                inner = [c for c in parenthetical.children if c.dep_ == "xcomp"]
                for verb in (*filter(_is_speech_verb, inner), parenthetical):
                    source = _speech_source(verb, None)
                    if source is not None:
                        speech.append(source)  # innermost first: "is said to have told"
        according.extend(_according_to(node, child))
        if node.head == node or child.dep_ in {"nsubj", "nsubjpass"} and node != trigger:
            break
        child, node = node, node.head
    if not according:
        according = _framing_according(trigger)
    return list(reversed(according)) + list(reversed(speech))


def _quoted_teller(verb: Token, content: Token) -> list[_Source]:
    """'"Iran will stop," the president said Soleimani told him': the president reports what
    Soleimani told him, so Soleimani stays in the chain inside the president."""
    for teller in verb.children:
        if teller == content or teller.dep_ != "ccomp" or not _is_speech_verb(teller):
            continue
        if any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in teller.children):
            continue  # it reports a clause of its own
        source = _speech_source(teller, None)
        if source is not None:
            return [source]
    return []


def _own_statement(verb: Token) -> list[_Source]:
    """A statement event with no outer source is asserted by its own speaker: "a senior
    official warned" is an anonymous warning."""
    subject = _subject(verb)
    if subject is None or any(child.dep_ == "auxpass" for child in verb.children):
        return []
    return [_describe(subject, verb.text.lower(), verb)]


def _is_statement(token: Token) -> bool:
    """A verb whose event is itself a statement: saying, accusing, promising, threatening."""
    names = "attribution.yaml"
    lemma = token.lemma_.lower()
    if any(child.dep_ == "prt" for child in token.children):
        return False  # "called off the offensive" is no statement
    if lemma in _cues(names, "record_verbs"):
        return False
    return token.pos_ == "VERB" and (
        lemma in _cues(names, "speech_verbs")
        or lemma in _cues(names, "accusation_verbs")
        or lemma in _cues(names, "statement_verbs")
    )


def _trailing_report(trigger: Token) -> list[_Source]:
    """ ", a senior official who spoke on condition of anonymity said." or ", said a lawyer who
    represents them." closing the sentence reports all before it, however the parser hung it
    (on the last place name, or as a verb conjoined with the trigger)."""
    sentence = _sentence(trigger)
    doc = sentence.doc
    verbs = [t for t in doc[trigger.i + 1 : sentence.end] if t.pos_ in {"VERB", "AUX"}]
    verb = next((t for t in verbs if _is_speech_verb(t) and not _inside_quote(t)), None)
    if verb is None:
        return []
    comma = next((t for t in reversed(doc[trigger.i + 1 : verb.i]) if t.text == ","), None)
    if comma is None or doc[comma.i + 1].dep_ == "cc":
        return []  # ", and the US said nothing": a clause of its own
    if any(
        c.dep_ == "neg" or c.dep_ in {"ccomp", "xcomp"} and trigger not in c.subtree
        for c in verb.children
    ):
        return []  # it reports something else, or denies saying
    subject = next(
        (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > comma.i), None
    )
    if subject is None:
        heads = [
            t
            for t in doc[comma.i + 1 : verb.i]
            if t.pos_ in {"NOUN", "PROPN"}
            and (t.dep_ not in {"compound", "pobj", "poss"} or t.head == verb)
        ]  # a name hung on the verb as a compound is its subject: ", the BBC understands."
        subject = heads[0] if heads and heads[0].i <= comma.i + 6 else None
    if subject is None:
        return []
    later = [t for t in verbs if t.i > verb.i and t not in subject.subtree]
    if later:
        return []  # the sentence goes on past the report
    return [_describe(subject, verb.text.lower(), verb)]


def _headline_source(trigger: Token) -> list[_Source]:
    """ "Iran seizes oil tanker in Gulf of Oman – state media": a headline's closing words
    after a dash name its source when they are a short noun phrase headed by a source noun."""
    names = "attribution.yaml"
    sentence = _sentence(trigger)
    doc = sentence.doc
    dash = next(
        (
            t
            for t in reversed(doc[trigger.i + 1 : sentence.end])
            if t.text in _cues(names, "headline_dashes")
            and t.whitespace_
            and doc[t.i - 1].whitespace_  # not the hyphen of "air-defence"
        ),
        None,
    )
    if dash is None:
        return []
    words = [t for t in doc[dash.i + 1 : sentence.end] if not (t.is_punct or t.is_space)]
    if not words or len(words) > 5 or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return []
    head = next((t for t in reversed(words) if t.pos_ in {"NOUN", "PROPN"}), None)
    if head is None:
        return []
    sources = (
        _cues(names, "anonymous_source_nouns")
        | _cues(names, "institution_nouns")
        | _cues(names, "document_nouns")
    )
    words_of_head = {head.lemma_.lower(), head.lower_}  # "media" is lemmatised "medium"
    if not words_of_head & sources and head.ent_type_ not in {"ORG", "PERSON"}:
        return []
    source = _describe(head, dash.text)
    return [replace(source, text=doc[dash.i + 1 : words[-1].i + 1].text)]


def _is_joint_speaker(head: Token | None) -> bool:
    """ "the two sides", "both countries": a plural that takes up a compound subject."""
    if head is None or head.lemma_.lower() not in _cues("attribution.yaml", "joint_speaker_nouns"):
        return False
    return head.tag_ == "NNS" and any(
        child.dep_ == "nummod" or child.lower_ == "both" for child in head.children
    )


def _announced_in(trigger: Token) -> list[_Source]:
    """ "In a statement, the ministry summoned the ambassador": the subject announced it."""
    subject = _subject(trigger)
    if subject is None:
        return []
    for preposition in trigger.children:
        if preposition.dep_ != "prep" or preposition.lower_ != "in":
            continue
        medium = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if medium is not None and medium.lemma_.lower() in _cues(
            "attribution.yaml", "announcement_nouns"
        ):
            return [_describe(subject, f"in a {medium.lower_}", trigger)]
    return []


def _is_speech_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in _cues(
        "attribution.yaml", "speech_verbs"
    )


def _is_document_content(noun: Token, clause: Token) -> bool:
    names = "attribution.yaml"
    documents = _cues(names, "document_nouns") | _cues(names, "announcement_nouns")
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in documents
        and clause.dep_ in {"acl", "ccomp"}
        and any(mark.dep_ == "mark" and mark.lower_ == "that" for mark in clause.children)
    )


def _speech_source(verb: Token, child: Token | None, in_document: bool = False) -> _Source | None:
    """A reporting or accusing verb, when the path reaches it through what it reports."""
    names = "attribution.yaml"
    lemma = verb.lemma_.lower()
    relation = child.dep_ if child is not None else "ccomp"
    if lemma in _cues(names, "speech_verbs") and verb.pos_ in {"VERB", "AUX"}:
        reporting = relation in {"ccomp", "parataxis", "xcomp", "dobj", "oprd"} or (
            relation == "prep" and in_document
        )
    elif lemma in _cues(names, "accusation_verbs"):
        reporting = (
            relation == "prep"
            and child is not None
            and (child.lower_ in _cues(names, "accusation_prepositions"))
        )
    else:
        return None
    if not reporting or any(grand.dep_ == "neg" for grand in verb.children):
        return None  # "he did not mention that...": nobody asserts the content
    if child is not None and any(
        mark.dep_ == "mark" and mark.lower_ not in {"that", "whether", "if"}
        for mark in child.children
    ):
        return None  # "as Bergner provided...": a time clause the parser took for speech
    cue = verb.text.lower()
    if any(grand.dep_ == "auxpass" for grand in verb.children):
        agent = _agent(verb)
        if agent is None:
            auxiliary = next(grand for grand in verb.children if grand.dep_ == "auxpass")
            return _Source(None, f"{auxiliary.lower_} {cue}", True, None)
        return _describe(agent, cue, verb)
    subject = _subject(verb)
    if subject is None:
        return None
    if subject.tag_ in {"WP", "WDT"}:
        clause = next((t for t in verb.ancestors if t.dep_ == "relcl"), verb)
        subject = clause.head if clause.dep_ == "relcl" else subject
    return _describe(subject, cue, verb)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or its controller's for "is said to have told", "agreed to say", or
    the first verb's for a conjoined one ("declared an emergency and vowed to crush...")."""
    candidates = [verb]
    while candidates[-1].dep_ in {"xcomp", "conj", "pcomp"} and len(candidates) < MAX_HOPS:
        step = candidates[-1].head
        if candidates[-1].dep_ == "pcomp":  # "was quoted as saying": the one quoted
            step = step.head
        candidates.append(step)
    for candidate in candidates:
        subjects = [
            child
            for child in candidate.children
            if child.dep_ == "nsubj" or child.dep_ == "nsubjpass" and candidate != verb
        ]
        if subjects:
            # "M23 fighters, the army said, had shelled...": the report's own subject is the
            # one nearest before it, not the reported clause's subject the parser hung there too
            before = [child for child in subjects if child.i < candidate.i]
            return before[-1] if before else subjects[0]
    return None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
    return None


def _according_to(node: Token, came_from: Token) -> list[_Source]:
    children = [c for c in node.children if c != came_from and c.lower_ == "according"]
    return [source for source in map(_according_source, children) if source is not None]


def _framing_according(trigger: Token) -> list[_Source]:
    """ "According to X, ..." opening the sentence or ", according to X." closing it frames the
    whole sentence, wherever the parser attached it."""
    sentence = _sentence(trigger)
    for token in sentence:
        if token.lower_ != "according" or _inside_quote(token):
            continue
        rest = sentence.doc[token.right_edge.i + 1 : sentence.end]
        first = token.i == sentence.start
        before = [t.text for t in sentence.doc[max(sentence.start, token.i - 2) : token.i]]
        after_comma = before[-1:] == [","] or before[-2:] in ([",", '"'], [",", "”"])
        last = after_comma and all(t.is_punct or t.is_space for t in rest)
        if first or last:
            source = _according_source(token)
            return [source] if source is not None else []
    return []


def _according_source(according: Token) -> _Source | None:
    """The source an "according to" names; a document "given by" someone names that someone."""
    to = next((child for child in according.children if child.lower_ == "to"), None)
    target = next((child for child in to.children if child.dep_ == "pobj"), None) if to else None
    if target is None:
        return None
    if target.lemma_.lower() in _cues("attribution.yaml", "document_nouns"):
        # "an account given by a US official", "a US official's account of the meeting"
        agents = [t for t in target.subtree if t.dep_ == "pobj" and t.head.dep_ == "agent"]
        owners = [c for c in target.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}]
        target = (agents or owners or [target])[0]
    return _describe(target, "according to")


def _describe(head: Token, cue: str, verb: Token | None = None) -> _Source:
    """Name the source in a few words and decide whether it is anonymous."""
    named = next(
        (child for child in head.children if child.dep_ == "appos" and child.pos_ == "PROPN"), None
    )
    if named is not None and head.pos_ != "PROPN":
        head = named
    span = _name_span(head)
    around = list(head.subtree)
    if verb is not None:  # "told reporters on condition of anonymity"
        around += [t for c in verb.children if c.dep_ == "prep" for t in c.subtree]
    markers = _cues("attribution.yaml", "anonymity_markers")
    anonymous = any(token.lower_ in markers for token in around) or _is_anonymous(head, span)
    return _Source(head, cue, anonymous, span.text)


def _is_anonymous(head: Token, span: Span) -> bool:
    """Unnamed and indefinite ("a US official", "two diplomats", "Libyan officials"), or an
    always-anonymous role ("the official", "sources"); names and institutions are not."""
    names = "attribution.yaml"
    if head.pos_ != "NOUN" or any(child.dep_ == "poss" for child in head.children):
        return False
    lemma = head.lemma_.lower()
    if lemma in _cues(names, "anonymous_source_nouns"):
        return True  # "Pentagon officials", "a UN diplomat": the body is named, the person not
    determiner = next((c.lower_ for c in head.children if c.dep_ in {"det", "predet"}), None)
    counted = any(child.dep_ == "nummod" for child in head.children)
    indefinite = (
        determiner in _cues(names, "indefinite_determiners")
        or counted
        or (determiner is None and head.tag_ == "NNS")
    )
    if lemma in _cues(names, "unnamed_person_nouns") and indefinite:
        return True  # "United Nations experts": the body is named, the people not
    if any(t.pos_ == "PROPN" and t.ent_type_ not in {"GPE", "NORP", "LOC"} for t in span):
        return False  # "a UN panel", "an Amnesty report"
    if {t.lower_ for t in span} & _cues(names, "state_outlet_modifiers"):
        return False  # "state media", "state-run television": one known outlet
    if lemma in _cues(names, "document_nouns"):
        # "a statement from the presidency", "the report" (one known): not anonymous
        authored = {t.lower_ for t in head.subtree} & _cues(names, "official_authors")
        determiner = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
        bare_plural = determiner is None and head.tag_ == "NNS"
        indefinite = determiner in _cues(names, "indefinite_determiners") or bare_plural
        return not authored and indefinite
    return indefinite


def _name_span(head: Token) -> Span:
    """The head noun with its determiners, modifiers and compound names, without clauses."""
    keep = {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet", "case"}
    start = head.i
    for child in head.lefts:
        if child.dep_ in keep:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in {"compound", "flat"} and child.i == end:
            end = child.i + 1
        elif child.dep_ == "prep" and child.i == end and head.pos_ == "PROPN":
            # "the Syrian Observatory for Human Rights": a name goes on through its words
            name = list(child.subtree)[1:]
            if name and all(t.pos_ == "PROPN" or t.is_stop and not t.is_punct for t in name):
                end = child.right_edge.i + 1
    return head.doc[start:end]


def _inside_quote(token: Token) -> bool:
    """An odd number of quotation marks between the paragraph start and the token."""
    return _quote_parity(token.doc)[token.i]


def _quote_parity(doc: Doc) -> list[bool]:
    """Per token: whether an odd number of quotation marks stand between the start of its
    paragraph and it. Counted once per document (linear, not once per event)."""
    cached = doc.user_data.get("facta_quote_parity")
    if cached is not None and len(cached) == len(doc):
        return cached
    parity, marks = [], 0
    for token in doc:
        parity.append(marks % 2 == 1)
        marks += sum(token.text.count(mark) for mark in QUOTES)
        if "\n" in token.text_with_ws:
            marks = 0  # a line break ends the paragraph
    doc.user_data["facta_quote_parity"] = parity
    return parity


def _same_paragraph(first: Token, second: Token) -> bool:
    low, high = sorted((first.i, second.i))
    return not any("\n" in token.text_with_ws for token in first.doc[low:high])


def _quote_sources(trigger: Token) -> list[_Source]:
    """A quotation's speaker: a reporting verb outside the quotes in this sentence or a
    neighbouring sentence of the same paragraph ('"...," says X. "More quote."')."""
    own = _sentence(trigger)
    for sentence in (own, *_neighbours(own)):
        for token in sorted(sentence, key=lambda t: abs(t.i - trigger.i)):
            if not _is_speech_verb(token) or _inside_quote(token):
                continue
            if not _same_paragraph(token, trigger):
                continue
            source = _speech_source(token, None)
            if source is not None:
                return [source]
    return []


def _neighbours(sentence: Span) -> list[Span]:
    doc = sentence.doc
    found = []
    if sentence.start > 0:
        found.append(_sentence(doc[sentence.start - 1]))
    if sentence.end < len(doc):
        found.append(_sentence(doc[sentence.end]))
    return found


# --- accounts carried across sentences ----------------------------------------------------


def _carried_account(trigger: Token, analysis: Analysis | None, depth: int = 0) -> list[_Source]:
    """A sentence with no source of its own that goes on in the reported register ("Tehran
    would release them.", "Soldiers had also killed...", "The troops then arrested...") carries
    on the account that covered the previous sentence's main clause, in the same paragraph.

    "would" is the register of reported speech whoever the subject; the weaker marks (past
    perfect, "also", "then") count only when the subject brings no actor the previous sentence
    did not name, so "Egypt also closed its airspace" stays the article's own narration."""
    register = _reported_register(trigger)
    sentence = _sentence(trigger)
    if register is None or sentence.start == 0 or _inside_quote(trigger):
        return []
    previous = _sentence(sentence.doc[sentence.start - 1])
    if not _same_paragraph(previous.root, trigger):
        return []
    if register != "would" and (analysis is None or _brings_new_actor(trigger, previous, analysis)):
        return []
    return _account_of(previous, analysis, depth)


def _account_of(sentence: Span, analysis: Analysis | None, depth: int = 0) -> list[_Source]:
    """The report covering a sentence's main clause: "X happened, the official said", "The
    official said X happened", "According to the official, X happened" (or carried on itself)."""
    found = _reports_in(sentence)
    if found:  # the one who gives the account, not those it quotes
        return found[:1]
    if depth < 2:
        return _carried_account(sentence.root, analysis, depth + 1)
    return []


def _reports_in(sentence: Span) -> list[_Source]:
    """The reports, outermost first, covering a sentence's main clause."""
    root = sentence.root
    clauses = [root]
    if _is_speech_verb(root):
        clauses = [c for c in root.children if c.dep_ in {"ccomp", "parataxis"}]
    for clause in clauses:
        found = _sources_on_path(clause) or _trailing_report(clause)
        if found:
            return [replace(found[0], clause=found[0].clause or clause), *found[1:]]
    return []


def continues_a_report(trigger: Token) -> bool:
    """Whether the trigger's sentence carries on the previous sentence's report with "would"
    ("..., US officials said. Tehran would release them"): future in the past, not a guess.
    A report of what would happen on a condition ("if the strikes stopped") keeps it a guess."""
    account = _carried_account(trigger, None)
    if not account or _sources_on_path(trigger):
        return False
    clause = account[0].clause
    return clause is None or not any(
        t.dep_ == "mark" and t.lower_ in {"if", "unless"} for t in _sentence(clause)
    )


def _reporter_before(pronoun: Token) -> _Source | None:
    """The named reporter of the previous sentence's account that a reporting pronoun here
    refers back to: "he" for a person, "it" for an institution, "they" for either plural."""
    sentence = _sentence(pronoun)
    if sentence.start == 0:
        return None
    previous = _sentence(sentence.doc[sentence.start - 1])
    if not _same_paragraph(previous.root, pronoun):
        return None
    account = _reports_in(previous)
    if len(account) != 1 or account[0].head is None or account[0].head.pos_ == "PRON":
        return None  # nobody, or a nest of speakers "he" could be any of
    return account[0] if _refers_to(pronoun, account[0].head) else None


def _refers_to(pronoun: Token, head: Token) -> bool:
    plural = head.tag_ in {"NNS", "NNPS"}
    institution = head.ent_type_ in {"ORG", "GPE", "NORP"} or head.lemma_.lower() in _cues(
        "attribution.yaml", "institution_nouns"
    )
    word = pronoun.lower_
    if word in {"he", "she"}:
        return not plural and not institution
    if word == "it":
        return not plural and institution
    return word == "they" and plural


def _reported_register(trigger: Token) -> str | None:
    """ "would" (future in the past), else "carried" for a past perfect or a continuing adverb
    ("also", "then") on the event's clause or the clauses above it; None for plain narration."""
    found = None
    for node in (trigger, *trigger.ancestors):
        auxiliaries = [c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}]
        if "would" in auxiliaries:
            return "would"
        adverbs = {c.lower_ for c in node.children if c.dep_ == "advmod"}
        perfect = "had" in auxiliaries and node.tag_ == "VBN"
        if perfect or adverbs & _cues("attribution.yaml", "continuation_adverbs"):
            found = "carried"
    return found


def _brings_new_actor(trigger: Token, previous: Span, analysis: Analysis) -> bool:
    """Whether the event's subject names an actor the previous sentence did not."""
    subject = next(
        (
            child
            for node in (trigger, *trigger.ancestors)
            for child in node.children
            if child.dep_ in {"nsubj", "nsubjpass"}
        ),
        None,
    )
    if subject is None or subject.pos_ == "PRON":
        return False
    mention = next(
        (found for t in _name_span(subject) if (found := analysis.mention_at(t.i)) is not None),
        None,
    )
    if mention is None:
        return False  # "Snipers", "the strikes": no actor at all
    actor = mention.actor
    for other in analysis.mentions:
        if not previous.start <= other.start < previous.end:
            continue
        if actor.entity is not None and other.actor.entity == actor.entity:
            return False
        if other.actor.code == actor.code:
            return False
        if actor.country is not None and other.actor.country == actor.country:
            return False  # "Iran ... Tehran would"
        if actor.country is None and set(actor.sectors) & set(other.actor.sectors):
            return False  # "Myanmar troops ... Soldiers had also": the same kind of actor
    return True
