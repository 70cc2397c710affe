"""The scoring rules of DESIGN §6 over one week, counted by the database, each thing once.

- a relationship's first move into engaged / earned, ever, to whoever moved it (the marks
  set when the stage change was written, bot/leaderboard/firsts.py);
- two-way interactions, up to the cap per contact per member per week;
- a pitch sent on an earned relationship, its first reply or yes, to its author;
- a teammate's pitch reviewed, once per pitch per reviewer ever, the week's earliest first.

`bot/leaderboard/reference.py` scores the same rules the plain way, in Python over every
event; the tests hold the two to the same boards.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from bot.leaderboard.items import (
    SHOWN,
    Candidate,
    Tally,
    pitch_item,
    review_item,
    stage_item,
    two_way_item,
)
from bot.leaderboard.queries import BoardReads, Span
from bot.leaderboard.views import BoardItem
from bot.policy import LeaderboardPolicy


@dataclass
class Scores:
    """A week's points: each member's totals per kind, the items their row may show, and
    the pitches sent."""

    tallies: dict[int, dict[str, Tally]] = field(default_factory=lambda: defaultdict(dict))
    candidates: dict[int, list[Candidate]] = field(default_factory=lambda: defaultdict(list))
    sent: int = 0
    sent_to_earned: int = 0

    def add(self, rows: Iterable, weights: LeaderboardPolicy, item: Callable[..., BoardItem]):
        """Take rows of items: each carries its member's totals for its kind."""
        for row in rows:
            kind, member = row.kind, row.member_id
            weight = getattr(weights, kind)
            if weight <= 0:
                continue  # a kind worth nothing is left out, as items with no points always were
            tallies = self.tallies[member]
            if kind not in tallies:
                tallies[kind] = Tally(row.total_units * weight, row.things, row.interactions)
            self.candidates[member].append(Candidate(
                member, kind, row.units * weight, row.n, row.ord, partial(item, row)))


def score_week(reads: BoardReads, span: Span, weights: LeaderboardPolicy,
               names: dict[int, str], limit: int = SHOWN) -> Scores:
    """The week's scores, summed in SQL, with each member's `limit` best items per kind."""
    scores = Scores()
    reads.prepare_board_reads()
    w = weights
    if w.engaged > 0 or w.earned > 0:
        scores.add(reads.first_stage_moves(span, limit), w,
                   lambda r: stage_item(r.kind, r.handle, w))
    if w.two_way > 0 and w.two_way_cap_per_contact > 0:
        scores.add(reads.two_way_counts(span, w.two_way_cap_per_contact, limit), w,
                   lambda r: two_way_item(r.handle, r.n, w))
    if w.pitch_success > 0:
        scores.add(reads.pitch_successes(span, limit), w,
                   lambda r: pitch_item(r.pitch_id, r.handle, r.outcome, w))
    if w.review > 0 and w.review_cap > 0:
        scores.add(reads.reviews(span, w.review_cap, limit), w,
                   lambda r: review_item(names.get(r.author_id, "a teammate"), r.pitch_id,
                                         r.handle, w))
    scores.sent, scores.sent_to_earned = reads.sent_counts(span)
    return scores
