"""Models keep their outputs for recent inputs (``models.Recent``): each distinct input runs once,
the oldest is dropped first, and a pipeline swapped in never sees another's kept outputs."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsfuse import models


def test_each_distinct_input_runs_once_and_the_oldest_goes_first() -> None:
    runs: list[list[str]] = []

    def run(todo: list[str]) -> list[int]:
        runs.append(todo)
        return [len(t) for t in todo]

    recent: models.Recent[int] = models.Recent(size=2)
    assert recent.outputs(["ab", "c", "ab"], run) == [2, 1, 2]
    assert recent.outputs(["c", "ab"], run) == [1, 2]
    assert runs == [["ab", "c"]]
    recent.outputs(["xyz"], run)  # drops "c": "ab" was asked for after it
    recent.outputs(["c", "ab"], run)
    assert runs[-1] == ["c"]


class FakeNlp:
    """A spaCy stand-in tagging every text's first word with its own label."""

    def __init__(self, label: str) -> None:
        self.label = label

    def pipe(self, texts: list[str], batch_size: int) -> list[SimpleNamespace]:
        def ent(text: str) -> SimpleNamespace:
            return SimpleNamespace(start_char=0, end_char=len(text.split()[0]), label_=self.label)

        return [SimpleNamespace(ents=[ent(t)]) for t in texts]


def test_a_swapped_pipeline_reads_the_texts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Lyon was quiet."
    monkeypatch.setitem(models._cache, "spacy:en", FakeNlp("GPE"))
    assert models.entity_spans("en", [text]) == [[(0, 4, "GPE")]]
    monkeypatch.setitem(models._cache, "spacy:en", FakeNlp("PERSON"))
    assert models.entity_spans("en", [text]) == [[(0, 4, "PERSON")]]
