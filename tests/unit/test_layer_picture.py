"""The picture of the layers in docs/architecture.md is the one the code's imports give."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def picture_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "layer_picture", ROOT / "build" / "layer_picture.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_picture_matches_the_imports() -> None:
    """If this fails, the layering changed: run `make layers-picture` and commit both files."""
    script = picture_script()
    committed = (ROOT / "docs" / "layers.dot").read_text(encoding="utf-8")
    assert script.dot_source(script.layer_edges()) == committed
    assert (ROOT / "docs" / "layers.svg").is_file()


def test_the_picture_sees_an_import(tmp_path: Path) -> None:
    """The walk finds a new arrow (and leaves imports of domain/ out), so the test above
    can fail."""
    script = picture_script()
    package = tmp_path / "kuhina_desktop"
    (package / "store").mkdir(parents=True)
    (package / "ui" / "widgets").mkdir(parents=True)
    (package / "store" / "x.py").write_text("import kuhina_desktop.domain.model\n")
    (package / "ui" / "widgets" / "y.py").write_text("from kuhina_desktop.store import x\n")
    assert script.layer_edges(package) == {("ui/widgets", "store")}
