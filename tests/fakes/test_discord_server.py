"""The fake Discord works with a real, unpatched discord.py ``commands.Bot``."""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import discord
import pytest
import pytest_asyncio
from discord import app_commands
from discord.ext import commands

from .discord_fake.errors import DiscordError, FormErrors
from .discord_fake.rules import check_components, check_message, check_modal
from .discord_server import FakeDiscord, InteractionFailed, MissingIntent

GUILD = 800_000_000_000_000_001
CHANNEL = 800_000_000_000_000_010
OTHER_CHANNEL = 800_000_000_000_000_011
BOT = 800_000_000_000_000_100
APP = BOT
ANN = 800_000_000_000_000_201
BOB = 800_000_000_000_000_202
OTHER_BOT = 800_000_000_000_000_299

MEMBERS = [
    {"id": ANN, "username": "ann"},
    {"id": BOB, "username": "bob", "accepts_dms": False},
    {"id": OTHER_BOT, "username": "helper", "bot": True},
]


@dataclass
class Seen:
    """What the test bot observed, so tests can assert on the bot's side too."""

    delay: float = 0.0
    errors: list[discord.HTTPException] = field(default_factory=list)
    modal_values: list[dict[str, str]] = field(default_factory=list)
    clicks: list[int] = field(default_factory=list)
    added: list[discord.RawReactionActionEvent] = field(default_factory=list)
    removed: list[discord.RawReactionActionEvent] = field(default_factory=list)
    posted: list[discord.Message] = field(default_factory=list)


class ReviewView(discord.ui.View):
    """A persistent view: it must keep working for messages sent before a restart."""

    def __init__(self, seen: Seen) -> None:
        super().__init__(timeout=None)
        self.seen = seen

    @discord.ui.button(label="Approve", style=discord.ButtonStyle.green, custom_id="review:approve")
    async def approve(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """Record the click and answer only the clicker."""
        self.seen.clicks.append(interaction.user.id)
        await interaction.response.send_message("Approved.", ephemeral=True)


class PitchModal(discord.ui.Modal, title="Review a pitch"):
    """The classic modal shape: text inputs that discord.py wraps in action rows."""

    recipient = discord.ui.TextInput(label="Recipient", custom_id="recipient", max_length=100)
    text = discord.ui.TextInput(
        label="Message", custom_id="text", style=discord.TextStyle.paragraph, max_length=2000
    )

    def __init__(self, seen: Seen) -> None:
        super().__init__(custom_id="pitch-modal")
        self.seen = seen

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Reply with the report and the persistent approve button."""
        self.seen.modal_values.append({"recipient": self.recipient.value, "text": self.text.value})
        await interaction.response.send_message(
            f"Report for {self.recipient.value}", view=ReviewView(self.seen)
        )


class NoteModal(discord.ui.Modal, title="Log a contact"):
    """The discord.py 2.6+ shape: a Label wrapping the text input."""

    def __init__(self, seen: Seen) -> None:
        super().__init__(custom_id="note-modal")
        self.seen = seen
        self.note = discord.ui.TextInput(custom_id="note", style=discord.TextStyle.paragraph)
        self.add_item(discord.ui.Label(text="What happened?", component=self.note))

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Acknowledge quietly."""
        self.seen.modal_values.append({"note": self.note.value})
        await interaction.response.send_message("Logged.", ephemeral=True)


def make_bot(
    seen: Seen,
    intents: discord.Intents | None = None,
    allowed_mentions: discord.AllowedMentions | None = None,
) -> commands.Bot:
    """A bot configured as production would be, with a command group exercising the fake."""
    if intents is None:
        intents = discord.Intents.none()
        intents.guilds = True
        intents.guild_reactions = True
    bot = commands.Bot(
        command_prefix="!",
        intents=intents,
        allowed_mentions=allowed_mentions or discord.AllowedMentions.none(),
        # Without this, wait_until_ready() idles 2 s waiting for more GUILD_CREATEs.
        guild_ready_timeout=0.05,
    )
    group = app_commands.Group(name="review-pitch", description="Review outreach pitches")

    async def attempt(coro: Any) -> None:
        try:
            await coro
        except discord.HTTPException as error:
            seen.errors.append(error)

    @group.command(name="help", description="What Rapport can do")
    async def help_(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Use /review-pitch new")

    @group.command(name="new", description="Submit a pitch")
    async def new(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(PitchModal(seen))

    @group.command(name="log", description="Log relationship building")
    async def log(
        interaction: discord.Interaction, handle: str, kind: Literal["we-engaged", "met"]
    ) -> None:
        await interaction.response.send_modal(NoteModal(seen))

    @group.command(name="slow", description="Answers after a delay")
    async def slow(interaction: discord.Interaction) -> None:
        await asyncio.sleep(seen.delay)
        await attempt(interaction.response.send_message("late"))

    @group.command(name="deferred", description="Defers, then follows up")
    async def deferred(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await asyncio.sleep(seen.delay)
        await attempt(
            interaction.followup.send("done", file=discord.File(io.BytesIO(b"x" * 42), "r.txt"))
        )

    @group.command(name="early", description="Follows up before answering")
    async def early(interaction: discord.Interaction) -> None:
        await attempt(interaction.followup.send("too early"))
        await interaction.response.send_message("now")

    @group.command(name="twice", description="Two handlers answer at once")
    async def twice(interaction: discord.Interaction) -> None:
        await asyncio.gather(
            attempt(interaction.response.send_message("one")),
            attempt(interaction.response.send_message("two")),
        )

    @group.command(name="big", description="An embed over the limits")
    async def big(interaction: discord.Interaction) -> None:
        embed = discord.Embed(title="Report", description="x" * 4097)
        await attempt(interaction.response.send_message(embed=embed))

    @group.command(name="post", description="Post a report with a button and a reaction")
    async def post(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Posting.", ephemeral=True)
        message = await interaction.channel.send("Pitch #1 is ready", view=ReviewView(seen))
        await message.add_reaction("✅")
        seen.posted.append(message)

    bot.tree.add_command(group, guild=discord.Object(GUILD))

    async def setup_hook() -> None:
        bot.add_view(ReviewView(seen))

    bot.setup_hook = setup_hook  # type: ignore[method-assign]

    @bot.listen()
    async def on_raw_reaction_add(payload: discord.RawReactionActionEvent) -> None:
        seen.added.append(payload)

    @bot.listen()
    async def on_raw_reaction_remove(payload: discord.RawReactionActionEvent) -> None:
        seen.removed.append(payload)

    return bot


@contextlib.asynccontextmanager
async def running(bot: commands.Bot, server: FakeDiscord) -> AsyncIterator[commands.Bot]:
    """Log in, connect as a task, wait until ready; always close the bot and its task."""
    task: asyncio.Task[None] | None = None
    try:
        await bot.login(server.token)
        task = asyncio.create_task(bot.connect(reconnect=False))
        await asyncio.wait_for(bot.wait_until_ready(), 5)
        yield bot
    finally:
        await bot.close()
        if task is not None:
            await asyncio.wait_for(task, 5)


async def until(check: Callable[[], Any], timeout: float = 5.0) -> Any:
    """Wait for the bot's side to observe something (checked every few ms)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not (result := check()):
        if loop.time() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.005)
    return result


@pytest_asyncio.fixture
async def server() -> AsyncIterator[FakeDiscord]:
    """A started fake with discord.py pointed at it; globals restored afterwards."""
    fake = FakeDiscord(
        guild_id=GUILD,
        channel_ids=[CHANNEL, OTHER_CHANNEL],
        members=MEMBERS,
        bot_user_id=BOT,
        application_id=APP,
    )
    await fake.start()
    fake.point_discord_py_here()
    try:
        yield fake
    finally:
        fake.restore_discord_py()
        await fake.stop()


@pytest_asyncio.fixture
async def bot(server: FakeDiscord) -> AsyncIterator[tuple[commands.Bot, Seen]]:
    """The production-like bot, logged in, with its guild commands synced."""
    seen = Seen()
    async with running(make_bot(seen), server) as client:
        await client.tree.sync(guild=discord.Object(GUILD))
        yield client, seen


@pytest.mark.asyncio
async def test_login_ready_sync_and_slash_command(
    server: FakeDiscord, bot: tuple[commands.Bot, Seen]
) -> None:
    client, _ = bot
    assert server.identified_intents == 1025  # GUILDS | GUILD_MESSAGE_REACTIONS
    guild = client.get_guild(GUILD)
    assert guild is not None and guild.member_count == 4
    assert {c.id for c in guild.text_channels} == {CHANNEL, OTHER_CHANNEL}
    # Without the presences intent Discord lists only the bot in GUILD_CREATE.
    assert guild.get_member(ANN) is None and guild.me.id == BOT

    (command,) = server.commands[GUILD]
    assert command["name"] == "review-pitch"
    assert [o["name"] for o in command["options"]][:3] == ["help", "new", "log"]
    fetched = await client.tree.fetch_commands(guild=discord.Object(GUILD))
    assert [c.id for c in fetched] == [int(command["id"])]

    ix = await server.slash_command(ANN, "review-pitch", subcommand="help")
    assert ix.payload["data"]["options"] == [{"name": "help", "type": 1, "options": []}]
    response = await ix.response()
    assert response["type"] == 4 and response["data"]["content"] == "Use /review-pitch new"
    assert ix.original is not None and ix.original.type == 20
    assert server.channel_messages(CHANNEL) == [ix.original]
    callback = await server.wait_for_call("POST", r"/interactions/\d+/[^/]+/callback")
    assert callback.query == {"with_response": "1"}
    assert not server.could_ping_anyone(callback)
    assert not server.could_ping_anyone(ix.original)
    server.assert_clean()


@pytest.mark.asyncio
async def test_options_are_checked_against_the_registered_schema(
    server: FakeDiscord, bot: tuple[commands.Bot, Seen]
) -> None:
    with pytest.raises(ValueError, match="choices"):
        await server.slash_command(ANN, "review-pitch", {"handle": "@liz", "kind": "x"}, "log")
    with pytest.raises(ValueError, match="required option 'kind'"):
        await server.slash_command(ANN, "review-pitch", {"handle": "@liz"}, "log")
    with pytest.raises(LookupError, match="no slash command"):
        await server.slash_command(ANN, "review", subcommand="help")
    with pytest.raises(LookupError, match="needs a subcommand"):
        await server.slash_command(ANN, "review-pitch")
    server.assert_clean()


@pytest.mark.asyncio
async def test_modal_round_trip_and_persistent_button(
    server: FakeDiscord, bot: tuple[commands.Bot, Seen]
) -> None:
    _, seen = bot
    opened = await server.slash_command(ANN, "review-pitch", subcommand="new")
    response = await opened.response()
    assert response["type"] == 9 and opened.modal is not None
    assert [c["type"] for c in opened.modal["components"]] == [1, 1]

    submitted = await server.submit_modal(
        ANN, "pitch-modal", {"recipient": "@liz", "text": "Hi Liz, loved your post."}
    )
    reply = await submitted.response()
    assert seen.modal_values == [{"recipient": "@liz", "text": "Hi Liz, loved your post."}]
    assert reply["data"]["content"] == "Report for @liz"
    report = submitted.original
    assert report is not None and report.custom_ids == ["review:approve"]

    click = await server.click_button(BOB, report.id, "review:approve")
    answer = await click.response()
    assert answer["data"]["flags"] == 64 and seen.clicks == [BOB]
    assert click.payload["message"]["id"] == str(report.id)
    with pytest.raises(LookupError, match="no open modal"):
        await server.submit_modal(ANN, "pitch-modal", {"recipient": "again"})
    server.assert_clean()


@pytest.mark.asyncio
async def test_label_modal_and_option_values(
    server: FakeDiscord, bot: tuple[commands.Bot, Seen]
) -> None:
    _, seen = bot
    opened = await server.slash_command(
        ANN, "review-pitch", {"handle": "@liz", "kind": "met"}, subcommand="log"
    )
    await opened.response()
    assert opened.modal is not None and opened.modal["components"][0]["type"] == 18
    with pytest.raises(ValueError, match="no inputs"):
        await server.submit_modal(ANN, "note-modal", {"note": "x", "typo": "x"})
    with pytest.raises(PermissionError):
        await server.submit_modal(BOB, "note-modal", {"note": "x"})
    done = await server.submit_modal(ANN, "note-modal", {"note": "coffee at the meetup"})
    await done.response()
    assert seen.modal_values == [{"note": "coffee at the meetup"}]
    assert done.payload["data"]["components"][0]["component"]["value"] == "coffee at the meetup"
    server.assert_clean()


@pytest.mark.asyncio
async def test_persistent_view_survives_a_restart(server: FakeDiscord) -> None:
    first = Seen()
    async with running(make_bot(first), server) as client:
        await client.tree.sync(guild=discord.Object(GUILD))
        ix = await server.slash_command(ANN, "review-pitch", subcommand="post")
        await ix.response()
        posted = await until(lambda: first.posted)
    restarted = Seen()
    async with running(make_bot(restarted), server):
        click = await server.click_button(BOB, posted[0].id, "review:approve")
        await click.response()
    assert restarted.clicks == [BOB] and first.clicks == []
    server.assert_clean()


@pytest.mark.asyncio
async def test_raw_reactions_including_the_bots_own_echo(
    server: FakeDiscord, bot: tuple[commands.Bot, Seen]
) -> None:
    _, seen = bot
    mark = server.mark()
    await (await server.slash_command(ANN, "review-pitch", subcommand="post")).response()
    created = await server.wait_for_call("POST", rf"/channels/{CHANNEL}/messages", after=mark)
    assert not server.could_ping_anyone(created)
    await server.wait_for_call("PUT", r"/channels/\d+/messages/\d+/reactions/✅/@me")
    own = await until(lambda: seen.added)
    assert own[0].user_id == BOT  # Discord echoes the bot's own reaction back to it

    message_id = int(created.response["id"])
    await server.add_reaction(BOB, CHANNEL, message_id, "✅")
    event = (await until(lambda: seen.added[1:]))[0]
    assert (event.user_id, event.message_id, event.guild_id) == (BOB, message_id, GUILD)
    assert event.member is not None and event.member.id == BOB
    assert event.message_author_id == BOT and event.burst is False
    assert event.type is discord.ReactionType.normal
    assert server.messages[message_id].reactions["✅"] == [BOT, BOB]

    await server.remove_reaction(BOB, CHANNEL, message_id, "✅")
    removed = await until(lambda: seen.removed)
    assert removed[0].user_id == BOB and removed[0].member is None
    server.assert_clean()


@pytest.mark.asyncio
async def test_deadline_is_enforced_and_defer_is_the_fix(
    server: FakeDiscord, bot: tuple[commands.Bot, Seen]
) -> None:
    _, seen = bot
    server.interaction_deadline = 0.25
    seen.delay = 0.35
    late = await server.slash_command(ANN, "review-pitch", subcommand="slow")
    with pytest.raises(InteractionFailed, match="10062"):
        await late.response()
    error = await until(lambda: seen.errors)
    assert isinstance(error[0], discord.NotFound) and error[0].code == 10062
    assert [v.rule for v in server.violations] == ["interaction-deadline"]

    server.violations.clear()
    deferred = await server.slash_command(ANN, "review-pitch", subcommand="deferred")
    assert (await deferred.response())["type"] == 5
    (followup,) = await deferred.wait_followups(1)
    # The first follow-up after a "thinking" defer replaces the loading message.
    assert followup is deferred.original and followup.content == "done"
    upload = await server.wait_for_call("POST", rf"/webhooks/{APP}/[^/]+")
    assert [(f.filename, f.size) for f in upload.files] == [("r.txt", 42)]
    assert [(a.filename, a.size) for a in followup.attachments] == [("r.txt", 42)]
    assert not server.violations and seen.errors == error


@pytest.mark.asyncio
async def test_follow_up_needs_an_answer_first_and_a_live_token(
    server: FakeDiscord, bot: tuple[commands.Bot, Seen]
) -> None:
    _, seen = bot
    early = await server.slash_command(ANN, "review-pitch", subcommand="early")
    assert (await early.response())["data"]["content"] == "now"
    assert (await until(lambda: seen.errors))[0].code == 10015

    server.token_lifetime = 0.05
    seen.delay = 0.1
    expired = await server.slash_command(ANN, "review-pitch", subcommand="deferred")
    await expired.response()
    assert (await until(lambda: seen.errors[1:]))[0].code == 50027
    assert [v.rule for v in server.violations] == ["followup-before-response", "token-expired"]
    assert expired.followups == [] and expired.original is not None


@pytest.mark.asyncio
async def test_second_response_is_refused(
    server: FakeDiscord, bot: tuple[commands.Bot, Seen]
) -> None:
    _, seen = bot
    ix = await server.slash_command(ANN, "review-pitch", subcommand="twice")
    first = await ix.response()
    assert first["data"]["content"] in ("one", "two")
    error = await until(lambda: seen.errors)
    assert error[0].status == 400 and error[0].code == 40060
    assert [v.rule for v in server.violations] == ["already-acknowledged"]
    assert len(server.channel_messages(CHANNEL)) == 1


@pytest.mark.asyncio
async def test_embed_over_limits_is_rejected_with_50035(
    server: FakeDiscord, bot: tuple[commands.Bot, Seen]
) -> None:
    _, seen = bot
    ix = await server.slash_command(ANN, "review-pitch", subcommand="big")
    with pytest.raises(InteractionFailed):
        await ix.response()
    error = (await until(lambda: seen.errors))[0]
    assert error.status == 400 and error.code == 50035
    (violation,) = server.violations
    assert violation.errors == {
        "data": {
            "embeds": {
                "0": {
                    "description": {
                        "_errors": [
                            {
                                "code": "BASE_TYPE_MAX_LENGTH",
                                "message": "Must be 4096 or fewer in length.",
                            }
                        ]
                    }
                }
            }
        }
    }
    assert not ix.acknowledged


@pytest.mark.asyncio
async def test_channel_message_limits_dms_and_unknown_routes(
    server: FakeDiscord, bot: tuple[commands.Bot, Seen]
) -> None:
    client, _ = bot
    channel = client.get_channel(CHANNEL)
    assert isinstance(channel, discord.TextChannel)
    with pytest.raises(discord.HTTPException) as too_long:
        await channel.send("x" * 2001)
    assert too_long.value.code == 50035
    with pytest.raises(discord.HTTPException) as empty:
        await channel.send(embeds=[])
    assert empty.value.code == 50006

    ann = await client.fetch_user(ANN)
    dm = await ann.send("Your pitch is sendable.", file=discord.File(io.BytesIO(b"abc"), "p.txt"))
    assert server.channels[dm.channel.id].is_dm and dm.attachments[0].size == 3
    assert await dm.attachments[0].read() == b"abc"
    bob = await client.fetch_user(BOB)
    with pytest.raises(discord.Forbidden) as refused:
        await bob.send("hi")
    assert refused.value.code == 50007

    with pytest.raises(discord.NotFound):
        await client.http.request(discord.http.Route("GET", "/nothing/here"))
    assert [c.path for c in server.unknown_calls] == ["/nothing/here"]
    assert [v.code for v in server.violations] == [50035, 50006, 50007]


@pytest.mark.asyncio
async def test_events_without_their_intent_are_refused(server: FakeDiscord) -> None:
    intents = discord.Intents.none()
    intents.guilds = True
    seen = Seen()
    async with running(make_bot(seen, intents=intents), server) as client:
        await client.tree.sync(guild=discord.Object(GUILD))
        await (await server.slash_command(ANN, "review-pitch", subcommand="post")).response()
        (message,) = await until(lambda: seen.posted)
        with pytest.raises(MissingIntent, match="MESSAGE_REACTION_ADD"):
            await server.add_reaction(BOB, CHANNEL, message.id, "✅")
        with pytest.raises(MissingIntent, match="MESSAGE_CREATE"):
            await server.user_message(ANN, CHANNEL, "!help")
    assert server.identified_intents == 1
    # Echoes of the bot's own post and reaction were dropped silently, as Discord would.
    assert [event for event, _ in server.refused_events] == [
        "MESSAGE_CREATE",
        "MESSAGE_REACTION_ADD",
        "MESSAGE_REACTION_ADD",
        "MESSAGE_CREATE",
    ]
    assert seen.added == []


@pytest.mark.asyncio
async def test_privileged_intents_need_the_portal_switch(server: FakeDiscord) -> None:
    intents = discord.Intents.none()
    intents.guilds = True
    intents.members = True
    client = make_bot(Seen(), intents=intents)
    try:
        await client.login(server.token)
        with pytest.raises(discord.PrivilegedIntentsRequired):
            await asyncio.wait_for(client.connect(), 5)
    finally:
        await client.close()


@pytest.mark.asyncio
async def test_missing_allowed_mentions_default_is_visible(server: FakeDiscord) -> None:
    client = make_bot(Seen(), allowed_mentions=None)
    client.allowed_mentions = None
    async with running(client, server):
        channel = client.get_channel(CHANNEL)
        assert isinstance(channel, discord.TextChannel)
        sent = await channel.send(f"<@{ANN}> please approve")
    stored = server.messages[sent.id]
    assert server.could_ping_anyone(stored)
    assert stored.mentioned()["users"] == [ANN]


def test_rules_catch_component_and_modal_limits() -> None:
    button = {"type": 2, "style": 1, "label": "x" * 81, "custom_id": "same"}
    row = {"type": 1, "components": [button] * 6}
    errors = FormErrors()
    check_components([row] * 6, errors, ("components",), v2=False)
    flat = str(errors.tree)
    assert "Must be 5 or fewer in length." in flat  # rows and buttons per row
    assert "Must be 80 or fewer in length." in flat and "COMPONENT_CUSTOM_ID_DUPLICATED" in flat

    text_input = {"type": 4, "custom_id": "t", "style": 1, "label": "l" * 46, "max_length": 4001}
    modal = {
        "custom_id": "m",
        "title": "t" * 46,
        "components": [{"type": 1, "components": [text_input]}],
    }
    errors = FormErrors()
    check_modal(modal, errors, ("data",))
    assert set(errors.tree["data"]) == {"title", "components"}
    assert set(errors.tree["data"]["components"]["0"]["components"]["0"]) == {"label", "max_length"}

    many = [{"title": "t", "fields": [{"name": "n", "value": "v" * 1024}] * 6}]
    with pytest.raises(DiscordError) as too_big:
        check_message({"embeds": many}, FormErrors(), creating=True)
    assert too_big.value.code == 50035
    assert too_big.value.errors["embeds"]["_errors"][0]["code"] == "MAX_EMBED_SIZE_EXCEEDED"
