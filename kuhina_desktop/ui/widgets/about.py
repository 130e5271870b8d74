"""About Kuhina (version, licence) and the list of keyboard shortcuts."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from kuhina_desktop import __version__
from kuhina_desktop.ui import crash

translate = QCoreApplication.translate


def about_text(workspace_folder: Path | None) -> str:
    log_file = crash.log_file()
    parts = [
        f"<h2>Kuhina Desktop {html.escape(__version__)}</h2>",
        "<p>"
        + html.escape(
            translate(
                "About",
                "The regional catalogue of what North Karelia's associations offer job seekers: "
                "work trials, coaching, volunteering and more.",
            )
        )
        + "</p>",
        "<p>"
        + html.escape(
            translate("About", "Licence: European Union Public Licence (EUPL) version 1.2.")
        )
        + "</p>",
        "<p>"
        + html.escape(
            translate("About", "The program works offline: it never connects to the internet.")
        )
        + "</p>",
    ]
    if workspace_folder is not None:
        parts.append(
            "<p>"
            + html.escape(translate("About", "Workspace: %1").replace("%1", str(workspace_folder)))
            + "</p>"
        )
    if log_file is not None:
        parts.append(
            "<p>"
            + html.escape(translate("About", "Log file: %1").replace("%1", str(log_file)))
            + "</p>"
        )
    return "\n".join(parts)


def show_about(parent: QWidget, workspace_folder: Path | None) -> None:
    QMessageBox.about(parent, translate("About", "About Kuhina"), about_text(workspace_folder))


def shortcuts_text(actions: list[QAction]) -> str:
    rows = []
    for action in actions:
        name = action.text().replace("&", "").rstrip("…")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        rows.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(name)}</td></tr>")
    extra = [
        (
            translate("About", "Delete (in a list)"),
            translate("About", "Move the selected rows to the bin"),
        ),
        (translate("About", "Ctrl+Z (in a field)"), translate("About", "Undo typing in the field")),
        (translate("About", "Tab / Shift+Tab"), translate("About", "Next / previous field")),
        (translate("About", "Ctrl+Tab (in a text)"), translate("About", "Next language tab")),
        (
            translate("About", "Space (in a list of choices)"),
            translate("About", "Tick or untick the choice"),
        ),
    ]
    rows += [
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in extra
    ]
    return "<table cellpadding='4'>" + "".join(rows) + "</table>"


def show_shortcuts(parent: QWidget, actions: list[QAction]) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "Keyboard shortcuts"))
    box.setText(shortcuts_text(actions))
    box.exec()
