"""`rapport import` in the core (bot/imports.py): column mapping by preset and --map, bad rows
by line while the rest import, dry runs that write nothing, idempotent re-imports, the
do-not-contact rule, and stages computed from what was imported."""

import re
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from bot.errors import InvalidInput, NotFound
from bot.import_presets import FIELDS, PRESETS, columns
from bot.imports import LAST_CONTACTED, import_csv
from bot.models import Contact, Event, Interaction, ProcessedDelivery


def run(service, what, text, member="ana", **options):
    """Import CSV text (written with \\n line ends) as the member; the report."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return import_csv(service, what, data, team="local", member=member, **options)


def counts(engine) -> dict[str, int]:
    """How many rows each table an import may write holds."""
    with engine.connect() as conn:
        return {model.__tablename__: conn.scalar(select(func.count()).select_from(model))
                for model in (Contact, Interaction, Event, ProcessedDelivery)}


# A row of each preset's export, the handle it gives, and what it sets ------------------------
PRESET_ROWS = [
    ("generic",
     "name,handle,email,interests,tags,do_not_contact,last_contacted,notes,avoid,prefers\n"
     "Liz Ng,@Liz,liz@example.org,\"markets, food\",vip,no,2026-11-20,met at the fair,"
     "politics,email\n",
     "liz", "Liz Ng", {"interests": ["markets", "food", "vip"], "avoid": ["politics"],
                      "prefers": "email", "email_known": True}, ["we-engaged"]),
    ("hubspot",
     "Record ID,First Name,Last Name,Email,Twitter Username,Lead Status,Last Contacted,"
     "Unsubscribed from all email\n"
     "101,Liz,Ng,liz@example.org,lizng,Open,2026-11-20 10:15,true\n",
     "lizng", "Liz Ng", {"email_known": True, "do_not_contact": True}, ["we-engaged"]),
    ("salesforce",
     "Contact ID,First Name,Last Name,Email,Email Opt Out,Description\n"
     "003x,Liz,Ng,Liz@Example.org,1,Met at the fair\n",
     "liz@example.org", "Liz Ng", {"email_known": True, "do_not_contact": True}, []),
    ("salesforce",
     "Id,FirstName,LastName,Email,HasOptedOutOfEmail\n003x,Liz,Ng,liz@example.org,false\n",
     "liz@example.org", "Liz Ng", {"email_known": True}, []),
    ("mailchimp",
     "Email Address,First Name,Last Name,MEMBER_RATING,NOTES,TAGS\n"
     "liz@example.org,Liz,Ng,2,fan of the podcast,\"\"\"Podcast\"\",\"\"Food\"\"\"\n",
     "liz@example.org", "Liz Ng", {"email_known": True, "interests": ["podcast", "food"]}, []),
    ("mailchimp",
     "Email Address,First Name,UNSUB_TIME\nliz@example.org,Liz,2026-03-01 09:00:00\n",
     "liz@example.org", "Liz", {"email_known": True, "do_not_contact": True}, []),
    ("pipedrive",
     "Person - Name,Person - First name,Person - Email (Work),Person - Email (Home),"
     "Person - Phone\nLiz Ng,Liz,,liz@home.example.org,555\n",
     "liz@home.example.org", "Liz Ng", {"email_known": True}, []),
]


@pytest.mark.parametrize("preset, text, handle, name, changes, kinds", PRESET_ROWS,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(PRESET_ROWS)])
def test_each_preset_reads_its_exports_columns(service, preset, text, handle, name, changes,
                                               kinds):
    """The preset names the columns the tool exports; a name is joined from its parts."""
    report = run(service, "contacts", text, preset=preset, dry_run=True)
    assert report.bad == ()
    (row,) = report.rows
    assert (row.handle, row.name, row.status) == (handle, name, "new")
    assert row.changes == changes
    assert [i[0] for i in row.interactions] == kinds


@pytest.mark.parametrize("preset, header, expected", [
    ("generic", ["Handle", "E-mail", "Do Not Contact", "last-contacted", "Tags", "Phone"],
     {0: "handle", 1: "email", 2: "do_not_contact", 3: "last_contacted", 4: "interests"}),
    ("generic", ["handle", "email_known", "email address"], {0: "handle", 1: "email_known",
                                                             2: "email"}),
    ("hubspot", ["first name", "LAST NAME", "email", "twitter username", "last contacted"],
     {0: "name", 1: "name", 2: "email", 3: "handle", 4: "last_contacted"}),
    ("mailchimp", ["Email Address", "TAGS", "NOTES"], {0: "email", 1: "interests", 2: "notes"}),
])
def test_columns_match_without_regard_to_case_spaces_or_underscores(preset, header, expected):
    """Header names are compared loosely; a column no field claims is left unused."""
    found, unused = columns(header, "contacts", preset, None)
    assert found == expected
    assert set(unused) == {h for i, h in enumerate(header) if i not in expected}


def test_map_reads_any_column_and_can_ignore_one():
    """--map adds to the preset (aliases such as tags work) or drops a column with ignore."""
    header = ["Twitter", "Labels", "Email", "Opted out"]
    found, unused = columns(header, "contacts", "generic",
                            "Twitter=handle, Labels=tags,Email=ignore,opted out=do-not-contact")
    assert found == {0: "handle", 1: "interests", 3: "do_not_contact"}
    assert unused == ("Email",)


@pytest.mark.parametrize("preset, mapping, message", [
    ("zoho", None, "unknown preset 'zoho'"),
    ("mailchimp", None, "no column gives a handle or an email"),
    ("generic", "Nope=handle", "no column 'Nope'"),
    ("generic", "Twitter=birthday", "unknown field 'birthday'"),
    ("generic", "Twitter", "COLUMN=FIELD"),
])
def test_a_bad_preset_or_map_is_refused_whole(service, preset, mapping, message):
    with pytest.raises(InvalidInput, match=message):
        run(service, "contacts", "Twitter,Email\nliz,liz@example.org\n", preset=preset,
            mapping=mapping)


def test_interactions_take_only_the_generic_preset_and_need_kind_and_date(service):
    with pytest.raises(InvalidInput, match="unknown preset 'hubspot' for interactions"):
        run(service, "interactions", "handle,kind,date\n", preset="hubspot")
    with pytest.raises(InvalidInput, match="a kind and a date column"):
        run(service, "interactions", "handle,kind\nliz,met\n")


@pytest.mark.parametrize("data, message", [
    (b"handle\n\xe9lodie\n", "not UTF-8 text (line 2)"),
    ("handle\nliz\n".encode("utf-16"), "UTF-16"),
    (b"", "no header row"),
    (b"\n\nhandle\n", "no header row"),
    (b"\x00\x01\x02binary", "not a CSV file"),
    (b'"handle\n', "not a CSV file"),
])
def test_a_file_that_is_not_utf8_csv_is_refused_whole(service, engine, data, message):
    before = counts(engine)
    with pytest.raises(InvalidInput, match=re.escape(message)):
        run(service, "contacts", data)
    assert counts(engine) == before


def test_a_byte_order_mark_semicolons_and_windows_line_ends_are_read(service):
    """Spreadsheets save CSV with a BOM, semicolons (in many locales) and CRLF."""
    report = run(service, "contacts", "\ufeffhandle;interests\r\nliz;food, markets\r\n")
    assert report.bad == () and report.rows[0].changes == {"interests": ["food", "markets"]}


def test_an_unknown_member_is_refused_before_anything(service):
    with pytest.raises(NotFound, match="unknown member 'zed'"):
        run(service, "contacts", "handle\nliz\n", member="zed", dry_run=True)


# Bad rows ------------------------------------------------------------------------------------
def test_bad_rows_are_reported_by_line_and_the_rest_import(service):
    """An unknown kind, a bad date, an empty handle, a NUL byte, a date in the future and a
    row the csv module cannot read: each by the line it starts on (a quoted note spanning two
    lines counts both); the good rows are logged."""
    text = ("handle,kind,date,note\n"
            "liz,they-replied,2026-11-20,\"thanks for the\nintro\"\n"   # lines 2-3: good
            "liz,waved,2026-11-20,\n"                                  # 4: unknown kind
            "bo,met,20/11/2026,\n"                                     # 5: ambiguous date
            ",met,2026-11-20,\n"                                       # 6: no handle
            "c\x00y,met,2026-11-20,\n"                                 # 7: NUL byte
            "bo,met,2027-01-01,\n"                                     # 8: the future
            "bo,met,\"2026-11-21\"x,\n"                               # 9: not CSV
            "bo,conversation,2026-11-21T15:00,\n")                     # 10: good
    report = run(service, "interactions", text)
    assert [(b.line, b.reason.split(":")[0]) for b in report.bad] == [
        (4, "unknown kind 'waved'"), (5, "date"), (6, "no handle, and no email to use instead"),
        (7, "the handle cell contains a character that cannot be stored (a NUL or a broken "
            "emoji)"),
        (8, "date"), (9, "not readable as CSV")]
    assert "in the future" in report.bad[4].reason
    assert [(r.line, r.handle, r.status) for r in report.rows] == [
        (2, "liz", "new"), (10, "bo", "new")]
    assert service.contact("local", "liz").stage == "engaged"
    assert service.contact("local", "bo").stage == "engaged"


def test_a_bad_contact_row_names_the_field(service):
    report = run(service, "contacts", "handle,email,do_not_contact,prefers\n"
                                      "liz,not-an-email,,\nbo,,maybe,\ncy,,,pigeon\nok,,,\n")
    assert [b.reason for b in report.bad] == [
        "email: 'not-an-email' is not an email address",
        "do not contact: 'maybe' is not yes or no",
        "unknown channel 'pigeon': use one of email, dm, public-mention, comment, other"]
    assert [r.handle for r in report.rows] == ["ok"]


# Dry run and idempotency ---------------------------------------------------------------------
CONTACTS = ("handle,email,interests,do_not_contact,last_contacted\n"
            "liz,,\"markets, food\",,2026-11-20\n"
            ",sam@example.org,,yes,\n"
            "bo,,,,2026-11-23\n")
INTERACTIONS = ("handle,kind,date,note\n"
                "liz,they-replied,2026-11-20,thanks\n"
                "liz,conversation,2026-11-21T15:00,call\n"
                "liz,they-replied,2026-11-22,\n"
                "liz,they-replied,2026-11-22,\n")


def test_a_dry_run_writes_nothing_and_says_what_would_change(service, engine):
    before = counts(engine)
    report = run(service, "contacts", CONTACTS, dry_run=True)
    assert counts(engine) == before
    assert report.dry_run and report.counts == {"new": 3, "changed": 0, "unchanged": 0,
                                                "bad": 0}
    real = run(service, "contacts", CONTACTS)
    assert [r.changes for r in real.rows] == [r.changes for r in report.rows]
    before = counts(engine)
    assert run(service, "interactions", INTERACTIONS, dry_run=True).counts["new"] == 3
    assert counts(engine) == before


def test_importing_the_same_files_twice_changes_nothing_the_second_time(service, engine,
                                                                       clock):
    """Contacts and interactions: the second run is all unchanged and writes no row, even a
    day later (a date-only row is matched by its day, not the moment it was logged at)."""
    first = run(service, "contacts", CONTACTS)
    assert first.counts == {"new": 3, "changed": 0, "unchanged": 0, "bad": 0}
    logged = run(service, "interactions", INTERACTIONS)
    # The fourth row repeats the third: one interaction, as the issue defines one.
    assert logged.counts == {"new": 3, "changed": 0, "unchanged": 1, "bad": 0}
    after = counts(engine)
    clock.advance(days=1)
    for what, text in (("contacts", CONTACTS), ("interactions", INTERACTIONS)):
        again = run(service, what, text)
        assert again.counts == {"new": 0, "changed": 0, "unchanged": len(again.rows),
                                "bad": 0}
    assert counts(engine) == after


def test_a_date_only_today_is_logged_now_not_at_a_noon_still_ahead(service, clock):
    report = run(service, "contacts", "handle,last_contacted\nbo,2026-11-23\n")
    (_, at, note, day_only) = report.rows[0].interactions[0]
    assert at == clock.now and day_only and note == LAST_CONTACTED


def test_an_interaction_already_logged_by_hand_is_not_imported_again(service):
    """`rapport log @liz met 'coffee' --at 2026-11-20` and a row for the same day match."""
    service.log_interaction("local", "ben", "liz", "met", "coffee",
                            datetime(2026, 11, 20, 12, tzinfo=UTC))
    report = run(service, "interactions", "handle,kind,date,note\nliz,met,2026-11-20,coffee\n"
                                          "liz,met,2026-11-20,another coffee\n")
    assert [r.status for r in report.rows] == ["unchanged", "new"]


def test_an_import_adds_to_what_the_team_knows_and_takes_nothing_back(service):
    """Interests are merged, never replaced; a blank or a no leaves a known email known."""
    service.update_contact("local", "ana", "liz", interests=["cycling"], email_known=True)
    report = run(service, "contacts", "handle,interests,email_known\nliz,\"food, cycling\",no\n")
    assert report.rows[0].changes == {"interests": ["cycling", "food"]}
    shown = service.contact("local", "liz")
    assert shown.interests == ("cycling", "food") and shown.email_known


def test_rows_for_one_contact_build_on_each_other(service):
    report = run(service, "contacts", "handle,tags\nliz,food\nliz,markets\nliz,food\n")
    assert [(r.status, r.changes) for r in report.rows] == [
        ("new", {"interests": ["food"]}), ("changed", {"interests": ["food", "markets"]}),
        ("unchanged", {})]


def test_an_email_stands_in_for_a_missing_handle_and_marks_the_email_known(service):
    run(service, "contacts", "email,handle\nSam@Example.org,\nliz@example.org,@liz\n")
    assert service.contact("local", "sam@example.org").email_known
    assert service.contact("local", "liz").email_known
    assert not service.contact("local", "liz@example.org").known


# Do-not-contact and stages -------------------------------------------------------------------
def test_anyone_may_mark_do_not_contact_but_only_an_admin_lifts_it(service):
    """As in the core: the row that would lift the mark is refused for a non-admin (and in a
    dry run too); the other rows still import; cara (admin) lifts it."""
    assert run(service, "contacts", "handle,do_not_contact\nliz,yes\n").counts["new"] == 1
    text = "handle,do_not_contact,interests\nliz,no,food\nbo,,markets\n"
    for dry_run in (True, False):
        refused = run(service, "contacts", text, dry_run=dry_run)
        assert [(b.line, "only an admin" in b.reason) for b in refused.bad] == [(2, True)]
        assert [r.handle for r in refused.rows] == ["bo"]
    assert service.contact("local", "liz").do_not_contact
    assert service.contact("local", "liz").interests == ()
    lifted = run(service, "contacts", text, member="cara")
    assert lifted.bad == () and lifted.rows[0].changes == {"do_not_contact": False,
                                                           "interests": ["food"]}
    assert not service.contact("local", "liz").do_not_contact


def test_a_crm_opt_out_marks_but_its_no_never_lifts_a_mark(service):
    """'Email Opt Out: false' says they have not opted out of email, not that pitching them is
    fine: even an admin's import leaves a mark set in Rapport, while a true sets one."""
    service.update_contact("local", "ana", "liz@example.org", do_not_contact=True)
    text = "First Name,Email,Email Opt Out\nLiz,liz@example.org,false\nBo,bo@example.org,true\n"
    report = run(service, "contacts", text, member="cara", preset="salesforce")
    assert [(r.handle, r.changes) for r in report.rows] == [
        ("liz@example.org", {"email_known": True}),
        ("bo@example.org", {"email_known": True, "do_not_contact": True})]
    assert service.contact("local", "liz@example.org").do_not_contact


def test_an_interactions_row_may_name_the_contact_by_email(service):
    report = run(service, "interactions", "email,kind,at\nLiz@example.org,met,2026-11-20\n")
    assert [(r.handle, r.status, r.changes) for r in report.rows] == [
        ("liz@example.org", "new", {"email_known": True})]
    shown = service.contact("local", "liz@example.org")
    assert shown.stage == "earned" and shown.email_known


def test_stages_are_computed_from_imported_interactions(service):
    """A last-contacted date is one-way (aware at most); two-way kinds engage; three on two
    days, or a meeting, earn the relationship. Stage moves are recorded as events."""
    run(service, "contacts", "handle,last_contacted\nliz,2026-11-01\nbo,2026-11-02\n")
    assert service.contact("local", "liz").stage == "aware"
    run(service, "interactions", "handle,kind,date\nliz,they-replied,2026-11-20\n"
                                 "bo,met,2026-11-21\n")
    assert service.contact("local", "liz").stage == "engaged"
    assert service.contact("local", "bo").stage == "earned"
    run(service, "interactions", "handle,kind,date,note\nliz,conversation,2026-11-21,\n"
                                 "liz,They Replied,2026-11-22,\n")
    liz = service.contact("local", "liz", history=True)
    assert liz.stage == "earned"
    moves = [h.what for h in liz.history if h.kind == "stage"]
    assert moves == ["stranger → aware", "aware → engaged", "engaged → earned"]
    credited = {h.who for h in liz.history if h.kind != "stage"}
    assert credited == {"Ana"}
    assert liz.last_contact.date() == date(2026, 11, 22)


def test_presets_are_documented_fields_only():
    """Every preset fills only fields its kind of file has."""
    for what, presets in PRESETS.items():
        for mapping in presets.values():
            assert set(mapping) <= set(FIELDS[what])
