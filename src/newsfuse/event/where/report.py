"""One report's votes for places (``report_votes``)."""

from __future__ import annotations

from collections.abc import Sequence

from ...extract.gazetteer import (
    AP_STATES,
    GeoEntry,
    gazetteer,
)
from ...extract.places import (
    dateline,
    phone_regions,
    region_of,
)
from ...extract.us_towns import county_size
from ...records import Article, Sentence
from .context import (
    _beside,
    _business,
    _home_pair,
    _pair_place,
    _pair_region,
    _placed,
    _street,
    _town_in,
)
from .cues import (
    _CITY_AFTER,
    _CITY_BEFORE,
    _CLAUSE_START,
    _COMPASS,
    _COUNTY_END,
    _DIVISION_AFTER,
    _DIVISION_BEFORE,
    _FORCE_AFTER,
    _FORCE_BEFORE,
    _HEADLINE_TWICE,
    _HOLIDAY_AFTER,
    _INNER_DATELINE,
    _INSTITUTION_WORDS,
    _NAME_GOES_ON,
    _NAMED_PART,
    _NATIONAL_WORDS,
    _NEIGHBOURHOOD,
    _ORDINAL_BEFORE,
    _PAIR,
    _PART_OF,
    _SENTENCE_START,
    _SHERIFF,
    _SHERIFF_AFTER,
    _SPEAKER_AFTER,
    _STATE_ABBREVIATION,
    _THE_BEFORE,
    _TOWNSHIP_AFTER,
    _TRUNCATED,
    _VIDEO_TEASER,
    _WIRE_DATELINE,
)
from .names import (
    _common_word,
    _linked_runs,
    _longest_place,
    _never_names,
    _person,
    _surname_follows,
    places_named,
    proper_runs,
)
from .sources import _host_regions, _tag_regions, _title_tag, _url_places, source_url
from .support import _likely_countries
from .votes import PlaceVotes, _Report, common_words
from .weights import (
    ARTICLE_CAP,
    BUREAU_WEIGHT,
    DATELINE_WEIGHT,
    FORCE_WEIGHT,
    LEAD_CHARS,
    NATIONAL_WEIGHT,
    PAIR_WEIGHT,
    PHONE_WEIGHT,
    RESIDENT_WEIGHT,
    REST_WEIGHT,
    SUBURB_WEIGHT,
    TAG_REGION_WEIGHT,
    TEASER_CHARS,
    URL_WEIGHT,
)


def report_votes(
    article: Article, sentences: Sequence[Sentence], common: frozenset[str] | None = None
) -> PlaceVotes:
    """What one report says of where its event happened."""
    lang = article.language or "en"
    body = article.text
    common = common if common is not None else common_words([article.title, body])
    report = _Report(article, sentences)
    votes = report.votes
    votes.languages.add(lang)
    title_end = _title_tag(article.title)
    title = article.title[:title_end]
    for match in _PAIR.finditer(article.title, title_end):
        region = _pair_region(match.group(2))
        if region:  # the outlet's home ("- KTBS.com - Shreveport, LA"): its region, weakly
            report.region(region, TAG_REGION_WEIGHT)
            votes.tags.add((_pair_place(match.group(1)), region))
            votes.mentioned.add(_pair_place(match.group(1)))
    for region in _tag_regions(article.title[title_end:]):
        report.region(region, TAG_REGION_WEIGHT)
    for region in _host_regions(source_url(article.url), lang):
        report.region(region, TAG_REGION_WEIGHT)
    for name in _url_places(source_url(article.url), common):
        report.place(name, None, URL_WEIGHT, None)
    line = dateline(body)
    if line:
        name, region_text = line
        bureau = region_text is None and _WIRE_DATELINE.match(body.lstrip())
        weight = BUREAU_WEIGHT if bureau else DATELINE_WEIGHT
        report.place(name, region_of(region_text) if region_text else None, weight, 0)
    body, lead = _without_teasers(body)
    # the title is read with offsets below 0 so that its evidence is the headline
    for weight, text, offset in (
        (2, title, None),
        (1, body[:lead], 0),
        (REST_WEIGHT, body, lead),
    ):
        _read(report, text, offset, weight, common, lang)
    _fold_short_names(votes)
    for region in phone_regions(body, _likely_countries(votes)):
        report.region(region, PHONE_WEIGHT)
    for pattern, countries in _NATIONAL_WORDS:
        if pattern.search(body[:lead]) or pattern.search(title):
            for i, country in enumerate(countries):  # the first says it most
                report.region((country, ""), NATIONAL_WEIGHT / (i + 1))
    return votes


def _fold_short_names(votes: PlaceVotes) -> None:
    """A name that a fuller town name of the same report starts is that town said short
    ("Talavera" in a title, "Talavera de la Reina" in the body; "Alcalá" and "Alcalá de
    Henares"; "Frankfurt" and "Frankfurt an der Oder"): its votes go to the fuller name, when no
    other place of the fuller one's country bears the short name ("Palm Beach" and "Palm Beach
    Gardens" are two towns of Florida; "Kansas" and "Kansas City" a state and a city)."""
    fuller = sorted({n for n, _ in votes.places} | votes.mentioned, key=len, reverse=True)
    for short, hint in [key for key in votes.places if key[1] is None]:
        whole = next((n for n in fuller if n.startswith(f"{short} ")), None)
        if whole is None:
            continue
        towns = {e for e in places_named(whole) if e.kind == "city"}
        countries = {e.country for e in towns}
        if not towns or any(e not in towns and e.country in countries for e in places_named(short)):
            continue
        key = max(
            [k for k in votes.places if k[0] == whole] or [(whole, None)], key=votes.places.get
        )
        votes.places[key] = min(votes.places[key] + votes.places.pop((short, hint)), ARTICLE_CAP)
        if short in votes.beside:
            votes.beside[whole] = min(votes.beside[whole] + votes.beside.pop(short), ARTICLE_CAP)
        votes.mentioned.discard(short)


def _teaser_lines(lines: list[str]) -> set[int]:
    """Lines of a page's list of other stories: each teaser says its headline or summary twice
    in a row ("A Massachusetts woman says ..." / "A Massachusetts woman says ... her seat."),
    and a dateline of another outlet next to them starts another story's lead ("CLEVELAND, OH
    (WOIO) - It was ..."). A list has two teasers at least: a report's lead said twice (a
    summary above it) is no list. A teaser's headline may also be said twice on one line; a
    video list's items say their length first ("0:34 Savannah police cleared in ...")."""
    shown = [i for i, line in enumerate(lines) if line.strip()]
    teasers = [{i} for i in shown if _HEADLINE_TWICE.match(lines[i])]
    teasers += [{i} for i in shown if _VIDEO_TEASER.match(lines[i])]
    for i, j in zip(shown, shown[1:], strict=False):
        a, b = (_TRUNCATED.sub("", lines[k].strip()) for k in (i, j))
        if min(len(a), len(b)) >= TEASER_CHARS and (a.startswith(b) or b.startswith(a)):
            teasers.append({i, j})
    if len(teasers) < 2:
        return set()
    pairs = set().union(*teasers)
    for i in sorted(pairs):  # a dateline line next to a teaser is another story's too
        for j in (i - 1, i + 1, i + 2):
            if 0 <= j < len(lines) and _INNER_DATELINE.search(lines[j]):
                pairs.add(j)
    return pairs


def _without_teasers(body: str) -> tuple[str, int]:
    """The body with its teaser lines blanked (offsets kept, so evidence still points right)
    and where its lead ends: after ``LEAD_CHARS`` characters of the report's own lines."""
    lines = body.split("\n")
    teasers = _teaser_lines(lines)
    if not teasers:
        return body, LEAD_CHARS
    at = own = 0
    lead = len(body)
    for i, line in enumerate(lines):
        if i not in teasers:
            if own + len(line) + 1 >= LEAD_CHARS:
                lead = min(lead, at + LEAD_CHARS - own)
            own += len(line) + 1
        at += len(line) + 1
    blanked = "\n".join(" " * len(line) if i in teasers else line for i, line in enumerate(lines))
    return blanked, lead


def _read(
    report: _Report,
    text: str,
    offset: int | None,
    weight: float,
    common: frozenset[str],
    lang: str,
) -> None:
    votes = report.votes
    first = offset or 0

    def at(i: int) -> int:
        return -1 if offset is None else i

    paired: set[int] = set()  # where a pair's town ends: that name has had its vote
    if weight >= 1:  # past the lead "City, Region" pairs are mostly other stories
        for match in _PAIR.finditer(text, first):
            region = _pair_region(match.group(2))
            if match.group(1).lower() in _COMPASS:
                continue  # "the North, Northwest and West sides", "secteurs Nord, Ouest": no town
            if region and _town_in(_pair_place(match.group(1)), region):
                home = _home_pair(text, match.start(), match.end())
                report.region(region, PAIR_WEIGHT)  # a home town lies mostly in the region
                town = RESIDENT_WEIGHT if home else PAIR_WEIGHT
                if _beside(text, match.start(), match.end(1)):
                    town = SUBURB_WEIGHT  # "30 miles south of Gainesville, Fla."
                report.place(_pair_place(match.group(1)), region, town, at(match.start()))
                paired.add(match.end(1))
    for pattern in (_FORCE_AFTER, _FORCE_BEFORE):
        for match in pattern.finditer(text, first):
            name = _force_place(match.group(1), lang)
            if name:
                at_name = match.start(1) + match.group(1).find(name.split("-")[0])
                if _SHERIFF.search(match.group(0)):
                    name = _sheriff_county(name)
                report.place(name, None, FORCE_WEIGHT * min(weight, 1), at(at_name))
                votes.towns.add(name)
    for match in _NAMED_PART.finditer(text, first):  # "im Stadtteil Griesheim": no run's start
        votes.parts.add(match.group(2))
        city = match.group(1)  # "im Hamburger Stadtteil Wilhelmsburg": a part of Hamburg
        if city and any(e.kind == "city" for e in places_named(city)):
            report.place(city, None, weight, at(match.start(1)))
    for match in _STATE_ABBREVIATION.finditer(text, first):  # "in Southeast D.C.", "N.J. police"
        placed = _placed(text, match.start(), match.end())
        if placed:
            report.region(("US", AP_STATES[match.group(1)]), weight * min(placed, 1))
    rest = text[first:]
    for start, run_end in _linked_runs(rest, proper_runs(rest, common, lang)):
        start, run_end = start + first, run_end + first
        end, found = _longest_place(text, start, run_end, lang)
        if not found:
            continue
        run = text[start:end]
        if _street(text, start, end) or _business(text, end) or _HOLIDAY_AFTER.match(text, end):
            continue  # "Second Street", "rue de Lyon", "Kay's Lounge", "Independence Day"
        if end == run_end and _NAME_GOES_ON.match(text, end):
            continue
        if (
            end == run_end
            and all(e.kind == "city" for e in found)
            and _SPEAKER_AFTER.match(text, end)
            and _CLAUSE_START.search(text, max(0, start - 5), start)
        ):
            continue  # "Street, Diez said" (not "the mayor of Lyon said"): a person
        if _ORDINAL_BEFORE.search(text, max(0, start - 8), start):
            continue  # "the Lower 9th Ward", "the 3rd Precinct": a city's numbered part
        if _SENTENCE_START.search(text, max(0, start - 3), start) and _common_word(run, {lang}):
            continue  # "Young child killed", "Man shot": a sentence's capital, no "Young, Ariz."
        votes.mentioned.add(run)
        if _surname_follows(text, end, run_end, common):
            if all(e.kind == "city" for e in found):  # not "Vanderburgh County Coroner"
                votes.people |= _person(text, run, text[end:run_end].split())
            continue  # "Chester Daniels", "Chad Smith": a person
        if not any(e.kind == "admin1" for e in found):  # "Georgia" may be the state
            for e in found:
                if e.kind == "country":
                    votes.countries[e.country] += weight
        _region_votes(report, run, found, weight)
        whole = _PART_OF.search(text, max(0, start - 40), start)
        if whole and places_named(whole.group(1)):  # "Miami's Overtown": a part of Miami
            votes.parts.add(run)
        if _NEIGHBOURHOOD.match(text, end) and _THE_BEFORE.search(text, max(0, start - 40), start):
            votes.parts.add(run)
        elif any(e.kind != "country" for e in found) and (placed := _placed(text, start, end)):
            if _DIVISION_AFTER.match(text, end) or _DIVISION_BEFORE.search(
                text, max(0, start - 30), start
            ):
                for e in found:
                    if e.kind == "admin1":
                        report.region((e.country, e.admin1), weight * placed)
                        votes.divisions.add((e.country, e.admin1))
                report.evidence(run, at(start))
                continue
            if _CITY_BEFORE.search(text, max(0, start - 20), start) or _CITY_AFTER.match(text, end):
                votes.cities.add(run)
            if _TOWNSHIP_AFTER.match(text, end):
                votes.townships.add(run)
            if _SHERIFF_AFTER.match(text, end) and _sheriff_county(run) != run:
                continue  # "the Los Angeles Sheriff's Department": its county's force vote
            if end not in paired:  # "from San Carlos, Calif.": one vote, with its region
                report.place(run, None, weight * placed, at(start))
                # beside the scene, not "the Denver suburb of X"; a home keeps half its region too:
                # "a Florida man" is also Florida, New York, whose region is then no scene's
                if placed < 1 and _beside(text, start, end):
                    beside = votes.beside[run] + weight * (1 - placed)
                    votes.beside[run] = min(beside, ARTICLE_CAP)


def _force_place(words: str, lang: str) -> str | None:
    """The place a force is named after: its longest end naming one, without the institution's
    own words ("Las Vegas Metropolitan police": Las Vegas; "Kentucky State Police": Kentucky;
    "Sunday Chicago police": Chicago); a joint force's first town ("Savannah-Chatham police",
    "Charlotte-Mecklenburg police": Savannah, Charlotte)."""
    names = words.split(" ")
    while len(names) > 1 and names[-1].lower() in _INSTITUTION_WORDS:
        names.pop()
    never = _never_names(lang)
    for i in range(len(names)):
        name = " ".join(names[i:])
        if name.lower() not in never and places_named(name):
            return name
    first = names[-1].split("-")[0]
    if len(names) == 1 and first != names[0] and first.lower() not in never:
        return first if places_named(first) else None
    return None


def _sheriff_county(name: str) -> str:
    """A sheriff serves a county: "the Los Angeles Sheriff's Department" names the county of
    that name, not its namesake town (Compton's sheriff), where one state only has a county of
    that name ("Sumter deputies" may be those of four states: then it stays the town's)."""
    if _COUNTY_END.search(name):
        return name
    county = f"{name} County"
    states = {(e.country, e.admin1) for e in places_named(county) if e.kind == "county"}
    return county if len(states) == 1 else name


def _region_votes(report: _Report, name: str, found: tuple[GeoEntry, ...], weight: float) -> None:
    """A division's or county's name votes for its region; a county name of several US states
    for each by its size ("Harris County": Texas's, 241 ZIP codes to Georgia's 8). A division
    only by its own name ("St. Louis" is no "Saint-Louis" region of Senegal)."""
    town = max((e.population for e in found if e.kind == "city"), default=0)
    sizes = {
        (e.country, e.admin1): (county_size(e.name, e.admin1) + 1 if e.kind == "county" else 1)
        for e in found
        if e.kind == "county"
        or (e.kind == "admin1" and gazetteer().own_name(e, name) and _division_named(e, town))
    }
    total = sum(sizes.values())
    for region in sorted(sizes):
        report.region(region, weight * sizes[region] / total, shared=len(sizes) > 1)
    for country in {c for c, _ in sizes}:  # "Delaware County" is in the US, whichever state
        report.region((country, ""), weight)


def _division_named(division: GeoEntry, town: int) -> bool:
    """A division is what its name means when no namesake town is bigger ("Portland" is the
    Oregon city, not Jamaica's parish); US states always (the gazetteer counts no people)."""
    return division.country == "US" or division.population >= town
