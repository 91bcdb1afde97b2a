"""Start the desktop app: harden the process, build the window, run the event loop."""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from pathlib import Path

from btam_desktop.app.paths import AppPaths


def harden_process() -> None:
    """Private files by default; no core dumps that could carry keys or student names."""
    os.umask(0o077)
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
