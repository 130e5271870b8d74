"""Hashing on a helper thread (`packages.hashing`) gives the verdicts of one thread: the
same refusal, with the same parameters, for every case of the hostile corpus, and the first
broken member in the listing's order when several are, also when the content of data.json
and the manifest, checked while the other members are hashed, is broken too.

Each two-thread test runs twice: with the helper checking every member the caller leaves
to it (the caller waiting for it), and with the caller taking the tasks the helper has
not begun, as it does in use."""

from __future__ import annotations

import hashlib
import itertools
import os
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from kuhina_desktop.packages import data_checks, hashing, json_guard, signed_archive
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.reader import read_package
from tests.unit.hostile_packages import CASES, Case, Parts, parts, sums_text


def _verdict(data: bytes, public_key: str | None = None) -> tuple[str, dict[str, Any]] | str:
    try:
        package = read_package(data, public_key=public_key)
    except PackageError as refused:
        return refused.code, dict(refused.params)
    return package.sha256


@pytest.fixture(params=[False, True], ids=["helper-checks-all", "caller-helps"])
def threads_seen(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[set[str]]:
    """Every archive is worth a helper thread; the names of the threads that check members
    (the helper's tasks check one each, viewed by the caller or not)."""
    monkeypatch.setattr(hashing, "CALLER_HELPS", request.param)
    seen: set[str] = set()
    checked, check_one = signed_archive._checked, signed_archive._check_one

    def spied(data: bytes, work: list[Any]) -> Any:
        seen.add(threading.current_thread().name)
        return checked(data, work)

    def spied_one(data: bytes, item: Any, viewed: Any) -> Any:
        seen.add(threading.current_thread().name)
        return check_one(data, item, viewed)

    monkeypatch.setattr(hashing, "parallel", lambda size: True)
    monkeypatch.setattr(signed_archive, "_checked", spied)
    monkeypatch.setattr(signed_archive, "_check_one", spied_one)
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


def test_a_valid_package_is_checked_on_two_threads(
    threads_seen: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hashing, "CALLER_HELPS", False)
    data = parts().build()
    package = read_package(data)
    assert package.sha256 == hashlib.sha256(data).hexdigest()
    assert len(threads_seen) == 2
    assert any(name.startswith("kuhina-hash") for name in threads_seen)


def _with_wrong_digests(names: tuple[str, ...], p: Parts | None = None) -> bytes:
    p = p or parts()
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


_ATTACHMENT = next(name for name in _LISTED if name.startswith("attachments/"))


def _broken_content(p: Parts, member: str) -> None:
    """`member` (data.json or manifest.json) with its hash in SHA256SUMS, but refused by
    the checks of its content: not JSON, or JSON the schema refuses."""
    if member == "data.json":
        p.data_bytes = b'{"organisation": '
    else:
        p.manifest = {**p.manifest, "format_version": "two"}


@pytest.mark.parametrize("member", ["data.json", "manifest.json"])
def test_a_broken_attachment_is_named_before_broken_content(
    member: str, monkeypatch: pytest.MonkeyPatch, threads_seen: set[str]
) -> None:
    """The content checks run while the attachments are hashed; a package whose
    attachment is broken is refused for it, as on one thread, whatever its JSON says."""
    p = parts()
    _broken_content(p, member)
    content_only = p.build()
    assert _verdict(content_only)[0] != "member_hash_mismatch"  # its content is refused
    p = parts()
    _broken_content(p, member)
    data = _with_wrong_digests((_ATTACHMENT,), p)
    expected = ("member_hash_mismatch", {"name": _ATTACHMENT})
    assert _verdict(data) == expected
    _one_thread(monkeypatch)
    assert _verdict(data) == expected


def test_a_fault_in_the_content_checks_waits_for_the_members(
    monkeypatch: pytest.MonkeyPatch, threads_seen: set[str]
) -> None:
    """Even an error no check expected (a fault) is given only once the members pass."""

    def fault(data: Any) -> Any:
        raise LookupError("a fault in the checks")

    monkeypatch.setattr(data_checks, "check_schema", fault)
    broken = _with_wrong_digests((_ATTACHMENT,))
    assert _verdict(broken) == ("member_hash_mismatch", {"name": _ATTACHMENT})
    with pytest.raises(LookupError):
        read_package(parts().build())


def test_the_content_is_not_checked_when_its_member_is_broken(
    monkeypatch: pytest.MonkeyPatch, threads_seen: set[str]
) -> None:
    """data.json's content is read only once its own CRC-32 and hash have passed."""
    parsed: list[str] = []
    parse = json_guard.parse_member
    monkeypatch.setattr(
        json_guard, "parse_member", lambda name, raw: parsed.append(name) or parse(name, raw)
    )
    assert _verdict(_with_wrong_digests(("data.json",))) == (
        "member_hash_mismatch",
        {"name": "data.json"},
    )
    assert parsed == []


@pytest.mark.parametrize("caller_takes_rest", [False, True])
@pytest.mark.parametrize("helper", [False, True])
def test_shared_tasks_are_each_done_once_in_order(
    helper: bool, caller_takes_rest: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hashing, "parallel", lambda size: helper)
    monkeypatch.setattr(hashing, "CALLER_HELPS", caller_takes_rest)
    done: list[int] = []
    lock = threading.Lock()

    def task(index: int) -> int:
        with lock:
            done.append(index)
        return index * index

    shared = hashing.Shared([lambda i=i: task(i) for i in range(50)], 0)
    assert shared.results() == [i * i for i in range(50)]
    assert sorted(done) == list(range(50))
    assert hashing.Shared([], 0).results() == []


@pytest.mark.parametrize("helper", [False, True])
def test_shared_tasks_raise_the_first_failure_in_order(
    helper: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hashing, "parallel", lambda size: helper)

    def fail(index: int) -> int:
        if index in (7, 3, 12):
            raise ValueError(index)
        return index

    shared = hashing.Shared([lambda i=i: fail(i) for i in range(20)], 0)
    with pytest.raises(ValueError) as raised:
        shared.results()
    assert raised.value.args == (3,)


def test_the_caller_takes_the_tasks_a_busy_helper_has_not_begun(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A helper kept from working (here: a task it takes waits until the caller has done
    one) does not hold the caller up: the caller does the rest itself."""
    monkeypatch.setattr(hashing, "parallel", lambda size: True)
    caller = threading.current_thread()
    caller_worked = threading.Event()

    def task() -> bool:
        if threading.current_thread() is caller:
            caller_worked.set()
            return True
        return caller_worked.wait(timeout=30)

    assert hashing.Shared([task] * 10, 0).results() == [True] * 10
    assert caller_worked.is_set()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_a_forked_child_gets_its_own_helper_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """A child made by fork (a process pool) has none of the parent's threads; with the
    parent's pool it would wait forever for hashing that no thread does."""
    monkeypatch.setattr(hashing, "parallel", lambda size: True)
    monkeypatch.setattr(hashing, "CALLER_HELPS", False)  # only the helper hashes
    data = b"y" * 1000

    def digest() -> str:
        return hashlib.sha256(data).hexdigest()

    hashing.Shared([digest], 0).results()  # the pool exists
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child's outcome comes back through the pipe)
        try:
            os.close(read)
            os.write(write, hashing.Shared([digest], 0).results()[0].encode())
        finally:
            os._exit(0)  # never back into pytest
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        answer = pipe.read().decode()
    os.waitpid(child, 0)
    assert answer == hashlib.sha256(data).hexdigest()


def test_quick_handovers_shorten_the_switch_interval_and_restore_it() -> None:
    before = sys.getswitchinterval()
    with hashing.quick_handovers():
        assert sys.getswitchinterval() == pytest.approx(min(before, hashing.HANDOVER_INTERVAL))
        with hashing.quick_handovers():  # another reading at the same time
            assert sys.getswitchinterval() == pytest.approx(min(before, hashing.HANDOVER_INTERVAL))
        assert sys.getswitchinterval() == pytest.approx(min(before, hashing.HANDOVER_INTERVAL))
    assert sys.getswitchinterval() == before
    with pytest.raises(LookupError), hashing.quick_handovers():
        raise LookupError("a refusal inside")
    assert sys.getswitchinterval() == before


def test_quick_handovers_overlapping_on_two_threads_restore_the_interval() -> None:
    """The last reading to end restores the interval, whichever began first."""
    before = sys.getswitchinterval()
    first_in, second_out = threading.Event(), threading.Event()

    def other() -> None:
        with hashing.quick_handovers():
            first_in.set()
            second_out.wait(timeout=30)

    thread = threading.Thread(target=other)
    thread.start()
    assert first_in.wait(timeout=30)
    with hashing.quick_handovers():
        pass  # this one ends first: the other is still reading
    assert sys.getswitchinterval() == pytest.approx(min(before, hashing.HANDOVER_INTERVAL))
    second_out.set()
    thread.join(timeout=30)
    assert sys.getswitchinterval() == before


def test_a_reading_leaves_the_switch_interval_as_it_was(
    threads_seen: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = sys.getswitchinterval()
    read_package(parts().build())
    assert _verdict(_with_wrong_digests((_ATTACHMENT,)))[0] == "member_hash_mismatch"
    assert sys.getswitchinterval() == before


def test_a_member_viewed_by_the_caller_is_hashed_as_one_not_viewed() -> None:
    """The caller takes the stored members' CRC-32 before the helper hashes them; the
    helper's verdict on a member is the same whether or not its view was there yet."""
    data = parts().build()
    entries = signed_archive.zip_checks.open_archive(data)
    entry = entries[_ATTACHMENT]
    content = signed_archive.zip_checks.member_view(data, entry)
    right = (_ATTACHMENT, entry, hashlib.sha256(content).hexdigest())
    wrong = (_ATTACHMENT, entry, "0" * 64)
    corrupt = signed_archive.PackageRefused("member_corrupt", {"name": _ATTACHMENT})
    check = signed_archive._check_one
    for item in (right, wrong):
        alone = check(data, item, {})
        viewed = check(data, item, {_ATTACHMENT: signed_archive._viewed(data, entry)})
        if isinstance(alone, signed_archive.PackageRefused):
            assert isinstance(viewed, signed_archive.PackageRefused)
            assert (viewed.code, dict(viewed.params)) == (alone.code, dict(alone.params))
            assert alone.code == "member_hash_mismatch"
        else:
            assert bytes(viewed) == bytes(alone) == bytes(content)  # type: ignore[arg-type]
    assert check(data, right, {_ATTACHMENT: corrupt}) is corrupt


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_a_child_forked_during_another_threads_reading_gets_the_interval_back() -> None:
    """Another thread's block does not come along into a child made by fork, so the child
    has the interval in force before it; the forking thread's own block still counts."""
    before = sys.getswitchinterval()
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with hashing.quick_handovers():
            inside.set()
            leave.wait(timeout=30)

    thread = threading.Thread(target=other)
    thread.start()
    assert inside.wait(timeout=30)

    def child_reports() -> list[float]:
        read, write = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover (its outcome comes back through the pipe)
            try:
                os.close(read)
                seen = [sys.getswitchinterval()]
                with hashing.quick_handovers():
                    seen.append(sys.getswitchinterval())
                seen.append(sys.getswitchinterval())
                os.write(write, " ".join(map(repr, seen)).encode())
            finally:
                os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            answer = pipe.read().decode()
        os.waitpid(child, 0)
        return [float(value) for value in answer.split()]

    try:
        assert child_reports() == pytest.approx(
            [before, min(before, hashing.HANDOVER_INTERVAL), before]
        )
        with hashing.quick_handovers():  # the forking thread's own block
            seen = child_reports()
        assert seen == pytest.approx([min(before, hashing.HANDOVER_INTERVAL)] * 3)
    finally:
        leave.set()
        thread.join(timeout=30)
    assert sys.getswitchinterval() == before


def test_a_reading_does_not_wait_for_helpers_busy_with_other_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With both helper threads taken (other readings), the caller does every task and
    calls its queued helper off rather than waiting for a thread to come free."""
    monkeypatch.setattr(hashing, "parallel", lambda size: True)
    release = threading.Event()
    timer = threading.Timer(30, release.set)  # never a hang, whatever happens
    timer.start()
    try:
        busy = [hashing._executor().submit(release.wait) for _ in range(2)]
        shared = hashing.Shared([lambda i=i: i for i in range(5)], 0)
        assert shared.results() == list(range(5))
        assert not release.is_set()  # returned while both helpers were still busy
    finally:
        release.set()
        timer.cancel()
    assert all(future.result(timeout=30) for future in busy)
