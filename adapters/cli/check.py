"""`rapport check`: review a message, or a JSON Lines file of many, without submitting."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from bot.engine import ReviewResult
from bot.errors import InvalidInput, RapportError

from .core import service
from .failure import fail
from .output import FORMAT_OPTION, TEAM_OPTION, Format, show_json, show_text


def _stdin_text() -> str:
    try:
        return sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"standard input is not valid UTF-8 (byte {exc.start})") from None


def result_json(result: ReviewResult, item_id=None) -> dict:
    """The JSON shape of one review: id, verdict, findings with rule, severity, message, span,
    and the coach's next step with the recipient."""
    return {
        "id": item_id,
        "verdict": result.verdict,
        "findings": [
            {k: v for k, v in f.as_dict().items() if k in ("rule", "severity", "message", "span")}
            for f in result.findings
        ],
        "next_step": {"step": result.next_step, "advice": result.advice},
    }


def _check_jsonl(service, path: Path, team: str) -> int:
    """Review each line (of a file, or standard input for -); a bad line is reported with
    its number and the rest still run."""
    worst = 0
    try:
        lines = (sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()).splitlines()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        item_id = None
        try:
            item = json.loads(raw.decode("utf-8"))
            if not isinstance(item, dict):
                raise InvalidInput("each line must be a JSON object")
            item_id = item.get("id")
            if not isinstance(item.get("text"), str):
                raise InvalidInput("'text' must be a string")
            result = service.check(
                item["text"], team=team, to=item.get("recipient"),
                # "stage" is the corpus format's name for the same fact.
                channel=item.get("channel") or "other",
                stage=item.get("relationship") or item.get("stage"),
                interests=_list(item, "interests"), avoid=_list(item, "avoid"),
            )
        except (ValueError, RapportError) as exc:
            message = f"not valid JSON: {exc}" if isinstance(exc, json.JSONDecodeError) else exc
            show_json({"id": item_id, "line": number, "error": str(message)})
            worst = 2
            continue
        show_json(result_json(result, item_id))
        if result.verdict == "blocked":
            worst = max(worst, 1)
    return worst


def _list(item: dict, key: str) -> list[str] | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(f"'{key}' must be a list of strings")
    return value


def register(app: typer.Typer) -> None:
    """Add the check verb."""

    @app.command()
    def check(
        text: str = typer.Argument(None, help="the message, or - to read standard input"),
        to: str = typer.Option(None, "--to", help="recipient handle, to use what the team knows"),
        via: str = typer.Option("other", "--via", help="email, dm, public-mention, comment, other"),
        stage: str = typer.Option(None, "--stage", help="stranger, aware, engaged or earned"),
        jsonl: Path = typer.Option(None, "--jsonl",
                                   help="a JSON Lines file of messages, or - for standard input"),
        team: str = TEAM_OPTION,
        fmt: Format = FORMAT_OPTION,
    ):
        """Check a message's etiquette. Exit 0: no errors; 1: an error finding; 2: bad input."""
        if jsonl is not None:
            if text is not None:
                fail("give either TEXT or --jsonl, not both")
            raise typer.Exit(_check_jsonl(service(create=False), jsonl, team))
        if text is None:
            fail("give the message to check, or - to read it from standard input")
        if text == "-":
            text = _stdin_text()
        result = service(create=False).check(text, team=team, to=to, channel=via, stage=stage)
        if fmt == Format.json:
            show_json(result_json(result))
        else:
            show_text("text/check.txt.j2", verdict=result.verdict, findings=result.findings,
                      next_step=result.next_step, advice=result.advice)
        raise typer.Exit(1 if result.verdict == "blocked" else 0)
