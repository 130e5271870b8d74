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
