"""`make screenshots`: render every screen offscreen, light and dark, into docs/screenshots/.

Three passes, each in a process of its own (the offscreen screen is fixed when Qt starts):
every screen at 1280x720 (a 13-inch laptop) and at 1920x1080 (`-1920`), and the main screens
at 200% scale: the 1280x720 window at device pixel ratio 2, 2560x1440 pixels (`-200`), and
the main screens in Spanish at 1280x720, light only (`-es`).
`--pass NAME` runs one pass (1280, 1920, 200 or es).

Uses a throwaway demo case file of fictional people (fast test key derivation: it is deleted
at the end). Look at the pictures after running it: a screen nobody looked at is not done.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from btam_desktop.domain import clock
from btam_desktop.domain.tasks import TaskKind
from btam_desktop.services import (
    assess,
    cases as case_records,
    demo,
    demo_harm,
    demo_laptops,
    manage,
    members,
    packs,
    session as sessions,
    sync_settings,
    transfer,
)
from btam_desktop.services.session import TEST_KDF
from btam_desktop.ui import theme
from btam_desktop.ui.app import build_window, make_application, settings_at
from btam_desktop.ui.areas import CASES, MEETINGS, REVIEW, SETTINGS, STATISTICS, TEAM
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentDialog
from btam_desktop.ui.screens.cases.evidence_preview import EvidencePreview
from btam_desktop.ui.screens.cases.plan_dialog import PlanDialog
from btam_desktop.ui.screens.cases.student_view import StudentView
from btam_desktop.ui.screens.conflicts.dialog import ResolveDialog
from btam_desktop.ui.screens.conflicts.held_dialog import HeldDialog
from btam_desktop.ui.screens.dialogs import CreateCaseFileDialog, RecoveryCodeDialog
from btam_desktop.ui.screens.export_dialog import ExportDialog
from btam_desktop.ui.screens.intake import IntakeDialog
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog
from btam_desktop.ui.screens.recover import RecoverDialog

#: The main screens, pictured at 200% too.
MAIN = frozenset(
    {
        "welcome",
        "unlock",
        "case-list",
        "case-referral",
        "case-inquiry",
        "case-assessment",
        "case-plan",
        "case-timeline",
        "meeting-mode",
        "team",
        "to-review",
        "conflict-banner",
        "resolve-dialog",
        "held-dialog",
    }
)
#: The Spanish window's pictures (issue 23): the main screens and the forms used most.
SPANISH = MAIN | {
    "my-tasks",
    "settings",
    "statistics",
    "intake-form",
    "assessment-form",
    "plan-form",
    "print-preview",
}
#: Issue 18's pictures: at 100% and 200%.
CONFLICTS = frozenset({"conflict-banner", "to-review", "resolve-dialog", "held-dialog"})
#: The member the lead removes in the laptops' pictures, and what their laptop, not yet
#: told, writes afterwards: a change that waits for a lead.
LEAVING = "Ray Castellan"
WRITTEN_AFTER = "Kenzie walked the halls with me at lunch; no trouble with the target."


@dataclass(frozen=True, slots=True)
class Pass:
    suffix: str  # of every file name: case-list-light{suffix}.png
    size: tuple[int, int]  # the main window, in logical pixels
    dpr: int  # scale: device pixels per logical pixel (2: 200%)
    projector: tuple[int, int]  # meeting mode's window
    only: frozenset[str] | None = None  # the screens pictured (None: all)
    skip: frozenset[str] = frozenset()
    language: str = "en"  # the window's (Settings ▸ Language)
    schemes: tuple[str, ...] = (theme.LIGHT, theme.DARK)

    def wants(self, name: str) -> bool:
        return (self.only is None or name in self.only) and name not in self.skip


PASSES = {
    "1280": Pass("", (1280, 720), 1, (1024, 768)),  # 1024x768: a common projector
    "1920": Pass("-1920", (1920, 1080), 1, (1920, 1080), skip=CONFLICTS),
    "200": Pass("-200", (1280, 720), 2, (1024, 768), only=MAIN),
    "es": Pass(
        "-es", (1280, 720), 1, (1024, 768), only=SPANISH, language="es", schemes=(theme.LIGHT,)
    ),
}
#: This process's pass (`--pass NAME`); None: run them all, one process each.
PASS = PASSES[sys.argv[sys.argv.index("--pass") + 1]] if "--pass" in sys.argv else None

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSPHRASE = "screenshots of fictional data"
#: Where the pictures say the files are (not the temporary folder they are really in).
SHOWN_DATA_FOLDER = Path("/home/dana/Documents/BTAM Desktop")
SHOWN_SYNC_FOLDER = Path("/mnt/cedar-bend-share/btam-sync")
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


def this_pass() -> Pass:
    assert PASS is not None, "run with --pass NAME"
    return PASS


def shoot(widget: QWidget, name: str, scheme: str) -> None:
    """`widget` as `name`-`scheme`.png, when this pass pictures `name`."""
    if not this_pass().wants(name):
        return
    settle()
    path = OUT / f"{name}-{scheme}{this_pass().suffix}.png"
    widget.grab().save(str(path))
    print(f"  {path.relative_to(OUT.parents[1])}")


def top_level[T: QWidget](kind: type[T]) -> T:
    """The visible window of `kind`, once it shows."""
    wait_for(
        lambda: any(isinstance(x, kind) and x.isVisible() for x in QApplication.topLevelWidgets())
    )
    return next(x for x in QApplication.topLevelWidgets() if isinstance(x, kind) and x.isVisible())


def unlock(w: MainWindow, path: Path) -> None:
    """Open `path` and unlock it as the lead (the unlock screen shows at once when locking,
    still for the file just locked: wait for it to name this one)."""
    w.flow.open_path(path)
    wait_for(lambda: w.flow.path == path and w.unlock.member.count() > 0)
    w.unlock.passphrase.setText(PASSPHRASE)
    w.unlock.unlock_button.click()
    wait_for(lambda: w.workspace.cases.list.model.rowCount() > 0)


def open_case(w: MainWindow, search: str) -> None:
    cases = w.workspace.cases
    w.workspace.go_to(CASES)
    cases.list.search.setText(search)
    cases.list.apply_filter()
    cases.list._open_current()
    wait_for(lambda: cases.currentWidget() is cases.page and bool(cases.page.timeline.rows()))


def run_scheme(app: QApplication, tmp: Path, folder: Path, scheme: str) -> None:
    settings = settings_at(tmp / f"settings-{scheme}.ini")
    settings.setValue("theme", scheme)
    settings.setValue("language", this_pass().language)
    settings.setValue("recent_case_files", [str(folder)])
    w: MainWindow = build_window(tmp / "data", settings)
    theme.apply(app, scheme)
    w.resize(*this_pass().size)
    w.show()
    w.welcome.set_recent([SHOWN_DATA_FOLDER / folder.name])  # not the temporary folder
    shoot(w, "welcome", scheme)

    create = CreateCaseFileDialog(SHOWN_DATA_FOLDER, w)
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
    open_case(w, "kenzie")
    wait_for(lambda: cases.page.reports.evidence.count() > 0)
    settle(500)  # thumbnails arrive from the worker
    shoot(w, "case-referral", scheme)
    info = next(iter(cases._evidence.values()))
    cases._preview(info.id)
    preview = top_level(EvidencePreview)
    shoot(preview, "evidence-preview", scheme)
    QDialog.reject(preview)
    cases.new_referral()
    form = top_level(IntakeDialog)
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
    dialog = top_level(AssessmentDialog)
    shoot(dialog, "assessment-form", scheme)
    QDialog.reject(dialog)
    cases.page.tabs.setCurrentWidget(cases.page.plan)
    plan_title = w.tr("Support plan, version %1").split("%1")[0]  # in the window's language
    wait_for(lambda: plan_title in cases.page.plan.shown())
    shoot(w, "case-plan", scheme)
    cases.case_actions._write_plan()
    plan_form = top_level(PlanDialog)
    shoot(plan_form, "plan-form", scheme)
    QDialog.reject(plan_form)
    cases.page.tabs.setCurrentWidget(cases.page.timeline)
    shoot(w, "case-timeline", scheme)
    if this_pass().wants("print-preview"):
        cases.print_document("case-summary")
        printing = top_level(PrintPreviewDialog)
        wait_for(lambda: printing.print_button.isEnabled())
        settle(800)  # QPdfView renders its pages asynchronously
        shoot(printing, "print-preview", scheme)
        shoot_emergency(printing, scheme)
        QDialog.reject(printing)
    if scheme == theme.LIGHT and this_pass().suffix == "":  # paper has no theme or size
        shoot_handouts(w)
    if this_pass().wants("export-csv"):
        w.export_actions[1].trigger()  # File ▸ Export ▸ Disclosure records as CSV…
        export = top_level(ExportDialog)
        shoot(export, "export-csv", scheme)
        QDialog.reject(export)
    cases.page.tabs.setCurrentIndex(0)
    if this_pass().wants("student-record"):  # this year's case and last year's, merged
        open_case(w, demo.MERGED_STUDENT)
        wait_for(lambda: demo.MERGED_STUDENT in cases.page.title.text())
        assert cases.page.case_id is not None
        cases.show_student(cases.page.case_id)
        student = top_level(StudentView)
        wait_for(lambda: student.snapshot is not None)
        shoot(student, "student-record", scheme)
        QDialog.reject(student)
    if this_pass().wants("case-harm-to-self"):  # Mateo: marked, 3 of 5 steps, a safety plan
        open_case(w, demo_harm.STUDENT)
        wait_for(lambda: demo_harm.STUDENT in cases.page.title.text())
        cases.page.tabs.setCurrentWidget(cases.page.harm)
        wait_for(lambda: cases.page.harm.view is not None and cases.page.harm.view.mark is not None)
        shoot(w, "case-harm-to-self", scheme)
        cases.page.tabs.setCurrentIndex(0)
    cases.show_list()
    cases.list.search.clear()
    for area, name in ((TEAM, "team"), (SETTINGS, "settings")):
        w.workspace.go_to(area)
        shoot(w, name, scheme)
    if this_pass().wants("statistics"):
        statistics = w.workspace.statistics
        w.workspace.go_to(STATISTICS)
        wait_for(lambda: statistics.result is not None and bool(statistics.tables))
        shoot(w, "statistics", scheme)
        statistics.scroller.verticalScrollBar().setValue(10_000)  # the plans and the days
        shoot(w, "statistics-lower", scheme)
        statistics.scroller.verticalScrollBar().setValue(0)
    w.workspace.go_to(TEAM)
    w.workspace.team.tabs.setCurrentWidget(w.workspace.team.contacts)
    wait_for(lambda: w.workspace.team.contacts.table.rowCount() > 0)
    shoot(w, "team-other-staff", scheme)
    w.workspace.team.tabs.setCurrentWidget(w.workspace.team.awareness)
    wait_for(lambda: w.workspace.team.awareness.staff.rowCount() > 0)
    shoot(w, "team-staff-awareness", scheme)
    shoot_services(w, scheme)
    w.workspace.team.tabs.setCurrentIndex(0)
    shoot_meetings(w, scheme)
    shoot_team_laptops(w, tmp, scheme)
    shoot_retention(w, tmp, scheme)
    shoot_transfer(w, tmp, scheme)
    w.close()


def shoot_services(w: MainWindow, scheme: str) -> None:
    """Team ▸ Services (the demo's directory), then the stalled referral's case on its Plan
    tab, opened from My tasks' reminder."""
    team = w.workspace.team
    team.tabs.setCurrentWidget(team.services)
    wait_for(lambda: team.services.table.rowCount() > 0)
    shoot(w, "team-services", scheme)
    every = Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
    rows = w.workspace.tasks.tree.findItems("*", every)
    reminders = [r.data(0, Qt.ItemDataRole.UserRole) for r in rows]
    (stalled,) = [t for t in reminders if t and t.kind is TaskKind.SERVICE_REFERRAL]
    assert stalled.case_id is not None
    cases = w.workspace.cases
    w.workspace.go_to(CASES)
    cases.open_case(stalled.case_id, "plan")
    wait_for(lambda: cases.referrals.list.count() > 0 and cases.page.case_id == stalled.case_id)
    shoot(w, "case-plan-referrals", scheme)
    cases.show_list()
    w.workspace.go_to(TEAM)


def shoot_handouts(w: MainWindow) -> None:
    """The handouts for students and families as they print: their page, on white; and the
    annual report's first page of charts (this school year's)."""
    for kind, name, number in (
        ("student-handout", "handout-students", 0),
        ("family-handout", "handout-families", 0),
        ("annual", "annual-report", 1),
    ):
        w.workspace.print_team_document(kind)
        preview = next(
            x
            for x in QApplication.topLevelWidgets()
            if isinstance(x, PrintPreviewDialog) and x.isVisible()
        )
        wait_for(preview.print_button.isEnabled)
        page = preview.document.render(number, HANDOUT_SIZE)
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
    dialog = top_level(RecoverDialog)
    dialog.member.setCurrentText("Lucía Ferreira-Boyd")
    dialog.code.setText(code)
    dialog.passphrase.first.setText("seven herons wading past the boathouse")
    dialog.passphrase.second.setText("seven herons wading past the boathouse")
    shoot(dialog, "recover-passphrase", scheme)
    QDialog.reject(dialog)


def shoot_meetings(w: MainWindow, scheme: str) -> None:
    """The next meeting's agenda, attendance and minutes; the last meeting's approved minutes;
    meeting mode on the pass's projector, always light."""
    meetings = w.workspace.meetings
    w.workspace.go_to(MEETINGS)
    wait_for(lambda: meetings.view is not None and meetings.agenda.rowCount() > 0)
    shoot(w, "meeting-agenda", scheme)
    meetings.tabs.setCurrentIndex(1)
    shoot(w, "meeting-attendance", scheme)
    # A partner whose agreement has expired, checked (not saved): the warning on the tab.
    partners = meetings.partners
    (row,) = [i for i in range(partners.count()) if "Juvenile" in partners.item(i).text()]
    partners.item(row).setCheckState(Qt.CheckState.Checked)
    shoot(w, "meeting-attendance-partner", scheme)
    partners.item(row).setCheckState(Qt.CheckState.Unchecked)
    meetings.tabs.setCurrentIndex(0)
    w.workspace.enter_meeting_mode()
    mode = w.workspace.meeting_mode
    assert mode is not None
    mode.showNormal()
    mode.resize(*this_pass().projector)
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


def prepare_team(folder: Path, tmp: Path) -> None:
    """For each scheme, a copy of the demo team on four laptops (services/demo_laptops.py,
    as `btam-desktop demo --laptops 4` makes it): the lead's copy, with a summary two other
    members rewrote at once waiting as a conflict, a date they both set (reconciled), a
    check-in the removed member's laptop wrote after the removal (held for a lead), and a
    damaged file among the folder's. Each scheme's window later opens its own, so no other
    picture changes."""
    for scheme in (theme.LIGHT, theme.DARK):
        lead = tmp / f"team-{scheme}" / folder.name
        shutil.copytree(folder, lead)
        s = sessions.unlock(lead, None, PASSPHRASE)
        try:
            made = demo_laptops.make_laptops(s, PASSPHRASE, 4)
            members.remove_member(s, LEAVING)  # the lead's laptop does not sync until shown
        finally:
            sessions.lock(s)
        leaving = next(copy for copy, member in made.copies if member == LEAVING)
        other = sessions.unlock(leaving, LEAVING, PASSPHRASE)
        try:
            (showcase,) = (
                c
                for c in case_records.list_cases(other)
                if c.student == demo_laptops.SHOWCASE_STUDENT
            )
            manage.add_checkin(other, showcase.id, clock.today(), WRITTEN_AFTER, "steady")
            sync_settings.sync_now(other)
        finally:
            sessions.lock(other)
        # Marcus and Lucía then set the showcase case's next review, each their own date,
        # before the lead's laptop syncs again: the lead's sync reconciles it (the newer
        # shows) and Team ▸ Sync says whose replaced whose.
        for (copy, member), days in zip(made.copies[:2], (14, 21), strict=True):
            other = sessions.unlock(copy, member, PASSPHRASE)
            try:
                (showcase,) = (
                    c
                    for c in case_records.list_cases(other)
                    if c.student == demo_laptops.SHOWCASE_STUDENT
                )
                due = clock.today() + timedelta(days=days)
                case_records.update_case(other, showcase.id, case_records.CaseEdit(next_review=due))
                sync_settings.sync_now(other)
            finally:
                sessions.lock(other)
        segment = next(made.folder.glob("seg/g*/*/*.bts"))
        (segment.parent / "00000999-00000999-0123456789abcdef.bts").write_bytes(b"BTAMSYNC")


def shoot_team_laptops(w: MainWindow, tmp: Path, scheme: str) -> None:
    """On this scheme's copy of the lead's laptop, synced at unlock: Team ▸ Sync, the case
    page's conflict banner, To review and the resolve dialog (left with Later)."""
    w.flow.lock()
    unlock(w, tmp / f"team-{scheme}" / "maple-hollow.btam")
    workspace = w.workspace
    status, team = workspace.sync, workspace.team
    wait_for(lambda: status.last is not None and bool(status.reviews) and bool(status.held))
    workspace.go_to(TEAM)
    team.tabs.setCurrentWidget(team.sync)
    wait_for(lambda: team.sync.reconciled.rowCount() > 0)
    team.sync.folder.setText(str(SHOWN_SYNC_FOLDER))  # not the temporary folder
    shoot(w, "team-sync", scheme)
    team.tabs.setCurrentIndex(0)
    open_case(w, demo_laptops.SHOWCASE_STUDENT)
    banner = workspace.cases.page.banner
    wait_for(banner.isVisible)
    shoot(w, "conflict-banner", scheme)
    banner.review_button.click()
    dialog = top_level(ResolveDialog)
    shoot(dialog, "resolve-dialog", scheme)
    dialog.reject()
    workspace.cases.show_list()
    workspace.go_to(REVIEW)
    shoot(w, "to-review", scheme)
    workspace.review.held_requested.emit(workspace.review.held[0])
    held = top_level(HeldDialog)
    shoot(held, "held-dialog", scheme)
    held.reject()


#: A district schedule for the Team ▸ Old records picture (fictional).
RETENTION_PACK = """
[pack]
id = "ridgeview-retention"
name = "Ridgeview Unified NTAC"
version = "2026.1"
provenance = "Ridgeview Unified's records schedule on the built-in NTAC pack (fictional)."
licence = "District internal."
extends = "ntac"

[[retention.rules]]
applies_to = "screened_out"
years = 3
then = "destroy"

[[retention.rules]]
applies_to = "no_plan"
years = 5
then = "destroy"

[[retention.rules]]
applies_to = "plan"
years = 5
then = "destroy"
source = "Board policy 5125"

[[retention.rules]]
applies_to = "low_level"
years = 1
then = "clear_level"
"""


def shoot_retention(w: MainWindow, tmp: Path, scheme: str) -> None:
    """Team ▸ Old records: the demo team's file made on 2026-09-01 under a district schedule,
    opened ten years on. The clock is pinned for this file only: here, and in the service
    process that the lock below starts (it reads the pin from the environment)."""
    if not this_pass().wants("retention"):
        return
    folder = tmp / f"retention-{scheme}" / "maple-hollow.btam"
    folder.parent.mkdir()
    variable = os.environ.get(clock.ENVIRONMENT_VARIABLE)
    saved = clock.use(clock.pinned_at(datetime(2026, 9, 1, 9, 0)))
    try:
        s, _ = demo.build_demo(folder, PASSPHRASE, cases_count=24, kdf=TEST_KDF)
        packs.import_district_pack(s, "ridgeview.toml", RETENTION_PACK)
        assess.set_team_pack(s, "ridgeview-retention")
        sessions.lock(s)
        later = clock.pinned_at(datetime(2036, 9, 1, 9, 0))
        clock.use(later)
        os.environ[clock.ENVIRONMENT_VARIABLE] = later.environment_value()
        w.flow.lock()  # the next service process starts now, with the pin
        settle()
        unlock(w, folder)
        team = w.workspace.team
        w.workspace.go_to(TEAM)
        team.tabs.setCurrentWidget(team.retention)
        wait_for(lambda: bool(team.retention.lines))
        shoot(w, "retention", scheme)
        team.tabs.setCurrentIndex(0)
    finally:
        clock.use(saved)
        if variable is None:
            os.environ.pop(clock.ENVIRONMENT_VARIABLE, None)
        else:
            os.environ[clock.ENVIRONMENT_VARIABLE] = variable
    w.flow.lock()  # and the one after it without


def shoot_transfer(w: MainWindow, tmp: Path, scheme: str) -> None:
    """A case received with a transfer packet: the demo team sends a case in management to
    Cedar Bend High School, whose file imports it; the picture is its Received tab."""
    if not this_pass().wants("transfer-received"):
        return
    maple = tmp / f"transfer-{scheme}" / "maple-hollow.btam"
    maple.parent.mkdir()
    s, _ = demo.build_demo(maple, PASSPHRASE, cases_count=12, kdf=TEST_KDF)
    try:
        row = next(r for r in case_records.list_cases(s) if r.status.value == "management")
        made, _ = transfer.make_packet(
            s,
            transfer.TransferRequest(
                case_id=row.id,
                to_school="Cedar Bend High School",
                passphrase=PASSPHRASE,
                packet=maple.parent / "packet.btam-transfer",
            ),
        )
    finally:
        sessions.lock(s)
    cedar = maple.parent / "cedar-bend.btam"
    request = sessions.NewCaseFile("Cedar Bend High School", "Ines Okonkwo-Hart", "counselor")
    c, _ = sessions.create_case_file(cedar, request, PASSPHRASE, TEST_KDF)
    try:
        received, _ = transfer.receive(c, made.packet, PASSPHRASE)
    finally:
        sessions.lock(c)
    w.flow.lock()
    settle()
    unlock(w, cedar)
    cases = w.workspace.cases
    cases.open_case(received.case_id)
    wait_for(lambda: cases.page.tabs.indexOf(cases.page.received) >= 0)
    w.workspace.go_to(CASES)
    cases.page.tabs.setCurrentWidget(cases.page.received)
    shoot(w, "transfer-received", scheme)
    cases.page.tabs.setCurrentIndex(0)
    w.flow.lock()


def use_screen(chosen: Pass, folder: Path) -> None:
    """An offscreen screen larger than every window (offscreen's own is 800x800), and the
    pass's scale; read when the application starts. The scale is Qt's high-DPI factor
    (QT_SCALE_FACTOR): the configfile's `dpr` sets only QScreen.devicePixelRatio, windows
    still paint at 1 (PySide6 6.12, measured)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if chosen.dpr != 1:
        os.environ["QT_SCALE_FACTOR"] = str(chosen.dpr)
    if os.environ["QT_QPA_PLATFORM"] != "offscreen":
        return
    config = folder / "screen.json"
    # In device pixels: 2560x1440 logical at every scale.
    width, height = 2560 * chosen.dpr, 1440 * chosen.dpr
    screen = {"name": "desktop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def run_pass(name: str) -> int:
    """One pass, in this process: light, then dark."""
    os.umask(0o077)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="btam-shots-") as work:
        tmp = Path(work)
        use_screen(this_pass(), tmp)
        app = make_application(sys.argv[:1])
        (tmp / "data").mkdir()
        folder = tmp / "data" / "maple-hollow.btam"
        session, _ = demo.build_demo(folder, PASSPHRASE, cases_count=24, kdf=TEST_KDF)
        sessions.lock(session)
        prepare_team(folder, tmp)
        for scheme in this_pass().schemes:
            print(f"{name} {scheme}:")
            run_scheme(app, tmp, folder, scheme)
    return 0


def main() -> int:
    if PASS is not None:
        return run_pass(sys.argv[sys.argv.index("--pass") + 1])
    for name in PASSES:
        done = subprocess.run([sys.executable, __file__, "--pass", name], check=False)
        if done.returncode:
            return done.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
