"""Near-copy detection: a pitch's masked word 3-shingles as sorted 64-bit keys, and MinHash
bands to find the stored texts that may be near-copies of it (bot/copy_groups.py judges them
exactly).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import numpy as np

from bot.copy_shape import BAND_ROWS, BANDS, PERMUTATIONS
from bot.text import WORD_RE, mask_for_copy, normalize

# 32 bands of 4: a pair at Jaccard 0.70 shares a band with probability 1 - (1 - 0.7**4)**32
# = 0.99985 (0.9999 at 0.72), and an unrelated pair at 0.05 with probability 0.0002.
_rng = np.random.default_rng(20261123)
# Odd multipliers make multiply-shift a universal hash family over 64-bit keys.
_A = _rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
_M = _rng.integers(1, 2**63, size=4, dtype=np.uint64) | np.uint64(1)
_PAD = "\0"  # stands in for missing words, so a text of under three words is one shingle
_GREETINGS = {"hi", "hello", "hey", "dear", "hiya", "greetings", "yo"}


def copy_tokens(text: str, recipient_handle: str | None = None,
                folded: str | None = None) -> list[str]:
    """Words of a pitch with links, handles and the recipient's name masked."""
    folded = normalize(text).folded if folded is None else folded
    words = WORD_RE.findall(mask_for_copy(folded))
    if words and words[0] in _GREETINGS and len(words) > 1:
        words[1] = "name"
    elif words and text.lstrip()[:1].isupper() and text.lstrip().split(maxsplit=1)[0].endswith(","):
        words[0] = "name"
    if recipient_handle:
        handle = recipient_handle.lstrip("@").casefold()
        words = ["name" if w == handle else w for w in words]
    return words


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> int:
    # A keyed hash per distinct word (cached: pitches share most of their words); shingles
    # are combined from these in numpy instead of hashing every shingle's string.
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: a bijection on 64 bits that spreads every input bit."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def shingle_keys(tokens: list[str]) -> np.ndarray:
    """The sorted, distinct 64-bit keys of a token list's 3-word shingles."""
    tokens = tokens + [_PAD] * (3 - len(tokens)) if len(tokens) < 3 else tokens
    words = np.fromiter(map(_word_key, tokens), dtype=np.uint64, count=len(tokens))
    with np.errstate(over="ignore"):
        keys = _mix(words[:-2] * _M[0] + words[1:-1] * _M[1] + words[2:])
    return np.unique(keys)


def minhash(keys: np.ndarray) -> np.ndarray:
    """The MinHash signature (PERMUTATIONS uint32 values) of a set of shingle keys."""
    low = np.full(PERMUTATIONS, np.iinfo(np.uint64).max, dtype=np.uint64)
    # In slices, so a 40,000-character text needs 2 MiB at a time, not 6.
    for start in range(0, len(keys), 2048):
        with np.errstate(over="ignore"):
            hashed = (keys[start:start + 2048, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
        np.minimum(low, hashed.min(axis=0), out=low)
    return low.astype(np.uint32)


def signature(tokens: list[str]) -> np.ndarray:
    """The MinHash signature of a token list's 3-word shingles."""
    return minhash(shingle_keys(tokens))


def bands(sig: np.ndarray) -> list[int]:
    """The band keys of a signature, as signed 64-bit integers for a BIGINT column."""
    rows = sig.astype(np.uint64).reshape(BANDS, BAND_ROWS)
    with np.errstate(over="ignore"):
        low = (rows[:, 0] << np.uint64(32)) | rows[:, 1]
        high = (rows[:, 2] << np.uint64(32)) | rows[:, 3]
        salt = np.arange(BANDS, dtype=np.uint64) * _M[2]
        keyed = _mix(_mix(low ^ salt) ^ high)
    return keyed.view(np.int64).tolist()


def to_bytes(values: np.ndarray) -> bytes:
    """A signature or key set as stored."""
    return values.astype(values.dtype.newbyteorder("<")).tobytes()


def keys_from(blob: bytes) -> np.ndarray:
    """Stored shingle keys."""
    return np.frombuffer(blob, dtype="<u8")


def text_keys(text: str, handle: str | None = None, folded: str | None = None):
    """A text's shingle keys and MinHash signature."""
    keys = shingle_keys(copy_tokens(text, handle, folded))
    return keys, minhash(keys)
