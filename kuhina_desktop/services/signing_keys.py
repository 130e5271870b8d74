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


def spoken_fingerprint(fingerprint_text: str) -> str:
    """The same SHA-256 as six groups of five digits, to read aloud (ValueError for a text
    that is not a SHA-256 fingerprint); see docs/package-format.md."""
    return keys.spoken_fingerprint(fingerprint_text)


def normalise_spoken(text: str) -> str:
    """The digits of a spoken fingerprint as typed while listening, grouped as shown."""
    return keys.normalise_spoken(text)
