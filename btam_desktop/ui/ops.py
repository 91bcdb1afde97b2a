"""Every service call runs, in order, in the service process; results come back on the GUI
thread.

A screen calls a typed descriptor from `services.contracts.api` with the service's arguments
(`api.CASES_UPDATE(case_id, edit)`) and hands the request to `run` or `queue` with an `on_done`
that takes the service's result type: mypy checks both. The request is plain data (`Call`)
handed to the transport (ui/process_transport.py: the separate process that alone holds the
key). Actions that change something (`run`) are not re-entered: while one runs, another is
refused and the UI shows it is busy. Reads and the lock (`queue`) simply wait their turn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot

from btam_desktop.domain.errors import BtamError
from btam_desktop.services.contracts import Call, Reply, Request

OnError = Callable[[BtamError], None]


class Transport(Protocol):
    """Where calls run: ProcessTransport, the service process."""

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
        # Each callback was checked against its request's result type where it was given.
        self._pending: dict[int, tuple[Callable[[object], None] | None, OnError | None, int]] = {}
        self._blocking: set[int] = set()
        self._next_id = 0
        self._epoch = 0
        transport.replied.connect(self._on_reply)

    @property
    def busy(self) -> bool:
        return bool(self._blocking)

    def run[R](
        self,
        request: Request[R],
        *,
        on_done: Callable[[R], None] | None = None,
        on_error: OnError | None = None,
    ) -> bool:
        """Start a call; False (and nothing happens) while another call is running."""
        if self.busy:
            return False
        self._start(request.call, on_done, on_error, blocking=True)
        return True

    def queue[R](
        self,
        request: Request[R],
        *,
        on_done: Callable[[R], None] | None = None,
        on_error: OnError | None = None,
    ) -> None:
        """Queue a read (or the lock) behind whatever runs: never refused."""
        self._start(request.call, on_done, on_error, blocking=False)

    def _start[R](
        self,
        call: Call,
        on_done: Callable[[R], None] | None,
        on_error: OnError | None,
        *,
        blocking: bool,
    ) -> None:
        self._next_id += 1
        # The reply's result is the request's R: the service table and its descriptor agree
        # (tests/services/test_contracts.py), so the callback is stored as taking any value.
        done = cast(Callable[[object], None] | None, on_done)
        self._pending[self._next_id] = (done, on_error, self._epoch)
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
