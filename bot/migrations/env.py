"""Alembic environment: migrations run on the engine the caller hands over."""

from alembic import context
from sqlalchemy import engine_from_config, pool

from bot.db import ours
from bot.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    """Run migrations online, on the given engine or one built from sqlalchemy.url."""
    engine = config.attributes.get("engine") or engine_from_config(
        config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            include_name=ours,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
