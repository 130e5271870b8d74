"""Start the Qt application; the import of Qt happens only here, on demand."""

from __future__ import annotations

import argparse
import importlib.util

from kuhina_desktop.cli.console import Console


def launch(args: argparse.Namespace, console: Console) -> int:
    if importlib.util.find_spec("kuhina_desktop.ui.app") is None:
        console.info("gui_not_available")
        return 0
    from kuhina_desktop.ui.app import run_gui

    return run_gui(
        workspace=args.workspace,
        language=args.language,
        smoke=args.smoke,
        open_file=getattr(args, "open_file", None),
    )
