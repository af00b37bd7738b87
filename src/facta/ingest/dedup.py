"""Near-duplicate articles (the same wire story republished with small edits) by MinHash/LSH.

Signatures are 64 min-hashes of word 5-gram shingles; 32 bands of 2 rows index them, and a
candidate counts as a duplicate when its estimated Jaccard similarity is at least 0.5 (different stories score near 0).
"""

from __future__ import annotations

import zlib

import numpy as np

from facta.ingest.identity import normalise

PERMUTATIONS = 64
BANDS = 32
ROWS = PERMUTATIONS // BANDS
SHINGLE = 5
THRESHOLD = 0.5
MIN_WORDS = 20
BLOCK = 8192  # shingle hashes permuted at once
MAX_CHARS = 300_000  # a text is compared by its start: wire copies differ in their first pages
PRIME = np.uint64(4294967311)
_rng = np.random.default_rng(20080514)  # fixed: signatures must agree across runs
A = _rng.integers(1, 2**31 - 1, PERMUTATIONS, dtype=np.uint64)
B = _rng.integers(0, 2**31 - 1, PERMUTATIONS, dtype=np.uint64)


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of a text, or None when it is too short to compare."""
    words = normalise(text[:MAX_CHARS]).split()
    if len(words) < MIN_WORDS:
        return None
    count = len(words) - SHINGLE + 1
    shingles = (" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(count))
    hashes = np.unique(np.fromiter(map(zlib.crc32, shingles), dtype=np.uint64, count=count))
    lowest = np.full(PERMUTATIONS, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(hashes), BLOCK):  # 64 rows of a block at a time: bounded memory
        block = hashes[None, start : start + BLOCK]
        lowest = np.minimum(lowest, ((block * A[:, None] + B[:, None]) % PRIME).min(axis=1))
    return lowest.astype(np.uint32)


def band_hashes(sig: np.ndarray) -> list[int]:
    """One 63-bit hash per band (fits a signed BIGINT)."""
    rows = sig.reshape(BANDS, ROWS)
    return [
        (zlib.crc32(row.tobytes()) << 31 | zlib.adler32(row.tobytes()) >> 1) & 0x7FFFFFFFFFFFFFFF
        for row in rows
    ]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")
