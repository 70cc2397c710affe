"""Stopping a long-running process cleanly on a signal: the work in hand finishes first."""

from __future__ import annotations

import signal
import threading


def stop_on(stop: threading.Event, *signums: int) -> None:
    """Set `stop` when one of the signals arrives (SIGTERM if none are named).

    Set from a thread: a second signal arriving inside Event.set would wait forever on the
    lock the first one holds (honcho and a pool's close may both send SIGTERM)."""
    for signum in signums or (signal.SIGTERM,):
        signal.signal(signum, lambda *_: threading.Thread(target=stop.set).start())
