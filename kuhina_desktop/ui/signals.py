"""Blocking a widget's signals while the program (not the user) changes its value.

Workaround: in PySide6 6.12 every `QSignalBlocker` decrements the reference count of `None`
when it is destroyed, so after a few thousand uses Python aborts with "deallocating None"
(Python 3.11's None is not immortal). `blockSignals` has no such leak; a test keeps
`QSignalBlocker` out of `ui/`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject


@contextmanager
def signals_blocked(*objects: QObject) -> Iterator[None]:
    previous = [obj.blockSignals(True) for obj in objects]
    try:
        yield
    finally:
        for obj, was_blocked in zip(objects, previous, strict=True):
            obj.blockSignals(was_blocked)
