"""The core service as the CLI uses it."""

from __future__ import annotations

from bot.service import Rapport


def service() -> Rapport:
    """The core on $DATABASE_URL with the policy file; members come from its roster."""
    return Rapport.from_env()
