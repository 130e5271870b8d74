"""The catalogue's own signing key: the coordinator signs receipts with it.

`catalogue init` makes an Ed25519 key pair in the workspace folder (`keys/catalogue_key`
and `keys/catalogue_key.pub`), stored as the associations' keys are: an OpenSSH private key
file, encrypted with the bcrypt KDF when a passphrase is set, readable only by its user.
Associations pin its public key on their first receipt (confirmed by its fingerprint, read
over the phone), so the key is shown as `SHA256:...` and as the `ssh-ed25519 AAAA...` line.

Rotation works as for associations (`services/key_rotation.py`): the previous key signs
the new public key line (namespace `kuhina-key-rotation-v1`) and every receipt signed by
the new key carries that signature, so an association that pinned the previous key moves
to the new one without asking. The previous private key is kept under `keys/retired/`;
the rotation records live in `keys/catalogue_key.rotations.json`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kuhina_desktop.atomic_write import private_folder, write_file_atomic
from kuhina_desktop.errors import KnownError
from kuhina_desktop.packages import keys
from kuhina_desktop.packages.manifest import sign_rotation, utc_timestamp
from kuhina_desktop.packages.verified import KeyRotation

KEY_FILE = "keys/catalogue_key"
ROTATIONS_FILE = "keys/catalogue_key.rotations.json"
RETIRED_FOLDER = "keys/retired"


@dataclass(frozen=True)
class CatalogueKey:
    public_key: str  # ssh-ed25519 AAAA...
    fingerprint: str  # SHA256:...
    encrypted: bool
    rotation: KeyRotation | None


def key_file(folder: Path) -> Path:
    return Path(folder) / KEY_FILE


def has_key(folder: Path) -> bool:
    return key_file(folder).is_file()


def needs_passphrase(folder: Path) -> bool:
    """Whether the catalogue's key is encrypted (so a passphrase must be asked)."""
    return has_key(folder) and keys.private_key_is_encrypted(key_file(folder))


def create_key(folder: Path, passphrase: str | None = None) -> CatalogueKey:
    """A new key pair for a catalogue workspace that has none."""
    path = key_file(folder)
    if path.exists():
        raise KnownError("catalogue_key_exists", path=str(path))
    private_folder(path.parent)
    keys.save_private_key(keys.generate_key(), path, passphrase or None, comment="kuhina-catalogue")
    return describe(folder)


def public_key_line(folder: Path) -> str:
    """The catalogue's public key line; KnownError(catalogue_key_missing) without a key."""
    path = keys.public_file_path(key_file(folder))
    if not key_file(folder).is_file() or not path.is_file():
        raise KnownError("catalogue_key_missing", path=str(Path(folder)))
    return keys.public_key_line(keys.parse_public_key_line(path.read_text(encoding="utf-8")))


def rotations(folder: Path) -> list[dict[str, Any]]:
    path = Path(folder) / ROTATIONS_FILE
    if not path.is_file():
        return []
    stored = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in stored if isinstance(r, dict)] if isinstance(stored, list) else []


def current_rotation(folder: Path) -> KeyRotation | None:
    """The rotation that vouches for the current key, if the key was rotated."""
    current = public_key_line(folder)
    for record in reversed(rotations(folder)):
        if record.get("public_key") == current:
            return KeyRotation(str(record["previous_public_key"]), str(record["signature"]))
    return None


def describe(folder: Path) -> CatalogueKey:
    line = public_key_line(folder)
    return CatalogueKey(
        public_key=line,
        fingerprint=keys.fingerprint(line),
        encrypted=keys.private_key_is_encrypted(key_file(folder)),
        rotation=current_rotation(folder),
    )


def load_private_key(folder: Path, passphrase: str | None) -> Ed25519PrivateKey:
    """The private key (KeyPassphraseError when `passphrase` does not open it)."""
    public_key_line(folder)  # a clear message when there is no key
    return keys.load_private_key(key_file(folder), passphrase)


def rotate_key(
    folder: Path, passphrase_old: str | None, passphrase_new: str | None
) -> tuple[str, str]:
    """Replace the catalogue's key by a new one the old key vouches for; (old, new)
    fingerprints. The order makes a crash harmless, as for an association's rotation."""
    folder = Path(folder)
    path = key_file(folder)
    old_key = load_private_key(folder, passphrase_old)
    previous_line = keys.public_key_line(old_key)
    new_key = keys.generate_key()
    new_line = keys.public_key_line(new_key)
    rotation = sign_rotation(new_line, old_key)
    stamp = datetime.now(UTC)
    retired_dir = folder / RETIRED_FOLDER
    private_folder(retired_dir)
    retired = retired_dir / f"catalogue_key-{stamp.strftime('%Y%m%dT%H%M%S%fZ')}"
    keys.write_new_key_file(retired, path.read_bytes())
    keys.write_new_key_file(
        keys.public_file_path(retired), keys.public_file_path(path).read_bytes()
    )
    record = {
        "public_key": new_line,
        "previous_public_key": rotation.previous_public_key,
        "signature": rotation.signature,
        "rotated_at": utc_timestamp(stamp),
    }
    text = json.dumps([*rotations(folder), record], indent=2) + "\n"
    write_file_atomic(folder / ROTATIONS_FILE, text.encode("utf-8"))
    keys.save_private_key(new_key, path, passphrase_new or None, comment="kuhina-catalogue")
    return keys.fingerprint(previous_line), keys.fingerprint(new_line)
