"""Group the claims of one event into facts: claims that report the same quantity.

Rules (each explainable):
1. Only COUNT/QUANTITY claims with a measure enter facts; a victim an article names after its
   toll (role ``member``) is one of those counted, not a figure of its own.
2. Same measure, same subject key and the same unit dimension (km and m convert); a count of
   people's state with no one named ("noch 19 Vermisste") counts people.
3. Same cause: the clause that follows the number ("19 died in Russian air strikes") names how
   people were hit; a figure with a cause is a different quantity from the overall toll.
4. A part whose total counts the same subject ("19 of the 26 civilians") is never grouped with
   totals of that subject (by its cause when one is named, else by being a part).
5. Magnitude: figures more than ``MAGNITUDE`` times apart are different quantities (a war's half
   million dead vs an offensive's 255); two upper bounds ("within 10 km", "under 2 km") say little
   about magnitude and get the wider ``BOUND_MAGNITUDE``.
6. Period: a claim scoped to a long period ("this year", "since 2011") is a different quantity from
   one without (see rule 8 for how figures without a period join one).
7. Several incidents: a figure whose sentence tells of several shootings or incidents ("in four
   separate shootings", "weekend shootings") is a tally across them (a roundup), a different
   quantity from one incident's figure; it is kept apart like a cause ("several incidents").
8. Background: a figure that is not the event's own never shares a fact with one that is. It is
   scoped to another year than the reports' ("since floods in 1987 killed 19") or to a long period
   ("this year"); it is the war's total (the war or conflict has left/killed..., or the sentence
   counts since the war began or since another year); it belongs to an earlier event ("last
   month", "l'an dernier", or a day more than a week before its report); it is a country-wide
   total ("across the war-battered country", "dans tout le pays"); or it is a standing
   population ("inhabited by over four million", "7 000 habitants"). The fact carries the
   reason (``Fact.background``).
9. Units: lengths, areas, speeds... convert (km and miles are one dimension, pint's factors); a
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
from datetime import datetime, timedelta

from ..records import HEADLINE, Article, Claim
from .values import Interval, interval, is_upper_bound, stated, unit_key

MAGNITUDE = 4.0
EARLIER = timedelta(days=7)  # a figure dated further before its report tells an earlier event
# States people are in (a count of these that names no one counts people: "noch 19 Vermisste");
# a bare toll ("6 ... dead") is as often a tally of other events, so it keeps no subject.
PEOPLE_MEASURES = frozenset({"missing", "displaced", "evacuated", "trapped", "hospitalized"})
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
_WAR = (
    r"(?:war|conflict|uprising|insurgency|revolution|guerre|conflit|soulèvement|guerra|conflicto"
    r"|levantamiento|krieg|bürgerkrieg|konflikt|aufstand|conflito|conflitto)"
)
# The war as the agent of a lasting toll ("the conflict has left ... dead", "la guerre a fait",
# "el conflicto ha dejado", "der Krieg hat ... getötet"), the dead of the war ("killed in the
# conflict so far", not "killed in the war's latest attack"), or a count since it began.
_WAR_TOLL = re.compile(
    rf"\b{_WAR}\W+(?:\w+\W+){{0,3}}?(?:has|have|had|a|ont|avait|ha|han|había|hat|haben|hatte|tem"
    rf"|è|sono)\s+(?:\w+\s+){{0,2}}?(?:killed|left|claimed|caused|led|displaced|fait|tué|causé"
    rf"|coûté|provoqué|dejado|causado|matado|cobrado|getötet|gefordert|verursacht|vertrieben"
    rf"|deixado|matou|causato|ucciso)"
    rf"|\b(?:killed|died|dead|tués?|morts?|muertos?|murieron|getötet|gestorben|uccisi|mortos)"
    rf"\s+(?:\w+\s+){{0,3}}?(?:in|dans|en|im|nel|no|na)\s+(?:the\s+|la\s+|le\s+|el\s+|der\s+)?"
    rf"(?:\w+\s+){{0,2}}?{_WAR}\b(?!['’]s)"
    r"|\b(?:since|depuis|desde|seit|dal|dalla)\s+(?:the\s+|le\s+|el\s+|dem\s+|its\s+|their\s+)?"
    r"(?:beginning|start|outbreak|onset|début|déclenchement|inicio|comienzo|estallido|beginn"
    r"|ausbruch|início|inizio)\b(?!\s+(?:of|de|du|del|des|der)\s+(?:the\s+|l['’]|la\s+)?\w*"
    r"(?:offensive|attack|assault|attaque|ofensiva|ataque|angriff|offensiv))",
    re.I,
)
_WAR_WORD = re.compile(rf"\b{_WAR}\b", re.I)
# "the deadliest attack since the war began in 2011": a comparison, the figure is the event's
_SUPERLATIVE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest|most\s+\w+|le\s+plus|la\s+plus"
    r"|les\s+plus|más\s+\w+|peor|schwersten?|tödlichsten?|blutigsten?|größten?)\b",
    re.I,
)
_EARLIER = re.compile(
    r"\b(?:last|previous|past)\s+(?:year|month)\b|\bearlier\s+this\s+(?:year|month)\b"
    r"|\ban?\s+(?:earlier|previous|similar)\s+(?:attack|strike|bombing|shooting|incident)"
    r"|\b(?:l['’]an|l['’]année|(?:le|du)\s+mois|(?:la|de\s+la)\s+semaine)\s+(?:dernier|dernière"
    r"|passé|passée)\b"
    r"|\b(?:el|la)\s+(?:año|mes|semana)\s+pasad[oa]\b|\bel\s+pasado\s+(?:año|mes)\b"
    r"|\b(?:letzten|vergangenen|vorigen)\s+(?:Jahr|Jahres|Monat|Monats)\b",
    re.I,
)
# A country-wide total: "across the war-battered country", "dans tout le pays", "en todo el
# país", "im ganzen Land".
_NATIONWIDE = re.compile(
    r"\b(?:across|throughout)\s+(?:the\s+)?(?:[\w-]+\s+)?country\b|\bdans\s+tout\s+le\s+pays\b"
    r"|\ben\s+todo\s+el\s+país\b|\bim\s+ganzen\s+Land\b|\blandesweit\b",
    re.I,
)
_STANDING = re.compile(
    r"\b(?:inhabited\s+by|home\s+to|population\s+of|inhabitants|habité[es]*\s+par"
    r"|peuplée?s?\s+de|abrite|habitants|habitada\s+por|alberga|habitantes|bewohnt\s+von"
    r"|Einwohner\w*|abitanti|popolazione)\b",
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
    background: str | None = None  # why the figure is not the event's own (rule 8)
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


def _lead_in(claim: Claim, article: Article | None, width: int = 40) -> str:
    """Up to ``width`` characters before the number, inside its sentence."""
    text = _stated_in(claim, article)
    before = text[max(0, claim.number_start - width) : claim.number_start]
    return re.split(r"[.!?\n]", before)[-1]


def sentence_around(claim: Claim, article: Article | None) -> str:
    """The sentence a claim stands in, cut from the text at the nearest sentence marks (records
    hold no sentence text); the claim's evidence when the text is unknown."""
    text = _stated_in(claim, article)
    if not text:
        return claim.evidence
    start = max(text.rfind(c, 0, claim.number_start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, claim.number_end) for c in ".!?\n") if i >= 0]
    return text[start : min(ends, default=len(text))]


_SEVERAL = re.compile(
    r"\b(?:separate|different|unrelated|several|multiple|weekend|overnight|series of|string of"
    r"|two|three|four|five|six|\d+)\s+(?:\w+\s+)?(?:shootings|incidents)\b",
    re.I,
)


def tallies_several(sentence: str) -> bool:
    """Whether a claim's sentence tells of several incidents (rule 7)."""
    return bool(_SEVERAL.search(sentence))


def causes_of(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in _CAUSE_RES.items() if pattern.search(text))


def period_of(scope: list[str], event_years: frozenset[int] = frozenset()) -> str | None:
    """A long period the claim is scoped to ("2011", "this year"), None for event time (a year
    the reports were published in is event time)."""
    for phrase in scope:
        year = _YEAR.search(phrase)
        if year:
            if int(year.group(1)) in event_years:
                continue
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


def background_of(
    sentence: str, near: str, period: str | None, event_years: frozenset[int]
) -> str | None:
    """Why a figure is not the event's own (rule 8), None when it is. ``near``: the words just
    before the number and its clause after it."""
    if period:
        return f"another period ({period})"
    other_years = [y for y in _YEAR.findall(sentence) if int(y) not in event_years]
    if _WAR_WORD.search(sentence) and (
        _WAR_TOLL.search(sentence) or (other_years and not _SUPERLATIVE.search(sentence))
    ):
        return "the war's total"
    if _EARLIER.search(sentence):
        return "an earlier event"
    if _NATIONWIDE.search(sentence):
        return "a country-wide total"
    if _STANDING.search(near):
        return "a standing population"
    return None


def _earlier_day(claim: Claim, article: Article | None, held: datetime | None) -> str | None:
    """A figure its sentence dates more than ``EARLIER`` before its report ("the attack on 19
    March killed 30", in an August report): an earlier event's."""
    published = article.published if article else None
    if held is None or published is None:
        return None
    if published.replace(tzinfo=None) - held > EARLIER:
        return f"an earlier event ({held:%Y-%m-%d})"
    return None


def event_years(articles: dict[str, Article]) -> frozenset[int]:
    """The years the reports were published in (and the one before a January report)."""
    years = set()
    for article in articles.values():
        if article.published:
            years.add(article.published.year)
            if article.published.month == 1:
                years.add(article.published.year - 1)
    return frozenset(years)


def features(
    claims: list[Claim],
    articles: dict[str, Article],
    as_of: dict[str, datetime | None] | None = None,
) -> list[Features]:
    """Features of every claim that can enter a fact; ``as_of``: when each figure held (a day
    its sentence dates it to, see ``history.figures_as_of``)."""
    by_id = {c.id: c for c in claims}
    rates = stated_rates(claims)
    base = _money_base(claims)
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article_id].append(claim)
    years = event_years(articles)
    result = []
    for claim in claims:
        if not claim.kind.is_figure or not claim.measure:
            continue
        if claim.role in ("member", "conversion"):
            continue  # one of those counted ("his brother"), or a figure restated in another unit
        dim, factor = unit_key(claim.unit)
        converted = None
        if dim and base and dim != base and (dim, base) in rates:
            factor, source = rates[(dim, base)]
            dim, converted = base, source
        article = articles.get(claim.article_id)
        clause = clause_after_number(claim, article, by_article[claim.article_id])
        sentence = sentence_around(claim, article)
        several = tallies_several(sentence)
        parent = by_id.get(claim.parent or "")
        same = parent is not None and (parent.measure, parent.subject) == (
            claim.measure,
            claim.subject,
        )
        period = period_of(claim.scope, years)
        near = _lead_in(claim, article) + clause
        result.append(
            Features(
                claim,
                dim,
                factor,
                causes_of(clause) | ({"several incidents"} if several else frozenset()),
                period,
                same,
                interval(claim, factor),
                background_of(sentence, near, period, years)
                or _earlier_day(claim, article, (as_of or {}).get(claim.id)),
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
    """Background figures apart from the event's own (rule 8), by period.

    A background figure with no period of its own ("the conflict has left half a million dead")
    joins the one period group it fits; the event's own figures stay apart, unless all of them
    fit exactly one background group: a figure that matches a background one in measure,
    subject, magnitude and value is that figure, its cue unread.
    """
    keyed: dict[str, list[Features]] = defaultdict(list)
    loose: list[Features] = []
    own: list[Features] = []
    for item in cluster:
        if item.background is None:
            own.append(item)
        elif item.period:
            keyed[item.period].append(item)
        else:
            loose.append(item)
    groups = [keyed[key] for key in sorted(keyed)]
    rest = []
    for item in loose:
        fitting = [group for group in groups if _fits(item, group)]
        (fitting[0] if len(fitting) == 1 else rest).append(item)
    groups += [rest] if rest else []
    if own:
        fitting = [group for group in groups if all(_fits(item, group) for item in own)]
        if len(fitting) == 1:
            fitting[0].extend(own)
        else:
            groups.insert(0, own)
    return groups


def group_claims(items: list[Features]) -> list[list[Features]]:
    """Claims grouped into facts, each claim in exactly one group, deterministic order."""
    keyed: dict[tuple, list[Features]] = defaultdict(list)
    for item in items:
        claim = item.claim
        # a named cause already tells a part from its total
        part = item.part_of_same and not item.causes
        key = (claim.measure, subject_of(claim), item.unit_dim or "", sorted(item.causes), part)
        keyed[repr(key)].append(item)
    groups = []
    for key in sorted(keyed):
        for cluster in _magnitude_clusters(keyed[key]):
            groups.extend(_split_periods(cluster))
    return sorted(groups, key=lambda g: min(f.claim.id for f in g))


def subject_of(claim: Claim) -> str:
    """What a claim counts; a count of people's state that names no one ("noch 19 Vermisste")
    counts people."""
    if claim.subject:
        return claim.subject
    return "people" if claim.measure in PEOPLE_MEASURES and not claim.unit else ""


def _distinctions(group: list[Features]) -> list[str]:
    first = group[0]
    parts = [first.claim.measure or "", subject_of(first.claim) or first.unit_dim or ""]
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
