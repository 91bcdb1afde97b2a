"""Waiting in a child process that drives the window (no pytest-qt there): by the event
loop, never by sleeping. Import it after QT_QPA_PLATFORM is set."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def settle(ms: int = 100) -> None:
    """Run the event loop for `ms` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], limit_ms: int = 20_000) -> None:
    waited = 0
    while not condition():
        if waited > limit_ms:
            raise TimeoutError("the window did not get there")
        settle(50)
        waited += 50
