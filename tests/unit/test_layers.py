"""The layers of DESIGN section 2 hold: only ui/ imports Qt; domain/ imports no SQLAlchemy."""

from __future__ import annotations

import ast
from pathlib import Path

import kuhina_desktop

PACKAGE = Path(kuhina_desktop.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules_importing(prefixes: tuple[str, ...], *, outside: str | None = None) -> list[str]:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if outside and relative.startswith(outside):
            continue
        if any(name.split(".")[0] in prefixes for name in imported_modules(path)):
            offenders.append(relative)
    return sorted(offenders)


def test_only_ui_imports_qt() -> None:
    assert modules_importing(("PySide6", "shiboken6"), outside="ui/") == []


def test_domain_imports_no_database_or_qt() -> None:
    domain = [
        p.relative_to(PACKAGE).as_posix()
        for p in (PACKAGE / "domain").rglob("*.py")
        if imported_modules(p) & {"sqlalchemy", "alembic", "PySide6"}
        or any(n.startswith(("sqlalchemy.", "PySide6.")) for n in imported_modules(p))
    ]
    assert domain == []


def test_the_checker_sees_a_breach(tmp_path: Path) -> None:
    """The walk really finds imports, so the two tests above can fail."""
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert imported_modules(sample) == {"PySide6.QtCore", "sqlalchemy.orm"}


# DESIGN section 2: which layer may import which (besides domain and the shared modules at
# the package's top level: errors, messages, resources, paths, progress, atomic_write).
ALLOWED = {
    "domain": set(),
    "store": {"domain"},
    "packages": {"domain"},
    "catalogue": {"domain", "packages"},
    "exports": {"domain", "catalogue"},
    "demo": {"domain"},  # the demo generator builds domain records and nothing else
    "services": {"domain", "store", "packages", "catalogue", "exports", "services"},
    "cli": {"domain", "services", "packages", "catalogue", "exports", "store", "cli", "demo"},
}
LAYERS = {"domain", "store", "packages", "catalogue", "exports", "demo", "services", "ui", "cli"}


def layer_breaches() -> list[str]:
    breaches = []
    for layer, allowed in ALLOWED.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in imported_modules(path):
                parts = name.split(".")
                if parts[0] != "kuhina_desktop" or len(parts) < 2 or parts[1] not in LAYERS:
                    continue
                if path.name == "gui_launcher.py" and parts[1] == "ui":
                    continue  # `kuhina` without a command starts the windows
                if parts[1] != layer and parts[1] not in allowed:
                    breaches.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return sorted(breaches)


def test_layers_import_only_downwards() -> None:
    assert layer_breaches() == []
