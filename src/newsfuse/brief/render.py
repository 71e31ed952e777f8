"""Render a :class:`Brief` as Markdown, a self-contained HTML page, or JSON.

Rendering only formats: every figure, name and reason was computed when the brief was built.
Computed sentences cite reports as ``[@<article id>]``; each renderer turns those into the
brief's source numbers (Markdown ``[1, 4]``, HTML links to the source list). The HTML page is
self-contained (inline CSS, no script) so it can be mailed or archived as one file; Jinja2
escapes every text, only http(s) URLs become links (``escape.safe_url``) and a
Content-Security-Policy meta forbids scripts, so a hostile report cannot run code in whoever
opens the brief. The JSON is the brief itself (infinite bounds written as null).
"""

from __future__ import annotations

import math
from datetime import date, datetime
from functools import lru_cache

from markupsafe import Markup, escape
from pydantic import TypeAdapter

from ..escape import safe_url
from ..reconcile.values import number as figure
from ..reconcile.values import worded
from ..records import (
    CITATION,
    ArithmeticCheck,
    CheckStatus,
    EventUpdate,
    Explanation,
    ExplanationKind,
    FactStatus,
    TimelineEntry,
)
from ..updates import describe
from .records import Brief, BriefEntity, BriefFigure, BriefSource, BriefValue

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
BACKGROUND_YEARS = 6
ENTITY_KINDS = {
    "ORG": "Organisations",
    "PER": "People",
}  # background dates listed in the Markdown (the JSON has them all)
UPDATES_SHOWN = 8  # the brief lists the latest updates; the JSON keeps them all
_BRIEF = TypeAdapter(Brief)


def number(value: float | None) -> str:
    """A figure as a reader writes it: 14,000 / 2.5 / ? (unknown) / ∞."""
    if value is None:
        return "?"
    return "∞" if math.isinf(value) else figure(value)


def stated(value: BriefValue) -> str:
    """How the sources word a figure: qualifier + value (+ unit)."""
    return worded(value.value, value.qualifier, value.unit)


def refs(numbers: list[int]) -> str:
    return "[" + ", ".join(str(n) for n in sorted(set(numbers))) + "]" if numbers else ""


def resolve(text: str, numbers: dict[str, int]) -> str:
    """A computed sentence with its ``[@id]`` citations as source numbers."""
    return CITATION.sub(
        lambda m: refs(
            [
                numbers[i.strip().lstrip("@")]
                for i in m.group(1).split(",")
                if i.strip().lstrip("@") in numbers
            ]
        ),
        text,
    )


def day(value: date | datetime | None) -> str:
    return value.isoformat()[:10] if value else ""


def when(entry: TimelineEntry) -> str:
    """A timeline date to its precision: 2011, 2020-03, 2024-11-27 (Wed), or a weekday."""
    if entry.date is None:
        return WEEKDAYS[entry.weekday] if entry.weekday is not None else "?"
    if entry.precision == "year":
        return entry.date[:4]
    if entry.precision == "month":
        return entry.date[:7]
    named = f" ({WEEKDAYS[entry.weekday][:3]})" if entry.weekday is not None else ""
    return entry.date[:10] + named


def excerpt(entry: TimelineEntry) -> str:
    """What happened that day in the report's words: the clause, marked when cut."""
    clause = entry.clause or entry.text
    if clause == entry.text:
        return clause
    head = "" if entry.text.startswith(clause) else "…"
    return f"{head}{clause}…"


def update_when(update: EventUpdate) -> str:
    """When an update happened: the outlet's time, else when newsfuse received the report."""
    if update.published:
        return update.published.isoformat(sep=" ")[:16]
    received = update.received.isoformat(sep=" ")[:16] if update.received else "?"
    return f"received {received}"


def update_text(update: EventUpdate) -> str:
    """The figures a report moved, in words; "new report" when it moved none."""
    return "; ".join(describe(c) for c in update.changes) or "new report"


def updates_shown(brief: Brief) -> list[EventUpdate]:
    """The updates the Markdown and HTML list, newest first: none when no report after the first
    has a publication time and none moved a figure (reports read in one batch, all undated, have
    no before and after but the order they were read in); the JSON keeps them all."""
    if not any(u.published or u.changes for u in brief.updates):
        return []
    return brief.updates[:UPDATES_SHOWN]


def update_by(brief: Brief, update: EventUpdate) -> tuple[str, int | None]:
    """Who brought an update as the source list names it ("" when nothing names the outlet: its
    number says which report it is), and its source number."""
    source = brief.source(update.article_id)
    if source is None:
        return update.outlet or "a report", None
    return (source.name if source.named_by else ""), source.n


def update_lines(brief: Brief) -> list[str]:
    """The latest updates, each 'when · outlet [n]: what changed', then how many are left out."""
    shown = updates_shown(brief)
    lines = []
    for update in shown:
        who, n = update_by(brief, update)
        cited = " ".join(filter(None, [who, refs([n]) if n else ""]))
        lines.append(f"{update_when(update)} · {cited}: {update_text(update)}")
    if shown and len(brief.updates) > len(shown):
        lines.append(f"… and {len(brief.updates) - len(shown)} earlier")
    return lines


def cited_by(value: BriefValue) -> str:
    """'[1, 4] SOHR' / '[5] humanitarian organizations'."""
    who = value.short or value.authority or value.description
    return f"{refs(value.sources)} {who}" if who else refs(value.sources)


def header(brief: Brief) -> str:
    """Reports, outlets known, languages, time span: only what is known is counted."""
    named = list(dict.fromkeys(s.name for s in brief.sources if s.named_by))
    outlets = f"outlets: {', '.join(named)}" if named else "no outlet named"
    rewrites = sorted({s.original_source for s in brief.sources if s.original_source})
    if rewrites:
        outlets += f" (rewritten from {', '.join(rewrites)})"
    span = "undated"
    if brief.first_seen:
        span = day(brief.first_seen)
        if brief.last_seen and day(brief.last_seen) != span:
            span += f" – {day(brief.last_seen)}"
    count = len(brief.sources)
    languages = ", ".join(brief.languages) or "?"
    return f"{count} report{'s' if count != 1 else ''} · {outlets} · {languages} · {span}"


def source_line(source: BriefSource) -> str:
    """'3. source 3 [en] — Title (rewritten from ...)'; a copy is named by what it copies."""
    if source.copy_of:
        kind = source.copy_kind.value if source.copy_kind else "copy"
        when_published = f" ({day(source.published)})" if source.published else ""
        return f"{source.name} [{source.language or '?'}] — {kind} of [{source.copy_of}]{when_published}"
    extra = []
    if source.published:
        extra.append(day(source.published))
    if source.original_source:
        extra.append(f"rewritten from {source.original_source}")
    title = f" — {source.title}" if source.title else ""
    details = f" ({'; '.join(extra)})" if extra else ""
    return f"{source.name} [{source.language or '?'}]{title}{details}"


def short_names(brief: Brief) -> dict[str, str]:
    """Authority -> the acronym the rows name it by."""
    return {
        v.authority: v.short
        for row in brief.figures + brief.background
        for v in row.values
        if v.authority and v.short
    }


def record_lines(brief: Brief) -> list[tuple[str, str]]:
    """What, when, where and how many of the brief's event record: (label, text), only what the
    record states; its places with the other names the reports give them. Its actors' roles are
    given where the brief lists who is who (:func:`who_lines`), said once."""
    record, numbers = brief.record, brief.numbers
    if record is None:
        return []
    lines = []
    what = record.what.value.replace("_", " ")
    if record.what_evidence and record.what_evidence.article_id in numbers:
        what += f" {refs([numbers[record.what_evidence.article_id]])}"
    lines.append(("What", what))
    if record.when.start:
        span = day(record.when.start)
        if record.when.end and record.when.end != record.when.start:
            span += f" – {day(record.when.end)}"
        lines.append(("When", f"{span} ({record.when.precision})"))
    elif record.when.evidence:  # dated only by weekdays or "yesterday", and no report is dated
        cited = sorted(
            {numbers[e.article_id] for e in record.when.evidence if e.article_id in numbers}
        )
        lines.append(("When", f"no calendar date in the reports {refs(cited)}".rstrip()))
    if record.where:
        names = {p.geonameid: [n for n in p.names if n != p.name] for p in brief.places}
        places = []
        for p in record.where:
            other = names.get(p.geonameid) or []
            name = f"{p.name} ({', '.join(other)})" if other else p.name
            places.append(", ".join(filter(None, [name, p.admin1, p.country_name or p.country])))
        lines.append(("Where", "; ".join(places)))
    short = short_names(brief)
    counts = []
    for count in record.how_many:
        if count.best is None:
            continue
        spread = ""
        if count.low is not None and count.high is not None and count.low != count.high:
            spread = f" ({number(count.low)}–{number(count.high)})"
        cited = [short.get(a, a) for a in count.authorities]
        per = f" per {', '.join(cited)}" if cited else ""
        what = " ".join(filter(None, [count.subject, count.measure]))
        counts.append(f"{what} {number(count.best)}{spread}{per}")
    if counts:
        lines.append(("How many", "; ".join(counts)))
    return lines


def by_source(figure: BriefFigure) -> str:
    """Each source's wording with whom it cites; when they all agree, only who says it."""
    if not shows_value(figure):
        return "; ".join(cited_by(v) for v in figure.values)
    return "; ".join(f"{stated(v)} {cited_by(v)}" for v in figure.values)


def _figure_row(figure: BriefFigure) -> str:
    label = "↳" * figure.depth + figure.label
    return f"| {label} | {figure.lead} | {by_source(figure)} | {status_of(figure)} |"


def render_markdown(brief: Brief) -> str:
    numbers = brief.numbers
    out = [f"# {brief.title}", "", f"_{header(brief)}_", ""]
    if brief.record is not None:
        lines = record_lines(brief)
        out += ["## Event", "", *(f"- **{label}:** {text}" for label, text in lines), ""]
    if brief.summary:
        out += ["## Summary", ""]
        for item in brief.summary:
            tag = f" _({item.language})_" if item.language and item.language != "en" else ""
            out.append(f"- {item.text}{tag} [{item.source}]")
        out.append("")
    updates = update_lines(brief)
    if updates:
        out += ["## Updates", "", *(f"- {line}" for line in updates), ""]
    if brief.figures:
        out += [
            "## Key figures",
            "",
            "| figure | stated | by source | status |",
            "|---|---|---|---|",
        ]
        out += [_figure_row(f) for f in brief.figures]
        out.append("")
    if brief.vague:
        said = "; ".join(
            f"{v.words} {' '.join(filter(None, [v.subject, v.measure]))} {refs(v.sources)}"
            for v in brief.vague
        )
        out += [f"Said without a number: {said}.", ""]
    disputed = [f for f in brief.figures if f.why]
    if disputed or brief.relations:
        out += ["## Why figures differ", ""]
        for figure in disputed:
            reasons = " ".join(resolve(reason(e), numbers) for e in figure.why)
            out.append(f"- **{figure.label}**: {reasons}")
        out += [f"- {resolve(r.text, numbers)}" for r in brief.relations]
        out.append("")
    inside = [*brief.inconsistencies, *holding(brief)]
    if inside:
        out += ["## Inside one report", "", *(f"- {resolve(i.text, numbers)}" for i in inside), ""]
    if brief.background:
        out += ["## Background figures", ""]
        for figure in brief.background:
            values = "; ".join(f"{stated(v)} {refs(v.sources)}" for v in figure.values)
            out.append(f"- {figure.label}: {values} — {figure.fact.background}")
        out.append("")
    who = who_lines(brief)
    if who:
        out += ["## Who", "", *(f"- **{title}:** {names}" for title, names in who), ""]
    if brief.places and not (brief.record and brief.record.where):  # else the record says where
        out += ["## Where", ""]
        for place in brief.places:
            others = [n for n in place.names if n != place.name]
            names = f" — {', '.join(others)}" if others else ""
            region = ", ".join(filter(None, [place.admin1, place.country]))
            out.append(f"- **{place.name}** ({region}){names}")
        out.append("")
    own = [t for t in brief.timeline if not t.background]
    past = [t for t in brief.timeline if t.background]
    if own or past:
        out += ["## When", ""]
        for entry in own:
            cited = refs([numbers[a] for a in (entry.article_id, *entry.also) if a in numbers])
            out.append(f"- {when(entry)}: {excerpt(entry)} {cited}")
        if past:
            years: dict[str, list[int]] = {}
            for entry in past:
                years.setdefault(when(entry), []).append(numbers.get(entry.article_id, 0))
            listed = "; ".join(f"{y} {refs(n)}" for y, n in list(years.items())[:BACKGROUND_YEARS])
            out.append(f"- Background dates: {listed}")
        out.append("")
    if brief.story:
        out += ["## Story", "", *(f"- {line}" for line in story_lines(brief)), ""]
    out += ["## Sources", "", *(f"{s.n}. {source_line(s)}" for s in brief.sources)]
    return "\n".join(out).rstrip() + "\n"


def story_lines(brief: Brief) -> list[str]:
    """The story's incidents, one line each: day, title, killed count, reports; this one marked."""
    lines = []
    for incident in brief.story:
        killed = f"killed {number(incident.killed)}" if incident.killed is not None else "no toll"
        reports = f"{incident.reports} report{'s' if incident.reports != 1 else ''}"
        this = " (this event)" if incident.event_id == brief.id else ""
        lines.append(
            f"{day(incident.day) or 'undated'} · {incident.title} — {killed} · {reports}{this}"
        )
    return lines


def named_as(entity: BriefEntity, role: str | None = None) -> str:
    """'Hayat Tahrir al-Sham [perpetrator] (HTS, Levant Liberation Organization)'."""
    name = f"{entity.name} [{role}]" if role else entity.name
    return f"{name} ({', '.join(entity.aliases)})" if entity.aliases else name


def who_lines(brief: Brief) -> list[tuple[str, str]]:
    """(Organisations | People | Other actors, the names) — each entity with its role in the
    event record when it has one, then the record's actors the entity list leaves out."""
    actors = list(brief.record.who) if brief.record else []
    roles = {a.entity_id or a.name: a.role.value for a in actors}
    listed = set()
    lines = []
    for kind, title in ENTITY_KINDS.items():
        named = []
        for e in brief.entities:
            if e.type == kind:
                role = roles.get(e.id) or roles.get(e.name)
                listed |= {e.id, e.name}
                named.append(named_as(e, role))
        if named:
            lines.append((title, "; ".join(named)))
    rest = [f"{a.name} [{a.role.value}]" for a in actors if not {a.entity_id, a.name} & listed]
    if rest:
        lines.append(("Other actors", "; ".join(rest)))
    return lines


def holding(brief: Brief) -> list[ArithmeticCheck]:
    """Sums that hold, for totals another report's breakdown of the same figure contradicts
    (the contrast says which breakdown to trust); the JSON has every check."""
    fact_of = {
        v: f.fact.id for f in brief.figures for v in (c for b in f.values for c in b.claim_ids)
    }
    broken = {fact_of.get(i.claim_ids[0]) for i in brief.inconsistencies if i.claim_ids}
    return [
        c
        for c in brief.checks
        if c.status is CheckStatus.HOLDS and fact_of.get(c.total_claim_id) in broken - {None}
    ]


def reason(explanation: Explanation) -> str:
    """A reason as a row states it (citations still ``[@id]``): who cites whom is already in
    the row, so "different authorities" is all an authority reason adds; the others in full."""
    if explanation.kind is ExplanationKind.AUTHORITY:
        return "Different authorities."
    return explanation.text


def shows_value(figure: BriefFigure) -> bool:
    """Whether a row repeats each source's wording: not when they all word it alike."""
    return figure.status is not FactStatus.AGREE or len({stated(v) for v in figure.values}) > 1


def status_of(figure: BriefFigure) -> str:
    """A row's status as shown: nothing when its sources agree."""
    return "" if figure.status is FactStatus.AGREE else figure.status.value


def cited_html(text: str, numbers: dict[str, int]) -> Markup:
    """A computed sentence, escaped, its citations as links to the source list."""
    parts, last = [], 0
    for match in CITATION.finditer(text):
        parts.append(escape(text[last : match.start()]))
        found = sorted(
            {
                numbers[i.strip().lstrip("@")]
                for i in match.group(1).split(",")
                if i.strip().lstrip("@") in numbers
            }
        )
        links = ", ".join(f'<a class="cite" href="#source-{n}">{n}</a>' for n in found)
        parts.append(Markup(f"[{links}]"))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("newsfuse", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        number=number,
        stated=stated,
        when=when,
        day=day,
        refs=refs,
        update_when=update_when,
        update_text=update_text,
    )
    env.globals.update(
        header=header,
        source_line=source_line,
        record_lines=record_lines,
        story_lines=story_lines,
        safe_url=safe_url,
        by_source=by_source,
        excerpt=excerpt,
        reason=reason,
        shows_value=shows_value,
        status_of=status_of,
        holding=holding,
        who_lines=who_lines,
        update_by=update_by,
        updates_shown=updates_shown,
    )
    return env


def render_html(brief: Brief) -> str:
    numbers = brief.numbers
    return (
        _environment()
        .get_template("brief.html.j2")
        .render(
            b=brief,
            numbers=numbers,
            cite=lambda text: cited_html(text, numbers),
        )
    )


def brief_json(brief: Brief) -> str:
    """The brief as JSON (schema ``docs/brief.md``)."""
    return _BRIEF.dump_json(brief, indent=2).decode()


def brief_data(brief: Brief) -> dict:
    """The brief as JSON-ready data (what the web API returns)."""
    return _BRIEF.dump_python(brief, mode="json")
