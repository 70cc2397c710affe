"""`rapport home --as MEMBER`: the member's desk, as text and as JSON."""

READY = "Liz, loved your post on community building. What got you started?"


def submit(cli, text=READY, who="ana", to="@liz"):
    return cli(f'submit "{text}" --as {who} --to {to} --via email --format json').json()


def test_home_as_text_shows_what_waits_for_each_member(cli):
    pid = submit(cli)["pitch"]["id"]
    cli("log @liz met 'coffee at the meetup' --as ana")
    ben = cli("home --as ben")
    assert ben.exit_code == 0, ben.stderr
    assert "Your desk · ben" in ben.stdout
    assert "Your desk: 1 review(s) waiting for you, 0 reminder(s) due." in ben.stdout
    assert f"#{pid} to @liz via email · Ready · revision 1" in ben.stdout
    assert f"rapport approve {pid} --as ben" in ben.stdout
    ana = cli("home --as ana").stdout
    # Never her own pitch to review: it is under her pitches, with what it needs next.
    assert "Nothing is waiting for your review." in ana and "rapport approve" not in ana
    assert "waiting for a teammate's approval (0 of 1)" in ana
    assert "@liz — pitch: The relationship is earned" in ana


def test_home_as_json_is_the_core_desk(cli):
    pid = submit(cli)["pitch"]["id"]
    cli(f'request-changes {pid} --as ben --comment "mention her talk"')
    desk = cli("home --as ana --format json").json()
    assert desk["member"] == "ana" and desk["member_name"] == "Ana"
    assert desk["reviews"] == {"key": "reviews", "items": [], "more": 0}
    (group,) = desk["pitches"]
    assert group["key"] == "changes_requested"
    assert group["items"][0]["needs"] == "revise it: ben asked for changes — mention her talk"
    assert desk["contacts"][0]["items"][0]["next_step"] == "observe"
    assert cli("home --as ben --format json").json()["reviews"]["items"] == []


def test_user_text_is_never_terminal_markup(cli):
    submit(cli, text="Liz, [bold red]loud[/bold red] question: what got you started?")
    shown = cli("home --as ben").stdout
    assert "[bold red]loud[/bold red]" in shown


def test_an_unknown_member_has_no_desk(cli):
    refused = cli("home --as zed")
    assert refused.exit_code == 2 and "unknown member 'zed'" in refused.stderr
