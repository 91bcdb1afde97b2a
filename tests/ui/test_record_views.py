"""Saved records read like documents (issue 19, item 3): a saved assessment shows as text to
read, its answers in words and its level in words and a sign, who saved it and when in local
time, and New version… opens the form. Driven by keyboard in the real window."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextFormat
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from btam_desktop.services import demo, session as sessions
from btam_desktop.services.session import TEST_KDF
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.record_view import RecordView
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentDialog
from tests.conftest import PinClock
from tests.ui.cells import PM
from tests.ui.conftest import DEMO_PASS, unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_kenzie(qtbot: QtBot, window: MainWindow) -> None:
    cases = window.workspace.cases
    qtbot.keyClicks(cases.list.search, "kenzie")
    qtbot.waitUntil(lambda: cases.list.model.rowCount() == 1)
    qtbot.keyClick(cases.list.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Kenzie" in cases.page.title.text())


def _dialog() -> QWidget | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, AssessmentDialog) and w.isVisible()
        ),
        None,
    )


def _colors_of_its_own(view: RecordView) -> list[str]:
    """Text in the record that sets a color instead of taking the palette's text role (the
    role tests/ui/test_contrast.py checks at 4.5:1 in both themes)."""
    found = []
    block = view.text.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.hasProperty(QTextFormat.Property.ForegroundBrush):
                found.append(fragment.text())
            it += 1
        block = block.next()
    return found


def test_a_saved_assessment_reads_as_a_document_and_new_version_opens_the_form(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, pin_clock: PinClock
) -> None:
    # Late evening on the west coast: already tomorrow in UTC, so a UTC time would show wrong.
    pin_clock(datetime(2026, 11, 12, 23, 40), "America/Los_Angeles")
    folder = tmp_path / "data" / "demo.btam"
    folder.parent.mkdir()
    s, _ = demo.build_demo(folder, DEMO_PASS, cases_count=24, kdf=TEST_KDF)
    sessions.lock(s)
    unlock(qtbot, window, folder)
    _open_kenzie(qtbot, window)
    page = window.workspace.cases.page

    # To the Assessment tab by keyboard: Referral, Inquiry, Assessment.
    page.tabs.tabBar().setFocus()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Right)
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Right)
    assert page.tabs.currentWidget() is page.assessment
    tab = page.assessment
    qtbot.waitUntil(lambda: tab.versions.count() > 0)
    shown = tab.shown()

    # The demo district's pack: NTAC with its tip line.
    assert shown.startswith(
        "Assessment 1 — NTAC behavioral threat assessment, Ridgeview Unified (latest)\n"
    )
    assert "Level of concern: ■■■ High concern (3 of 3)" in shown  # words and a sign
    assert f"Saved by Dana Whitlock-Oyelaran on Nov 12, 2026 11:40{PM}" in shown  # local time
    assert "Members present\nDana Whitlock-Oyelaran, Marcus Feldspar" in shown
    assert "Risk factors\n• Grievance or desire for revenge\n• Communicated intent" in shown
    # Each question with its answer in words, never a stored code.
    assert (
        "Has the student said, written or posted anything suggesting an idea or intent to "
        "attack?\nUnknown" in shown
    )
    assert "\nunknown" not in shown and "high\n" not in shown
    # Normal text: not a disabled control, no color of its own.
    assert tab.view.text.isEnabled() and tab.view.text.isReadOnly()
    assert _colors_of_its_own(tab.view) == []
    assert tab.view.text.accessibleName() == "Assessment"

    # The text takes the keyboard to be read and selected, and gives it back to Tab.
    tab.view.text.setFocus()
    qtbot.keyClick(tab.view.text, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert tab.view.text.textCursor().selectedText().startswith("Assessment 1")

    # New version… opens the form of the case's model, started from these answers.
    assert tab.new_button.text() == "&New version…"
    tab.new_button.setFocus()
    qtbot.keyClick(tab.new_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _dialog() is not None)
    dialog = _dialog()
    assert isinstance(dialog, AssessmentDialog)
    assert dialog.windowTitle().startswith("Assessment 2 — NTAC")
    assert "Parents separated last month" in str(dialog.form.answers().get("motives"))
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
