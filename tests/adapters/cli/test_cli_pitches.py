"""The workflow verbs through the CLI: submit → approve → sent → outcome, and refusals."""

import pytest

READY = "Liz, loved your post on community building. What got you started?"


def submit(cli, text=READY, who="ana", to="@liz"):
    return cli(f'submit "{text}" --as {who} --to {to} --via email --format json').json()


def test_a_whole_journey(cli):
    pitch = submit(cli)["pitch"]
    assert pitch["state"] == "pending" and pitch["verdict"] == "ready"
    pid = pitch["id"]
    own = cli(f"approve {pid} --as ana")
    assert own.exit_code == 1 and "own pitch" in own.stderr
    approved = cli(f"approve {pid} --as ben --format json").json()
    assert approved["pitch"]["state"] == "sendable"
    assert approved["notices"][0]["member"] == "ana"
    assert cli(f"sent {pid} --as ana").exit_code == 0
    outcome = cli(f"outcome {pid} replied --as ana --format json").json()
    assert outcome["pitch"]["state"] == "replied"
    history = [e["kind"] for e in cli(f"show {pid} --format json").json()["history"]]
    assert history == ["submitted", "approved", "sendable", "sent", "outcome", "stage_changed"]


def test_request_changes_and_revise(cli):
    pid = submit(cli)["pitch"]["id"]
    cli(f'request-changes {pid} --as ben --comment "mention her talk"')
    same = cli(f'revise {pid} "{READY}" --as ana --format json').json()
    assert same["changed"] is False
    revised = cli(f'revise {pid} "{READY} Your talk was great." --as ana --format json').json()
    assert revised["pitch"]["revision"] == 2
    assert revised["pitch"]["change_requests"][0]["status"] == "outdated"


def test_override_needed_for_errors(cli):
    pid = submit(cli, "please RT my last status", to="@bob")["pitch"]["id"]
    refused = cli(f"approve {pid} --as ben")
    assert refused.exit_code == 1 and "override" in refused.stderr
    assert cli(f'approve {pid} --as ben --override "Bob asked"').exit_code == 0
    assert 'approved by ben (rev 1): over the errors — Bob asked' in cli(f"show {pid}").stdout


def test_list_and_withdraw(cli):
    one = submit(cli)["pitch"]["id"]
    two = submit(cli, to="@bob")["pitch"]["id"]
    cli(f"withdraw {two} --as ana")
    listed = cli("list --format json").json()
    assert [(p["id"], p["state"]) for p in listed] == [(two, "withdrawn"), (one, "pending")]
    assert [p["id"] for p in cli("list --state pending --format json").json()] == [one]
    assert "@liz" in cli("list").stdout


@pytest.mark.parametrize("line, message", [
    ("approve 99 --as ben", "no pitch #99"),
    ('submit "hi" --as zed --to @liz', "unknown member 'zed'"),
    ('submit "   " --as ana --to @liz', "empty"),
    ("outcome 1 maybe --as ana", "unknown outcome"),
    ("list --state lost", "unknown state"),
    ("approve x --as ben", "Invalid value"),
])
def test_bad_input_exit_2_and_nothing_written(cli, line, message):
    result = cli(line)
    assert result.exit_code == 2
    assert message in result.stderr
    assert cli("list --format json").json() == []


def test_pitch_text_is_not_markup(cli):
    pid = submit(cli, "Liz, [bold]hello[/bold] [red]x[/red]?")["pitch"]["id"]
    assert "[bold]hello[/bold] [red]x[/red]" in cli(f"show {pid}").stdout


def test_teams_are_separate(cli):
    pid = submit(cli)["pitch"]["id"]
    assert cli(f"show {pid} --team other").exit_code == 2
