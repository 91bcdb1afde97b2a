"""Transfer packets in the window: a lead makes one from the case page (the deadline shown as
the request date changes, the passphrase twice, then where to save), and the receiving team
imports it from the File menu (a wrong passphrase refused in the dialog) as a new case whose
Received tab shows what was sent. Pictures in /tmp/btam-shots for the guide."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from btam_desktop.services import session as sessions, transfer
from btam_desktop.services.contracts.session import NewCaseFile
from btam_desktop.services.session import TEST_KDF
from btam_desktop.ui.fields import qdate
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.transfer import ImportPacketDialog, MakePacketDialog
from tests.conftest import PinClock, make_case_file
from tests.transfer.conftest import PACKET_PASSPHRASE, maple_hollow_case
from tests.ui.conftest import open_only_case
from tests.ui.test_team_and_tasks import wait_for_dialog

SHOTS = Path("/tmp/btam-shots")
CEDAR_PASS = "cedar passphrase"


@pytest.fixture
def files(tmp_path: Path, pin_clock: PinClock) -> Iterator[tuple[Path, str, Path]]:
    """Maple Hollow's file with Kenzie's case, and Cedar Bend's with none (pinned clock
    first: the window's service process reads it from the environment)."""
    pin_clock(datetime(2027, 3, 11, 10, 0))
    data = tmp_path / "data"
    data.mkdir()
    maple, _ = make_case_file(data / "maple.btam")
    case_id = maple_hollow_case(maple)
    sessions.lock(maple)
    cedar, _ = sessions.create_case_file(
        data / "cedar.btam",
        NewCaseFile("Cedar Bend Middle School", "Ines Okonkwo-Hart", "counselor", "Cedar Bend"),
        CEDAR_PASS,
        TEST_KDF,
    )
    sessions.lock(cedar)
    yield data / "maple.btam", case_id, data / "cedar.btam"


def _info_box(qtbot: QtBot) -> QMessageBox:
    box = wait_for_dialog(qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    return box


def test_a_lead_makes_a_transfer_packet(
    qtbot: QtBot, files: tuple[Path, str, Path], window: MainWindow, tmp_path: Path
) -> None:
    maple, case_id, _ = files
    open_only_case(qtbot, window, maple, case_id)
    page = window.workspace.cases.page
    qtbot.waitUntil(page.transfer_action.isEnabled)  # the demo file's lead
    page.transfer_action.trigger()
    dialog = wait_for_dialog(qtbot, MakePacketDialog)
    assert isinstance(dialog, MakePacketDialog)
    qtbot.keyClicks(dialog.school, "Cedar Bend Middle School")
    dialog.asked_on.setDate(qdate(date(2027, 3, 8)))  # Monday: due today, Thursday
    qtbot.waitUntil(lambda: "Due today" in dialog.deadline.text())
    dialog.asked_on.setDate(qdate(date(2027, 3, 10)))
    qtbot.waitUntil(lambda: dialog.deadline.text().startswith("Due by Mar 15, 2027: 3 school days"))
    qtbot.keyClicks(dialog.passphrase.first, PACKET_PASSPHRASE + " x")
    qtbot.keyClicks(dialog.passphrase.second, "not the same")
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    assert dialog.error.text() == "The two passphrases differ."
    dialog.passphrase.second.clear()
    qtbot.keyClicks(dialog.passphrase.second, PACKET_PASSPHRASE + " x")
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "transfer-make.png"))
    packet = tmp_path / "kenzie"
    dialog.choose_path = lambda: packet.with_suffix(".btam-transfer")  # type: ignore[method-assign]
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    box = _info_box(qtbot)
    assert "kenzie.btam-transfer" in box.text() and "kenzie-summary.pdf" in box.text()
    box.accept()
    assert (tmp_path / "kenzie.btam-transfer").is_file()
    assert (tmp_path / "kenzie-summary.pdf").is_file()
    # The disclosure log on the case shows the packet, to the receiving school.
    log = page.disclosures

    def row_of_packet() -> list[str]:
        for row in range(log.rowCount()):
            cells = [(item.text() if (item := log.item(row, c)) else "") for c in range(7)]
            if cells[2].startswith("Transfer packet"):
                return cells
        return []

    qtbot.waitUntil(lambda: bool(row_of_packet()), timeout=10_000)
    cells = row_of_packet()
    assert cells[3:6] == ["Saved (encrypted)", "Cedar Bend Middle School", "Receiving school"]


def test_the_receiving_team_imports_a_packet_as_a_new_case(
    qtbot: QtBot, files: tuple[Path, str, Path], window: MainWindow, tmp_path: Path
) -> None:
    maple, case_id, cedar = files
    s = sessions.unlock(maple, None, "correct horse battery staple")
    try:
        made, _ = transfer.make_packet(
            s,
            transfer.TransferRequest(
                case_id=case_id,
                to_school="Cedar Bend Middle School",
                passphrase=PACKET_PASSPHRASE,
                packet=tmp_path / "kenzie.btam-transfer",
            ),
        )
    finally:
        sessions.lock(s)
    window.flow.open_path(cedar)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    qtbot.keyClicks(window.unlock.passphrase, CEDAR_PASS)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.import_packet_action.isEnabled(), timeout=10_000)
    window.import_packet_action.trigger()
    dialog = wait_for_dialog(qtbot, ImportPacketDialog)
    assert isinstance(dialog, ImportPacketDialog)
    dialog.choose_path = lambda: made.packet  # type: ignore[method-assign]
    qtbot.keyClick(dialog.choose, Qt.Key.Key_Space)
    assert dialog.file.text() == "kenzie.btam-transfer"
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "does not open with that passphrase" in dialog.error.text())
    assert window.workspace.cases.list.model.rowCount() == 0  # nothing was made
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PACKET_PASSPHRASE)
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    cases = window.workspace.cases
    page = cases.page
    qtbot.waitUntil(lambda: page.tabs.indexOf(page.received) >= 0, timeout=10_000)
    assert cases.currentWidget() is page
    assert "Kenzie Varga-Holloway" in page.title.text()
    assert page.summary.toPlainText().startswith(
        "Received from Maple Hollow Middle School on March 11, 2027"
    )
    page.tabs.setCurrentWidget(page.received)
    shown = page.received.shown()
    for said in (
        "Received from Maple Hollow Middle School on March 11, 2027",
        "you're dead tomorrow, I'll bring something",
        "Moderate concern",
        "Weekly check-in with Marcus Feldspar",
        "Not sent (a receiving school's copy leaves them out): People involved",
    ):
        assert said in shown, said
    assert page.received.text.isReadOnly()
    qtbot.waitUntil(lambda: cases.list.model.rowCount() == 1)
    qtbot.wait(100)
    window.grab().save(str(SHOTS / "transfer-received.png"))
    app = QApplication.instance()
    assert app is not None
