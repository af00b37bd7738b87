"""`facta code` and `facta fetch` as a user runs them: bad dates, missing paths, empty
directories, --limit, progress lines when not on a terminal, SIGTERM with workers, refusals."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facta.store import Store

STORY = "Iran accused Iraq of shelling border villages on Monday, officials said.\n"


def facta(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "facta.cli.main", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


def jsonl(path: Path, count: int, dated: bool = True) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            record = {"id": f"a{i}", "text": f"Story {i}: " + STORY}
            if dated:
                record["date"] = "2008-05-14"
            out.write(json.dumps(record) + "\n")
    return path


@pytest.mark.parametrize("value", ["yesterday", "2008-13-45", "14/05/2008"])
def test_a_bad_date_is_a_one_line_usage_error_and_codes_nothing(tmp_path: Path, value: str):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    done = facta("code", str(story), "--db", str(db), "--date", value)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"facta code: --date {value!r} is not a date like 2008-05-14."
    ]
    assert not db.exists()


def test_undated_articles_are_counted_and_named_in_the_summary(tmp_path: Path):
    story = tmp_path / "undated_story.txt"
    story.write_text(STORY, encoding="utf-8")
    dated = tmp_path / "dated.txt"
    dated.write_text("Talks\n\nPublished: 2008-05-14\nIran met Iraq in Baghdad.\n", "utf-8")
    done = facta("code", str(story), str(dated), "--db", str(tmp_path / "s.duckdb"))
    assert done.returncode == 0, done.stderr
    assert "undated (no date at all) │ 1" in done.stderr
    assert f"undated: {story}" in done.stderr
    assert f"undated: {dated}" not in done.stderr


def test_a_missing_path_creates_no_store(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    done = facta("code", str(tmp_path / "nowhere"), "--db", str(db))
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "no such file" in done.stderr
    assert not db.exists()


def test_an_empty_directory_gets_a_hint(tmp_path: Path):
    (tmp_path / "in").mkdir()
    done = facta("code", str(tmp_path / "in"), "--db", str(tmp_path / "s.duckdb"))
    assert done.returncode == 0
    assert f"no articles found in {tmp_path / 'in'}" in done.stderr
    assert ".jsonl" in done.stderr


def test_limit_and_progress_lines_when_not_a_terminal(tmp_path: Path):
    corpus = jsonl(tmp_path / "in.jsonl", 7)
    db = tmp_path / "s.duckdb"
    done = facta("code", str(corpus), "--db", str(db), "--limit", "5", "--log-every", "2")
    assert done.returncode == 0, done.stderr
    progress = [line for line in done.stderr.splitlines() if line.startswith("facta code: ")]
    assert progress and progress[0].startswith("facta code: ")
    assert "articles" in progress[0] and "events" in progress[0]
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 5
    assert facta("code", str(corpus), "--db", str(db), "--limit", "0").returncode == 2


def test_sigterm_during_a_two_worker_run_leaks_nothing(tmp_path: Path):
    corpus = tmp_path / "many.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for i in range(1500):
            text = f"Minister {i} of Ruritania met envoy {i * 7} in the capital. " * 3
            out.write(json.dumps({"id": f"m{i}", "text": text + STORY}) + "\n")
    command = [sys.executable, "-m", "facta.cli.main", "code", str(corpus)]
    command += ["--db", str(tmp_path / "s.duckdb"), "--workers", "2", "--log-every", "48"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    assert process.stderr is not None
    while time.monotonic() < deadline:  # wait until the workers have coded a batch
        line = process.stderr.readline()
        if line.startswith("facta code: ") or not line:
            break
    assert process.poll() is None, "the run ended before it could be stopped"
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=180)
    assert process.returncode == 130, err
    assert "interrupted" in err
    assert "leaked" not in err and "resource_tracker" not in err


def test_fetch_refusing_every_url_fails_and_counts_refusals(tmp_path: Path):
    done = facta(
        "fetch", "http://127.0.0.1/a", "ftp://example.org/b", "--db", str(tmp_path / "s.duckdb")
    )
    assert done.returncode == 1
    assert "facta fetch → " in done.stderr and "facta code →" not in done.stderr
    assert "failures                 │ 2" in done.stderr
    assert "none of the 2 URLs gave an article" in done.stderr


def test_fetch_refuses_broken_urls_in_whole_lines_without_a_traceback(tmp_path: Path):
    long_host = "http://" + "x" * 300 + ".example/"
    urls = ["http://127.0.0.1:99999/a", "http://[::1/x", "http://127.0.0.1/[/x]", long_host]
    done = facta("fetch", *urls, "--db", str(tmp_path / "s.duckdb"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert "  failed: http://[::1/x: not a URL that can be fetched (Invalid IPv6 URL)" in lines
    assert any(line.startswith("  failed: http://127.0.0.1/[/x]: ") for line in lines)
    assert any(line.startswith(f"  failed: {long_host}: ") for line in lines)  # never wrapped
    assert "none of the 4 URLs gave an article" in done.stderr


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31"])
def test_a_date_at_the_ends_of_the_calendar_is_a_one_line_usage_error(tmp_path: Path, value: str):
    story = tmp_path / "story.txt"
    story.write_text(STORY + "They will meet again next week.\n", encoding="utf-8")
    done = facta("code", str(story), "--db", str(tmp_path / "s.duckdb"), "--date", value)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "from the year 1000 to 8999" in done.stderr
