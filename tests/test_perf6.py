"""What the run reads once instead of per article (#22) gives what reading it each time gave:
spaCy's stop words without importing the language packages, MinHash objects with permutations
drawn once, LSH bucket codes kept for a vector, articles read without their raw input."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from importlib import import_module
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash

from newsfuse.ann import CosineLSH
from newsfuse.extract.places import function_words
from newsfuse.features import MINHASH_SCHEME, NUM_PERM, minhash, minhash_signature
from newsfuse.language import split_sentences
from newsfuse.records import Article
from newsfuse.store import Store


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de"])
def test_stop_words_are_spacys(lang: str) -> None:
    assert function_words(lang) == frozenset(
        import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
    )


def test_stop_words_of_a_language_without_a_list_are_none() -> None:
    assert function_words("zz") == frozenset()


def test_stop_words_import_no_language_package() -> None:
    """Importing spacy.lang.fr builds its tokenizer exceptions: 3 CPU s a process."""
    code = (
        "import sys; from newsfuse.extract.places import function_words; "
        "assert 'à' in function_words(None) and 'the' in function_words(None); "
        "print(sorted(m for m in sys.modules if m.startswith('spacy')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_minhash_as_datasketch_builds_it() -> None:
    words = [
        "three",
        "people",
        "were",
        "shot",
        "outside",
        "a",
        "bar",
        "on",
        "Main",
        "Street",
        "late",
        "on",
        "Saturday",
    ]
    signature = minhash_signature(words)
    plain = MinHash(num_perm=NUM_PERM, scheme=MINHASH_SCHEME)
    plain.update_batch([" ".join(words[i : i + 5]).encode() for i in range(len(words) - 4)])
    assert np.array_equal(signature, plain.hashvalues.astype(np.uint64))
    kept = minhash(signature)
    again = MinHash(num_perm=NUM_PERM, hashvalues=signature, scheme=MINHASH_SCHEME)
    assert np.array_equal(kept.hashvalues, again.hashvalues)
    assert np.array_equal(kept.permutations, again.permutations)


def test_lsh_codes_kept_per_vector_equal_computed_ones() -> None:
    rng = np.random.default_rng(0)
    lsh, other = CosineLSH(16), CosineLSH(16, seed=14)
    for vector in rng.standard_normal((20, 16)).astype(np.float32):
        signs = np.einsum("d,tdb->tb", vector, lsh.planes) > 0
        expected = signs.astype(np.int64) @ (1 << np.arange(12, dtype=np.int64))
        assert np.array_equal(lsh.codes(vector), expected)
        assert np.array_equal(lsh.codes(vector.copy()), expected)  # kept: same answer
        assert not np.array_equal(other.codes(vector), expected)  # other planes, other codes
    with pytest.raises(ValueError):
        lsh.codes(vector)[0] = 1  # shared between callers: read-only


def test_articles_without_raw_input(tmp_path: Path) -> None:
    text = "Two people were shot in Lyon on Sunday.\n\nPolice said one died."
    article = Article(
        id="a1",
        text=text,
        raw="<html><body><p>" + text + "</p></body></html>",
        title="Two shot in Lyon",
        published=datetime(2024, 5, 12, 9, 30),
        language="en",
    )
    with Store(tmp_path / "s.db") as store:
        store.add_article(article, split_sentences(text, article.id, "en"))
        (full,) = store.articles(["a1"])
        (light,) = store.articles(["a1"], raw=False)
    assert full.raw == article.raw and light.raw == ""
    assert light == replace(full, raw="")
