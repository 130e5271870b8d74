"""The hashing of a package's bytes on a second thread, while the first checks the rest.

Reading a package hashes every byte of it twice: each member (inflated where deflated)
against `SHA256SUMS` with its CRC-32, and the whole file for the package's identity.
`hashlib`, the CRC-32 and zlib's inflater release the GIL over large buffers, so on a
machine with more than one core that work can run beside the Python checks of data.json
(issue 19: verification within 3x of the file's hash plus one signature, in wall time).

`Shared` hands such work to a helper thread as a row of tasks taken one at a time from
the front, and the caller takes whatever is left once its own checks are done
(`results`): when the helper gets no core (a loaded machine), the caller does the rest
itself and the reading costs about what it costs on one thread. The GIL is the catch: a
thread that wants it back after a call while another runs Python waits up to the switch
interval, 5 ms by default, so a helper hashing 30 images (two calls of 0.02-0.2 ms each)
beside the checks would get through one call per 5 ms. `quick_handovers` shortens the
interval while they run; each handover still costs the thread running Python a little
(tens of microseconds on the benchmark's machine), which is why the file's SHA-256, one
long call, goes first. Below `PARALLEL_MIN_BYTES`, or with one core, the caller does
everything: starting a helper would cost more than it saves.

The helper thread only reads immutable bytes; a task's exception is kept for the caller,
who reports refusals in the order the checks are listed (`signed_archive`), so a package
gets the same verdict and the same first reason as when checked on one thread.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Generic, TypeVar

T = TypeVar("T")

PARALLEL_MIN_BYTES = 1024 * 1024
# Whether the caller takes the tasks the helper has not begun (`Shared.results`); tests
# turn it off to have the helper do every one, so that a verdict reached there is tested.
CALLER_HELPS = True
# The switch interval while the helper hashes beside Python (`quick_handovers`).
HANDOVER_INTERVAL = 20e-6
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()
_interval_lock = threading.Lock()
_interval_users: dict[int, int] = {}  # open `quick_handovers` blocks, by thread
_interval_saved = 0.0


def _after_fork() -> None:
    """In a child made by fork only the forking thread came along: a new pool for the
    helper threads that did not, new locks (another thread may have held one), and only
    this thread's `quick_handovers` blocks still open (the interval back if none is)."""
    global _pool, _pool_lock, _interval_lock, _interval_users
    _pool, _pool_lock, _interval_lock = None, threading.Lock(), threading.Lock()
    mine = _interval_users.get(threading.get_ident(), 0)
    if _interval_users and not mine:
        sys.setswitchinterval(_interval_saved)
    _interval_users = {threading.get_ident(): mine} if mine else {}


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)


def parallel(size: int) -> bool:
    """Whether work over `size` bytes is worth a second thread here."""
    return size >= PARALLEL_MIN_BYTES and (os.cpu_count() or 1) > 1


def _executor() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            # Two, so that two readings on two threads each have a helper; more readings
            # at once share them and queue.
            _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kuhina-hash")
        return _pool


@contextmanager
def quick_handovers() -> Iterator[None]:
    """`HANDOVER_INTERVAL` as the switch interval meanwhile (the least of it and the
    interval in force), the interval in force again once the last such block ends.

    A thread that wants the GIL back after a hashing call, while another runs Python,
    waits up to the switch interval; at the default 5 ms a helper would make one 0.2 ms
    call per 5 ms beside the checks of data.json. The interval is the process's, so
    readings on several threads count their blocks and the last to leave restores it.
    """
    global _interval_saved
    me = threading.get_ident()
    with _interval_lock:
        if not _interval_users:
            _interval_saved = sys.getswitchinterval()
            sys.setswitchinterval(min(_interval_saved, HANDOVER_INTERVAL))
        _interval_users[me] = _interval_users.get(me, 0) + 1
    try:
        yield
    finally:
        with _interval_lock:
            _interval_users[me] -= 1
            if not _interval_users[me]:
                del _interval_users[me]
            if not _interval_users:
                sys.setswitchinterval(_interval_saved)


class Shared(Generic[T]):
    """`tasks` done in their order by a helper thread while the caller does other work,
    and by the caller too once it asks for the `results`.

    A task is taken by moving one shared index under a lock, so each is done exactly
    once, by whichever thread comes first, and the caller never waits for a task that
    has not begun.
    """

    def __init__(self, tasks: Sequence[Callable[[], T]], size: int) -> None:
        self._tasks = list(tasks)
        self._next = 0  # the first task not yet taken
        self._lock = threading.Lock()
        self._outcomes: list[Future[T]] = [Future() for _ in self._tasks]
        self._helper: Future[None] | None = None
        if parallel(size) and self._tasks:
            # Not waited for: the caller goes on with hashing calls of its own, which let
            # the helper take the GIL as it starts.
            self._helper = _executor().submit(self._work)

    @property
    def helped(self) -> bool:
        """Whether a helper thread takes part."""
        return self._helper is not None

    def _take(self) -> int | None:
        with self._lock:  # held only to take an index, never while a task runs
            index = self._next
            if index >= len(self._tasks):
                return None
            self._next = index + 1
            return index

    def _work(self) -> None:
        while (index := self._take()) is not None:
            outcome = self._outcomes[index]
            try:
                outcome.set_result(self._tasks[index]())
            except Exception as error:  # kept for the caller, in the tasks' order
                outcome.set_exception(error)

    def results(self) -> list[T]:
        """Each task's result in the tasks' order, once all are done (the caller doing
        those not begun); the first task's exception, in that order, is raised."""
        if self._helper is None or CALLER_HELPS:
            self._work()
        # A helper still queued behind other readings' is called off, not waited for.
        if self._helper is not None and not (CALLER_HELPS and self._helper.cancel()):
            self._helper.result()
        return [outcome.result(timeout=0) for outcome in self._outcomes]  # all are done
