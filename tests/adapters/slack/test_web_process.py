"""The web process (`rapport serve slack`) loads only what answering needs: the listeners
write jobs, and the core, the ORM and the rules stay in the workers (DESIGN §8: under 70 MB,
measured by benchmarks/web_memory.py)."""

import json
import os
import subprocess
import sys

from .conftest import REVIEW, SECRET, TOKEN

# Runs the real CLI up to the point where uvicorn would start, then lists what is loaded.
SCRIPT = """
import json, sys
{preload}
import adapters.slack.server as server

def listed(app, port, host="", on_exit=None, answering=None):
    print(json.dumps(sorted(sys.modules)))

server.serve_http = listed
from adapters.cli.main import app
app(["serve", "slack", "--workers", "0", "--host", "127.0.0.1"], standalone_mode=False)
"""
# What the work needs and answering does not.
HEAVY = ("sqlalchemy.orm", "bot.service", "bot.models", "bot.rules", "bot.asks", "bot.engine",
         "bot.policy", "adapters.slack.surface", "adapters.slack.delivery", "rich", "alembic",
         "numpy")


def loaded_by_web_process(mock, database_url, tmp_path, preload: str = "") -> set[str]:
    """The modules a started web process holds (after `preload`, a statement run first)."""
    env = {**os.environ, "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET,
           "RAPPORT_REVIEW_CHANNEL": REVIEW, "DATABASE_URL": database_url,
           "SLACK_API_URL": mock.base_url}
    run = subprocess.run([sys.executable, "-c", SCRIPT.format(preload=preload)], env=env,
                         cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return set(json.loads(run.stdout.splitlines()[-1]))


def test_the_web_process_loads_no_core_orm_or_rules(mock, database_url, tmp_path):
    loaded = loaded_by_web_process(mock, database_url, tmp_path)
    assert "adapters.slack.acks.slash" in loaded  # it did build the app
    assert sorted(m for m in loaded if m.startswith(HEAVY)) == []


def test_the_check_above_sees_the_core_when_it_is_loaded(mock, database_url, tmp_path):
    loaded = loaded_by_web_process(mock, database_url, tmp_path,
                                   preload="import adapters.slack.app")
    assert {"sqlalchemy.orm", "bot.service", "bot.rules"} <= loaded
