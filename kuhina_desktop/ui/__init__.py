"""The windows: the only package that imports Qt (PySide6).

Workaround, applied on import: PySide6 / shiboken6 6.12 hand Python the singletons `None`,
`True` and `False` without taking a reference to them: the result of every C++ method that
returns nothing (`setText`, `setData`, ...), of `Signal.emit`, and a `bool` passed from a
signal to a slot. Python 3.12 and later never free these objects (they are immortal), but
on Python 3.11 every such call lowers their reference count until Python aborts with
"none_dealloc: deallocating None" or "bool_dealloc: deallocating True or False", after a
few thousand calls (a minute or two of normal use). `_keep_singletons_alive` measures
whether the installed PySide6 leaks and, if it does, gives the three a reference count that
cannot run out, which is what Python 3.12 does for every program.
`tests/gui/test_qt_workarounds.py` checks that the leak is neutralised.
"""

from __future__ import annotations

import sys

REFERENCE_RESERVE = 1 << 48
_PROBES = 200


def _leaks() -> bool:
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal(bool)

    probe = Probe()
    probe.ping.connect(lambda _flag: None)
    nones, trues = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
        probe.ping.emit(True)
    lost = max(nones - sys.getrefcount(None), trues - sys.getrefcount(True))
    return lost > _PROBES // 2


def _keep_singletons_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if _leaks():
        import ctypes

        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += REFERENCE_RESERVE


_keep_singletons_alive()
