"""Database URLs as people and hosting platforms write them, checked before anything connects."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url

# Hosting platforms (Heroku, Render, Fly…) set postgres://; SQLAlchemy knows neither that
# nor a bare postgresql:// as psycopg 3, the only driver Rapport ships.
_POSTGRES_PREFIXES = ("postgres://", "postgresql://")
POSTGRES_DRIVER = "postgresql+psycopg://"
INSTALL_POSTGRES = ("PostgreSQL needs the psycopg driver, which a plain install leaves out: "
                    "pip install 'rapport[postgres]'")


class DatabaseError(RuntimeError):
    """The database cannot be used as it is; the message says what to do."""


def normalise_url(url: str) -> str:
    """The URL with postgres:// and postgresql:// spelled as psycopg 3's postgresql+psycopg://."""
    for prefix in _POSTGRES_PREFIXES:
        if url.startswith(prefix):
            return POSTGRES_DRIVER + url.removeprefix(prefix)
    return url


def sqlite_path(url: str) -> Path | None:
    """The file a SQLite URL names, or None for an in-memory database or another engine."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    # A URI filename (sqlite:///file:/x/r.db?uri=true) names the same file.
    return Path(parsed.database.removeprefix("file:"))


def check_sqlite_file(url: str) -> None:
    """Refuse, in one line, a SQLite file that cannot be created or written where it is."""
    path = sqlite_path(url)
    if path is None:
        return
    folder = path.absolute().parent
    if not folder.is_dir():
        raise DatabaseError(f"the database's folder {folder} does not exist: create it, "
                               "or set DATABASE_URL to another place")
    if path.is_dir():
        raise DatabaseError(f"the database {path} is a folder: set DATABASE_URL to a file")
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseError(f"the database {path} is read-only: make it writable, "
                               "or set DATABASE_URL to another place")
    # SQLite writes its journal (-wal, -shm) beside the file, so the folder must be writable
    # even when the file is.
    if not os.access(folder, os.W_OK):
        raise DatabaseError(f"the database's folder {folder} is read-only: SQLite writes "
                               "beside the file; make it writable, or set DATABASE_URL")


def read_only_message(url: str) -> str:
    """What to say when SQLite refuses a write the checks above could not foresee."""
    path = sqlite_path(url)
    where = f"the database {path}" if path else "the database"
    return f"{where} is read-only: make it writable, or set DATABASE_URL to another place"
