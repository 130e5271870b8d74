"""Key rotation for an organisation workspace (docs/catalogue.md, "The association's key").

`rotate_key` makes a new Ed25519 key pair; the previous key signs the new public key line
(namespace `kuhina-key-rotation-v1`), and every package signed by the new key carries that
signature as `key_rotation`, so the coordinator accepts the new key without asking. The
previous private key file is kept, unchanged (still encrypted if it was), under
`keys/retired/`, since a lost old key cannot be recovered.

The order of the steps makes a crash harmless: the old key is archived first, then the
rotation record is stored (it names the new public key, so it counts only once that key is
the workspace's key), and last the new key replaces the old one by a rename.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kuhina_desktop.atomic_write import private_folder
from kuhina_desktop.packages import keys
from kuhina_desktop.packages.manifest import sign_rotation, utc_timestamp
from kuhina_desktop.packages.verified import KeyRotation
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace

ROTATIONS_SETTING = "key_rotations"
RETIRED_FOLDER = "keys/retired"


@dataclass(frozen=True)
class RotationResult:
    previous_fingerprint: str
    fingerprint: str
    retired_key: str
    changes: Changes


def rotations(ws: OrgWorkspace) -> list[dict[str, Any]]:
    """Every rotation recorded in the workspace, oldest first."""
    stored = ws.setting(ROTATIONS_SETTING, [])
    return list(stored) if isinstance(stored, list) else []


def current_rotation(ws: OrgWorkspace) -> KeyRotation | None:
    """The rotation that vouches for the workspace's current key, if it was rotated."""
    current = ws.public_key_line()
    for record in reversed(rotations(ws)):
        if isinstance(record, dict) and record.get("public_key") == current:
            return KeyRotation(str(record["previous_public_key"]), str(record["signature"]))
    return None


def rotate_key(
    ws: OrgWorkspace, passphrase_old: str | None, passphrase_new: str | None
) -> RotationResult:
    """Replace the workspace's signing key by a new one that the old key vouches for.

    `passphrase_old` opens the current key (KeyPassphraseError otherwise, nothing changed);
    `passphrase_new` protects the new key (None or '' leaves it unencrypted).
    """
    old_key = keys.load_private_key(ws.key_file, passphrase_old)
    previous_line = keys.public_key_line(old_key)
    new_key = keys.generate_key()
    new_line = keys.public_key_line(new_key)
    rotation = sign_rotation(new_line, old_key)
    stamp = datetime.now(UTC)

    retired_dir = ws.folder / RETIRED_FOLDER
    private_folder(retired_dir)
    retired = retired_dir / f"signing_key-{stamp.strftime('%Y%m%dT%H%M%S%fZ')}"
    keys.write_new_key_file(retired, ws.key_file.read_bytes())
    keys.write_new_key_file(
        keys.public_file_path(retired), keys.public_file_path(ws.key_file).read_bytes()
    )

    record = {
        "public_key": new_line,
        "previous_public_key": rotation.previous_public_key,
        "signature": rotation.signature,
        "rotated_at": utc_timestamp(stamp),
    }
    ws.set_setting(ROTATIONS_SETTING, [*rotations(ws), record])
    keys.save_private_key(new_key, ws.key_file, passphrase_new or None)
    return RotationResult(
        previous_fingerprint=keys.fingerprint(previous_line),
        fingerprint=keys.fingerprint(new_line),
        retired_key=str(retired.relative_to(ws.folder)),
        changes=Changes(lists={"keys"}),
    )
