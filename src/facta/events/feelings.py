"""Who feels and about what: the arguments of an emotion participle (emotion_participle of
word_classes.tsv), "Beijing was angered by the remarks" (110, Beijing about the remarks)."""

from __future__ import annotations

from spacy.tokens import Token

from facta.analysis_state import Analysis
from facta.events import clauses

# What a feeling is about: "was dismayed at the verdict", "was angry with the court".
FEELING_PREPOSITIONS = ("by", "at", "with", "over", "about")


def feeling_arguments(participle: Token, analysis: Analysis) -> tuple[list, list]:
    """The one who feels, and target candidates: what the feeling is about. "Beijing was
    angered by the remarks", "was dismayed at the verdict", "was shocked that the ultimatum came
    from X" (the clause's source, then its subject); "the remarks angered Beijing"."""
    felt = participle.dep_ == "acomp" and participle.tag_ != "VBG"  # not "were shocking"
    if not (clauses.is_passive(participle) or felt):
        feeling = clauses.arguments(clauses.child(participle, "dobj"), analysis)
        return feeling, [clauses.subject(participle)]
    causes = [o for a in participle.children if a.dep_ == "agent" for o in a.children]
    causes += clauses.prep_objects(participle, FEELING_PREPOSITIONS)
    told = [c for c in participle.children if c.dep_ == "ccomp"]
    causes += [t for c in told for t in clauses.prep_objects(c, ("from", "by"))]
    causes += [clauses.child(c, "nsubj", "nsubjpass") for c in told]
    return clauses.arguments(_feeler(participle), analysis), causes


def _feeler(participle: Token) -> Token | None:
    """Who feels what an emotion participle names: the passive's subject ("Beijing was
    angered"), the copula's ("was shocked that"), or the one the parser hangs on the auxiliary
    of a participle it reads as an adjective ("was stunned that ...")."""
    if not clauses.is_passive(participle):
        return clauses.subject(participle)
    auxiliary = clauses.child(participle, "auxpass")
    hung = clauses.child(auxiliary, "nsubj") if auxiliary is not None else None
    return clauses.passive_subject(participle) or hung
