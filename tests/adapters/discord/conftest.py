"""A real discord.py client running Rapport's Discord adapter, logged into the local fake."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest_asyncio
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord_bot.runner import build
from adapters.discord_bot.settings import load_settings
from bot.service import Rapport
from tests.fakes.discord_server import FakeDiscord, InteractionRecord, StoredMessage

GUILD = 900_000_000_000_000_001
GENERAL = 900_000_000_000_000_010
REVIEW = 900_000_000_000_000_011
BOT = 900_000_000_000_000_100
ANA = 900_000_000_000_000_201
BEN = 900_000_000_000_000_202
CARA = 900_000_000_000_000_203
HELPER = 900_000_000_000_000_299
ROLE = 900_000_000_000_000_500
MEMBERS = [
    {"id": ANA, "username": "ana", "global_name": "Ana"},
    {"id": BEN, "username": "ben", "global_name": "Ben"},
    {"id": CARA, "username": "cara", "global_name": "Cara"},
    {"id": HELPER, "username": "helper", "bot": True},
]
# A warm, engagement-first message: passes with no error finding, so a ✅ can approve it.
GOOD = "Hi Liz, your trail running post was great. What got you into ultras? Thanks, Ana"
_TITLE = re.compile(r"Pitch #(\d+) ")


def unescape(text: str) -> str:
    """Undo the display escaping: markdown backslashes and the zero-width mention breaks."""
    return re.sub(r"\\(.)", r"\1", text, flags=re.S).replace("\u200b", "")


class Rig:
    """The fake Discord, Rapport's service, and the bot under test, with helpers to drive them.

    `review_channel` is RAPPORT_REVIEW_CHANNEL (None: unset); `sync_guild` the server the
    commands are published to (None: globally, as a deployment serving many servers does).
    """

    def __init__(self, server: FakeDiscord, service: Rapport, *,
                 review_channel: int | None = REVIEW, sync_guild: int | None = GUILD):
        self.server, self.service = server, service
        self.review_channel, self.sync_guild = review_channel, sync_guild
        # The outbox's options (a test may shorten the lease or set its clock) and how
        # often the job worker looks for due jobs: back-off and polling made quick.
        self.outbox: dict[str, Any] = {"base_delay": 0.01}
        self.poll = 0.02
        self.bot = None
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        """Log a fresh bot in (its setup syncs /review-pitch to the guild) and connect."""
        settings = load_settings(
            discord_token=self.server.token, rapport_review_channel=self.review_channel,
            discord_guild_id=self.sync_guild, discord_api_url=self.server.api_url,
            discord_gateway_url=self.server.gateway_url)
        self.bot = build(settings, self.service, outbox_options=self.outbox, poll=self.poll,
                         guild_ready_timeout=0.05)
        await self.bot.login(settings.discord_token)
        self._task = asyncio.create_task(self.bot.connect(reconnect=False))
        await asyncio.wait_for(self.bot.wait_until_ready(), 5)

    async def stop(self) -> None:
        """Close the bot and wait for its gateway task."""
        if self.bot is not None:
            await self.bot.close()
            await asyncio.wait_for(self._task, 5)
            self.bot = None

    async def restart(self) -> None:
        """A new process: a new bot and a new service object on the same database."""
        await self.stop()
        self.service = Rapport(self.service.engine, self.service.policy,
                               clock=self.service.clock, auto_enrol=True)
        await self.start()

    async def command(self, user: int, sub: str, *, where: int = GENERAL,
                      **options: Any) -> InteractionRecord:
        """`user` runs /review-pitch `sub` in channel `where`; returns once the bot answered."""
        ix = await self.server.slash_command(user, "review-pitch", options or None, sub,
                                             channel_id=where)
        await ix.response()
        return ix

    async def ask(self, user: int, sub: str, count: int = 1, *, where: int = GENERAL,
                  **options: Any) -> list[StoredMessage]:
        """Run a subcommand and return the bot's private follow-ups."""
        ix = await self.command(user, sub, where=where, **options)
        return await ix.wait_followups(count)

    async def submit(self, user: int, to: str = "@liz", text: str = GOOD, via: str = "email",
                     topic: str = "", *, where: int = GENERAL,
                     review: int = REVIEW) -> tuple[int, StoredMessage]:
        """Fill the submit form in channel `where`; returns the pitch id and its report in the
        review channel `review`."""
        opened = await self.command(user, "submit", where=where)
        done = await self.server.submit_modal(
            user, opened.modal["custom_id"],
            {"recipient": to, "channel": [via], "topic": topic, "message": text})
        await done.response()
        await done.wait_followups()
        report = self.reports(review)[-1]
        return pitch_id(report), report

    def reports(self, channel: int = REVIEW) -> list[StoredMessage]:
        """The bot's report messages in a review channel, oldest first (not the private
        answers that show a report to one member)."""
        return [m for m in self.server.channel_messages(channel) if m.author.id == BOT
                and not m.ephemeral and m.embeds and _TITLE.match(m.embeds[0]["title"])]

    def notices(self, channel: int = REVIEW) -> list[StoredMessage]:
        """The bot's own plain messages in a review channel (notices to members)."""
        return [m for m in self.server.channel_messages(channel)
                if m.author.id == BOT and not m.embeds and m.webhook_id is None]

    async def react(self, user: int, message: StoredMessage, emoji: str = "✅",
                    adding: bool = True) -> None:
        """React (or take the reaction back) and wait until the bot has handled the event."""
        before = self.bot.reactions_handled
        if adding:
            await self.server.add_reaction(user, message.channel_id, message.id, emoji)
        else:
            await self.server.remove_reaction(user, message.channel_id, message.id, emoji)
        await until(lambda: self.bot.reactions_handled > before)

    async def replay(self, event: str, data: dict) -> None:
        """Deliver a gateway event again, as Discord does after a resume; wait until handled."""
        before = self.bot.reactions_handled
        await self.server.dispatch(event, data)
        await until(lambda: self.bot.reactions_handled > before)


def pitch_id(report: StoredMessage) -> int:
    """The pitch number in a report's title."""
    return int(_TITLE.match(report.embeds[0]["title"]).group(1))


def field(report: StoredMessage, starts: str) -> str:
    """The value of the report's first field whose name starts with `starts`."""
    return next(f["value"] for f in report.embeds[0]["fields"] if f["name"].startswith(starts))


async def until(check: Callable[[], Any], timeout: float = 5.0) -> Any:
    """Poll a condition on the bot's side every few milliseconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not (result := check()):
        if loop.time() > deadline:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(0.005)
    return result


def one_guild() -> FakeDiscord:
    """The fake Discord with one guild: #general, the review channel, Ana (the owner), Ben,
    Cara and a helper bot."""
    return FakeDiscord(guild_id=GUILD, channel_ids=[GENERAL, REVIEW], members=MEMBERS,
                       bot_user_id=BOT, application_id=BOT,
                       roles=[{"id": ROLE, "name": "press"}])


@contextlib.asynccontextmanager
async def running(server: FakeDiscord, service: Rapport, **settings: Any) -> AsyncIterator[Rig]:
    """Start the fake, log Rapport's bot into it, and take both down afterwards."""
    await server.start()
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    rig = Rig(server, service, **settings)
    try:
        await rig.start()
        yield rig
    finally:
        await rig.stop()
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved
        await server.stop()


@pytest_asyncio.fixture
async def rig(make_service) -> AsyncIterator[Rig]:
    """The fake Discord with one guild, and Rapport's bot logged into it."""
    async with running(one_guild(), make_service(auto_enrol=True)) as started:
        yield started
