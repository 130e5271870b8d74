"""A generator of broken and hostile `.kuhina-receipt` files, one (or more) per rule.

`valid_receipt()` builds a good receipt; `CASES` holds each hostile variant with the
reason code the reader must give. The ZIP bytes come from the hostile package corpus's
writer (`zip_archive`), which writes whatever it is told, and signed content is re-signed
after each change, so the one rule a case breaks is the one it is about.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kuhina_desktop.packages import keys, sshsig
from kuhina_desktop.packages.limits import ROTATION_NAMESPACE
from kuhina_desktop.packages.manifest import sign_rotation
from kuhina_desktop.packages.receipt.format import NAMESPACE
from kuhina_desktop.packages.writer import json_bytes, sums_text
from tests.unit.hostile_packages import DEFLATED, STORED, Entry, SignedParts, zip_archive

CATALOGUE_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(101, 133)))
NEXT_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(133, 165)))
STRANGER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(165, 197)))
ORG_ID = "0b7a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"
OPP_ID = "2d9c6e3a-4b5f-4a7c-8d8e-9f0a1b2c3d4e"
PACKAGE_SHA = "ab" * 32


def content(
    *,
    key: Ed25519PrivateKey = CATALOGUE_KEY,
    organisation_id: str = ORG_ID,
    sequence: int = 1,
    package_sha256: str = PACKAGE_SHA,
    created_at: str = "2026-12-01T10:00:00Z",
    note: str | None = "Kiitos tiedoista!",
    rotation: dict[str, str] | None = None,
) -> dict[str, Any]:
    return {
        "format": "kuhina-receipt",
        "format_version": 1,
        "created_at": created_at,
        "generator": "hostile-receipts test generator",
        "catalogue_public_key": keys.public_key_line(key),
        "key_rotation": rotation,
        "organisation_id": organisation_id,
        "organisation_name": "Testiyhdistys ry",
        "package": {
            "sequence": sequence,
            "sha256": package_sha256,
            "created_at": "2026-11-30T09:00:00Z",
            "imported_at": "2026-12-01T09:30:00Z",
        },
        "decisions": [
            {
                "change_id": f"{OPP_ID}:title.fi",
                "record_type": "opportunity",
                "record_id": OPP_ID,
                "change": "changed",
                "field": "title.fi",
                "label": "Läksyapu",
                "decision": "reject",
                "reason": "Otsikko harhaanjohtava.",
            },
        ],
        "hidden": [],
        "published": [
            {
                "record_type": "opportunity",
                "record_id": OPP_ID,
                "title": "Läksyapu",
                "url": "https://tyo.example.fi/tarjous/x.html",
            },
        ],
        "check_due": [{"record_id": OPP_ID, "title": "Läksyapu", "reviewed_on": None}],
        "note": note,
    }


def rotated_content(
    previous: Ed25519PrivateKey, new: Ed25519PrivateKey, **kw: Any
) -> dict[str, Any]:
    rotation = sign_rotation(keys.public_key_line(new), previous)
    return content(
        key=new,
        rotation={"previous_public_key": rotation.previous_public_key,
                  "signature": rotation.signature},
        **kw,
    )  # fmt: skip


@dataclass
class Parts(SignedParts):
    """The members of a receipt before zipping; change any of them, then `build()`."""

    content: dict[str, Any]
    key: Ed25519PrivateKey = field(default=CATALOGUE_KEY, kw_only=True)
    namespace: str = field(default=NAMESPACE, kw_only=True)
    receipt_bytes: bytes | None = None

    def own_members(self) -> dict[str, bytes]:
        return {"receipt.json": self.receipt_bytes or json_bytes(self.content)}


def parts(value: dict[str, Any] | None = None, key: Ed25519PrivateKey = CATALOGUE_KEY) -> Parts:
    return Parts(value if value is not None else content(), key=key)


def valid_receipt(**kw: Any) -> bytes:
    return parts(content(**kw), kw.get("key", CATALOGUE_KEY)).build()


@dataclass(frozen=True)
class Case:
    name: str
    code: str
    rule: str
    make: Callable[[], bytes]


CASES: list[Case] = []


def case(code: str, rule: str) -> Callable[[Any], Any]:
    def register(function: Callable[[], bytes]) -> Callable[[], bytes]:
        name = function.__name__
        if name in ("<lambda>", "make"):
            name = re.sub(r"[^a-z0-9]+", "_", f"{code} {rule}".lower()).strip("_")
        CASES.append(Case(name, "receipt_" + code, rule, function))
        return function

    return register


def _entries(change: Callable[[list[Entry]], list[Entry]]) -> bytes:
    return zip_archive(change(parts().entries()))


def _entry(name: str, **changes: Any) -> bytes:
    return _entries(lambda es: [dataclasses.replace(e, **changes) if e.name == name else e
                                for e in es])  # fmt: skip


def _changed(change: Callable[[Parts], None]) -> bytes:
    p = parts()
    change(p)
    return p.build()


def _content(change: Callable[[dict[str, Any]], None]) -> Callable[[], bytes]:
    def make() -> bytes:
        value = copy.deepcopy(content())
        change(value)
        return parts(value).build()

    return make


# -- the container ---------------------------------------------------------------------------
case("archive_not_zip", "not a ZIP")(lambda: b"Kiitos paketista!\n" * 10)
case("archive_not_zip", "an empty file")(lambda: b"")
case("archive_not_zip", "cut short")(lambda: valid_receipt()[:300])
case("archive_too_large", "over 5 MB")(lambda: valid_receipt() + b"\0" * (5 * 1024 * 1024))
case("archive_not_zip", "data before the archive")(
    lambda: zip_archive(parts().entries(), prefix=b"MZ" + b"\0" * 62)
)
case("archive_corrupt", "ZIP64 records")(lambda: zip_archive(parts().entries(), zip64_locator=True))
case("archive_too_many_members", "more than 2,000 members")(
    lambda: zip_archive([Entry(f"x{i}", b"") for i in range(2001)])
)
case("archive_uncompressed_too_large", "more than 200 MB unpacked")(
    lambda: _entries(lambda es: es + [
        Entry(f"big{i}", b"", method=DEFLATED, size=19 * 1024 * 1024, data=bytes(range(256)) * 400)
        for i in range(11)
    ])
)  # fmt: skip
case("member_too_large", "a member over 20 MB")(
    lambda: _entry("receipt.json", size=21 * 1024 * 1024, method=DEFLATED,
                   data=bytes(range(256)) * 600)
)  # fmt: skip
case("member_ratio", "a zip bomb")(
    lambda: _entries(lambda es: [*es, Entry("bomb", b"\0" * (10 * 1024 * 1024), method=DEFLATED)])
)
case("member_encrypted", "an encrypted member")(lambda: _entry("receipt.json", flags=0x1))
case("member_method", "bzip2")(lambda: _entry("receipt.json", method=12))
case("member_not_regular", "a symbolic link")(
    lambda: _entry("receipt.json", external_attr=(stat.S_IFLNK | 0o777) << 16)
)
case("member_not_regular", "a device node")(
    lambda: _entry("receipt.json", external_attr=(stat.S_IFCHR | 0o644) << 16)
)
case("name_absolute", "an absolute name")(
    lambda: _entries(lambda es: [*es, Entry("/etc/cron.d/kuhina", b"x")])
)
case("name_traversal", "a name with ..")(
    lambda: _entries(lambda es: [*es, Entry("a/../../.bashrc", b"x")])
)
case("name_backslash", "a backslash")(
    lambda: _entries(lambda es: [*es, Entry("..\\evil.dll", b"MZ")])
)
case("name_drive", "a drive letter")(lambda: _entries(lambda es: [*es, Entry("C:/evil.txt", b"x")]))
case("name_characters", "a NUL byte in a name")(
    lambda: _entries(lambda es: [*es, Entry(b"receipt.json\x00.txt", b"x")])
)
case("name_characters", "a terminal escape in a name")(
    lambda: _entries(lambda es: [*es, Entry("\x1b[2J\x1b[31mOK", b"x")])
)
case("name_duplicate", "receipt.json twice (one tool reads the first, another the last)")(
    lambda: _entries(lambda es: [*es, dataclasses.replace(es[0], content=b'{"note": "x"}')])
)
case("name_duplicate_case", "names equal after case folding")(
    lambda: _entries(lambda es: [*es, Entry("RECEIPT.json", b"{}")])
)


@case("member_overlap", "overlapping member data (CVE-2024-0450)")
def overlapping() -> bytes:
    entries = parts().entries()
    inner = zip_archive([entries[1]])
    local = inner[: inner.index(b"PK\x01\x02")]
    wrapper = Entry("receipt.json", local, method=STORED)
    return zip_archive([wrapper, entries[1], entries[2]],
                       central_offsets={1: 30 + len(b"receipt.json")})  # fmt: skip


case("member_unexpected", "a member the format does not have, listed and signed")(
    lambda: _changed(lambda p: p.extra.update({"data.json": b"{}\n"}))
)
case("sums_malformed", "receipt.json not listed: SHA256SUMS is empty")(
    lambda: _changed(lambda p: p.unlisted.add("receipt.json"))
)
case("member_missing", "SHA256SUMS lists a member that is not there")(
    lambda: _changed(lambda p: p.listed_only.update({"receipt.json": "0" * 64}) or p.omit.add(
        "receipt.json"))
)  # fmt: skip
case("member_required", "no SHA256SUMS")(lambda: _changed(lambda p: p.omit.add("SHA256SUMS")))
case("member_required", "no SHA256SUMS.sig")(
    lambda: _changed(lambda p: p.omit.add("SHA256SUMS.sig"))
)


@case("sums_malformed", "no receipt.json, and so an empty SHA256SUMS")
def no_receipt() -> bytes:
    def change(p: Parts) -> None:
        p.omit.add("receipt.json")
        p.unlisted.add("receipt.json")

    return _changed(change)


case("member_hash_mismatch", "receipt.json changed after signing")(
    lambda: _entries(lambda es: [
        dataclasses.replace(e, content=e.content.replace(b'"reject"', b'"accept"'))
        if e.name == "receipt.json" else e for e in es
    ])
)  # fmt: skip
case("member_size_mismatch", "a declared size larger than the content")(
    lambda: _entry("receipt.json", size=len(json_bytes(content())) + 10)
)
case("member_corrupt", "a wrong CRC-32")(lambda: _entry("receipt.json", crc=0x12345678))
case("member_corrupt", "a broken deflate stream")(
    lambda: _entry("receipt.json", data=b"\xff" * 40, size=len(json_bytes(content())))
)


def _crlf_sums(p: Parts) -> None:
    listing = {"receipt.json": hashlib.sha256(json_bytes(p.content)).hexdigest()}
    p.sums_override = sums_text(listing).replace(b"\n", b"\r\n")


case("sums_malformed", "SHA256SUMS with CRLF line ends")(lambda: _changed(_crlf_sums))
case("signature_malformed", "not an SSH signature")(
    lambda: _changed(lambda p: setattr(p, "signature_override", b"not a signature\n"))
)
case("signature_namespace", "a package signature (kuhina-package-v1)")(
    lambda: _changed(lambda p: setattr(p, "namespace", "kuhina-package-v1"))
)
case("signature_invalid", "a signature over other content")(
    lambda: _changed(lambda p: setattr(p, "signature_override", sshsig.sign(
        b"something else\n", CATALOGUE_KEY, NAMESPACE).encode("ascii")))
)  # fmt: skip

# -- receipt.json ----------------------------------------------------------------------------
case("member_json_invalid", "not JSON")(
    lambda: _changed(lambda p: setattr(p, "receipt_bytes", b"{receipt: 1"))
)
case("member_json_invalid", "NaN")(
    lambda: _changed(lambda p: setattr(p, "receipt_bytes", b'{"format_version": NaN}'))
)
case("member_json_duplicate_key", "a key twice (another reader could take the other)")(
    lambda: _changed(lambda p: setattr(p, "receipt_bytes", json_bytes(p.content).replace(
        b'"note":', b'"note": null, "note":')))
)  # fmt: skip
case("member_encoding_invalid", "Latin-1, not UTF-8")(
    lambda: _changed(lambda p: setattr(p, "receipt_bytes", json.dumps(
        p.content, ensure_ascii=False).encode("latin-1")))
)  # fmt: skip
case("member_json_too_deep", "nested 100,000 deep")(
    lambda: zip_archive([dataclasses.replace(e, method=STORED) if e.name == "receipt.json" else e
                         for e in Parts(content(), receipt_bytes=b"[" * 100_000 + b"]" * 100_000
                                        ).entries()])
)  # fmt: skip
case("member_json_string_too_long", "a note of 100,001 characters")(
    _content(lambda c: c.update(note="a" * 100_001))
)
case("member_text_direction_control", "a right-to-left override in the note (Trojan Source)")(
    _content(lambda c: c.update(note="Kiitos \u202eiksiT"))
)
case("member_text_control_character", "a terminal escape in a reason")(
    _content(lambda c: c["decisions"][0].update(reason="OK\x1b[2J\x1b[31m hyväksytty"))
)
case("member_text_control_character", "a C1 control (U+009B starts an escape) in a title")(
    _content(lambda c: c["published"][0].update(title="Läksy\x9bapu"))
)
case("member_text_broken_character", "a lone surrogate spelled as a JSON escape")(
    lambda: _changed(lambda p: setattr(p, "receipt_bytes", json_bytes(p.content).replace(
        b"Kiitos tiedoista!", b"Kiitos \\ud800")))
)  # fmt: skip
case("member_text_line_break", "a line break in a key")(_content(lambda c: c.update({"no\nte": 1})))
case("not_object", "a JSON list")(lambda: _changed(lambda p: setattr(p, "receipt_bytes", b"[]\n")))
case("format", "a package manifest's format")(_content(lambda c: c.update(format="kuhina-package")))
case("version", "format version 2")(_content(lambda c: c.update(format_version=2)))
case("schema_invalid", "an unknown field")(_content(lambda c: c.update(extra=1)))
case("schema_invalid", "a field missing")(_content(lambda c: c.pop("published")))
case("schema_invalid", "a decision that is neither accept nor reject")(
    _content(lambda c: c["decisions"][0].update(decision="maybe"))
)
case("schema_invalid", "a record id that is not a UUID")(
    _content(lambda c: c["published"][0].update(record_id="../../etc"))
)
case("schema_invalid", "a javascript: address")(
    _content(lambda c: c["published"][0].update(url="javascript:alert(1)"))
)
case("field_invalid", "a day that does not exist")(
    _content(lambda c: c["check_due"][0].update(reviewed_on="2026-02-30"))
)
case("field_invalid", "a rejection without a reason")(
    _content(lambda c: c["decisions"][0].update(reason=None))
)
case("field_invalid", "a public key that is not Ed25519 key material")(
    _content(lambda c: c.update(catalogue_public_key="ssh-ed25519 AAAA"))
)
case("key_not_signer", "signed by another key than the one it names")(
    lambda: parts(content(), key=STRANGER_KEY).build()
)
case("rotation_invalid", "a key change signed by a stranger")(
    lambda: parts(rotated_content(STRANGER_KEY, NEXT_KEY) | {
        "key_rotation": {**rotated_content(STRANGER_KEY, NEXT_KEY)["key_rotation"],
                         "signature": sshsig.sign(b"other", STRANGER_KEY, ROTATION_NAMESPACE)}},
        key=NEXT_KEY).build()
)  # fmt: skip
case("rotation_invalid", "a key change to the same key")(
    lambda: parts(rotated_content(CATALOGUE_KEY, CATALOGUE_KEY), key=CATALOGUE_KEY).build()
)


# -- text the program cannot store, print or publish (domain.text_rules, via json_guard) ---
def _escaped_content(change: Callable[[dict[str, Any]], None]) -> Callable[[], bytes]:
    """receipt.json changed and written with escapes (a lone surrogate has no UTF-8 bytes)."""

    def change_bytes(p: Parts) -> None:
        value = copy.deepcopy(p.content)
        change(value)
        p.receipt_bytes = (json.dumps(value, ensure_ascii=True, indent=2) + "\n").encode()

    return lambda: _changed(change_bytes)


case("archive_trailing_data", "bytes after the end record")(
    lambda: zip_archive(parts().entries(), suffix=b"appended\n")
)
case("member_text_broken_character", "a lone surrogate in the note")(
    _escaped_content(lambda c: c.update(note="Kiitos \ud800"))
)
case("member_text_control_character", "a terminal escape in the note")(
    _escaped_content(lambda c: c.update(note="\x1b[2JKiitos"))
)
case("member_text_direction_control", "a right-to-left override in the organisation's name")(
    _escaped_content(lambda c: c.update(organisation_name="Testiyhdistys \u202ery"))
)
case("member_text_line_break", "a key with a line break")(
    _escaped_content(lambda c: c.update({"note\nx": 1}))
)
