"""The core stays platform-neutral: nothing under bot/ imports Slack, Discord or adapters."""

import ast
from pathlib import Path

import pytest

FORBIDDEN = ("slack_bolt", "slack_sdk", "discord", "aiohttp", "adapters")
CORE = Path(__file__).resolve().parent.parent / "bot"


def imported_modules(path: Path) -> set[str]:
    """Top-level names of every module a file imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_imports_no_platform_code(path):
    assert not imported_modules(path) & set(FORBIDDEN)


def test_the_check_sees_a_forbidden_import(tmp_path):
    leak = tmp_path / "leak.py"
    leak.write_text("import os\nfrom slack_bolt import App\nimport discord.ext\n")
    assert imported_modules(leak) & set(FORBIDDEN) == {"slack_bolt", "discord"}


def test_no_module_shadows_a_library():
    root = CORE.parent
    for name in ("discord", "slack_bolt", "slack_sdk", "sqlalchemy", "alembic", "jinja2"):
        assert not (root / f"{name}.py").exists()
        assert not (root / "adapters" / f"{name}.py").exists()
