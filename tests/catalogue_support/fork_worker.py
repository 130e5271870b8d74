"""A process that runs `kuhina` commands in forked children, for the crash test.

Starting Python and importing the program takes about a second; killing an import many
times would spend most of the test waiting for start-ups. This worker imports the command
line once, then for each request line on stdin, `{"argv": [...], "kill_after": seconds or
null}`, forks a child that runs `kuhina <argv>` and exits with its code. When the child is
still running `kill_after` seconds later, the worker SIGKILLs it: the worker is its parent
and has not reaped it yet, so the pid cannot belong to another process. It answers each
request with one line: `exit <status> <seconds>` (a negative status is the signal).

Run as `python -m tests.catalogue_support.fork_worker`; an empty line ends it.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time


def main() -> int:
    from kuhina_desktop.cli import main as kuhina
    from kuhina_desktop.exports import site  # noqa: F401
    from kuhina_desktop.packages import reader  # noqa: F401  (imported once, not per child)
    from kuhina_desktop.services import catalogue_workspace, package_export  # noqa: F401

    for line in sys.stdin:
        if not line.strip():
            break
        request = json.loads(line)
        kill_after = request.get("kill_after")
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the child: run the command, never return into this loop
            code = 3
            try:
                code = kuhina(request["argv"])
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        status = _wait(pid, None if kill_after is None else started + float(kill_after))
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        print(f"exit {code} {time.monotonic() - started:.3f}", flush=True)
    return 0


def _wait(pid: int, deadline: float | None) -> int:
    """The child's wait status; SIGKILL it at `deadline` if it is still running."""
    while deadline is not None:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        if time.monotonic() >= deadline:
            os.kill(pid, signal.SIGKILL)
            break
        time.sleep(0.002)
    return os.waitpid(pid, 0)[1]


if __name__ == "__main__":
    sys.exit(main())
