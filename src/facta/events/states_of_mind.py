"""A hope, fear or doubt is a comment (012, 013) only when its holder voices it: "said he was
hopeful", "they say they fear", "the premier hoped the talks would succeed". A mood another
speaker reports of someone ("a spokesman said the herders feared floods"), one with no holder
("marched, hoping for a ruling") or one of an unnamed many ("many voters doubt it")
is no statement (word_classes.tsv: state_of_mind, generic_quantifier)."""

from __future__ import annotations

from facta.events.clauses import child
from facta.events.lexicon import inflections
from facta.events.qualify.reports import inside_quote, is_speech_verb
from facta.events.vocabulary import WORDS, Trigger

# every form, since the tagger's lemma can miss ("hoping" read as a form of "hop")
STATES_OF_MIND = frozenset(form for word in WORDS["state_of_mind"] for form in inflections(word))
FIRST_PERSON = frozenset({"i", "we"})
PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they"})
GENERIC_QUANTIFIERS = WORDS["generic_quantifier"]


def unvoiced_state(trigger: Trigger) -> bool:
    """The trigger names a state of mind that its holder does not voice."""
    token = trigger.token
    if token.lower_ not in STATES_OF_MIND:
        return False
    clause = token if token.pos_ in {"VERB", "AUX"} else token.head  # "was hopeful"
    holder = child(clause, "nsubj", "nsubjpass")
    if holder is None and clause.dep_ == "conj":  # "said it would accept but feared ..."
        holder = child(clause.head, "nsubj", "nsubjpass")
    if holder is None:
        return True  # "marched, hoping for a ruling": nobody speaks
    if inside_quote(token) and holder.lower_ in FIRST_PERSON:
        return False  # "'We fear the worst,' she said"
    teller = clause.head
    if clause.dep_ != "ccomp" or not is_speech_verb(teller):
        # "the premier hoped the talks would bear fruit" is told as the premier's; "many
        # voters doubt it" is a mood of an unnamed many
        return any(
            word.lemma_.lower() in GENERIC_QUANTIFIERS
            for word in (holder, *(c for c in holder.children if c.dep_ in {"det", "amod"}))
        )
    speaker = child(teller, "nsubj")
    return speaker is None or not (
        holder.lower_ in PRONOUNS or holder.lemma_.lower() == speaker.lemma_.lower()
    )
