"""The fixed facts of the `.kuhina` format, version 1 (docs/package-format.md).

The limits bound what reading an untrusted package may cost: memory, time and recursion.
They are part of the format: a package that our writer makes must fit inside them, and a
reader of the same format version must not be stricter.
"""

from __future__ import annotations

import re

FORMAT = "kuhina-package"
# 2: photo descriptions; 3: contacts' consent and photos' confirmation (docs/package-format.md)
FORMAT_VERSION = 3
READABLE_VERSIONS = (1, 2, 3)  # 1: no photo descriptions; 1, 2: no consent, no confirmed photo
CONSENT_SINCE = 3  # the first version whose contacts and photos carry consent to publish
PACKAGE_NAMESPACE = "kuhina-package-v1"
ROTATION_NAMESPACE = "kuhina-key-rotation-v1"
SUFFIX = ".kuhina"

MANIFEST = "manifest.json"
DATA = "data.json"
SUMS = "SHA256SUMS"
SIGNATURE = "SHA256SUMS.sig"
ATTACHMENTS_DIR = "attachments/"

MB = 1024 * 1024
MAX_ARCHIVE_BYTES = 50 * MB
MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 20 * MB
MAX_UNCOMPRESSED_BYTES = 200 * MB
MAX_RATIO = 200
MAX_JSON_DEPTH = 32
MAX_STRING_CHARS = 100_000
MAX_NAME_CHARS = 255

# Member names: only these characters, no absolute paths, no parent references.
NAME_CHARACTERS = re.compile(r"[A-Za-z0-9._/-]+")
ATTACHMENT_NAME = re.compile(r"attachments/([0-9a-f]{64})\.(png|jpg)")
IMAGE_MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "jpg": b"\xff\xd8\xff"}

MANIFEST_FIELDS = (
    "format",
    "format_version",
    "organisation_id",
    "organisation_name",
    "sequence",
    "created_at",
    "generator",
    "vocab_version",
    "counts",
    "public_key",
    "key_rotation",
)
COUNT_FIELDS = ("environments", "opportunities", "contacts", "attachments")
ROTATION_FIELDS = ("previous_public_key", "signature")


def is_fixed_member(name: str) -> bool:
    """Whether `name` is one of the four members every package has."""
    return name in (MANIFEST, DATA, SUMS, SIGNATURE)


def is_allowed_member(name: str) -> bool:
    """Whether a package of this format may hold a member called `name`."""
    return is_fixed_member(name) or ATTACHMENT_NAME.fullmatch(name) is not None
