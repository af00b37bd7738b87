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
PRIME = np.uint64(4294967311)
_rng = np.random.default_rng(20080514)  # fixed: signatures must agree across runs
A = _rng.integers(1, 2**31 - 1, PERMUTATIONS, dtype=np.uint64)
B = _rng.integers(0, 2**31 - 1, PERMUTATIONS, dtype=np.uint64)


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of a text, or None when it is too short to compare."""
    words = normalise(text).split()
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    hashes = np.fromiter(
        (zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64, count=len(shingles)
    )
    permuted = (hashes[None, :] * A[:, None] + B[:, None]) % PRIME
    return permuted.min(axis=1).astype(np.uint32)


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
