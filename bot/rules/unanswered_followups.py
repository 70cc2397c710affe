"""unanswered-followups: following up again and again after silence."""

from collections.abc import Iterable
from datetime import datetime, timedelta

from bot.rules.base import Hit, PastPitch, ReviewContext, Rule

# Outcomes that mean the recipient answered; silence before an answer is forgiven.
_ANSWERED = ("replied", "accepted", "declined")
_OUTCOMES = _ANSWERED + ("no_response",)


def _outcome(pitch: PastPitch) -> str | None:
    """The recorded outcome, whether the store put it in outcome or in the state."""
    if pitch.outcome:
        return pitch.outcome
    return pitch.state if pitch.state in _OUTCOMES else None


def silent_pitches(pitches: Iterable[PastPitch], now: datetime,
                   gap: timedelta) -> list[PastPitch]:
    """Sent pitches with no answer since their last answered one; a pitch still waiting
    counts as silence once `gap` has passed."""
    sent = sorted((p for p in pitches if p.sent_at is not None), key=lambda p: p.sent_at)
    answered = [p.sent_at for p in sent if _outcome(p) in _ANSWERED]
    since = answered[-1] if answered else None
    return [p for p in sent
            if (since is None or p.sent_at > since)
            and (_outcome(p) == "no_response"
                 or (_outcome(p) is None and now - p.sent_at >= gap))]


class UnansweredFollowups(Rule):
    """Earlier pitches went unanswered, or the last one went out less than a day ago."""

    id = "unanswered-followups"
    level = "warning"
    message = "Earlier pitches to this recipient went unanswered."
    why = "Silence is an answer; each follow-up after it costs more goodwill."
    fix = "Stop pitching. Engage with their work, or wait until they reach out."
    thresholds = {"error_from": 3, "min_gap_hours": 24}

    def check(self, ctx: ReviewContext):
        """Count silent pitches since their last answer; flag a follow-up sent too soon."""
        gap = timedelta(hours=self.setting(ctx, "min_gap_hours"))
        silent = silent_pitches(ctx.history.past_pitches, ctx.now, gap)
        sent = [p for p in ctx.history.past_pitches if p.sent_at is not None]
        if silent:
            level = "error" if len(silent) >= self.setting(ctx, "error_from") > 0 else None
            yield Hit(None, f"{len(silent)} earlier pitch(es) with no reply.", level)
            return
        if any(_outcome(p) is None and ctx.now - p.sent_at < gap for p in sent):
            yield Hit(None, "The last pitch went out less than a day ago.")
