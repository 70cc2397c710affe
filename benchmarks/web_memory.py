"""How much memory the Slack web process holds, against an empty Bolt app on the same server.

Starts `rapport serve slack --workers 0` (the web process alone: its workers are processes of
their own; the database migrated first, as the Procfile's release step does) and an empty
Bolt app on the same server code, sends each the same signed
/review-pitch submissions, and prints each one's resident memory (VmRSS, Linux) after start
and after the requests, with the ratio and the target (DESIGN §8: under 70 MB). SQLite.

    .venv/bin/python benchmarks/web_memory.py [--requests 500]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from slack_ack import blast, server_env, serving, start_mock  # noqa: E402

TARGET_MB = 70.0


def resident_mb(pid: int) -> float:
    """A process's resident memory in MB, from /proc."""
    with open(f"/proc/{pid}/status") as status:
        kilobytes = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return kilobytes / 1024


def measure(argv: list[str], env: dict, requests: int, workdir: Path,
            response_url: str) -> tuple[float, float]:
    """One server: its memory once started, and after `requests` submissions."""
    with serving(argv, env, workdir) as server:
        started = resident_mb(server.pid)
        blast(server.port, requests, 8, response_url)
        return started, resident_mb(server.pid)


def main() -> None:
    """Print each server's memory, the ratio, and whether the target is met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    args = parser.parse_args()
    pipe, mock, base_url = start_mock()
    response_url = f"http://{urlsplit(base_url).netloc}/response/mem-"
    bench = str(Path(__file__).with_name("slack_ack.py"))
    try:
        with tempfile.TemporaryDirectory(prefix="web-memory-") as folder:
            workdir = Path(folder)
            env = server_env(base_url, f"sqlite:///{workdir}/rapport.db")
            rapport = str(Path(sys.executable).with_name("rapport"))
            # Migrated first, as the Procfile's release step does: the web process only
            # checks the schema.
            subprocess.run([rapport, "db", "upgrade"], env=env, check=True, capture_output=True)
            servers = {
                "empty Bolt app": [sys.executable, bench, "--serve-empty"],
                "Rapport web": [rapport, "serve", "slack", "--host", "127.0.0.1", "--workers", "0"],
            }
            results = {name: measure(argv, env, args.requests, workdir, response_url)
                       for name, argv in servers.items()}
    finally:
        pipe.send("stop")
        mock.join(timeout=10)
    print(f"Slack web process memory (VmRSS), {args.requests} signed /review-pitch submissions")
    print(f"{'':<16}{'started MB':>12}{'after MB':>10}")
    for name, (started, after) in results.items():
        print(f"{name:<16}{started:>12.1f}{after:>10.1f}")
    empty, ours = results["empty Bolt app"][1], results["Rapport web"][1]
    print(f"{'ratio':<16}{'':>12}{ours / empty:>9.2f}x")
    verdict = "met" if ours < TARGET_MB else "NOT met"
    print(f"target under {TARGET_MB:.0f} MB: {verdict}")


if __name__ == "__main__":
    main()
