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

A second one, for time: PySide6's import hook asks of every module imported after PySide6
whether its source mentions "PySide6" (`shibokensupport.feature._mod_uses_pyside`, for its
`__feature__` switches, which this program does not use), through `inspect.getsource`,
which tokenises the file. For the several hundred modules of SQLAlchemy and the workspace
that is a noticeable part of opening one (about a sixth of importing the catalogue's
workspace, measured). `_read_sources_plainly` asks the same question of the file's bytes;
a module without a `.py` file (built in, or in the frozen bundle) still goes the hook's way.
The test above also holds the two answers equal.
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


def _read_sources_plainly() -> None:
    import PySide6.QtCore  # noqa: F401  (loads the hook)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_plainly", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.reads_plainly = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_keep_singletons_alive()
_read_sources_plainly()
