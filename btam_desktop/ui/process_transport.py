"""Service calls run in a separate process that alone holds the case file's key.

The window never derives or holds the data key: the passphrase goes to the service process,
which unlocks, runs every call in order and answers with plain data. Locking ends that process
(the lock is its last call) and a fresh one starts for the next unlock, so a locked app holds no
key in any memory. Writes to and reads from the process's pipes happen on two small threads, so
a large call (an attachment) never stalls the window while a long one (a backup) runs.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import subprocess
import threading

from PySide6.QtCore import QObject, Signal, Slot

from btam_desktop.domain.errors import BtamError
from btam_desktop.services.contracts import BugError, Call, Reply
from btam_desktop.services.frames import read_frame, write_frame
from btam_desktop.services.host_process import spawn
from btam_desktop.ui.replies import RefusedReplyError, load_reply

log = logging.getLogger(__name__)

#: How long a locking process may take to close the file before it is killed.
EXIT_WAIT_S = 15


class HostLostError(BtamError):
    def __init__(self) -> None:
        super().__init__(
            "The part of BTAM Desktop that holds the case file stopped unexpectedly. The case "
            "file was locked to keep it safe; unlock it again. Anything not yet saved was lost."
        )


class _HostProcess:
    """One service process, its outbox and the ids of the calls it has not answered yet."""

    def __init__(
        self,
        proc: subprocess.Popen[bytes],
        previous: _HostProcess | None,
        transport: ProcessTransport,
    ) -> None:
        self.proc = proc
        self.finishing = False
        self.pending: set[int] = set()
        #: Set when this process has answered its lock (or ended): only then may the next
        #: process open the file, and only then does a slow exit count as hung.
        self.released = threading.Event()
        self.lock_call: int | None = None
        self._outbox: queue.SimpleQueue[tuple[int, Call] | None] = queue.SimpleQueue()
        self._transport = transport
        threading.Thread(target=self._write, args=(previous,), daemon=True).start()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def send(self, call_id: int, call: Call) -> None:
        self.pending.add(call_id)
        self._outbox.put((call_id, call))

    def finish(self, lock_call: int | None = None) -> None:
        """No more calls: the process answers what it has, locks and exits."""
        self.finishing = True
        self.lock_call = lock_call
        if lock_call is None:
            self.released.set()
        self._outbox.put(None)

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the process to end; after `timeout` (EXIT_WAIT_S) it is killed."""
        timeout = EXIT_WAIT_S if timeout is None else timeout
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            log.error("the service process did not exit in %s s; ending it", timeout)
            self.proc.kill()
            self.proc.wait()

    def _write(self, previous: _HostProcess | None) -> None:
        if previous is not None:
            # The old process finishes every call it has (a rotation, the drafts), locks, and
            # lets go of the case file before this one may open it.
            previous.released.wait()
            previous.wait()
        stdin = self.proc.stdin
        assert stdin is not None
        while (item := self._outbox.get()) is not None:
            try:
                write_frame(stdin, item)
            except (BrokenPipeError, OSError):
                break  # the reader sees the end and reports the unanswered calls
            except Exception as error:  # a value that cannot be pickled: that call's bug
                log.error("could not send %s: %s", item[1].service, type(error).__name__)
                self.pending.discard(item[0])
                self._transport.replied.emit(item[0], Reply(error=BugError(item[1].service)))
        with contextlib.suppress(OSError):
            stdin.close()

    def _read(self) -> None:
        stdout = self.proc.stdout
        assert stdout is not None
        try:
            while (frame := read_frame(stdout, load_reply)) is not None:
                call_id, data = frame
                self.pending.discard(call_id)
                try:
                    reply = load_reply(data)
                except RefusedReplyError as refused:
                    log.error("refused a reply: %s", refused)
                    reply = Reply(error=refused)
                self._transport.replied.emit(call_id, reply)
                if call_id == self.lock_call:
                    self.released.set()
        except Exception as error:  # a broken stream: treated as a lost process
            log.error("reading from the service process failed: %s", type(error).__name__)
        self.released.set()
        stdout.close()
        self.wait()
        self._transport.exited.emit(self)

    def join(self) -> None:
        self._reader.join(EXIT_WAIT_S)


class ProcessTransport(QObject):
    replied = Signal(int, object)
    #: The service process ended without being asked to: whatever it had open is closed.
    lost = Signal()
    exited = Signal(object)  # _HostProcess, from its reader thread

    def __init__(self, first: subprocess.Popen[bytes] | None = None) -> None:
        """`first`: a service process the app started before loading Qt (see app/bootstrap)."""
        super().__init__()
        self._stopping = False
        self.exited.connect(self._on_exit)  # before the first process can end
        self._host = _HostProcess(first or spawn(), None, self)

    @property
    def process(self) -> subprocess.Popen[bytes]:
        """The current service process (tests check the old one is gone after a lock)."""
        return self._host.proc

    def submit(self, call_id: int, call: Call) -> None:
        host = self._host
        host.send(call_id, call)
        if call.service == "session.lock":
            # The lock is that process's last call; the next unlock gets a fresh process.
            self._host = _HostProcess(spawn(), host, self)
            host.finish(lock_call=call_id)

    @Slot(object)
    def _on_exit(self, host: _HostProcess) -> None:
        unanswered = sorted(host.pending)
        host.pending.clear()
        unexpected = not host.finishing and not self._stopping
        if not host.finishing:
            host.finish()  # its writer thread ends and lets go of the pipe
        for call_id in unanswered:
            self.replied.emit(call_id, Reply(error=HostLostError()))
        if not unexpected:
            return
        log.error("the service process ended unexpectedly (exit code %s)", host.proc.returncode)
        if host is self._host:
            self._host = _HostProcess(spawn(), None, self)
        self.lost.emit()

    def stop(self) -> None:
        self._stopping = True
        self._host.finish()
        self._host.wait()
        self._host.join()
