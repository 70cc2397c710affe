"""Near-copy detection: MinHash signatures and locality-sensitive bands kept in the database."""

from __future__ import annotations

import hashlib
import re

import numpy as np

from bot.text import mask_for_copy, normalize

PERMUTATIONS = 64
BAND_ROWS = 4
BANDS = PERMUTATIONS // BAND_ROWS
_rng = np.random.default_rng(20261123)
# Odd multipliers make multiply-shift a universal hash family over 64-bit keys.
_A = _rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"[a-z0-9']+")
_GREETINGS = {"hi", "hello", "hey", "dear", "hiya", "greetings", "yo"}


def copy_tokens(text: str, recipient_handle: str | None = None,
                folded: str | None = None) -> list[str]:
    """Words of a pitch with links, handles and the recipient's name masked."""
    folded = normalize(text).folded if folded is None else folded
    words = _WORD.findall(mask_for_copy(folded))
    if words and words[0] in _GREETINGS and len(words) > 1:
        words[1] = "name"
    elif words and text.lstrip()[:1].isupper() and text.lstrip().split(maxsplit=1)[0].endswith(","):
        words[0] = "name"
    if recipient_handle:
        handle = recipient_handle.lstrip("@").casefold()
        words = ["name" if w == handle else w for w in words]
    return words


def signature(tokens: list[str]) -> np.ndarray:
    """The MinHash signature (PERMUTATIONS uint32 values) of a token list's 3-word shingles."""
    if len(tokens) >= 3:
        shingles = {" ".join(tokens[i:i + 3]) for i in range(len(tokens) - 2)}
    else:
        shingles = {" ".join(tokens)} if tokens else {""}
    keys = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")
         for s in shingles),
        dtype=np.uint64,
        count=len(shingles),
    )
    with np.errstate(over="ignore"):
        hashed = (keys[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    return hashed.min(axis=0).astype(np.uint32)


def bands(sig: np.ndarray) -> list[int]:
    """The band keys of a signature, as signed 64-bit integers for a BIGINT column."""
    out = []
    for band in range(BANDS):
        chunk = sig[band * BAND_ROWS:(band + 1) * BAND_ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out


def similarity(sig: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of one signature against a stack of signatures."""
    return (others == sig[None, :]).mean(axis=1)


def to_bytes(sig: np.ndarray) -> bytes:
    """A signature as stored."""
    return sig.astype("<u4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    """A stored signature."""
    return np.frombuffer(blob, dtype="<u4")
