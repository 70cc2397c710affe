"""The scoring rules of DESIGN §6 the plain way: in Python, over every event they could see.

It reads whole histories and builds every item, so it is slow on a busy week; it is kept as
the yardstick of `bot/leaderboard/scoring.py` — the tests hold both to the same boards, and
`benchmarks/leaderboard_pg.py` times it as the baseline. `build_board(..., score=score_week)`
with this module's `score_week` gives the board it scores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from bot.leaderboard import reference_reads as reads
from bot.leaderboard.firsts import REVIEW_KINDS, stages_reached
from bot.leaderboard.items import (
    OUTCOME_WORDS,
    Candidate,
    Tally,
    pitch_item,
    review_item,
    stage_item,
    two_way_item,
)
from bot.leaderboard.queries import Span
from bot.leaderboard.reference_reads import Happening
from bot.leaderboard.scoring import Scores
from bot.policy import LeaderboardPolicy
from bot.store import Store


def _in_week(happening: Happening, span: Span) -> bool:
    return span.start <= happening.at < span.end


def _by(happenings: Iterable[Happening], key) -> dict:
    grouped: dict = defaultdict(list)
    for happening in happenings:
        grouped[key(happening)].append(happening)
    return grouped


def stage_credits(changes: list[Happening], span: Span, weights: LeaderboardPolicy):
    """A relationship's first move into engaged or earned, credited to whoever moved it."""
    first: dict[tuple[str | None, str], Happening] = {}
    for change in changes:
        for stage in stages_reached(change.before, change.after):
            first.setdefault((change.contact, stage), change)
    for (handle, stage), change in first.items():
        mover = change.author_id if change.pitch_id is not None else change.actor_id
        if _in_week(change, span) and mover is not None:
            yield Candidate.of(mover, stage_item(stage, handle, weights), change.contact_id)


def pitch_credits(histories: list[Happening], span: Span, weights: LeaderboardPolicy):
    """A pitch sent on an earned relationship that got a reply or a yes, to its author, once."""
    for pitch_id, events in _by(histories, lambda h: h.pitch_id).items():
        sent = next((e for e in events if e.kind == "sent"), None)
        success = next((e for e in events
                        if e.kind == "outcome" and e.outcome in OUTCOME_WORDS), None)
        if (sent is None or success is None or not _in_week(success, span)
                or sent.stage != "earned" or success.author_id is None):
            continue
        item = pitch_item(pitch_id, success.contact, success.outcome, weights)
        yield Candidate.of(success.author_id, item, pitch_id)


def review_credits(histories: list[Happening], span: Span, weights: LeaderboardPolicy,
                   names: dict[int, str]):
    """A teammate's pitch reviewed (approved or changes asked), once per pitch, capped weekly."""
    firsts = [events[0] for events in _by(histories, lambda h: (h.pitch_id, h.actor_id)).values()]
    counted: dict[int, int] = defaultdict(int)
    for review in sorted(firsts, key=lambda h: (h.at, h.id)):
        reviewer = review.actor_id
        if reviewer is None or reviewer == review.author_id or not _in_week(review, span):
            continue
        if counted[reviewer] >= weights.review_cap:
            continue
        counted[reviewer] += 1
        author = names.get(review.author_id, "a teammate")
        yield Candidate.of(reviewer, review_item(author, review.pitch_id, review.contact, weights),
                           review.pitch_id)


def score_week(store: Store, span: Span, weights: LeaderboardPolicy,
               names: dict[int, str], limit: int = 0) -> Scores:
    """The week's scores from every item, built one by one in Python (all of them: the
    row keeps its `limit` best when it is shown)."""
    session = store.session
    credits = [
        *stage_credits(reads.stage_changes(session, span), span, weights),
        *pitch_credits(reads.pitch_histories(session, span, ("sent", "outcome"), ("outcome",)),
                       span, weights),
        *(Candidate.of(member_id, two_way_item(handle, n, weights), contact_id)
          for member_id, contact_id, handle, n in reads.two_way_counts(session, span)),
        *review_credits(reads.pitch_histories(session, span, REVIEW_KINDS, REVIEW_KINDS),
                        span, weights, names),
    ]
    scores = Scores()
    for credit in credits:
        if credit.points <= 0:
            continue
        tally = scores.tallies[credit.member_id].setdefault(credit.kind, Tally())
        tally.points += credit.points
        tally.things += 1
        tally.interactions += credit.count
        scores.candidates[credit.member_id].append(credit)
    stages = reads.sent_stages(session, span)
    scores.sent, scores.sent_to_earned = len(stages), sum(1 for s in stages if s == "earned")
    return scores
