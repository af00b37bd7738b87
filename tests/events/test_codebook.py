"""The CAMEO codebook: facts per code and the PLOVER columns joined from the conversion table."""

from __future__ import annotations

import pytest

from facta.codebook import build_table, codebook, lookup


def test_lookup_gives_cameo_facts_and_plover_type():
    attack = lookup("190")
    assert (attack.root, attack.quad_class, attack.goldstein) == ("19", 4, -8.0)
    assert attack.plover_type == "ASSAULT"
    release = lookup("0841")
    assert (release.parent, release.plover_type, release.plover_mode) == (
        "084",
        "RETREAT",
        "release",
    )
    assert lookup("1121").plover_context == ("crime", "corruption")


def test_every_code_has_a_quad_class_and_appeals_are_requests():
    book = codebook()
    assert len(book) > 300
    assert all(info.quad_class in (1, 2, 3, 4) for info in book.values())
    assert {book[c].plover_type for c in book if c.startswith("02")} == {"REQUEST"}
    assert all(book[c].plover_type is None for c in book if c.startswith("01"))
    assert all(info.plover_type for code, info in book.items() if not code.startswith("01"))


def test_unknown_code_raises():
    with pytest.raises(KeyError):
        lookup("999")


def test_build_table_joins_our_own_small_inputs():
    cameo = (
        "code\tname\tparent\tquad_class\tgoldstein\n19\tFIGHT\t\t4\t-10.0\n"
        "190\tFight\t19\t4\t-10.0\n1901\tFight harder\t190\t4\t-10.0\n"
    )
    plover = "# comment\n19: ASSAULT\n190: ASSAULT, , military # fight\n"
    rows = [
        line.split("\t")
        for line in build_table(cameo, plover).splitlines()
        if not line.startswith("#")
    ]
    assert rows[0][:2] == ["code", "name"]
    assert rows[2] == ["190", "Fight", "19", "4", "-10.0", "ASSAULT", "", "military"]
    assert rows[3][5:] == ["ASSAULT", "", "military"]  # inherited from its parent
