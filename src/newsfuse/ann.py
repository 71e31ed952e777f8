"""A small approximate nearest-neighbour index for normalised vectors (random-hyperplane LSH).

Each of ``tables`` hash tables keys a vector by the signs of ``bits`` random projections; vectors
with a high cosine collide in at least one table with high probability. A query costs
O(tables x bucket size) instead of O(n), which keeps duplicate and event look-ups sub-quadratic over
a growing corpus. Candidates are re-scored exactly, so the index only decides who is compared.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import numpy as np


class CosineLSH:
    def __init__(self, dim: int, bits: int = 12, tables: int = 12, seed: int = 13) -> None:
        self._shape = (dim, bits, tables, seed)
        self.planes = _planes(*self._shape)
        self.buckets: list[dict[int, list[int]]] = [defaultdict(list) for _ in range(tables)]
        self.keys: list[str] = []
        self.vectors: list[np.ndarray] = []

    def __len__(self) -> int:
        return len(self.keys)

    def codes(self, vector: np.ndarray) -> np.ndarray:
        """The bucket of ``vector`` in each table (persisted by ``corpus_index``)."""
        return _codes(self._shape, vector.dtype.str, vector.tobytes())

    def add(self, key: str, vector: np.ndarray) -> None:
        index = len(self.keys)
        self.keys.append(key)
        self.vectors.append(vector.astype(np.float32))
        for table, code in zip(self.buckets, self.codes(vector), strict=True):
            table[int(code)].append(index)

    def query(
        self, vector: np.ndarray, k: int = 20, min_cosine: float = -1.0
    ) -> list[tuple[str, float]]:
        """Up to ``k`` stored keys most similar to ``vector`` among the LSH candidates."""
        candidates: set[int] = set()
        for table, code in zip(self.buckets, self.codes(vector), strict=True):
            candidates.update(table.get(int(code), ()))
        if not candidates:
            return []
        index = np.fromiter(candidates, dtype=np.int64)
        sims = np.stack([self.vectors[i] for i in index]) @ vector
        order = np.argsort(-sims)[:k]
        return [(self.keys[index[i]], float(sims[i])) for i in order if sims[i] >= min_cosine]


@lru_cache(maxsize=4)
def _planes(dim: int, bits: int, tables: int, seed: int) -> np.ndarray:
    """The random hyperplanes of an index's shape (every index of one shape has the same)."""
    rng = np.random.default_rng(seed)
    return rng.standard_normal((tables, dim, bits)).astype(np.float32)


@lru_cache(maxsize=256)
def _codes(shape: tuple[int, int, int, int], dtype: str, data: bytes) -> np.ndarray:
    """The buckets of a vector (given as its bytes) under the planes of ``shape``: an article's
    vector is keyed several times a run (dedupe's index, clustering's, the stored corpus')."""
    vector = np.frombuffer(data, dtype=dtype)
    signs = np.einsum("d,tdb->tb", vector, _planes(*shape)) > 0
    codes = signs.astype(np.int64) @ (1 << np.arange(shape[1], dtype=np.int64))
    codes.flags.writeable = False
    return codes
