"""The actor knowledge base: converting TABARI dictionaries, dated roles, name matching, and
`facta actors show/add` from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from actor_helpers import actor_at

from facta import resolve_actor
from facta.actors import kb
from facta.actors.names import name_key, within_one_edit
from facta.actors.tabari import convert, parse_date, tsv_lines

TABARI = """\
# a header comment
FREDONIA_  [FRD]
+FREDONIAN_
ZOLTAN_QUIMBY_  # a made-up president
+PRESIDENT_QUIMBY_
\t[USAELI 600101-991231]
\t[USAGOV >20000115]
\t[USAELI]
MARTA_OKONJO-VALE_ [KSVGOV 080217-120301] [KSVELI]
BAD_DATES_PERSON_
\t[USAGOV 2004017-20061201]
\t[USAGOV 991301-000101]
\t[XYZGOV]
ORPHAN_NAME_
SECOND_NAME_
\t[IGOUNO >070101]
+IT
"""


def test_parse_date_pivots_two_digit_years():
    assert parse_date("300101") == "2030-01-01"
    assert parse_date("310101") == "1931-01-01"
    assert parse_date("20140607") == "2014-06-07"
    assert parse_date("2004017") is None
    assert parse_date("991301") is None


def test_converter_keeps_dated_roles_and_counts_drops():
    result = convert(TABARI, "countries", frozenset({"it"}))
    rows = {(tuple(names), role.code, role.start, role.end) for _, names, role in result.rows}
    assert (("Zoltan Quimby", "Quimby"), "USAGOV", "2000-01-15", "") in rows
    assert (("Zoltan Quimby", "Quimby"), "USAELI", "1960-01-01", "1999-12-31") in rows
    assert (("Marta Okonjo-Vale",), "XKXGOV", "2008-02-17", "2012-03-01") in rows  # KSV -> XKX
    assert (("Orphan Name", "Second Name"), "IGOUNO", "2007-01-01", "") in rows
    assert result.dropped["record: country name block (countries.tsv covers it)"] == 1
    assert result.dropped["role: malformed date"] == 2
    assert result.dropped["role: unknown country code XYZ"] == 1
    assert result.dropped["alias: two letters or fewer"] == 1
    line = "Zoltan Quimby|Quimby\tUSAGOV\t2000-01-15\t\tperson; countries:4"
    assert line in tsv_lines(result)


def kb_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.tsv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> kb.KnowledgeBase:
    """Built once for the tests that only ask it, with a cache and user file of its own."""
    folder = tmp_path_factory.mktemp("kb")
    lines = [
        "Zoltan Quimby\tFRAGOV\t2005-04-07\t2014-07-24\tperson; president",
        "Zoltan Quimby\tFRAELI\t\t\tperson",
        "Zoltan Quimby\tIGOUNO\t2015\t2016-06\tperson; envoy",
        "Recep Erdoğlu\tTURGOV\t2003-03-14\t\tperson",
        "Amira Quimby\tEGYGOV\t1990\t1995\tperson",
        "Hendrik van Oosterwijk\tNLDGOV\t2012\t2018\tperson; minister",
        "Front for Testing|=FFT\tCOLREB\t\t\tgroup; made up",
    ]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACTA_CACHE", str(folder / "cache"))
        patch.setenv("FACTA_ACTORS_KB", str(folder / "none.tsv"))
        return kb.load((str(kb_file(folder, "\n".join(lines) + "\n")),))


def test_role_valid_on_the_date_wins(base):
    assert base.believe("Zoltan Quimby", "2008-05-14").role.code == "FRAGOV"
    assert base.believe("Zoltan Quimby", "2015-10-01").role.code == "IGOUNO"
    assert base.believe("Zoltan Quimby", "2016-06-30").role.code == "IGOUNO"  # YYYY-MM: month end
    default = base.believe("Zoltan Quimby", "2020-01-01")
    assert default.role.code == "FRAELI" and default.confidence < 1.0


def test_outside_every_range_the_nearest_role_is_less_sure(base):
    belief = base.believe("Amira Quimby", "1999-01-01")  # after her office: a former official
    assert belief.role.code == "EGYELI" and belief.confidence < kb.DEFAULT
    before = base.believe("Amira Quimby", "1980-01-01")  # before it: her country, no office
    assert before.role.code == "EGY" and before.role.sectors == ()


def test_surname_alone_only_when_one_person_holds_office_that_day(base):
    assert base.believe("Quimby", "1992-01-01").role.code == "EGYGOV"
    assert base.believe("Quimby", "2008-01-01").role.code == "FRAGOV"
    assert base.believe("Quimby", None) is None  # two people, two countries


def test_surname_with_its_particle_alone(base):
    assert base.believe("Van Oosterwijk", "2015-01-01").role.code == "NLDGOV"
    assert base.believe("van Oosterwijk's", "2015-01-01").role.code == "NLDGOV"


def test_titles_diacritics_possessives_and_slips(base):
    assert base.believe("President Recep Erdoglu's", "2010-01-01").role.code == "TURGOV"
    assert base.believe("Gen. Zoltan Quimby", "2008-01-01").role.code == "FRAGOV"
    slip = base.believe("Zoltan Quimbi", "2008-01-01")
    assert slip.role.code == "FRAGOV" and slip.found == "variant"
    near = base.believe("Zoltan Qiumby", "2008-01-01")
    assert near.found == "near-miss" and near.confidence < 0.8 and "near-miss" in near.rule
    assert base.believe("Zoltan Smith", "2008-01-01") is None


def test_bodies_are_matcher_keys(base):
    assert (("front", "for", "testing"), False) in {(w, e) for w, e, _ in base.bodies}
    assert (("FFT",), True) in {(w, e) for w, e, _ in base.bodies}


def test_names_helpers():
    assert name_key("Sen. Nouri al-Maliki's") == "nouri maliki"
    assert name_key("Erdoğan") == "erdogan"
    assert within_one_edit("ukranians", "ukrainians")
    assert not within_one_edit("indiana", "iranians")


def test_shipped_kb_knows_talabani_by_date():
    base = kb.load()
    assert base.believe("Jalal Talabani", "2008-05-14").role.code == "IRQGOV"
    assert base.believe("Ban Ki-moon", "2010-01-01").role.code == "IGOUNO"
    assert base.believe("Ban Ki-moon", "2005-06-01").role.country == "KOR"


def test_near_miss_demonym_says_so(analyse):
    mentions = analyse("Angry Ukranians stormed the building.").mentions
    actor = next(m.actor for m in mentions if m.actor.text and "Ukranians" in m.actor.text)
    assert actor.country == "UKR" and "near-miss" in actor.rule


def test_article_date_picks_the_role(analyse):
    text = "Boniface Alexandre met the envoy."
    in_office = next(m.actor for m in analyse(text, "2005-03-01").mentions)
    assert in_office.code == "HTIGOV" and "kb/phoenix_people.tsv" in in_office.rule
    later = next(m.actor for m in analyse(text, "2009-03-01").mentions)
    assert later.code == "HTIELI"


def facta(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    command = [str(Path(sys.executable).with_name("facta")), "actors", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def test_cli_show_and_add(tmp_path):
    env = {**os.environ, "FACTA_ACTORS_KB": str(tmp_path / "user.tsv")}
    shown = facta("show", "Jalal Talabani", "--date", "2008-05-14", env=env)
    assert shown.returncode == 0 and "IRQGOV" in shown.stdout and ".tsv:" in shown.stdout
    added = facta("add", "Zoltan Quimby", "FRAGOV", "--from", "2019-02", env=env)
    assert added.returncode == 0, added.stderr
    assert "Zoltan Quimby\tFRAGOV\t2019-02-01" in (tmp_path / "user.tsv").read_text()
    shown = facta("show", "Zoltan Quimby", "--date", "2020-01-01", env=env)
    assert "FRAGOV" in shown.stdout and "user.tsv:2" in shown.stdout
    assert facta("show", "Zoltan Quimby", "--date", "2018-01-01", env=env).stdout.count("FRAGOV")
    bad = facta("add", "Someone", "fr", env=env)
    assert bad.returncode != 0 and "actor code" in bad.stderr


def test_a_state_office_ended_makes_a_former_official_and_open_phoenix_roles_end_with_it(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("FACTA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("FACTA_ACTORS_KB", str(tmp_path / "none.tsv"))
    old = tmp_path / "phoenix_people.tsv"
    old.write_text("Ana Quimby\tBOLGOV\t2006-01-22\t\tperson\n", encoding="utf-8")
    new = tmp_path / "office.tsv"
    new.write_text("Ana Quimby\tBOLGOV\t2006-01-22\t2019-11-10\tperson; president\n", "utf-8")
    base = kb.load((str(old), str(new)))
    assert base.believe("Ana Quimby", "2010-01-01").role.code == "BOLGOV"
    assert base.believe("Ana Quimby", "2021-01-01").role.code == "BOLELI"


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Donald Trump", "2016-05-10", "USAOPP"),  # candidate, then president-elect
        ("Donald Trump", "2016-12-01", "USAOPP"),
        ("Donald Trump", "2018-05-10", "USAGOV"),
        ("Bernie Sanders", "2016-05-10", "USALEG"),
        ("Ted Cruz", "2016-05-10", "USALEG"),
        ("Mitt Romney", "2012-05-01", "USAOPP"),
        ("Hillary Clinton", "2016-05-10", "USAELI"),
        ("Chris Christie", "2016-05-10", "USAGOV"),  # a governor
        ("Bill de Blasio", "2016-05-10", "USAGOV"),  # a mayor
        ("Boris Johnson", "2016-05-05", "GBRGOV"),  # mayor of London
        ("Boris Johnson", "2016-06-20", "GBRLEG"),  # an MP between two offices
        ("Nigel Farage", "2016-05-10", "GBROPP"),
        ("Emmanuel Macron", "2016-10-01", "FRAOPP"),
        ("Jair Bolsonaro", "2016-10-01", "BRALEG"),
        ("Jeanne Shaheen", "2016-10-01", "USALEG"),  # a senator
        ("Mary Fallin", "2016-10-01", "USAGOV"),  # a governor
        ("Tom Watson", "2016-10-01", "GBROPP"),  # Labour's deputy leader
        ("Satya Nadella", "2016-10-01", "USABUS"),
        ("Brett McGurk", "2016-10-01", "USAGOV"),
        ("Berat Albayrak", "2016-10-01", "TURGOV"),  # energy minister
        ("Jose Serra", "2016-03-01", "BRALEG"),  # a senator before his ministry
        ("Anas al-Abdah", "2016-10-01", "SYROPP"),
        ("Pierre Moscovici", "2016-10-01", "IGOEEC"),  # a European commissioner
        ("Faisal Mekdad", "2016-10-01", "SYRGOV"),  # deputy foreign minister then
    ],
)
def test_politicians_out_of_office_by_date(name: str, day: str, code: str) -> None:
    assert resolve_actor(name, date=day).code == code


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Republican Party", "2016-05-10", "USAOPP"),
        ("Republicans", "2016-05-10", "USALEGOPP"),  # the party's lawmakers, mostly
        ("Democrats", "2016-05-10", "USALEGGOV"),
        ("Democrats", "2018-05-10", "USALEGOPP"),
        ("Democratic Party", "2016-05-10", "USAGOV"),
        ("the Tories", "2016-05-10", "GBRGOV"),
        ("Yisrael Beiteinu", "2016-01-10", "ISROPP"),
        ("TPLF", "2021-05-10", "ETHREB"),
        ("Baath Party", "2016-05-10", "SYRGOV"),
        ("House Judiciary Committee", "2016-05-10", "USALEG"),
        ("the Senate Foreign Relations Committee", "2016-05-10", "USALEG"),
        ("House Energy and Commerce Committee", "2016-05-10", "USALEG"),
        ("Senate Republicans", "2016-05-10", "USALEG"),
        ("Treasury Select Committee", "2016-05-10", "GBRLEG"),
        ("Wolesi Jirga", "2016-05-10", "AFGLEG"),
    ],
)
def test_parties_by_date_and_legislative_bodies(name: str, day: str, code: str) -> None:
    assert resolve_actor(name, date=day).code == code


def test_a_role_the_newer_files_date_outranks_an_open_phoenix_role(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("FACTA_ACTORS_KB", str(tmp_path / "none.tsv"))
    old = tmp_path / "phoenix_people.tsv"
    old.write_text("Ana Quimby\tBOLGOVLEG\t2013-05-11\t\tperson\n", encoding="utf-8")
    new = tmp_path / "politics.tsv"
    new.write_text("Ana Quimby\tBOLOPP\t2001\t2018-08-18\tperson; party leader\n", "utf-8")
    base = kb.load((str(old), str(new)))
    # the Phoenix role is narrower only because its end is assumed (the dictionaries' end)
    assert base.believe("Ana Quimby", "2016-03-01").role.code == "BOLOPP"


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Imran Khan", "2016-03-01", "PAKOPP"),  # not the open Phoenix GOV/LEG role
        ("Lula", "2016-03-01", "BRAELI"),  # a former president between his two terms
        ("the Ladies in White", "2016-03-01", "CUBOPP"),
        ("the NRA", "2016-03-01", "USANGO"),
        ("Jaish al-Islam", "2016-03-01", "SYRREB"),
        ("Black Lives Matter", "2016-03-01", "USANGO"),
        ("the Syrian Observatory for Human Rights", "2016-03-01", "SYRNGO"),
        ("Tim Cook", "2016-03-01", "USABUS"),
        ("Loretta Lynch", "2016-03-01", "USAGOV"),  # a cabinet member, as Phoenix codes her
        ("Attorney General Loretta Lynch", "2016-03-01", "USAGOV"),
        ("the Ohio attorney general", "2016-03-01", "USAGOV"),
    ],
)
def test_people_and_bodies_of_2016_news(name: str, day: str, code: str) -> None:
    assert resolve_actor(name, date=day).code == code


def test_a_person_phoenix_files_under_a_body_is_the_person(analyse) -> None:
    analysis = analyse("John Kirby criticized the plan on Monday.", "2016-03-01")
    assert actor_at(analysis, "John Kirby").code == "USAGOV"  # the spokesman, not the military


def test_a_listed_full_name_the_tagger_calls_a_body_is_a_person(analyse) -> None:
    analysis = analyse("Riyad Hijab criticized the government on Monday.", "2016-03-01")
    assert analysis.doc.ents[0].label_ != "PERSON"  # the case this covers
    assert actor_at(analysis, "Riyad Hijab").code == "SYROPP"


def test_a_surname_alone_is_the_person_in_office_before_a_town_of_that_name():
    assert resolve_actor("Shaheen", date="2016-10-01").code == "USALEG"  # a senator
    assert resolve_actor("Dayton", date="2016-10-01").code == "USAGOV"  # a governor, a city
    assert resolve_actor("Dayton", date="2021-10-01").code == "USA"  # the city, once he left
    assert resolve_actor("Chicago", date="2016-10-01").code == "USA"  # a town is still one


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the IRS", "USAGOV"),
        ("the National Transportation Safety Board", "USAGOV"),
        ("the Department of Energy", "USAGOV"),
        ("the NAACP", "USANGO"),
        ("Meral Aksener", "TUROPP"),
        ("Vanita Gupta", "USAGOV"),
    ],
)
def test_us_agencies_advocacy_groups_and_officials_of_2016(phrase: str, code: str) -> None:
    assert resolve_actor(phrase, date="2016-06-01").code == code
