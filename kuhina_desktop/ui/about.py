"""About Kuhina (version, licence) and the list of keyboard shortcuts."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from kuhina_desktop import __version__
from kuhina_desktop.ui import crash


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_text(workspace_folder: Path | None) -> str:
    log_file = crash.log_file()
    parts = [
        f"<h2>Kuhina Desktop {html.escape(__version__)}</h2>",
        "<p>"
        + html.escape(
            _tr(
                "The regional catalogue of what North Karelia's associations offer job seekers: "
                "work trials, coaching, volunteering and more."
            )
        )
        + "</p>",
        "<p>"
        + html.escape(_tr("Licence: European Union Public Licence (EUPL) version 1.2."))
        + "</p>",
        "<p>"
        + html.escape(_tr("The program works offline: it never connects to the internet."))
        + "</p>",
    ]
    if workspace_folder is not None:
        parts.append(
            "<p>" + html.escape(_tr("Workspace: %1").replace("%1", str(workspace_folder))) + "</p>"
        )
    if log_file is not None:
        parts.append("<p>" + html.escape(_tr("Log file: %1").replace("%1", str(log_file))) + "</p>")
    return "\n".join(parts)


def show_about(parent: QWidget, workspace_folder: Path | None) -> None:
    QMessageBox.about(parent, _tr("About Kuhina"), about_text(workspace_folder))


def shortcuts_text(actions: list[QAction]) -> str:
    rows = []
    for action in actions:
        name = action.text().replace("&", "").rstrip("…")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        rows.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(name)}</td></tr>")
    extra = [
        (_tr("Delete (in a list)"), _tr("Move the selected rows to the bin")),
        (_tr("Ctrl+Z (in a field)"), _tr("Undo typing in the field")),
        (_tr("Tab / Shift+Tab"), _tr("Next / previous field")),
        (_tr("Ctrl+Tab (in a text)"), _tr("Next language tab")),
        (_tr("Space (in a list of choices)"), _tr("Tick or untick the choice")),
    ]
    rows += [
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in extra
    ]
    return "<table cellpadding='4'>" + "".join(rows) + "</table>"


def show_shortcuts(parent: QWidget, actions: list[QAction]) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("Keyboard shortcuts"))
    box.setText(shortcuts_text(actions))
    box.exec()
