"""The system's print queue (CUPS, through libcups), asked before and after a print job.

Qt's print support sends a job to CUPS but throws away CUPS's answer: a queue that rejects the
job, or one deleted since the print dialog listed it, still reads as a success. A stopped
(paused) queue accepts a job and holds it, so nothing comes out. So the window asks here first
(`queue_problem`) and, right after Qt's print call on the same thread, reads what CUPS answered
that call (`last_request_problem`: libcups keeps the status of the last request per thread).
The command line sends its PDF with `submit`, streamed from memory: no temporary file.

Without libcups (Windows, or a computer without CUPS) every check answers "unknown" (None) and
`submit` says that printing needs CUPS.
"""

from __future__ import annotations

import ctypes
import functools
from typing import Any

from btam_desktop.domain.errors import BtamError

_LIBRARIES = ("libcups.so.2", "libcups.2.dylib")
_OK_UP_TO = 0x00FF  # IPP "successful-ok" statuses are 0x0000-0x00ff
_NOT_FOUND = 0x0406  # IPP client-error-not-found
_HTTP_CONTINUE = 100
_STOPPED = "5"  # printer-state: 3 idle, 4 processing, 5 stopped
_CHUNK = 64 * 1024


class PrintQueueError(BtamError):
    """The print system did not take the job (or cannot be reached)."""


class _Option(ctypes.Structure):
    _fields_ = (("name", ctypes.c_char_p), ("value", ctypes.c_char_p))


class _Dest(ctypes.Structure):
    _fields_ = (
        ("name", ctypes.c_char_p),
        ("instance", ctypes.c_char_p),
        ("is_default", ctypes.c_int),
        ("num_options", ctypes.c_int),
        ("options", ctypes.POINTER(_Option)),
    )


@functools.cache
def _cups() -> Any:
    """libcups, loaded once; the same library Qt's CUPS support uses (loaded by its soname)."""
    for name in _LIBRARIES:
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        dest = ctypes.POINTER(_Dest)
        lib.cupsGetNamedDest.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p)
        lib.cupsGetNamedDest.restype = dest
        lib.cupsFreeDests.argtypes = (ctypes.c_int, dest)
        lib.cupsFreeDests.restype = None
        lib.cupsGetOption.argtypes = (ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(_Option))
        lib.cupsGetOption.restype = ctypes.c_char_p
        lib.cupsLastError.argtypes = ()
        lib.cupsLastError.restype = ctypes.c_int
        lib.cupsLastErrorString.argtypes = ()
        lib.cupsLastErrorString.restype = ctypes.c_char_p
        lib.cupsCreateJob.argtypes = (
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_void_p,
        )
        lib.cupsCreateJob.restype = ctypes.c_int
        lib.cupsStartDocument.argtypes = (
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.c_int,
        )
        lib.cupsStartDocument.restype = ctypes.c_int
        lib.cupsWriteRequestData.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t)
        lib.cupsWriteRequestData.restype = ctypes.c_int
        lib.cupsFinishDocument.argtypes = (ctypes.c_void_p, ctypes.c_char_p)
        lib.cupsFinishDocument.restype = ctypes.c_int
        lib.cupsCancelJob.argtypes = (ctypes.c_char_p, ctypes.c_int)
        lib.cupsCancelJob.restype = ctypes.c_int
        return lib
    return None


def available() -> bool:
    """Whether this computer prints through CUPS (Linux, macOS)."""
    return _cups() is not None


def _last_error() -> str:
    lib = _cups()
    message = lib.cupsLastErrorString() or b""
    return str(message.decode("utf-8", "replace")).rstrip(".")


def default_printer() -> str | None:
    """The system's default queue, or None (no CUPS, or no default set)."""
    lib = _cups()
    if lib is None:
        return None
    dest = lib.cupsGetNamedDest(None, None, None)
    if not dest:
        return None
    try:
        return str(dest.contents.name.decode("utf-8", "replace"))
    finally:
        lib.cupsFreeDests(1, dest)


def queue_problem(name: str) -> str | None:
    """Why a job sent to the queue `name` now would not print, or None (it would, or there is
    no CUPS to ask). A stopped queue counts: it holds the job, and paper never comes out."""
    lib = _cups()
    if lib is None:
        return None
    dest = lib.cupsGetNamedDest(None, name.encode("utf-8"), None)
    if not dest:
        if lib.cupsLastError() == _NOT_FOUND:
            return f"There is no printer “{name}” on this computer (any more)"
        return f"The print system did not answer ({_last_error()})"
    try:
        d = dest.contents

        def option(key: str) -> str:
            value = lib.cupsGetOption(key.encode(), d.num_options, d.options)
            return str(value.decode("utf-8", "replace")) if value else ""

        reason = option("printer-state-message")
        if option("printer-state") == _STOPPED:
            detail = f" ({reason})" if reason else ""
            return f"The printer “{name}” is stopped{detail}: it would hold the job, not print it"
        if option("printer-is-accepting-jobs") == "false":
            return f"The printer “{name}” is not accepting jobs"
        return None
    finally:
        lib.cupsFreeDests(1, dest)


def last_request_problem() -> str | None:
    """What CUPS answered the last request made on this thread (Qt's print call), if it was a
    refusal; None when it took the job or there is no CUPS."""
    lib = _cups()
    if lib is None or lib.cupsLastError() <= _OK_UP_TO:
        return None
    return _last_error()


def submit(name: str, pdf: bytes, title: str) -> int:
    """Send `pdf` to the queue `name`, streamed from memory; the job id once CUPS accepted it.
    Refuses (PrintQueueError) before sending when the queue would not print it."""
    lib = _cups()
    if lib is None:
        raise PrintQueueError("Printing from the command line needs CUPS (libcups): none found.")
    problem = queue_problem(name)
    if problem:
        raise PrintQueueError(f"{problem}. Nothing was sent.")
    printer, doc = name.encode("utf-8"), title.encode("utf-8")
    job = lib.cupsCreateJob(None, printer, doc, 0, None)
    if job <= 0:
        raise PrintQueueError(f"The printer “{name}” refused the job: {_last_error()}.")
    started = lib.cupsStartDocument(None, printer, job, doc, b"application/pdf", 1)
    sent = started == _HTTP_CONTINUE
    for start in range(0, len(pdf), _CHUNK):
        if not sent:
            break
        piece = pdf[start : start + _CHUNK]
        sent = lib.cupsWriteRequestData(None, piece, len(piece)) == _HTTP_CONTINUE
    # The response is read even after a failed write: it says why.
    finished = lib.cupsFinishDocument(None, printer) if started == _HTTP_CONTINUE else -1
    if not sent or not 0 <= finished <= _OK_UP_TO:
        reason = _last_error()
        lib.cupsCancelJob(printer, job)  # nothing half-sent stays in the queue
        raise PrintQueueError(f"The printer “{name}” did not take the job: {reason}.")
    return int(job)
