"""`rapport clock`: each minute, post due weekly boards (once per team and week) and reminders."""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import typer

from adapters.signals import stop_on
from bot.errors import InvalidInput
from bot.leaderboard.posting import post_due_boards, post_reminders
from bot.service import Rapport

from . import clock_chat, clock_surfaces
from .core import service


def start_time(value: str | None) -> datetime | None:
    """The clock's pretended start (tests, rehearsals): an ISO date-time with a zone."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise InvalidInput(f"'{value}' is not an ISO date-time with a zone, e.g. "
                           "2026-11-30T09:00+00:00")
    return moment


def moving_clock(start: datetime):
    """A clock that starts at `start` and runs at real speed."""
    began = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - began)


def tick(core: Rapport, surfaces: dict[str, clock_surfaces.Surface], worker: str) -> None:
    """Post what is due now: boards first (claimed in the database), then reminders."""
    route = clock_surfaces.router(surfaces)
    try:
        for done in post_due_boards(core, lambda team: _part(route(team), "board"), worker):
            note = f" ({done.error})" if done.error else ""
            typer.echo(f"board {done.team} {done.week}: {done.status}{note}")
        for due in post_reminders(core, lambda team: _part(route(team), "reminder")):
            asked = f", asked {', '.join(a.name for a in due.ask)}" if due.ask else ""
            typer.echo(f"reminded {due.pitch.team}: pitch #{due.pitch.id}{asked}")
    finally:
        # A surface that kept a connection for this tick (Discord's one login) closes it.
        for surface in surfaces.values():
            surface.done()


def _part(surface: clock_surfaces.Surface | None, name: str):
    return getattr(surface, name) if surface is not None else None


def register(app: typer.Typer) -> None:
    """Add the clock verb."""

    @app.command()
    def clock(
        interval: float = typer.Option(60, "--interval", min=1, envvar="RAPPORT_CLOCK_INTERVAL",
                                       help="seconds between ticks"),
        once: bool = typer.Option(False, "--once", help="one tick, then exit"),
        out: Path = typer.Option(None, "--out", envvar="RAPPORT_BOARD_DIR",
                                 help="write CLI teams' boards here (else print them)"),
        now: str = typer.Option(None, "--now", envvar="RAPPORT_NOW", hidden=True),
    ):
        """Post each team's board for the past week on Monday 09:00 team time, exactly once."""
        core = service()
        start = start_time(now)
        if start is not None:
            core.clock = moving_clock(start.astimezone(UTC))
        surfaces = clock_chat.surfaces(core, out, typer.echo)
        worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        # The worker id stays in the database (who holds a claim), not in what people read.
        typer.echo(f"Rapport clock: posting to {', '.join(surfaces)}")
        stop = threading.Event()
        if threading.current_thread() is threading.main_thread():
            # A restart (SIGTERM) lets the current tick finish, so no post is cut off halfway.
            stop_on(stop)
        while True:
            if once:
                tick(core, surfaces, worker)
                return
            try:
                tick(core, surfaces, worker)
            except Exception as exc:  # a database blip must not end the clock
                typer.echo(f"tick failed: {type(exc).__name__}: {exc}", err=True)
            if stop.wait(interval):
                return
