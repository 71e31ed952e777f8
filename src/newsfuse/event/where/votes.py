"""One report's (or an event's) evidence of places: ``PlaceVotes`` and its collector."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...records import HEADLINE, Article, Evidence, Sentence
from .weights import ARTICLE_CAP

Region = tuple[str, str]  # (country code, first-level division code; "" for the whole country)


@dataclass
class PlaceVotes:
    """One report's (or a whole event's) evidence of places, with where each name was read."""

    places: Counter[tuple[str, Region | None]] = field(default_factory=Counter)
    regions: Counter[Region] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    parts: set[str] = field(default_factory=set)  # names used as a neighbourhood of some city
    towns: set[str] = field(default_factory=set)  # names given a local force ("Miami police")
    tags: set[tuple[str, Region]] = field(default_factory=set)  # a title tag's "City, Region"
    mentioned: set[str] = field(default_factory=set)  # names said anywhere, placed or not
    people: set[str] = field(default_factory=set)  # names read as a person's ("Henry Jackson")
    divisions: set[Region] = field(default_factory=set)  # divisions called so ("X province")
    sure: set[Region] = field(default_factory=set)  # divisions some evidence names alone (not
    # only a county name several of them share: "Greene County" is no vote for Missouri)
    cities: set[str] = field(default_factory=set)  # names called a city ("the city of X")
    townships: set[str] = field(default_factory=set)  # "Ross Township", no township known
    beside: Counter[str] = field(default_factory=Counter)  # names said beside the scene ("30
    # miles west of Phoenix", "Medical Center in Oak Lawn"): the weight their town vote lacks,
    # which they still give their region
    languages: set[str] = field(default_factory=set)  # the reports' languages
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def add(self, other: PlaceVotes) -> None:
        self.places.update(other.places)
        self.regions.update(other.regions)
        self.countries.update(other.countries)
        self.parts |= other.parts
        self.towns |= other.towns
        self.tags |= other.tags
        self.mentioned |= other.mentioned
        self.people |= other.people
        self.divisions |= other.divisions
        self.sure |= other.sure
        self.cities |= other.cities
        self.townships |= other.townships
        self.beside.update(other.beside)
        self.languages |= other.languages
        for name, evidence in other.evidence.items():
            self.evidence.setdefault(name, evidence)


class _Report:
    """Collects one report's votes; a name said again adds up to ``ARTICLE_CAP``."""

    def __init__(self, article: Article, sentences: Sequence[Sentence]) -> None:
        self.votes = PlaceVotes()
        self.article = article
        self.sentences = sorted(sentences, key=lambda s: s.start)
        self._starts = [s.start for s in self.sentences]

    def evidence(self, name: str, where: int | None) -> None:
        if name in self.votes.evidence or where is None:
            return
        if where < 0:  # the title
            self.votes.evidence[name] = Evidence(self.article.id, HEADLINE, self.article.title)
            return
        i = bisect_right(self._starts, where) - 1
        if 0 <= i < len(self.sentences):
            s = self.sentences[i]
            self.votes.evidence[name] = Evidence(self.article.id, s.index, s.text)

    def place(self, name: str, hint: Region | None, weight: float, where: int | None) -> None:
        key = (name, hint)
        self.votes.places[key] = min(weight + self.votes.places[key], ARTICLE_CAP)
        if hint:
            self.region(hint, weight)
        self.evidence(name, where)

    def region(self, region: Region, weight: float, shared: bool = False) -> None:
        """A vote for ``region``; ``shared`` when the name is as much another region's."""
        if region[1]:
            self.votes.regions[region] = max(weight, self.votes.regions[region])
            if not shared:
                self.votes.sure.add(region)
        self.votes.countries[region[0]] = max(weight, self.votes.countries[region[0]])


def common_words(texts: Sequence[str]) -> frozenset[str]:
    """Words these texts also write in lower case: capitalised, they start a sentence or a
    title-case headline ("Man", "Shot", "More"), and are no place names there."""
    return frozenset(w for t in texts for w in re.findall(r"\b[^\W\d_A-Z][\w'’-]+\b", t))
