"""Rapport's processes, started as a platform starts them: the Procfile's command lines, run
as real processes on this machine, each in a process group of its own (as a dyno or a
container is), so a test can stop one cleanly (SIGTERM) or kill it outright (SIGKILL) with
every worker process it started."""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROCFILE = ROOT / "Procfile"
BIN = Path(sys.executable).parent  # the virtual environment's `rapport` and `honcho`
HONCHO = str(BIN / "honcho")
# What must not leak from the developer's environment into a process under test: Slack,
# Discord and Rapport settings (SLACK_CLIENT_ID alone switches Slack into OAuth mode), the
# database, the port, and proxies (slack_sdk would send even loopback calls through one).
FOREIGN_ENV = re.compile(r"(SLACK|DISCORD|RAPPORT)_.*|DATABASE_URL|PORT|PROCFILE|"
                         r"(http|https|all|no)_proxy", re.IGNORECASE)


def procfile() -> dict[str, str]:
    """The Procfile's process types and their command lines."""
    found = {}
    for line in PROCFILE.read_text().splitlines():
        name, sep, command = line.partition(":")
        if sep and name.strip() and not name.lstrip().startswith("#"):
            found[name.strip()] = command.strip()
    return found


def command(kind: str, *extra: str) -> list[str]:
    """A Procfile line as argv (its program from this virtual environment), plus `extra`."""
    argv = shlex.split(procfile()[kind])
    return [str(BIN / argv[0]), *argv[1:], *extra]


def child_env(**settings: str) -> dict[str, str]:
    """This environment without foreign settings, with the virtual environment first on PATH
    (as an activated one is), unbuffered output, and `settings`."""
    env = {k: v for k, v in os.environ.items() if not FOREIGN_ENV.fullmatch(k)}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONFAULTHANDLER"] = "1"  # SIGABRT dumps every thread's stack into the log
    env.update(settings)
    return env


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def until(check: Callable[[], object], timeout: float, what: str, every: float = 0.05,
          detail: Callable[[], str] = lambda: ""):
    """Poll `check` until it returns something true (returned); fail naming `what`."""
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}\n{detail()}")
        time.sleep(every)


class Proc:
    """One process (and the workers it starts) in a process group of its own; its standard
    output and error go to a log file, read back for assertions."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], cwd: Path,
                 logs: Path):
        self.name, self.argv = name, argv
        self.log = logs / f"{name}.log"
        with self.log.open("ab") as out:
            out.write(f"--- start: {shlex.join(argv)}\n".encode())
            out.flush()
            self.popen = subprocess.Popen(argv, env=env, cwd=cwd, stdout=out,
                                          stderr=subprocess.STDOUT, start_new_session=True)
        self.pid = self.popen.pid

    def output(self) -> str:
        """Everything it printed so far."""
        return self.log.read_text(errors="replace")

    def tail(self, lines: int = 40) -> str:
        """Its last lines, for a failure message."""
        return f"--- {self.name} (last {lines} lines):\n" + "\n".join(
            self.output().splitlines()[-lines:])

    @property
    def alive(self) -> bool:
        """Whether the process is still running."""
        return self.popen.poll() is None

    def wait_listening(self, port: int, timeout: float = 30.0) -> None:
        """Wait until something accepts connections on `port`; fail if this process ends."""
        def listening() -> bool:
            if not self.alive:
                raise AssertionError(f"{self.name} exited {self.popen.returncode} before "
                                     f"listening on {port}\n{self.tail()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return True
            except OSError:
                return False
        until(listening, timeout, f"{self.name} to listen on {port}", detail=self.tail)

    def wait_for_line(self, pattern: str, timeout: float = 30.0) -> re.Match:
        """Wait until its output matches `pattern` (a regular expression)."""
        return until(lambda: re.search(pattern, self.output()), timeout,
                     f"{self.name} to print {pattern!r}", detail=self.tail)

    def signal_group(self, signum: int) -> None:
        """Send `signum` to the process and every process of its group."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signum)

    def kill(self) -> None:
        """SIGKILL, as the OOM killer or a lost host would: no clean-up of any kind."""
        self.signal_group(signal.SIGKILL)
        self.popen.wait(timeout=10)

    def stop(self, timeout: float = 30.0, group: bool = True) -> int:
        """SIGTERM (a deploy, a restart) and wait; the exit code. To every process of the
        group, as honcho and most platforms send it, or (`group=False`) to the process
        alone, as `docker stop` and systemd's KillMode=mixed do."""
        if group:
            self.signal_group(signal.SIGTERM)
        else:
            self.popen.send_signal(signal.SIGTERM)
        try:
            return self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.signal_group(signal.SIGABRT)  # where each of its processes was stuck
            time.sleep(0.5)
            self.kill()
            raise AssertionError(f"{self.name} did not stop within {timeout}s of SIGTERM\n"
                                 f"{self.tail(150)}") from None


class Procs:
    """The processes a test started; any still running at the end are killed with their
    groups (and any extra groups named, such as honcho's children), so none outlive it."""

    def __init__(self, cwd: Path, logs: Path):
        self.cwd, self.logs = cwd, logs
        self.started: list[Proc] = []
        self.groups: set[int] = set()

    def start(self, name: str, argv: list[str], env: dict[str, str]) -> Proc:
        """Start a process in the test's working folder."""
        proc = Proc(name, argv, env, self.cwd, self.logs)
        self.started.append(proc)
        return proc

    def tails(self) -> str:
        """The last lines of every process's output."""
        return "\n".join(p.tail() for p in self.started)

    def close(self) -> None:
        """Kill whatever is left."""
        for proc in self.started:
            if proc.alive:
                proc.signal_group(signal.SIGKILL)
        for group in self.groups:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(group, signal.SIGKILL)
        for proc in self.started:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.popen.wait(timeout=10)
