"""Many workspaces on one deployment: each adds Rapport through the OAuth flow, each works
with its own token in its own channel, and none sees, posts into or acts on another's."""

from __future__ import annotations

import base64
import logging

import pytest
from sqlalchemy import column, select, table

from tests.fakes.slack_tenants import Workspace, add_to_slack

from .conftest import texts
from .tenancy import (
    ABEL,
    ALPHA_REVIEW,
    ANNA,
    BEA,
    BETA_REVIEW,
    BRUNO,
    CLIENT_ID,
    CLIENT_SECRET,
    WARM,
    World,
    rows,
)

ALPHA, BETA = "slack:T0ALPHA", "slack:T0BETA"


@pytest.fixture
def world(mock, service, outbox):
    """Alpha and Beta, served by one Rapport in many-workspace mode, neither installed yet."""
    world = World(mock, service, outbox)
    yield world
    world.close()


def bots(engine) -> dict[str, str]:
    """team id -> bot token, as the installation store keeps them."""
    rows_of = table("slack_bots", column("team_id"), column("bot_token"))
    with engine.connect() as conn:
        return dict(conn.execute(select(rows_of.c.team_id, rows_of.c.bot_token)).all())


def test_two_workspaces_add_rapport_to_slack(world, engine):
    for page in world.install(world.a, world.b):
        assert page.status == 200 and "Thank you!" in page.body
    # Slack was asked for each workspace's token with the app's client id and secret.
    codes = [c.args["code"] for c in world.mock.calls_to("oauth.v2.access")]
    assert codes == [world.a.code, world.b.code]
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert {c.headers["Authorization"] for c in world.mock.calls_to("oauth.v2.access")} == {
        f"Basic {basic}"}
    assert bots(engine) == {"T0ALPHA": world.a.token, "T0BETA": world.b.token}
    # Each installer hears, with their own workspace's token, what is left to do.
    for space in (world.a, world.b):
        [welcome] = world.spaces.calls_by(space, "chat.postMessage")
        assert welcome.args["channel"] == space.installer
        assert "/review-pitch setup #that-channel" in welcome.args["text"]


def test_a_redirect_with_a_forged_state_installs_nothing(world, engine):
    page = add_to_slack(world.server, world.a, state="forged-state")
    assert page.status == 400
    assert world.mock.calls_to("oauth.v2.access") == [] and bots(engine) == {}


def test_each_workspace_reviews_in_its_own_channel_with_its_own_token(world, service):
    world.install(world.a, world.b)
    assert "<#C0ALPHAREV>" in world.setup(world.a, ALPHA_REVIEW)
    assert "<#C0BETAREV>" in world.setup(world.b, BETA_REVIEW)
    alpha_id, alpha_post = world.submit(world.a, ABEL, WARM)
    beta_id, beta_post = world.submit(world.b, BEA, WARM.replace("Liz", "Lisa"))
    assert (alpha_post.token, alpha_post.args["channel"]) == (world.a.token, ALPHA_REVIEW)
    assert (beta_post.token, beta_post.args["channel"]) == (world.b.token, BETA_REVIEW)
    # Every call made with a workspace's token was about that workspace alone.
    for space, others in ((world.a, (BETA_REVIEW, BRUNO, BEA)),
                          (world.b, (ALPHA_REVIEW, ANNA, ABEL))):
        for call in world.token_calls(space):
            assert not any(other in str(call.args) for other in others), call.brief()
    assert [p.id for p in service.list_pitches(ALPHA)] == [alpha_id]
    assert [p.id for p in service.list_pitches(BETA)] == [beta_id]
    assert "Lisa" in service.show(BETA, beta_id).text


def test_another_workspace_can_neither_see_nor_act_on_a_pitch(world, service):
    world.install(world.a, world.b)
    world.setup(world.a, ALPHA_REVIEW)
    world.setup(world.b, BETA_REVIEW)
    pitch_id, post = world.submit(world.a, ABEL)
    # Beta's member tries every road to Alpha's pitch: its number, its button, its message.
    assert f"There is no pitch #{pitch_id} on this team" in world.said(
        world.b, BEA, f"approve {pitch_id}")
    assert f"There is no pitch #{pitch_id} on this team" in world.said(
        world.b, BEA, f"show {pitch_id}")
    assert WARM not in world.said(world.b, BEA, "list")
    ts = post.response["ts"]
    assert world.click(world.b, BEA, pitch_id, ALPHA_REVIEW, ts, "beta-click").status == 200
    told = world.mock.wait_for("response_url", lambda c: c.name == "beta-click")[0]
    assert f"There is no pitch #{pitch_id} on this team" in texts(told)
    assert world.react(world.b, BEA, ALPHA_REVIEW, ts).status == 200
    world.driver.drain()
    pitch = service.show(ALPHA, pitch_id)
    assert (pitch.state, pitch.approvals) == ("pending", ())
    assert world.driver.updates(pitch_id) == []  # Alpha's report was never touched
    assert service.list_pitches(BETA) == []


def refused_everywhere(world: World, space: Workspace, user: str) -> str:
    """A command, a click, a ✅ and a form from a workspace; the command's answer."""
    reply, _ = world.command(space, user, f"@liz via:email {WARM}")
    assert reply.status == 200
    ts = "1700000000.000100"
    for other in (world.click(space, user, 1, ALPHA_REVIEW, ts, "refused-click"),
                  world.react(space, user, ALPHA_REVIEW, ts),
                  world.client.submit_view(user_id=user, team_id=space.team_id,
                                           view={"callback_id": "rapport_submit"})):
        assert (other.status, other.body) == (200, "")
    world.driver.drain()
    return world.answer_json(reply)


def test_a_workspace_never_installed_is_refused_and_leaves_nothing(world, engine, outbox):
    nowhere = Workspace("T0NEVER", "Never", "U0NOBODY", "code-none", "xoxb-none", "UBOTN", "BN")
    world.spaces.member(nowhere, "U0NOBODY", name="nobody")
    answer = refused_everywhere(world, nowhere, "U0NOBODY")
    assert "Rapport is not installed in this workspace" in answer
    # Not a row anywhere: no team, member, pitch, job or delivery record.
    assert {t: n for t, n in rows(engine, outbox.engine).items()
            if n and not t.endswith(":alembic_version")} == {}
    # Installed workspaces beside it change nothing for it.
    world.install(world.a)
    before, calls = rows(engine, outbox.engine), len(world.mock.calls)
    assert "not installed" in refused_everywhere(world, nowhere, "U0NOBODY")
    assert rows(engine, outbox.engine) == before and len(world.mock.calls) == calls


@pytest.mark.parametrize("removal", ["app_uninstalled", "tokens_revoked"])
def test_a_workspace_that_removed_rapport_is_refused(world, engine, outbox, service, removal,
                                                     caplog):
    world.install(world.a, world.b)
    world.setup(world.a, ALPHA_REVIEW)
    world.submit(world.a, ABEL)
    caplog.set_level(logging.INFO)
    assert world.removal(world.a, removal).status == 200
    world.spaces.revoke(world.a)  # and Slack no longer takes its token
    assert world.installed() == {("slack_bots", "T0BETA"), ("slack_installations", "T0BETA")}
    assert any("T0ALPHA" in r.getMessage() and "installation was deleted" in r.getMessage()
               for r in caplog.records)
    before, used = rows(engine, outbox.engine), len(world.token_calls(world.a))
    assert "not installed" in refused_everywhere(world, world.a, ABEL)
    assert rows(engine, outbox.engine) == before
    assert len(world.token_calls(world.a)) == used  # its token is never used again
    # Beta goes on as before.
    world.setup(world.b, BETA_REVIEW)
    _, post = world.submit(world.b, BEA)
    assert (post.token, post.args["channel"]) == (world.b.token, BETA_REVIEW)
    assert len(service.list_pitches(ALPHA)) == 1  # Alpha's history stays, for a reinstall


def test_a_job_left_by_a_removed_workspace_fails_at_once_without_calling_slack(
        world, outbox, caplog):
    world.install(world.a)
    world.setup(world.a, ALPHA_REVIEW)
    world.workers.close()  # the next job waits in the outbox
    reply, _ = world.command(world.a, ABEL, f"@liz via:email {WARM}")
    assert reply.status == 200 and outbox.pending() == 1
    world.removal(world.a)
    calls = len(world.mock.calls)
    with caplog.at_level(logging.WARNING):
        assert world.jobs.run_one(world.app.surface)
    assert outbox.pending() == 0 and len(world.mock.calls) == calls
    [line] = [r for r in caplog.records if r.name.startswith("adapters.slack")]
    assert "not installed in workspace slack:T0ALPHA" in line.getMessage()
    assert not line.exc_info  # one line, no traceback


def test_a_workspace_without_a_review_channel_is_told_how_to_set_one(world, service):
    world.install(world.b)
    answer = world.said(world.b, BEA, f"@liz via:email {WARM}")
    assert "no review channel in this workspace yet, so nothing was saved" in answer
    assert "/review-pitch setup #channel" in answer and WARM in answer  # their text back
    assert "no review channel" in world.said(world.b, BEA, "")  # no form to fill in for nothing
    assert world.mock.calls_to("views.open") == [] and service.list_pitches(BETA) == []
    assert "Only an admin" in world.said(world.b, BEA, f"setup <#{BETA_REVIEW}|x>")
    world.setup(world.b, BETA_REVIEW)
    _, post = world.submit(world.b, BEA)
    assert post.args["channel"] == BETA_REVIEW


def test_a_report_with_nowhere_to_go_is_not_lost_silently(world, service):
    # Only a race gets here (a submission is refused without a review channel): the author
    # hears that the pitch is saved and where to see it.
    world.install(world.b)
    done = service.submit(BETA, BEA, "@liz", WARM, channel="email")
    spec = {"user": BEA, "response_url": world.mock.response_url("race"), "channel": None}
    world.jobs.enqueue("slack.post_report", (BETA, done.pitch.id, done.message, spec))
    told = texts(world.mock.wait_for("response_url", lambda c: c.name == "race")[0])
    assert "Its report was not posted: this workspace has no review channel yet" in told
    world.driver.drain()
    assert world.mock.calls_to("chat.postMessage") == world.spaces.calls_by(
        world.b, "chat.postMessage")[:1]  # the welcome only
