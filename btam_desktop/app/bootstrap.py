"""Start the desktop app: harden the process, build the window, run the event loop."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from btam_desktop.app.paths import AppPaths


def report_bug_without_data(
    kind: type[BaseException], _error: BaseException | None, tb: TracebackType | None
) -> None:
    """The last word on an uncaught exception: its type and where, never its message, which
    can quote what was being handled (a student's name). Goes to the log (stderr)."""
    logging.getLogger("btam_desktop").error(
        "uncaught %s\n%s", kind.__name__, "".join(traceback.format_tb(tb))
    )


def harden_process() -> None:
    """Private files by default; no core dumps that could carry keys or student names; no
    exception message (which may quote student text) in the log."""
    os.umask(0o077)
    sys.excepthook = report_bug_without_data
    threading.excepthook = lambda a: report_bug_without_data(
        a.exc_type, a.exc_value, a.exc_traceback
    )
    if os.name == "posix":
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            pr_set_dumpable = 4
            ctypes.CDLL(None).prctl(pr_set_dumpable, 0, 0, 0, 0)


def run_gui(path: Path | None) -> int:
    harden_process()
    from btam_desktop.services.host_process import spawn

    service = spawn()  # its imports run on the other core while this process loads Qt
    from btam_desktop.ui.app import run

    paths = AppPaths.default()
    return run(paths.settings, paths.data, path, service)
