"""Score the product's brief of one event, item by item, against a brief-precision gold.

The pipeline reads the gold's documents (``newsfuse run`` as a user would, into a temporary
store), the event holding most of the gold's documents is taken, and its brief is built by the
brief stage (:func:`newsfuse.brief.build_brief`). Each section's shown items are then judged:

* ``places``: each place listed; right when one of its names is a gold place's name in the gold
  country. Precision counts "right" and "acceptable" gold places (correctly resolved places the
  reports name near the event, e.g. a road's other end); recall only "right" ones.
* ``entities``: each person or organisation listed; right when one of its names is a gold
  entity's and the type agrees.
* ``figures``: each (report, value) the key-figures table states for the event (in a row, or as
  an earlier step of an update the row's reason lists); right when the gold lists it among the
  event's own figures (a background figure there is wrong).
* ``background``: each (report, value) the background list states; right when the gold lists it
  as background.
* ``scopes``: each (report, phrase) given as a time scope in the reasons; right when the gold
  lists the phrase for that report.
* ``authorities``: each authority name the table credits; right when it names a gold authority.
  ``authorities.split`` counts gold authorities credited under two or more names.
* ``timeline``: each of the event's own timeline entries; right when the gold dates its sentence
  to that day (a weekday, or an ISO day) and the day lies in the gold window; recall is the share
  of gold days with a right entry.
* ``summary``: each summary sentence; right when it tells one of the gold's points, is clean (its
  words, when the gold gives the clean length) and tells a point no earlier sentence told; recall
  is the share of points told.

Gold format: ``docs/evaluation-commands.md`` (``eval brief``). Documents are named by file name, with
``#k`` for the k-th report of a file holding several (in reading order); sentences by their
index. The gold holds no source text beyond short names, values and time phrases.
"""

from __future__ import annotations

import json
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..brief import Brief, build_brief, render_markdown
from ..errors import InputError
from ..pipeline import Pipeline
from ..reconcile.explain import is_time_scope
from ..records import Article, ExplanationKind
from ..store import Store

SECTIONS = (
    "places",
    "entities",
    "figures",
    "background",
    "scopes",
    "authorities",
    "timeline",
    "summary",
)
_DATED = (ExplanationKind.UPDATE, ExplanationKind.REPORT_TIME)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _key(text: str) -> str:
    """Names compared without case, accents, spaces or punctuation."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded.lower() if c.isalnum())


@dataclass
class Score:
    """Shown items judged right or wrong, and gold items found."""

    right: int = 0
    shown: int = 0
    found: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)  # gold items the brief does not show

    def judge(self, ok: bool, what: str) -> None:
        self.shown += 1
        self.right += ok
        if not ok:
            self.misses.append(f"wrong: {what}")

    def figures(self, name: str) -> dict[str, float | int]:
        out: dict[str, float | int] = {
            f"{name}.precision": self.right / self.shown if self.shown else 1.0,
            f"{name}.shown": self.shown,
        }
        if self.gold:
            out[f"{name}.recall"] = self.found / self.gold
            out[f"{name}.gold"] = self.gold
        return out


def doc_keys(articles: list[Article]) -> dict[str, str]:
    """Article id -> gold document name: the file name, "#k" added in files of several."""
    by_file: dict[str, list[Article]] = defaultdict(list)
    for article in sorted(articles, key=lambda a: a.seq):
        by_file[Path(article.source_path).name].append(article)
    keys = {}
    for name, group in by_file.items():
        for k, article in enumerate(group, 1):
            keys[article.id] = name if len(group) == 1 else f"{name}#{k}"
    return keys


def _names(gold_items: Iterable[dict[str, Any]]) -> list[tuple[set[str], dict[str, Any]]]:
    return [({_key(n) for n in [g["name"], *g.get("aliases", [])]}, g) for g in gold_items]


def score_places(brief: Brief, gold: dict[str, Any]) -> Score:
    score = Score()
    right = _names(gold.get("right", []))
    ok = right + _names(gold.get("acceptable", []))
    matched = set()
    for place in brief.places:
        keys = {_key(n) for n in [place.name, *place.names]}
        hit = [
            g
            for names, g in ok
            if names & keys and g.get("country", place.country) == place.country
        ]
        score.judge(bool(hit), f"place {place.name} ({place.country})")
        matched |= {g["name"] for g in hit}
    score.gold = len(right)
    score.found = sum(1 for _, g in right if g["name"] in matched)
    score.missed = [f"place {g['name']}" for _, g in right if g["name"] not in matched]
    return score


def score_entities(brief: Brief, gold: dict[str, Any]) -> Score:
    score = Score()
    right = _names(gold.get("right", []))
    matched = set()
    for entity in brief.entities:
        keys = {_key(n) for n in [entity.name, *entity.aliases]}
        hit = [
            g for names, g in right if names & keys and g.get("type", entity.type) == entity.type
        ]
        score.judge(bool(hit), f"entity {entity.name} ({entity.type})")
        matched |= {g["name"] for g in hit}
    score.gold = len(right)
    score.found = len(matched)
    score.missed = [f"entity {g['name']}" for _, g in right if g["name"] not in matched]
    return score


def _stated(rows, docs: dict[int, str], ids: dict[str, str]) -> set[tuple[str, float, str]]:
    """(report, value, measure) a row states: its values, and the earlier figures its update
    reason lists."""
    shown = set()
    for row in rows:
        shown |= {
            (docs[n], float(v.value), row.fact.measure)
            for v in row.values
            for n in v.sources
            if n in docs
        }
        listed = {c for e in row.why if e.kind in _DATED for c in e.claim_ids}
        shown |= {
            (ids[v.article_id], float(v.value), row.fact.measure)
            for v in row.fact.values
            if v.claim_id in listed and v.article_id in ids and v.value is not None
        }
    return shown


def _gold_pairs(items: list[dict[str, Any]]) -> dict[tuple[str, float], set[str]]:
    pairs: dict[tuple[str, float], set[str]] = defaultdict(set)
    for item in items:
        measures = item["measure"] if isinstance(item["measure"], list) else [item["measure"]]
        for doc, value in item["values"]:
            pairs[doc, float(value)] |= set(measures)
    return pairs


def score_figures(
    rows, gold_items: list[dict[str, Any]], docs: dict[int, str], ids: dict[str, str]
) -> Score:
    score = Score()
    gold = _gold_pairs(gold_items)
    shown = _stated(rows, docs, ids)
    for doc, value, measure in sorted(shown):
        ok = measure in gold.get((doc, value), set())
        score.judge(ok, f"figure {measure} {value:g} in {doc}")
    found = {(d, v) for d, v, m in shown if m in gold.get((d, v), set())}
    score.gold = len(gold)
    score.found = len(found)
    score.missed = [f"figure {v:g} in {d}" for d, v in sorted(set(gold) - found)]
    return score


def score_scopes(brief: Brief, gold: dict[str, list[str]], ids: dict[str, str]) -> Score:
    score = Score()
    allowed = {(doc, _key(p)) for doc, phrases in gold.items() for p in phrases}
    shown = set()
    for row in brief.figures:
        if not any(e.kind is ExplanationKind.TIME_SCOPE for e in row.why):
            continue
        for value in row.fact.values:
            shown |= {
                (ids[value.article_id], phrase)
                for phrase in value.scope
                if is_time_scope(phrase) and value.article_id in ids
            }
    for doc, phrase in sorted(shown):
        score.judge((doc, _key(phrase)) in allowed, f"time scope '{phrase}' in {doc}")
    return score


def score_authorities(brief: Brief, gold: list[dict[str, Any]]) -> tuple[Score, int]:
    score = Score()
    known = _names(gold)
    names_of: dict[str, set[str]] = defaultdict(set)
    credited = sorted({v.authority for row in brief.figures for v in row.values if v.authority})
    for name in credited:
        hit = [g["name"] for names, g in known if _key(name) in names]
        score.judge(bool(hit), f"authority {name}")
        for g in hit:
            names_of[g].add(name)
    score.gold = len(known)
    score.found = len(names_of)
    score.missed = [f"authority {g['name']}" for _, g in known if g["name"] not in names_of]
    split = sum(1 for names in names_of.values() if len(names) > 1)
    return score, split


def score_timeline(brief: Brief, gold: dict[str, Any], ids: dict[str, str]) -> Score:
    score = Score()
    window = [date.fromisoformat(d) for d in gold["window"]] if gold.get("window") else None
    days: dict[tuple[str, int], str] = {}
    for day, sentences in gold.get("days", {}).items():
        for doc, index in sentences:
            days[doc, index] = day.lower()
    covered = set()
    for entry in brief.timeline:
        if entry.background:
            continue
        where = (ids.get(entry.article_id, ""), entry.sentence_index)
        iso = entry.date
        weekday = WEEKDAYS[entry.weekday] if entry.weekday is not None else None
        gold_day = days.get(where)
        inside = window is None or iso is None or window[0] <= date.fromisoformat(iso) <= window[1]
        ok = gold_day is not None and inside and gold_day in {iso, weekday}
        score.judge(ok, f"timeline {iso or weekday} for {where[0]} sentence {where[1]}")
        if ok:
            covered.add(gold_day)
    score.gold = len(gold.get("days", {}))
    score.found = len(covered)
    score.missed = [f"day {d}" for d in gold.get("days", {}) if d.lower() not in covered]
    return score


def score_summary(brief: Brief, gold: dict[str, Any], ids: dict[str, str]) -> Score:
    score = Score()
    points: dict[tuple[str, int], set[str]] = defaultdict(set)
    for point, sentences in gold.get("points", {}).items():
        for doc, index in sentences:
            points[doc, index].add(point)
    clean_words = {(doc, index): words for doc, index, words in gold.get("clean_words", [])}
    told: set[str] = set()
    for item in brief.summary:
        where = (ids.get(item.article_id, ""), item.sentence_index)
        new = points.get(where, set()) - told
        clean = clean_words.get(where, len(item.text.split())) == len(item.text.split())
        score.judge(bool(new) and clean, f"summary {where[0]} sentence {where[1]}")
        told |= points.get(where, set()) if clean else set()
    score.gold = len(gold.get("points", {}))
    score.found = len(told)
    score.missed = [f"point {p}" for p in gold.get("points", {}) if p not in told]
    return score


def load_gold(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"not a brief gold file ({exc})") from exc
    if not isinstance(gold, dict) or not isinstance(gold.get("docs"), list):
        raise InputError(str(path), "a brief gold needs a 'docs' list naming the event's reports")
    return gold


def evaluate_brief(
    gold_path: str | Path, docs: str | Path, db: str | Path | None = None
) -> dict[str, Any]:
    """Per-section precision and recall of the brief of the gold's event (see module doc)."""
    gold = load_gold(gold_path)
    docs = Path(docs)
    if not docs.exists():
        raise InputError(str(docs), "no such file or folder")
    with tempfile.TemporaryDirectory() as tmp, Store(db or Path(tmp) / "brief.db") as store:
        Pipeline(store).run([docs])
        keys = doc_keys(store.articles())
        wanted = set(gold["docs"])
        event = max(
            store.events(),
            key=lambda e: (len(wanted & {keys[a] for a in e.article_ids}), -len(e.article_ids)),
            default=None,
        )
        if event is None:
            raise InputError(str(docs), "no report could be read")
        brief = build_brief(store, event)
    ids = {a: keys[a] for a in event.article_ids}
    docs_of = {s.n: ids[s.article_id] for s in brief.sources}
    authorities, split = score_authorities(brief, gold.get("authorities", []))
    scores = {
        "places": score_places(brief, gold.get("places", {})),
        "entities": score_entities(brief, gold.get("entities", {})),
        "figures": score_figures(brief.figures, gold.get("figures", []), docs_of, ids),
        "background": score_figures(brief.background, gold.get("background", []), docs_of, ids),
        "scopes": score_scopes(brief, gold.get("scopes", {}), ids),
        "authorities": authorities,
        "timeline": score_timeline(brief, gold.get("timeline", {}), ids),
        "summary": score_summary(brief, gold.get("summary", {}), ids),
    }
    result: dict[str, Any] = {
        "event.docs": len(event.article_ids),
        "event.gold_docs_found": len(wanted & set(ids.values())),
        "markdown.words": len(render_markdown(brief).split()),
        "authorities.split": split,
    }
    for name in SECTIONS:
        result.update(scores[name].figures(name))
    result["misses"] = [f"{name}: {m}" for name in SECTIONS for m in scores[name].misses]
    result["missed"] = [f"{name}: {m}" for name in SECTIONS for m in scores[name].missed]
    result["misses"] += [
        f"gold report not in the event: {d}" for d in sorted(wanted - set(ids.values()))
    ]
    return result
