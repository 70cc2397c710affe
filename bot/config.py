"""Settings from the environment (and a .env file), shared by every surface."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.db_url import sqlite_path

DEFAULT_DATABASE_URL = "sqlite:///rapport.db"
# An empty database that lives only as long as the process: what a read sees on a fresh
# install, so that looking creates no file.
IN_MEMORY = "sqlite://"
POLICY_FILE = "rapport.toml"


class CoreSettings(BaseSettings):
    """What the core needs: where the database is and which policy file to read."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")
    database_url: str = DEFAULT_DATABASE_URL
    rapport_policy: str | None = None


def resolve_database_url(url: str, policy_file: Path | None) -> str:
    """The URL to use: as given, except that the default SQLite file sits beside the team's
    policy file (found in a parent folder, as git finds its own), else in the working folder."""
    if url != DEFAULT_DATABASE_URL or policy_file is None:
        return url
    return f"sqlite:///{policy_file.absolute().parent / 'rapport.db'}"


def database_exists(url: str) -> bool:
    """Whether the database is there already (a server database always counts as there)."""
    path = sqlite_path(url)
    return path is None or path.exists()


def find_policy_file(start: Path | None = None) -> Path | None:
    """The rapport.toml in the working folder or the nearest parent holding one (as git does)."""
    here = (start or Path.cwd()).absolute()
    for folder in (here, *here.parents):
        candidate = folder / POLICY_FILE
        if candidate.is_file():
            return candidate
    return None


def policy_path(path: str | os.PathLike | None = None) -> Path | None:
    """The policy file in use: the one given, $RAPPORT_POLICY, or the nearest rapport.toml."""
    chosen = path or os.environ.get("RAPPORT_POLICY")
    return Path(chosen) if chosen else find_policy_file()


def in_use(given_url: str | None = None) -> tuple[str, Path | None]:
    """The database and the policy file in use: `given_url`, else $DATABASE_URL, else the
    default SQLite file beside the team's policy file; and that policy file, if any."""
    settings = CoreSettings()
    policy_file = policy_path(settings.rapport_policy)
    return resolve_database_url(given_url or settings.database_url, policy_file), policy_file


def database_url_in_use(given: str | None = None) -> str:
    """The database in use (see in_use)."""
    return in_use(given)[0]
