""" "Try with demo data": a demo organisation workspace made from the demo content generator.

The demo lives in its own folder (`paths.data_dir()/demo`), apart from real work; opening the
demo again reuses it.
"""

from __future__ import annotations

from pathlib import Path

from kuhina_desktop import paths
from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.progress import Progress
from kuhina_desktop.services.org_workspace import OrgWorkspace

DEMO_SEED = 2026
DEMO_OPPORTUNITIES = 14


def demo_folder() -> Path:
    return paths.data_dir() / "demo"


def create_demo_workspace(
    progress: Progress | None = None, folder: Path | None = None, seed: int = DEMO_SEED
) -> Path:
    """Make (or reuse) the demo workspace and return its folder. Runs off the UI thread."""
    folder = folder or demo_folder()
    if (folder / "workspace.json").is_file():
        return folder
    if progress:
        progress.start(3)
    demo = generate_demo(1, DEMO_OPPORTUNITIES, seed)[0]
    if progress:
        progress.step()
    snapshot = demo.snapshot
    workspace = OrgWorkspace.create(
        folder, snapshot.organisation.name.fi, organisation=snapshot.organisation
    )
    try:
        if progress:
            progress.step()
        workspace.load(snapshot, demo.attachments)
    finally:
        workspace.close()
    if progress:
        progress.step()
    return folder
