"""The one helper for long work: results on the UI thread, failures shown, feedback after a
delay, Cancel that stops the work."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kuhina_desktop.errors import KnownError
from kuhina_desktop.progress import Cancelled, Progress
from kuhina_desktop.ui.widgets.background import (
    BackgroundOperation,
    ImmediateExecutor,
    ThreadPoolExecutor,
)


def test_immediate_executor_runs_at_once(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    BackgroundOperation(parent, lambda p: 42, executor=ImmediateExecutor()).success(
        results.append
    ).run()
    assert results == [42]


def test_results_arrive_on_the_ui_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    threads: list[threading.Thread] = []
    op = BackgroundOperation(
        parent, lambda p: threading.current_thread(), executor=ThreadPoolExecutor()
    )
    op.success(lambda worker: threads.extend([worker, threading.current_thread()]))
    with qtbot.waitSignal(op.finished, timeout=10000):
        op.run()
    worker, callback = threads
    assert worker is not threading.main_thread()
    assert callback is threading.main_thread()


def test_known_failure_goes_to_the_failure_callback(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []

    def work(progress: Progress) -> None:
        raise KnownError("file_write_failed", path="x", reason="disk full")

    BackgroundOperation(parent, work, executor=ImmediateExecutor()).failure(failures.append).run()
    assert [f.code for f in failures] == ["file_write_failed"]  # type: ignore[attr-defined]


def test_progress_dialog_after_a_delay_and_cancel(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()

    def work(progress: Progress) -> None:
        progress.start(1000, "Counting")
        started.set()
        while True:
            progress.step()
            threading.Event().wait(0.005)

    op = BackgroundOperation(parent, work, title="Counting", executor=ThreadPoolExecutor())
    failures: list[BaseException] = []
    op.failure(failures.append)
    op.run()
    assert started.wait(10)
    qtbot.waitUntil(lambda: op._dialog is not None, timeout=10000)
    dialog = op._dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(op.finished, timeout=10000):
        dialog.canceled.emit()  # what its Cancel button does
    assert isinstance(failures[0], Cancelled)
    assert not op.running
