"""Every service call runs, in order, in the service process; results come back on the GUI
thread.

Calls are plain data (`Call`) handed to a transport (ui/process_transport.py: a separate
process that alone holds the key). Actions that change something (`run`) are not re-entered:
while one runs, another is refused and the UI shows it is busy. Reads and the lock (`queue`)
simply wait their turn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot

from btam_desktop.domain.errors import BtamError
from btam_desktop.services.contracts import Call, Reply

OnDone = Callable[[Any], None]
OnError = Callable[[BtamError], None]


class Transport(Protocol):
    """Where calls run: ProcessTransport (the app) or an in-process one (tools and tests)."""

    @property
    def replied(self) -> SignalInstance: ...

    def submit(self, call_id: int, call: Call) -> None: ...

    def stop(self) -> None: ...


class Ops(QObject):
    changes_applied = Signal(object)  # ChangeSet
    busy_changed = Signal(bool)
    failed = Signal(object)  # BtamError without its own handler
    #: The service process died on its own: the case file is closed, the UI must lock.
    host_lost = Signal()

    def __init__(self, transport: Transport) -> None:
        super().__init__()
        self._transport = transport
        lost = getattr(transport, "lost", None)
        if lost is not None:
            lost.connect(self.host_lost)
        self._pending: dict[int, tuple[OnDone | None, OnError | None, int]] = {}
        self._blocking: set[int] = set()
        self._next_id = 0
        self._epoch = 0
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
        self._pending[self._next_id] = (on_done, on_error, self._epoch)
        if blocking:
            self._blocking.add(self._next_id)
            if len(self._blocking) == 1:
                self.busy_changed.emit(True)
        self._transport.submit(self._next_id, call)

    def new_epoch(self) -> None:
        """The case file was locked: answers to calls made before now are dropped when they
        come (the screens they would fill are cleared), and nothing waits on them any more."""
        self._epoch += 1
        if self._blocking:
            self._blocking.clear()
            self.busy_changed.emit(False)

    @Slot(int, object)
    def _on_reply(self, call_id: int, reply: Reply) -> None:
        on_done, on_error, epoch = self._pending.pop(call_id, (None, None, self._epoch))
        if call_id in self._blocking:
            self._blocking.discard(call_id)
            if not self._blocking:
                self.busy_changed.emit(False)
        if epoch != self._epoch:
            return
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
