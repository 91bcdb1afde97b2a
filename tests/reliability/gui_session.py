"""The session script: the real window, offscreen, in its own process, for the leak tests.

    gui_session.py CASEFILE PASSPHRASE RESULT.json [--ops N] [--control] [--dbus]

It hardens itself as `btam-desktop` does, opens the window, unlocks, makes the marker cases
and runs N service calls through the window's own worker (create, edit, read, search),
opens a marker case's page, copies its text, has a service, the GUI thread and a thread fail
with a marker in the message, locks, unlocks and quits. What it saw (window titles, texts
left in widgets after lock, the clipboard) goes to RESULT.json; the parent scans the files,
the log (stderr) and, under strace, every write.

--control plants each leak the tests look for (SQLite temp files with `temp_store=FILE`, a
plaintext file written then unlinked, a marker in QSettings, in a window title and in a file
name, the default excepthook), so each detector is shown to fire.
--dbus: after unlock, emit the screen-lock and suspend signals on the bus in
DBUS_SESSION_BUS_ADDRESS and time how long the window takes to lock (E2).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

STUDENTS = ("Zebediah Quarternight", "Philomena Vantablack", "Octavius Marrowgrave")
NOTES = ("MARKERbehaviorNote7781", "MARKERmentalHealth4420", "MARKERsafetyPlan9913")
MARKERS = STUDENTS + NOTES


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("casefile", type=Path)
    p.add_argument("passphrase")
    p.add_argument("result", type=Path)
    p.add_argument("--ops", type=int, default=200)
    p.add_argument("--control", action="store_true")
    p.add_argument("--dbus", action="store_true")
    a = p.parse_args()

    from btam_desktop.app.bootstrap import harden_process

    harden_process()
    if a.control:
        sys.excepthook = sys.__excepthook__  # control: the default hook prints the message

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from btam_desktop.app.paths import AppPaths
    from btam_desktop.services import cases
    from btam_desktop.services.contracts import Request, api
    from btam_desktop.ui.app import build_window, make_application, settings_at
    from btam_desktop.ui.areas import CASES

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: find tests
    from tests.reliability.calls import TEST_FAIL, TEST_SPILL

    # The window's service process, with two test-only calls (see session_host.py); after a
    # lock the window starts the real one.
    service = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("session_host.py"))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    app = make_application()
    paths = AppPaths.default()
    settings = settings_at(paths.settings)
    window = build_window(paths.data, settings, service)
    window.show()
    titles: set[str] = set()

    def wait(pred: Callable[[], bool], timeout: float = 20.0) -> float:
        start = time.monotonic()
        while not pred():
            app.processEvents()
            titles.update(w.windowTitle() for w in QApplication.topLevelWidgets())
            if time.monotonic() - start > timeout:
                raise TimeoutError("the window did not get there in time")
            time.sleep(0.002)
        return time.monotonic() - start

    def call(request: Request[Any]) -> Any:
        box: dict[str, Any] = {}
        window.ops.queue(
            request,
            on_done=lambda r: box.setdefault("ok", r),
            on_error=lambda e: box.setdefault("error", e),
        )
        wait(lambda: bool(box))
        if "error" in box:
            raise box["error"]
        return box["ok"]

    holder: list[subprocess.Popen[bytes]] = []

    def unlock() -> None:
        window.flow.open_path(a.casefile)
        wait(lambda: window.stack.currentWidget() is window.unlock)
        window.unlock.passphrase.setText(a.passphrase)
        window.unlock.unlock_button.click()
        wait(lambda: window.stack.currentWidget() is window.flow.built)
        holder[:] = [window.transport.process]

    def is_locked() -> bool:
        """The lock screen shows and the process that held the key has ended."""
        return window.stack.currentWidget() is window.unlock and holder[0].poll() is not None

    result: dict[str, Any] = {}
    started = time.monotonic()
    unlock()

    # -- the marker cases and N service calls through the window's worker -------------------
    ids = []
    for student, note in zip(STUDENTS, NOTES, strict=True):
        case = call(api.CASES_CREATE(cases.NewCase(student, "8", f"{student}: {note}")))
        ids.append(case.id)
    done = 3
    while done < a.ops:
        i = done
        kind = i % 4
        if kind == 0:
            call(api.CASES_UPDATE(ids[i % 3], cases.CaseEdit(summary=f"{NOTES[i % 3]} edit {i}")))
        elif kind == 1:
            call(api.CASES_GET(ids[i % 3]))
        elif kind == 2:
            listing = call(api.CASES_LIST())
            assert STUDENTS[i % 3] in listing.split(listing.students)
        else:
            call(api.CASES_HISTORY(ids[i % 3]))
        done += 1
    result["ops"] = done

    # -- the UI: search, open a marker case, copy its text ----------------------------------
    window.workspace.go_to(CASES)
    screen = window.workspace.cases.list
    screen.search.setText(STUDENTS[0])
    screen.apply_filter()
    wait(lambda: screen.model.rowCount() == 1)
    screen.search.returnPressed.emit()  # Return in the search box opens the one match
    page = window.workspace.cases.page
    wait(lambda: STUDENTS[0] in page.title.text())
    window.activateWindow()
    page.summary.selectAll()
    page.summary.copy()
    app.processEvents()
    clipboard = QApplication.clipboard()
    result["clipboard_after_copy"] = clipboard.text()
    result["clipboard_hints"] = list(clipboard.mimeData().formats())
    result["guard_holding"] = window.flow.clipboard.holding

    # -- failures with a marker in the message (E7) ------------------------------------------
    def failing(*_args: Any) -> Any:
        raise RuntimeError(f"could not read the history of {STUDENTS[1]} ({NOTES[1]})")

    with contextlib.suppress(Exception):
        call(TEST_FAIL())  # the same failure inside the service process
    QTimer.singleShot(0, lambda: failing())
    thread = threading.Thread(target=failing)
    thread.start()
    thread.join()
    pause = time.monotonic() + 0.3
    while time.monotonic() < pause:
        app.processEvents()
    for w in QApplication.topLevelWidgets():  # the bug dialog, if any
        if w.isVisible() and w is not window:
            w.close()

    if a.control:
        settings.setValue("control_note", STUDENTS[2])
        window.setWindowTitle(f"BTAM Desktop — {STUDENTS[2]}")
        titles.add(window.windowTitle())
        tmp = Path(os.environ.get("TMPDIR", "/tmp"))
        (tmp / f"{STUDENTS[2]}.txt").write_text(NOTES[2])
        gone = tmp / "unlinked-control.txt"
        gone.write_text(f"{STUDENTS[0]} {NOTES[0]}")
        gone.unlink()
        result["control_rows"] = call(TEST_SPILL(STUDENTS[0]))

    # -- lock: nothing left on screen, clipboard cleared --------------------------------------
    window.flow.lock()
    wait(is_locked)
    result["clipboard_after_lock"] = clipboard.text()
    texts = []
    for widget in QApplication.allWidgets():
        for getter in ("text", "toPlainText", "windowTitle", "placeholderText", "toolTip"):
            value = getattr(widget, getter, None)
            if callable(value):
                with contextlib.suppress(TypeError):
                    texts.append(str(value()))
        model = getattr(widget, "model", None)
        if callable(model) and model() is not None:
            m = model()
            with contextlib.suppress(Exception):
                texts += [str(m.index(r, 0).data()) for r in range(min(m.rowCount(), 500))]
    result["marker_texts_after_lock"] = [t for t in texts if any(m in t for m in MARKERS)]

    # -- OS lock signals (E2) -----------------------------------------------------------------
    if a.dbus:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage

        result["listening"] = window.flow.os_lock.listening
        sender = QDBusConnection.connectToBus(os.environ["DBUS_SESSION_BUS_ADDRESS"], "sender")
        latency = {}
        for label, path, iface, name, args in (
            (
                "screen saver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                [True],
            ),
            (
                "gnome screen saver",
                "/org/gnome/ScreenSaver",
                "org.gnome.ScreenSaver",
                "ActiveChanged",
                [True],
            ),
            (
                "suspend",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                [True],
            ),
            (
                "resume",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                [False],
            ),
            (
                "session lock",
                "/org/freedesktop/login1/session/_31",
                "org.freedesktop.login1.Session",
                "Lock",
                [],
            ),
        ):
            unlock()
            message = QDBusMessage.createSignal(path, iface, name)
            message.setArguments(args)
            sent = time.monotonic()
            assert sender.send(message)
            wait(is_locked, timeout=5)
            latency[label] = round((time.monotonic() - sent) * 1000, 1)
        result["lock_latency_ms"] = latency

    unlock()
    result["seconds"] = round(time.monotonic() - started, 1)
    result["titles"] = sorted(titles)
    window.close()  # quit: the flow locks and the worker ends
    app.processEvents()
    a.result.write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
