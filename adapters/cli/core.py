"""The core service as the CLI uses it."""

from __future__ import annotations

from bot.service import Rapport


def service(*, create: bool = True) -> Rapport:
    """The core on $DATABASE_URL with the policy file; members come from its roster.

    Verbs that only read (check, list, show, leaderboard) pass `create=False`: looking
    creates no database file."""
    return Rapport.from_env(create=create)
