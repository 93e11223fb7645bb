"""Layers never import upwards: base < store < core < report < ui < cli.

Every import is read from the source (module level, inside functions and under
TYPE_CHECKING alike), so a lazy import cannot hide a wrong direction.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "jakres_desk"
ORDER = ["base", "store", "core", "report", "ui", "cli"]


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "jakres_desk" or len(parts) < 2 or parts[1] == "resources":
        return None
    return parts[1] if parts[1] in ORDER else None


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(package: Path) -> list[tuple[str, Path]]:
    out = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package.parent).with_suffix("")
        name = ".".join(rel.parts)
        if _layer(name) is not None:
            out.append((name, path))
    return out


def upward_imports(package: Path = PACKAGE) -> list[str]:
    """Every import of a higher layer, as 'module -> imported'."""
    wrong = []
    for name, path in _modules(package):
        own = ORDER.index(_layer(name) or "")
        for imported in sorted(_imports(path)):
            layer = _layer(imported)
            if layer is not None and ORDER.index(layer) > own:
                wrong.append(f"{name} -> {imported}")
    return wrong


def test_no_layer_imports_a_higher_one() -> None:
    assert upward_imports() == []


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    # The same reader on a made-up store module that imports core must object.
    fake = tmp_path / "jakres_desk" / "store"
    fake.mkdir(parents=True)
    (fake / "bad.py").write_text(
        "def f():\n    from jakres_desk.core.services import votes\n", encoding="utf-8"
    )
    assert upward_imports(tmp_path / "jakres_desk") == [
        "jakres_desk.store.bad -> jakres_desk.core.services"
    ]


def test_every_core_module_sits_in_a_job_package() -> None:
    # core/ keeps only a few shared modules at its top; the rest live by job.
    loose = sorted(p.stem for p in (PACKAGE / "core").glob("*.py") if p.stem != "__init__")
    assert loose == ["applog", "demo", "device", "operations", "records", "resources", "topics"]
