"""Where the parse shows that an event is reported: reporting verbs above it, "according
to", quotations and their speakers, a closing ", the official said", a headline's "– state
media", a statement's own speaker, "in a statement", "allegedly"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from facta.events.qualify.cues import MAX_HOPS, QUOTES, _cues, _sentence
from facta.events.qualify.source_phrase import ReportSource, describe_source
from facta.token_view import Tokens


def sources_on_path(trigger: Token) -> list[ReportSource]:
    """Climb from the trigger to the sentence root, collecting reports, outermost first.

    "According to" names the article's own source, so it goes outside any reporting verb
    whatever clause the parser hung it on."""
    speech: list[ReportSource] = []
    according: list[ReportSource] = []
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
            if is_speech_verb(parenthetical):
                inner = [c for c in parenthetical.children if c.dep_ == "xcomp"]
                for verb in (*filter(is_speech_verb, inner), parenthetical):
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


def _quoted_teller(verb: Token, content: Token) -> list[ReportSource]:
    """'"Iran will stop," the president said Soleimani told him': the president reports what
    Soleimani told him, so Soleimani stays in the chain inside the president."""
    for teller in verb.children:
        if teller == content or teller.dep_ != "ccomp" or not is_speech_verb(teller):
            continue
        if any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in teller.children):
            continue  # it reports a clause of its own
        source = _speech_source(teller, None)
        if source is not None:
            return [source]
    return []


def own_statement(verb: Token) -> list[ReportSource]:
    """A statement event with no outer source is asserted by its own speaker: "a senior
    official warned" is an anonymous warning."""
    subject = _subject(verb)
    if subject is None or any(child.dep_ == "auxpass" for child in verb.children):
        return []
    return [describe_source(subject, verb.text.lower(), verb)]


def is_statement(token: Token) -> bool:
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


def trailing_report(trigger: Token) -> list[ReportSource]:
    """ ", a senior official who spoke on condition of anonymity said." or ", said a lawyer who
    represents them." closing the sentence reports all before it, however the parser hung it
    (on the last place name, or as a verb conjoined with the trigger)."""
    sentence = _sentence(trigger)
    doc = sentence.doc
    verbs = [t for t in doc[trigger.i + 1 : sentence.end] if t.pos_ in {"VERB", "AUX"}]
    verb = next((t for t in verbs if is_speech_verb(t) and not inside_quote(t)), None)
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
    return [describe_source(subject, verb.text.lower(), verb)]


def headline_source(trigger: Token) -> list[ReportSource]:
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
    source = describe_source(head, dash.text)
    return [replace(source, text=doc[dash.i + 1 : words[-1].i + 1].text)]


def announced_in(trigger: Token) -> list[ReportSource]:
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
            return [describe_source(subject, f"in a {medium.lower_}", trigger)]
    return []


def hearsay(trigger: Token) -> list[ReportSource]:
    """ "The militia allegedly tortured detainees": someone unnamed says so."""
    adverbs = _cues("attribution.yaml", "hearsay_adverbs")
    for node in (trigger, *list(trigger.ancestors)[:MAX_HOPS]):
        for child in node.children:
            if child.dep_ == "advmod" and child.lower_ in adverbs:
                return [ReportSource(None, child.lower_, True, None)]
        if node.dep_ not in {"xcomp", "conj", "aux", "acomp"}:
            break
    return []


def is_speech_verb(token: Token) -> bool:
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


def _speech_source(
    verb: Token, child: Token | None, in_document: bool = False
) -> ReportSource | None:
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
            return ReportSource(None, f"{auxiliary.lower_} {cue}", True, None)
        return describe_source(agent, cue, verb)
    subject = _subject(verb)
    if subject is None:
        return None
    if subject.tag_ in {"WP", "WDT"}:
        clause = next((t for t in verb.ancestors if t.dep_ == "relcl"), verb)
        subject = clause.head if clause.dep_ == "relcl" else subject
    return describe_source(subject, cue, verb)


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


def _according_to(node: Token, came_from: Token) -> list[ReportSource]:
    children = [c for c in node.children if c != came_from and c.lower_ == "according"]
    return [source for source in map(_according_source, children) if source is not None]


def _framing_according(trigger: Token) -> list[ReportSource]:
    """ "According to X, ..." opening the sentence or ", according to X." closing it frames the
    whole sentence, wherever the parser attached it."""
    sentence = _sentence(trigger)
    for token in sentence:
        if token.lower_ != "according" or inside_quote(token):
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


def _according_source(according: Token) -> ReportSource | None:
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
    return describe_source(target, "according to")


def inside_quote(token: Token) -> bool:
    """An odd number of quotation marks between the paragraph start and the token."""
    return _quote_parity(token.doc)[token.i]


def _quote_parity(doc: Doc) -> list[bool]:
    """Per token: whether an odd number of quotation marks stand between the start of its
    paragraph and it. Counted once per document (linear, not once per event)."""
    cached = doc.user_data.get("facta_quote_parity")
    if cached is not None and len(cached) == len(doc):
        return cached
    parity, marks = [], 0
    for text in Tokens.of(doc).text:
        parity.append(marks % 2 == 1)
        if not QUOTES.isdisjoint(text):
            marks += sum(text.count(mark) for mark in QUOTES)
        if "\n" in text:  # trailing whitespace is a space or nothing, never a line break
            marks = 0  # a line break ends the paragraph
    doc.user_data["facta_quote_parity"] = parity
    return parity


def same_paragraph(first: Token, second: Token) -> bool:
    low, high = sorted((first.i, second.i))
    return not any("\n" in token.text_with_ws for token in first.doc[low:high])


def quote_sources(trigger: Token) -> list[ReportSource]:
    """A quotation's speaker: a reporting verb outside the quotes in this sentence or a
    neighbouring sentence of the same paragraph ('"...," says X. "More quote."')."""
    own = _sentence(trigger)
    for sentence in (own, *_neighbours(own)):
        for token in sorted(sentence, key=lambda t: abs(t.i - trigger.i)):
            if not is_speech_verb(token) or inside_quote(token):
                continue
            if not same_paragraph(token, trigger):
                continue
            source = _speech_source(token, None)
            if source is not None:
                return [source]
    return _teller_of_paragraph_before(own)


def _teller_of_paragraph_before(sentence: Span) -> list[ReportSource]:
    """'..., the ministry said on its website.' then a paragraph wholly in quotation marks
    with no teller of its own: the quotation goes on in the voice of the paragraph before."""
    doc = sentence.doc
    start = sentence.start
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    end = sentence.end
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    if start == 0 or not any(mark in doc[start].text for mark in QUOTES):
        return []
    if any(is_speech_verb(t) and not inside_quote(t) for t in doc[start:end]):
        return []
    before = _sentence(doc[start - 1])
    for token in reversed(before):
        if is_speech_verb(token) and not inside_quote(token):
            source = _speech_source(token, None)
            return [source] if source is not None else []
    return []


def _neighbours(sentence: Span) -> list[Span]:
    doc = sentence.doc
    found = []
    if sentence.start > 0:
        found.append(_sentence(doc[sentence.start - 1]))
    if sentence.end < len(doc):
        found.append(_sentence(doc[sentence.end]))
    return found
