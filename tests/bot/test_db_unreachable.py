"""A database that is down or silent gets a clear answer in seconds, and nothing is saved."""

import socket
import threading

import pytest

from bot.db import make_engine
from bot.errors import Unavailable
from bot.service import Rapport


@pytest.fixture
def silent_server():
    """A TCP port that accepts connections and never says a word: a black-holed database."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    held, stop = [], threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def _within(seconds: float, work):
    """Run work in a thread; what it raised, or a failure if it is still waiting."""
    outcome = {}

    def run():
        try:
            work()
        except Exception as exc:  # noqa: BLE001 — the test inspects what was raised
            outcome["raised"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still waiting for the database after {seconds} s"
    return outcome.get("raised")


@pytest.mark.parametrize("port", ["silent", "closed"])
def test_an_unreachable_postgresql_is_said_in_words_within_seconds(silent_server, port):
    """Whether the server never answers or refuses at once, the user hears the same line."""
    number = silent_server if port == "silent" else 1
    url = f"postgresql+psycopg://postgres@127.0.0.1:{number}/test"
    raised = _within(20, lambda: Rapport.from_env(database_url=url).check("Hi Liz"))
    assert isinstance(raised, Unavailable)
    assert str(raised) == "can't reach the database — nothing was saved; try again in a minute"


def test_a_database_lost_after_start_is_said_in_words(silent_server):
    """A service already running whose database goes silent answers a submit in words."""
    service = Rapport(make_engine(f"postgresql+psycopg://postgres@127.0.0.1:{silent_server}/t"))
    raised = _within(20, lambda: service.submit("local", "ana", "@liz", "Hi Liz, a question?"))
    assert isinstance(raised, Unavailable)
