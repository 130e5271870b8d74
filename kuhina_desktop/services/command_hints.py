"""Commands the program suggests, written so that they work when pasted: every value the
command needs (the workspace folder too), quoted where a shell or cmd.exe would split or
read it."""

from __future__ import annotations

_SPECIAL = set(" \t\"'&|;<>()$`^%!*?[]{}#~")


def shell_argument(value: str) -> str:
    """A value as it can be pasted into a shell or cmd.exe: double-quoted when it holds a
    space or a character either would read specially."""
    if value and not any(c in _SPECIAL for c in value):
        return value
    return '"' + value.replace('"', '\\"') + '"'


def trust_command(workspace: str, organisation_id: str, fingerprint: str) -> str:
    """`kuhina catalogue trust ...` confirming one organisation's key in one workspace."""
    return " ".join(
        [
            "kuhina catalogue trust --workspace",
            shell_argument(workspace),
            "--organisation",
            shell_argument(organisation_id),
            "--fingerprint",
            shell_argument(fingerprint),
        ]
    )
