"""The two-way interactions of a week, counted per member and contact, capped: the one read
that meets a busy week's bulk (125,000 interactions), so it has a PostgreSQL form of its own.

Both forms give the same rows: per member, the `limit` contacts with most capped
interactions (then most interactions, then the contact known longest), each with the
member's totals — how many contacts (`things`), capped interactions (`total_units`) and
interactions (`interactions`). Statements take the parameters of `bot.leaderboard.params`.
"""

from __future__ import annotations

from sqlalchemy import Select, TextClause, bindparam, case, func, literal, select, text

from bot.leaderboard.params import CAP, END, LIMIT, START, TEAM
from bot.models import Interaction, TwoWayTally
from bot.relationships import TWO_WAY


def _two_way(*extra) -> tuple:
    # The kinds are written into the statement, not bound, so that PostgreSQL can match the
    # partial index `ix_interactions_two_way` (WHERE kind IN ...) with every plan it caches.
    kinds = bindparam("two_way_kinds", sorted(TWO_WAY), expanding=True, literal_execute=True)
    i = Interaction
    return (i.team_id == TEAM, i.at >= START, i.at < END, i.kind.in_(kinds), *extra)


def two_way_rows() -> Select:
    """One row per member and contact with two-way interactions in the week (any database)."""
    i = Interaction
    counts = (select(i.member_id, i.contact_id, func.count().label("n"))
              .where(*_two_way()).group_by(i.member_id, i.contact_id)).subquery()
    return select(literal("two_way").label("kind"), counts.c.member_id, counts.c.contact_id,
                  counts.c.contact_id.label("ord"),
                  case((counts.c.n > CAP, CAP), else_=counts.c.n).label("units"), counts.c.n)


def two_way_per_member() -> TextClause:
    """The shown rows with their totals and handles, member by member (PostgreSQL only).

    Grouping one member's week at a time, through the index on (team, member, at), keeps
    each grouping small: grouping and sorting the whole week's interactions at once is
    several times slower on a busy week. Each member's grouping is made once and read twice
    (totals, shown contacts); plain SQL says that more clearly than the expression language.
    """
    kinds = ", ".join(f"'{kind}'" for kind in sorted(TWO_WAY))
    return text(f"""
        SELECT 'two_way' AS kind, m.id AS member_id, per.contact_id, per.contact_id AS ord,
               per.units, per.n, per.things, per.total_units, per.interactions, c.handle
        FROM members AS m
        CROSS JOIN LATERAL (
            WITH counts AS (
                SELECT contact_id, count(*) AS n FROM interactions
                WHERE team_id = :team_id AND member_id = m.id AND kind IN ({kinds})
                  AND at >= :start AND at < :end
                GROUP BY contact_id)
            SELECT shown.*, totals.*
            FROM (SELECT count(*)::integer AS things,
                         sum(LEAST(n, :cap))::integer AS total_units,
                         sum(n)::integer AS interactions FROM counts) AS totals,
                 (SELECT contact_id, n::integer, LEAST(n, :cap)::integer AS units FROM counts
                  ORDER BY LEAST(n, :cap) DESC, n DESC, contact_id LIMIT :limit) AS shown
        ) AS per
        LEFT JOIN contacts AS c ON c.id = per.contact_id
        WHERE m.team_id = :team_id
    """).bindparams(TEAM, START, END, CAP, LIMIT)


def tallied_rows() -> Select:
    """The same rows from the week's tallies (bot/leaderboard/tallies.py) (any database)."""
    t = TwoWayTally
    return select(literal("two_way").label("kind"), t.member_id, t.contact_id,
                  t.contact_id.label("ord"), case((t.n > CAP, CAP), else_=t.n).label("units"),
                  t.n).where(t.team_id == TEAM, t.week_start == START)


def tallied_per_member() -> TextClause:
    """The shown rows and totals from the week's tallies, member by member (PostgreSQL).

    Most interactions first is most capped interactions first, then most interactions, so
    each member's shown contacts are the first rows of the index `ix_two_way_tallies_rank`;
    the capped total is the total less what the few contacts over the cap went over by.
    """
    return text("""
        SELECT 'two_way' AS kind, w.member_id, shown.contact_id, shown.contact_id AS ord,
               LEAST(shown.n, :cap) AS units, shown.n, w.contacts AS things,
               (w.interactions - COALESCE(over.n, 0))::integer AS total_units,
               w.interactions, c.handle
        FROM two_way_weeks AS w
        CROSS JOIN LATERAL (
            SELECT contact_id, n FROM two_way_tallies AS t
            WHERE t.team_id = w.team_id AND t.week_start = w.week_start
              AND t.member_id = w.member_id
            ORDER BY t.n DESC, t.contact_id LIMIT :limit) AS shown
        CROSS JOIN LATERAL (
            SELECT sum(t.n - :cap) AS n FROM two_way_tallies AS t
            WHERE t.team_id = w.team_id AND t.week_start = w.week_start
              AND t.member_id = w.member_id AND t.n > :cap) AS over
        LEFT JOIN contacts AS c ON c.id = shown.contact_id
        WHERE w.team_id = :team_id AND w.week_start = :start
    """).bindparams(TEAM, START, CAP, LIMIT)
