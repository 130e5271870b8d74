"""The program's known failures: each carries a message code and parameters.

A `KnownError` is something the user can act on (a locked workspace, a bad package, a wrong
passphrase, a full disk); the CLI and the windows translate its code with
`kuhina_desktop.messages.translate`. Anything else is a bug and reaches the crash handler.
"""

from __future__ import annotations

from typing import Any


class KnownError(Exception):
    """A failure with a translatable message code."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.code

    def message(self, language: str) -> str:
        from kuhina_desktop.messages import translate

        return translate(self.code, language, **self.params)


class WorkspaceError(KnownError):
    """The workspace folder cannot be used: missing, locked, of the other kind, too new."""


class ValidationFailed(KnownError):
    """Records have problems; `problems` lists them (domain.validation.Problem)."""

    def __init__(self, code: str, problems: list[Any], **params: Any) -> None:
        super().__init__(code, count=len(problems), **params)
        self.problems = problems
