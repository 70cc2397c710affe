"""Relationship building: logging interactions and what the team knows about a contact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot import validation
from bot.drafts import contact_stage, contact_view
from bot.errors import InvalidInput, NotAllowed
from bot.models import Event, Interaction
from bot.relationships import KINDS
from bot.store import DuplicateDelivery, Store
from bot.views import ContactView

MAX_TERMS = 50
MAX_NOTE = 4_000


@dataclass(frozen=True)
class ContactResult:
    """A contact after an action, with a line for the person who acted."""

    contact: ContactView
    changed: bool
    message: str


def _terms(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    terms = [" ".join(validation.storable(v, "list").split()).casefold()
             for v in values if v and v.strip()]
    if len(terms) > MAX_TERMS or any(len(t) > 100 for t in terms):
        raise InvalidInput(f"at most {MAX_TERMS} terms of up to 100 characters each")
    return list(dict.fromkeys(terms))


class ContactsMixin:
    """Service methods for contacts and interactions (mixed into Rapport)."""

    def log_interaction(self, team: str, member: str, handle: str, kind: str,
                        note: str | None = None, at: datetime | None = None,
                        dedupe: str | None = None) -> ContactResult | None:
        """Log relationship building; the member who logs it gets the credit."""
        handle = validation.handle(handle, "say who you were in touch with")
        kind = (kind or "").strip().casefold()
        if kind not in KINDS:
            raise InvalidInput(f"unknown kind '{kind}': use one of {', '.join(KINDS)}")
        note = (validation.storable(note, "note") or "").strip() or None
        if note and len(note) > MAX_NOTE:
            raise InvalidInput(f"the note is over {MAX_NOTE:,} characters")
        now = self.clock()
        at = at or now
        if at.tzinfo is None:
            # A time with no zone is the team's local time (the board's time zone).
            at = at.replace(tzinfo=ZoneInfo(self.policy.leaderboard.timezone))
        if at > now + timedelta(minutes=5):
            raise InvalidInput("that time is in the future: log what has happened")

        def work(store: Store):
            t = store.team(team)
            actor = self.actor(store, t, member)
            contact = self.contact_for(store, t, handle, create=True)
            before = contact_stage(store, contact, self.policy)
            store.add(Interaction(team_id=t.id, contact_id=contact.id, member_id=actor.id,
                                  kind=kind, note=note, at=at))
            after = contact_stage(store, contact, self.policy)
            if after != before:
                store.add(Event(team_id=t.id, contact_id=contact.id, actor_id=actor.id,
                                kind="stage_changed", at=at,
                                detail={"before": before, "after": after, "handle": handle}))
            view = contact_view(store, contact, handle, self.policy, self.clock())
            moved = f" Stage: {before} → {after}." if after != before else ""
            return ContactResult(view, True, f"Logged {kind} with @{handle}.{moved}")

        try:
            return self.transaction(work, dedupe)
        except DuplicateDelivery:
            return ContactResult(self.contact(team, handle), False, "Already logged.")

    def update_contact(self, team: str, member: str, handle: str, *,
                       interests: list[str] | None = None, avoid: list[str] | None = None,
                       prefers: str | None = None, email_known: bool | None = None,
                       do_not_contact: bool | None = None) -> ContactResult:
        """Record what the team knows; only an admin may lift a do-not-contact mark."""
        handle = validation.handle(handle, "say which contact")
        interests, avoid = _terms(interests), _terms(avoid)
        if prefers is not None:
            prefers = validation.channel(prefers)

        def work(store: Store):
            t = store.team(team)
            actor = self.actor(store, t, member)
            contact = self.contact_for(store, t, handle, create=True)
            changes = {}
            for field, value in (("interests", interests), ("avoid", avoid),
                                 ("prefers", prefers), ("email_known", email_known)):
                if value is not None and getattr(contact, field) != value:
                    setattr(contact, field, value)
                    changes[field] = value
            if do_not_contact is not None and contact.do_not_contact != do_not_contact:
                if not do_not_contact and not self.is_admin(actor):
                    raise NotAllowed("only an admin can lift a do-not-contact mark")
                contact.do_not_contact = do_not_contact
                changes["do_not_contact"] = do_not_contact
            if changes:
                store.add(Event(team_id=t.id, contact_id=contact.id, actor_id=actor.id,
                                kind="contact_updated", at=self.clock(), detail=changes))
            view = contact_view(store, contact, handle, self.policy, self.clock())
            message = f"Updated @{handle}." if changes else f"Nothing new for @{handle}."
            return ContactResult(view, bool(changes), message)

        return self.transaction(work)

    def contact(self, team: str, handle: str) -> ContactView:
        """What the team knows about a contact (a stranger when nothing is recorded)."""
        handle = validation.handle(handle, "say which contact")

        def work(store: Store):
            t = self.read_team(store, team)
            return contact_view(store, store.contact(t, handle), handle, self.policy,
                                self.clock())
        return self.read(work)
