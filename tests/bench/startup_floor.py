"""The start-up floor: a bare PySide6 script showing an empty QMainWindow.

Prints the same probe marks as Kuhina Desktop (first paint, then idle) and quits.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from kuhina_desktop.ui import startup_probe

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1024, 700)
    window.show()
    startup_probe.install(app, window)
    sys.exit(app.exec())
