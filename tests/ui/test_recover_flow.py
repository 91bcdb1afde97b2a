"""Forgot your passphrase? on the unlock screen: a counselor locked out types the team's
recovery code and a new passphrase, as `btam-desktop recover` has them do, without a terminal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from btam_desktop.services import demo, session as sessions
from btam_desktop.services.session import TEST_KDF
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.recover import RecoverDialog
from tests.conftest import PinClock, folder_bytes
from tests.ui.conftest import DEMO_PASS
from tests.ui.test_meeting_flow import wait_for_dialog

COUNSELOR = "Lucía Ferreira-Boyd"
NEW_PASS = "seven herons wading past the boathouse"
RECOVERED_ON = datetime(2027, 3, 14, 6, 30)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def pinned(pin_clock: PinClock) -> Iterator[None]:
    """The clock pinned before the window exists, so its service process reads it too."""
    pin_clock(RECOVERED_ON)
    yield


@pytest.fixture
def file_and_code(tmp_path: Path) -> tuple[Path, str]:
    """A small demo case file and its recovery code (fictional people)."""
    folder = tmp_path / "data" / "demo.btam"
    folder.parent.mkdir()
    s, code = demo.build_demo(folder, DEMO_PASS, cases_count=3, kdf=TEST_KDF)
    sessions.lock(s)
    return folder, code


def a_typo_in(code: str) -> str:
    """The code with its last character changed: the check group no longer matches."""
    return code[:-1] + ("0" if code[-1] != "0" else "1")


def open_recovery(qtbot: QtBot, window: MainWindow, folder: Path) -> RecoverDialog:
    """The unlock screen of `folder`, then Alt+O (F_orgot your passphrase?)."""
    window.flow.open_path(folder)
    qtbot.waitUntil(lambda: window.unlock.member.count() == 6)
    assert window.stack.currentWidget() is window.unlock
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_O, ALT)
    dialog = wait_for_dialog(qtbot, RecoverDialog)
    assert isinstance(dialog, RecoverDialog)
    qtbot.waitUntil(dialog.code.hasFocus)  # the cursor waits where the code is typed
    return dialog


def type_new_passphrase(qtbot: QtBot, dialog: RecoverDialog, first: str, second: str) -> None:
    qtbot.keyClicks(dialog.passphrase.first, first)
    qtbot.keyClicks(dialog.passphrase.second, second)


def test_a_locked_out_counselor_sets_a_new_passphrase_with_the_recovery_code(
    qtbot: QtBot, pinned: None, window: MainWindow, file_and_code: tuple[Path, str]
) -> None:
    folder, code = file_and_code
    dialog = open_recovery(qtbot, window, folder)
    assert dialog.member.currentText() == "Dana Whitlock-Oyelaran"  # as on the unlock screen
    qtbot.keyClicks(dialog.member, "L")  # the combo's own keyboard search
    assert dialog.member.currentText() == COUNSELOR

    # A typo in the code: said under the form, the code selected to retype, nothing written.
    before = folder_bytes(folder)
    qtbot.keyClicks(dialog.code, a_typo_in(code))
    type_new_passphrase(qtbot, dialog, NEW_PASS, NEW_PASS)
    assert dialog.ok.isEnabled()
    qtbot.keyClick(dialog.passphrase.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "typo" in dialog.error.text(), timeout=15_000)
    assert dialog.error.text() == "The recovery code has a typo: its check group does not match."
    assert dialog.isVisible() and dialog.ok.isEnabled()
    assert dialog.code.selectedText() == a_typo_in(code)
    assert folder_bytes(folder) == before

    # The right code, typed over the selection (in lower case, as people type it).
    qtbot.keyClicks(dialog.code, code.lower())
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    qtbot.waitUntil(lambda: "has a new passphrase" in window.unlock.message.text())
    assert window.unlock.message.text() == (
        f"{COUNSELOR} has a new passphrase. Unlock with it now, and put the recovery kit back "
        "in the safe."
    )
    assert window.stack.currentWidget() is window.unlock  # locked again, as the command leaves it
    assert window.unlock.member.currentText() == COUNSELOR

    # The audit entry the service writes, on the pinned day, by the member recovered.
    s = sessions.unlock(folder, COUNSELOR, NEW_PASS)
    try:
        event = s.ocf.audit.events()[-1]
        assert (event.action, event.member_id) == ("case_file.recovered", s.member_id)
        assert event.ts.startswith("2027-03-14")
    finally:
        sessions.lock(s)

    # The old passphrase no longer opens the file for her; the new one does.
    qtbot.keyClicks(window.unlock.passphrase, DEMO_PASS)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open" in window.unlock.message.text(), timeout=15_000)
    assert COUNSELOR in window.unlock.message.text()
    assert window.stack.currentWidget() is window.unlock
    qtbot.keyClicks(window.unlock.passphrase, NEW_PASS)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=15_000)
    assert COUNSELOR in window.who.text()


def test_a_weak_or_mismatched_passphrase_is_never_sent(
    qtbot: QtBot, window: MainWindow, file_and_code: tuple[Path, str]
) -> None:
    folder, code = file_and_code
    before = folder_bytes(folder)
    dialog = open_recovery(qtbot, window, folder)
    qtbot.keyClicks(dialog.code, code)
    assert not dialog.ok.isEnabled()  # no passphrase yet
    type_new_passphrase(qtbot, dialog, "short", "short")
    assert dialog.passphrase.meter.text() == "Too short"
    assert dialog.passphrase.feedback.text().startswith("Use at least 10 characters.")
    assert not dialog.ok.isEnabled()
    dialog.passphrase.first.clear()
    dialog.passphrase.second.clear()
    type_new_passphrase(qtbot, dialog, NEW_PASS, NEW_PASS + "!")
    assert dialog.passphrase.feedback.text() == "The two entries are not the same yet."
    qtbot.keyClick(dialog.passphrase.second, Qt.Key.Key_Return)  # the default button is off
    assert dialog.isVisible() and not dialog.ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.stack.currentWidget() is window.unlock
    assert folder_bytes(folder) == before
