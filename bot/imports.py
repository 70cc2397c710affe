"""`rapport import`: contacts and interactions from a CSV file.

The file is read and checked row by row into a plan — each good row new, changed or unchanged,
each bad row with its line and why — and the plan is applied through the service's own
`update_contact` and `log_interaction`, so every rule, event and stage change is the one
`rapport contact` or `rapport log` would make. Importing the same file again is all unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot import import_presets as presets
from bot import validation
from bot.contacts import MAX_NOTE, MAX_TERMS
from bot.errors import InvalidInput, NotAllowed, RapportError
from bot.models import Contact

# The note on the interaction a contact's last-contacted date becomes: one-way, from us.
LAST_CONTACTED = "imported: last contacted"
STATUSES = ("new", "changed", "unchanged")


@dataclass(frozen=True)
class Planned:
    """A good row and what importing it changes: `interactions` are (kind, at, note, day only)."""

    line: int
    handle: str
    status: str
    changes: dict = field(default_factory=dict)
    interactions: tuple = ()
    name: str | None = None
    creates: bool = False


@dataclass(frozen=True)
class BadRow:
    """A row that was not imported, by the line it starts on, and why."""

    line: int
    reason: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    what: str
    preset: str
    dry_run: bool
    rows: tuple[Planned, ...]
    bad: tuple[BadRow, ...]
    unused_columns: tuple[str, ...] = ()
    not_kept: tuple[str, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        """How many rows were new, changed, unchanged and bad."""
        counts = dict.fromkeys(STATUSES, 0)
        for row in self.rows:
            counts[row.status] += 1
        return {**counts, "bad": len(self.bad)}


@dataclass(frozen=True)
class _Row:
    line: int
    handle: str
    name: str | None
    fields: dict
    interactions: tuple


def import_csv(service, what: str, data: bytes, *, team: str, member: str,
               source: str = "the file", preset: str | None = None, mapping: str | None = None,
               dry_run: bool = False,
               progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import a CSV file of contacts or interactions (a dry run only plans); bad rows are
    reported by line and the rest still import. A bad file, preset or --map raises."""
    if what not in presets.PRESETS:
        raise InvalidInput(f"import contacts or interactions, not '{what}'")
    preset = preset or "generic"
    # The rule of service.actor, asked up front: actor() enrols (writes), a dry run must not.
    service.require_member(member)
    header, rows, unreadable = presets.read_csv(data, source)
    columns, unused = presets.columns(header, what, preset, mapping)
    zone, now = ZoneInfo(service.policy.leaderboard.timezone), service.clock()
    parsed, bad = [], [BadRow(line, reason) for line, reason in unreadable]
    for line, cells in rows:
        try:
            parsed.append(_parse(line, cells, columns, what, zone, now))
        except InvalidInput as exc:
            bad.append(BadRow(line, str(exc)))
    planned, refused = service.read(lambda store: _plan(service, store, what, team, member,
                                                        parsed, zone))
    if not dry_run:
        planned, failed = _apply(service, team, member, planned, zone, progress)
        refused += failed
    kept_out = [f for f in presets.NOT_KEPT if f in columns.values()] if what == "contacts" else []
    return ImportReport(what, preset, dry_run, planned,
                        tuple(sorted(bad + refused, key=lambda b: b.line)), unused,
                        tuple(kept_out))


def _parse(line: int, cells: list[str], columns: dict[int, str], what: str, zone,
           now: datetime) -> _Row:
    """A row's values, checked: a handle (or an email standing in), and the fields it sets."""
    values: dict[str, list[str]] = {}
    for i, name in columns.items():
        cell = cells[i] if i < len(cells) else ""
        if cell.strip():
            validation.storable(cell, f"{name} cell")
            values.setdefault(name, []).append(cell)
    first = {name: found[0] for name, found in values.items()}
    email = presets.email(first["email"]) if "email" in first else None
    if not (first.get("handle") or email):
        raise InvalidInput("no handle, and no email to use instead")
    handle = validation.handle(first.get("handle") or email, "no handle")
    fields: dict = {"email_known": True} if email else {}
    interactions = []
    if what == "interactions":
        for required in ("kind", "date"):
            if required not in first:
                raise InvalidInput(f"no {required}")
        note = first.get("notes", "").strip() or None
        if note and len(note) > MAX_NOTE:
            raise InvalidInput(f"the note is over {MAX_NOTE:,} characters")
        at, day = presets.when(first["date"], zone, now, "date")
        interactions.append((presets.kind(first["kind"]), at, note, day))
    else:
        for name in ("interests", "avoid"):
            if name in values:
                fields[name] = list(dict.fromkeys(t for cell in values[name]
                                                  for t in presets.terms(cell)))
        if "prefers" in first:
            fields["prefers"] = validation.channel(first["prefers"])
        if "email_known" in first and presets.yes_no(first["email_known"], zone, "email known"):
            fields["email_known"] = True
        if "do_not_contact" in first:
            fields["do_not_contact"] = presets.yes_no(first["do_not_contact"], zone,
                                                      "do not contact")
        # Not having opted out of a CRM's email is no leave to pitch: only a yes counts.
        if "opted_out" in first and presets.yes_no(first["opted_out"], zone, "opted out"):
            fields["do_not_contact"] = True
        if "last_contacted" in first:
            at, day = presets.when(first["last_contacted"], zone, now, "last contacted")
            interactions.append(("we-engaged", at, LAST_CONTACTED, day))
    name = ""
    for part in values.get("name", []):  # First + Last, or a full name beside its parts
        if not set(part.split()) <= set(name.split()):
            name = " ".join((name + " " + part).split())
    return _Row(line, handle, name or None, fields, tuple(interactions))


def _plan(service, store, what: str, team: str, member: str, rows: list[_Row], zone):
    """Each row against what the team knows (and the rows before it): the plan, and the rows
    refused (lifting a do-not-contact mark without being an admin)."""
    t = store.find_team(team)
    contacts = {c.handle: c for c in store.team_rows(t, Contact)} if t else {}
    handles = {c.id: h for h, c in contacts.items()}
    exact, daily = set(), set()
    ids = sorted({contacts[r.handle].id for r in rows if r.handle in contacts})
    for contact_id, kind, at, note in store.interaction_keys(ids):
        _remember(exact, daily, (handles[contact_id], kind, at, note), zone)
    may_lift = _may_lift(service, store, t, member)
    states, planned, refused = {}, [], []
    for row in rows:
        state = states.get(row.handle) or _state(contacts.get(row.handle))
        try:
            changes = _diff(state, row.fields, may_lift)
        except RapportError as exc:
            refused.append(BadRow(row.line, str(exc)))
            continue
        new = []
        for kind, at, note, day in row.interactions:
            if not _known(exact, daily, (row.handle, kind, at, note), day, zone):
                new.append((kind, at, note, day))
                _remember(exact, daily, (row.handle, kind, at, note), zone)
        creates = not state["exists"]
        # A contacts file adds contacts; an interactions file adds interactions.
        added = bool(new) if what == "interactions" else creates
        status = "new" if added else "changed" if (changes or new) else "unchanged"
        states[row.handle] = {**state, **changes, "exists": True}
        planned.append(Planned(row.line, row.handle, status, changes, tuple(new), row.name,
                               creates))
    return tuple(planned), refused


def _apply(service, team: str, member: str, planned, zone, progress):
    """Apply each row through the service; a row the core refuses becomes a bad row."""
    done, failed = [], []
    for number, row in enumerate(planned, start=1):
        try:
            done.append(_apply_row(service, team, member, row, zone))
        except (InvalidInput, NotAllowed) as exc:
            failed.append(BadRow(row.line, str(exc)))
        if progress:
            progress(number, len(planned))
    return tuple(done), failed


def _apply_row(service, team: str, member: str, row: Planned, zone) -> Planned:
    if row.status == "unchanged":
        return row
    if row.changes or (row.creates and not row.interactions):
        service.update_contact(team, member, row.handle, **row.changes)
    logged = False
    for kind, at, note, day in row.interactions:
        # The row's identity as the key: a second run, even one racing this, logs nothing.
        marker = at.astimezone(zone).date().isoformat() if day else at.astimezone(UTC).isoformat()
        key = hashlib.sha256("\x1f".join((team, row.handle, kind, marker, note or ""))
                             .encode()).hexdigest()
        result = service.log_interaction(team, member, row.handle, kind, note, at,
                                         dedupe=f"import:{key}")
        logged = logged or result.changed
    return row if logged or row.changes or row.creates else replace(row, status="unchanged")


def _state(contact: Contact | None) -> dict:
    if contact is None:
        return {"exists": False, "interests": [], "avoid": [], "prefers": None,
                "email_known": False, "do_not_contact": False}
    return {"exists": True, "interests": list(contact.interests), "avoid": list(contact.avoid),
            "prefers": contact.prefers, "email_known": contact.email_known,
            "do_not_contact": contact.do_not_contact}


def _diff(state: dict, fields: dict, may_lift: bool) -> dict:
    """What a row changes: lists are added to (an import takes no knowledge back), a known
    email stays known; lifting a do-not-contact mark is an admin's act, as in the core."""
    changes = {}
    for name in ("interests", "avoid"):
        merged = state[name] + [t for t in fields.get(name, []) if t not in state[name]]
        if merged != state[name]:
            if len(merged) > MAX_TERMS or any(len(t) > 100 for t in merged):
                raise InvalidInput(f"at most {MAX_TERMS} {name} of up to 100 characters each")
            changes[name] = merged
    if fields.get("prefers") not in (None, state["prefers"]):
        changes["prefers"] = fields["prefers"]
    if fields.get("email_known") and not state["email_known"]:
        changes["email_known"] = True
    mark = fields.get("do_not_contact")
    if mark is not None and mark != state["do_not_contact"]:
        if not mark and not may_lift:
            raise NotAllowed("this row lifts a do-not-contact mark: only an admin can "
                             "(import with --as an admin)")
        changes["do_not_contact"] = mark
    return changes


def _may_lift(service, store, team, member: str) -> bool:
    """Whether the member may lift a do-not-contact mark: the roster on the CLI (the truth,
    read on every command), or also the platform's admin flag on chat surfaces."""
    roster = "admin" in service.policy.roles(member)
    if not service.auto_enrol or team is None:
        return roster
    row = store.member(team, member)
    return roster or bool(row and row.is_admin)


def _remember(exact: set, daily: set, identity: tuple, zone) -> None:
    handle, kind, at, note = identity
    exact.add(identity)
    daily.add((handle, kind, at.astimezone(zone).date(), note))


def _known(exact: set, daily: set, identity: tuple, day_only: bool, zone) -> bool:
    """An interaction already recorded: the same handle, kind and note at the same moment,
    or on the same day when the row gives only a date."""
    handle, kind, at, note = identity
    if day_only:
        return (handle, kind, at.astimezone(zone).date(), note) in daily
    return identity in exact
