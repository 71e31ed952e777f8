"""Read killed/injured counts of Gun Violence Archive incidents off their articles (GVC).

Per article, the count of a measure is the first one its headline states, else the first one its
body states about people (a claim with a subject, or a number right before the outcome: "one
fatally"; parts are skipped). News leads state the toll first; later numbers are often other
events or page debris. "Shot" counts are victims of either kind: when an article states N shot
and K killed but no injured count, injured is N - K; a headline that counts victims and names no
death means none died. An article that states no death
count but reports a death in its lead ("fatal shooting of a student") reports one death (two for a
"murder-suicide" or a killing followed by the shooter's suicide, whose shooter GVA counts, and for
two victims named together: "a mother and son were found fatally shot"), used when the
article states no death count (it then votes like a stated count). Across an incident's
articles the value most articles state wins; on a tie the smaller, which the larger reports also
support. An incident whose articles state nothing about a measure gets 0 for it.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from newsfuse.errors import InputError
from newsfuse.evaluation.datasets import _read_jsonl
from newsfuse.extract.figures import extract_claims
from newsfuse.records import ClaimKind

_MEASURES = ("killed", "injured")


# The outcome right after the number ("4 Shot, 1 Killed", "one fatally"): no noun needed.
_DIRECT_CUE = re.compile(
    r"\s+(?:\w+\s+)?(?:killed|dead|dies|died|fatally|shot|injured|wounded|hurt|hospitali[sz]ed)\b",
    re.I,
)
# A death reported without a number is one death ("fatal shooting of a student", "man dies").
# "murder"/"homicide" alone are left out: charges and units ("attempted murder", "homicide
# detectives") name them without anyone dead.
_ONE_DEATH = re.compile(
    r"\b(?:fatal(?:ly)?|shooting death|killed|kills|killing|dies|died|dead|slain|manslaughter"
    r"|murder[- ]suicide)\b",
    re.I,
)
_MURDER_SUICIDE = re.compile(r"murder[- ]suicide", re.I)  # the shooter dies too: two deaths
# The shooter's own death after killing someone: "turning the gun on himself", "kills wife, self".
_SUICIDE = re.compile(
    r"\b(?:turn(?:ed|ing|s)? the gun on (?:himself|herself)|(?:killed|killing|kills)"
    r" (?:himself|herself)|took (?:his|her) own life|(?:committed|commits) suicide"
    r"|,\s*(?:himself|herself|self)\b)",
    re.I,
)
# Two people named together as dead: "a mother and son were found fatally shot", "Father,
# daughter found dead", "both men were killed".
_PERSON = (
    r"(?:man|woman|men|women|mother|father|mom|dad|son|daughter|boy|girl|brother|sister|wife"
    r"|husband|grandfather|grandmother|grandson|granddaughter|couple|uncle|aunt|nephew|niece"
    r"|girlfriend|boyfriend|baby|infant|child|toddler|teen|friend)"
)
_TWO_DEAD = re.compile(
    rf"\b(?:{_PERSON}(?:,? (?:and|&)|,) (?:\w+ )?{_PERSON}|both (?:\w+ )?{_PERSON}s?)\b[^.]{{0,40}}?"
    r"\b(?:found dead|(?:were |are )?(?:found )?(?:fatally shot|shot dead|shot and killed|killed"
    r"|slain|dead))\b",
    re.I,
)
_NO_DEATH = re.compile(r"\b(?:non-?fatal|no one (?:was )?killed|no deaths?|survived)\b", re.I)
_LEAD_CHARS = 600
_GUESS = "killed_unnumbered"
_VOTES = {"killed", _GUESS}


def _first_counts(text: str) -> dict[str, int]:
    first: dict[str, int] = {}
    for claim in extract_claims(text, "en"):
        if claim.kind is not ClaimKind.COUNT or claim.role == "part" or claim.low != claim.high:
            continue
        about_people = claim.subject or _DIRECT_CUE.match(text, claim.number_end)
        if claim.measure in (*_MEASURES, "shot") and about_people and claim.low < 1000:
            first.setdefault(claim.measure, int(claim.low))
    return first


def article_counts(title: str, text: str) -> dict[str, int]:
    """The killed/injured counts one English article states (absent when it states none)."""
    headline = _first_counts(title)
    if "injured" in headline and "killed" not in headline and not _ONE_DEATH.search(title):
        headline["killed"] = 0  # "Elgin shooting leaves 5 injured": a headline names any death
    counts = {**_first_counts(text), **headline}
    lead = f"{title}\n{text[:_LEAD_CHARS]}"
    if "killed" not in counts and _ONE_DEATH.search(lead) and not _NO_DEATH.search(lead):
        counts[_GUESS] = _unnumbered_deaths(lead)
    elif counts.get("killed") == 1 and _unnumbered_deaths(lead) == 2:
        counts["killed"] = 2  # "Man kills son, himself": the one victim and the shooter
    if "shot" in counts and "injured" not in counts:
        counts["injured"] = max(0, counts["shot"] - counts.get("killed", 0))
    counts.pop("shot", None)
    return counts


def _unnumbered_deaths(lead: str) -> int:
    """Deaths a lead reports without a number: two for a murder-suicide or two victims named
    together, else one."""
    if _MURDER_SUICIDE.search(lead) or _TWO_DEAD.search(lead):
        return 2
    if _SUICIDE.search(lead) and _ONE_DEATH.search(_SUICIDE.sub(" ", lead)):
        return 2  # someone killed, then the shooter: GVA counts both
    return 1


def _incident_killed(per_article: list[dict[str, int]]) -> int:
    """Each article votes its stated death count, else the deaths its lead reports unnumbered."""
    return _consensus([c.get("killed", c.get(_GUESS, 0)) for c in per_article if c.keys() & _VOTES])


def _consensus(values: list[int]) -> int:
    if not values:
        return 0
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], -v))


def _require(record: dict[str, Any], keys: tuple[str, ...], where: str) -> None:
    for key in keys:
        if key not in record:
            raise InputError(where, f"missing field {key!r}")


def evaluate_incident_counts(
    articles_path: str | Path, incidents_path: str | Path, limit: int | None = None
) -> dict[str, Any]:
    """Accuracy of killed and injured counts per incident against GVA's gold."""
    articles_path, incidents_path = Path(articles_path), Path(incidents_path)
    incidents = []
    for lineno, record in _read_jsonl(incidents_path):
        if limit is not None and len(incidents) >= limit:
            break
        _require(
            record,
            ("incident_id", "num_killed", "num_injured", "article_ids"),
            f"{incidents_path}:{lineno}",
        )
        incidents.append(record)
    wanted = {a for inc in incidents for a in inc["article_ids"]}
    texts: dict[str, tuple[str, str]] = {}
    for lineno, record in _read_jsonl(articles_path):
        _require(record, ("id", "text"), f"{articles_path}:{lineno}")
        if record["id"] in wanted and not record.get("text_boilerplate"):
            texts[record["id"]] = (str(record.get("title", "")), str(record["text"]))
    correct = Counter[str]()
    for incident in incidents:
        per_article = [article_counts(*texts[a]) for a in incident["article_ids"] if a in texts]
        killed = _incident_killed(per_article)
        injured = _consensus([c["injured"] for c in per_article if "injured" in c])
        correct["killed"] += killed == int(incident["num_killed"])
        correct["injured"] += injured == int(incident["num_injured"])
    n = len(incidents)
    return {
        "killed.accuracy": correct["killed"] / n if n else 1.0,
        "injured.accuracy": correct["injured"] / n if n else 1.0,
        "incidents": n,
    }
