"""Whom a figure is credited to: the authority's name, and one key per authority.

A report's attribution is the text around its figure ("selon le Bureau des Nations Unies pour la
coordination des affaires humanitaires (OCHA) publié hier", "humanitarian organizations"). Only a
named source is an authority: the entity the attribution was linked to (so "OSDH" and "the Syrian
Observatory for Human Rights" are one), else the attribution cut at its name: from its first
capitalised name to the end of its last one, or its acronym. A description that names no one
("humanitarian organizations", "der Behörde") is no authority.
"""

from __future__ import annotations

import re

from ..extract.figures_lexicon import NAME_JOINERS
from ..records import Claim

_ACRONYM = re.compile(r"\(?[A-Z][A-Z&.]{1,8}\)?")
# How a source is introduced, in the project's languages: not part of its name.
_LEAD = re.compile(
    r"^(?:according to|citing|selon|d['’]après|según|de acuerdo con|nach Angaben|laut|zufolge"
    r"|secondo|segundo)\s+",
    re.I,
)
_ELIDED = re.compile(r"^(?:[ldLD]['’])(?=\w)")
_CAPITAL = re.compile(r"[A-ZÀ-Ý][\w'’-]*")


def _names(word: str) -> bool:
    """A capitalised word ("l'Homme" too): part of a name, which takes two of them, an acronym
    or a capitalised compound ("Croix-Rouge")."""
    return bool(_CAPITAL.fullmatch(_ELIDED.sub("", word.strip("(),.;:«»\"'"))))


def _is_acronym(word: str, alone: bool) -> bool:
    """ "OCHA", "(REA)"; two letters only when they are the whole attribution ("UN", not
    "state TV")."""
    bare = word.strip(",.;:")
    capitals = sum(c.isupper() for c in bare)
    return bool(_ACRONYM.fullmatch(bare)) and capitals >= (2 if alone else 3)


def _runs(words: list[str]) -> list[tuple[int, int]]:
    """Maximal runs [i, j) of name words, joiners allowed inside, never at either end."""
    runs, i = [], 0
    while i < len(words):
        if not _names(words[i]):
            i += 1
            continue
        j = i + 1
        while j < len(words):
            if _names(words[j]):
                j += 1
                continue
            k = j
            while k < len(words) and words[k].lower() in NAME_JOINERS:
                k += 1
            if k > j and k < len(words) and _names(words[k]):
                j = k + 1
                continue
            break
        runs.append((i, j))
        i = j
    return runs


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in NAME_JOINERS and w not in {"a", "an", "un", "une"}]


def _named(words: list[str], run: tuple[int, int]) -> bool:
    """A run names someone when it holds two capitalised words, an acronym or a compound."""
    part = words[run[0] : run[1]]
    capitals = [w for w in part if _names(w)]
    return (
        len(capitals) >= 2
        or any(_is_acronym(w, len(_content(words)) == 1) for w in part)
        or any("-" in w and all(p[:1].isupper() for p in w.split("-")) for w in part)
    )


def cut_at_name(attribution: str | None) -> str | None:
    """The attribution cut to the name it states, None when it names no one.

    "des Nations Unies pour la coordination des affaires humanitaires (OCHA) publié hier" ->
    "Nations Unies pour la coordination des affaires humanitaires (OCHA)"; "l'ARU dans un
    communiqué" -> "ARU"; "OSDH director Rami Abdel Rahmane" -> itself; "humanitarian
    organizations" -> None. The last named run wins (the name comes after a role).
    """
    if not attribution:
        return None
    words = _LEAD.sub("", attribution.strip()).split()
    if words:
        words[0] = _ELIDED.sub("", words[0])
    runs = [r for r in _runs(words) if _named(words, r)]
    if not runs:
        return None
    start, end = runs[-1]
    # a role joined to the name: "OSDH director Rami Abdel Rahmane", "UN Deputy ... David Carden"
    while start > 0 and len(runs) > 1 and runs[-2][1] >= start - 1:
        runs.pop()
        start = runs[-1][0]
    name = " ".join(words[start:end]).strip(",;:.")
    if name.count("(") > name.count(")"):
        name += ")"
    return name.strip("()") if " " not in name else name


def authority_name(claim: Claim) -> str | None:
    """The named authority a claim cites: its linked entity, else its attribution's name."""
    return claim.attribution_entity or cut_at_name(claim.attribution)


def authority_key(claim: Claim) -> str | None:
    """One key per authority: the linked entity, else the normalised name (None: unnamed)."""
    name = authority_name(claim)
    if not name:
        return None
    words = name.lower().replace("’", "'").split()
    return " ".join(w for w in words if w not in {"the", "la", "le", "l'", "les"}) or None


def cited_key(claim: Claim) -> str | None:
    """Whom a claim cites, to tell figures apart: its authority's key, else its description
    ("aid groups") normalised; None when it cites no one."""
    key = authority_key(claim)
    if key or not claim.attribution:
        return key
    return " ".join(claim.attribution.lower().replace("’", "'").split())


def cited_label(claim: Claim) -> str:
    """How an explanation names whom a claim cites: the authority, or the unnamed description."""
    name = authority_name(claim)
    if name:
        return name
    return f"unnamed ({claim.attribution})" if claim.attribution else "no source given"
