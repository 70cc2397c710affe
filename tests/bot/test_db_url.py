"""Database URLs as hosting platforms and people write them."""

from __future__ import annotations

import pytest

from bot.db_url import normalise_url


@pytest.mark.parametrize("given, used", [
    ("postgres://u:p@db:5432/rapport", "postgresql+psycopg://u:p@db:5432/rapport"),
    ("postgresql://u@db/rapport", "postgresql+psycopg://u@db/rapport"),
    ("postgresql+psycopg://u@db/rapport", "postgresql+psycopg://u@db/rapport"),
    ("sqlite:///rapport.db", "sqlite:///rapport.db"),
])
def test_every_postgresql_spelling_uses_psycopg(given, used):
    assert normalise_url(given) == used
