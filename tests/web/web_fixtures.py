"""A small real store for the web tests: three articles read by facta's JSONL reader, six
hand-coded events with evidence spans, places and actor memory, written with Store.write_batch.
"""

from __future__ import annotations

from pathlib import Path

from facta.analysis_state import ActorFact
from facta.codebook import lookup
from facta.ingest.readers import read_jsonl
from facta.models import (
    Actor,
    Article,
    Attribution,
    Event,
    Evidence,
    Modality,
    Place,
    Promised,
    stable_id,
)
from facta.store import ArticleResult, Store

HERE = Path(__file__).parent
GOMA = Place("Goma", "COD", -1.68, 29.23, "city", 216281, "North Kivu", "Goma", "clause")
KINSHASA = Place("Kinshasa", "COD", -4.32, 15.31, "city", 2314302, "Kinshasa", "Kinshasa", "clause")
SAKE = Place("Sake", "COD", -1.57, 29.04, "city", None, "North Kivu", "Sake", "clause")
RWANDA = Place("Rwanda", "RWA", -2.0, 29.88, "country", 49518, None, "Rwanda", "country")


def actor(
    code: str, country: str | None, sectors: tuple[str, ...], text: str, name: str | None = None
) -> Actor:
    return Actor(code, country, sectors, name, text)


def span(sentence: str, words: str | None) -> tuple[int, int] | None:
    if not words:
        return None
    start = sentence.index(words)
    return start, start + len(words)


def event(
    article: Article,
    sentence: str,
    trigger: str,
    cameo: str,
    source: Actor | None,
    target: Actor | None,
    date: str,
    place: Place | None = None,
    **extra: object,
) -> Event:
    info = lookup(cameo)
    return Event(
        event_id=stable_id(article.id, sentence, trigger, cameo),
        article_id=article.id,
        sentence=0,
        cameo=cameo,
        root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover_type=info.plover_type,
        plover_mode=info.plover_mode,
        source=source,
        target=target,
        date=date,
        date_precision="day",
        location=place,
        evidence=Evidence(
            sentence,
            span(sentence, trigger),
            span(sentence, source.text if source else None),
            span(sentence, target.text if target else None),
        ),
        rule=f"test:{trigger}",
        confidence=0.8,
        **extra,  # type: ignore[arg-type]
    )


def read_articles() -> dict[str, Article]:
    with (HERE / "articles.jsonl").open("rb") as stream:
        items = [item for item in read_jsonl(stream, "articles.jsonl")]
    articles = [item for item in items if isinstance(item, Article)]
    assert len(articles) == 3, items
    return {a.id: a for a in articles}


def sentence_of(article: Article, start: str) -> str:
    begin = article.text.index(start)
    end = article.text.find("\n\n", begin)
    return article.text[begin:] if end < 0 else article.text[begin:end]


def build_store(path: Path) -> Path:
    arts = read_articles()
    a1, a2, a3 = arts["web-001"], arts["web-002"], arts["web-003"]
    rwa = actor("RWA", "RWA", (), "Rwanda", "Rwanda")
    s1 = sentence_of(a1, "LAKEPORT")
    s2 = sentence_of(a1, "The rebels")
    s3 = sentence_of(a2, "Rwanda promised")
    s4 = sentence_of(a2, "A Congolese official")
    s5 = a3.text
    events = {
        a1.id: [
            event(
                a1,
                s1,
                "met",
                "036",
                rwa,
                actor("CODGOV", "COD", ("GOV",), "Congolese ministers"),
                "2025-03-03",
                GOMA,
            ),
            event(
                a1,
                s2,
                "attacked",
                "190",
                actor("CODREB", "COD", ("REB",), "rebels"),
                actor("CODMIL", "COD", ("MIL",), "army"),
                "2025-03-03",
                SAKE,
            ),
        ],
        a2.id: [
            event(
                a2,
                s3,
                "promised",
                "030",
                rwa,
                actor("COD", "COD", (), "Congo"),
                "2025-03-20",
                GOMA,
                modality=Modality(future=True),
                promised=Promised("02", None, "do", "reopen the Gisenyi crossing"),
            ),
            event(
                a2,
                s4,
                "accused",
                "112",
                actor("CODGOV", "COD", ("GOV",), "Congolese official"),
                rwa,
                "2025-03-20",
                RWANDA,  # only the actors' country: listed beside the map, never a point
                attribution=Attribution(None, "an unnamed diplomat", True, "according to"),
            ),
        ],
        a3.id: [
            event(
                a3,
                s5,
                "denounced",
                "111",
                actor("CODCVL", "COD", ("CVL",), "Protesters"),
                actor("CODGOV", "COD", ("GOV",), "the government"),
                "2025-04-10",
                KINSHASA,
            ),
            event(
                a3,
                s5,
                "arrested",
                "173",
                actor("CODCOP", "COD", ("COP",), "Police"),
                actor("CODCVL", "COD", ("CVL",), "several protesters"),
                "2025-04-10",
                KINSHASA,
            ),
        ],
    }
    places = {
        a1.id: [
            (a1.text.index("Goma"), a1.text.index("Goma") + 4, GOMA),
            (a1.text.index("Sake"), a1.text.index("Sake") + 4, SAKE),
        ],
        a3.id: [(a3.text.index("Kinshasa"), a3.text.index("Kinshasa") + 8, KINSHASA)],
    }
    results = [
        ArticleResult(
            article,
            "coded",
            words=len(article.text.split()),
            events=events[article.id],
            places=places.get(article.id, []),
            learned=[ActorFact("Rwanda", "RWA", (), article.id, article.published, "Rwanda")]
            if article.id == a1.id
            else [],
        )
        for article in (a1, a2, a3)
    ]
    with Store(path) as store:
        store.write_batch(results, "web-test")
    return path
