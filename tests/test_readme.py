"""Every command of the README's "Using it" examples runs as written from a fresh clone, after
`make demo` (the networked `fetch` and the long-running `serve` and `code --watch` excepted)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).parent.parent
SKIPPED = ("facta serve", "facta fetch", "facta code --watch")  # networked or long-running
DEMO_STORE = "facta-demo.duckdb"  # what `facta demo` writes in the folder it runs in


def usage_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## Using it") :]
    section = section[: section.index("\n### ", 1)]
    return re.findall(r"```bash\n(.*?)```", section, re.S)


def commands(block: str) -> list[str]:
    lines = [re.sub(r"\s+#\s.*$", "", line).strip() for line in block.splitlines()]
    return [line for line in lines if line and not line.startswith(SKIPPED)]


def test_examples_use_no_paths_outside_the_clone():
    for block in usage_blocks():
        assert "../" not in block and "/work/" not in block


def test_readme_examples_run_verbatim_after_make_demo(tmp_path: Path):
    for name in ("src", "eval"):
        (tmp_path / name).symlink_to(ROOT / name)
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    env.pop("FACTA_DB", None)
    try:
        import distributed  # noqa: F401
    except ImportError:
        env["FACTA_README_NO_DASK"] = "1"
    scripts = []
    for block in usage_blocks():
        lines = commands(block)
        if env.get("FACTA_README_NO_DASK"):
            lines = [line for line in lines if "--dask" not in line]
        scripts.append("set -euo pipefail\n" + "\n".join(lines))

    def run(script: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-c", script],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )

    # each block names the store it uses (the demo's, or a --db of its own): side by side,
    # those of the demo's store once `facta demo` has made it, the others while it runs
    after_demo = [script for script in scripts if DEMO_STORE in script]
    with ThreadPoolExecutor(len(scripts) + 1) as pool:
        demo = pool.submit(run, "facta demo")
        alongside = {
            script: pool.submit(run, script) for script in scripts if script not in after_demo
        }
        assert demo.result().returncode == 0, demo.result().stderr
        assert (tmp_path / DEMO_STORE).is_file()
        done = {script: pool.submit(run, script) for script in after_demo} | alongside
        for script in scripts:
            assert done[script].result().returncode == 0, (
                f"{script}\n{done[script].result().stderr[-3000:]}"
            )
    assert after_demo, f"no example reads the demo's store {DEMO_STORE}"
    assert (tmp_path / "dyad.png").stat().st_size > 1000
    assert (tmp_path / "events.tsv").read_text("utf-8").strip()
