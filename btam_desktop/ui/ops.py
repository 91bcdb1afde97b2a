"""Every service call runs on one database worker thread; results come back on the GUI thread.

Calls are plain data (`Call`) handed to a transport; today the transport is a QThread running
the in-process ServiceHost, later a separate process that alone holds the key. Actions that
change something (`run`) are not re-entered: while one runs, another is refused and the UI
shows it is busy. Reads and the lock (`queue`) simply wait their turn on the worker.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from btam_desktop.domain.errors import BtamError
from btam_desktop.services.host import Call, Reply, ServiceHost

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BtamError], None]


class _Worker(QObject):
    replied = Signal(int, object)

    def __init__(self, host: ServiceHost) -> None:
        super().__init__()
        self._host = host

    @Slot(int, object)
    def run(self, call_id: int, call: Call) -> None:
        try:
            reply = self._host.handle(call)
        except Exception as error:  # a bug: report the type and where, never the data
            log.error(
                "service %s failed: %s\n%s",
                call.service,
                type(error).__name__,
                "".join(traceback.format_tb(error.__traceback__)),
            )
            reply = Reply(error=BugError(call.service))
        self.replied.emit(call_id, reply)

    @Slot()
    def finish(self) -> None:
        """Queued behind every call already submitted, so nothing in flight is dropped."""
        QThread.currentThread().quit()


class BugError(BtamError):
    def __init__(self, service: str) -> None:
        super().__init__(
            f"Something went wrong inside BTAM Desktop ({service}). Nothing half-done was saved. "
            "Please tell your IT contact; the details are in the program's log."
        )


class ThreadTransport(QObject):
    """Runs calls in order on one worker thread that owns the SQLite connection."""

    replied = Signal(int, object)
    _submit = Signal(int, object)
    _finish = Signal()

    def __init__(self, host: ServiceHost) -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName("btam-db-worker")
        self._worker = _Worker(host)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._finish.connect(self._worker.finish)
        self._worker.replied.connect(self.replied)
        self._thread.start()

    def submit(self, call_id: int, call: Call) -> None:
        self._submit.emit(call_id, call)

    def stop(self) -> None:
        if self._thread.isRunning():
            self._finish.emit()
            self._thread.wait()


class Ops(QObject):
    changes_applied = Signal(object)  # ChangeSet
    busy_changed = Signal(bool)
    failed = Signal(object)  # BtamError without its own handler

    def __init__(self, transport: ThreadTransport) -> None:
        super().__init__()
        self._transport = transport
        self._pending: dict[int, tuple[OnDone | None, OnError | None]] = {}
        self._blocking: set[int] = set()
        self._next_id = 0
        transport.replied.connect(self._on_reply)

    @property
    def busy(self) -> bool:
        return bool(self._blocking)

    def run(
        self,
        service: str,
        *args: Any,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        **kwargs: Any,
    ) -> bool:
        """Start a call; False (and nothing happens) while another call is running."""
        if self.busy:
            return False
        self._start(Call(service, args, kwargs), on_done, on_error, blocking=True)
        return True

    def queue(
        self,
        service: str,
        *args: Any,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        **kwargs: Any,
    ) -> None:
        """Queue a read (or the lock) behind whatever runs: never refused."""
        self._start(Call(service, args, kwargs), on_done, on_error, blocking=False)

    def _start(
        self, call: Call, on_done: OnDone | None, on_error: OnError | None, *, blocking: bool
    ) -> None:
        self._next_id += 1
        self._pending[self._next_id] = (on_done, on_error)
        if blocking:
            self._blocking.add(self._next_id)
            if len(self._blocking) == 1:
                self.busy_changed.emit(True)
        self._transport.submit(self._next_id, call)

    @Slot(int, object)
    def _on_reply(self, call_id: int, reply: Reply) -> None:
        on_done, on_error = self._pending.pop(call_id, (None, None))
        if call_id in self._blocking:
            self._blocking.discard(call_id)
            if not self._blocking:
                self.busy_changed.emit(False)
        if reply.error is not None:
            if on_error is not None:
                on_error(reply.error)
            else:
                self.failed.emit(reply.error)
            return
        if not reply.changes.empty:
            self.changes_applied.emit(reply.changes)
        if on_done is not None:
            on_done(reply.result)

    def shutdown(self) -> None:
        self._transport.stop()
