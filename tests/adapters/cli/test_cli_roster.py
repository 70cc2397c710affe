"""Editing rapport.toml takes effect on the next command."""

from __future__ import annotations

from pathlib import Path

READY = "Liz, loved your post on community building. What got you started?"


def write_roster(cli, text: str) -> None:
    Path(cli.env["RAPPORT_POLICY"]).write_text(text)


def test_taking_admin_off_a_member_takes_effect_at_once(cli):
    cli("contact @liz --do-not-contact --as ana")
    write_roster(cli, '[members]\nana = {}\ncara = { roles = ["admin"] }\n')
    assert cli("contact @liz --clear-do-not-contact --as cara").exit_code == 0
    cli("contact @liz --do-not-contact --as ana")
    write_roster(cli, "[members]\nana = {}\ncara = {}\n")
    refused = cli("contact @liz --clear-do-not-contact --as cara")
    assert refused.exit_code == 1 and "only an admin" in refused.stderr


def test_removing_a_member_takes_effect_at_once(cli):
    first, pid = (cli(f'submit "{READY}" --as ana --to {to} --format json').json()["pitch"]["id"]
                  for to in ("@liz", "@bob"))
    assert cli(f"approve {first} --as ben").exit_code == 0
    write_roster(cli, '[members]\nana = {}\n')
    refused = cli(f"approve {pid} --as ben")
    assert refused.exit_code == 2 and "unknown member 'ben'" in refused.stderr
    assert cli(f"show {pid} --format json").json()["state"] == "pending"
