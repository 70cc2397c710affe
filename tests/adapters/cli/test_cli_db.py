"""`rapport db upgrade` (the Procfile's release step) also counts the board's two-way tallies
of every team whose tallies are not cut in the policy's time zone."""

from __future__ import annotations

from sqlalchemy import select, text

from bot.models import TallyBasis, TwoWayTally
from tests.adapters.cli.conftest import POLICY, Cli


def tallies(engine) -> tuple[set[str], int]:
    """(the zones the tallies are cut in, how many interactions they count)."""
    with engine.connect() as conn:
        zones = set(conn.scalars(select(TallyBasis.zone)))
        counted = sum(conn.scalars(select(TwoWayTally.n)))
    return zones, counted


def test_an_upgraded_database_gets_its_tallies_in_the_release_step(cli, engine):
    cli("log @liz met 'coffee' --as ana")
    cli("log @max conversation --as ben")
    with engine.begin() as conn:   # as a database from before migration 0010 has them
        for table in ("two_way_weeks", "two_way_tallies", "tally_bases"):
            conn.execute(text(f"DELETE FROM {table}"))
    result = cli("db upgrade")
    assert result.exit_code == 0
    assert "Counted the two-way interactions of 1 team(s) into weeks of UTC" in result.stdout
    assert tallies(engine) == ({"UTC"}, 2)
    again = cli("db upgrade")
    assert "Counted" not in again.stdout and "already up to date" in again.stdout


def test_a_new_time_zone_is_counted_in_the_release_step(cli, engine, tmp_path):
    cli("log @liz met 'coffee' --as ana")
    policy = tmp_path / "auckland.toml"
    policy.write_text(POLICY + '\n[leaderboard]\ntimezone = "Pacific/Auckland"\n')
    moved = Cli({**cli.env, "RAPPORT_POLICY": str(policy)})
    assert "into weeks of Pacific/Auckland" in moved("db upgrade").stdout
    assert tallies(engine) == ({"Pacific/Auckland"}, 1)
