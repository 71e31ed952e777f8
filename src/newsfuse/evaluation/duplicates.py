"""Scoring of cross-lingual duplicate detection on a parallel corpus (NTREX).

Every language version of a ``doc_id`` is the same article; the English one is the original and
each translation should be linked to it. Documents are keyed ``f"{doc_id}:{lang}"``
(``ParallelDoc.key``), which is also the ``Article.id`` the dedupe stage sees.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newsfuse.evaluation.datasets import ParallelDoc
from newsfuse.evaluation.metrics import link_report
from newsfuse.records import Article

ORIGINAL_LANG = "eng"

# NTREX (ISO 639-3) codes -> the ISO 639-1 codes newsfuse uses for Article.language.
NTREX_LANGUAGES = {"eng": "en", "fra": "fr", "spa": "es", "deu": "de"}


def duplicate_gold(docs: Sequence[ParallelDoc]) -> dict[str, str]:
    """Each translation's key -> the key of its English original (originals are not listed)."""
    originals = {doc.doc_id: doc.key for doc in docs if doc.lang == ORIGINAL_LANG}
    gold: dict[str, str] = {}
    for doc in docs:
        if doc.lang == ORIGINAL_LANG:
            continue
        if doc.doc_id not in originals:
            raise ValueError(f"{doc.key}: no '{ORIGINAL_LANG}' original for doc_id {doc.doc_id!r}")
        gold[doc.key] = originals[doc.doc_id]
    return gold


def evaluate_links(
    predicted: Mapping[str, str | None], docs: Sequence[ParallelDoc]
) -> dict[str, Any]:
    """``link_report`` of predicted links (key -> key it duplicates, or None) against the gold.

    Unknown keys are an error rather than a silent miss, since a key typo would score as zero.
    """
    keys = {doc.key for doc in docs}
    unknown = sorted(
        {doc for doc in predicted if doc not in keys}
        | {target for target in predicted.values() if target is not None and target not in keys}
    )
    if unknown:
        shown = ", ".join(unknown[:5]) + (" ..." if len(unknown) > 5 else "")
        raise ValueError(f"{len(unknown)} predicted keys are not documents: {shown}")
    return link_report(predicted, duplicate_gold(docs))


def parallel_articles(docs: Sequence[ParallelDoc]) -> list[Article]:
    """Articles for the dedupe stage: id = doc key, first line = title, language from the code.

    Codes outside ``NTREX_LANGUAGES`` leave ``language`` unset so the pipeline detects it.
    """
    return [
        Article(
            id=doc.key,
            text=doc.text,
            title=doc.text.lstrip().split("\n", 1)[0].strip(),
            raw=doc.text,
            language=NTREX_LANGUAGES.get(doc.lang),
            seq=seq,
        )
        for seq, doc in enumerate(docs)
    ]
