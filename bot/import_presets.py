"""What `rapport import` reads: the fields, the column names common CRM exports give them, the
file and its columns, and how one cell becomes a value. Planning and applying are in
bot/imports.py."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime, time, timedelta, tzinfo

from bot.errors import InvalidInput
from bot.relationships import KINDS

# Each kind of file's fields, with what a cell of it means (shown by --help and the README).
FIELDS = {
    "contacts": {
        "handle": "the contact's handle (@liz): the key Rapport knows them by",
        "email": "an email address: marks the email known; stands in for a missing handle",
        "name": "shown beside the handle in the report; not kept",
        "interests": "a list (a,b or a;b or a JSON list), added to what the team knows",
        "avoid": "topics to keep away from, a list, added likewise",
        "prefers": "the preferred channel: email, dm, public-mention, comment or other",
        "email_known": "yes marks the email known (a no takes nothing back)",
        "do_not_contact": "yes (or a date) marks the contact do-not-contact; no lifts the mark: "
                          "admins only",
        "opted_out": "an opt-out of email: yes (or a date) marks do-not-contact; no changes "
                     "nothing",
        "last_contacted": "a date: one-way contact from us, a we-engaged interaction then",
        "notes": "not kept: Rapport keeps notes on interactions, not on contacts",
    },
    "interactions": {
        "handle": "the contact's handle (@liz)",
        "email": "stands in for a missing handle, and marks the email known",
        "name": "shown beside the handle in the report; not kept",
        "kind": "we-engaged, they-replied, conversation, met or intro",
        "date": "when: 2026-11-20 or 2026-11-20T15:00 (the team's time zone) or with a zone",
        "notes": "the interaction's note",
    },
}
# Other names a field goes by, in --map and as a generic column.
ALIASES = {"tags": "interests", "note": "notes", "at": "date", "handles": "handle",
           "email_address": "email"}
NOT_KEPT = ("name", "notes")  # contacts only: read for the report, no place to keep them

# Presets: field -> the column names that fill it, as each tool writes them in its CSV export
# (compared without regard to case, spaces, hyphens or underscores). Several columns for one
# field: a name is joined, a list is merged, otherwise the first non-empty cell counts.
_NAMES = ("First Name", "Last Name")
PRESETS = {
    "contacts": {
        "generic": {
            **{field: (field,) for field in FIELDS["contacts"]},
            "interests": ("interests", "tags"), "notes": ("notes", "note"),
            "email": ("email", "e-mail", "email address"), "name": ("name", *_NAMES),
        },
        # HubSpot's contact export uses property labels.
        "hubspot": {"name": _NAMES, "email": ("Email",), "handle": ("Twitter Username",),
                    "last_contacted": ("Last Contacted",),
                    "opted_out": ("Unsubscribed from all email",)},
        # A Salesforce report (field labels) or a Data Loader export (API names).
        "salesforce": {"name": (*_NAMES, "FirstName", "LastName"), "email": ("Email",),
                       "opted_out": ("Email Opt Out", "HasOptedOutOfEmail"),
                       "notes": ("Description",)},
        # Mailchimp's audience export; its unsubscribed file adds UNSUB_TIME.
        "mailchimp": {"email": ("Email Address",), "name": _NAMES, "interests": ("TAGS",),
                      "notes": ("NOTES",), "opted_out": ("UNSUB_TIME",)},
        # Pipedrive prefixes each column with its item ("Person - ").
        "pipedrive": {"name": ("Person - Name",),
                      "email": ("Person - Email", "Person - Email (Work)",
                                "Person - Email (Home)", "Person - Email (Other)")},
    },
    "interactions": {
        "generic": {**{field: (field,) for field in FIELDS["interactions"]},
                    "date": ("date", "at"), "notes": ("notes", "note"),
                    "email": ("email", "e-mail", "email address")},
    },
}

_YES = {"yes", "y", "true", "t", "1", "x", "on", "✓", "✔"}
_NO = {"no", "n", "false", "f", "0", "off"}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def column_key(name: str) -> str:
    """A column or field name compared loosely: case, spaces, hyphens, underscores ignored."""
    return " ".join(re.sub(r"[\s_\-]+", " ", name).split()).casefold()


def field_name(name: str, what: str) -> str | None:
    """The field a --map target names (an alias too), or None for `ignore` / `-`."""
    key = "_".join(column_key(name).split())
    if key in ("ignore", ""):
        return None
    key = ALIASES.get(key, key)
    if key not in FIELDS[what]:
        raise InvalidInput(f"unknown field '{name}' in --map: {what} take "
                           f"{', '.join(FIELDS[what])} (or ignore)")
    return key


def read_csv(data: bytes, source: str) -> tuple[list[str], list, list]:
    """The header, each row as (line it starts on, cells), and (line, why) of the rows the csv
    module could not read; comma, semicolon or tab separated, as the header is. A file that
    is not UTF-8 text, or has no header, raises."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(f"{source} is UTF-16 text: save it as CSV UTF-8 and import that")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InvalidInput(f"{source} is not UTF-8 text (line {line}): save it as CSV UTF-8 "
                           "and import that") from None
    first = text.split("\n", 1)[0]
    if "\x00" in first:
        raise InvalidInput(f"{source} is not a CSV file: its first line holds NUL bytes")
    if not first.strip():
        raise InvalidInput(f"{source} has no header row: the first line must name the columns")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True,
                        delimiter=max(",;\t", key=first.count))
    header, rows, unreadable, start = None, [], [], 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if header is None:
                raise InvalidInput(f"{source} is not a CSV file: {exc} in its header") from None
            unreadable.append((start, f"not readable as CSV: {exc}"))
        else:
            if header is None:
                header = cells
            elif any(cell.strip() for cell in cells):  # blank rows end many exports
                rows.append((start, cells))
        start = reader.line_num + 1
    return header, rows, unreadable


def columns(header: list[str], what: str, preset: str,
             mapping: str | None) -> tuple[dict[int, str], tuple[str, ...]]:
    """Which field each column fills (the preset, then --map); the columns left unused."""
    choices = PRESETS[what]
    if preset not in choices:
        raise InvalidInput(f"unknown preset '{preset}' for {what}: use one of "
                           f"{', '.join(choices)}")
    wanted = {column_key(c): f for f, names in choices[preset].items() for c in names}
    keys = [column_key(h) for h in header]
    filled = {i: wanted[k] for i, k in enumerate(keys) if k in wanted}
    for pair in filter(str.strip, (mapping or "").split(",")):
        column, sign, target = pair.rpartition("=")
        if not sign or not column.strip():
            raise InvalidInput("--map takes COLUMN=FIELD pairs, like 'Twitter=handle,Labels=tags'")
        if column_key(column) not in keys:
            raise InvalidInput(f"no column '{column.strip()}' in the file (--map): its columns "
                               f"are {', '.join(header)}")
        target = field_name(target, what)
        for i in (i for i, k in enumerate(keys) if k == column_key(column)):
            if target is None:  # `ignore`: leave a column the preset would have read
                filled.pop(i, None)
            else:
                filled[i] = target
    present = set(filled.values())
    if not present & {"handle", "email"}:
        raise InvalidInput(f"no column gives a handle or an email (the columns are "
                           f"{', '.join(header)}): choose a --preset ({', '.join(choices)}) "
                           "or --map COLUMN=handle")
    if what == "interactions" and not {"kind", "date"} <= present:
        raise InvalidInput("an interactions file needs a kind and a date column: "
                           "--map COLUMN=kind,COLUMN=date names them")
    return filled, tuple(h for i, h in enumerate(header) if i not in filled and h.strip())


def yes_no(value: str, zone: tzinfo, what: str) -> bool | None:
    """A yes or no cell (`what` names it); blank is None (leave it as it is), and a date
    counts as yes (they opted out then)."""
    word = value.strip().casefold()
    if not word:
        return None
    if word in _YES or word in _NO:
        return word in _YES
    try:
        when(value, zone, None, what)
        return True
    except InvalidInput:
        raise InvalidInput(f"{what}: '{value}' is not yes or no") from None


def terms(value: str) -> list[str]:
    """A list cell: a JSON list (as `rapport export` writes), or items split on , or ;."""
    text = value.strip()
    if text.startswith("["):
        try:
            items = json.loads(text)
        except ValueError:
            items = None
        if isinstance(items, list) and all(isinstance(i, str) for i in items):
            return [" ".join(i.split()).casefold() for i in items if i.strip()]
    # Mailchimp quotes each tag inside the cell: "Customer","VIP".
    items = (" ".join(i.strip().strip('"').split()) for i in re.split(r"[,;]", text))
    return list(dict.fromkeys(i.casefold() for i in items if i))


def email(value: str) -> str:
    """An email address, trimmed, refused when it does not look like one."""
    text = value.strip()
    if not _EMAIL.fullmatch(text):
        raise InvalidInput(f"email: '{value}' is not an email address")
    return text


def kind(value: str) -> str:
    """An interaction kind, written with hyphens, spaces or underscores."""
    word = "-".join(re.split(r"[\s_\-]+", value.strip().casefold()))
    if word not in KINDS:
        shown = value.strip() or "(blank)"
        raise InvalidInput(f"unknown kind '{shown}': use one of {', '.join(KINDS)}")
    return word


def when(value: str, zone: tzinfo, now: datetime | None,
         what: str = "date") -> tuple[datetime, bool]:
    """(moment, date only) from an ISO cell (`what` names it); a date alone is that day at
    noon, as `rapport log --at` takes it (inside the day and week whatever the zone), or now
    if noon is still ahead today. A time with no zone is the team's. With `now`, a time in
    the future is refused."""
    text = value.strip().replace("/", "-")
    text = text[:-4] if text.upper().endswith(" UTC") else text
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            at = datetime.combine(day, time(12), zone)
            if now is not None and day > now.astimezone(zone).date():
                raise _future(what)
            return (min(at, now) if now else at), True
        at = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{what}: '{value}' is not a date Rapport reads: write 2026-11-20 "
                           "or 2026-11-20T15:00 (5/12/2026 could be May or December)") from None
    at = at if at.tzinfo else at.replace(tzinfo=zone)
    if now is not None and at > now + timedelta(minutes=5):
        raise _future(what)
    return at, False


def _future(what: str) -> InvalidInput:
    return InvalidInput(f"{what}: that is in the future: import what has happened")
