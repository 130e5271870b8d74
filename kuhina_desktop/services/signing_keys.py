"""What the windows and the command line show of a signing key, so neither reads `packages/`.

A fingerprint is shown the way `ssh-keygen -l` prints it, so a coordinator and an
association can read it to each other over the phone and compare it with their own
`ssh-keygen`; what a person types back is normalised before it is compared.
"""

from __future__ import annotations

from kuhina_desktop.catalogue import trust
from kuhina_desktop.packages import keys


def fingerprint(public_line: str) -> str:
    """`SHA256:...` of an `ssh-ed25519 AAAA...` line."""
    return keys.fingerprint(public_line)


def fingerprint_display(public_line: str) -> str:
    """The line `ssh-keygen -l -f key.pub` prints: `256 SHA256:... comment (ED25519)`."""
    return keys.fingerprint_display(public_line)


def normalise_fingerprint(text: str) -> str:
    """`SHA256:...` from what a person pastes or types (prefix or not, spaces around)."""
    return trust.normalise_fingerprint(text)
