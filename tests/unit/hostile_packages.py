"""A generator of broken and hostile `.kuhina` packages, one (or more) per rule
of docs/package-format.md.

`valid_package()` builds a good package from a small fixed snapshot; `CASES` holds each
hostile variant with the reason code the reader must give. The ZIP bytes are made by the
small writer here (`zip_archive`), not by `zipfile`, so an entry can be given any name,
flag, method, mode, size or offset a hostile tool could write. Content that stays signed
is re-signed after each change, so the one rule a case breaks is the one it is about.

Run as a script, it writes the corpus into a folder (for trying other tools on it):
`python tests/unit/hostile_packages.py OUT_DIR`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import stat
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image

from kuhina_desktop.domain import model
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.packages import keys, sshsig
from kuhina_desktop.packages.limits import PACKAGE_NAMESPACE, ROTATION_NAMESPACE
from kuhina_desktop.packages.manifest import make_manifest, sign_rotation
from kuhina_desktop.packages.verified import KeyRotation
from kuhina_desktop.packages.writer import json_bytes, package_counts, sums_text

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
OTHER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(33, 65)))
THIRD_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(65, 97)))
CREATED_AT = "2026-11-20T10:00:00Z"
VOCAB_VERSION = "2026.1"
REGULAR = (stat.S_IFREG | 0o644) << 16
STORED, DEFLATED = 0, 8

ORG_ID = "0b7a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"
ENV_ID = "1c8b5d2f-3a4e-4f6b-9c7d-8e9f0a1b2c3d"
OPP_IDS = ("2d9c6e3a-4b5f-4a7c-8d8e-9f0a1b2c3d4e", "3e0d7f4b-5c6a-4b8d-9e9f-0a1b2c3d4e5f")
CONTACT_ID = "4f1e8a5c-6d7b-4c9e-8f0a-1b2c3d4e5f6a"
STAMP = "2026-11-01T09:00:00+02:00"


def _image(kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 120, 40)).save(buffer, format=kind)
    return buffer.getvalue()


PNG = _image("PNG")
JPEG = _image("JPEG")


def ref(content: bytes, ext: str) -> str:
    return f"attachments/{hashlib.sha256(content).hexdigest()}.{ext}"


PNG_REF, JPEG_REF = ref(PNG, "png"), ref(JPEG, "jpg")


def snapshot() -> model.Snapshot:
    """A small snapshot that passes validation: one environment with two photos."""
    address = model.Address("Kauppakatu 1", "80100", "Joensuu", "167")
    org = model.Organisation(
        id=ORG_ID,
        name=model.Text("Testiyhdistys ry", "Testföreningen rf", None),
        business_id="1234567-1",
        address=address,
        contacts=[model.Contact(CONTACT_ID, "Maija Meikäläinen", None, "maija@example.fi")],
    )
    env = model.Environment(
        id=ENV_ID,
        name=model.Text("Kierrätyskeskus"),
        work_areas=["recycling"],
        address=address,
        languages=["fi"],
        photos=[PNG_REF, JPEG_REF],
        photo_descriptions=[model.Text("Lajittelupöytä"), model.Text("Myymälän hyllyt")],
        updated_at=STAMP,
    )
    opportunities = [
        model.Opportunity(
            id=opp_id,
            environment_id=ENV_ID,
            kind="work_trial",
            title=model.Text(f"Työkokeilu {n}"),
            description=model.Text("Lajittelua ja myymälätyötä kierrätyskeskuksessa."),
            target_groups=["long_term_unemployed"],
            municipalities=["167"],
            languages=["fi"],
            contact_id=CONTACT_ID,
            status="published",
            updated_at=STAMP,
        )
        for n, opp_id in enumerate(OPP_IDS, start=1)
    ]
    return model.Snapshot(org, [env], opportunities)


ATTACHMENTS = {PNG_REF: PNG, JPEG_REF: JPEG}


# -- a ZIP writer that writes whatever it is told ---------------------------------------
@dataclass
class Entry:
    name: str | bytes
    content: bytes
    method: int | None = None  # default: stored for images, deflate otherwise
    flags: int = 0
    external_attr: int = REGULAR
    size: int | None = None  # declared uncompressed size (default: the real one)
    crc: int | None = None
    data: bytes | None = None  # the bytes stored as the member's data (default: computed)
    local_date: int | None = None  # the local header's date, when it differs
    local_extra: bytes = b""  # an extra field in the local header

    def raw_name(self) -> bytes:
        return self.name if isinstance(self.name, bytes) else self.name.encode("utf-8")


def _compress(entry: Entry) -> tuple[int, bytes]:
    method = entry.method
    if method is None:
        method = STORED if entry.raw_name().startswith(b"attachments/") else DEFLATED
    if entry.data is not None:
        return method, entry.data
    if method == DEFLATED:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        return method, packer.compress(entry.content) + packer.flush()
    return method, entry.content


def zip_archive(
    entries: list[Entry],
    *,
    prefix: bytes = b"",
    central_offsets: dict[int, int] | None = None,
    zip64_locator: bool = False,
    comment: bytes = b"",
    comment_length: int | None = None,
    suffix: bytes = b"",
) -> bytes:
    """A ZIP of `entries` in order; `central_offsets` makes entry i's directory record point
    at another local header offset; `prefix` goes before the first local header; `comment`
    follows the end record, which declares `comment_length` (default: the comment's), and
    `suffix` comes after all that."""
    out = bytearray(prefix)
    central = bytearray()
    for index, entry in enumerate(entries):
        method, data = _compress(entry)
        name = entry.raw_name()
        crc = zlib.crc32(entry.content) if entry.crc is None else entry.crc
        size = len(entry.content) if entry.size is None else entry.size
        offset = len(out) - len(prefix)
        local_date = 0x5B74 if entry.local_date is None else entry.local_date
        out += struct.pack(
            "<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, entry.flags, method, 0, local_date,
            crc, len(data), size, len(name), len(entry.local_extra),
        ) + name + entry.local_extra + data  # fmt: skip
        if central_offsets and index in central_offsets:
            offset = central_offsets[index]
        central += struct.pack(
            "<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 3, 20, 0, entry.flags, method, 0, 0x5B74,
            crc, len(data), size, len(name), 0, 0, 0, 0, entry.external_attr, offset,
        ) + name  # fmt: skip
    cd_offset = len(out) - len(prefix)
    out += central
    if zip64_locator:
        out += struct.pack("<4sLQL", b"PK\x06\x07", 0, 0, 1)
    declared = len(comment) if comment_length is None else comment_length
    out += struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), cd_offset,
        declared,
    ) + comment + suffix  # fmt: skip
    return bytes(out)


# -- the members of a signed ZIP (a package or a receipt) ------------------------------
@dataclass(kw_only=True)
class SignedParts:
    """What a signed ZIP holds before zipping: its own members, then SHA256SUMS and its signature.

    Every tampering a hostile corpus needs is a field: members added (`extra`), left out of
    the sums (`unlisted`), listed but absent (`listed_only`), sums or signature replaced, or a
    member dropped after signing (`omit`)."""

    key: Ed25519PrivateKey
    namespace: str
    extra: dict[str, bytes] = field(default_factory=dict)
    unlisted: set[str] = field(default_factory=set)
    listed_only: dict[str, str] = field(default_factory=dict)
    sums_override: bytes | None = None
    signature_override: bytes | None = None
    omit: set[str] = field(default_factory=set)

    def own_members(self) -> dict[str, bytes]:
        """The format's members, in archive order (before `extra`)."""
        raise NotImplementedError

    def members(self) -> dict[str, bytes]:
        members = {**self.own_members(), **self.extra}
        listed = {
            name: hashlib.sha256(content).hexdigest()
            for name, content in members.items()
            if name not in self.unlisted
        }
        listed.update(self.listed_only)
        sums = self.sums_override if self.sums_override is not None else sums_text(listed)
        members["SHA256SUMS"] = sums
        members["SHA256SUMS.sig"] = (
            self.signature_override
            if self.signature_override is not None
            else sshsig.sign(sums, self.key, self.namespace).encode("ascii")
        )
        return {name: content for name, content in members.items() if name not in self.omit}

    def entries(self) -> list[Entry]:
        return [Entry(name, content) for name, content in self.members().items()]

    def build(self) -> bytes:
        return zip_archive(self.entries())


# -- the members of a package -----------------------------------------------------------
@dataclass
class Parts(SignedParts):
    """The members of a package before zipping; change any of them, then `build()`."""

    manifest: dict[str, Any]
    data: dict[str, Any]
    attachments: dict[str, bytes]
    key: Ed25519PrivateKey = field(default=KEY, kw_only=True)
    namespace: str = field(default=PACKAGE_NAMESPACE, kw_only=True)
    manifest_bytes: bytes | None = None
    data_bytes: bytes | None = None

    def own_members(self) -> dict[str, bytes]:
        return {
            "manifest.json": self.manifest_bytes or json_bytes(self.manifest),
            "data.json": self.data_bytes or json_bytes(self.data),
            **{name: self.attachments[name] for name in sorted(self.attachments)},
        }


def parts(snap: model.Snapshot | None = None, *, rotation: KeyRotation | None = None) -> Parts:
    snap = snap or snapshot()
    manifest = make_manifest(
        organisation_id=snap.organisation.id,
        organisation_name=snap.organisation.name.fi,
        sequence=7,
        created_at=CREATED_AT,
        generator="hostile-packages test generator",
        vocab_version=VOCAB_VERSION,
        counts=package_counts(snap, len(ATTACHMENTS)),
        public_key=keys.public_key_line(KEY),
        key_rotation=rotation,
    )
    return Parts(manifest, snapshot_to_json(snap), dict(ATTACHMENTS))


def valid_package() -> bytes:
    return parts().build()


# -- the corpus -------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    name: str
    code: str
    rule: str
    make: Callable[[], bytes]
    public_key: str | None = None


CASES: list[Case] = []


def case(code: str, rule: str, public_key: str | None = None) -> Callable[[Any], Any]:
    def register(function: Callable[[], bytes]) -> Callable[[], bytes]:
        CASES.append(Case(function.__name__, code, rule, function, public_key))
        return function

    return register


def _with_entries(change: Callable[[list[Entry]], list[Entry]], p: Parts | None = None) -> bytes:
    return zip_archive(change((p or parts()).entries()))


def _with_entry(name: str, **changes: Any) -> bytes:
    return _with_entries(
        lambda es: [dataclasses.replace(e, **changes) if e.name == name else e for e in es]
    )


def _changed(change: Callable[[Parts], None]) -> bytes:
    p = parts()
    change(p)
    return p.build()


# The archive as a whole
@case("archive_not_zip", "not a ZIP")
def not_a_zip() -> bytes:
    return b"This is a letter, not a package.\n" * 20


@case("archive_not_zip", "not a ZIP (empty file)")
def empty_file() -> bytes:
    return b""


@case("archive_not_zip", "not a ZIP (cut short)")
def truncated() -> bytes:
    data = valid_package()
    return data[: len(data) // 2]


@case("archive_too_large", "an archive over 50 MB")
def too_large() -> bytes:
    data = valid_package()
    return data + b"\0" * (50 * 1024 * 1024 + 1 - len(data))


@case("archive_too_many_members", "more than 2,000 members")
def too_many_members() -> bytes:
    return zip_archive([Entry(f"attachments/{i:064x}.png", b"") for i in range(2001)])


@case("archive_uncompressed_too_large", "more than 200 MB uncompressed")
def uncompressed_too_large() -> bytes:
    data = bytes(range(256)) * 400  # 100 KiB that does not compress
    return _with_entries(
        lambda es: es
        + [
            Entry(f"attachments/{i:064x}.jpg", b"", method=DEFLATED, size=19 * 1024 * 1024,
                  data=data)
            for i in range(11)
        ]
    )  # fmt: skip


@case("archive_not_zip", "data before the archive (a self-extractor)")
def prepended_data() -> bytes:
    return zip_archive(parts().entries(), prefix=b"MZ" + b"\0" * 62)


@case("archive_corrupt", "ZIP64 records (never needed within the limits)")
def zip64() -> bytes:
    return zip_archive(parts().entries(), zip64_locator=True)


@case("archive_trailing_data", "bytes after the end record")
def appended_bytes() -> bytes:
    return zip_archive(parts().entries(), suffix=b"appended by someone\n")


@case("archive_trailing_data", "an archive comment (whose length is right)")
def archive_comment() -> bytes:
    return zip_archive(parts().entries(), comment=b"a comment")


@case("archive_trailing_data", "a comment longer than its declared length")
def comment_longer_than_declared() -> bytes:
    return zip_archive(parts().entries(), comment=b"a comment", comment_length=3)


@case("archive_corrupt", "a comment length with no comment after the end record")
def comment_length_without_comment() -> bytes:
    return zip_archive(parts().entries(), comment_length=12)


@case("archive_corrupt", "a local header whose date differs from the directory's")
def local_date_differs() -> bytes:
    return _with_entry("manifest.json", local_date=0x5B75)


@case("archive_corrupt", "a local header with an extra field the directory lacks")
def local_extra_field() -> bytes:
    return _with_entry("data.json", local_extra=struct.pack("<HH4s", 0x5455, 4, b"\0\0\0\0"))


@case("archive_corrupt", "a member with a data descriptor")
def data_descriptor() -> bytes:
    return _with_entry("data.json", flags=0x08)


@case("archive_corrupt", "a local header that disagrees with the directory")
def header_disagrees() -> bytes:
    data = bytearray(valid_package())
    position = data.index(b"manifest.json")  # the first local header's name
    data[position] = ord("M")
    return bytes(data)


# One entry
@case("member_too_large", "a member over 20 MB")
def member_too_large() -> bytes:
    return _with_entry("data.json", size=21 * 1024 * 1024, method=DEFLATED,
                       data=bytes(range(256)) * 600)  # fmt: skip


@case("member_ratio", "a compression ratio over 200 (a zip bomb)")
def zip_bomb() -> bytes:
    return _with_entries(
        lambda es: [
            *es,
            Entry("attachments/" + "b" * 64 + ".png", b"\0" * (10 * 1024 * 1024), method=DEFLATED),
        ]
    )


@case("member_encrypted", "an encrypted member")
def encrypted() -> bytes:
    return _with_entry("data.json", flags=0x1)


@case("member_method", "a compression method other than stored and deflate")
def bzip2_method() -> bytes:
    return _with_entry("data.json", method=12)


@case("member_overlap", "overlapping member data (CVE-2024-0450)")
def overlapping() -> bytes:
    # data.json's data is made to contain the next member's local header and data.
    p = parts()
    entries = p.entries()
    inner = zip_archive([entries[2]])  # the first attachment as its own tiny archive
    local_header_and_data = inner[: inner.index(b"PK\x01\x02")]
    wrapper = Entry("data.json", local_header_and_data, method=STORED)
    first = zip_archive([entries[0]])
    first_local = first[: first.index(b"PK\x01\x02")]
    wrapper_offset = len(first_local)
    inner_offset = wrapper_offset + 30 + len(b"data.json")
    return zip_archive(
        [entries[0], wrapper, entries[2]],
        central_offsets={2: inner_offset},
    )


@case("member_not_regular", "a symbolic link")
def symlink() -> bytes:
    return _with_entry("manifest.json", external_attr=(stat.S_IFLNK | 0o777) << 16)


@case("member_not_regular", "a directory entry")
def directory() -> bytes:
    return _with_entries(
        lambda es: [
            Entry("attachments/", b"", method=STORED, external_attr=(stat.S_IFDIR | 0o755) << 16),
            *es,
        ]
    )


@case("member_not_regular", "a device node")
def device() -> bytes:
    return _with_entry("data.json", external_attr=(stat.S_IFCHR | 0o644) << 16)


# Names
@case("name_absolute", "an absolute name")
def absolute_name() -> bytes:
    return _with_entries(lambda es: [*es, Entry("/etc/cron.d/kuhina", b"* * * * * root x\n")])


@case("name_traversal", "a name with ..")
def traversal() -> bytes:
    return _with_entries(lambda es: [*es, Entry("attachments/../../.bashrc", b"evil\n")])


@case("name_backslash", "a name with a backslash")
def backslash() -> bytes:
    return _with_entries(lambda es: [*es, Entry("..\\..\\Windows\\evil.dll", b"MZ")])


@case("name_drive", "a name with a drive letter")
def drive() -> bytes:
    return _with_entries(lambda es: [*es, Entry("C:/Users/Public/evil.txt", b"x")])


@case("name_characters", "a name with characters outside [A-Za-z0-9._/-]")
def odd_characters() -> bytes:
    return _with_entries(lambda es: [*es, Entry("data json;rm -rf", b"x")])


@case("name_characters", "a name with a NUL byte (zipfile would cut it to data.json)")
def nul_in_name() -> bytes:
    return _with_entries(lambda es: [*es, Entry(b"data.json\x00.txt", b"x")])


@case("name_characters", "a name with a terminal escape")
def escape_in_name() -> bytes:
    return _with_entries(lambda es: [*es, Entry("\x1b[2J\x1b[31mOK", b"x")])


@case("name_duplicate", "a duplicate name (one tool reads the first, another the last)")
def duplicate() -> bytes:
    def change(es: list[Entry]) -> list[Entry]:
        data = next(e for e in es if e.name == "data.json")
        return [*es, dataclasses.replace(data, content=b'{"organisation": null}')]

    return _with_entries(change)


@case("name_duplicate_case", "names equal after case folding")
def case_duplicate() -> bytes:
    return _with_entries(lambda es: [*es, Entry("DATA.json", b"{}")])


# Members and SHA256SUMS
@case("member_unexpected", "a member the format does not have (even listed and signed)")
def unexpected_member() -> bytes:
    return _changed(lambda p: p.extra.update({"README.txt": b"hello\n"}))


@case("member_unlisted", "a member not listed in SHA256SUMS")
def unlisted() -> bytes:
    return _changed(lambda p: p.unlisted.add(PNG_REF))


@case("member_missing", "a member listed in SHA256SUMS but missing")
def listed_missing() -> bytes:
    name = "attachments/" + "c" * 64 + ".png"
    return _changed(lambda p: p.listed_only.update({name: "0" * 64}))


@case("member_required", "no SHA256SUMS")
def no_sums() -> bytes:
    return _changed(lambda p: p.omit.add("SHA256SUMS"))


@case("member_required", "no SHA256SUMS.sig")
def no_signature() -> bytes:
    return _changed(lambda p: p.omit.add("SHA256SUMS.sig"))


@case("member_required", "no data.json")
def no_data() -> bytes:
    def change(p: Parts) -> None:
        p.omit.add("data.json")
        p.unlisted.add("data.json")

    return _changed(change)


@case("member_hash_mismatch", "a member changed after signing")
def changed_after_signing() -> bytes:
    def change(es: list[Entry]) -> list[Entry]:
        return [
            dataclasses.replace(e, content=e.content.replace(b"Testiyhdistys", b"Huijausyhdistys"))
            if e.name == "data.json" else e
            for e in es
        ]  # fmt: skip

    return _with_entries(change)


@case("member_size_mismatch", "a declared size larger than the content")
def size_mismatch() -> bytes:
    p = parts()
    size = len(p.members()["data.json"]) + 10
    return _with_entry("data.json", size=size)


@case("member_corrupt", "a wrong CRC-32")
def bad_crc() -> bytes:
    return _with_entry("data.json", crc=0x12345678)


@case("member_corrupt", "a broken deflate stream")
def broken_deflate() -> bytes:
    p = parts()
    content = p.members()["data.json"]
    return _with_entry("data.json", data=b"\xff" * 40, size=len(content))


@case("sums_malformed", "SHA256SUMS not sorted")
def sums_unsorted() -> bytes:
    def change(p: Parts) -> None:
        lines = sums_text({n: hashlib.sha256(c).hexdigest() for n, c in {
            "manifest.json": json_bytes(p.manifest), "data.json": json_bytes(p.data),
            **p.attachments}.items()}).splitlines(keepends=True)  # fmt: skip
        p.sums_override = b"".join(reversed(lines))

    return _changed(change)


@case("sums_malformed", "SHA256SUMS with CRLF line ends")
def sums_crlf() -> bytes:
    def change(p: Parts) -> None:
        members = {"manifest.json": json_bytes(p.manifest), "data.json": json_bytes(p.data),
                   **p.attachments}  # fmt: skip
        text = sums_text({n: hashlib.sha256(c).hexdigest() for n, c in members.items()})
        p.sums_override = text.replace(b"\n", b"\r\n")

    return _changed(change)


# The signature
@case("signature_malformed", "a signature that is not an SSH signature")
def garbage_signature() -> bytes:
    return _changed(lambda p: setattr(p, "signature_override", b"not a signature\n"))


@case("signature_namespace", "a signature made for another namespace")
def wrong_namespace() -> bytes:
    return _changed(lambda p: setattr(p, "namespace", "file"))


@case("signature_invalid", "a signature over other content")
def signature_of_other_content() -> bytes:
    other = sshsig.sign(b"something else\n", KEY, PACKAGE_NAMESPACE).encode("ascii")
    return _changed(lambda p: setattr(p, "signature_override", other))


@case("manifest_key_not_signer", "a manifest key that did not make the signature")
def manifest_key_not_signer() -> bytes:
    return _changed(lambda p: setattr(p, "key", OTHER_KEY))


@case("package_key_unexpected", "signed by another key than the caller expects",
      public_key=keys.public_key_line(OTHER_KEY))  # fmt: skip
def unexpected_signer() -> bytes:
    return valid_package()


# JSON
@case("member_json_too_deep", "JSON nested deeper than 32")
def deep_json() -> bytes:
    return _changed(lambda p: setattr(p, "data_bytes", b"[" * 40 + b"]" * 40))


@case("member_json_too_deep", "JSON nested 100,000 deep (the parser must not recurse)")
def very_deep_json() -> bytes:
    p = parts()
    p.manifest_bytes = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
    stored = [  # stored, or the deflate ratio (over 200) would refuse it first
        dataclasses.replace(e, method=STORED) if e.name == "manifest.json" else e
        for e in p.entries()
    ]
    return zip_archive(stored)


@case("member_json_string_too_long", "a string over 100,000 characters")
def huge_string() -> bytes:
    def change(p: Parts) -> None:
        p.data["organisation"]["description"] = {"fi": "a" * 100_001, "sv": None, "en": None}

    return _changed(change)


@case("member_json_invalid", "a member that is not JSON")
def not_json() -> bytes:
    return _changed(lambda p: setattr(p, "data_bytes", b"{organisation: 1"))


@case("member_json_invalid", "NaN is not JSON")
def nan_json() -> bytes:
    return _changed(lambda p: setattr(p, "manifest_bytes", b'{"sequence": NaN}'))


@case("member_json_duplicate_key", "a JSON object with a key twice")
def duplicate_key() -> bytes:
    def change(p: Parts) -> None:
        text = json_bytes(p.manifest).decode()
        p.manifest_bytes = text.replace('"sequence": 7,', '"sequence": 7, "sequence": 99,').encode()

    return _changed(change)


@case("member_encoding_invalid", "a JSON member that is not UTF-8")
def latin1() -> bytes:
    def change(p: Parts) -> None:
        p.data_bytes = json.dumps(p.data, ensure_ascii=False).encode("latin-1")

    return _changed(change)


# The manifest
def _manifest(change: Callable[[dict[str, Any]], None]) -> Callable[[], bytes]:
    return lambda: _changed(lambda p: change(p.manifest))


_MANIFEST_CASES: list[tuple[str, str, Callable[[dict[str, Any]], None]]] = [
    ("manifest_not_object", "a manifest that is a list", lambda m: None),
    ("manifest_format", "another format", lambda m: m.update(format="zip-package")),
    ("manifest_version", "format_version 3", lambda m: m.update(format_version=3)),
    ("manifest_field_missing", "a manifest without counts", lambda m: m.pop("counts")),
    ("manifest_field_unknown", "a manifest with an unknown field",
     lambda m: m.update(comment="hello")),
    ("manifest_field_invalid", "a sequence that is text", lambda m: m.update(sequence="7")),
    ("manifest_created_at_form", "created_at not in UTC",
     lambda m: m.update(created_at="2026-11-20T12:00:00+02:00")),
    ("manifest_created_at_form", "created_at with nine fractional digits",
     lambda m: m.update(created_at="2026-11-20T10:00:00.123456789Z")),
    ("manifest_created_at_form", "created_at with microseconds",
     lambda m: m.update(created_at="2026-11-20T10:00:00.000001Z")),
    ("manifest_created_at_form", "created_at with a space for the T",
     lambda m: m.update(created_at="2026-11-20 10:00:00Z")),
    ("manifest_created_at_form", "created_at without seconds",
     lambda m: m.update(created_at="2026-11-20T10:00Z")),
    ("manifest_created_at_form", "created_at in the basic format",
     lambda m: m.update(created_at="20261120T100000Z")),
    ("manifest_created_at_form", "created_at on a day that does not exist",
     lambda m: m.update(created_at="2026-02-30T10:00:00Z")),
    ("manifest_created_at_too_early", "created_at in the year 0001",
     lambda m: m.update(created_at="0001-01-01T00:00:00Z")),
    ("manifest_created_at_too_early", "created_at a second before 2020",
     lambda m: m.update(created_at="2019-12-31T23:59:59Z")),
    ("manifest_created_at_future", "created_at in the year 9999",
     lambda m: m.update(created_at="9999-12-31T23:59:59Z")),
    ("member_text_line_break", "a generator with a line break (single-line field)",
     lambda m: m.update(generator="kuhina-desktop 0.1.0\nsigned by the coordinator")),
    ("member_text_line_break", "a vocab_version with a tab",
     lambda m: m.update(vocab_version="2026.1\t")),
    ("manifest_organisation_mismatch", "a manifest naming another organisation",
     lambda m: m.update(organisation_id=OPP_IDS[0])),
    ("manifest_name_mismatch", "a manifest with another organisation name",
     lambda m: m.update(organisation_name="Toinen yhdistys ry")),
    ("manifest_counts_mismatch", "counts that disagree with data.json",
     lambda m: m["counts"].update(opportunities=3)),
]  # fmt: skip
for _code, _rule, _change in _MANIFEST_CASES:
    CASES.append(Case(f"manifest: {_rule}", _code, _rule, _manifest(_change)))


def _manifest_list() -> bytes:
    return _changed(lambda p: setattr(p, "manifest_bytes", b"[1, 2, 3]\n"))


CASES[:] = [
    dataclasses.replace(c, make=_manifest_list) if c.code == "manifest_not_object" else c
    for c in CASES
]


# Key rotation
def _rotation(signature_key: Ed25519PrivateKey, namespace: str, previous: str) -> bytes:
    new_line = keys.public_key_line(KEY).encode()
    signature = sshsig.sign(new_line, signature_key, namespace)
    rotation = KeyRotation(previous, signature)
    return parts(rotation=rotation).build()


@case("rotation_signature_invalid", "a key rotation not signed by the previous key")
def rotation_by_third_key() -> bytes:
    return _rotation(THIRD_KEY, ROTATION_NAMESPACE, keys.public_key_line(OTHER_KEY))


@case("rotation_signature_invalid", "a key rotation signed for another namespace")
def rotation_namespace() -> bytes:
    return _rotation(OTHER_KEY, PACKAGE_NAMESPACE, keys.public_key_line(OTHER_KEY))


@case("rotation_same_key", "a key rotation from the key to itself")
def rotation_same_key() -> bytes:
    return parts(rotation=sign_rotation(keys.public_key_line(KEY), KEY)).build()


# data.json
def _data(change: Callable[[dict[str, Any]], None]) -> Callable[[], bytes]:
    return lambda: _changed(lambda p: change(p.data))


_DATA_CASES: list[tuple[str, str, Callable[[dict[str, Any]], None]]] = [
    ("data_schema_invalid", "an opportunity without a title",
     lambda d: d["opportunities"][0].pop("title")),
    ("data_schema_invalid", "an unknown field", lambda d: d["organisation"].update(x=1)),
    ("data_validation_failed", "an unknown municipality code",
     lambda d: d["opportunities"][0].update(municipalities=["999"])),
    ("data_validation_failed", "a business id with a wrong check digit",
     lambda d: d["organisation"].update(business_id="1234567-2")),
    ("data_validation_failed", "an opportunity pointing to a missing environment",
     lambda d: d["opportunities"][1].update(environment_id=CONTACT_ID)),
    ("data_draft_included", "a draft in the package",
     lambda d: d["opportunities"][0].update(status="draft")),
    # The schema's `$` (Python's re) also matches before a final line break.
    ("data_validation_failed", "a record id ending in a line break",
     lambda d: d["opportunities"][0].update(id=d["opportunities"][0]["id"] + "\n")),
    ("data_draft_included", "a draft whose id ends in a line break",
     lambda d: d["opportunities"][0].update(
         status="draft", id=d["opportunities"][0]["id"] + "\n")),
    ("data_validation_failed", "an opening time ending in a line break",
     lambda d: d["environments"][0].update(
         opening_hours=[{"day": 1, "opens": "08:00\n", "closes": "16:00"}])),
]  # fmt: skip
for _code, _rule, _change in _DATA_CASES:
    CASES.append(Case(f"data: {_rule}", _code, _rule, _data(_change)))


# Text that cannot be stored, printed or published (domain.text_rules)
def _data_text(change: Callable[[dict[str, Any]], None]) -> Callable[[], bytes]:
    """data.json changed, written with escapes (a lone surrogate has no UTF-8 bytes)."""

    def build(p: Parts) -> None:
        change(p.data)
        p.data_bytes = (json.dumps(p.data, ensure_ascii=True, indent=2) + "\n").encode()

    return lambda: _changed(build)


_TEXT_CASES: list[tuple[str, str, Callable[[dict[str, Any]], None]]] = [
    ("member_text_broken_character", "a lone surrogate in a description",
     lambda d: d["opportunities"][0]["description"].update(fi="Hyvä \ud800 paikka")),
    ("member_text_broken_character", "a lone low surrogate in the organisation's English name",
     lambda d: d["organisation"]["name"].update(en="Association \udfff")),
    ("member_text_control_character", "a terminal escape sequence in a title",
     lambda d: d["opportunities"][0]["title"].update(fi="\x1b[2J\x1b[31mVAARA")),
    ("member_text_control_character", "a C1 control (CSI) in a description",
     lambda d: d["opportunities"][1]["description"].update(sv="Text \x9b31m")),
    ("member_text_control_character", "a noncharacter U+FFFE in an address",
     lambda d: d["environments"][0]["address"].update(street="Katu \ufffe 1")),
    ("member_text_direction_control", "a right-to-left override in a title",
     lambda d: d["opportunities"][0]["title"].update(en="Free \u202eeerf si ti\u202c")),
    ("member_text_direction_control", "a right-to-left isolate in a description",
     lambda d: d["environments"][0].update(description={"fi": "Kuvaus \u2067x\u2069"})),
]  # fmt: skip
for _code, _rule, _change in _TEXT_CASES:
    CASES.append(Case(f"text: {_rule}", _code, _rule, _data_text(_change)))


# Attachments
@case("attachment_not_image", "an attachment that is not the image its name says")
def not_an_image() -> bytes:
    text = b"#!/bin/sh\necho not an image\n"
    fake = ref(text, "png")

    def change(p: Parts) -> None:
        p.attachments[fake] = text
        p.data["environments"][0]["photos"].append(fake)
        p.data["environments"][0]["photo_descriptions"].append(
            {"fi": "Kuva", "sv": None, "en": None}
        )
        p.manifest["counts"]["attachments"] += 1

    return _changed(change)


@case("attachment_not_image", "a PNG named .jpg")
def png_as_jpeg() -> bytes:
    fake = ref(PNG, "jpg")

    def change(p: Parts) -> None:
        p.attachments[fake] = PNG
        p.data["environments"][0]["photos"].append(fake)
        p.data["environments"][0]["photo_descriptions"].append(
            {"fi": "Kuva", "sv": None, "en": None}
        )
        p.manifest["counts"]["attachments"] += 1

    return _changed(change)


@case("attachment_missing", "an image named in data.json but missing")
def attachment_missing() -> bytes:
    def change(p: Parts) -> None:
        del p.attachments[JPEG_REF]

    return _changed(change)


@case("attachment_unreferenced", "an image data.json does not name")
def attachment_unreferenced() -> bytes:
    other = _image("GIF")  # any bytes; named as a PNG by its hash
    return _changed(lambda p: p.attachments.update({ref(other, "png"): PNG}))


@case("attachment_name_mismatch", "an image whose content is not its SHA-256 name")
def attachment_name_mismatch() -> bytes:
    wrong = "attachments/" + "d" * 64 + ".png"

    def change(p: Parts) -> None:
        p.attachments[wrong] = p.attachments.pop(PNG_REF)
        photos = p.data["environments"][0]["photos"]
        photos[photos.index(PNG_REF)] = wrong

    return _changed(change)


def corpus() -> list[tuple[Case, bytes]]:
    """Every case with its bytes."""
    return [(c, c.make()) for c in CASES]


def write_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, (c, data) in enumerate(corpus(), start=1):
        slug = "".join(ch if ch.isalnum() else "-" for ch in c.name.lower()).strip("-")
        (folder / f"{number:02d}-{c.code}-{slug}.kuhina").write_bytes(data)
    (folder / "valid.kuhina").write_bytes(valid_package())


if __name__ == "__main__":  # pragma: no cover
    write_corpus(Path(sys.argv[1]))
