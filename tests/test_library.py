"""The public Python API: docs/library.md's examples run as written; the spaCy entry point works."""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsfuse

DOC = Path(__file__).resolve().parents[1] / "docs" / "library.md"


def doc_examples() -> list[str]:
    """The page's ```python blocks, except those marked ``notest`` (they need files)."""
    return re.findall(r"^```python\n(.*?)^```", DOC.read_text(), re.S | re.M)


@pytest.fixture(scope="module")
def example() -> tuple[dict, str]:
    """The first example run as a reader would run it: its namespace and what it printed."""
    namespace: dict = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(doc_examples()[0], str(DOC), "exec"), namespace)
    return namespace, out.getvalue()


def test_public_surface_resolves() -> None:
    for name in newsfuse.__all__:
        assert getattr(newsfuse, name) is not None, name
    assert set(newsfuse.__all__) <= set(dir(newsfuse))
    with pytest.raises(AttributeError):
        _ = newsfuse.not_a_thing


def test_import_is_light() -> None:
    """``import newsfuse`` (which spaCy does to find the component) loads no numpy or models."""
    code = "import sys, newsfuse; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", f"import json; {code}"], capture_output=True, text=True, check=True
    ).stdout
    loaded = set(json.loads(out))
    assert not {"numpy", "newsfuse.pipeline", "newsfuse.store"} & loaded


@pytest.mark.slow
def test_doc_example_runs(example: tuple[dict, str]) -> None:
    namespace, printed = example
    events, texts = namespace["events"], namespace["texts"]
    assert all(isinstance(e, newsfuse.EventResult) for e in events)
    # Every text is an article of exactly one event, and each event is printed with its reports.
    members = [a.id for e in events for a in e.articles]
    assert len(members) == len(set(members)) == len(texts)
    for event in events:
        assert f"{event.title} ({len(event.articles)} reports)" in printed
        assert event.brief.id == event.id
        assert [s.article_id for s in event.brief.sources] == event.event.article_ids
        claim_ids = {c.id for c in event.claims}
        for fact in event.facts:
            assert {v.claim_id for v in fact.values} <= claim_ids
    # Both dam reports' tolls are read (the example's point), whatever the grouping.
    tolls = {v.value for e in events for f in e.facts if f.measure == "killed" for v in f.values}
    assert {14, 16} <= tolls
    assert "14" in printed and "16" in printed


@pytest.mark.slow
def test_other_doc_examples_run() -> None:
    for code in doc_examples()[1:]:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(code, str(DOC), "exec"), {})


@pytest.mark.slow
def test_analyse_into_a_given_store(tmp_path: Path, example: tuple[dict, str]) -> None:
    texts = example[0]["texts"]
    with newsfuse.Store(tmp_path / "kept.db") as store:
        events = newsfuse.analyse(texts[:2], store=store)
        assert store.article_count() == 2
        assert {e.id for e in events} <= {e.id for e in store.events()}
        again = newsfuse.analyse(texts[:2], store=store)  # known texts: nothing added twice
        assert store.article_count() == 2
        assert [e.id for e in again] == [e.id for e in events]


def test_analyse_rejects_bad_texts_before_running(tmp_path: Path) -> None:
    with newsfuse.Store(tmp_path / "untouched.db") as store:
        with pytest.raises(
            newsfuse.InputError, match=r"^texts\[1\]: missing or empty field 'text'"
        ):
            newsfuse.analyse(["A fine report about the harbour.", {"source": "x"}], store=store)
        with pytest.raises(
            newsfuse.InputError, match=r"^texts\[0\]: expected a string or a record"
        ):
            newsfuse.analyse([42], store=store)
        assert store.article_count() == 0


@pytest.mark.slow
def test_spacy_finds_the_component_by_name() -> None:
    """A fresh interpreter: only spaCy is imported, the entry point brings the component."""
    code = (
        "import sys, spacy\n"
        "assert 'newsfuse' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('newsfuse_claims')\n"
        "doc = nlp('At least 12 people were killed and 40 injured, police said.')\n"
        "print([(c.low, c.measure, c.qualifier.value) for c in doc._.claims])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "(12.0, 'killed', 'at_least')" in result.stdout
    assert "(40.0, 'injured'" in result.stdout
