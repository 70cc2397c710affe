"""Migration 0007 builds the near-copy groups from the pitches already stored, and its
downgrade rebuilds the 0006 index."""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command

from bot.migrate import alembic_config
from bot.models import UTCDateTime

TEMPLATE = ("Hi {name}, I'm Ana from Brightside. We just launched a free ebook on community "
            "building for small nonprofits, with twelve case studies and a checklist you can "
            "use on Monday. I thought your readers would like it: https://x.io/{n}. Thanks!")
OWN = "Bob, your thread on volunteer burnout stuck with me. How do you say no early?"
AT = datetime(2026, 11, 1, 12, tzinfo=UTC)


def table(name: str, *columns: str, times: tuple[str, ...] = ()) -> sa.TableClause:
    """A table as 0006 has it: only the columns named."""
    return sa.table(name, *(sa.column(c) for c in columns),
                    *(sa.column(c, UTCDateTime()) for c in times))


def old_rows(conn) -> None:
    """A team with four pitches at 0006: three near-copies and one of its own."""
    conn.execute(sa.insert(table("teams", "id", "key", times=("created_at",))),
                 {"id": 1, "key": "local", "created_at": AT})
    conn.execute(sa.insert(table("members", "id", "team_id", "key", "display_name", "is_admin",
                                 "is_reviewer", "opted_out")),
                 {"id": 1, "team_id": 1, "key": "ana", "display_name": "Ana", "is_admin": False,
                  "is_reviewer": False, "opted_out": False})
    texts = [TEMPLATE.format(name=n, n=i) for i, n in enumerate(("Bob", "Cy", "Di"))] + [OWN]
    for i, text in enumerate(texts, start=1):
        conn.execute(sa.insert(table("contacts", "id", "team_id", "handle", "email_known",
                                     "interests", "avoid", "do_not_contact",
                                     times=("created_at",))),
                     {"id": i, "team_id": 1, "handle": f"c{i}", "email_known": False,
                      "interests": "[]", "avoid": "[]", "do_not_contact": False, "created_at": AT})
        conn.execute(sa.insert(table("pitches", "id", "team_id", "author_id", "contact_id",
                                     "channel", "state", "revision", "version",
                                     times=("created_at", "updated_at"))),
                     {"id": i, "team_id": 1, "author_id": 1, "contact_id": i, "channel": "email",
                      "state": "pending", "revision": 1, "version": 1, "created_at": AT,
                      "updated_at": AT})
        conn.execute(sa.insert(table("revisions", "id", "pitch_id", "number", "text",
                                     "content_hash", "signature", "findings", "verdict",
                                     times=("created_at",))),
                     {"id": i, "pitch_id": i, "number": 1, "text": text, "content_hash": "x",
                      "signature": b"", "findings": "[]", "verdict": "ready", "created_at": AT})


def canned(service) -> list[str]:
    result = service.check(TEMPLATE.format(name="Liz", n=9), to="@liz")
    return [f.message for f in result.findings if f.rule == "canned-copy"]


def test_upgrade_indexes_the_pitches_already_stored(engine, make_service):
    config = alembic_config(engine)
    command.downgrade(config, "0006")
    with engine.begin() as conn:
        old_rows(conn)
    command.upgrade(config, "head")
    with engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT id, contact_id, copy_center, copy_keys FROM revisions ORDER BY id")).all()
        bands = conn.execute(sa.text("SELECT count(*) FROM copy_bands")).scalar()
    assert [r.contact_id for r in rows] == [1, 2, 3, 4]
    assert [r.copy_center for r in rows] == [None, 1, 1, None]  # two copies join the first
    # The copies are the same text once names and links are masked: nothing to keep.
    assert [len(r.copy_keys) > 0 for r in rows] == [True, False, False, True]
    assert bands == 2 * 32
    assert "Near-copies went to 3 other recipients." in canned(make_service())[0]


def test_downgrade_rebuilds_the_old_index_and_upgrade_again(engine, make_service):
    config = alembic_config(engine)
    command.downgrade(config, "0006")
    with engine.begin() as conn:
        old_rows(conn)
    command.upgrade(config, "head")
    command.downgrade(config, "0006")
    with engine.connect() as conn:
        bands = conn.execute(sa.text("SELECT count(*) FROM copy_bands")).scalar()
        signature = conn.execute(sa.text("SELECT signature FROM revisions WHERE id = 1")).scalar()
    assert bands == 4 * 16 and len(signature) == 64 * 4
    command.upgrade(config, "head")
    assert "Near-copies went to 3 other recipients." in canned(make_service())[0]
