"""Where and when of an incident read off its articles, against GVC's gold city, state and date.

Where: every article votes for US places; a wire dateline ("GAINESVILLE, Fla. -") weighs most,
then "City, State" pairs anywhere in the title or text, then place names the NER model finds in
the title and lead. The incident's state is the most supported state; its city the most supported
city (a city outside that state only wins when nothing in the state was named).
When: the articles' day-precise date expressions resolved against their ``published`` date (only
days up to 31 days before publication count); without any, the earliest publication date.
Articles flagged ``text_boilerplate`` are skipped (their body is a paywall page).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

from ..errors import InputError
from ..extract.dates import resolve_dates
from ..extract.entities import extract_mentions
from ..extract.gazetteer import AP_STATES, GeoEntry, gazetteer, name_key
from ..extract.places import (
    PLACE_LABELS,
    best_entry,
    candidates,
    dateline,
    state_code,
)
from ..language import split_sentences

LEAD_SENTENCES = 5
LEAD_CHARS = 1500  # "City, ST" pairs further down are mostly other stories and station blurbs
_STATE_WORDS = "|".join(
    [re.escape(a) + r"\." for a in AP_STATES] + [r"[A-Z]{2}\b", r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"]
)
# "Albuquerque police said", "the Elgin Police Department": the local force names the city.
_LOCAL_FORCE = re.compile(
    r"\b([A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)?) (?:[Pp]olice|officers|[Ss]heriff)\b"
)
# Outlet tags: station call letters, sites, "News", newspaper names.
_OUTLET = re.compile(
    r"\b(?:[KW][A-Z]{2,3}\b|[\w-]+\.(?:com|net|org)\b|News|TV|Times|Post|Herald|Tribune|"
    r"Gazette|Journal|Daily|Channel|Radio|Press)"
)
_CITY_STATE = re.compile(rf"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),\s+({_STATE_WORDS})")


def _read_jsonl(path: Path, required: tuple[str, ...]) -> list[dict]:
    records = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path}:{number}", f"not JSON ({exc})") from exc
        missing = [k for k in required if not isinstance(record, dict) or k not in record]
        if missing:
            raise InputError(f"{path}:{number}", f"missing {', '.join(missing)}")
        records.append(record)
    return records


def _in_state(text: str, state: str) -> GeoEntry | None:
    found = tuple(e for e in candidates(text)[0] if e.country == "US" and e.admin1 == state)
    return best_entry(found, "US", state)


def headline(title: str) -> str:
    """The title without the outlet's tag ("... - WFSB 3 Connecticut", "... | KSL.com")."""
    head, sep, tail = max(title.rpartition(" - "), title.rpartition(" | "), key=lambda p: len(p[0]))
    return head if sep and _OUTLET.search(tail) and len(tail.split()) <= 10 else title


def _proper(name: str, body: str) -> bool:
    """False for a one-word name the text also uses as a common word: title-case headlines make
    the model tag "Man" or "Dad" as places."""
    if " " in name or len(name) < 3:
        return " " in name
    return re.search(rf"\b{re.escape(name.lower())}\b", body) is None


def _article_votes(article: dict, cities: Counter, states: Counter, names: Counter) -> None:
    """Add one article's votes; ``names`` collects city names to resolve once the state is known."""
    body = article.get("text") or ""
    title = headline(article.get("title") or "")
    line = dateline(body)
    if line and line[1]:
        city = _in_state(*line)
        if city:
            cities[city] += 3
        states[line[1]] += 3
    elif line:
        names[line[0]] += 3
    for text in (title, body[:LEAD_CHARS]):
        for match in _CITY_STATE.finditer(text):
            state = state_code(match.group(2))
            city = _in_state(match.group(1), state) if state else None
            if city:
                cities[city] += 2
                states[state] += 2
        for match in _LOCAL_FORCE.finditer(text):
            names[match.group(1)] += 2
    sentences = split_sentences(f"{title}\n{body}", article["id"], "en")
    for mention in extract_mentions(sentences[:LEAD_SENTENCES], "en"):
        if mention.label in PLACE_LABELS and _proper(mention.text, body):
            names[mention.text] += 2 if mention.sentence_index == 0 else 1
            for entry in candidates(mention.text)[0]:
                if entry.kind == "admin1" and entry.country == "US":
                    states[entry.admin1] += 1


def _resolve_city(name: str, state: str | None) -> GeoEntry | None:
    """The US city a name denotes, in ``state`` when it has one of that name."""
    found = tuple(e for e in candidates(name)[0] if e.country == "US")
    return (_in_state(name, state) if state else None) or best_entry(found, "US")


def predict_place(articles: list[dict]) -> tuple[GeoEntry | None, str | None]:
    """The incident's city (a gazetteer entry) and state (postal code)."""
    cities: Counter[GeoEntry] = Counter()
    states: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for article in articles:
        _article_votes(article, cities, states, names)
    state = states.most_common(1)[0][0] if states else None
    for name, weight in names.items():
        entry = _resolve_city(name, state)
        if entry is not None and entry.kind == "city":
            cities[entry] += weight
    city = max(cities, key=lambda c: cities[c] + states[c.admin1] / 2, default=None)
    return city, state or (city.admin1 if city else None)


def predict_date(articles: list[dict]) -> date | None:
    """The most supported day among the articles' date expressions (else first publication)."""
    votes: Counter[date] = Counter()
    published_days = []
    for article in articles:
        try:
            published = datetime.fromisoformat(article["published"])
        except (TypeError, ValueError):
            continue
        published_days.append(published.date())
        text = f"{article.get('title') or ''}\n{article.get('text') or ''}"
        sentences = split_sentences(text, article["id"], "en")
        for ref in resolve_dates(sentences, published, "en"):
            if ref.precision == "day" and ref.value:
                day = date.fromisoformat(ref.value)
                if published.date() - timedelta(days=31) <= day <= published.date():
                    votes[day] += 1
    if votes:  # on a tie the earlier day: later ones are mostly the days it was reported
        top = max(votes.values())
        return min(d for d, n in votes.items() if n == top)
    return min(published_days, default=None)


def _same_city(predicted: GeoEntry | None, gold_city: str, gold_state: str | None) -> bool:
    if predicted is None:
        return False
    options = [gold_city, *re.findall(r"\(([^)]*)\)", gold_city), re.sub(r"\s*\(.*", "", gold_city)]
    keys = {name_key(o) for o in options}
    if name_key(predicted.name) in keys:
        return True
    return any(
        e.geonameid == predicted.geonameid
        for option in options
        for e in candidates(option)[0]
        if gold_state is None or e.admin1 == gold_state
    )


def evaluate_incident_where_when(
    articles_path: str | Path, incidents_path: str | Path, limit: int | None = None
) -> dict:
    """City, state and date accuracy of incidents read off their (non-boilerplate) articles."""
    articles = {
        a["id"]: a for a in _read_jsonl(Path(articles_path), ("id", "title", "text", "published"))
    }
    incidents = _read_jsonl(Path(incidents_path), ("incident_id", "date", "state", "city"))
    gaz = gazetteer()
    counts = Counter()
    for incident in incidents[:limit] if limit else incidents:
        docs = [
            articles[a]
            for a in incident.get("article_ids", [])
            if a in articles and not articles[a].get("text_boilerplate")
        ]
        if not docs:
            continue
        counts["incidents"] += 1
        gold_state = next(
            (e.admin1 for e in gaz.lookup(incident["state"]) if e.kind == "admin1"), None
        )
        city, state = predict_place(docs)
        counts["city"] += _same_city(city, incident["city"], gold_state)
        counts["state"] += state is not None and state == gold_state
        counts["date"] += str(predict_date(docs)) == incident["date"]
    n = max(counts["incidents"], 1)
    return {
        "incidents": counts["incidents"],
        "city.accuracy": round(counts["city"] / n, 3),
        "state.accuracy": round(counts["state"] / n, 3),
        "date.accuracy": round(counts["date"] / n, 3),
    }
