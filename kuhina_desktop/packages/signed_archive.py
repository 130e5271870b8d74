"""A signed ZIP archive: members listed in `SHA256SUMS`, which `SHA256SUMS.sig` signs.

Both Kuhina file formats are this container: the package (`.kuhina`, namespace
`kuhina-package-v1`) and the receipt (`.kuhina-receipt`, namespace `kuhina-receipt-v1`).
An `ArchiveKind` says what one format allows (its namespace, its member names, the members
it requires, its size bound); the writing (`build_archive`) and the checks of untrusted
bytes (`check_integrity`) are the same for both:

1. the container (`zip_checks`): size, ZIP structure, member count, names, entry types,
   encryption, methods, sizes, ratios, duplicates, overlap;
2. only the members the kind allows; `SHA256SUMS` and `SHA256SUMS.sig` present;
3. the signature over `SHA256SUMS` in the kind's namespace, and the signer against the key
   the caller expects, if any;
4. `SHA256SUMS` lists exactly the other members, and each one's content has that hash.

Everything happens in memory; nothing is extracted or written anywhere.
"""

from __future__ import annotations

import hashlib
import io
import re
import stat
import zipfile
from collections.abc import Callable, Collection, Mapping
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import NoReturn, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kuhina_desktop.packages import hashing, keys, limits, sshsig, zip_checks
from kuhina_desktop.packages.errors import PackageRefused, shown

_SUMS_LINE = re.compile(r"([0-9a-f]{64})  (\S+)")
MAX_SUMS_BYTES = 1024 * 1024
COMPRESS_LEVEL = 9
_MODE = (stat.S_IFREG | 0o644) << 16

Content = bytes | memoryview
T = TypeVar("T")


@dataclass(frozen=True)
class ArchiveKind:
    """What one signed-archive format allows."""

    namespace: str
    is_allowed: Callable[[str], bool]
    required: tuple[str, ...]
    max_bytes: int = limits.MAX_ARCHIVE_BYTES
    # Refusal code when the signer is not the key the caller expects.
    unexpected_key_code: str = "package_key_unexpected"


def _refuse(code: str, **params: object) -> NoReturn:
    raise PackageRefused(code, params)


def parse_sums(raw: bytes, kind: ArchiveKind) -> dict[str, str]:
    """`SHA256SUMS` as {member name: hex digest}: `sha256sum` lines, sorted, LF-ended."""
    if len(raw) > MAX_SUMS_BYTES:  # the line the limit falls in
        _refuse("sums_malformed", line=raw.count(b"\n", 0, MAX_SUMS_BYTES) + 1)
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError as error:  # the line of the first byte that is not ASCII
        _refuse("sums_malformed", line=raw.count(b"\n", 0, error.start) + 1)
    if not text.endswith("\n"):
        _refuse("sums_malformed", line=text.count("\n") + 1)
    listing: dict[str, str] = {}
    previous = ""
    for number, line in enumerate(text[:-1].split("\n"), start=1):
        match = _SUMS_LINE.fullmatch(line)
        if match is None:
            _refuse("sums_malformed", line=number)
        digest, name = match.groups()
        if not kind.is_allowed(name) or name in (limits.SUMS, limits.SIGNATURE) or name <= previous:
            _refuse("sums_malformed", line=number)
        listing[name] = digest
        previous = name
    return listing


def _signer(sums: bytes, signature: bytes, kind: ArchiveKind, expected: str | None) -> str:
    """The key that signed SHA256SUMS, checked against the caller's expected key."""
    signer = sshsig.verify(sums, signature, kind.namespace)
    if expected is not None:
        wanted = keys.public_key_line(keys.parse_public_key_line(expected))
        if wanted != signer:
            _refuse(
                kind.unexpected_key_code,
                signer=keys.fingerprint(signer),
                expected=keys.fingerprint(wanted),
            )
    return signer


def _listed(entries: dict[str, zip_checks.Entry], sums: bytes, kind: ArchiveKind) -> dict[str, str]:
    """SHA256SUMS's listing, once it lists exactly the members and the required ones."""
    listing = parse_sums(sums, kind)
    for name in entries:
        if name not in listing and not name.startswith("SHA256SUMS"):
            _refuse("member_unlisted", name=name)
    for name in listing:
        if name not in entries:
            _refuse("member_missing", name=name)
    for name in kind.required:
        if name not in listing:
            _refuse("member_required", name=name)
    return listing


_Work = tuple[str, zip_checks.Entry, str]


def _checked(data: bytes, work: list[_Work]) -> dict[str, Content | PackageRefused]:
    """Each member's content once its length, CRC-32 and SHA-256 check out, in order,
    up to the first refusal (kept in the result, not raised: the caller reports them).

    Each member is read once: its CRC-32 and SHA-256 are taken over the same bytes, and a
    stored member (the images) is hashed where it lies in `data`, without a copy."""
    results: dict[str, Content | PackageRefused] = {}
    for name, entry, digest in work:
        try:
            content = zip_checks.member_view(data, entry)
            if hashlib.sha256(content).hexdigest() != digest:
                _refuse("member_hash_mismatch", name=name)
        except PackageRefused as refusal:
            results[name] = refusal
            break
        results[name] = content
    return results


def _check_one(
    data: bytes, item: _Work, viewed: Mapping[str, Content | PackageRefused]
) -> Content | PackageRefused:
    """One member as `_checked` checks it; its content as `member_view` gave it, when the
    caller has had it in `viewed` by then (else it is viewed here)."""
    name, _entry, digest = item
    content = viewed.get(name)
    if content is None:
        return _checked(data, [item])[name]
    if isinstance(content, PackageRefused) or hashlib.sha256(content).hexdigest() == digest:
        return content
    return PackageRefused("member_hash_mismatch", {"name": name})


def _viewed(data: bytes, entry: zip_checks.Entry) -> Content | PackageRefused:
    try:
        return zip_checks.member_view(data, entry)
    except PackageRefused as refusal:
        return refusal


def _hex_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Integrity:
    """What rules 1-4 establish: who signed SHA256SUMS, each listed member's content (a
    view into the archive bytes for a stored member) and SHA-256, and the SHA-256 of the
    archive itself (hex), which names it."""

    signer: str
    contents: dict[str, Content]
    digests: dict[str, str]
    sha256: str


def check_integrity(data: bytes, kind: ArchiveKind, public_key: str | None = None) -> Integrity:
    """Rules 1-4 of the module docstring over immutable archive bytes: the container, the
    allowed members, the signature (by `public_key` when given) and every member's hash."""
    return check_integrity_beside(data, kind, public_key, (), lambda signer, contents: None)[0]


def check_integrity_beside(
    data: bytes,
    kind: ArchiveKind,
    public_key: str | None,
    first: Collection[str],
    beside: Callable[[str, Mapping[str, Content]], T],
) -> tuple[Integrity, T]:
    """Rules 1-4, as `check_integrity`, and `beside(signer, contents)` beside the hashing.

    The members named in `first` are checked on this thread, then `beside` runs over
    their contents while a helper thread (`hashing.Shared`) hashes the whole archive and
    checks the other members, with quick GIL handovers meanwhile; this thread takes
    whatever the helper has not begun when `beside` returns. The order of the reasons
    stays that of one thread: a refusal of rules 1-4 (the first broken member in the
    listing's order) comes before anything `beside` raises, and `beside` runs only once
    the members it reads have passed. So the caller's later checks (the content of
    data.json) can run early without ever being the reason given for a package whose
    members are broken.
    """
    entries = zip_checks.open_archive(data, max_bytes=kind.max_bytes)
    for name in entries:
        if not kind.is_allowed(name):
            _refuse("member_unexpected", name=shown(name))
    for name in (limits.SUMS, limits.SIGNATURE):
        if name not in entries:
            _refuse("member_required", name=name)
    sums = zip_checks.read_member(data, entries[limits.SUMS])
    signature = zip_checks.read_member(data, entries[limits.SIGNATURE])
    signer = _signer(sums, signature, kind, public_key)
    listing = _listed(entries, sums, kind)
    work = [(name, entries[name], digest) for name, digest in listing.items()]
    mine = [item for item in work if item[0] in first]
    rest = [item for item in work if item[0] not in first]
    # The archive's hash first: the helper starts on that one long call at once, while
    # this thread inflates and hashes the members in `first`.
    viewed: dict[str, Content | PackageRefused] = {}
    tasks: list[Callable[[], Content | PackageRefused | str]] = [partial(_hex_sha256, data)]
    tasks += [partial(_check_one, data, item, viewed) for item in rest]
    shared = hashing.Shared(tasks, len(data))
    checked_here = _checked(data, mine)
    if shared.helped:
        # Each stored member's CRC-32 here (0.02 ms each, while the helper is on the
        # archive's hash), so that the helper makes one call per member beside `beside`
        # (its SHA-256) rather than two: each call costs a GIL handover there.
        for name, entry, _digest in rest:
            if entry.method == zip_checks.STORED:
                viewed[name] = _viewed(data, entry)
    passed = {name: r for name, r in checked_here.items() if not isinstance(r, PackageRefused)}
    outcome: tuple[T] | None = None
    held: Exception | None = None
    if len(passed) == len(mine):
        try:
            with hashing.quick_handovers() if shared.helped else nullcontext():
                outcome = (beside(signer, passed),)
        except Exception as error:  # any, even a fault: reported once rules 1-4 pass
            held = error
    file_hash, *others = shared.results()
    results = {**checked_here, **dict(zip((item[0] for item in rest), others, strict=True))}
    contents: dict[str, Content] = {}
    for name in listing:  # the first refusal in the listing's order, as on one thread
        result = results.get(name)
        if isinstance(result, PackageRefused):
            raise result
        if isinstance(result, bytes | memoryview):
            contents[name] = result
    if held is not None:
        raise held
    assert isinstance(file_hash, str) and outcome is not None
    return Integrity(signer, contents, listing, file_hash), outcome[0]


# -- writing ----------------------------------------------------------------------------------
def zip_time(created_at: str) -> tuple[int, int, int, int, int, int]:
    """The entries' time from `created_at`, which must be UTC (as the readers require)."""
    moment = datetime.fromisoformat(created_at)
    if moment.utcoffset() != timedelta(0):
        raise ValueError("created_at must be UTC, e.g. 2026-11-20T10:00:00Z")
    if moment.year < 1980:
        raise ValueError("created_at before 1980 does not fit a ZIP entry")
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def sums_text(digests: Mapping[str, str]) -> bytes:
    """`SHA256SUMS`: `<hex>  <name>` per member, sorted by name, LF line ends."""
    return "".join(f"{digests[name]}  {name}\n" for name in sorted(digests)).encode("ascii")


def _add(
    archive: zipfile.ZipFile, name: str, content: bytes, when: tuple[int, ...], stored: bool
) -> None:
    info = zipfile.ZipInfo(name, date_time=when)  # type: ignore[arg-type]
    info.create_system = 3  # Unix, on every platform, so the mode bits mean what they say
    info.external_attr = _MODE
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    archive.writestr(info, content, compresslevel=COMPRESS_LEVEL)


def build_archive(
    members: Mapping[str, bytes],
    private_key: Ed25519PrivateKey,
    namespace: str,
    when: tuple[int, int, int, int, int, int],
    *,
    stored: Callable[[str], bool] = lambda name: False,
) -> bytes:
    """The archive of `members` (in their order), then `SHA256SUMS` and its signature.

    Every entry carries `when` as its time, mode 0644 as a regular Unix file and no extra
    fields, so the bytes depend only on the content and `when`; members for which
    `stored(name)` is true are stored, the others deflated.
    """
    digests = {name: hashlib.sha256(content).hexdigest() for name, content in members.items()}
    sums = sums_text(digests)
    signature = sshsig.sign(sums, private_key, namespace).encode("ascii")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            _add(archive, name, content, when, stored(name))
        _add(archive, limits.SUMS, sums, when, False)
        _add(archive, limits.SIGNATURE, signature, when, False)
    return buffer.getvalue()
