"""The language the program starts in when the user has not chosen one."""

from __future__ import annotations

import pytest

from kuhina_desktop import messages


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "fi_FI.UTF-8"}, "fi"),
        ({"LANG": "sv_FI.UTF-8"}, "sv"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "fi"),  # no preference stated: Finnish first
        ({"LANG": "POSIX"}, "fi"),
        ({"LANG": "de_DE.UTF-8"}, "fi"),
        ({"LANG": "fi_FI.UTF-8", "LC_MESSAGES": "sv_SE.UTF-8"}, "sv"),
        ({"LANG": "sv_FI.UTF-8", "KUHINA_LANGUAGE": "en"}, "en"),
    ],
)
def test_language_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for name in ("KUHINA_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert messages.system_language() == expected


@pytest.mark.parametrize(
    ("windows_name", "expected"),
    [("Swedish_Finland", "sv"), ("Finnish_Finland", "fi"), ("English_United Kingdom", "en")],
)
def test_language_from_a_windows_locale(
    monkeypatch: pytest.MonkeyPatch, windows_name: str, expected: str
) -> None:
    for name in ("KUHINA_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(messages.locale, "getlocale", lambda: (windows_name, "1252"))
    assert messages.system_language() == expected
