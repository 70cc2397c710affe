"""One worked example under every verb's --help: the quickest way to learn a command."""

from __future__ import annotations

import typer

EXAMPLES = {
    "check": 'rapport check --via dm --stage aware "Hi Liz, loved your talk. What got you '
             'started?"',
    "submit": 'rapport submit "Hi Liz, loved your talk…" --as ana --to @liz --via email',
    "approve": "rapport approve 12 --as ben   (past an error: --override \"she asked for it\")",
    "request-changes": 'rapport request-changes 12 --as ben --comment "mention her talk"',
    "revise": 'rapport revise 12 "Hi Liz, loved your talk on night markets…" --as ana   '
              '(or --use-suggestion)',
    "withdraw": "rapport withdraw 12 --as ana",
    "sent": "rapport sent 12 --as ana",
    "outcome": "rapport outcome 12 replied --as ana",
    "show": "rapport show 12 --format json",
    "list": "rapport list --state sendable",
    "home": "rapport home --as ben   (--format json for scripts)",
    "log": "rapport log @liz met 'coffee at the meetup' --as ana --at 2026-11-20",
    "contact": "rapport contact @liz --interests 'markets, food' --prefers email --as ana",
    "leaderboard": "rapport leaderboard --last-week",
    "clock": "rapport clock --once",
    "eval": "rapport eval corpus/test.jsonl --format json",
    "worker": "rapport worker --processes 2",
    "export": "rapport export --format csv --out backup/   (or --format jsonl > record.jsonl)",
    "upgrade": "rapport db upgrade",
    "contacts": "rapport import contacts hubspot.csv --preset hubspot --as ana --dry-run",
    "interactions": "rapport import interactions history.csv --map 'Type=kind,When=date' "
                    "--as ana",
    "slack": "PORT=3000 rapport serve slack --workers 2   (or --socket with an app token)",
    "discord": "rapport serve discord",
}


def add_examples(app: typer.Typer) -> None:
    """Put each verb's example in its help (verbs of sub-groups such as `db` too)."""
    commands = list(app.registered_commands) + [
        c for group in app.registered_groups for c in group.typer_instance.registered_commands]
    for command in commands:
        name = command.name or command.callback.__name__.rstrip("_")
        if name in EXAMPLES:
            command.epilog = f"Example:  {EXAMPLES[name]}"
