"""The Events stage: turns clauses with actor mentions into coded CAMEO/PLOVER Event records.

`EventCoder(extra_files).code(analysis)` sets `analysis.events`; the lexicon lives in data/lexicon.
"""

from __future__ import annotations

from facta.analysis_state import Analysis
from facta.events.coder import Coder
from facta.events.lexicon import Lexicon


class EventCoder:
    """The stage object the pipeline holds: the lexicon is loaded once, then `code` per article."""

    def __init__(self, extra_files: tuple[str, ...] = ()) -> None:
        self.coder = Coder(extra_files=tuple(extra_files))

    @property
    def lexicon(self) -> Lexicon:
        return self.coder.lexicon

    def code(self, analysis: Analysis) -> Analysis:
        return self.coder.code(analysis)


__all__ = ["EventCoder"]
