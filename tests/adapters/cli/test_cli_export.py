"""`rapport export`: the whole team record, as JSON Lines or as CSV files."""

import csv
import json

READY = "Liz, loved your post on community building. What got you started?"


def record(cli):
    """A little history: a pitch approved and sent, an interaction, a contact's interests."""
    submitted = cli(f'submit "{READY}" --as ana --to @liz --via email --format json').json()
    pid = submitted["pitch"]["id"]
    cli(f"approve {pid} --as ben")
    cli(f"sent {pid} --as ana")
    cli("log @liz met 'coffee at the meetup' --as ben")
    cli("contact @liz --interests 'community, nonprofits' --as ana")
    return pid


def test_jsonl_holds_every_kind_of_record(cli):
    pid = record(cli)
    out = cli("export")
    assert out.exit_code == 0
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    kinds = {r["record"] for r in rows}
    assert kinds == {"contact", "interaction", "pitch", "event"}
    (pitch,) = [r for r in rows if r["record"] == "pitch"]
    assert (pitch["id"], pitch["state"], pitch["text"], pitch["author"]) == (
        pid, "sent", READY, "Ana")
    (met,) = [r for r in rows if r["record"] == "interaction"]
    assert (met["handle"], met["kind"], met["note"]) == ("liz", "met", "coffee at the meetup")
    (liz,) = [r for r in rows if r["record"] == "contact"]
    assert liz["interests"] == ["community", "nonprofits"]
    assert [e["kind"] for e in rows if e["record"] == "event"][:2] == ["submitted", "approved"]


def test_csv_writes_a_file_a_kind(cli, tmp_path):
    record(cli)
    out = cli(f"export --format csv --out {tmp_path / 'backup'}")
    assert out.exit_code == 0
    with (tmp_path / "backup" / "pitches.csv").open(encoding="utf-8") as f:
        (pitch,) = list(csv.DictReader(f))
    assert pitch["state"] == "sent" and pitch["text"] == READY
    with (tmp_path / "backup" / "contacts.csv").open(encoding="utf-8") as f:
        (liz,) = list(csv.DictReader(f))
    assert json.loads(liz["interests"]) == ["community", "nonprofits"]


def test_csv_needs_a_folder_and_an_empty_team_exports_nothing(cli):
    assert cli("export --format csv").exit_code == 2
    assert cli("export").stdout == ""
