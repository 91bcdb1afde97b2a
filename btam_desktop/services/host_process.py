"""Starting the service process (`btam-desktop --service-host`): the same program, frozen or
not. Qt-free and light, so the app can start it before it loads Qt (see app/bootstrap.py)."""

from __future__ import annotations

import subprocess
import sys


def command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "--service-host"]
    # -P: the working directory is not put on the key holder's import path.
    return [sys.executable, "-P", "-m", "btam_desktop", "--service-host"]


def spawn() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        close_fds=True,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
