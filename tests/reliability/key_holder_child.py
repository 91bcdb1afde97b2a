"""The window in a process of its own, for the memory test (E4): it unlocks a case file as a
person would, reports its service process, locks when told, and waits to be inspected.

    python key_holder_child.py FOLDER PASSPHRASE
Prints "unlocked <service pid>", then on the line "lock" from stdin locks and prints
"locked <old service pid> <new service pid>", then waits for "quit".
The process stays dumpable (no harden_process) so the test can read its memory.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication

from btam_desktop.ui.app import build_window, make_application, settings_at


def wait(condition: object, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        QApplication.processEvents()
        time.sleep(0.01)


def main() -> None:
    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    make_application([])
    with tempfile.TemporaryDirectory() as tmp:
        window = build_window(Path(tmp), settings_at(Path(tmp) / "settings.ini"))
        window.show()
        window.flow.open_path(folder)
        wait(lambda: window.stack.currentWidget() is window.unlock)
        window.unlock.passphrase.setText(passphrase)
        window.unlock.unlock_button.click()
        wait(lambda: window.stack.currentWidget() is not window.unlock)
        wait(lambda: window.workspace.signed_in is not None)
        holder = window.transport.process
        print(f"unlocked {holder.pid}", flush=True)
        assert sys.stdin.readline().strip() == "lock"
        window.flow.lock()
        wait(lambda: holder.poll() is not None)
        window.unlock.passphrase.clear()
        for _ in range(20):
            QApplication.processEvents()
        print(f"locked {holder.pid} {window.transport.process.pid}", flush=True)
        assert sys.stdin.readline().strip() == "quit"
        window.close()


if __name__ == "__main__":
    main()
