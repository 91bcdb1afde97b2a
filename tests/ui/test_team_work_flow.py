"""The team's work holds together, played through the real window by keyboard: a case without a
manager reaches the leads and gets one, a second report finds the student's open case, a saved
referral opens its case, a removed member stays named in history, an interview ticks the
checklist, a case is assessed under a second model, closing ends its tasks, and people outside
the team are kept on the Team page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from btam_desktop.ui.areas import MEETINGS
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentDialog
from btam_desktop.ui.screens.cases.manage_dialogs import CloseDialog
from btam_desktop.ui.screens.dialogs import InterviewDialog
from btam_desktop.ui.screens.intake import IntakeDialog
from btam_desktop.ui.screens.tasks import TasksScreen
from btam_desktop.ui.screens.team.contacts import ContactDialog
from tests.ui.cells import cell, leaves
from tests.ui.conftest import unlock
from tests.ui.test_team_and_tasks import row_of, wait_for_dialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path("/tmp/btam-shots")


def shot(widget: QWidget, name: str) -> None:
    """Saved for a person to look at (the closing note lists them)."""
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def task_rows(tasks: TasksScreen) -> list[QTreeWidgetItem]:
    """Every row of My tasks, all groups."""
    return leaves(tasks.tree)


def open_task(qtbot: QtBot, tasks: TasksScreen, row: QTreeWidgetItem) -> None:
    """Enter on a task opens it where it lives."""
    tasks.tree.setCurrentItem(row)
    tasks.tree.setFocus()
    qtbot.keyClick(tasks.tree, Qt.Key.Key_Return)


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """As the window manager does when a dialog closes (offscreen, nobody does)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_case(qtbot: QtBot, window: MainWindow, student: str) -> None:
    cases = window.workspace.cases
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    cases.list.search.setText(student)
    cases.list.apply_filter()
    qtbot.waitUntil(lambda: cases.list.model.rowCount() == 1)
    qtbot.keyClick(cases.list.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: student in cases.page.title.text())


def test_a_second_report_finds_the_open_case_and_opens_it_from_any_area(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    window.workspace.go_to(MEETINGS)  # Ctrl+N works from anywhere
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = wait_for_dialog(qtbot, IntakeDialog)
    assert isinstance(dialog, IntakeDialog)
    qtbot.keyClicks(dialog.student_name, "varga kenzie")  # no second surname, other order
    qtbot.waitUntil(lambda: dialog.matches.count() > 1)
    chosen = dialog.matches.currentItem().text()
    assert "Kenzie Varga-Holloway" in chosen and "grade 8" in chosen
    assert dialog.match_hint.isVisible()
    assert "Is this the same Kenzie Varga-Holloway, grade 8" in dialog.match_hint.text()
    assert dialog.same_yes.isChecked()  # the open case chosen: the same student
    shot(dialog, "intake-second-report-match")
    qtbot.keyClicks(dialog.reporter_name, "Hettie Brackenridge-Ola")
    qtbot.keyClicks(dialog.narrative, "Saw the post again at lunch.")
    qtbot.keyClick(dialog.reporter_name, Qt.Key.Key_Return)  # "Save referral" is the default
    page = window.workspace.cases.page
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: "Kenzie Varga-Holloway" in page.title.text(), timeout=10_000)
    assert window.workspace.stack.currentWidget() is window.workspace.cases
    assert window.workspace.cases.currentWidget() is page


def test_a_case_without_a_manager_reaches_the_leads_and_gets_one(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = wait_for_dialog(qtbot, IntakeDialog)
    assert isinstance(dialog, IntakeDialog)
    qtbot.keyClicks(dialog.student_name, "Ondine Testcase-Marsh")
    qtbot.waitUntil(lambda: not dialog.match_hint.isVisible())
    qtbot.keyClicks(dialog.reporter_name, "Hettie Brackenridge-Ola")
    qtbot.keyClicks(dialog.narrative, "Overheard on the bus: a list of names in a notebook.")
    qtbot.keyClick(dialog.reporter_name, Qt.Key.Key_Return)  # "Save referral" is the default
    page = window.workspace.cases.page
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: "Ondine Testcase-Marsh" in page.title.text(), timeout=10_000)
    number = page.title.text().split()[0]

    # My tasks (Ctrl+1): the lead is asked to choose a case manager; Enter opens the case there.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    tasks = window.workspace.tasks

    def the_task() -> QTreeWidgetItem | None:
        return next(
            (
                r
                for r in task_rows(tasks)
                if r.text(2).startswith(f"{number} · ") and r.text(3) == "Case manager"
            ),
            None,
        )

    qtbot.waitUntil(lambda: the_task() is not None)
    shot(window, "my-tasks-choose-a-case-manager")
    open_task(qtbot, tasks, the_task())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: number in page.title.text() and window.focusWidget() is page.manager)
    page.manager.setCurrentIndex(page.manager.findText("Lucía Ferreira-Boyd"))
    qtbot.keyClick(page.manager, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "Case manager: Lucía Ferreira-Boyd" in page.facts.text())
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: the_task() is None)


def test_a_removed_member_stays_named_in_what_happened_with_her(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    team = window.workspace.team
    qtbot.waitUntil(lambda: team.table.rowCount() == 6)
    team.table.selectRow(row_of(team.table, "Marcus Feldspar"))
    qtbot.keyClick(team.remove_button, Qt.Key.Key_Space)
    box = wait_for_dialog(qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    # The checklist says what else removing a member takes, and why.
    assert "Remove their access to the team's sync folder" in box.text()
    assert "Backups made before today still open" in box.text()
    shot(box, "remove-member-checklist")
    qtbot.mouseClick(
        next(b for b in box.buttons() if b.text() == "Remove Marcus Feldspar"),
        Qt.MouseButton.LeftButton,
    )
    qtbot.waitUntil(lambda: team.table.rowCount() == 5, timeout=15_000)

    open_case(qtbot, window, "Kenzie Varga-Holloway")  # assessed with Marcus present
    page = window.workspace.cases.page
    page.tabs.setCurrentWidget(page.assessment)
    qtbot.waitUntil(lambda: "Kenzie" in page.title.text() and page.assessment.versions.count() > 0)
    text = page.assessment.shown()
    assert "Marcus Feldspar (left the team on" in text, text
    assert "?" not in text.split("Members present\n")[-1].split("\n")[0]
    shot(page, "assessment-with-a-former-member")

    # The approved meeting's attendance still lists him, marked.
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    screen = window.workspace.meetings
    approved = next(
        i for i in range(screen.list.count()) if "approved" in screen.list.item(i).text().lower()
    )
    screen.list.setCurrentRow(approved)
    qtbot.waitUntil(
        lambda: any(
            "Marcus Feldspar (left the team on" in screen.present.item(i).text()
            for i in range(screen.present.count())
        )
    )


def test_an_interview_ticks_the_checklist_and_a_second_model_is_applied(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    open_case(qtbot, window, "Mateo Brightwater")  # in inquiry: the parents not yet talked to
    page = window.workspace.cases.page
    page.tabs.setCurrentWidget(page.inquiry)
    qtbot.waitUntil(lambda: bool(page.inquiry.items))
    qtbot.keyClick(page.inquiry.interview_button, Qt.Key.Key_Space)
    dialog = wait_for_dialog(qtbot, InterviewDialog)
    assert isinstance(dialog, InterviewDialog)
    dialog.role.setFocus()
    dialog.role.setCurrentIndex(dialog.role.findData("guardian"))
    assert dialog.answers.currentText() == "Talk with parents or guardians"  # suggested
    ticked = dialog.answers.currentData()
    qtbot.keyClicks(dialog.name, "Ramon Brightwater")
    qtbot.keyClicks(dialog.notes, "The handgun is now at his brother's house, locked away.")
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: any(i.id == ticked and i.status.value == "answered" for i in page.inquiry.items)
    )

    # A second model for this case only.
    page.tabs.setCurrentWidget(page.assessment)
    qtbot.keyClick(page.assessment.other_model_button, Qt.Key.Key_Space)
    choose = wait_for_dialog(qtbot, QInputDialog)
    assert isinstance(choose, QInputDialog)
    choose.setTextValue("Virginia-style threat assessment")
    if choose.textValue() != "Virginia-style threat assessment":
        choose.setTextValue(next(t for t in choose.comboBoxItems() if "Virginia" in t))
    choose.accept()
    form = wait_for_dialog(qtbot, AssessmentDialog)
    assert isinstance(form, AssessmentDialog)
    assert form.pack_id == "virginia-style"
    assert form.level.findText("Moderate risk") > 0
    qtbot.keyClicks(form.other_risk, "Recent loss: grandparent died; grievance with the group chat")
    assert "Recent loss" in ";".join(form.value().risk_factors)
    shot(form, "assessment-under-a-second-model")
    form.reject()


def test_closing_says_which_tasks_ended(qtbot: QtBot, window: MainWindow, demo_file: Path) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    # The demo's past meeting gave the chair a task on its first case; find that case.
    tasks = window.workspace.tasks
    qtbot.waitUntil(lambda: tasks.tree.topLevelItemCount() == 3)
    action = next(r for r in task_rows(tasks) if r.text(3) == "Meeting action")
    number = action.text(2).split(" · ")[0]
    open_task(qtbot, tasks, action)
    page = window.workspace.cases.page
    qtbot.waitUntil(lambda: number in page.title.text())
    page.tabs.setCurrentWidget(page.plan)
    qtbot.waitUntil(lambda: page.plan.close_button.isEnabled())
    qtbot.keyClick(page.plan.close_button, Qt.Key.Key_Space)
    dialog = wait_for_dialog(qtbot, CloseDialog)
    assert isinstance(dialog, CloseDialog)
    qtbot.keyClicks(dialog.summary, "Concern resolved; supports continue at school.")
    qtbot.keyClicks(dialog.reason, "Handed over to the counselor's ordinary caseload.")
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    said = wait_for_dialog(qtbot, QMessageBox)
    assert isinstance(said, QMessageBox)
    assert "Call the family about the after-school schedule" in said.text()
    shot(said, "closing-ended-tasks")
    said.accept()
    qtbot.waitUntil(lambda: "Status: Closed" in page.facts.text())
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: all(not r.text(2).startswith(number) for r in task_rows(tasks)))


def test_people_outside_the_team_are_kept_on_the_team_page(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    team = window.workspace.team
    team.tabs.setCurrentWidget(team.contacts)
    panel = team.contacts
    # The demo's coach, therapist, driver, and its two partners from outside agencies.
    qtbot.waitUntil(lambda: panel.table.rowCount() == 5)
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    dialog = wait_for_dialog(qtbot, ContactDialog)
    assert isinstance(dialog, ContactDialog)
    qtbot.keyClicks(dialog.name, "Wren Castellanos-Idle")
    dialog.kind.setCurrentIndex(dialog.kind.findData("staff"))
    qtbot.keyClicks(dialog.role, "School nurse")
    qtbot.keyClicks(dialog.contact, "ext. 2100")
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 6)
    assert any(cell(panel.table, r, 0) == "Wren Castellanos-Idle" for r in range(6))
    shot(team, "team-other-staff-and-providers")

    # The coach carries Kenzie's daily check-in in her plan.
    open_case(qtbot, window, "Kenzie Varga-Holloway")
    page = window.workspace.cases.page
    page.tabs.setCurrentWidget(page.plan)
    qtbot.waitUntil(
        lambda: "Responsible: Dale Okafor-Brandt (Basketball coach)" in page.plan.shown()
    )
    assert QApplication.activeModalWidget() is None
