"""Documents from the window as a person meets them: minutes that cannot be approved yet say
why, the family's copy of a plan opens addressed to the family, warning of a review date that
has passed, and "Save as PDF" starts in the signed-in user's own documents folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from btam_desktop.domain.records import today
from btam_desktop.ui.language import short_date
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog, default_folder
from tests.reports.pdftext import pages
from tests.ui.conftest import unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def _preview() -> PrintPreviewDialog:
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PrintPreviewDialog) and w.isVisible()
    ]
    assert found
    return found[0]


def test_minutes_of_a_meeting_still_ahead_cannot_be_approved_and_the_button_says_why(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    meetings = window.workspace.meetings
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: meetings.list.count() == 2)
    ahead = next(
        r for r in range(meetings.list.count()) if "approved" not in meetings.list.item(r).text()
    )
    meetings.list.setCurrentRow(ahead)
    qtbot.waitUntil(lambda: meetings.view is not None and not meetings.view.meeting.approved)
    assert meetings.view is not None
    held_on = meetings.view.meeting.held_on
    assert held_on > today()
    button = meetings.approve_button
    assert not button.isEnabled() and "who attended" in button.toolTip()

    meetings.tabs.setCurrentIndex(1)
    meetings.present.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(meetings.save_attendance, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: meetings.view is not None and bool(meetings.view.meeting.attendance.present)
    )
    assert not button.isEnabled()
    assert (
        f"The meeting is on {short_date(held_on)}: its minutes can be approved from that day on."
    ) in button.toolTip()


def test_the_family_copy_opens_addressed_to_the_family(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    """Kenzie's demo plan has a review date that has passed: the preview says so first."""
    unlock(qtbot, window, demo_file)
    cases = window.workspace.cases
    cases.list.search.setText("Kenzie")
    cases.list.apply_filter()
    qtbot.keyClick(cases.list.search, Qt.Key.Key_Return)
    page = cases.page
    qtbot.waitUntil(lambda: "Kenzie Varga-Holloway" in page.title.text())
    family = next(a for a in page.print_menu.actions() if "parents" in a.text().lower())
    family.trigger()
    dialog = _preview()
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=10_000)
    assert dialog.outside.isChecked() and not dialog.outside.isEnabled()
    assert dialog.recipient.text().startswith("Mara Varga-Holloway (parent or guardian")
    assert dialog.basis.currentData() == "parent"
    assert dialog.notice.isVisible() and "has passed" in dialog.notice.text()
    assert dialog.prepared is not None
    found = " ".join(pages(dialog.prepared.pdf))
    assert "Support plan for Kenzie" in found and "Safety plan for the student" not in found
    assert "Given to Mara Varga-Holloway" in found
    dialog.reject()


def test_save_offers_the_signed_in_users_own_documents_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$HOME left pointing at another user's home (sudo, a shared session) is not offered."""
    own = tmp_path / "me"
    (own / "Documents").mkdir(parents=True)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(own))
    assert default_folder() == own / "Documents"
    if os.geteuid() == 0:
        other = tmp_path / "dana"
        (other / "Documents").mkdir(parents=True)
        for folder in (other, other / "Documents"):
            os.chown(folder, 65534, 65534)  # nobody's
    else:
        other = Path("/usr")  # root's, not ours
    monkeypatch.setenv("HOME", str(other))
    chosen = default_folder()
    assert not chosen.is_relative_to(other) and chosen.stat().st_uid == os.getuid()


def test_a_copy_built_for_an_older_recipient_is_not_printed_and_typing_is_kept(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    """The copy names its recipient; one built while the name was still being typed neither
    overwrites what was typed since nor can be printed or saved."""
    unlock(qtbot, window, demo_file)
    cases = window.workspace.cases
    cases.list.search.setText("Kenzie")
    cases.list.apply_filter()
    qtbot.keyClick(cases.list.search, Qt.Key.Key_Return)
    page = cases.page
    qtbot.waitUntil(lambda: "Kenzie Varga-Holloway" in page.title.text())
    page.print_menu.actions()[0].trigger()  # Case summary…
    dialog = _preview()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    dialog.outside.setChecked(True)
    dialog.basis.setCurrentIndex(dialog.basis.findData("school_official"))
    qtbot.keyClicks(dialog.recipient, "Cedar")
    dialog.rebuild()  # as if the pause after "Cedar" was long enough
    qtbot.keyClicks(dialog.recipient, " Bend High School")
    qtbot.waitUntil(
        lambda: dialog.prepared is not None and dialog.prepared.audience.recipient == "Cedar"
    )
    assert dialog.recipient.text() == "Cedar Bend High School"
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    qtbot.waitUntil(
        lambda: (
            dialog.save_button.isEnabled()
            and dialog.prepared is not None
            and dialog.prepared.audience.recipient == "Cedar Bend High School"
        ),
        timeout=10_000,
    )
    assert dialog.prepared is not None
    assert "Released to Cedar Bend High School" in " ".join(pages(dialog.prepared.pdf))
    dialog.reject()
