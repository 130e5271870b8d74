"""Hashing on a helper thread (`packages.hashing`) gives the verdicts of one thread: the
same refusal, with the same parameters, for every case of the hostile corpus, and the first
broken member in the listing's order when several are."""

from __future__ import annotations

import hashlib
import itertools
import os
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from kuhina_desktop.packages import hashing, signed_archive
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.reader import read_package
from tests.unit.hostile_packages import CASES, Case, parts, sums_text


def _verdict(data: bytes, public_key: str | None = None) -> tuple[str, dict[str, Any]] | str:
    try:
        package = read_package(data, public_key=public_key)
    except PackageError as refused:
        return refused.code, dict(refused.params)
    return package.sha256


@pytest.fixture
def threads_seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[str]]:
    """Every archive is worth a helper thread; the names of the threads that check members."""
    seen: set[str] = set()
    checked = signed_archive._checked

    def spied(data: bytes, work: list[Any]) -> Any:
        seen.add(threading.current_thread().name)
        return checked(data, work)

    monkeypatch.setattr(hashing, "parallel", lambda size: True)
    monkeypatch.setattr(signed_archive, "_checked", spied)
    yield seen


def _one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hashing, "parallel", lambda size: False)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_hostile_case_gets_the_same_refusal_on_two_threads(
    case: Case, monkeypatch: pytest.MonkeyPatch, threads_seen: set[str]
) -> None:
    data = case.make()
    on_two = _verdict(data, case.public_key)
    assert on_two[0] == case.code
    _one_thread(monkeypatch)
    assert _verdict(data, case.public_key) == on_two


def test_a_valid_package_is_checked_on_two_threads(threads_seen: set[str]) -> None:
    data = parts().build()
    package = read_package(data)
    assert package.sha256 == hashlib.sha256(data).hexdigest()
    assert len(threads_seen) == 2
    assert any(name.startswith("kuhina-hash") for name in threads_seen)


def _with_wrong_digests(names: tuple[str, ...]) -> bytes:
    p = parts()
    listed = {name: hashlib.sha256(content).hexdigest() for name, content in p.members().items()}
    listed = {n: d for n, d in listed.items() if not n.startswith("SHA256SUMS")}
    for name in names:
        listed[name] = hashlib.sha256(name.encode()).hexdigest()
    p.sums_override = sums_text(listed)
    return p.build()


_LISTED = sorted(n for n in parts().own_members())
_BROKEN = [s for r in range(1, len(_LISTED) + 1) for s in itertools.combinations(_LISTED, r)]


@pytest.mark.parametrize("broken", _BROKEN, ids=["+".join(b) for b in _BROKEN])
def test_the_first_broken_member_in_the_listing_is_named(
    broken: tuple[str, ...], monkeypatch: pytest.MonkeyPatch, threads_seen: set[str]
) -> None:
    data = _with_wrong_digests(broken)
    expected = ("member_hash_mismatch", {"name": min(broken)})
    assert _verdict(data) == expected
    _one_thread(monkeypatch)
    assert _verdict(data) == expected


def test_the_members_are_cut_in_two_ordered_runs() -> None:
    entry = signed_archive.zip_checks.Entry
    work = [
        (f"m{i}", entry(f"m{i}", b"", 0, method, 0, size, size, 0, 0), "")
        for i, (method, size) in enumerate([(0, 10), (0, 10), (8, 5), (0, 10), (0, 1)])
    ]
    first, second = signed_archive._halves(work)
    assert first + second == work
    cost = signed_archive._cost
    total = sum(map(cost, work))
    assert 2 * sum(map(cost, first[:-1])) < total <= 2 * sum(map(cost, first))
    assert second  # both threads have work here
    assert signed_archive._halves(work[:1]) == (work[:1], [])
    assert signed_archive._halves([]) == ([], [])


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_a_forked_child_gets_its_own_helper_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """A child made by fork (a process pool) has none of the parent's threads; with the
    parent's pool it would wait forever for hashing that no thread does."""
    monkeypatch.setattr(hashing, "parallel", lambda size: True)
    hashing.file_sha256(b"x" * (2 * hashing.PARALLEL_MIN_BYTES)).result()  # the pool exists
    data = b"y" * (2 * hashing.PARALLEL_MIN_BYTES)
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child's outcome comes back through the pipe)
        try:
            os.close(read)
            os.write(write, hashing.file_sha256(data).result(timeout=10).encode())
        finally:
            os._exit(0)  # never back into pytest
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        answer = pipe.read().decode()
    os.waitpid(child, 0)
    assert answer == hashlib.sha256(data).hexdigest()
