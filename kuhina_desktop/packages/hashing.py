"""The hashing of a package's bytes on a second thread, while the first checks the rest.

Reading a package hashes every byte of it twice: each member (inflated where deflated)
against `SHA256SUMS` with its CRC-32, and the whole file for the package's identity.
`hashlib`, `zlib.crc32` and zlib's inflater release the GIL over large buffers, so on a
machine with more than one core that work can run beside the Python checks (issue 19:
verification within 3x of the file's hash plus one signature, in wall time).

The split follows the GIL: a thread waiting for it while another runs Python waits up to
the switch interval (5 ms) per call, so a helper thread gets only long calls. The members
are hashed on both threads at once before the content checks (both threads spend their
time inside hashing calls, so handing the GIL over is quick), and the file's hash, one
call, runs beside the checks of data.json. Below `PARALLEL_MIN_BYTES`, or with one core,
everything runs on the calling thread: starting a task would cost more than it saves.

The helper threads only read immutable bytes and never raise on their own account; the
caller reports refusals in the order the checks are listed (`signed_archive`), so a
package gets the same verdict and the same first reason as when checked on one thread.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

PARALLEL_MIN_BYTES = 1024 * 1024
HANDOVER_WAIT = 0.05  # seconds; longer only while other readings keep both helpers busy
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _forget_pool() -> None:
    """In a child made by fork: the helper threads did not come along, so a new pool."""
    global _pool
    _pool = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pool)


def parallel(size: int) -> bool:
    """Whether work over `size` bytes is worth a second thread here."""
    return size >= PARALLEL_MIN_BYTES and (os.cpu_count() or 1) > 1


def _executor() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            # Two: the file's hash and half of the members may be asked for at once by
            # one reading; readings on several threads share the threads and queue.
            _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kuhina-hash")
        return _pool


def start(work: Callable[[], T], size: int, *, handover: bool = True) -> Future[T]:
    """`work` on a helper thread when `size` bytes are worth it, else done right here.

    With `handover`, returns once the helper has started (the GIL released meanwhile): a
    thread starting while this one runs Python would wait 5 ms for the GIL. A caller that
    goes straight into hashing calls of its own need not wait (`handover=False`).
    """
    if parallel(size):
        running = threading.Event()

        def task() -> T:
            running.set()
            return work()

        future = _executor().submit(task)
        if handover:
            running.wait(HANDOVER_WAIT)
        return future
    done: Future[T] = Future()
    try:
        done.set_result(work())
    except Exception as error:  # as the helper thread would hand it over
        done.set_exception(error)
    return done


def file_sha256(data: bytes) -> Future[str]:
    """The SHA-256 of `data` (hex), computed beside whatever the caller does next."""
    return start(lambda: hashlib.sha256(data).hexdigest(), len(data))
