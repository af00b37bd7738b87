"""A denial told in a relative clause on what it denies: "accused the mayor of bribery, which
he denies", "faces charges of fraud that she denies". The clause is the reporter's aside, not
part of the act it hangs on: the denial is made now by its own subject (016)."""

from __future__ import annotations

from facta.events.vocabulary import Trigger

DENIAL = "016"


def relative_denials(triggers: list[Trigger]) -> set[int]:
    """Token indices of denial triggers that head a relative clause."""
    return {
        t.token.i
        for t in triggers
        if t.cameo == DENIAL and t.verb is not None and t.token.dep_ == "relcl"
    }
