"""Relationship building: logging interactions and what the team knows about a contact."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot import validation
from bot.drafts import contact_stage, contact_view
from bot.errors import InvalidInput, NotAllowed
from bot.models import Event, Interaction
from bot.relationships import KINDS, TWO_WAY
from bot.store import DuplicateDelivery, Store
from bot.views import ContactEvent, ContactView
from bot.vocabulary import label

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
            history = store.contact_history(contact)
            store.prime_history(contact, history)
            before = contact_stage(store, contact, self.policy)
            store.add(Interaction(team_id=t.id, contact_id=contact.id, member_id=actor.id,
                                  kind=kind, note=note, at=at))
            if kind in TWO_WAY:
                zone = self.policy.leaderboard.timezone
                store.count_two_way(t.id, actor.id, contact.id, at, zone)
            # The history read once: the stage after, and the view, see the new interaction.
            store.prime_history(contact, history.logging(kind, at))
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

    def contact(self, team: str, handle: str, history: bool = False) -> ContactView:
        """What the team knows about a contact (a stranger when nothing is recorded); with
        `history`, everything recorded about them too."""
        handle = validation.handle(handle, "say which contact")

        def work(store: Store):
            t = self.read_team(store, team)
            contact = store.contact(t, handle)
            view = contact_view(store, contact, handle, self.policy, self.clock())
            if history and contact is not None:
                view = replace(view, history=contact_history(store, contact))
            return view
        return self.read(work)


_FIELD_WORDS = {"email_known": "email known", "do_not_contact": "do not contact"}
# A yes/no change read as what happened ("marked do-not-contact"), not "do not contact: True".
_FLAG_WORDS = {("do_not_contact", True): "marked do-not-contact",
               ("do_not_contact", False): "do-not-contact lifted",
               ("email_known", True): "email known", ("email_known", False): "email unknown"}


def _change_words(key: str, value) -> str:
    """One change to a contact in plain words."""
    if isinstance(value, bool) and (key, value) in _FLAG_WORDS:
        return _FLAG_WORDS[(key, value)]
    return f"{_FIELD_WORDS.get(key, key)}: {value}"


def contact_history(store: Store, contact) -> tuple[ContactEvent, ...]:
    """A contact's record in plain words: interactions with their notes, pitches and their
    outcomes, stage moves and changes to what the team knows (a do-not-contact mark)."""
    def name(member_id):
        return store.member_by_id(member_id).display_name if member_id else None

    interactions, events = store.contact_record(contact)
    items = [ContactEvent(i.at, i.kind, name(i.member_id), i.note or "") for i in interactions]
    for pitch in store.pitches_to(contact):
        author = name(pitch.author_id)
        items.append(ContactEvent(pitch.created_at, "pitch", author,
                                  f"pitch #{pitch.id} via {pitch.channel}: {pitch.state}"))
        if pitch.sent_at:
            items.append(ContactEvent(pitch.sent_at, "sent", author, f"pitch #{pitch.id}"))
        if pitch.outcome_at:
            items.append(ContactEvent(pitch.outcome_at, "outcome", author,
                                      f"pitch #{pitch.id}: {label(pitch.outcome).lower()}"))
    for event in events:
        detail = event.detail or {}
        if event.kind == "stage_changed":
            kind, what = "stage", f"{detail.get('before')} → {detail.get('after')}"
        elif event.kind == "contact_updated":
            kind = "updated"
            what = "; ".join(_change_words(k, v) for k, v in detail.items())
        else:
            continue  # pitch events are told above, once each
        items.append(ContactEvent(event.at, kind, name(event.actor_id), what))
    return tuple(sorted(items, key=lambda item: item.at))
