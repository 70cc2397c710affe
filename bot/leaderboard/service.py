"""Service methods for the weekly board (mixed into Rapport)."""

from __future__ import annotations

from bot.leaderboard.board import build_board, team_zone
from bot.leaderboard.claims import Claim
from bot.leaderboard.views import BoardView
from bot.leaderboard.weeks import IsoWeek, due_week, resolve
from bot.models import Event
from bot.store import Store


class LeaderboardMixin:
    """The board on demand, opting out of it, and claiming its weekly post."""

    def leaderboard(self, team: str, week: str | None = None,
                    viewer: str | None = None) -> BoardView:
        """A team's board for this week, 'last-week' or a week like '2026-W48'; a member who
        asks (`viewer`) also sees their own place."""
        lb = self.policy.leaderboard
        now = self.clock()
        chosen = resolve(week, now, team_zone(lb))

        def work(store: Store) -> BoardView:
            # Reading never creates the team; a team never seen has an empty board.
            return build_board(store, self.read_team(store, team), chosen, lb, now,
                               viewer=viewer)
        return self.read(work)

    def set_leaderboard_opt_out(self, team: str, member: str, opted_out: bool) -> str:
        """A member leaves the board (or comes back); it is their choice, on the record."""
        return self._board_choice(team, member, "opted_out", opted_out, (
            ("leaderboard_opt_out", "You are already off the leaderboard.",
             "You are off the leaderboard: no board shows you from now on."),
            ("leaderboard_opt_in", "You are already on the leaderboard.",
             "You are back on the leaderboard.")))

    def set_leaderboard_anonymous(self, team: str, member: str, anonymous: bool) -> str:
        """A member shows on the board as "a teammate" (or by name again); on the record."""
        return self._board_choice(team, member, "anonymous", anonymous, (
            ("leaderboard_anonymous", 'You are already shown as "a teammate".',
             'The board shows you as "a teammate" from now on.'),
            ("leaderboard_named", "You are already shown by name.",
             "The board shows you by name again.")))

    def _board_choice(self, team: str, member: str, flag: str, value: bool,
                      words: tuple[tuple[str, str, str], tuple[str, str, str]]) -> str:
        # One of a member's own board choices: (event kind, "already so", "done") when the
        # flag is set, then when it is cleared.
        kind, already, done = words[0] if value else words[1]

        def work(store: Store) -> str:
            t = store.team(team)
            actor = self.actor(store, t, member)
            if getattr(actor, flag) == value:
                return already
            setattr(actor, flag, value)
            store.add(Event(team_id=t.id, actor_id=actor.id, kind=kind, at=self.clock(),
                            detail={}))
            return done
        return self.transaction(work)

    def build_tallies(self) -> list[str]:
        """Count the two-way interactions of every team whose tallies are not cut in the
        policy's time zone (after migration 0010, or when the zone changed), a team per
        transaction, so its board reads them from now on; the keys of the teams counted."""
        zone = self.policy.leaderboard.timezone
        stale = self.read(lambda store: store.teams_with_stale_tallies(zone))
        for team_id, _ in stale:
            self.transaction(
                lambda store, team_id=team_id: store.rebuild_two_way_tallies(team_id, zone))
        return [key for _, key in stale]

    def boards_due(self) -> tuple[IsoWeek, list[str]]:
        """This tick's week, and every team whose board for it may be posted now — one query
        for all teams, oldest team first."""
        lb = self.policy.leaderboard
        now = self.clock()
        week = due_week(now, team_zone(lb), lb.post_weekday, lb.post_hour)
        return week, self.read(lambda store: store.teams_with_open_board(str(week), now))

    def claim_board_post(self, team: str, week: IsoWeek, worker: str) -> Claim | None:
        """Take the right to post a team's week, committed before anything is posted."""
        return self.transaction(lambda store: store.claim_board_post(
            store.team(team).id, str(week), worker, self.clock()))

    def settle_board_post(self, claim: Claim, status: str, error: str | None = None,
                          final: bool = False) -> str:
        """Record how a post ended; a failure becomes 'retry' until attempts run out (or final)."""
        return self.transaction(lambda store: store.settle_board_post(
            claim, status, self.clock(), error, final))
