"""Commands that read a store or refuse their arguments start without the spaCy model's
libraries: the parser of every command is built, and spaCy is left unimported."""

from __future__ import annotations

import subprocess
import sys

LIBRARIES = ("spacy", "thinc")


def test_building_every_command_imports_no_language_library():
    probe = (
        "import sys; from facta.cli.main import build_parser; build_parser(); "
        f"print(sorted(name for name in {LIBRARIES!r} if name in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
