"""The pledge ledger on small real stores: kept, broken, contested, no evidence, threats, ties,
negated and future events, the window, deadlines, conditions and the dyad before and after."""

from __future__ import annotations

from dataclasses import replace

from pledge_fixtures import (
    IRAN_GOV,
    IRAN_MIL,
    IRAQ_GOV,
    MILITIAS,
    RWANDA_GOV,
    SYRIA_REB,
    US_GOV,
    US_MIL,
    make_event,
)

from facta.models import Actor, Promised
from facta.pledges import ledger
from facta.pledges.find import find_condition, find_deadline
from facta.pledges.knowledge import load_knowledge
from facta.pledges.ledger import code_matches
from facta.store import Store

STOP_ARMING = make_event(
    "pledge-arms",
    "2008-04-04",
    "0356",
    IRAN_MIL,
    IRAQ_GOV,
    "The Qods Force commander promised to stop arming groups in Iraq.",
    promised=Promised("072", "AID", "stop", "stop arming groups in Iraq"),
)
STOP_ATTACKS = make_event(
    "pledge-attacks",
    "2008-04-04",
    "0356",
    IRAN_GOV,
    US_GOV,
    "Iran promised to stop attacks on American forces in Iraq.",
    promised=Promised("190", "ASSAULT", "stop", "stop attacks on American forces in Iraq"),
)
AID_PROMISE = make_event(
    "pledge-aid",
    "2008-04-04",
    "0333",
    IRAN_GOV,
    IRAQ_GOV,
    "Iran promised to send food and medicine to Iraq within 30 days.",
    promised=Promised("073", "AID", "do", "send food and medicine to Iraq within 30 days"),
)


def only(path, **options) -> dict:
    with Store(path, read_only=True) as store:
        records = ledger(store, **options)
    assert len(records) == 1, records
    return records[0]


def test_promise_kept_by_the_promised_action(build_store):
    delivered = make_event(
        "aid",
        "2008-04-20",
        "073",
        IRAN_GOV,
        IRAQ_GOV,
        "Iranian trucks delivered food and medicine to Basra.",
    )
    record = only(build_store(AID_PROMISE, delivered))
    assert record["status"] == "kept"
    assert record["kind"] == "promise"
    assert [e["event_id"] for e in record["evidence"]] == ["aid"]
    assert record["evidence"][0]["relation"] == "keeps"
    assert "073" in record["evidence"][0]["why"]
    assert record["deadline"] == "2008-05-04"


def test_stop_promise_broken_by_the_same_state(build_store):
    shipment = make_event(
        "arms",
        "2008-04-28",
        "072",
        IRAN_GOV,
        MILITIAS,
        "Iran shipped rifles to militias in Basra, officials said.",
    )
    record = only(build_store(STOP_ARMING, shipment))
    assert record["status"] == "broken"
    assert record["actor"]["code"] == "IRNMIL"
    assert "same state IRN" in record["evidence"][0]["why"]


def test_a_violation_after_compliance_breaks_a_promise_to_stop(build_store):
    pullback = make_event(
        "pullback",
        "2008-04-10",
        "0874",
        IRAN_MIL,
        US_MIL,
        "Iranian units withdrew from the border posts facing US troops.",
    )
    attack = make_event(
        "attack",
        "2008-05-02",
        "190",
        IRAN_GOV,
        US_MIL,
        "Iranian forces attacked a US patrol near the border.",
    )
    record = only(build_store(STOP_ATTACKS, pullback, attack))
    assert record["status"] == "broken"
    assert {e["relation"] for e in record["evidence"]} == {"keeps", "breaks"}


def test_compliance_after_a_violation_leaves_it_contested(build_store):
    attack = make_event(
        "attack",
        "2008-04-10",
        "190",
        IRAN_GOV,
        US_MIL,
        "Iranian forces attacked a US patrol near the border.",
    )
    pullback = make_event(
        "pullback",
        "2008-05-02",
        "0874",
        IRAN_MIL,
        US_MIL,
        "Iranian units withdrew from the border posts facing US troops.",
    )
    record = only(build_store(STOP_ATTACKS, attack, pullback))
    assert record["status"] == "contested"
    assert {e["relation"] for e in record["evidence"]} == {"keeps", "breaks"}


def test_a_denial_by_the_pledger_contests_but_does_not_keep(build_store):
    attack = make_event(
        "attack",
        "2008-05-02",
        "190",
        IRAN_GOV,
        US_MIL,
        "Iranian forces attacked a US patrol near the border.",
    )
    denial = make_event(
        "denial",
        "2008-05-03",
        "190",
        IRAN_GOV,
        US_MIL,
        "Our forces did not attack anyone, the Iranian ministry said.",
        negated=True,
        speaker=IRAN_GOV,
    )
    assert only(build_store(STOP_ATTACKS, attack, denial))["status"] == "contested"
    alone = only(build_store(STOP_ATTACKS, denial))
    assert alone["status"] == "no_evidence"
    assert [e["relation"] for e in alone["evidence"]] == ["disputes"]


def test_no_evidence_is_not_kept(build_store):
    unrelated = make_event(
        "other",
        "2008-04-20",
        "190",
        MILITIAS,
        US_MIL,
        "Gunmen attacked a US convoy north of Baghdad.",
    )
    record = only(build_store(STOP_ATTACKS, unrelated))
    assert record["status"] == "no_evidence"
    assert record["evidence"] == []


def test_a_threat_carried_out_is_kept(build_store):
    threat = make_event(
        "threat",
        "2025-03-10",
        "1312",
        US_GOV,
        RWANDA_GOV,
        "Washington threatened sanctions on Rwandan officials if Kigali keeps backing the rebels.",
        promised=Promised("163", "COERCE", "do", "sanctions on Rwandan officials"),
    )
    sanctions = make_event(
        "sanctions",
        "2025-04-07",
        "163",
        US_GOV,
        RWANDA_GOV,
        "The United States imposed sanctions on a Rwandan general.",
    )
    record = only(build_store(threat, sanctions))
    assert record["kind"] == "threat"
    assert record["status"] == "kept"
    assert record["evidence"][0]["why"].startswith("carried out")
    assert record["condition"] == "if Kigali keeps backing the rebels"


def test_groups_tied_to_the_pledger_count_against_it(build_store):
    text = "Iran-backed militias attacked a US base outside Baghdad."
    tied = make_event(
        "tied", "2008-05-01", "190", MILITIAS, US_MIL, text, words=("militias", "attacked")
    )
    record = only(build_store(STOP_ATTACKS, tied))
    assert record["status"] == "broken"
    assert 'tied to IRNGOV by "Iran-backed"' in record["evidence"][0]["why"]


def test_untied_groups_do_not_count(build_store):
    text = (
        "Militias attacked a US base outside Baghdad on Tuesday night, and Iran-backed "
        "newspapers cheered the raid."
    )
    untied = make_event(
        "untied", "2008-05-01", "190", MILITIAS, US_MIL, text, words=("Militias", "attacked")
    )
    assert only(build_store(STOP_ATTACKS, untied))["status"] == "no_evidence"


def test_negated_future_and_hypothetical_events_do_not_count(build_store):
    negated = make_event(
        "negated",
        "2008-05-01",
        "072",
        IRAN_GOV,
        MILITIAS,
        "Iran did not send weapons to the militias.",
        negated=True,
    )
    future = make_event(
        "future",
        "2008-05-02",
        "072",
        IRAN_GOV,
        MILITIAS,
        "Iran will send more weapons to the militias.",
        future=True,
    )
    maybe = make_event(
        "maybe",
        "2008-05-03",
        "072",
        IRAN_GOV,
        MILITIAS,
        "Iran could send weapons to the militias.",
        hypothetical=True,
    )
    record = only(build_store(STOP_ARMING, negated, future, maybe))
    assert record["status"] == "no_evidence"
    assert record["evidence"] == []  # the article's own "did not" is no denial by the pledger


def test_a_halted_action_keeps_a_stop_promise(build_store):
    text = "Iran halted arms shipments to the militias in May."
    halted = make_event(
        "halted", "2008-05-10", "072", IRAN_GOV, MILITIAS, text, words=("Iran", "arms")
    )
    record = only(build_store(STOP_ARMING, halted))
    assert record["status"] == "kept"
    assert '"halted"' in record["evidence"][0]["why"]


def test_only_events_inside_the_window_count(build_store):
    late = make_event(
        "late", "2008-10-21", "072", IRAN_GOV, MILITIAS, "Iran shipped rifles to militias in Basra."
    )
    earlier = make_event(
        "earlier",
        "2008-03-01",
        "072",
        IRAN_GOV,
        MILITIAS,
        "Iran shipped rifles to militias in Basra.",
    )
    path = build_store(STOP_ARMING, late, earlier)
    assert only(path)["status"] == "no_evidence"
    assert only(path, window_days=200)["status"] == "broken"


def test_aid_to_another_country_does_not_keep_the_promise(build_store):
    elsewhere = make_event(
        "elsewhere", "2008-04-20", "073", IRAN_GOV, SYRIA_REB, "Iran sent food to rebels in Syria."
    )
    assert only(build_store(AID_PROMISE, elsewhere))["status"] == "no_evidence"


def test_rejected_events_are_not_evidence(build_store):
    shipment = make_event(
        "arms",
        "2008-04-28",
        "072",
        IRAN_GOV,
        MILITIAS,
        "Iran shipped rifles to militias in Basra, officials said.",
    )
    path = build_store(STOP_ARMING, shipment)
    with Store(path) as store:
        store.con.execute("UPDATE events SET rejected = true WHERE event_id = 'arms'")
    assert only(path)["status"] == "no_evidence"


def test_before_and_after_windows_count_the_dyad(build_store):
    before = make_event(
        "before", "2008-03-20", "111", IRAQ_GOV, IRAN_GOV, "Iraq criticised Iran over the shelling."
    )
    after = make_event(
        "after", "2008-04-15", "040", IRAN_GOV, IRAQ_GOV, "Iran and Iraq held talks in Tehran."
    )
    third = make_event(
        "third", "2008-04-16", "040", US_GOV, IRAQ_GOV, "Washington and Baghdad held talks."
    )
    record = only(build_store(AID_PROMISE, before, after, third), window_days=30)
    counts = record["before_after"]
    assert counts["before"]["events"] == 1 and counts["after"]["events"] == 1
    assert counts["before"]["goldstein_mean"] < 0 < counts["after"]["goldstein_mean"]


def test_an_actor_announcing_its_own_future_action_is_a_pledge(build_store):
    text = "Our forces will not attack the camp, the Iranian defence ministry said."
    forces = Actor("MIL", None, ("MIL",), None, "forces")
    vow = make_event(
        "vow",
        "2008-04-04",
        "190",
        forces,
        US_MIL,
        text,
        negated=True,
        future=True,
        speaker=IRAN_GOV,
        words=("forces", "attack"),
    )
    report = make_event(
        "report",
        "2008-04-04",
        "190",
        IRAN_MIL,
        US_MIL,
        "Iranian forces will attack the camp, a US general warned.",
        future=True,
        speaker=US_MIL,
    )
    record = only(build_store(vow, report))
    assert record["actor"]["code"] == "IRNGOV"
    assert record["promised"]["polarity"] == "stop"
    assert record["kind"] == "promise"


def test_filters_by_actor_and_status(build_store):
    shipment = make_event(
        "arms", "2008-04-28", "072", IRAN_GOV, MILITIAS, "Iran shipped rifles to militias in Basra."
    )
    path = build_store(STOP_ARMING, AID_PROMISE, shipment)
    with Store(path, read_only=True) as store:
        assert len(ledger(store, actor="IRN")) == 2
        assert [r["actor"]["code"] for r in ledger(store, actor="IRNMIL")] == ["IRNMIL"]
        assert ledger(store, actor="USA") == []
        assert [r["event_id"] for r in ledger(store, status="broken")] == ["pledge-arms"]


def test_code_matching_follows_the_gold_rule():
    assert code_matches("IRQ", "IRQGOV") and code_matches("IRQGOV", "IRQGOV")
    assert not code_matches("IRQGOV", "IRQMIL") and not code_matches("IR", "IRQ")
    assert code_matches("IGOUNO", "IGOUNO")


def test_deadlines_and_conditions_from_the_sentence():
    knowledge = load_knowledge()
    assert (
        find_deadline("They will reopen it within two weeks.", "2025-03-25", knowledge)
        == "2025-04-08"
    )
    assert find_deadline("It will pay by June.", "2025-03-25", knowledge) == "2025-06-30"
    assert (
        find_deadline("It will leave before the end of July.", "2025-05-30", knowledge)
        == "2025-07-31"
    )
    assert find_deadline("It will pay by March 3.", "2025-05-30", knowledge) == "2026-03-03"
    assert find_deadline("It will pay soon.", "2025-05-30", knowledge) is None
    assert (
        find_condition("We will strike if the drones keep flying, he said.", knowledge)
        == "if the drones keep flying"
    )
    assert find_condition("We will strike.", knowledge) is None


def test_a_restated_pledge_is_one_pledge_made_when_first_said(build_store):
    again = make_event(
        "again",
        "2008-04-20",
        "0356",
        IRAN_MIL,
        US_GOV,
        "The Qods Force again promised to stop arming groups in Iraq.",
        promised=Promised("072", "AID", "stop", "stop arming groups in Iraq"),
    )
    record = only(build_store(STOP_ARMING, again))
    assert record["made"] == "2008-04-04"
    assert record["restated"] == ["again"]


def test_a_vow_to_attack_is_a_threat(build_store):
    vow = make_event(
        "vow",
        "2008-04-04",
        "030",
        IRAN_GOV,
        US_GOV,
        "Iran vowed to strike American bases in the Gulf.",
        promised=Promised("190", "ASSAULT", "do", "strike American bases in the Gulf"),
    )
    strike = make_event(
        "strike",
        "2008-04-09",
        "195",
        IRAN_MIL,
        US_MIL,
        "Iranian jets bombed a US base in the Gulf.",
    )
    record = only(build_store(vow, strike))
    assert record["kind"] == "threat"
    assert record["status"] == "kept"


def test_an_action_inside_a_condition_is_not_a_pledge(build_store):
    text = (
        "The rebels will leave the town only after the militia is disarmed, their spokesman said."
    )
    start = text.index("disarmed")
    condition = make_event(
        "condition",
        "2025-05-21",
        "0873",
        None,
        MILITIAS,
        text,
        future=True,
        speaker=Actor("CODREB", "COD", ("REB",), "M23", "their spokesman"),
    )
    condition = replace(condition, evidence=replace(condition.evidence, trigger=(start, start + 8)))
    with Store(build_store(condition), read_only=True) as store:
        assert ledger(store) == []


def test_a_truce_promise_is_broken_by_fighting_not_kept_by_a_prisoner_release(build_store):
    truce = make_event(
        "truce",
        "2025-04-09",
        "035",
        RWANDA_GOV,
        IRAQ_GOV,
        "Rwanda promised to de-escalate along the border.",
        promised=Promised("087", "RETREAT", "do", "de-escalate along the border"),
    )
    release = make_event(
        "release", "2025-04-20", "0841", RWANDA_GOV, IRAQ_GOV, "Rwanda freed 14 captured soldiers."
    )
    path = build_store(truce, release)
    assert only(path)["status"] == "no_evidence"
    attack = make_event(
        "attack",
        "2025-05-01",
        "193",
        RWANDA_GOV,
        IRAQ_GOV,
        "Rwandan troops fired on a border post.",
    )
    record = only(build_store(truce, release, attack))
    assert record["status"] == "broken"
    assert "opposite of the promised 087" in record["evidence"][0]["why"]


def test_another_group_with_the_same_code_does_not_break_the_pledge(build_store):
    mahdi = Actor("IRQREB", "IRQ", ("REB",), "Mahdi Army", "the Mahdi Army")
    vow = make_event(
        "vow",
        "2008-04-04",
        "0356",
        mahdi,
        US_GOV,
        "The Mahdi Army promised to stop attacks on US forces.",
        promised=Promised("190", "ASSAULT", "stop", "stop attacks on US forces"),
    )
    other = make_event(
        "other",
        "2008-04-20",
        "190",
        MILITIAS,
        US_MIL,
        "Kataib Hezbollah militias attacked a US patrol in Baghdad.",
    )
    own = make_event(
        "own",
        "2008-04-22",
        "190",
        MILITIAS,
        US_MIL,
        "Mahdi Army militias attacked a US patrol in Basra.",
    )
    assert only(build_store(vow, other))["status"] == "no_evidence"
    record = only(build_store(vow, other, own))
    assert [e["event_id"] for e in record["evidence"]] == ["own"]


def test_an_undated_retelling_in_the_pledge_article_is_not_evidence(build_store):
    pledge = replace(STOP_ARMING, article_id="story")
    retold = make_event(
        "retold",
        "2008-05-14",
        "072",
        IRAN_GOV,
        MILITIAS,
        "Iran sent rifles to the militias, the commander had admitted.",
        article="story",
    )
    assert only(build_store(pledge, retold))["status"] == "no_evidence"
    elsewhere = replace(retold, article_id="another-story")
    assert only(build_store(pledge, elsewhere))["status"] == "broken"


def test_a_passed_deadline_is_flagged_but_not_broken(build_store):
    later = make_event(
        "later", "2008-06-01", "040", US_GOV, IRAQ_GOV, "Washington and Baghdad held talks."
    )
    record = only(build_store(AID_PROMISE, later))
    assert record["deadline"] == "2008-05-04"
    assert record["overdue"] is True
    assert record["status"] == "no_evidence"
    assert only(build_store(AID_PROMISE))["overdue"] is False


def test_a_truce_promise_and_a_promise_to_stop_attacks_are_one_pledge(build_store):
    truce = make_event(
        "truce",
        "2008-04-04",
        "035",
        IRAN_GOV,
        US_GOV,
        "Iran promised to de-escalate along the border.",
        promised=Promised("087", "RETREAT", "do", "de-escalate along the border"),
    )
    record = only(build_store(truce, STOP_ATTACKS))
    assert record["restated"] and record["kind"] == "promise"


def test_a_conditional_threat_is_a_pledge_with_its_condition(tmp_path):
    from facta.pledges import ledger
    from facta.runner import code_paths
    from facta.store import Store

    story = tmp_path / "threat.txt"
    story.write_text(
        "Sanctions warning\n\nPublished: 2025-03-10\n\nThe United States on Monday threatened to "
        "impose sanctions on senior Rwandan officials if Kigali keeps supporting the rebels.\n",
        encoding="utf-8",
    )
    code_paths([str(story)], tmp_path / "s.duckdb")
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        (pledge,) = ledger(store)
    assert pledge["kind"] == "threat" and pledge["actor"]["country"] == "USA"
    assert pledge["condition"] and pledge["condition"].startswith("if Kigali")


def test_force_against_no_one_named_does_not_carry_out_an_open_threat(tmp_path):
    from facta.pledges import ledger
    from facta.runner import code_paths
    from facta.store import Store

    story = tmp_path / "threat.txt"
    story.write_text(
        "Warning\n\nPublished: 2025-05-04\n\nA government spokesman said the Malian army would "
        "respond with force to any new attack.\n",
        encoding="utf-8",
    )
    later = tmp_path / "later.txt"
    later.write_text(
        "Protest\n\nPublished: 2025-05-12\n\nMalian police fired tear gas and arrested at least "
        "40 people in Bamako on Monday.\n",
        encoding="utf-8",
    )
    code_paths([str(story), str(later)], tmp_path / "s.duckdb")
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        threats = [p for p in ledger(store) if p["kind"] == "threat"]
    assert threats and all(p["status"] == "no_evidence" for p in threats)


def test_a_denial_of_the_reported_breach_makes_it_contested(tmp_path):
    from facta.pledges import ledger
    from facta.runner import code_paths
    from facta.store import Store

    promise = tmp_path / "a_promise.txt"
    promise.write_text(
        "Pledge\n\nPublished: 2025-04-23\n\nAfter the meeting, Ugandan Foreign Minister Sam "
        "Okello said Uganda would stop any weapons from crossing its territory into South "
        "Sudan.\n",
        encoding="utf-8",
    )
    breach = tmp_path / "b_breach.txt"
    breach.write_text(
        "Report\n\nPublished: 2025-05-20\n\nU.N. experts said Ugandan trucks had carried "
        "ammunition to rebel positions in South Sudan in early May. Uganda's government "
        "spokesman denied it.\n",
        encoding="utf-8",
    )
    code_paths([str(promise), str(breach)], tmp_path / "s.duckdb")
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        (pledge,) = [p for p in ledger(store) if p["actor"]["country"] == "UGA"]
    assert {e["relation"] for e in pledge["evidence"]} == {"breaks", "disputes"}
    assert pledge["status"] == "contested"
