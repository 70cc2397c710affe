"""How fast Slack's /review-pitch is acknowledged, under load, against an empty Bolt app.

Runs `rapport serve slack` (uvicorn + Bolt's ASGI adapter, as in production) and an empty Bolt
app on the same server code, each in its own process, and sends each of them N signed
/review-pitch submissions over loopback from C concurrent keep-alive connections. The Web API
is the test kit's mock in a third process; the reports follow asynchronously and the run
waits for all of them. SQLite by default; --postgres URL (or RAPPORT_BENCH_POSTGRES) for
PostgreSQL.

    .venv/bin/python benchmarks/slack_ack.py [--requests 2000] [--concurrency 32]
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakes.slack_api import MockSlackApi  # noqa: E402
from tests.fakes.slack_requests import sign, slash_command  # noqa: E402

SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench-token"
REVIEW = "C0REVIEW"
TARGET_P99_MS = 100.0
WARMUP = 20
PITCH = ("Hi {name}, I read your post on {topic} this week and the part about starting small "
         "stuck with me. We run a tiny bakery co-op; would you tell us how you chose your first "
         "suppliers? No ask beyond that, thank you for writing it. (#{n})")


def run_mock(pipe) -> None:
    """The mock Web API in its own process; answers "count" with the reports posted so far."""
    with MockSlackApi() as mock:
        pipe.send(mock.base_url)
        while (message := pipe.recv()) != "stop":
            if message == "count":
                pipe.send(len(mock.calls_to("chat.postMessage")))
            elif message == "violations":
                pipe.send([str(v) for v in mock.violations])


def start_mock() -> tuple:
    """The mock Web API in a process of its own: (pipe to it, the process, its base URL)."""
    spawn = multiprocessing.get_context("spawn")
    pipe, theirs = spawn.Pipe()
    process = spawn.Process(target=run_mock, args=(theirs,))
    process.start()
    return pipe, process, pipe.recv()


def server_env(base_url: str, database_url: str) -> dict:
    """The environment both servers run in: this benchmark's Slack settings, no proxy."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SLACK_") and k.lower() not in ("http_proxy", "https_proxy")}
    env.update(SLACK_BOT_TOKEN=TOKEN, SLACK_SIGNING_SECRET=SECRET, RAPPORT_REVIEW_CHANNEL=REVIEW,
               SLACK_API_URL=base_url, DATABASE_URL=database_url, PYTHONPATH=str(ROOT))
    return env


def serve_empty() -> None:
    """An empty Bolt app (acks /review-pitch, nothing more) on the same server as Rapport."""
    from slack_bolt import App

    from adapters.slack.client import web_client
    from adapters.slack.config import load_settings
    from adapters.slack.server import serve_http

    settings = load_settings()
    app = App(client=web_client(settings), signing_secret=settings.slack_signing_secret,
              process_before_response=True)
    app.command("/review-pitch")(lambda ack: ack())
    serve_http(app, settings.port, host="127.0.0.1")


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(argv: list[str], env: dict, port: int, log: Path) -> subprocess.Popen:
    """Start a server process (its output to `log`) and wait until it accepts connections."""
    with log.open("wb") as out:
        process = subprocess.Popen(argv, env=env, cwd=log.parent, stdout=out,
                                   stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"server exited: {log.read_text()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    sys.exit("server did not start in 60 s")


def blast(port: int, total: int, concurrency: int, response_url: str) -> tuple[list[float], float]:
    """Send `total` signed submissions from `concurrency` keep-alive connections; latencies."""
    latencies: list[float] = []
    failures: list[str] = []
    next_index = iter(range(total))
    lock = threading.Lock()

    def connection(worker: int) -> None:
        """One keep-alive connection sending submissions until none are left."""
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                n = next(next_index, None)
            if n is None:
                break
            text = "@contact{} via:email topic:baking {}".format(
                n % 300, PITCH.format(name=f"Contact {n % 300}", topic="sourdough", n=n))
            body, kind = slash_command(text=text, user_id=f"U0BENCH{worker:03d}",
                                       response_url=f"{response_url}{n}")
            headers = {"Content-Type": kind, **sign(SECRET, body)}
            started = time.perf_counter()
            conn.request("POST", "/slack/events", body=body, headers=headers)
            answer = conn.getresponse()
            answer.read()
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed * 1000)
                if answer.status != 200:
                    failures.append(str(answer.status))
        conn.close()

    began = time.perf_counter()
    threads = [threading.Thread(target=connection, args=(w,)) for w in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        sys.exit(f"{len(failures)} requests failed, e.g. HTTP {failures[0]}")
    return latencies, time.perf_counter() - began


def percentile(values: list[float], fraction: float) -> float:
    """The value below which `fraction` of the values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(fraction * len(ordered)) - 1))]


def postgres_schema(url: str) -> tuple[str, Callable[[], None]]:
    """A fresh, migrated schema on PostgreSQL: its URL and a function dropping it."""
    from sqlalchemy import create_engine, text

    from bot.db import make_engine
    from bot.migrate import upgrade

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    scoped = f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    engine = make_engine(scoped)
    upgrade(engine)
    engine.dispose()

    def drop() -> None:
        """Remove the benchmark's schema."""
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    return scoped, drop


@contextmanager
def serving(argv: list[str], env: dict, workdir: Path) -> Iterator[subprocess.Popen]:
    """A server process on a free port (`process.port`), stopped when the block ends."""
    port = free_port()
    server = start(argv, {**env, "PORT": str(port)}, port, workdir / f"{port}.log")
    server.port = port
    try:
        yield server
    finally:
        server.terminate()
        server.wait(timeout=60)


def measure(name: str, argv: list[str], env: dict, args, pipe, workdir: Path,
            response_url: str) -> tuple[list[float], float, tuple[int, float] | None]:
    """One server under load: (ack latencies in ms, seconds, (reports, seconds) for Rapport)."""
    with serving(argv, env, workdir) as server:
        blast(server.port, WARMUP, 4, response_url + "warmup-")  # imports, first connections
        if name == "Rapport":
            wait_for_reports(pipe, WARMUP, 0.0)
        latencies, seconds = blast(server.port, args.requests, args.concurrency, response_url)
        reports = None
        if name == "Rapport":
            posted, took = wait_for_reports(pipe, WARMUP + args.requests, seconds)
            reports = (posted - WARMUP, took)
        return latencies, seconds, reports


def main() -> None:
    """Run both servers under the same load and print p50/p99 ack latency and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--postgres", default=os.environ.get("RAPPORT_BENCH_POSTGRES"),
                        help="a PostgreSQL URL to run on instead of SQLite")
    parser.add_argument("--serve-empty", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_empty:
        serve_empty()
        return

    pipe, mock_process, base_url = start_mock()
    response_url = f"http://{urlsplit(base_url).netloc}/response/bench-"
    drop = None
    with tempfile.TemporaryDirectory(prefix="slack-ack-") as folder:
        workdir = Path(folder)
        try:
            if args.postgres:
                (database_url, drop), database = postgres_schema(args.postgres), "PostgreSQL"
            else:
                database_url, database = f"sqlite:///{workdir}/rapport.db", "SQLite"
            env = server_env(base_url, database_url)
            servers = {
                "empty Bolt app": [sys.executable, __file__, "--serve-empty"],
                "Rapport": [str(Path(sys.executable).with_name("rapport")), "serve", "slack",
                            "--host", "127.0.0.1"],
            }
            results = {name: measure(name, argv, env, args, pipe, workdir, response_url)
                       for name, argv in servers.items()}
            pipe.send("violations")
            violations = pipe.recv()
        finally:
            pipe.send("stop")
            mock_process.join(timeout=10)
            if drop:
                drop()
    report(results, args, database, violations)


def wait_for_reports(pipe, expected: int, acked_in: float) -> tuple[int, float]:
    """Wait (up to 10 minutes) for `expected` reports: (reports posted, seconds since start)."""
    began = time.perf_counter() - acked_in
    deadline = time.monotonic() + 600
    posted = 0
    while time.monotonic() < deadline:
        pipe.send("count")
        posted = pipe.recv()
        if posted >= expected:
            break
        time.sleep(0.2)
    return posted, time.perf_counter() - began


def report(results: dict, args, database: str, violations: list[str]) -> None:
    """Print the table, the ratio and whether the target is met."""
    print(f"Slack /review-pitch acknowledgement: {args.requests} signed submissions, "
          f"{args.concurrency} concurrent connections, loopback, {database}, uvicorn + Bolt ASGI")
    print(f"{'':<16}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'req/s':>9}")
    stats = {}
    for name, (latencies, seconds, _) in results.items():
        stats[name] = (percentile(latencies, 0.5), percentile(latencies, 0.99))
        print(f"{name:<16}{stats[name][0]:>9.1f}{stats[name][1]:>9.1f}{max(latencies):>9.1f}"
              f"{len(latencies) / seconds:>9.0f}")
    empty, ours = stats["empty Bolt app"], stats["Rapport"]
    print(f"{'ratio':<16}{ours[0] / empty[0]:>8.2f}x{ours[1] / empty[1]:>8.2f}x")
    done, seconds = results["Rapport"][2]
    print(f"reports posted after the acks: {done}/{args.requests}, all work done "
          f"{seconds:.1f} s after the first request")
    if violations:
        print(f"Slack limits broken: {len(violations)}, e.g. {violations[0]}")
    verdict = "met" if ours[1] < TARGET_P99_MS else "NOT met"
    print(f"target p99 < {TARGET_P99_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
