"""The pledge ledger: promises and threats found among coded events, checked against what the
pledgers (and those tied to them) did afterwards.
"""

from facta.pledges.ledger import STATUSES, between, ledger

__all__ = ["STATUSES", "between", "ledger"]
