"""The event page's analyst panel: why its reports are together, a map of its places, and the
corrections that touched it — shaped for the ``_analyst.html`` partial.

As in ``view.py``, every number and coordinate is computed here and the templates only place
values. The map needs no tiles: the places are drawn on a plain latitude/longitude grid with a
scale bar, so it works offline.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..corrections import Corrections
from ..features import fold
from ..outlets import outlet_of
from ..pipeline import Pipeline
from ..records import Correction, Event, EventRecord, GroupingReasons, Place
from ..store import Store
from ..why import explain_grouping

MAP_WIDTH = 560
MAP_HEIGHT = 320
MAP_MARGIN = 40
MIN_SPAN_DEG = 0.5  # a single town is shown with this much around it
KM_PER_DEG = 111.32  # one degree of latitude
_STEPS = (0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 45)
_KM = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)


@dataclass(slots=True)
class MapPoint:
    name: str
    latitude: float
    longitude: float
    region: str = ""  # admin1, country
    kind: str = "mentioned"  # primary | record (a further place of the record) | mentioned
    reports: int = 0  # how many reports name it
    href: str = ""  # where a report names it
    x: float = 0.0
    y: float = 0.0
    r: float = 5.0
    label_x: float = 0.0
    anchor: str = "start"


@dataclass(slots=True)
class PlaceMap:
    width: int
    height: int
    points: list[MapPoint]
    lines: list[dict[str, Any]] = field(default_factory=list)  # graticule: x1 y1 x2 y2 label
    scale: dict[str, Any] = field(default_factory=dict)  # x y width label


def _keys(geonameid: int | None, name: str, country: str) -> list[tuple[Any, ...]]:
    """A place is the same by gazetteer id, or by name and country when one side has no id."""
    return [("g", geonameid)] * (geonameid is not None) + [("n", fold(name), country)]


def map_points(record: EventRecord | None, places: list[Place], reports: int) -> list[MapPoint]:
    """The record's places first (primary, then the others), then places the reports name.

    Named places are kept when at least two reports name them (every one for a single report):
    a place one report names in passing ("talks in Ankara") would stretch the map for nothing.
    """
    points: list[MapPoint] = []
    index: dict[tuple[Any, ...], MapPoint] = {}
    for n, p in enumerate(record.where if record else []):
        if p.latitude is None or p.longitude is None:
            continue
        region = ", ".join(filter(None, [p.admin1, p.country_name or p.country]))
        point = MapPoint(p.name, p.latitude, p.longitude, region, "primary" if n == 0 else "record")
        points.append(point)
        index.update(dict.fromkeys(_keys(p.geonameid, p.name, p.country), point))
    first: dict[tuple[Any, ...], Place] = {}
    naming: dict[tuple[Any, ...], set[str]] = defaultdict(set)  # place -> the reports naming it
    for p in places:
        if p.latitude is not None and p.longitude is not None:
            key = _keys(p.geonameid, p.name or p.text, p.country)[0]
            first.setdefault(key, p)
            naming[key].add(p.article_id)
    for key, p in first.items():
        count, href = len(naming[key]), f"/articles/{p.article_id}#s{p.sentence_index}"
        known = next(
            (index[k] for k in _keys(p.geonameid, p.name or p.text, p.country) if k in index), None
        )
        if known is not None:
            known.reports, known.href = known.reports + count, known.href or href
        elif count >= min(2, reports):
            region = ", ".join(filter(None, [p.admin1, p.country]))
            name = p.name or p.text
            points.append(MapPoint(name, p.latitude, p.longitude, region, "mentioned", count, href))
    return points


def _step(span: float, table: tuple[float, ...], lines: int = 4) -> float:
    """The smallest step of ``table`` giving at most about ``lines`` lines over ``span``."""
    return next((s for s in table if span / s <= lines), table[-1])


def place_map(points: list[MapPoint]) -> PlaceMap | None:
    """Equirectangular projection of the points (east right, north up), a grid and a scale bar."""
    if not points:
        return None
    lats = [p.latitude for p in points]
    lons = [p.longitude for p in points]
    lat_c, lon_c = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    shrink = max(math.cos(math.radians(lat_c)), 0.05)  # a degree of longitude is shorter
    lat_span = max(max(lats) - min(lats), MIN_SPAN_DEG)
    lon_span = max((max(lons) - min(lons)) * shrink, MIN_SPAN_DEG)
    k = min((MAP_WIDTH - 2 * MAP_MARGIN) / lon_span, (MAP_HEIGHT - 2 * MAP_MARGIN) / lat_span)

    def x(lon: float) -> float:
        return round(MAP_WIDTH / 2 + (lon - lon_c) * shrink * k, 1)

    def y(lat: float) -> float:
        return round(MAP_HEIGHT / 2 - (lat - lat_c) * k, 1)

    most = max(p.reports for p in points) or 1
    for p in points:
        p.x, p.y = x(p.longitude), y(p.latitude)
        p.r = 7.0 if p.kind == "primary" else round(4 + 3 * math.sqrt(p.reports / most), 1)
        right = p.x < MAP_WIDTH * 0.7
        p.label_x, p.anchor = (p.x + p.r + 4, "start") if right else (p.x - p.r - 4, "end")
    lines = []
    lat_top, lat_bottom = lat_c + MAP_HEIGHT / 2 / k, lat_c - MAP_HEIGHT / 2 / k
    step = _step(lat_top - lat_bottom, _STEPS)
    for n in range(math.ceil(lat_bottom / step), math.floor(lat_top / step) + 1):
        lat = n * step
        label = f"{abs(lat):g}°{'N' if lat > 0 else 'S' if lat < 0 else ''}"
        lines.append({"x1": 0, "y1": y(lat), "x2": MAP_WIDTH, "y2": y(lat), "label": label})
    lon_left = lon_c - MAP_WIDTH / 2 / (k * shrink)
    lon_right = lon_c + MAP_WIDTH / 2 / (k * shrink)
    step = _step(lon_right - lon_left, _STEPS, 6)
    for n in range(math.ceil(lon_left / step), math.floor(lon_right / step) + 1):
        lon = n * step
        label = f"{abs(lon):g}°{'E' if lon > 0 else 'W' if lon < 0 else ''}"
        lines.append({"x1": x(lon), "y1": 0, "x2": x(lon), "y2": MAP_HEIGHT, "label": label})
    km_per_px = KM_PER_DEG / k
    km = _step(MAP_WIDTH / 4 * km_per_px, tuple(float(v) for v in _KM), 1)
    scale = {
        "x": 12,
        "y": MAP_HEIGHT - 12,
        "width": round(km / km_per_px, 1),
        "label": f"{km:g} km",
    }
    return PlaceMap(MAP_WIDTH, MAP_HEIGHT, points, lines, scale)


def _correction_row(c: Correction) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind.value,
        "author": c.author,
        "when": f"{c.created_at:%Y-%m-%d %H:%M}" if c.created_at else "",
        "reason": c.reason,
        "events": c.event_ids,
        "articles": c.article_ids,
        "active": c.active,
        "undone": f"{c.undone_at:%Y-%m-%d %H:%M} by {c.undone_by}" if c.undone_at else "",
    }


def _shorten(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 3].rsplit(" ", 1)[0] + "…"


def why_rows(why: GroupingReasons, event: Event, store: Store) -> list[dict[str, Any]]:
    """Each report with its number in the brief's source list (the event's time order)."""
    articles = {a.id: a for a in store.articles(event.article_ids)}
    number = {aid: n for n, aid in enumerate(event.article_ids, 1)}
    titles = {n.event_id: n.title for n in why.neighbours}
    rows = []
    for m in why.members:
        article = articles[m.article_id]
        rows.append(
            {
                "article_id": m.article_id,
                "n": number[m.article_id],
                "outlet": outlet_of(article) or f"source {number[m.article_id]}",
                "title": article.title or _shorten(article.text.split("\n", 1)[0]),
                "similarity": m.similarity,
                "reasons": [r.text for r in m.reasons],
                "closest_other": m.closest_other,
                "closest_title": titles.get(m.closest_other or "", m.closest_other),
                "closest_similarity": m.closest_other_similarity,
            }
        )
    return rows


def event_panel(store: Store, event_id: str) -> dict[str, Any]:
    """Everything the analyst partial shows for one event (empty when there is no such event)."""
    found = store.events([event_id])
    if not found:
        return {}
    event = found[0]
    why = explain_grouping(store, event.id)
    places = store.places(event.article_ids)
    points = map_points(store.record(event.id), places, len(event.article_ids))
    return {
        "event_id": event.id,
        "title": event.title,
        "why": why,
        "members": why_rows(why, event, store) if why else [],
        "map": place_map(points),
        "corrections": [_correction_row(c) for c in Corrections(Pipeline(store)).log(event.id)],
    }
