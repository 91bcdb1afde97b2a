"""`make screenshots`: render every screen offscreen, light and dark, into docs/screenshots/.

Uses a throwaway demo case file of fictional people (fast test key derivation: it is deleted
at the end). Look at the pictures after running it: a screen nobody looked at is not done.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # a 1920x1080 screen: offscreen's is 800x800
    _SCREEN = Path(tempfile.gettempdir()) / f"btam-shots-screen-{os.getpid()}.json"
    _SCREEN.write_text(
        '{"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1080,'
        ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from PySide6.QtCore import QEventLoop, QSize, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from btam_desktop.domain import clock
from btam_desktop.services import cases, demo, intake, session as sessions, sync_settings
from btam_desktop.services.session import TEST_KDF
from btam_desktop.ui import theme
from btam_desktop.ui.app import build_window, make_application, settings_at
from btam_desktop.ui.areas import CASES, MEETINGS, SETTINGS, TEAM
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentDialog
from btam_desktop.ui.screens.cases.evidence_preview import EvidencePreview
from btam_desktop.ui.screens.cases.plan_dialog import PlanDialog
from btam_desktop.ui.screens.dialogs import CreateCaseFileDialog, RecoveryCodeDialog
from btam_desktop.ui.screens.export_dialog import ExportDialog
from btam_desktop.ui.screens.intake import IntakeDialog
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog
from btam_desktop.ui.screens.recover import RecoverDialog

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSPHRASE = "screenshots of fictional data"
SIZE = (1280, 720)  # a 13-inch laptop (issue 19)
HANDOUT_SIZE = QSize(612, 792)  # a US Letter page at 72 dpi


def settle(ms: int = 250) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], limit_ms: int = 10_000) -> None:
    waited = 0
    while not condition():
        if waited > limit_ms:
            raise TimeoutError("the screen did not get there")
        settle(50)
        waited += 50


def shoot(widget: QWidget, name: str, scheme: str) -> None:
    settle()
    path = OUT / f"{name}-{scheme}.png"
    widget.grab().save(str(path))
    print(f"  {path.relative_to(OUT.parents[1])}")


def run_scheme(app: QApplication, tmp: Path, folder: Path, scheme: str) -> None:
    settings = settings_at(tmp / f"settings-{scheme}.ini")
    settings.setValue("theme", scheme)
    settings.setValue("recent_case_files", [str(folder)])
    w: MainWindow = build_window(tmp / "data", settings)
    theme.apply(app, scheme)
    w.resize(*SIZE)
    w.show()
    shoot(w, "welcome", scheme)

    create = CreateCaseFileDialog(tmp / "data", w)
    create.school.setText("Cedar Bend High School")
    create.lead.setText("Dana Whitlock-Oyelaran")
    create.passphrase.first.setText("lanterns over the quiet harbour")
    create.passphrase.second.setText("lanterns over the quiet harbour")
    create.open()
    shoot(create, "create-case-file", scheme)
    QDialog.reject(create)
    code = "7K3M-Q9XD-2HWA-PN4R-TB6E-YV8C-J5GF-0S1Z-KM7Q-D3XH-9WAN-4RPB-6ETY-C8VJ"  # made up
    recovery = RecoveryCodeDialog(code, w)
    recovery.open()
    shoot(recovery, "recovery-code", scheme)
    recovery.confirm.setChecked(True)
    recovery.accept()

    w.flow.open_path(folder)
    wait_for(lambda: w.stack.currentWidget() is w.unlock)
    shoot(w, "unlock", scheme)
    shoot_recover(w, code, scheme)
    w.unlock.passphrase.setText(PASSPHRASE)
    w.unlock.unlock_button.click()
    wait_for(lambda: w.workspace.cases.list.model.rowCount() > 0)
    wait_for(lambda: w.workspace.tasks.tree.topLevelItemCount() > 0)
    shoot(w, "my-tasks", scheme)
    w.workspace.go_to(CASES)
    shoot(w, "case-list", scheme)

    cases = w.workspace.cases
    cases.list.search.setText("kenzie")
    cases.list.apply_filter()
    cases.list._open_current()
    wait_for(lambda: cases.currentWidget() is cases.page and bool(cases.page.timeline.rows()))
    wait_for(lambda: cases.page.reports.evidence.count() > 0)
    settle(500)  # thumbnails arrive from the worker
    shoot(w, "case-referral", scheme)
    info = next(iter(cases._evidence.values()))
    cases._preview(info.id)
    wait_for(
        lambda: any(
            isinstance(x, EvidencePreview) and x.isVisible() for x in QApplication.topLevelWidgets()
        )
    )
    preview = next(x for x in QApplication.topLevelWidgets() if isinstance(x, EvidencePreview))
    shoot(preview, "evidence-preview", scheme)
    QDialog.reject(preview)
    cases.new_referral()
    form = next(
        x for x in QApplication.topLevelWidgets() if isinstance(x, IntakeDialog) and x.isVisible()
    )
    form.imminent.setChecked(True)
    form.emergency.setPlainText("Called school police 09:12 (Officer Castellan on site 09:15).")
    form.reporter_name.setText("Priya Anand-Moss")
    form.relationship.setText("7th-grade science teacher")
    form.student_name.setText("Tobias Quennell-Marsh")
    settle(600)
    shoot(form, "intake-form", scheme)
    # A second report about a student with an open case, typed as people type names.
    form.imminent.setChecked(False)
    form.student_name.setText("varga kenzie")
    wait_for(lambda: form.match_hint.isVisible())
    shoot(form, "intake-second-report", scheme)
    QDialog.reject(form)
    cases.page.tabs.setCurrentWidget(cases.page.inquiry)
    wait_for(lambda: cases.page.inquiry.table.rowCount() > 0)
    shoot(w, "case-inquiry", scheme)
    cases.page.tabs.setCurrentWidget(cases.page.assessment)
    wait_for(lambda: cases.page.assessment.versions.count() > 0)
    shoot(w, "case-assessment", scheme)
    cases._assess()
    wait_for(
        lambda: any(
            isinstance(x, AssessmentDialog) and x.isVisible()
            for x in QApplication.topLevelWidgets()
        )
    )
    dialog = next(x for x in QApplication.topLevelWidgets() if isinstance(x, AssessmentDialog))
    shoot(dialog, "assessment-form", scheme)
    QDialog.reject(dialog)
    cases.page.tabs.setCurrentWidget(cases.page.plan)
    wait_for(lambda: "Support plan, version" in cases.page.plan.shown())
    shoot(w, "case-plan", scheme)
    cases._write_plan()
    plan_form = next(
        x for x in QApplication.topLevelWidgets() if isinstance(x, PlanDialog) and x.isVisible()
    )
    shoot(plan_form, "plan-form", scheme)
    QDialog.reject(plan_form)
    cases.page.tabs.setCurrentWidget(cases.page.timeline)
    shoot(w, "case-timeline", scheme)
    cases.print_document("case-summary")
    printing = next(x for x in QApplication.topLevelWidgets() if isinstance(x, PrintPreviewDialog))
    wait_for(lambda: printing.print_button.isEnabled())
    settle(800)  # QPdfView renders its pages asynchronously
    shoot(printing, "print-preview", scheme)
    shoot_emergency(printing, scheme)
    QDialog.reject(printing)
    if scheme == theme.LIGHT:  # paper has no theme
        shoot_handouts(w)
    w.export_actions[1].trigger()  # File ▸ Export ▸ Disclosure records as CSV…
    export = next(
        x for x in QApplication.topLevelWidgets() if isinstance(x, ExportDialog) and x.isVisible()
    )
    shoot(export, "export-csv", scheme)
    QDialog.reject(export)
    cases.page.tabs.setCurrentIndex(0)
    cases.show_list()
    cases.list.search.clear()
    for area, name in ((TEAM, "team"), (SETTINGS, "settings")):
        w.workspace.go_to(area)
        shoot(w, name, scheme)
    w.workspace.go_to(TEAM)
    w.workspace.team.tabs.setCurrentWidget(w.workspace.team.contacts)
    wait_for(lambda: w.workspace.team.contacts.table.rowCount() > 0)
    shoot(w, "team-other-staff", scheme)
    w.workspace.team.tabs.setCurrentIndex(0)
    shoot_meetings(w, scheme)
    shoot_sync(w, tmp, scheme)
    w.close()


def shoot_handouts(w: MainWindow) -> None:
    """The handouts for students and families as they print: their page, on white."""
    for kind, name in (
        ("student-handout", "handout-students"),
        ("family-handout", "handout-families"),
    ):
        w.workspace.print_team_document(kind)
        preview = next(
            x
            for x in QApplication.topLevelWidgets()
            if isinstance(x, PrintPreviewDialog) and x.isVisible()
        )
        wait_for(preview.print_button.isEnabled)
        page = preview.document.render(0, HANDOUT_SIZE)
        paper = QImage(page.size(), QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, page)
        painter.end()
        path = OUT / f"{name}.png"
        paper.save(str(path))
        print(f"  {path.relative_to(OUT.parents[1])}")
        QDialog.reject(preview)


def shoot_emergency(printing: PrintPreviewDialog, scheme: str) -> None:
    """A copy for the police in an emergency: the legal basis asks for the threat."""
    fields = printing.fields
    fields.outside.setChecked(True)
    fields.recipient.setText("Det. Ana Okafor-Lind, Ridgeview PD")
    fields.basis.setCurrentIndex(fields.basis.findData("health_safety_emergency"))
    fields.threat.setPlainText(
        "Kenzie said she would bring her father's knife to the game on Friday."
    )
    wait_for(
        lambda: (
            printing.print_button.isEnabled()
            and printing.prepared is not None
            and printing.prepared.audience == printing.audience()
        )
    )
    settle(800)
    shoot(printing, "print-emergency", scheme)


def shoot_recover(w: MainWindow, code: str, scheme: str) -> None:
    """Forgot your passphrase? on the unlock screen, filled in (a made-up code: not sent)."""
    w.unlock.forgot_button.click()
    dialog = next(
        x for x in QApplication.topLevelWidgets() if isinstance(x, RecoverDialog) and x.isVisible()
    )
    dialog.member.setCurrentText("Lucía Ferreira-Boyd")
    dialog.code.setText(code)
    dialog.passphrase.first.setText("seven herons wading past the boathouse")
    dialog.passphrase.second.setText("seven herons wading past the boathouse")
    shoot(dialog, "recover-passphrase", scheme)
    QDialog.reject(dialog)


def shoot_meetings(w: MainWindow, scheme: str) -> None:
    """The next meeting's agenda, attendance and minutes; the last meeting's approved minutes;
    meeting mode at 1024x768 (a common projector), always light."""
    meetings = w.workspace.meetings
    w.workspace.go_to(MEETINGS)
    wait_for(lambda: meetings.view is not None and meetings.agenda.rowCount() > 0)
    shoot(w, "meeting-agenda", scheme)
    meetings.tabs.setCurrentIndex(1)
    shoot(w, "meeting-attendance", scheme)
    meetings.tabs.setCurrentIndex(0)
    w.workspace.enter_meeting_mode()
    mode = w.workspace.meeting_mode
    assert mode is not None
    mode.showNormal()
    mode.resize(1024, 768)
    mode.go(5)  # a review that is due: the kind of item a meeting spends most time on
    shoot(mode, "meeting-mode", scheme)
    mode.toggle_reveal()
    shoot(mode, "meeting-mode-revealed", scheme)
    mode.close()
    last = meetings.list.count() - 1
    meetings.list.setCurrentRow(last)
    wait_for(lambda: meetings.view is not None and meetings.view.meeting.approved)
    meetings.tabs.setCurrentIndex(2)
    shoot(w, "meeting-minutes", scheme)


#: The student whose summary two other laptops wrote at once (not in the shots above).
SYNCED_STUDENT = "Owen Petrakis-Lund"


def prepare_sync(folder: Path, tmp: Path) -> None:
    """A shared folder with something to show: two other laptops' copies of the demo wrote
    one summary at once (a conflict), and a damaged file lies among theirs. Each scheme's
    window later opens a fresh copy of its own, so no other picture changes."""
    share = tmp / "share"
    share.mkdir()
    for scheme in (theme.LIGHT, theme.DARK):
        shutil.copytree(folder, tmp / f"laptop-{scheme}" / folder.name)
    for member, words, review in (
        ("Marcus Feldspar", "Owen asked to change buses; his mother agrees.", 14),
        ("Lucía Ferreira-Boyd", "Owen is calmer since the seating change in science.", 21),
    ):
        copy = tmp / member.split()[0] / folder.name
        shutil.copytree(folder, copy)
        s = sessions.unlock(copy, member, PASSPHRASE)
        try:
            sync_settings.set_folder(s, share)
            (owen, *_) = intake.find_student_cases(s, SYNCED_STUDENT)
            # The summary waits for a person; the next review date is reconciled (the newer
            # shows) and the Sync tab says whose replaced whose.
            due = clock.today() + timedelta(days=review)
            cases.update_case(s, owen.case_id, cases.CaseEdit(summary=words, next_review=due))
            sync_settings.sync_now(s)
        finally:
            sessions.lock(s)
    segment = next(share.glob("seg/g*/*/*.bts"))
    (segment.parent / "00000999-00000999-0123456789abcdef.bts").write_bytes(b"BTAMSYNC")


def shoot_sync(w: MainWindow, tmp: Path, scheme: str) -> None:
    """Team ▸ Sync on this scheme's own laptop copy: the folder chosen, the first sync done."""
    laptop = tmp / f"laptop-{scheme}" / "maple-hollow.btam"
    w.flow.lock()
    w.flow.open_path(laptop)
    # The unlock screen shows at once (locking), still for the file just locked: wait for it
    # to name this one.
    wait_for(lambda: w.flow.path == laptop and w.unlock.member.count() > 0)
    w.unlock.passphrase.setText(PASSPHRASE)
    w.unlock.unlock_button.click()
    wait_for(lambda: w.workspace.cases.list.model.rowCount() > 0)
    team, status = w.workspace.team, w.workspace.sync
    wait_for(lambda: status.active)
    w.workspace.go_to(TEAM)
    team.tabs.setCurrentWidget(team.sync)
    status.choose_folder(tmp / "share")
    wait_for(lambda: status.last is not None and team.sync.reconciled.rowCount() > 0)
    shoot(w, "team-sync", scheme)


def main() -> int:
    os.umask(0o077)
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="btam-shots-") as name:
        tmp = Path(name)
        (tmp / "data").mkdir()
        folder = tmp / "data" / "maple-hollow.btam"
        session, _ = demo.build_demo(folder, PASSPHRASE, cases_count=24, kdf=TEST_KDF)
        sessions.lock(session)
        prepare_sync(folder, tmp)
        for scheme in (theme.LIGHT, theme.DARK):
            print(f"{scheme}:")
            run_scheme(app, tmp, folder, scheme)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
