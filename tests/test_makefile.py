"""`make test` tells the user what it installs, and why, before it installs anything."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_browser_target_says_what_it_installs_and_why_before_apt_get():
    done = subprocess.run(
        ["make", "-n", "browser"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    script = done.stdout
    announce = script.index("installing the Debian package 'chromium' with apt-get")
    assert "browser tests" in script[announce : script.index("apt-get update")]
    assert announce < script.index("apt-get update") < script.index("apt-get install")
