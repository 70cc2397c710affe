"""A review reads what it needs in a few statements: check in 2 or 3, submit in under 8.

Counted with a `before_cursor_execute` listener; transaction control (BEGIN, COMMIT,
savepoints) is not a statement here. A behaviour test, not a timing one.
"""

import pytest
from sqlalchemy import event

CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")
TEXT = ("Hi {name}, I'm Ana from Brightside. We just launched a free ebook on community "
        "building for small nonprofits, with twelve case studies. Thanks!")


@pytest.fixture
def statements(engine):
    """The SQL statements run while the block runs: `with statements() as seen:`."""
    class Seen(list):
        def __enter__(self):
            self.clear()
            event.listen(engine, "before_cursor_execute", self.count)
            return self

        def __exit__(self, *_):
            event.remove(engine, "before_cursor_execute", self.count)

        def count(self, _conn, _cursor, statement, *_):
            if not statement.lstrip().upper().startswith(CONTROL):
                self.append(statement)
    return Seen()


def test_check_reads_in_two_statements_or_three_for_a_known_recipient(service, statements):
    service.submit("local", "ana", "@bob", TEXT.format(name="Bob"))
    with statements as seen:
        service.check(TEXT.format(name="Cy"), to="@cy", author="ana")
    assert len(seen) == 2, seen  # team, member and contact; the near-copy groups
    with statements as seen:
        service.check(TEXT.format(name="Bob"), to="@bob", author="ana")
    assert len(seen) == 3, seen  # and the recipient's pitches and interactions


def test_submit_writes_in_under_eight_statements(service, statements):
    service.submit("local", "ana", "@bob", TEXT.format(name="Bob"))
    with statements as seen:
        service.submit("local", "ana", "@cy", TEXT.format(name="Cy"))  # a near-copy
    assert len(seen) < 8, seen
    with statements as seen:
        service.submit("local", "ana", "@bob", "Bob, how did the meetup go? Ana")
    assert len(seen) < 8, seen
    bands = [s for s in seen if s.lstrip().upper().startswith("INSERT INTO COPY_BANDS")]
    assert len(bands) == 1  # every band in one statement


def test_a_retried_delivery_is_claimed_in_one_statement(service, statements):
    with statements as seen:
        service.submit("local", "ana", "@bob", TEXT.format(name="Bob"), dedupe="slack:1")
    assert sum("processed_deliveries" in s for s in seen) == 1
    again = service.submit("local", "ana", "@bob", TEXT.format(name="Bob"), dedupe="slack:1")
    assert again.pitch.id == 1 and len(service.list_pitches("local")) == 1


@pytest.mark.parametrize("contacts", [3, 60])
def test_the_desk_reads_its_contacts_histories_together(service, statements, contacts):
    """However many contacts a member has, the desk reads their histories in one statement
    (per 500), not one each: the count does not grow with them."""
    for n in range(contacts):
        service.log_interaction("local", "ana", f"@c{n}", "they-replied")
    with statements as seen:
        desk = service.home("local", "ana")
    assert sum(len(group.items) for group in desk.contacts) == min(contacts, 10)
    assert len(seen) <= 8, seen
