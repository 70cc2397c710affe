"""The whole team record, as plain rows: contacts, interactions, pitches and events.

`rapport export` writes them as JSON Lines or CSV, so a team can keep, audit or move what it
recorded. Rows name people and contacts as people read them (display names, handles) and
keep the member keys beside them.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Contact, Event, Interaction, Pitch, Team

KINDS = ("contact", "interaction", "pitch", "event")


class RecordReads:
    """Every row of one team, table by table: an area of the store (mixed into Store)."""

    session: Session

    def team_rows(self, team: Team, model: type) -> Iterator:
        """All of a team's rows of one table, oldest first."""
        return iter(self.session.scalars(
            select(model).where(model.team_id == team.id).order_by(model.id)))


class ExportMixin:
    """Service method for the export (mixed into Rapport)."""

    def export(self, team: str) -> dict[str, list[dict]]:
        """Every record of a team, by kind; a team that never acted has none."""
        def work(store) -> dict[str, list[dict]]:
            t = self.read_team(store, team)
            name = {}

            def who(member_id: int | None) -> tuple[str | None, str | None]:
                if member_id is None:
                    return None, None
                if member_id not in name:
                    member = store.member_by_id(member_id)
                    name[member_id] = (member.key, member.display_name)
                return name[member_id]

            def handle(contact_id: int | None) -> str | None:
                return store.contact_by_id(contact_id).handle if contact_id else None

            contacts = [{"handle": c.handle, "interests": c.interests, "avoid": c.avoid,
                         "prefers": c.prefers, "email_known": c.email_known,
                         "do_not_contact": c.do_not_contact, "created_at": c.created_at}
                        for c in store.team_rows(t, Contact)]
            interactions = [{"handle": handle(i.contact_id), "member": who(i.member_id)[1],
                             "member_key": who(i.member_id)[0], "kind": i.kind,
                             "note": i.note, "at": i.at}
                            for i in store.team_rows(t, Interaction)]
            pitches = [{"id": p.id, "handle": handle(p.contact_id), "author": who(p.author_id)[1],
                        "author_key": who(p.author_id)[0], "channel": p.channel,
                        "topic": p.topic, "state": p.state, "revision": p.revision,
                        "text": current.text, "verdict": current.verdict,
                        "created_at": p.created_at, "sent_at": p.sent_at,
                        "outcome": p.outcome, "outcome_at": p.outcome_at}
                       for p in store.team_rows(t, Pitch) for current in [store.revision(p)]]
            events = [{"id": e.id, "at": e.at, "kind": e.kind, "pitch": e.pitch_id,
                       "handle": handle(e.contact_id), "actor": who(e.actor_id)[1],
                       "actor_key": who(e.actor_id)[0], "revision": e.revision,
                       "detail": e.detail}
                      for e in store.team_rows(t, Event)]
            return dict(zip(KINDS, (contacts, interactions, pitches, events), strict=True))
        return self.read(work)
