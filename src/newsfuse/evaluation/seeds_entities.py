"""Seed evaluation of entity aliases and place resolution across English and French reports.

The gold is the ``expected_findings`` of ``claims.gold.json``: the lines "Aliases of ...: A = B =
C." give alias groups, the line "Place names across languages: A = B; C = D (and the glued token
'X' / 'Y' ...)" gives place groups. The pipeline runs on the plain seed texts with no access to it.

Scores: ``aliases.<group>.merged`` (every gold name present in the texts landed in one entity),
``aliases.<group>.recall`` (share of those names in the group's main entity),
``aliases.intruders`` (names of the main entities that belong to no gold name),
``aliases.distinct`` (the groups stayed apart) and ``places.same_id.accuracy`` (share of place
groups whose every occurrence resolved to one gazetteer id).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from ..errors import InputError
from ..extract.entities import extract_mentions, link_entities, normalize
from ..extract.places import resolve_places
from ..language import detect_language, split_sentences
from ..records import Mention, Sentence


def _variants(name: str) -> list[str]:
    """'Observatoire (syrien) des droits' -> with and without the optional word."""
    name = name.strip().strip(".").strip()
    optional = re.search(r"\s*\(([^)]*)\)", name)
    if not optional:
        return [name]
    return [
        re.sub(
            r"\s+", " ", name[: optional.start()] + " " + optional.group(1) + name[optional.end() :]
        ),
        re.sub(r"\s+", " ", name[: optional.start()] + name[optional.end() :]),
    ]


def parse_groups(findings: list[str]) -> tuple[dict[str, list[str]], list[list[str]]]:
    """Alias groups (named by their shortest acronym) and place groups from the findings."""
    aliases: dict[str, list[str]] = {}
    places: list[list[str]] = []
    for line in findings:
        head, _, body = line.partition(":")
        if head.startswith("Aliases of"):
            names = [v for part in body.split(" = ") for v in _variants(part)]
            acronyms = sorted((n for n in names if n.isupper()), key=len)
            aliases[(acronyms[0] if acronyms else names[0]).lower()] = names
        elif head.startswith("Place names"):
            for part in body.split(";"):
                quoted = re.findall(r"'([^']+)'", part)
                plain = re.sub(r"\(.*?\)", "", part).strip().strip(".")
                places.append([n.strip() for n in plain.split("=") if n.strip()] + quoted)
    if not aliases or not places:
        raise InputError("expected_findings", "no 'Aliases of ...' or 'Place names ...' finding")
    return aliases, places


def _run(docs_dir: Path):
    texts, sentences, languages, mentions = {}, {}, {}, []
    paths = sorted(docs_dir.glob("*.txt"))
    if not paths:
        raise InputError(str(docs_dir), "no .txt documents")
    for path in paths:
        text = path.read_text("utf-8")
        lang = detect_language(text) or "en"
        texts[path.name], languages[path.name] = text, lang
        sentences[path.name] = split_sentences(text, path.name, lang)
        mentions.extend(extract_mentions(sentences[path.name], lang))
    link_entities(mentions, sentences, languages)
    return texts, sentences, mentions


def _alias_scores(groups: dict[str, list[str]], texts: dict[str, str], mentions: list[Mention]):
    scores: dict[str, float | int | bool] = {}
    entity_names: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.entity_id:
            entity_names.setdefault(m.entity_id, Counter())[normalize(m.text)] += 1
    main_ids = []
    intruders = 0
    corpus = "\n".join(texts.values()).lower()
    for group, names in groups.items():
        gold = {normalize(n) for n in names}
        present = {normalize(n) for n in names if n.lower() in corpus}
        owners = Counter(
            m.entity_id for m in mentions if m.entity_id and normalize(m.text) in present
        )
        main = owners.most_common(1)[0][0] if owners else None
        main_ids.append(main)
        in_main = set(entity_names.get(main, ())) & present
        scores[f"aliases.{group}.names_present"] = len(present)
        scores[f"aliases.{group}.recall"] = round(len(in_main) / len(present), 3) if present else 0
        scores[f"aliases.{group}.merged"] = bool(present) and in_main == present
        extra = sorted(set(entity_names.get(main, ())) - gold)
        scores[f"aliases.{group}.intruders"] = len(extra)
        intruders += len(extra)
    scores["aliases.intruders"] = intruders
    scores["aliases.distinct"] = None not in main_ids and len(set(main_ids)) == len(main_ids)
    return scores


def _place_scores(groups: list[list[str]], texts, sentences, mentions) -> dict[str, float | int]:
    all_sentences: list[Sentence] = [s for doc in sentences.values() for s in doc]
    places = {(p.article_id, p.start): p.geonameid for p in resolve_places(mentions, all_sentences)}
    same, occurrences, resolved = 0, 0, 0
    for names in groups:
        ids = []
        for name in names:
            for doc, text in texts.items():
                for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                    occurrences += 1
                    ids.append(places.get((doc, match.start())))
        resolved += sum(i is not None for i in ids)
        same += bool(ids) and None not in ids and len(set(ids)) == 1
    return {
        "places.groups": len(groups),
        "places.occurrences": occurrences,
        "places.occurrences_resolved": resolved,
        "places.same_id.accuracy": round(same / len(groups), 3),
    }


def evaluate_seed_entities(gold_path: str | Path, docs_dir: str | Path) -> dict:
    """Alias groups merged without intruders, and cross-language place names on one id."""
    gold_path = Path(gold_path)
    try:
        findings = json.loads(gold_path.read_text("utf-8"))["expected_findings"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(str(gold_path), f"not a seed gold file ({exc})") from exc
    if not isinstance(findings, list):
        raise InputError(str(gold_path), "expected_findings is not a list")
    alias_groups, place_groups = parse_groups(findings)
    texts, sentences, mentions = _run(Path(docs_dir))
    return {
        "documents": len(texts),
        **_alias_scores(alias_groups, texts, mentions),
        **_place_scores(place_groups, texts, sentences, mentions),
    }
