"""The packaged Alembic migrations: where they are, and which is the newest."""

from __future__ import annotations

from pathlib import Path

MIGRATIONS = Path(__file__).parent


def head_revision() -> str:
    """The newest migration's revision: each migration file is named by its revision,
    numbered in order (a test holds Alembic to the same answer)."""
    return max(path.name.split("_", 1)[0]
               for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))
