"""Build src/facta/data/actors/kb/phoenix_*.tsv from the Phoenix (TABARI) actor dictionaries.

Usage:
  python tools/build_actor_kb.py [--phoenix ../shared/knowledge/phoenix] [--words /usr/share/dict/words]

Prints what it kept and, by reason, what it dropped. The word list (Debian's wamerican) only
serves to drop aliases that are a common English word alone; without it fewer are dropped.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from facta.actors.tabari import convert, tsv_lines

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "facta" / "data" / "actors" / "kb"
SOURCES = {
    "countries": ("Phoenix.Countries.actors.txt", "phoenix_people.tsv"),
    "international": ("Phoenix.International.actors.txt", "phoenix_international.tsv"),
    "armed": ("Phoenix.MilNonState.actors.txt", "phoenix_armed_groups.tsv"),
}
HEADER = """# facta actor knowledge base, built by tools/build_actor_kb.py from {source}
# (Phoenix actor dictionaries, Open Event Data Alliance, MIT licence: see PHOENIX_LICENSE).
# names ('|'-separated, '=' exact case) <TAB> code <TAB> start <TAB> end <TAB> note
# dates ISO (YYYY-MM-DD), empty = open; note: kind (person, org, group); source:line.
# Do not edit by hand: add corrections to a file of your own in this format.
"""


def common_words(path: Path) -> frozenset[str]:
    """Lower-case entries of a word list: common nouns and verbs, not proper names."""
    if not path.is_file():
        print(f"note: no word list at {path}; single common words are not filtered")
        return frozenset()
    words = path.read_text(encoding="utf-8", errors="ignore").split()
    return frozenset(word for word in words if word.islower() and "'" not in word)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", default=str(ROOT.parent / "shared" / "knowledge" / "phoenix"))
    parser.add_argument("--words", default="/usr/share/dict/words")
    args = parser.parse_args()
    folder = Path(args.phoenix)
    common = common_words(Path(args.words))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "PHOENIX_LICENSE").write_text((folder / "LICENSE").read_text("utf-8"), "utf-8")
    dropped: Counter[str] = Counter()
    for source, (name, output) in SOURCES.items():
        result = convert((folder / name).read_text("utf-8", errors="replace"), source, common)
        lines = tsv_lines(result)
        (OUT / output).write_text(HEADER.format(source=name) + "\n".join(lines) + "\n", "utf-8")
        kept = ", ".join(f"{count} {kind}" for kind, count in sorted(result.kept.items()))
        print(f"{name}: {len(lines)} rows to kb/{output} ({kept})")
        dropped.update(result.dropped)
    print("dropped, by reason:")
    for reason, count in sorted(dropped.items(), key=lambda item: -item[1]):
        print(f"  {count:6d}  {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
