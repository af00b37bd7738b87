"""eval/agreement.py: one annotator's article gold scored against another's."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
SCRIPT = Path(__file__).resolve().parents[2] / "eval" / "agreement.py"


def load_script():
    spec = importlib.util.spec_from_file_location("agreement", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(module, second: Path, capsys) -> dict:
    code = module.main(
        [
            str(FIXTURES / "gold.jsonl"),
            str(second),
            "--corpus",
            str(FIXTURES / "corpus.jsonl"),
            "--json",
        ]
    )
    assert code == 0
    return json.loads(capsys.readouterr().out)


def test_an_annotation_agrees_fully_with_itself(capsys):
    result = run(load_script(), FIXTURES / "gold.jsonl", capsys)
    assert result["overall"]["root"]["f1"] == 1.0
    assert result["overall"]["dyad"]["f1"] == 1.0
    assert result["background"]["found"] == result["background"]["gold"] == 1


def test_a_second_coder_who_differs_on_a_target_and_misses_an_event(tmp_path, capsys):
    rows = [json.loads(line) for line in (FIXTURES / "gold.jsonl").read_text().splitlines()]
    rows[0]["events"][0]["target"] = "UGAGOV"
    rows[0]["events"].pop(1)
    second = tmp_path / "second.jsonl"
    second.write_text("".join(json.dumps(row) + "\n" for row in rows))
    result = run(load_script(), second, capsys)
    root, dyad = result["overall"]["root"], result["overall"]["dyad"]
    assert (root["matched"], root["predicted"], root["gold"]) == (2, 2, 3)
    assert (dyad["matched"], dyad["predicted"], dyad["gold"]) == (1, 2, 3)


def test_the_sentence_around_an_anchor():
    module = load_script()
    text = 'He spoke. "Talks will go on," the envoy said on Monday. Then he left.'
    start = text.index("Talks")
    assert (
        module.sentence_around(text, start, start + 5)
        == '"Talks will go on," the envoy said on Monday.'
    )


def test_an_article_missing_from_the_corpus_is_a_one_line_error(tmp_path, capsys):
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"article_id": "nowhere", "events": []}) + "\n")
    module = load_script()
    code = module.main(
        [str(FIXTURES / "gold.jsonl"), str(second), "--corpus", str(FIXTURES / "corpus.jsonl")]
    )
    assert code == 2
    assert capsys.readouterr().err.startswith("agreement: ")
