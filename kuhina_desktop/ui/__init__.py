"""The windows: the only package that imports Qt (PySide6).

Workaround, applied on import: PySide6 / shiboken6 6.12 return `None` from C++ methods that
return nothing (`setText`, `setData`, ...) without taking a reference to it. Python 3.12
and later never free None (it is immortal), but on Python 3.11 every such call lowers
None's reference count until Python aborts with "none_dealloc: deallocating None", after a
few thousand calls (about a minute of normal use). `_keep_none_alive` measures whether the
installed PySide6 leaks and, if it does, gives None a reference count that cannot run out,
which is what Python 3.12 does for every interpreter. `tests/gui/test_qt_workarounds.py`
checks the leak is neutralised.
"""

from __future__ import annotations

import sys

NONE_REFERENCE_RESERVE = 1 << 48


def _none_leaks_per_call() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 100


def _keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if _none_leaks_per_call():
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += NONE_REFERENCE_RESERVE


_keep_none_alive()
