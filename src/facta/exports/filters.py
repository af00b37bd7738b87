"""Which events an export or an analysis reads: actor, dyad, code, dates, modality, place.

An `EventFilter` becomes one parameterised SQL WHERE clause over the events table; events an
analyst rejected are always left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from facta.errors import FactaError

MODALITIES = ("negated", "future", "hypothetical")


class FilterError(FactaError):
    """A filter value cannot be used (bad date, unknown modality, bad quad class)."""


def actor_pattern(actor: str) -> str:
    """Normalise an actor argument: IRN, irnmil, IGOUNO, or several joined by commas
    (CODMIL,CODGOV). Each code matches every code it begins."""
    codes = [code.strip().upper() for code in actor.split(",")]
    if not all(code.isalnum() for code in codes):
        raise FilterError(f"actor {actor!r} is not a code like IRN, IRNMIL or IGOUNO.")
    return ",".join(codes)


def matches(column: str, pattern: str) -> tuple[str, list[object]]:
    """SQL that is true when `column` begins with one of the pattern's codes."""
    codes = actor_pattern(pattern).split(",")
    sql = " OR ".join(f"starts_with({column}, ?)" for _ in codes)
    return f"({sql})", list(codes)


def country_code(value: str) -> str:
    code = value.strip().upper()
    if not code.isalnum():
        raise FilterError(f"country {value!r} is not a code like IRQ or IGOUNO.")
    return code


def parse_date(value: str | date | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FilterError(f"{name} {value!r} is not a date like 2008-05-14.") from None


@dataclass(frozen=True)
class EventFilter:
    """Filters combine with AND. Actor arguments match a code prefix: IRN matches IRN, IRNMIL,
    IRNGOV…; IRNMIL matches IRNMIL and IRNMILREB.

    include: modalities to keep besides asserted events ("negated", "future",
    "hypothetical"; or "all"). By default only asserted events (none of the three) are kept.
    """

    actor: str | None = None  # source or target
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None  # both directions: A→B and B→A
    cameo: str | None = None  # code prefix: "19" (root), "190", "0311"
    quad_class: int | None = None
    since: date | str | None = None
    until: date | str | None = None  # inclusive
    country: str | None = None  # source, target or location country
    include: tuple[str, ...] = ()
    anonymous: bool | None = None  # True: anonymous sources only; False: none of them
    attributed: bool | None = None  # True: reported speech only; False: asserted by the article
    place: str | None = None  # location name or admin1, any case; or a GeoNames id

    def modality_sql(self) -> str | None:
        kept = set(self.include)
        unknown = kept - set(MODALITIES) - {"all", "asserted"}
        if unknown:
            raise FilterError(
                f"unknown modality {sorted(unknown)[0]!r}; use negated, future, hypothetical or all."
            )
        if "all" in kept:
            return None
        dropped = [name for name in MODALITIES if name not in kept]
        return " AND ".join(f"NOT coalesce({name}, false)" for name in dropped) or None

    def where(self) -> tuple[str, list[object]]:
        """The SQL WHERE clause (with the word WHERE) and its parameters."""
        clauses = ["NOT coalesce(rejected, false)"]
        params: list[object] = []

        def add(sql: str, values: list[object]) -> None:
            clauses.append(sql)
            params.extend(values)

        if self.actor:
            as_source, params_source = matches("source_code", self.actor)
            as_target, params_target = matches("target_code", self.actor)
            add(f"({as_source} OR {as_target})", [*params_source, *params_target])
        if self.source:
            add(*matches("source_code", self.source))
        if self.target:
            add(*matches("target_code", self.target))
        if self.dyad:
            add(*dyad_sql(*self.dyad))
        if self.cameo:
            if not self.cameo.isdigit():
                raise FilterError(f"CAMEO code {self.cameo!r} is not digits like 19 or 190.")
            add("starts_with(cameo, ?)", [self.cameo])
        if self.quad_class is not None:
            if self.quad_class not in (1, 2, 3, 4):
                raise FilterError(f"quad class {self.quad_class} is not 1, 2, 3 or 4.")
            add("quad_class = ?", [self.quad_class])
        since, until = parse_date(self.since, "since"), parse_date(self.until, "until")
        if since:
            add("date >= ?", [since])
        if until:
            add("date <= ?", [until])
        if self.country:
            code = country_code(self.country)
            add(
                "(source_country = ? OR target_country = ? OR location_country = ?)",
                [code, code, code],
            )
        modality = self.modality_sql()
        if modality:
            add(modality, [])
        if self.anonymous is not None:
            add("coalesce(anonymous, false) = ?", [self.anonymous])
        if self.attributed is not None:
            add("coalesce(attributed, false) = ?", [self.attributed])
        if self.place:
            if self.place.isdigit():
                add("geonameid = ?", [int(self.place)])
            else:
                add(
                    "(lower(location_name) = lower(?) OR lower(admin1) = lower(?))",
                    [self.place, self.place],
                )
        return "WHERE " + " AND ".join(clauses), params


def direction_sql(a: str, b: str) -> tuple[str, list[object]]:
    """SQL true for events from actor pattern `a` to actor pattern `b`."""
    source, source_values = matches("source_code", a)
    target, target_values = matches("target_code", b)
    return f"({source} AND {target})", [*source_values, *target_values]


def dyad_sql(a: str, b: str) -> tuple[str, list[object]]:
    """SQL true for events between two actor patterns, in either direction."""
    forward, forward_values = direction_sql(a, b)
    backward, backward_values = direction_sql(b, a)
    return f"({forward} OR {backward})", [*forward_values, *backward_values]
