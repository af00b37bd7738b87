"""The analyst's workbench behind `facta serve`: browse, chart, map and correct coded events.

`create_app(db, allow_edits=False, token=None)` returns the Starlette app; everything is offline.
"""

from facta.web.app import create_app

__all__ = ["create_app"]
