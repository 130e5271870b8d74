"""What a window shows in words: every visible label, button, tab, heading, menu, list box
item, column title and placeholder, for the test that no English shows in Finnish or
Swedish; and a catch for modal dialogs the program opens with `exec()`.

English is told by words a Finnish or Swedish interface never uses (`ENGLISH`). Text the
user or the records wrote (names, file names) is not the interface's and is left out by
the caller, who passes it as `data`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QTextBrowser,
    QWidget,
)

# Common English words of an interface that are not Finnish or Swedish words.
ENGLISH = frozenset(
    """
    the and of to your you is are with this that these those for from into have has not
    choose select selected rows row file files folder folders look type name size date
    modified cancel open save new view detail back forward parent directory create computer
    recent places show hide details yes no close apply help settings edit quit about
    opportunity opportunities environment environments package packages draft drafts
    published publish problems fix send make making search find copy paste undo cut delete
    remove add picture pictures photo photos description key fingerprint passphrase backup
    restore workspace organization address street postal office municipality
    phone email website contact contacts hours opening day days week weekday monday tuesday
    wednesday thursday friday saturday sunday open closed paused kind title places starts
    ends duration cost review checked today required optional missing ready nothing first
    welcome language next finish what where when how who which there here please must will
    can
    """.split()  # noqa: SIM905 - a word list reads better as text
)
WORD = re.compile(r"[A-Za-z]+")
TAG = re.compile(r"<[^>]+>")
# A key's fingerprint is data: its random letters can spell "no" or "to".
FINGERPRINT = re.compile(r"SHA256:[A-Za-z0-9+/]{43}")


def english_words(text: str) -> list[str]:
    plain = FINGERPRINT.sub(" ", TAG.sub(" ", text)).replace("&", "")
    return [w for w in WORD.findall(plain) if w.lower() in ENGLISH]


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, no titles
        return []
    texts = []
    for section in range(columns):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            texts.append(value)
    return texts


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what `root` shows now."""
    found: list[tuple[str, str]] = [(type(root).__name__ + " title", root.windowTitle())]
    widgets: Iterable[QWidget] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((where + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(where + " item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTextBrowser):  # what the program wrote (a preview, a guide)
            found.append((where, widget.toPlainText()))
        elif isinstance(widget, QTabBar):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView):
            continue  # its view gives the titles
        elif isinstance(widget, QAbstractItemView):
            found += [(where + " column", t) for t in _model_texts(widget)]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            found.append(("menu", action.text()))
            menu = action.menu()
            if isinstance(menu, QMenu):
                found += [("menu item", a.text()) for a in menu.actions() if a.text()]
    return [(w, t) for w, t in found if t]


def menu_english(menu: QMenu, data: Iterable[str] = ()) -> list[str]:
    """What of a menu's items reads as English (Qt's own menus: a text box's right click)."""
    data = [d for d in data if d]
    hits = []
    for action in menu.actions():
        shown = action.text()
        for item in data:
            shown = shown.replace(item, " ")
        words = english_words(shown)
        if words:
            hits.append(f"menu item: {action.text()!r} ({', '.join(words)})")
    return hits


def english_in(root: QWidget, data: Iterable[str] = ()) -> list[str]:
    """What of `root`'s text reads as English, with where it is; `data` (texts the user or
    the records wrote) is left out."""
    data = [d for d in data if d]
    hits = []
    for where, text in widget_texts(root):
        shown = text
        for item in data:
            shown = shown.replace(item, " ")
        words = english_words(shown)
        if words:
            hits.append(f"{where}: {text!r} ({', '.join(words)})")
    return hits


def modal_english(trigger: Callable[[], object], data: Iterable[str] = ()) -> list[list[str]]:
    """Run `trigger`, which opens modal dialogs one after another; each is read when it
    shows and then closed. Returns the English of each, in order (an empty list each
    when there is none)."""
    results: list[list[str]] = []
    data = list(data)

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        results.append(english_in(dialog, data))
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(read)
    timer.start()
    try:
        trigger()
    finally:
        timer.stop()
    return results
