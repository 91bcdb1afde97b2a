"""From Inquiry to a saved assessment under every built-in pack, by keyboard. The checklist and
the form come from the pack files only: the test knows nothing of any pack's questions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QPlainTextEdit, QTabWidget
from pytestqt.qtbot import QtBot

from btam_desktop.domain.referral import Student
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.services import assess, intake, members, session as sessions
from btam_desktop.services.session import TEST_KDF
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.record_view import level_sign
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentDialog
from tests.conftest import PASSPHRASE, make_case_file


def _dialog() -> AssessmentDialog | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, AssessmentDialog) and w.isVisible()
        ),
        None,
    )


@pytest.mark.parametrize("pack_id", sorted(builtin_packs()))
def test_inquiry_to_assessment_by_keyboard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, pack_id: str
) -> None:
    pack = builtin_packs()[pack_id]
    folder = tmp_path / "t.btam"
    s, _ = make_case_file(folder)
    marcus, _ = members.add_member(
        s, "Marcus Feldspar", "psychologist", "marcus passphrase ok", kdf=TEST_KDF
    )
    assess.set_team_pack(s, pack_id)
    result, _ = intake.intake_referral(
        s,
        intake.ReferralInput(
            student=Student(name="Kenzie Varga-Holloway", grade="7"),
            reporter_name="Priya Anand-Moss",
            verbatim="you're dead tomorrow, I'll bring something",
        ),
    )
    intake.record_screening(s, result.case_id, "inquiry", marcus.id, "")
    sessions.lock(s)

    window.flow.open_path(folder)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.cases.list.model.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(window.workspace.cases.list.search, Qt.Key.Key_Return)
    page = window.workspace.cases.page
    qtbot.waitUntil(lambda: page.case_id == result.case_id)

    # Inquiry: the pack's checklist, worked by keyboard.
    tabs: QTabWidget = page.tabs
    tabs.setCurrentWidget(page.inquiry)
    qtbot.waitUntil(lambda: page.inquiry.table.rowCount() == len(pack.checklist))
    assert len(pack.checklist) > 0
    inquiry = page.inquiry
    inquiry.table.setFocus()
    inquiry.status.setFocus()
    qtbot.keyClick(inquiry.status, Qt.Key.Key_Down)  # Not started -> Answered
    qtbot.keyClicks(inquiry.findings, "Confirmed with two sources.")
    qtbot.keyClick(inquiry.save, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "1 answered" in inquiry.progress.text(), timeout=5000)

    # Assess: the form is drawn from the pack; answer every required question shown.
    tabs.setCurrentWidget(page.assessment)
    qtbot.keyClick(page.assessment.new_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _dialog() is not None)
    dialog = _dialog()
    assert dialog is not None and dialog.pack_id == pack_id
    for _ in range(3):  # answers can reveal further questions (show-if)
        for question in pack.questions():
            field = dialog.form.fields[question.id]
            if not (question.required and dialog.form.is_shown(question.id)):
                continue
            widget = field.widget
            if isinstance(widget, QComboBox) and not widget.currentData():
                widget.setFocus()
                qtbot.keyClick(widget, Qt.Key.Key_Down)
            elif isinstance(widget, QPlainTextEdit) and not widget.toPlainText():
                qtbot.keyClicks(widget, "Noted by the team.")
            elif isinstance(widget, QListWidget):
                widget.setFocus()
                widget.setCurrentRow(0)
                qtbot.keyClick(widget, Qt.Key.Key_Space)
    dialog.level.setFocus()
    qtbot.keyClick(dialog.level, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.rationale, "The team weighed the facts gathered and agreed.")
    qtbot.keyClick(dialog.save, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.assessment.versions.count() == 1, timeout=5000)
    shown = page.assessment.shown()
    sign = level_sign(1, len(pack.levels))
    assert f"Level of concern: {sign} {pack.levels[0].label} (1 of" in shown
    assert "The team weighed the facts gathered and agreed." in shown
    assert page.assessment.new_button.text() == "&New version…"
    assert pack.levels[0].label in page.facts.text()  # the case took the level
