"""Shape stored data for the templates: highlighted sentences, cited figures and SVG charts.

Templates only escape and place values; every number and offset is computed here so it can be
unit-tested without HTML. Nothing here builds markup: the article text stays data until Jinja
escapes it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..records import HEADLINE, Article, Claim, ClaimKind, Mention, Place, Sentence

# When spans overlap the first kind wins: a figure is the point of a citation.
_PRIORITY = {"figure": 0, "place": 1, "entity": 2}
CHART_WIDTH = 560
CHART_LABEL = 190
CHART_BAR = 22


@dataclass(slots=True)
class Segment:
    text: str
    kind: str | None = None  # figure | place | entity
    label: str = ""  # tooltip: what the span was recognised as


def sentence_segments(
    article: Article,
    sentence: Sentence,
    spans: list[tuple[int, int, str, str]],
) -> list[Segment]:
    """Split one sentence into plain and highlighted pieces by character offsets in the article.

    ``spans`` are (start, end, kind, label) with offsets into ``article.text``; overlapping spans
    are dropped in favour of the earlier-starting (then higher-priority, longer) one.
    """
    text = article.text[sentence.start : sentence.end]
    if text != sentence.text:  # offsets disagree with the text: show it unhighlighted
        return [Segment(sentence.text)]
    inside = sorted(
        (s for s in spans if sentence.start <= s[0] < s[1] <= sentence.end),
        key=lambda s: (s[0], _PRIORITY[s[2]], -(s[1] - s[0])),
    )
    out, pos = [], sentence.start
    for start, end, kind, label in inside:
        if start < pos:
            continue
        if start > pos:
            out.append(Segment(article.text[pos:start]))
        out.append(Segment(article.text[start:end], kind, label))
        pos = end
    if pos < sentence.end:
        out.append(Segment(article.text[pos : sentence.end]))
    return out


def article_spans(
    claims: list[Claim], mentions: list[Mention], places: list[Place]
) -> list[tuple[int, int, str, str]]:
    spans = [
        (c.start, c.end, "figure", " ".join(filter(None, [c.measure, c.subject])) or "figure")
        for c in claims
        if c.kind is not ClaimKind.OTHER and c.sentence_index != HEADLINE  # offsets into the title
    ]
    spans += [
        (p.start, p.end, "place", ", ".join(filter(None, [p.name, p.admin1, p.country])) or "place")
        for p in places
    ]
    placed = {(p.start, p.end) for p in places}
    spans += [
        (m.start, m.end, "entity", m.label) for m in mentions if (m.start, m.end) not in placed
    ]
    return spans


def paragraphs(
    article: Article, sentences: list[Sentence], spans: list[tuple[int, int, str, str]]
) -> list[list[tuple[Sentence, list[Segment]]]]:
    grouped: dict[int, list[tuple[Sentence, list[Segment]]]] = defaultdict(list)
    for s in sentences:
        grouped[s.paragraph].append((s, sentence_segments(article, s, spans)))
    return [grouped[k] for k in sorted(grouped)]


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def figure_rows(
    facts: list[dict[str, Any]],
    locations: dict[str, tuple[str, int]],
    source_number: dict[str, int],
    labels: dict[str, str],
) -> list[dict[str, Any]]:
    """Each fact with its per-source values cited at their sentence, and a chart when disputed."""
    rows = []
    for fact in facts:
        values = []
        for v in fact.get("values", []):
            article_id, index = locations.get(v.get("claim_id", ""), (v.get("article_id"), None))
            stated = v.get("value")
            if stated is None:
                stated = v.get("low") if v.get("low") == v.get("high") else v.get("high")
            values.append(
                {
                    "outlet": v.get("outlet") or labels.get(article_id) or "unknown",
                    "value": stated,
                    "shown": _number(stated),
                    "low": v.get("low"),
                    "high": v.get("high"),
                    "qualifier": (v.get("qualifier") or "exact").replace("_", " "),
                    "evidence": v.get("evidence", ""),
                    "attribution": v.get("attribution"),
                    "article_id": article_id,
                    "source": source_number.get(article_id),
                    "href": f"/articles/{article_id}#s{index}"
                    if index is not None
                    else f"/articles/{article_id}",
                }
            )
        label = " ".join(filter(None, [fact.get("subject"), fact.get("measure")]))
        row = {
            "id": fact.get("id"),
            "label": label or "figure",
            "unit": fact.get("unit"),
            "status": fact.get("status", "agree"),
            "best": _number(fact.get("best")),
            "range": f"{_number(fact.get('low'))}–{_number(fact.get('high'))}",
            "explanations": fact.get("explanations", []),
            "independent": fact.get("independent_sources", 0),
            "values": values,
            "chart": bar_chart(values) if fact.get("status") == "disagree" else None,
        }
        rows.append(row)
    rows.sort(key=lambda r: (r["status"] != "disagree", r["label"]))
    return rows


def bar_chart(values: list[dict[str, Any]]) -> dict[str, Any]:
    """Geometry of a horizontal bar chart, one bar per source (rendered as inline SVG)."""
    top = max((v["value"] or 0 for v in values), default=0) or 1
    span = CHART_WIDTH - CHART_LABEL - 60
    bars = []
    for i, v in enumerate(values):
        width = max(2, round(span * (v["value"] or 0) / top))
        y = i * (CHART_BAR + 8)
        bars.append(
            {
                "y": y,
                "text_y": y + CHART_BAR * 0.7,
                "width": width,
                "value_x": CHART_LABEL + width + 6,
                "label": f"[{v['source']}] {v['outlet']}"[:28],
                "shown": v["shown"],
                "href": v["href"],
            }
        )
    return {
        "width": CHART_WIDTH,
        "height": len(values) * (CHART_BAR + 8),
        "label_x": CHART_LABEL - 8,
        "bar_x": CHART_LABEL,
        "bar_h": CHART_BAR,
        "bars": bars,
    }


def place_rows(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Resolved places merged by gazetteer id, with how often and where first mentioned."""
    merged: dict[Any, dict[str, Any]] = {}
    for p in places:
        key = p.get("geonameid") or (p.get("name") or p.get("text"))
        row = merged.get(key)
        if row is None:
            merged[key] = {
                "name": p.get("name") or p.get("text"),
                "country": p.get("country"),
                "admin1": p.get("admin1"),
                "latitude": p.get("latitude"),
                "longitude": p.get("longitude"),
                "forms": {p.get("text")},
                "mentions": 1,
                "href": f"/articles/{p.get('article_id')}#s{p.get('sentence_index')}",
            }
        else:
            row["mentions"] += 1
            row["forms"].add(p.get("text"))
    return sorted(merged.values(), key=lambda r: -r["mentions"])
