"""How the clusterer numbers hashed terms (``EventClusterer._dense``): each distinct term gets the
next dense index the first time a doc of the pass holds it, whatever the doc it comes from."""

from __future__ import annotations

import numpy as np

from newsfuse.cluster import Doc, EventClusterer
from newsfuse.features import MENTION_BIT, NAMED_BIT, PERSON_BIT, SCENE_BIT


def _doc(terms: list[int]) -> Doc:
    tf = np.arange(1, len(terms) + 1, dtype=np.float32)
    return Doc("d", np.array(terms, dtype=np.int64), tf, np.zeros(0, np.float32), "en", None)


def _numbered(docs: list[list[int]]) -> dict[int, int]:
    """The numbering the docs must give: first place met, across docs in turn."""
    vocab: dict[int, int] = {}
    for terms in docs:
        for term in terms:
            vocab.setdefault(term, len(vocab))
    return vocab


def test_new_terms_are_numbered_in_the_order_met_and_weighed_by_kind() -> None:
    docs = [[50, 30, 50 | NAMED_BIT, 90], [90, 70, 70, 30, 11 | SCENE_BIT, 12 | PERSON_BIT]]
    clusterer = EventClusterer()
    for terms in docs:
        doc = _doc(terms)
        ids, tf, order = clusterer._dense(doc)
        assert list(ids) == sorted(ids)
        assert [clusterer.hashed[i] for i in ids] == [terms[k] for k in order]
        assert np.array_equal(tf, doc.tf[order])
    assert clusterer.vocab == _numbered(docs)
    unweighed = {clusterer.hashed[i] for i in np.flatnonzero(clusterer.unweighed)}
    assert unweighed == {50 | NAMED_BIT, 11 | SCENE_BIT}  # a person's term weighs, its names not


def test_numbering_holds_past_the_first_arrays_size() -> None:
    rng = np.random.default_rng(7)
    docs = [rng.integers(0, 1 << 40, 900).tolist() for _ in range(100)]
    docs[50] += [docs[3][0], docs[50][0] | MENTION_BIT]  # terms met before, and a repeat's kin
    clusterer = EventClusterer()
    for terms in docs:
        ids, _, order = clusterer._dense(_doc(terms))
        assert [clusterer.hashed[i] for i in ids] == [terms[k] for k in order]
    assert clusterer.vocab == _numbered(docs)
    assert len(clusterer.df) >= len(clusterer.vocab) > 1 << 16
    assert len(clusterer.unweighed) == len(clusterer.df) == len(clusterer.df_known)
