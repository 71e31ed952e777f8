"""Render a brief (the data of :func:`newsfuse.brief.build_brief`) as Markdown or HTML.

Rendering only formats; it never computes a figure. The HTML page is self-contained (inline CSS
and SVG, no script) so it can be mailed or archived as one file; all text is escaped by Jinja2,
only http(s) URLs become links (``escape.safe_url``) and a Content-Security-Policy meta forbids
scripts, so a hostile report cannot run code in whoever opens the brief.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from .escape import safe_url

QUALIFIER_WORDS = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "about": "about ",
    "nearly": "nearly ",
    "less_than": "less than ",
    "up_to": "up to ",
}


def number(value: float | None) -> str:
    if value is None:
        return "?"
    if math.isinf(value):
        return "∞"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}"


def when(entry: dict[str, Any]) -> str:
    """A timeline date written to its precision: 2011, 2020-03, 2024-11-29."""
    width = {"year": 4, "month": 7}.get(entry.get("precision", "day"), 10)
    return entry["date"][:width]


def fact_label(fact: dict[str, Any]) -> str:
    if fact.get("label"):
        return fact["label"]
    subject = (fact.get("subject") or "").replace("_", " ")
    measure = (fact.get("measure") or "").replace("_", " ")
    return f"{subject} {measure}".strip() or fact.get("id", "")


def stated(value: dict[str, Any], unit: str | None = None) -> str:
    """How a source stated its figure: qualifier + value (+ unit)."""
    figure = value.get("value")
    if figure is None:
        figure = value.get("low")
    text = QUALIFIER_WORDS.get(value.get("qualifier") or "exact", "") + number(figure)
    return f"{text} {unit}" if unit else text


def consensus(fact: dict[str, Any]) -> str:
    low, high = fact.get("consensus_low"), fact.get("consensus_high")
    unit = f" {fact['unit']}" if fact.get("unit") else ""
    if low is None and high is None:
        if fact.get("low") is not None:
            return f"{number(fact['low'])}–{number(fact['high'])}{unit} (no common value)"
        return "—"
    if high is None:
        return f"at least {number(low)}{unit}"
    if low is None or low == high:
        return f"{number(high)}{unit}"
    return f"{number(low)}–{number(high)}{unit}"


UPDATES_SHOWN = 8  # the brief lists the latest updates; the JSON keeps them all


def update_when(update: dict[str, Any]) -> str:
    """When an update happened: the outlet's time, else when newsfuse received the report."""
    if update.get("published"):
        return update["published"][:16].replace("T", " ")
    return f"received {(update.get('received') or '?')[:16].replace('T', ' ')}"


def update_text(update: dict[str, Any]) -> str:
    return "; ".join(c["text"] for c in update.get("changes", [])) or "new report"


def _updates(brief: dict[str, Any], numbers: dict[str, int]) -> list[str]:
    updates = brief.get("updates") or []
    if not updates:
        return []
    outlets = {s["article_id"]: s["outlet"] for s in brief.get("sources", [])}
    lines = ["## Updates", ""]
    for update in updates[:UPDATES_SHOWN]:
        who = update.get("outlet") or outlets.get(update["article_id"], "a report")
        cite = _cite(numbers, update["article_id"])
        lines.append(f"- {update_when(update)} · {who} {cite}: {update_text(update)}")
    if len(updates) > UPDATES_SHOWN:
        lines.append(f"- … and {len(updates) - UPDATES_SHOWN} earlier")
    return [*lines, ""]


def _sources_of(brief: dict[str, Any]) -> dict[str, int]:
    return {s["article_id"]: s["n"] for s in brief.get("sources", [])}


def _cite(numbers: dict[str, int], article_id: str) -> str:
    n = numbers.get(article_id)
    return f"[{n}]" if n is not None else ""


def _cited(
    title: str, items: list[dict[str, Any]], numbers: dict[str, int], dated: bool = False
) -> list[str]:
    """A Markdown section listing statements, each with its source citation."""
    if not items:
        return []
    lines = [f"## {title}", ""]
    for item in items:
        prefix = f"{when(item)}: " if dated else ""
        lines.append(f"- {prefix}{item['text']} {_cite(numbers, item['article_id'])}")
    return [*lines, ""]


def render_markdown(brief: dict[str, Any]) -> str:
    numbers = _sources_of(brief)
    span = brief.get("time_span") or {}
    out = [f"# {brief['title']}", ""]
    outlets = {s["outlet"] for s in brief.get("sources", [])}
    line = (
        f"_{brief['article_count']} reports from {len(outlets)} outlets "
        f"in {', '.join(brief.get('languages') or ['?'])}_"
    )
    if span.get("first"):
        line += f" · _{span['first'][:10]} – {(span.get('last') or '')[:10]}_"
    out += [line, "", "## Summary", ""]
    for item in brief.get("summary", []):
        lang = item.get("language")
        tag = f" _({lang})_" if lang and lang != "en" else ""
        out.append(f"- {item['text']}{tag} [{item['source']}]")
    out.append("")
    out += _updates(brief, numbers)
    facts = brief.get("figures", [])
    if facts:
        out += [
            "## Key figures",
            "",
            "| figure | consensus | by source | status |",
            "|---|---|---|---|",
        ]
        for fact in facts:
            values = "; ".join(
                f"{stated(v, fact.get('unit'))} {_cite(numbers, v['article_id'])}"
                for v in fact.get("values", [])
            )
            out.append(
                f"| {fact_label(fact)} | {consensus(fact)} | {values} | {fact.get('status')} |"
            )
        disputed = [f for f in facts if f.get("status") == "disagree" or f.get("explanations")]
        if disputed or brief.get("relations"):
            out += ["", "## Where sources differ", ""]
            out += [f"- {r['text']}" for r in brief.get("relations", [])]
            out.append("")
            for fact in disputed:
                out.append(f"**{fact_label(fact)}** ({fact.get('status')})")
                out += [f"- {text}" for text in fact.get("explanations", [])]
                out += [f"- _{note}_" for note in fact.get("notes", [])]
                out.append("")
    holding = [c for c in brief.get("checks", []) if c.get("status") == "holds"]
    out += _cited("Internal inconsistencies", brief.get("inconsistencies", []), numbers)
    out += _cited("Sums that hold", holding, numbers)
    if brief.get("entities"):
        out += ["## People, groups and places", ""]
        for entity in brief["entities"]:
            aliases = "; ".join(
                f"{lang}: {', '.join(names)}"
                for lang, names in (entity.get("aliases") or {}).items()
            )
            out.append(f"- **{entity['name']}** ({entity.get('type')}) — {aliases}")
        out.append("")
    if brief.get("places"):
        out += ["## Places", ""]
        for place in brief["places"]:
            coords = ""
            if place.get("latitude") is not None:
                coords = f" ({place['latitude']:.3f}, {place['longitude']:.3f})"
            names = ", ".join(place.get("names", []))
            out.append(f"- **{place['name']}**, {place.get('country', '')}{coords} — {names}")
        out.append("")
    out += _cited("Timeline", brief.get("timeline", []), numbers, dated=True)
    out += ["## Sources", ""]
    for source in brief.get("sources", []):
        extra = []
        if source.get("published"):
            extra.append(source["published"][:10])
        if source.get("original_source"):
            extra.append(f"rewritten from {source['original_source']}")
        if source.get("duplicate_of"):
            extra.append(f"{source['duplicate_kind']} of [{numbers.get(source['duplicate_of'])}]")
        title = f" — {source['title']}" if source.get("title") else ""
        details = f" ({'; '.join(extra)})" if extra else ""
        out.append(f"{source['n']}. {source['outlet']} [{source.get('language')}]{title}{details}")
    return "\n".join(out).rstrip() + "\n"


def chart_svg(fact: dict[str, Any], numbers: dict[str, int], width: int = 420) -> str:
    """A horizontal bar per source value (lower bounds drawn open-ended), as an SVG string.

    Values are escaped by the caller's template; this only emits numbers and fixed markup.
    """
    values = fact.get("values", [])
    finite = [v.get("value") or v.get("low") or 0 for v in values]
    top = max([*finite, 1]) * 1.15
    row = 22
    height = row * len(values) + 10
    bars = []
    for i, (v, figure) in enumerate(zip(values, finite, strict=True)):
        y = 5 + i * row
        length = max(2, int((width - 160) * figure / top))
        open_ended = v.get("qualifier") in ("at_least", "more_than")
        label = f"[{numbers.get(v['article_id'], '?')}] {stated(v)}"
        bars.append(
            f'<rect x="150" y="{y}" width="{length}" height="{row - 8}" class="bar"/>'
            + (f'<text x="{152 + length}" y="{y + 12}" class="open">→</text>' if open_ended else "")
            + f'<text x="0" y="{y + 12}">{_xml(label)}</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{_xml(fact_label(fact))} by source">{"".join(bars)}</svg>'
    )


def _xml(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("newsfuse", "templates"), autoescape=select_autoescape(["html", "j2"])
    )
    env.filters.update(
        number=number,
        stated=stated,
        consensus=consensus,
        fact_label=fact_label,
        when=when,
        update_when=update_when,
        update_text=update_text,
        safe_url=safe_url,
    )
    return env


def render_html(brief: dict[str, Any]) -> str:
    from markupsafe import Markup

    numbers = _sources_of(brief)
    charts = {
        fact["id"]: Markup(chart_svg(fact, numbers))
        for fact in brief.get("figures", [])
        if fact.get("status") == "disagree"
    }
    return (
        _environment()
        .get_template("brief.html.j2")
        .render(
            b=brief,
            numbers=numbers,
            charts=charts,
            outlets={s["article_id"]: s["outlet"] for s in brief.get("sources", [])},
            updates_shown=UPDATES_SHOWN,
        )
    )
