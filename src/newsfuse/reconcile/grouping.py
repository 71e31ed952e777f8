"""Group the claims of one event into facts: claims that report the same quantity.

Rules (each explainable):
1. Only COUNT/QUANTITY claims with a measure enter facts; a victim an article names after its
   toll (role ``member``) is one of those counted, not a figure of its own.
2. Same measure, same subject key and the same unit dimension (km and m convert).
3. Same cause: the clause that follows the number ("19 died in Russian air strikes") names how
   people were hit; a figure with a cause is a different quantity from the overall toll.
4. A part whose total counts the same subject ("19 of the 26 civilians") is never grouped with
   totals of that subject (by its cause when one is named, else by being a part).
5. Magnitude: figures more than ``MAGNITUDE`` times apart are different quantities (a war's half
   million dead vs an offensive's 255); two upper bounds ("within 10 km", "under 2 km") say little
   about magnitude and get the wider ``BOUND_MAGNITUDE``.
6. Period: a claim scoped to a long period ("this year", "since 2011") is a different quantity from
   one without; a claim with no stated period joins a period's fact only when its figure fits it.
7. Several incidents: a figure whose sentence tells of several shootings or incidents ("in four
   separate shootings", "weekend shootings") is a tally across them (a roundup), a different
   quantity from one incident's figure; it is kept apart like a cause ("several incidents").
8. Units: lengths, areas, speeds... convert (km and miles are one dimension, pint's factors); a
   figure restated in brackets in another unit (role ``conversion``) is not a figure of its own.
   Sums of money in two currencies are one quantity only through an exchange rate a report of
   the event states ("85 million euros (74 million pounds)"): never an invented rate.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..records import HEADLINE, Article, Claim, ClaimKind
from .values import Interval, interval, is_upper_bound, stated, unit_key

MAGNITUDE = 4.0
BOUND_MAGNITUDE = 10.0

# How people were hit, across the project's languages; only the clause after the number is read.
_CAUSES = {
    "air_strike": r"air ?strikes?|air ?raids?|aircraft|warplanes?|planes?\b|aviation|avions?"
    r"|bombing|bombard|frappes? a[ée]riennes?|ataques? a[ée]reos?|luftangriff|\bbombes?\b",
    "drone": r"drones?|dron\b",
    "artillery": r"artiller|shelling|obus|mortars?\b|mortiers?|granat",
    "rocket": r"rockets?|roquettes?|missiles?|cohetes?|rakete",
    "shooting": r"gunfire|shot dead|sniper|tirs? de sniper|fusillade",
}
_CAUSE_RES = {name: re.compile(pattern, re.I) for name, pattern in _CAUSES.items()}
_CLAUSE_END = re.compile(r"[,;:.!?()\n–—]")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_LONG_PERIOD = re.compile(
    r"\b(this|last|past) year\b|\bcette ann[ée]e\b|\beste año\b|\bdieses jahr\b|\bdecades?\b"
    r"|\bd[ée]cennies?\b|\bann[ée]es?\b|\byears?\b|\baños?\b|\bjahre?n?\b",
    re.I,
)


@dataclass(slots=True)
class Features:
    """What distinguishes one claim's quantity from another's."""

    claim: Claim
    unit_dim: str | None
    factor: float
    causes: frozenset[str]
    period: str | None
    part_of_same: bool
    interval: Interval
    converted: Claim | None = None  # the bracketed restatement whose rate converted the sum

    @property
    def value(self) -> float:
        return stated(self.claim) * self.factor


def _stated_in(claim: Claim, article: Article | None) -> str:
    """The text the claim's offsets point into: the title for a headline claim, else the body
    ("" when the article is unknown or too short for the offsets)."""
    headline = claim.sentence_index == HEADLINE
    text = (article.title if headline else article.text) if article else ""
    return text if claim.number_end <= len(text) else ""


def clause_after_number(claim: Claim, article: Article | None, others: Iterable[Claim]) -> str:
    """Text from the number to the end of its clause or the next figure, whichever comes first."""
    headline = claim.sentence_index == HEADLINE
    text = _stated_in(claim, article)
    if not text:
        return claim.evidence
    start = claim.number_start
    after = [
        c.number_start
        for c in others
        if (c.sentence_index == HEADLINE) == headline and c.number_start > start
    ]
    end = min(after, default=len(text))
    match = _CLAUSE_END.search(text, claim.number_end, end)
    end = match.start() if match else end
    return text[start:end]


_SEVERAL = re.compile(
    r"\b(?:separate|different|unrelated|several|multiple|weekend|overnight|series of|string of"
    r"|two|three|four|five|six|\d+)\s+(?:\w+\s+)?(?:shootings|incidents)\b",
    re.I,
)


def tallies_several(claim: Claim, article: Article | None) -> bool:
    """Whether the claim's sentence tells of several incidents (rule 7). The sentence is cut from
    the text at the nearest sentence marks (records hold no sentence text)."""
    text = _stated_in(claim, article)
    if not text:
        return bool(_SEVERAL.search(claim.evidence))
    start = max(text.rfind(c, 0, claim.number_start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, claim.number_end) for c in ".!?\n") if i >= 0]
    return bool(_SEVERAL.search(text, start, min(ends, default=len(text))))


def causes_of(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in _CAUSE_RES.items() if pattern.search(text))


def period_of(scope: list[str]) -> str | None:
    """A long period the claim is scoped to ("2011", "this year"), None for event time."""
    for phrase in scope:
        year = _YEAR.search(phrase)
        if year:
            return year.group(1)
        if _LONG_PERIOD.search(phrase):
            return " ".join(phrase.lower().split())
    return None


def stated_rates(claims: list[Claim]) -> dict[tuple[str, str], tuple[float, Claim]]:
    """Exchange rates the reports state: (currency, other) -> (factor to the other, the claim
    that states it), from each sum restated in brackets in another currency, both ways."""
    by_id = {c.id: c for c in claims}
    rates: dict[tuple[str, str], tuple[float, Claim]] = {}
    for claim in claims:
        original = by_id.get(claim.parent or "")
        if claim.role != "conversion" or original is None or not original.low:
            continue
        a, b = unit_key(original.unit)[0], unit_key(claim.unit)[0]
        if a and b and a != b and a.startswith("money ") and b.startswith("money "):
            ratio = stated(claim) / stated(original)
            rates.setdefault((a, b), (ratio, claim))
            rates.setdefault((b, a), (1 / ratio, claim))
    return rates


def _money_base(claims: list[Claim]) -> str | None:
    """The currency most of the event's sums are in (the first on a tie)."""
    currencies = [unit_key(c.unit)[0] for c in claims if c.unit and c.role != "conversion"]
    money = [c for c in currencies if c and c.startswith("money ")]
    return max(dict.fromkeys(money), key=money.count) if money else None


def features(claims: list[Claim], articles: dict[str, Article]) -> list[Features]:
    """Features of every claim that can enter a fact."""
    by_id = {c.id: c for c in claims}
    rates = stated_rates(claims)
    base = _money_base(claims)
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article_id].append(claim)
    result = []
    for claim in claims:
        if claim.kind not in (ClaimKind.COUNT, ClaimKind.QUANTITY) or not claim.measure:
            continue
        if claim.role in ("member", "conversion"):
            continue  # one of those counted ("his brother"), or a figure restated in another unit
        dim, factor = unit_key(claim.unit)
        converted = None
        if dim and base and dim != base and (dim, base) in rates:
            factor, source = rates[(dim, base)]
            dim, converted = base, source
        clause = clause_after_number(
            claim, articles.get(claim.article_id), by_article[claim.article_id]
        )
        several = tallies_several(claim, articles.get(claim.article_id))
        parent = by_id.get(claim.parent or "")
        same = parent is not None and (parent.measure, parent.subject) == (
            claim.measure,
            claim.subject,
        )
        result.append(
            Features(
                claim,
                dim,
                factor,
                causes_of(clause) | ({"several incidents"} if several else frozenset()),
                period_of(claim.scope),
                same,
                interval(claim, factor),
                converted,
            )
        )
    return result


def _near(a: Features, b: Features) -> bool:
    limit = BOUND_MAGNITUDE if is_upper_bound(a.claim) and is_upper_bound(b.claim) else MAGNITUDE
    low, high = sorted((max(a.value, 1e-9), max(b.value, 1e-9)))
    return high / low <= limit


def _magnitude_clusters(items: list[Features]) -> list[list[Features]]:
    """Single-linkage clusters of figures whose values are within the magnitude limit."""
    ordered = sorted(items, key=lambda f: (f.value, f.claim.id))
    clusters: list[list[Features]] = []
    for item in ordered:
        if clusters and any(_near(item, other) for other in clusters[-1]):
            clusters[-1].append(item)
        else:
            clusters.append([item])
    return clusters


def _fits(item: Features, group: list[Features]) -> bool:
    return all(item.interval.intersect(other.interval) is not None for other in group)


def _split_periods(cluster: list[Features]) -> list[list[Features]]:
    """Separate long-period figures; undated figures join a period only when they fit it."""
    periods: dict[str | None, list[Features]] = defaultdict(list)
    for item in cluster:
        periods[item.period].append(item)
    loose = periods.pop(None, [])
    keyed = [periods[key] for key in sorted(periods)]
    rest = []
    for item in loose:
        fitting = [group for group in keyed if _fits(item, group)]
        (fitting[0] if len(fitting) == 1 else rest).append(item)
    return [group for group in ([rest] if rest else []) + keyed]


def group_claims(items: list[Features]) -> list[list[Features]]:
    """Claims grouped into facts, each claim in exactly one group, deterministic order."""
    keyed: dict[tuple, list[Features]] = defaultdict(list)
    for item in items:
        claim = item.claim
        # a named cause already tells a part from its total
        part = item.part_of_same and not item.causes
        key = (claim.measure, claim.subject or "", item.unit_dim or "", sorted(item.causes), part)
        keyed[repr(key)].append(item)
    groups = []
    for key in sorted(keyed):
        for cluster in _magnitude_clusters(keyed[key]):
            groups.extend(_split_periods(cluster))
    return sorted(groups, key=lambda g: min(f.claim.id for f in g))


def _distinctions(group: list[Features]) -> list[str]:
    first = group[0]
    parts = [first.claim.measure or "", first.claim.subject or first.unit_dim or ""]
    return parts + sorted(first.causes) + ([first.period] if first.period else [])


def fact_label(group: list[Features]) -> str:
    """'civilians killed (air strike)', 'distance to Aleppo': what the fact counts, in words."""
    measure, subject, *rest = _distinctions(group)
    extra = f" ({', '.join(r.replace('_', ' ') for r in rest)})" if rest else ""
    if measure == "distance":  # the place a length is measured from
        subject = group[0].claim.subject
        return f"distance to {subject}{extra}" if subject else f"distance{extra}"
    # a quantity's subject is its dimension: "length", not "length length"
    words = dict.fromkeys(w for w in (subject.replace("_", " "), measure) if w)
    return f"{' '.join(words)}{extra}".strip()


def fact_id(event_id: str, group: list[Features]) -> str:
    """Readable and stable: measure/subject plus a hash of the member claim ids."""
    slug = "-".join(re.sub(r"\W+", "_", p).strip("_") for p in _distinctions(group) if p)
    digest = hashlib.sha1("|".join(sorted(f.claim.id for f in group)).encode()).hexdigest()[:8]
    return f"{event_id}:{slug}:{digest}"
