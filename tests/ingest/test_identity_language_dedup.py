"""Article identity, language detection and near-duplicate signatures."""

from __future__ import annotations

from facta.ingest import dedup
from facta.ingest.identity import make_article, text_id
from facta.ingest.language import detect_language

WIRE = (
    "KINSHASA, April 3 — Congolese troops and fighters of an armed group clashed for a third day "
    "near the town of Rutshuru on Thursday, forcing thousands of families to flee toward the "
    "provincial capital, local officials and aid workers said. The army said it had retaken two "
    "villages, while the group accused government forces of shelling civilian areas. A United "
    "Nations spokesman called on both sides to respect a cease-fire agreed last month in Luanda."
)


def test_same_text_same_id_whatever_the_spacing_and_case():
    assert text_id(WIRE) == text_id(WIRE.upper().replace(" ", "   "))
    assert make_article(WIRE).id == make_article("  " + WIRE + "\n\n").id
    assert make_article(WIRE, given_id="story-7").id == "story-7"
    assert text_id(WIRE) != text_id(WIRE.replace("third", "fourth"))


def test_language_detection_tells_english_from_others():
    assert detect_language(WIRE)[0] == "en"
    samples = {
        "es": "El gobierno anunció que los ministros de la región se reunirán la próxima semana para discutir la crisis en la frontera.",
        "fr": "Le gouvernement a annoncé que les ministres de la région se réuniront la semaine prochaine pour discuter de la crise.",
        "de": "Die Regierung hat angekündigt, dass die Minister der Region sich in der nächsten Woche treffen werden, um über die Krise zu sprechen.",
        "ru": "Правительство заявило, что министры региона встретятся на следующей неделе, чтобы обсудить кризис на границе.",
        "zh": "政府宣布该地区的部长们将于下周开会讨论边境危机。",
        "ar": "أعلنت الحكومة أن وزراء المنطقة سيجتمعون الأسبوع المقبل لمناقشة الأزمة على الحدود في هذا الوقت",
    }
    for language, text in samples.items():
        assert detect_language(text)[0] == language, language


def test_near_duplicates_share_a_signature_and_others_do_not():
    edited = WIRE.replace("on Thursday", "on Thursday morning").replace(
        " A United Nations spokesman called on both sides to respect a cease-fire agreed last month in Luanda.",
        "",
    )
    other = (
        "LIMA, April 3 — Peru's congress voted on Thursday to remove the interior minister after "
        "weeks of protests over fuel prices, with lawmakers from three parties joining the motion "
        "and the government promising a new cabinet within days, officials said in the capital."
    )
    a, b, c = dedup.signature(WIRE), dedup.signature(edited), dedup.signature(other)
    assert dedup.similarity(a, b) >= dedup.THRESHOLD
    assert dedup.similarity(a, c) < 0.2
    assert set(dedup.band_hashes(a)) & set(dedup.band_hashes(b))
    assert dedup.signature("too short to compare") is None
    assert (dedup.from_bytes(dedup.to_bytes(a)) == a).all()


def test_dateline_with_year_dates_an_undated_article():
    dated = make_article("LUSAKA, Zambia, June 9, 2025 (Copper Wire) — Zambia's president met …")
    assert dated.published == "2025-06-09"
    assert make_article("LUSAKA, June 9 — no year here").published is None
    assert (
        make_article("LUSAKA, June 9, 2025 — text", published="2025-06-10").published
        == "2025-06-10"
    )


def test_tables_and_notices_are_not_called_foreign():
    notice = "LOS ANGELES, Feb 26 - Shr 80 cts vs 72 cts\nNet 55,513,000 vs 48,741,000\nRevs 290.9 mln vs 264.2 mln\nReuter"
    assert detect_language(notice)[0] in (None, "en")
    dividend = "DES MOINES, Iowa, March 3 - Qtly div nine cts vs eight cts in prior qtr\nPayable March 31\nRecord March 13"
    assert detect_language(dividend)[0] in (None, "en")


def test_publication_dates_written_other_ways_become_iso():
    assert make_article(WIRE, published="Mon, 10 Mar 2025 08:00:00 GMT").published == "2025-03-10"
    assert make_article(WIRE, published="March 3, 2025").published == "2025-03-03"
    assert make_article(WIRE, published="Monday").published == "Monday"  # no year: kept as given


def test_the_signature_of_a_five_megabyte_text_takes_bounded_memory():
    import tracemalloc

    text = " ".join(f"The army shelled the village by the river on day {i}." for i in range(90_000))
    assert len(text) > 5_000_000
    tracemalloc.start()
    try:
        signature = dedup.signature(text)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 200 * 1024 * 1024  # was 64 permutations x every shingle at once: 550 MB
    assert dedup.similarity(signature, dedup.signature(text + " One more sentence.")) > 0.9
