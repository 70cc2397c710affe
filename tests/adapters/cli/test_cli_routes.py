"""Routing by audience in the terminal: the report says who may approve and how many more are
needed, and an approval that doesn't count says so."""

from __future__ import annotations

from pathlib import Path

READY = "Liz, loved your post on community building. What got you started?"
POLICY = """
[members]
ana = { display_name = "Ana" }
ben = { roles = ["reviewer"] }
cara = { roles = ["comms"] }

[[workflow.routes]]
tags = ["press"]
channels = ["email"]
approvals = 2
from_role = "comms"

[[workflow.routes]]
tags = ["vip"]
approvals = 1
only_roles = ["comms"]
"""


def test_the_report_says_who_may_approve_and_how_many_more(cli):
    Path(cli.env["RAPPORT_POLICY"]).write_text(POLICY)
    cli("contact @liz --interests press --as ana")
    submitted = cli(f'submit "{READY}" --as ana --to @liz --via email --format json').json()
    pid = submitted["pitch"]["id"]
    assert cli(f"approve {pid} --as ben").exit_code == 0
    shown = cli(f"show {pid}").stdout
    assert "Approvals 1/2" in shown
    assert "Needs 2 approvals, at least 1 from comms: 1 more, from comms." in shown
    cli(f"approve {pid} --as cara")
    shown = cli(f"show {pid}").stdout
    # Sendable: the line has nothing left to ask for.
    assert "Approvals 2/2" in shown and "Needs 2 approvals" not in shown


def test_an_approval_that_does_not_count_is_marked_and_explained(cli):
    Path(cli.env["RAPPORT_POLICY"]).write_text(POLICY)
    cli("contact @bob --interests vip --as ana")
    text = READY.replace("Liz", "Bob")
    pid = cli(f'submit "{text}" --as ana --to @bob --via dm --format json').json()["pitch"]["id"]
    approved = cli(f"approve {pid} --as ben")
    assert approved.exit_code == 0
    assert "but it doesn't count: a pitch to vip contacts needs approvals from comms" in \
        " ".join(approved.stdout.split())
    shown = cli(f"show {pid}").stdout
    assert "ben (recorded, doesn't count)" in shown
    assert "Approvals 0/1" in shown and "Needs 1 approval from comms: 1 more, from comms." in shown
