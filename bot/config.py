"""Settings from the environment (and a .env file), shared by every surface."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///rapport.db"


class CoreSettings(BaseSettings):
    """What the core needs: where the database is and which policy file to read."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")
    database_url: str = DEFAULT_DATABASE_URL
    rapport_policy: str | None = None
