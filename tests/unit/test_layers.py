"""The layers of docs/architecture.md hold: only ui/ imports Qt; domain/ imports no
SQLAlchemy; each core layer imports only the ones below it; the windows (ui/) and the
command line (cli/) reach the core through services/; no module imports itself round a
circle.

Imports are read from the source (every import, also those inside functions and under
TYPE_CHECKING), so a lazy import cannot hide a breach.
"""

from __future__ import annotations

import ast
from pathlib import Path

import kuhina_desktop

PACKAGE = Path(kuhina_desktop.__file__).parent
ROOT = "kuhina_desktop"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def imported_names(path: Path) -> set[tuple[str, str | None]]:
    """(module, name) for each `from module import name`; (module, None) for `import module`.
    `from kuhina_desktop import store` counts as the module `kuhina_desktop.store`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[tuple[str, str | None]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update((alias.name, None) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                if node.module == ROOT:
                    found.add((f"{ROOT}.{alias.name}", None))
                else:
                    found.add((node.module, alias.name))
    return found


def relative_imports(package: Path) -> list[str]:
    return sorted(
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if any(
            isinstance(node, ast.ImportFrom) and node.level > 0
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        )
    )


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


def test_every_import_is_absolute() -> None:
    """The walks below read absolute imports only; a relative one would slip past them."""
    assert relative_imports(PACKAGE) == []


def test_the_checker_sees_a_breach(tmp_path: Path) -> None:
    """The walk really finds imports, so the two tests above can fail."""
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert imported_modules(sample) == {"PySide6.QtCore", "sqlalchemy.orm"}


# Which core layer may import which (besides domain and the shared modules at the
# package's top level: errors, messages, resources, paths, progress, atomic_write).
ALLOWED = {
    "domain": set(),
    "store": {"domain"},
    "packages": {"domain"},
    "catalogue": {"domain", "packages"},
    "exports": {"domain", "catalogue"},
    "demo": {"domain"},  # the demo generator builds domain records and nothing else
    "services": {"domain", "store", "packages", "catalogue", "exports", "services"},
}
LAYERS = {"domain", "store", "packages", "catalogue", "exports", "demo", "services", "ui", "cli"}
FRONTS = ("ui", "cli")  # the windows and the command line
# Besides services/, a front may import domain/ (the records themselves, their checks and
# code lists, which every layer shares) and demo/ (records made up for trying the program,
# which a front hands to a service to store; it reads and writes nothing itself).
FRONT_ALLOWED = {"services", "domain", "demo"}

# What a window or a command may take from the rest of the core besides FRONT_ALLOWED:
# values the services hand out or take back, which the front only holds, shows or passes on.
VALUE_TYPES: dict[tuple[str, str], str] = {
    ("kuhina_desktop.catalogue.review", "ReviewFile"): (
        "the decisions a review dialog or a --review-file hands to an import"
    ),
    ("kuhina_desktop.catalogue.review", "PackageReview"): (
        "one package's review, shown change by change and filled in"
    ),
    ("kuhina_desktop.catalogue.review", "ReviewedChange"): "one change of a review, shown",
    ("kuhina_desktop.catalogue.review", "ACCEPT"): "the decision a change is given",
    ("kuhina_desktop.catalogue.review", "REJECT"): "the decision a change is given",
    ("kuhina_desktop.catalogue.diff", "CurrentRecords"): (
        "what CatalogueWorkspace.records_of returns, shown by the catalogue page"
    ),
    ("kuhina_desktop.catalogue.diff", "ORGANISATION"): (
        "the record type that marks the organisation's own record in a diff"
    ),
    ("kuhina_desktop.catalogue.status", "OrganisationStatus"): (
        "what CatalogueWorkspace.status returns, one row of the organisations view"
    ),
    ("kuhina_desktop.packages.verified", "VerifiedPackage"): (
        "the package the inbox keeps after verifying it once and hands back to import"
    ),
    ("kuhina_desktop.packages.errors", "KeyPassphraseError"): (
        "the error the send dialog catches to ask for the passphrase again"
    ),
}


def _target(module: str) -> str | None:
    """The layer `module` belongs to, or None when it is outside the layers (a shared
    top-level module of the package, or another package)."""
    parts = module.split(".")
    if parts[0] != ROOT or len(parts) < 2 or parts[1] not in LAYERS:
        return None
    return parts[1]


def layer_breaches(package: Path = PACKAGE) -> list[str]:
    breaches = []
    for layer, allowed in ALLOWED.items():
        for path in (package / layer).rglob("*.py"):
            for name in imported_modules(path):
                target = _target(name)
                if target is not None and target != layer and target not in allowed:
                    breaches.append(f"{path.relative_to(package)} imports {name}")
    return sorted(breaches)


def front_breaches(package: Path = PACKAGE) -> list[str]:
    """Imports of ui/ and cli/ that pass services/ by."""
    breaches = []
    for layer in FRONTS:
        for path in (package / layer).rglob("*.py"):
            for module, name in imported_names(path):
                target = _target(module)
                if target is None or target == layer or target in FRONT_ALLOWED:
                    continue
                if (layer, path.name, target) == ("cli", "gui_launcher.py", "ui"):
                    continue  # `kuhina` without a command starts the windows
                if name is not None and (module, name) in VALUE_TYPES:
                    continue
                what = module if name is None else f"{module}.{name}"
                breaches.append(f"{path.relative_to(package).as_posix()} imports {what}")
    return sorted(breaches)


def import_circles(package: Path = PACKAGE) -> list[list[str]]:
    """The groups of modules that import each other round a circle (Tarjan's strongly
    connected components over every import between the package's modules)."""
    modules: dict[str, Path] = {}
    for path in package.rglob("*.py"):
        name = ".".join((ROOT, *path.relative_to(package).with_suffix("").parts))
        modules[name.removesuffix(".__init__")] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = {
            f"{module}.{item}" if item and f"{module}.{item}" in modules else module
            for module, item in imported_names(path)
        }
        graph[name] = {t for t in targets if t in modules and not name.startswith(t + ".")}
        graph[name].discard(name)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(circles)


def test_layers_import_only_downwards() -> None:
    assert layer_breaches() == []


def test_windows_and_command_line_reach_the_core_through_services() -> None:
    assert front_breaches() == []


def test_no_import_circle() -> None:
    assert import_circles() == []


def test_every_listed_value_type_is_used() -> None:
    """An exception nobody needs any more is struck off the list, so it stays short."""
    used = {
        (module, name)
        for layer in FRONTS
        for path in (PACKAGE / layer).rglob("*.py")
        for module, name in imported_names(path)
        if name is not None
    }
    assert sorted(set(VALUE_TYPES) - used) == []


def _tree(root: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_checks_fail_on_a_deliberate_breach(tmp_path: Path) -> None:
    """A window that imports store/ and packages/, a command that imports exports/, a core
    layer that imports upwards and two modules that import each other are all reported;
    a listed value type and a service are not."""
    package = _tree(
        tmp_path / ROOT,
        {
            "__init__.py": "",
            "ui/window.py": (
                "from kuhina_desktop.store.catalogue_store import CatalogueStore\n"
                "from kuhina_desktop.packages import keys\n"
                "import kuhina_desktop.catalogue.trust\n"
                "from kuhina_desktop.catalogue.review import ReviewFile, review_for\n"
                "from kuhina_desktop.services.outputs import publish_site\n"
                "from kuhina_desktop import errors\n"
            ),
            "ui/page.py": (
                "def later():\n"
                "    from kuhina_desktop import store\n"
                "    from kuhina_desktop.ui import window\n"
            ),
            "cli/excel.py": "from kuhina_desktop.exports.excel import write_excel\n",
            "cli/a.py": "from kuhina_desktop.cli import b\n",
            "cli/b.py": "def f():\n    from kuhina_desktop.cli.a import g\n",
            "store/tables.py": "from kuhina_desktop.services.outputs import publish_site\n",
            "services/outputs.py": "from kuhina_desktop.exports import site\n",
        },
    )
    assert front_breaches(package) == [
        "cli/excel.py imports kuhina_desktop.exports.excel.write_excel",
        "ui/page.py imports kuhina_desktop.store",
        "ui/window.py imports kuhina_desktop.catalogue.review.review_for",
        "ui/window.py imports kuhina_desktop.catalogue.trust",
        "ui/window.py imports kuhina_desktop.packages.keys",
        "ui/window.py imports kuhina_desktop.store.catalogue_store.CatalogueStore",
    ]
    assert layer_breaches(package) == ["store/tables.py imports kuhina_desktop.services.outputs"]
    assert import_circles(package) == [["kuhina_desktop.cli.a", "kuhina_desktop.cli.b"]]
    (package / "ui" / "relative.py").write_text("from . import window\n", encoding="utf-8")
    assert relative_imports(package) == ["ui/relative.py"]
