"""The family's papers in the family's language, as a counselor meets them: the case page says
which language the guardian reads, the family's plan opens in it, another language is one key
away, and a notification's letter prints from the Plan tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.page import CasePage
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog
from tests.reports.pdftext import text
from tests.ui.conftest import unlock

ALT = Qt.KeyboardModifier.AltModifier


def _preview(qtbot: QtBot) -> PrintPreviewDialog:
    found: list[PrintPreviewDialog] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PrintPreviewDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown)
    qtbot.waitUntil(lambda: found[0].print_button.isEnabled(), timeout=10_000)
    return found[0]


def _open(qtbot: QtBot, window: MainWindow, name: str) -> CasePage:
    cases = window.workspace.cases
    cases.list.search.setText(name)
    cases.list.apply_filter()
    qtbot.keyClick(cases.list.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: name in cases.page.title.text())
    return cases.page


def _built(dialog: PrintPreviewDialog) -> str:
    return text(dialog.prepared.pdf) if dialog.prepared else ""


def test_the_familys_plan_opens_in_the_guardians_language(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    """Sofia's guardian reads Spanish (the demo): the case page says so, the plan opens in
    Spanish addressed in Spanish, and Alt+L then English rebuilds it in English."""
    unlock(qtbot, window, demo_file)
    page = _open(qtbot, window, "Sofia Marchetti-Nakamura")
    assert page.family_language.currentText() == "Español" and page.family_language.isEnabled()
    next(a for a in page.print_menu.actions() if "parents" in a.text().lower()).trigger()
    dialog = _preview(qtbot)
    assert dialog.language.isVisible() and dialog.language.currentText() == "Español"
    assert "Plan de apoyo para Sofia" in _built(dialog)
    assert "(familia de Sofia" in dialog.recipient.text()
    qtbot.keyClick(dialog, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(dialog.language.hasFocus)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Up)
    qtbot.waitUntil(
        lambda: "Support plan for Sofia" in _built(dialog) and dialog.print_button.isEnabled(),
        timeout=10_000,
    )
    assert "(parent or guardian of Sofia" in dialog.recipient.text()  # named again, in English
    dialog.reject()


def test_a_letter_prints_from_its_notification_in_the_familys_language(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    """Kenzie's family is marked as reading Spanish on the case page (saved at once); the
    letter of the parents' notification then opens in Spanish, with nothing of the
    assessment and no other student's name. Police notifications have no letter."""
    unlock(qtbot, window, demo_file)
    page = _open(qtbot, window, "Kenzie Varga-Holloway")
    assert page.family_language.currentText().startswith("Not said")
    page.family_language.setFocus()
    qtbot.keyClick(page.family_language, Qt.Key.Key_End)  # the last: Español
    qtbot.waitUntil(
        lambda: page.detail is not None and any(p.language == "es" for p in page.detail.persons),
        timeout=10_000,
    )
    plan = page.plan
    page.tabs.setCurrentWidget(plan)
    assert not plan.letter.isEnabled()  # nothing chosen yet
    rows = [plan.notifications.item(r).text() for r in range(plan.notifications.count())]
    parents = next(r for r, line in enumerate(rows) if "Parents" in line)
    plan.notifications.setCurrentRow(parents)
    assert plan.letter.isEnabled()
    qtbot.keyClick(plan.letter, Qt.Key.Key_Space)
    dialog = _preview(qtbot)
    assert dialog.language.currentText() == "Español"
    letter = _built(dialog)
    assert "Sobre Kenzie" in letter and "Estimada familia de Kenzie" in letter
    for never in ("CONFIDENTIAL", "Corin", "concern", "Preocupación", "knife", "cuchillo"):
        assert never not in letter
    assert dialog.outside.isChecked() and dialog.basis.currentData() == "parent"
    dialog.reject()
