"""Import hygiene: no cycles between our modules, and no import hidden inside a function
unless a comment says why (a heavy surface loaded only when it is used)."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).parents[1]
PACKAGES = ("bot", "adapters")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    if node.level == 0:
        base = node.module or ""
    else:
        anchor = module.split(".") if is_package else module.split(".")[:-1]
        anchor = anchor[: len(anchor) - (node.level - 1)]
        base = ".".join(anchor + ([node.module] if node.module else []))
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def _top_level_imports(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    targets: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for sub in ast.walk(node) if isinstance(node, ast.If | ast.Try) else [node]:
            if isinstance(sub, ast.Import):
                targets.update(alias.name for alias in sub.names)
            elif isinstance(sub, ast.ImportFrom):
                targets.update(_resolve(module, path.name == "__init__.py", sub))
    return {t for t in targets if t in known and t != module}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles():
    """Our modules import each other in one direction only."""
    known = _modules()
    graph = {name: _top_level_imports(name, path, known) for name, path in known.items()}
    # A package's own __init__ importing its submodules is not a cycle back into it.
    for name in graph:
        graph[name] = {t for t in graph[name] if not t.startswith(name + ".")
                       or known[name].name != "__init__.py"}
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_cycles():
    """The check above can fail: a two-module and a three-module cycle are found."""
    graph = {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"e"}, "e": {"c"}, "f": {"a"}}
    assert sorted(_cycles(graph)) == [["a", "b"], ["c", "d", "e"]]


def _explained(lines: list[str], lineno: int) -> bool:
    """A comment on the import's line, or above the block of imports it belongs to."""
    if "#" in lines[lineno - 1]:
        return True
    for line in reversed(lines[: lineno - 1]):
        stripped = line.strip()
        if stripped.startswith("#"):
            return True
        if not stripped.startswith(("from ", "import ")) and stripped:
            return False
    return False


def test_imports_inside_functions_say_why():
    """An import inside a function carries a comment saying why it is loaded late."""
    unexplained = []
    for name, path in _modules().items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for sub in ast.walk(node):
                if isinstance(sub, ast.Import | ast.ImportFrom) and not _explained(
                        lines, sub.lineno):
                    unexplained.append(f"{name}:{sub.lineno}")
    assert unexplained == []


def test_no_verb_string_switch_outside_the_commands_module():
    """Adapters ask a Command what it is and match outcomes by type; only the commands'
    modules (bot/command_line.py parses, bot/commands.py runs) decide by the verb's name."""
    switch = re.compile(r"""\.verb\s*(?:==|!=|in\b)|\bverb\s*(?:==|!=)\s*["']""")
    offenders = [
        f"{name}:{number}"
        for name, path in _modules().items() if name not in ("bot.commands", "bot.command_line")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if switch.search(line)
    ]
    assert offenders == []
