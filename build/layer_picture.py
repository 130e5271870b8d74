"""The picture of the layers in docs/architecture.md, drawn from the code's own imports.

    .venv/bin/python build/layer_picture.py      (or `make layers-picture`)

writes `docs/layers.dot` (which layer and which room of `ui/` imports which) and, when
Graphviz's `dot` is installed, `docs/layers.svg` from it. An arrow A -> B means some module
of A imports a module of B. A dashed arrow from `ui/` or `cli/` to a core layer other than
`services/`, `domain/` and `demo/` carries only the value types that
`tests/unit/test_layers.py` lists (VALUE_TYPES). The modules at the package's top level
(errors, messages, resources, paths, progress, atomic_write), which every layer may use,
are left out of the picture, and so are the arrows to `domain/`, which every layer may
import (drawn, they hide the rest). `tests/unit/test_layer_picture.py` fails when the
code's imports no longer give the committed `docs/layers.dot`.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kuhina_desktop"
DOT_FILE = ROOT / "docs" / "layers.dot"
SVG_FILE = ROOT / "docs" / "layers.svg"
LAYERS = ("ui", "cli", "services", "catalogue", "exports", "packages", "store", "demo", "domain")
UI_ROOMS = ("association", "coordinator", "widgets")
FRONTS = ("ui", "cli")
FRONT_ALLOWED = ("services", "domain", "demo")
# Rows of the drawing below ui/ and cli/, top to bottom.
RANKS = (
    ("services",),
    ("catalogue", "exports", "demo"),
    ("packages", "store"),
)
LABELS = {
    "ui": "ui/\\n(app, roles, start-up)",
    "ui/association": "ui/association/\\nthe association's window",
    "ui/coordinator": "ui/coordinator/\\nthe coordinator's window",
    "ui/widgets": "ui/widgets/\\nshared by both windows",
    "cli": "cli/\\nthe command line",
    "services": "services/\\noperations of windows and command line",
    "catalogue": "catalogue/\\ntrust, diff, review, merge, published view",
    "exports": "exports/\\nExcel, open data, web catalogue",
    "demo": "demo/\\ndemo records",
    "packages": "packages/\\nkeys, signatures, .kuhina and receipts",
    "store": "store/\\nSQLAlchemy tables, migrations",
    "domain": "domain/\\nrecords, code lists, validation",
}


def node_of(module: str) -> str | None:
    """The node of the picture `module` (a dotted name) belongs to; None for the shared
    top-level modules and for other packages."""
    parts = module.split(".")
    if parts[0] != "kuhina_desktop" or len(parts) < 2 or parts[1] not in LAYERS:
        return None
    if parts[1] == "ui" and len(parts) > 2 and parts[2] in UI_ROOMS:
        return f"ui/{parts[2]}"
    return parts[1]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def layer_edges(package: Path = PACKAGE) -> set[tuple[str, str]]:
    """(from, to) for every pair of nodes where a module of one imports one of the other,
    but for imports of domain/."""
    edges: set[tuple[str, str]] = set()
    for path in sorted(package.rglob("*.py")):
        module = ".".join(("kuhina_desktop", *path.relative_to(package).with_suffix("").parts))
        source = node_of(module)
        if source is None:
            continue
        for name in _imports(path):
            target = node_of(name)
            if target is not None and target not in (source, "domain"):
                edges.add((source, target))
    return edges


def _dashed(source: str, target: str) -> bool:
    front = source.split("/")[0] in FRONTS
    return front and target.split("/")[0] not in (*FRONTS, *FRONT_ALLOWED)


def dot_source(edges: set[tuple[str, str]]) -> str:
    lines = [
        "// Written by build/layer_picture.py from the imports of kuhina_desktop/; do not edit.",
        "digraph layers {",
        '  graph [rankdir=TB, nodesep=0.35, ranksep=0.55, fontname="Helvetica", fontsize=10,'
        ' labelloc=b, label="A -> B: a module of A imports one of B. Dashed: value types only'
        ' (tests/unit/test_layers.py). Every layer may also import domain/ (not drawn)."];',
        '  node [shape=box, style="rounded,filled", fillcolor="#eef3f8", color="#4a6a8a",'
        ' fontname="Helvetica", fontsize=11];',
        '  edge [color="#4a6a8a", arrowsize=0.7];',
        '  subgraph cluster_ui { label="ui/ (the only package that imports Qt)";'
        ' fontname="Helvetica"; fontsize=11; color="#9ab0c6"; style=dashed;',
        '    { rank=same; "ui/association"; "ui"; "ui/coordinator"; }',
        '    "ui/widgets"; }',
    ]
    for name, label in LABELS.items():
        lines.append(f'  "{name}" [label="{label}"];')
    for rank in RANKS:
        lines.append("  { rank=same; " + " ".join(f'"{name}";' for name in rank) + " }")
    lines.append('  { rank=max; "domain"; }')
    lines += [f'  "{name}" -> "domain" [style=invis];' for name in ("packages", "store", "demo")]
    for source, target in sorted(edges):
        style = ' [style=dashed, color="#9a9a9a"]' if _dashed(source, target) else ""
        lines.append(f'  "{source}" -> "{target}"{style};')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    DOT_FILE.write_text(dot_source(layer_edges()), encoding="utf-8")
    print(f"wrote {DOT_FILE.relative_to(ROOT)}")
    dot = shutil.which("dot")
    if dot is None:
        print("Graphviz's dot is not installed: docs/layers.svg is not redrawn", file=sys.stderr)
        return 1
    subprocess.run([dot, "-Tsvg", str(DOT_FILE), "-o", str(SVG_FILE)], check=True)
    print(f"wrote {SVG_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
