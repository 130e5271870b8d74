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

Start-up, also applied on import: once PySide6 is imported, its `__feature__` import hook
(the opt-in `from __feature__ import snake_case, true_property`) asks of every module
imported after it whether it "uses PySide", by reading the module's whole source file
(`inspect.getsource`) and looking for the word "PySide6": about 0.1 ms a module, some
15 ms of CPU before the association's window shows its rows (more for SQLAlchemy's large
files). The answer only sets which feature set a module's attribute look-ups switch to
(none, or "leave as is"), and nothing here selects a feature, so it changes nothing but
the time: `_cheaper_feature_check` answers from the module's name for this program's own
modules (only `kuhina_desktop.ui` imports Qt: `tests/unit/test_layers.py`) and from the
module's names otherwise, without reading any file.
"""

from __future__ import annotations

import sys
from types import ModuleType

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


def _uses_pyside(module: ModuleType) -> bool:
    """Whether `module` uses PySide6, as the hook's own check answers it for this program's
    modules, without reading the source: by its name for ours, and otherwise by whether a
    name in it comes from PySide6 or shiboken6."""
    name = getattr(module, "__name__", "")
    if name == "kuhina_desktop" or name.startswith("kuhina_desktop."):
        return name == "kuhina_desktop.ui" or name.startswith("kuhina_desktop.ui.")
    try:
        values = list(vars(module).values())
    except TypeError:
        return False
    for value in values:
        origin = value.__name__ if isinstance(value, ModuleType) else _module_of(value)
        if isinstance(origin, str) and origin.startswith(("PySide6", "shiboken6")):
            return True
    return False


def _module_of(value: object) -> object:
    try:
        return getattr(value, "__module__", None)
    except Exception:  # an object whose attributes raise: not PySide's
        return None


def _cheaper_feature_check() -> None:
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


_cheaper_feature_check()
