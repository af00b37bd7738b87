"""The enemy of an armed operation that names none: "the army shelled the town", "troops
advanced into the city" are fought against the armed group the story names there.

A coder reading the whole story takes the target of a fight from it when the sentence names
only the ground fought on. Only armed forces fighting (root 19, not a blockade or a truce
broken) reach for it, and only for an armed group of the kind such a force fights: militants
for an army, suspects or militants for the police.
"""

from __future__ import annotations

from facta.analysis_state import Analysis, Mention
from facta.events import clauses
from facta.events.vocabulary import Trigger

FIGHTING_CODES = ("190", "192", "193", "194", "195")
ASSAULT_ROOT = "18"
# the force's sector -> the sectors of the ones it fights
FOUGHT_SECTORS = {"MIL": frozenset({"REB"}), "COP": frozenset({"REB", "CRM"})}


def story_enemy(
    trigger: Trigger, sources: list[clauses.Argument], analysis: Analysis
) -> list[clauses.Argument]:
    """The armed group an armed force's fight is against, when the parse names no one: the
    nearest such group in the sentence, else the last one the story named before it."""
    armed = any("MIL" in a.mention.actor.sectors for a in sources)
    if not sources or not (
        trigger.cameo.startswith(FIGHTING_CODES) or (armed and trigger.cameo[:2] == ASSAULT_ROOT)
    ):
        return []  # an army's bombing or assault is a military one (coder.regular_force)
    fought = frozenset().union(
        *(FOUGHT_SECTORS.get(s, frozenset()) for a in sources for s in a.mention.actor.sectors)
    )
    if not fought:
        return []
    own = {a.mention for a in sources}
    sentence = trigger.token.sent
    enemies = [
        m
        for m in analysis.mentions
        if m.start < sentence.end
        and m not in own
        and fought & set(m.actor.sectors)
        and not any(set(m.actor.sectors) & set(a.mention.actor.sectors) for a in sources)
    ]
    here = [m for m in enemies if m.start >= sentence.start]
    before = [m for m in enemies if m.start < sentence.start]
    if here:
        return [_argument(min(here, key=lambda m: abs(m.start - trigger.token.i)), analysis)]
    return [_argument(before[-1], analysis)] if before else []


def _argument(mention: Mention, analysis: Analysis) -> clauses.Argument:
    return clauses.Argument(analysis.doc[mention.start : mention.end].root, mention)
