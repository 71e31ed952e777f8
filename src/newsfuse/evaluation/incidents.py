"""Score the product's event records against incident gold: what users get, nothing re-read.

Two formats. **Incidents** (GVC: ``articles.jsonl`` + ``incidents.jsonl`` with ``date``,
``state``, ``city``, ``num_killed``, ``num_injured``, ``article_ids``; an optional ``country``,
else the state's): the pipeline runs on the incidents' articles, then each incident is scored
twice, side by side: **end to end**, the record of the event holding most of its articles (on a
tie the one holding its earliest report), so clustering errors count; and **gold grouping**, the
record of its own articles analysed alone (``Pipeline.analyse_articles``, nothing written). A
record with no killed (injured) count reads as 0, as GVA writes incidents with none.

**Coded reports** (FA-KES: ``articles.jsonl`` whose records carry a crowd-coded ``location``,
governorate or town, and ``published``, the coded incident date; no event ids): the pipeline runs
on the reports *without* ``published`` (it is the gold, not a publication date: the product must
read the day from the text) and each report's event record is checked: does it name the coded
place (any of its places, as town or first-level division) and its day within one day?
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..extract.gazetteer import gazetteer, name_key, skeleton
from ..extract.places import candidates, region_of
from ..ingest.readers import record_to_article
from ..pipeline import Pipeline
from ..records import Article, EventPlace, EventRecord
from ..store import Store
from .consensus import incident_event, incident_reports
from .datasets import _read_jsonl

FIELDS = ("city", "state", "country", "date", "killed", "injured")


def _incidents(path: Path, limit: int | None) -> list[dict[str, Any]]:
    found = []
    for lineno, record in _read_jsonl(path):
        for key in (
            "incident_id",
            "date",
            "state",
            "city",
            "num_killed",
            "num_injured",
            "article_ids",
        ):
            if key not in record:
                raise InputError(f"{path}:{lineno}", f"missing field {key!r}")
        found.append(record)
    return found[:limit] if limit is not None else found


def _articles(path: Path, keep: Callable[[dict[str, Any]], dict[str, Any] | None]) -> list[Article]:
    """The file's records as ``newsfuse run`` reads them; ``keep`` selects (and may edit) each."""
    if not path.is_file():
        raise InputError(str(path), "not found")
    articles = []
    for lineno, record in _read_jsonl(path):
        kept = keep(record)
        if kept is None:
            continue
        try:
            articles.append(record_to_article(kept, f"{path}:{lineno}", str(path), str(lineno)))
        except InputError:
            continue  # a bad record is skipped, as `newsfuse run` skips it
    return articles


def _same_name(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    return bool(ka) and (ka == kb or skeleton(ka) == skeleton(kb) and ka[:3] == kb[:3])


def _city_hit(place: EventPlace | None, incident: dict[str, Any]) -> bool:
    """The record's town is the gold's: by name (GVC writes "Burke (county)", "Bronx (New York
    City)") in the gold's state, or the gold name denotes that very gazetteer place. A namesake
    in another state (Marion, Oregon for Marion, Kansas) is a miss."""
    gold_city, gold_region = incident["city"], region_of(incident["state"])
    if place is None or place.admin1 and not _state_hit(place, incident["state"]):
        return False
    options = [gold_city, *re.findall(r"\(([^)]*)\)", gold_city), re.sub(r"\s*\(.*", "", gold_city)]
    name = place.name
    if "county" in gold_city.lower():
        name = re.sub(r" Co(?:unty)?$", "", name)
    if any(_same_name(name, o) for o in options):
        return True
    return place.geonameid is not None and any(
        e.geonameid == place.geonameid
        for option in options
        for e in candidates(option)[0]
        if gold_region is None or (e.country, e.admin1) == gold_region
    )


def _state_hit(place: EventPlace | None, gold_state: str) -> bool:
    return place is not None and bool(place.admin1) and _same_name(place.admin1, gold_state)


def _count(record: EventRecord, measure: str) -> int:
    """The record's own count of a measure (its first), 0 when it states none."""
    count = next((c for c in record.how_many if c.measure == measure), None)
    return round(count.best) if count and count.best is not None else 0


class _Tally:
    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.n = 0

    def add(self, record: EventRecord | None, incident: dict[str, Any]) -> None:
        self.n += 1
        if record is None:
            return
        place = record.where[0] if record.where else None
        gold_region = region_of(incident["state"])
        country = incident.get("country") or (gold_region[0] if gold_region else None)
        self.hits["city"] += _city_hit(place, incident)
        self.hits["state"] += _state_hit(place, incident["state"])
        self.hits["country"] += place is not None and place.country == country
        self.hits["date"] += str(record.when.start) == incident["date"]
        self.hits["killed"] += _count(record, "killed") == int(incident["num_killed"])
        self.hits["injured"] += _count(record, "injured") == int(incident["num_injured"])

    def figures(self, prefix: str = "") -> dict[str, float]:
        n = self.n or 1
        return {f"{prefix}{k}.accuracy": round(self.hits[k] / n, 3) for k in FIELDS}


def evaluate_incidents(
    articles_path: str | Path,
    incidents_path: str | Path | None = None,
    limit: int | None = None,
    db: str | Path | None = None,
) -> dict[str, Any]:
    """Incident set (with ``incidents_path``) or coded reports (without): see the module doc."""
    if incidents_path is None:
        return evaluate_coded_reports(articles_path, limit=limit, db=db)
    incidents = _incidents(Path(incidents_path), limit)
    wanted = {a for i in incidents for a in i["article_ids"]}
    articles = _articles(Path(articles_path), lambda r: r if str(r.get("id")) in wanted else None)
    with tempfile.TemporaryDirectory() as tmp, Store(db or Path(tmp) / "incidents.db") as store:
        pipeline = Pipeline(store)
        if db is None:
            pipeline.run_articles(articles)
        elif not store.records():
            raise InputError(str(db), "no event records: run `newsfuse run` with this version")
        by_record = {a.meta["record_id"]: a for a in articles}
        membership = store.membership()
        events, alone = _Tally(), _Tally()
        for incident in incidents:
            reports = incident_reports(incident, by_record, membership)
            if not reports:
                continue
            events.add(store.record(incident_event(reports, membership)), incident)
            own = pipeline.analyse_articles(
                f"incident-{incident['incident_id']}", [a.id for a in reports]
            )
            alone.add(own.record, incident)
    return {
        **events.figures(),
        **alone.figures("gold_grouping."),
        "incidents": events.n,
        "articles": len(articles),
    }


def _gold_day(record: dict[str, Any], where: str) -> date:
    try:
        return date.fromisoformat(str(record["published"])[:10])
    except (KeyError, ValueError):
        raise InputError(
            where, "field 'published' (the coded date) is missing or no ISO date"
        ) from None


def _names_place(record: EventRecord | None, location: str) -> bool:
    """Does a place of the record name the coded location, as town or first-level division?
    By name, or by the gazetteer places the coded name denotes (coders transliterate freely:
    "raqqa" is Ar Raqqah, "lattakia" Latakia, "deir ezzor" Deir ez-Zor)."""
    if record is None:
        return False
    gaz = gazetteer()
    found = candidates(location.title())[0]
    ids = {e.geonameid for e in found if e.kind == "city"}
    divisions = {
        (e.country, gaz.admin1_name(e.country, e.admin1))
        for e in found
        if e.kind in ("city", "admin1")
    }
    return any(
        _same_name(p.name, location)
        or (p.admin1 and _same_name(p.admin1, location))
        or p.geonameid in ids
        or (p.country, p.admin1) in divisions
        for p in record.where
    )


def coded_reports(
    articles_path: str | Path, limit: int | None = None
) -> tuple[list[Article], dict[str, tuple[str, date]]]:
    """A coded-reports file (FA-KES) as ``newsfuse run`` reads it, *without* the coded fields
    (``published`` is the coded incident date, not a publication date: the product must read
    the day from the text), and the gold: article id -> (coded location, coded day)."""
    path = Path(articles_path)
    gold: dict[str, tuple[str, date]] = {}

    def keep(record: dict[str, Any]) -> dict[str, Any] | None:
        if limit is not None and len(gold) >= limit:
            return None
        where = f"{path}:{record.get('id')}"
        if not isinstance(record.get("location"), str) or "id" not in record:
            raise InputError(where, "missing field 'location' or 'id'")
        gold[str(record["id"])] = (record["location"], _gold_day(record, where))
        return {k: v for k, v in record.items() if k not in ("published", "location", "date_raw")}

    articles = _articles(path, keep)
    return articles, {a.id: gold[a.meta["record_id"]] for a in articles}


def evaluate_coded_reports(
    articles_path: str | Path, limit: int | None = None, db: str | Path | None = None
) -> dict[str, Any]:
    """Share of coded reports whose event record names the coded place and day (±1)."""
    articles, gold = coded_reports(articles_path, limit)
    places = days = scored = 0
    with tempfile.TemporaryDirectory() as tmp, Store(db or Path(tmp) / "coded.db") as store:
        if db is None:
            Pipeline(store).run_articles(articles)
        membership = store.membership()
        records = {r.event_id: r for r in store.records()}
        for article in articles:
            location, day = gold[article.id]
            record = records.get(membership.get(article.id, ""))
            scored += 1
            places += _names_place(record, location)
            start = record.when.start if record else None
            days += start is not None and abs(start - day) <= timedelta(days=1)
    n = scored or 1
    return {
        "place.accuracy": round(places / n, 3),
        "date.accuracy": round(days / n, 3),
        "reports": scored,
    }
