"""Judging near-copies exactly, by the Jaccard similarity of their masked shingle keys.

Stored texts form groups: a text unlike any before is a *center* and keeps all its keys
(bot/similarity.py); a later text close to a center is a *member* and keeps only the keys it
removed from the center's set and the keys it added (a few dozen, where a whole set is
hundreds). A member's overlap with any text is the center's overlap, less the shared keys it
removed, plus the shared keys it added, so one read of a group judges every member exactly,
and every near-copy is counted, however many there are.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.similarity import bands, keys_from, to_bytes

MAX_DELTA = 128  # keys a member may keep (1 KiB: well inside a PostgreSQL index entry)


class KeySet:
    """Membership in one text's keys, for many keys at once: a table addressed by a key's low
    bits (keys are uniformly random), so a test is one gather, where a binary search per key
    would cost ten times as much."""

    def __init__(self, keys: np.ndarray):
        bits = min(16, max(10, len(keys).bit_length() + 5))
        self.mask = np.uint64((1 << bits) - 1)
        # An empty slot holds a value whose low bits are not its own index: no key matches it.
        self.table = np.arange(1, (1 << bits) + 1, dtype=np.uint64)
        slots = (keys & self.mask).astype(np.intp)
        _, first = np.unique(slots, return_index=True)
        self.table[slots[first]] = keys[first]
        self.extra = np.delete(keys, first)  # keys whose slot another key took

    def hits(self, keys: np.ndarray) -> np.ndarray:
        """Which of `keys` are in the set."""
        found = np.take(self.table, (keys & self.mask).astype(np.intp)) == keys
        if len(self.extra) > 8:
            at = np.minimum(np.searchsorted(self.extra, keys), len(self.extra) - 1)
            return found | (self.extra[at] == keys)
        for key in self.extra:
            found |= keys == key
        return found


@dataclass(frozen=True)
class CopyEntry:
    """What a reviewed text puts in the index: its signature, bands, and either its own keys
    (a center) or its difference from the closest center (a member)."""

    sig: np.ndarray
    bands: list[int]
    stored: bytes
    center: int | None = None
    removed: int | None = None


@dataclass(frozen=True)
class Judged:
    """How many other recipients got a near-copy, and what the text would join the index as
    (worked out only when it is stored: a check stores nothing)."""

    contacts: tuple[int, ...]  # the other recipients, each once
    keys: np.ndarray
    sig: np.ndarray
    center: int | None = None
    center_keys: np.ndarray | None = None

    @property
    def recipients(self) -> int:
        """How many other recipients got a near-copy."""
        return len(self.contacts)

    def entry(self) -> CopyEntry:
        """A center's own keys, or a member's difference from its center."""
        if self.center is None:
            return CopyEntry(self.sig, bands(self.sig), to_bytes(self.keys))
        removed = np.setdiff1d(self.center_keys, self.keys, assume_unique=True)
        added = np.setdiff1d(self.keys, self.center_keys, assume_unique=True)
        return CopyEntry(self.sig, bands(self.sig), to_bytes(np.concatenate((removed, added))),
                         self.center, len(removed))


def center_row(center_id: int, stored: bytes) -> tuple:
    """A center as copy_groups reads it, for callers that hold centers themselves."""
    return (center_id, 0, [0], [0], [len(stored)], stored)


def _ints(value) -> np.ndarray:
    # SQLite's group_concat gives "1,2,3" (parsed in C, ten times faster than split and
    # convert); PostgreSQL's array_agg a list.
    if isinstance(value, str):
        return np.fromstring(value, dtype=np.int64, sep=",")
    return np.array(value, dtype=np.int64)


def judge(keys: np.ndarray, sig: np.ndarray, rows, threshold: float,
          exclude_contact: int | None) -> Judged:
    """Judge exactly the groups the index found. A row is a center, (id, 0, [contact], [0],
    [size], keys), or a center's members, (0, center, contacts, keys each removed, bytes each
    keeps, their keys one after another)."""
    heads = {row[0]: keys_from(row[5]) for row in rows if not row[1]}
    if not heads:
        return Judged((), keys, sig)
    mine = KeySet(keys)
    shared = {head: int(mine.hits(their).sum()) for head, their in heads.items()}
    close = []
    for head, center, contacts, removed, lengths, blob in rows:
        if not center:
            overlap, size = np.array([shared[head]]), np.array([len(heads[head])])
        elif center in heads:
            overlap, size = _members(mine, shared[center], len(heads[center]), _ints(removed),
                                     _ints(lengths) // 8, keys_from(blob))
        else:
            continue
        close.append(_ints(contacts)[overlap / (len(keys) + size - overlap) >= threshold])
    found = np.concatenate(close)
    contacts = tuple(np.unique(found[found != exclude_contact]).tolist())
    # The center to join: the one whose difference is smallest and small enough to keep.
    delta, best = min((len(their) + len(keys) - 2 * shared[head], head)
                      for head, their in heads.items())
    if delta > min(MAX_DELTA, len(keys) // 2):
        return Judged(contacts, keys, sig)
    return Judged(contacts, keys, sig, best, heads[best])


def _members(mine: KeySet, shared: int, size: int, removed: np.ndarray, lengths: np.ndarray,
             keys: np.ndarray):
    """(overlap with this text, size) of every member of a group: the center's overlap, less
    the shared keys the member removed, plus the shared keys it added, all in one pass."""
    hit = np.concatenate(([0], np.cumsum(mine.hits(keys))))
    ends = np.cumsum(lengths)
    starts = ends - lengths
    cut = starts + removed
    return (shared - (hit[cut] - hit[starts]) + (hit[ends] - hit[cut]),
            size - removed + (lengths - removed))
