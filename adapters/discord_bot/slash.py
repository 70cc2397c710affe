"""The /review-pitch app-command group; each subcommand runs the shared bot.commands verbs."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.app_commands import Choice, Range

from bot.relationships import KINDS
from bot.validation import MAX_COMMENT, MAX_HANDLE
from bot.vocabulary import Channel, Outcome, State

from .flow import run_command
from .limits import MODAL_INPUT
from .modals import open_revise, open_submit

Pitch = Range[int, 1, None]
Handle = Range[str, 1, MAX_HANDLE]

VIA = [Choice(name=c.label, value=c.value) for c in Channel]
KIND = [Choice(name=k, value=k) for k in KINDS]
OUTCOME = [Choice(name=o.value.replace("_", "-"), value=o.value) for o in Outcome]
STATE = [Choice(name=s.label, value=s.value) for s in State]


def _split(terms: str | None) -> list[str] | None:
    return None if terms is None else [t.strip() for t in terms.split(",") if t.strip()]


class ReviewPitch(app_commands.Group):
    """/review-pitch: earn the relationship first, then pitch."""

    def __init__(self):
        # Server channels only, and only servers Rapport is installed in: each server is a
        # team, and a DM, or a member's own install of the app, belongs to none.
        super().__init__(name="review-pitch", guild_only=True,
                         allowed_contexts=app_commands.AppCommandContext(guild=True),
                         allowed_installs=app_commands.AppInstallationType(guild=True),
                         description="Review outreach before it is sent: a teammate approves")

    @app_commands.command(description="Open the form to submit a pitch for review")
    @app_commands.describe(to="Prefill the recipient's handle", via="Prefill the channel")
    @app_commands.choices(via=VIA)
    async def submit(self, interaction: discord.Interaction, to: Handle | None = None,
                     via: str | None = None):
        """Open the submit form (a modal is the first and only answer), or say why not."""
        await open_submit(interaction, to, via)

    @app_commands.command(description="Revise your pitch: leave text out to edit it in a form")
    @app_commands.describe(pitch="Pitch number", text="The new text (re-checked; approvals reset)")
    async def revise(self, interaction: discord.Interaction, pitch: Pitch,
                     text: Range[str, 1, MODAL_INPUT] | None = None):
        """A new revision, from the option or from the prefilled form."""
        if text is None:
            await open_revise(interaction, pitch)
        else:
            await run_command(interaction, "revise", pitch_id=pitch, text=text)

    @app_commands.command(description="Approve a teammate's pitch (or react ✅ on its report)")
    @app_commands.describe(pitch="Pitch number", override="Why errors should not block it")
    async def approve(self, interaction: discord.Interaction, pitch: Pitch,
                      override: Range[str, 1, 1_000] | None = None):
        """Approve the current revision."""
        await run_command(interaction, "approve", pitch_id=pitch, text=override)

    @app_commands.command(name="request-changes", description="Ask the author for changes")
    @app_commands.describe(pitch="Pitch number", comment="What should change")
    async def request_changes(self, interaction: discord.Interaction, pitch: Pitch,
                              comment: Range[str, 1, MAX_COMMENT]):
        """Request changes with a comment."""
        await run_command(interaction, "request-changes", pitch_id=pitch, text=comment)

    @app_commands.command(description="Withdraw your pitch")
    async def withdraw(self, interaction: discord.Interaction, pitch: Pitch):
        """The author withdraws."""
        await run_command(interaction, "withdraw", pitch_id=pitch)

    @app_commands.command(description="Mark your sendable pitch as sent")
    async def sent(self, interaction: discord.Interaction, pitch: Pitch):
        """The author sent it."""
        await run_command(interaction, "sent", pitch_id=pitch)

    @app_commands.command(description="Record what came back from a sent pitch")
    @app_commands.choices(outcome=OUTCOME)
    async def outcome(self, interaction: discord.Interaction, pitch: Pitch, outcome: str):
        """Replied, accepted, declined or no response."""
        await run_command(interaction, "outcome", pitch_id=pitch, text=outcome)

    @app_commands.command(description="Show a pitch's full report and text")
    async def show(self, interaction: discord.Interaction, pitch: Pitch):
        """The report, privately."""
        await run_command(interaction, "show", pitch_id=pitch)

    @app_commands.command(name="list", description="The team's newest pitches")
    @app_commands.choices(state=STATE)
    async def list_(self, interaction: discord.Interaction, state: str | None = None):
        """Newest pitches, optionally in one state."""
        await run_command(interaction, "list", text=state)

    @app_commands.command(description="Log relationship building with a contact")
    @app_commands.describe(handle="Their handle", kind="What happened", note="A short note")
    @app_commands.choices(kind=KIND)
    async def log(self, interaction: discord.Interaction, handle: Handle, kind: str,
                  note: Range[str, 1, 4_000] | None = None):
        """Record an interaction; the member who logs it gets the credit."""
        await run_command(interaction, "log", handle=handle, kind=kind, text=note)

    @app_commands.command(description="See or update what the team knows about a contact")
    @app_commands.describe(
        handle="Their handle", interests="Comma-separated topics they care about",
        avoid="Comma-separated topics to keep away from", prefers="Their preferred channel",
        email_known="Do we have their email?",
        do_not_contact="Mark do-not-contact (lifting it is for admins)",
        history="Show everything recorded about them, and who did it")
    @app_commands.choices(prefers=VIA)
    async def contact(self, interaction: discord.Interaction, handle: Handle,
                      interests: Range[str, 1, 1_000] | None = None,
                      avoid: Range[str, 1, 1_000] | None = None, prefers: str | None = None,
                      email_known: bool | None = None, do_not_contact: bool | None = None,
                      history: bool = False):
        """Without fields: what the team knows (with its history if asked); with fields:
        update it."""
        args = {"interests": _split(interests), "avoid": _split(avoid), "prefers": prefers,
                "email_known": email_known, "do_not_contact": do_not_contact}
        changes = {k: v for k, v in args.items() if v is not None}
        await run_command(interaction, "contact", handle=handle,
                          args=changes or ({"history": True} if history else {}))

    @app_commands.command(
        description="The weekly board: this week, last-week, 2026-W48; or opt-out / opt-in")
    async def leaderboard(self, interaction: discord.Interaction,
                          week: Range[str, 1, 20] | None = None):
        """The weekly board."""
        await run_command(interaction, "leaderboard", text=week)

    @app_commands.command(description="Where this server's reports go; admins choose the channel")
    @app_commands.describe(channel="The channel for reports (choosing needs Manage Server)")
    async def setup(self, interaction: discord.Interaction,
                    channel: discord.TextChannel | None = None):
        """Show the review channel, or (admins) choose it: the core decides who may."""
        await run_command(interaction, "setup", text=str(channel.id) if channel else None)

    @app_commands.command(
        description="Your desk: reviews waiting for you, your pitches, reminders, contacts")
    async def home(self, interaction: discord.Interaction):
        """The caller's desk, privately, with Approve / Request changes on each review."""
        await run_command(interaction, "home")

    @app_commands.command(name="help", description="Everything /review-pitch does")
    async def help_(self, interaction: discord.Interaction):
        """The command list."""
        await run_command(interaction, "help")
