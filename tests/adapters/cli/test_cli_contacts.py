"""`rapport log` and `rapport contact`."""


def test_log_moves_stage(cli):
    cli("log @liz we-engaged 'liked her post' --as ana")
    out = cli("log @liz met 'coffee at the meetup' --as ben --format json").json()
    assert out["contact"]["stage"] == "earned"
    assert "aware → earned" in out["message"]


def test_log_with_a_time_and_bad_times(cli):
    ok = cli("log @liz they-replied --as ana --at 2026-11-20T15:00+00:00 --format json")
    assert ok.json()["contact"]["last_contact"].startswith("2026-11-20")
    assert cli("log @liz met --as ana --at yesterday").exit_code == 2


def test_log_at_a_date_or_a_local_time(cli):
    """A date, or a time with no zone, is read in the team's time zone (UTC by default)."""
    local = cli("log @liz they-replied --as ana --at 2026-11-20T15:00 --format json").json()
    assert local["contact"]["last_contact"].startswith("2026-11-20T15:00")
    day = cli("log @bo met --as ana --at 2026-11-21 --format json").json()
    assert day["contact"]["last_contact"].startswith("2026-11-21T12:00")
    assert cli("log @liz waved --as ana").exit_code == 2


def test_contact_update_show_and_do_not_contact(cli):
    cli("contact @liz --interests 'community, nonprofits' --avoid politics --prefers email "
        "--email-known --as ana")
    shown = cli("contact @liz --format json").json()
    assert shown["interests"] == ["community", "nonprofits"]
    assert shown["avoid"] == ["politics"] and shown["prefers"] == "email"
    assert cli("contact @liz --do-not-contact --as ben").exit_code == 0
    refused = cli("contact @liz --clear-do-not-contact --as ben")
    assert refused.exit_code == 1 and "admin" in refused.stderr
    assert cli("contact @liz --clear-do-not-contact --as cara").exit_code == 0
    assert cli("contact @liz --format json").json()["do_not_contact"] is False


def test_contact_needs_a_member_to_change_anything(cli):
    result = cli("contact @liz --interests x")
    assert result.exit_code == 2 and "--as" in result.stderr


def test_db_upgrade_is_idempotent(cli):
    assert cli("db upgrade").exit_code == 0
    assert "up to date" in cli("db upgrade").stdout


def test_the_coach_says_the_next_step_with_a_contact(cli):
    """Nothing known: observe; after a meeting: pitch; after a no: wait, with the date."""
    assert "next step: observe" in cli("contact @liz").stdout
    cli("log @liz met 'coffee at the meetup' --as ana")
    assert "next step: pitch" in cli("contact @liz").stdout
    assert cli("contact @liz --format json").json()["next_step"] == "pitch"


def test_a_contacts_history_says_what_happened_and_who_did_it(cli):
    """Interactions with their notes, pitches and outcomes, stage moves and a do-not-contact
    mark, oldest first, with who did each."""
    cli("log @liz met 'coffee at the meetup' --as ben --at 2026-11-20")
    pid = cli('submit "Liz, would you review our guide?" --as ana --to @liz --via email '
              "--format json").json()["pitch"]["id"]
    cli(f"approve {pid} --as ben")
    cli(f"sent {pid} --as ana")
    cli(f"outcome {pid} declined --as ana")
    cli("contact @liz --do-not-contact --as cara")
    shown = cli("contact @liz --history").stdout
    assert "met · ben: coffee at the meetup" in shown.replace("Ben", "ben")
    assert f"pitch #{pid} via email: declined" in shown
    assert f"pitch #{pid}: declined" in shown
    assert "updated · cara: marked do-not-contact" in shown
    history = cli("contact @liz --history --format json").json()["history"]
    assert [e["kind"] for e in history][:2] == ["met", "stage"]
    assert "History" not in cli("contact @liz").stdout  # only when asked
