"""Database engines and the schema check: SQLite by default, PostgreSQL by DATABASE_URL."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import ArgumentError, OperationalError

from bot.db_url import (
    INSTALL_POSTGRES,
    DatabaseError,
    check_sqlite_file,
    normalise_url,
    read_only_message,
)
from bot.errors import UNAVAILABLE, Unavailable
from bot.migrations import head_revision

READ_ONLY = "rapport_read_only"
# Seconds to wait for a PostgreSQL server before telling the user it can't be reached, and
# milliseconds any one statement may run (the slowest, a heavy week's board, takes < 1 s).
CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 15_000
# Tables a library defines and our migrations create for it (slack_sdk's installation and
# OAuth state stores): not in our models, so schema comparisons leave them alone.
LIBRARY_TABLES = frozenset({"slack_installations", "slack_bots", "slack_oauth_states"})


def ours(name: str | None, type_: str, _parents: dict) -> bool:
    """Alembic's include_name hook: compare every object but the library's tables."""
    return type_ != "table" or name not in LIBRARY_TABLES


# SQLite's write transaction takes the write lock at once, so two writers queue instead of
# both reading and then clashing.
SQLITE_WRITE_BEGIN = "BEGIN IMMEDIATE"


def _sqlite_serialised_writes(engine: Engine) -> None:
    # pysqlite's own transaction handling defers the write lock, so two writers can
    # both read then clash; BEGIN IMMEDIATE takes the lock up front and they queue.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # In WAL mode, NORMAL survives any process dying (only a power cut can lose the last
        # commits) and spares each commit a disk sync: an acknowledgement writes a job.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # Reads need no write lock; taking one would queue them behind every writer.
        reading = conn.get_execution_options().get(READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if reading else SQLITE_WRITE_BEGIN)


def write_begin(engine: Engine) -> str:
    """What opens a write transaction on a driver connection in autocommit (SQLite's always
    is; group commit puts its own in it): on SQLite, the write lock taken up front as above."""
    return SQLITE_WRITE_BEGIN if engine.dialect.name == "sqlite" else "BEGIN"


def make_engine(url: str) -> Engine:
    """An engine for a database URL, set up for safe concurrent writes."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        check_sqlite_file(url)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        _sqlite_serialised_writes(engine)
        return engine
    try:
        engine = create_engine(url, pool_pre_ping=True,
                               connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    except ImportError:
        raise DatabaseError(INSTALL_POSTGRES) from None
    except ArgumentError:
        # Not echoed back: the URL may hold a password.
        raise DatabaseError("DATABASE_URL is not a database Rapport knows: use "
                            "sqlite:///FILE or postgresql://USER@HOST/NAME") from None
    _statement_timeout(engine)
    return engine


def _statement_timeout(engine: Engine) -> None:
    # A database that hangs must not hang a user: every statement gives up after a while,
    # and the user hears that nothing was saved.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET statement_timeout = {STATEMENT_TIMEOUT_MS}")
        dbapi_connection.commit()


def is_current(engine: Engine) -> bool:
    """Whether the schema is at the newest migration."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        applied = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return applied == [head_revision()]


def ensure_schema(engine: Engine) -> None:
    """Migrate an embedded SQLite file on first use; insist on migrations elsewhere."""
    if is_current(engine):
        return
    if engine.dialect.name == "sqlite":
        # Alembic loads only when a migration is due: most processes merely check.
        from bot.migrate import upgrade

        upgrade(engine)
        return
    raise DatabaseError("the database schema is not up to date: run `rapport db upgrade`")


def raise_plainly(exc: Exception, engine: Engine) -> None:
    """Turn a database that is down, or a file SQLite may not write, into one plain line."""
    if unreachable(exc):
        raise Unavailable(UNAVAILABLE) from exc
    if "readonly database" in str(getattr(exc, "orig", exc)).lower():
        raise DatabaseError(read_only_message(engine.url.render_as_string())) from None


def unreachable(exc: Exception) -> bool:
    """A database that is down, unreachable, or over its statement timeout."""
    text = str(getattr(exc, "orig", exc)).lower()
    return isinstance(exc, OperationalError) and any(word in text for word in (
        "connection", "could not connect", "timeout expired", "statement timeout",
        "server closed", "network is unreachable", "no route to host", "unable to open"))


def open_database(url: str, check_schema: bool = True) -> Engine:
    """An engine on `url`, its schema checked first when `check_schema` (an embedded SQLite
    file migrated); a database that is away, or a file SQLite may not write, said plainly."""
    engine = make_engine(url)
    if check_schema:
        try:
            ensure_schema(engine)
        except OperationalError as exc:
            raise_plainly(exc, engine)
            raise
    return engine
