"""Where the command line takes passphrases from: `--passphrase-env VAR` (the name of an
environment variable, so a passphrase never shows in a process list or a shell history),
or getpass when stdin is a terminal. They are never printed or logged.
"""

from __future__ import annotations

import getpass
import os
import sys

from kuhina_desktop.cli.console import Console
from kuhina_desktop.errors import KnownError
from kuhina_desktop.services.org_workspace import OrgWorkspace


def passphrase_from_env(var: str | None) -> str | None:
    """The passphrase held in environment variable `var` (never logged or printed)."""
    if not var:
        return None
    value = os.environ.get(var)
    if value is None:
        raise KnownError("passphrase_env_missing", var=var)
    return value


def ask_passphrase(console: Console, prompt: str, *, confirm: bool = False) -> str | None:
    """A passphrase typed at the terminal, or None when stdin is not a terminal."""
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(console.t(prompt) + " ")
    if confirm and getpass.getpass(console.t("passphrase_repeat_prompt") + " ") != first:
        raise KnownError("passphrases_differ")
    return first


def key_passphrase(ws: OrgWorkspace, var: str | None, console: Console) -> str | None:
    """The signing key's passphrase: from `var`, asked when the key needs one, or None."""
    if var:
        return passphrase_from_env(var)
    if ws.key_needs_passphrase():
        return ask_passphrase(console, "key_passphrase_prompt")
    return None
