"""Shape stored data for the templates: highlighted sentences, cited figures and SVG charts.

Templates only escape and place values; every number and offset is computed here so it can be
unit-tested without HTML. Nothing here builds markup: the article text stays data until Jinja
escapes it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..brief.records import BriefFigure
from ..brief.render import reason, resolve, stated
from ..records import HEADLINE, Article, Claim, ClaimKind, FactStatus, Mention, Place, Sentence

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


@dataclass(slots=True)
class Cited:
    """A figure as one group of sources words it, each source linked to its sentence."""

    shown: str  # "at least 255"
    value: float
    who: str  # the authority's short name, its full name, or an unnamed description
    title: str  # the authority in full, for the tooltip
    links: list[tuple[int, str]]  # (source number, href of the stating sentence)


@dataclass(slots=True)
class FigureRow:
    label: str
    depth: int
    status: str
    lead: str
    values: list[Cited]
    why: list[str]  # reasons with their citations as source numbers
    chart: dict | None


def figure_rows(
    figures: list[BriefFigure], locations: dict[str, tuple[str, int]], numbers: dict[str, int]
) -> list[FigureRow]:
    """Each figure row with its sources cited at their sentence, and a chart when disputed."""
    rows = []
    for figure in figures:
        values = []
        for v in figure.values:
            links = []
            for claim_id in v.claim_ids:
                article_id, index = locations.get(claim_id, ("", None))
                n = numbers.get(article_id)
                if n is not None:
                    anchor = f"#s{index}" if index is not None else ""
                    links.append((n, f"/articles/{article_id}{anchor}"))
            values.append(
                Cited(
                    shown=stated(v),
                    value=v.value,
                    who=v.short or v.authority or v.description or "",
                    title=v.authority or v.description or "",
                    links=sorted(set(links)),
                )
            )
        disputed = figure.status is FactStatus.DISAGREE
        rows.append(
            FigureRow(
                label=figure.label,
                depth=figure.depth,
                status=figure.status.value,
                lead=figure.lead,
                values=values,
                why=[resolve(reason(e), numbers) for e in figure.why],
                chart=bar_chart(values) if disputed else None,
            )
        )
    return rows


def bar_chart(values: list[Cited]) -> dict[str, Any]:
    """Geometry of a horizontal bar chart, one bar per wording (rendered as inline SVG)."""
    top = max((v.value for v in values), default=0) or 1
    span = CHART_WIDTH - CHART_LABEL - 60
    bars = []
    for i, v in enumerate(values):
        width = max(2, round(span * v.value / top))
        y = i * (CHART_BAR + 8)
        cited = ", ".join(str(n) for n, _ in v.links)
        bars.append(
            {
                "y": y,
                "text_y": y + CHART_BAR * 0.7,
                "width": width,
                "value_x": CHART_LABEL + width + 6,
                "label": f"[{cited}] {v.who}"[:28],
                "shown": v.shown,
                "href": v.links[0][1] if v.links else "#figures",
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


@dataclass(slots=True)
class PlaceRow:
    name: str
    region: str
    latitude: float | None
    longitude: float | None
    names: list[str]
    mentions: int
    href: str


def place_rows(places: list[Place]) -> list[PlaceRow]:
    """An article's resolved places, merged by gazetteer id, with how often and where first."""
    merged: dict[object, PlaceRow] = {}
    for p in places:
        key = p.geonameid or p.name or p.text
        row = merged.get(key)
        if row is None:
            merged[key] = PlaceRow(
                name=p.name or p.text,
                region=", ".join(filter(None, [p.admin1, p.country])),
                latitude=p.latitude,
                longitude=p.longitude,
                names=[p.text],
                mentions=1,
                href=f"#s{p.sentence_index}",
            )
        else:
            row.mentions += 1
            if p.text not in row.names:
                row.names.append(p.text)
    return sorted(merged.values(), key=lambda r: -r.mentions)
