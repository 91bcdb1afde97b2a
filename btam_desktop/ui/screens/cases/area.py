"""The Cases area: the list and the case page, and the service calls behind them (the Plan
tab's dialogs and Program evaluation… are `case_actions.CaseActions`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QStackedWidget,
    QWidget,
)

from btam_desktop.domain.case import CaseColumns, CaseStatus
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.contact import Contact
from btam_desktop.domain.errors import BtamError
from btam_desktop.domain.pack import LevelChoice
from btam_desktop.domain.team import Member
from btam_desktop.services.contracts import SignedIn
from btam_desktop.services.contracts.cases import CaseDetail, CaseEdit

if TYPE_CHECKING:
    from btam_desktop.services.contracts.assess import AssessmentForm
    from btam_desktop.services.contracts.intake import ReferralInput
from btam_desktop.domain.drafts import Draft, Drafts
from btam_desktop.domain.referral import EvidenceInfo, Screening
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.intake import IntakeResult
from btam_desktop.services.contracts.packs import PackInfo
from btam_desktop.services.contracts.sync import ConflictReview
from btam_desktop.ui.language import pack_word, shown_language
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.screens.cases import transfer
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentDialog
from btam_desktop.ui.screens.cases.case_actions import CaseActions
from btam_desktop.ui.screens.cases.evidence_preview import EvidencePreview
from btam_desktop.ui.screens.cases.harm_dialogs import HarmControl
from btam_desktop.ui.screens.cases.list_screen import CaseListScreen
from btam_desktop.ui.screens.cases.page import CasePage
from btam_desktop.ui.screens.cases.records import screening_record
from btam_desktop.ui.screens.cases.service_referrals import ServiceReferralsPane
from btam_desktop.ui.screens.cases.student_view import open_student_view
from btam_desktop.ui.screens.dialogs import InterviewDialog, ScreeningDialog
from btam_desktop.ui.screens.import_dialog import ImportDialog
from btam_desktop.ui.screens.intake import IntakeDialog

SCREENING_LABELS = {
    "inquiry": "proceed to inquiry",
    "handle": "handled at screening level",
    "dismiss": "dismissed",
}

DRAFT_PREFIX = "case:"


class CasesArea(QStackedWidget):
    #: A referral was saved (from any area, with Ctrl+N): the case it went to is shown.
    referral_saved = Signal(str)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.names: dict[str, str] = {}
        self.list = CaseListScreen()
        self.page = CasePage()
        self.addWidget(self.list)
        self.addWidget(self.page)
        self._pending_draft: Draft | None = None
        self.members: list[Member] = []
        #: Other staff and outside providers on the team's list (plans and check-ins name them).
        self.contacts: list[Contact] = []
        self.me: SignedIn | None = None
        #: Open conflicts of the case file (ui/sync_status.py reads them).
        self.reviews: list[ConflictReview] = []
        self.list.open_case.connect(self.open_case)
        self.list.new_referral.connect(lambda: self.new_referral())
        panel = self.page.reports
        panel.referral_requested.connect(self._report_for_this_case)
        panel.screen_requested.connect(self._screen)
        panel.attach_requested.connect(self._attach)
        panel.preview_requested.connect(self._preview)
        self.page.inquiry.save_item.connect(
            lambda item_id, edit: self._ops.run(api.INQUIRY_UPDATE_ITEM(item_id, edit))
        )
        self.page.inquiry.add_interview.connect(self._interview)
        self.page.assessment.new_requested.connect(self._assess)
        self.page.assessment.other_model_requested.connect(self._choose_other_model)
        plan = self.page.plan
        plan.letter_requested.connect(self._print_letter)
        self.referrals = ServiceReferralsPane(ops)
        plan.add_referrals(self.referrals)
        #: The Plan tab's dialogs and Program evaluation… (ui/screens/cases/case_actions.py).
        self.case_actions = CaseActions(ops, self.page, self.referrals, self, self)
        self.page.inquiry.add_item.connect(
            lambda text: self.case_actions.for_case(
                lambda case_id: api.INQUIRY_ADD_ITEM(case_id, text)
            )
        )
        self.harm = HarmControl(ops, self.page, self._harm_context, self)
        self.page.harm.print_requested.connect(self.print_document)
        self.page.back_requested.connect(self.show_list)
        self.page.save_requested.connect(self._save)
        self.page.status_requested.connect(self._change_status)
        self.page.print_requested.connect(self.print_document)
        self.page.transfer_requested.connect(self._make_packet)
        self.page.student_requested.connect(self.show_student)
        self.list.student_requested.connect(self.show_student)
        self.page.family_language_requested.connect(
            lambda case_id, person_id, code: self._ops.run(
                api.CASES_FAMILY_LANGUAGE(case_id, person_id, code)
            )
        )

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        self._ops.queue(api.CASES_LEVELS(shown_language()), on_done=self.set_levels)
        self._ops.queue(api.CASES_LIST(), on_done=self._cases_loaded)

    def set_levels(self, choices: list[LevelChoice]) -> None:
        self.page.levels = choices
        self.list.set_levels(choices)

    def _cases_loaded(self, cases: CaseColumns) -> None:
        self.list.set_cases(cases)
        case_id = self.page.case_id
        if cases.complete and case_id and case_id not in cases.ids.split(cases.separator):
            # The open case is gone (destroyed under the retention rules, here or on another
            # laptop): back to the list rather than asking for a case that is not there.
            self.page.clear()
            self.show_list()
        elif self.currentWidget() is self.page and case_id:
            self.open_case(case_id)

    def open_case(self, case_id: str, tab: str = "") -> None:
        """Open a case; `tab` ("inquiry", "plan") opens it where a task or agenda item points."""
        self._ops.queue(api.CASES_GET(case_id), on_done=lambda d: self._case_loaded(d, tab))

    def show_reviews(self, reviews: list[ConflictReview]) -> None:
        """Conflicts waiting for a person: a mark on their cases in the list, and the banner
        on the open case's page."""
        self.reviews = reviews
        self.list.model.set_to_review({r.case_id for r in reviews if r.case_id})
        self._show_banner()

    def _show_banner(self) -> None:
        case_id = self.page.case_id
        self.page.banner.show_reviews([r for r in self.reviews if case_id and r.case_id == case_id])

    def _case_loaded(self, detail: CaseDetail, tab: str = "") -> None:
        self.page.members = self.members
        self.page.show_case(detail, self.names)
        self._show_banner()
        if self._pending_draft is not None:
            self.page.restore_draft(self._pending_draft)
            self._pending_draft = None
        self.setCurrentWidget(self.page)
        target = {"inquiry": self.page.inquiry, "plan": self.page.plan}.get(tab)
        if target is not None:
            self.page.tabs.setCurrentWidget(target)
        elif tab == "case_manager":  # "choose a case manager", from My tasks
            self.page.manager.setFocus()
        else:
            self.page.summary.setFocus()
        case_id = detail.case.id
        self._ops.queue(
            api.CASES_HISTORY(case_id),
            on_done=lambda events: self.page.show_history(events, self.names),
        )
        self._ops.queue(
            api.INTAKE_REFERRALS(case_id),
            on_done=lambda found: self.page.reports.show_reports(found, self.names),
        )
        self._ops.queue(api.INTAKE_SCREENINGS(case_id), on_done=self._show_screenings)
        self.page.inquiry.set_members(self.members)
        self._ops.queue(
            api.INQUIRY_CHECKLIST(case_id),
            on_done=lambda found: self.page.inquiry.show_checklist(found, self.names),
        )
        self._ops.queue(
            api.INQUIRY_INTERVIEWS(case_id),
            on_done=lambda found: self.page.inquiry.show_interviews(found, self.names),
        )
        self._ops.queue(api.MANAGE_PLAN(case_id), on_done=self.case_actions.show_plan)
        self.harm.load(case_id, detail.case.status is not CaseStatus.CLOSED)
        self._ops.queue(
            api.MANAGE_NOTIFICATIONS(case_id), on_done=self.page.plan.show_notifications
        )
        self._ops.queue(api.MANAGE_CHECKINS(case_id), on_done=self.page.plan.show_checkins)
        self._ops.queue(api.MANAGE_REVIEWS(case_id), on_done=self.page.plan.show_reviews)
        self.referrals.load(case_id)
        self._ops.queue(
            api.ASSESS_HISTORY(case_id),
            on_done=lambda found: self.page.assessment.show_history(found, self.names),
        )
        self._ops.queue(api.INTAKE_EVIDENCE(case_id), on_done=self._show_evidence)
        self._ops.queue(
            api.PRINT_DISCLOSURES(case_id),
            on_done=lambda found: self.page.disclosures.show_log(found, self.names),
        )
        self._ops.queue(api.TRANSFER_RECEIVED(case_id), on_done=self.page.show_received)
        self.page.transfer_action.setEnabled(bool(self.me and self.me.is_lead))

    def _show_screenings(self, screenings: list[Screening]) -> None:
        status = self.page.status
        can_screen = bool(self.me and self.me.is_lead) and status in (
            CaseStatus.REFERRAL,
            CaseStatus.SCREENING,
        )
        record = screening_record(screenings, self.names, SCREENING_LABELS)
        self.page.reports.show_screening(record, screened=bool(screenings), can_screen=can_screen)

    def _show_evidence(self, infos: list[EvidenceInfo]) -> None:
        self._evidence = {e.id: e for e in infos}
        self.page.inquiry.set_evidence([(e.id, e.file_name) for e in infos])
        pictures = [e for e in infos if e.media_type.startswith("image/") and e.size < 5 * 2**20]
        shown: dict[str, bytes] = {}

        def show() -> None:
            self.page.reports.show_evidence(
                [(e.id, e.file_name, e.media_type, e.size, shown.get(e.id)) for e in infos]
            )

        show()

        def keep(evidence_id: str) -> Callable[[bytes], None]:
            def store(data: bytes) -> None:
                shown[evidence_id] = data
                show()

            return store

        for e in pictures:  # thumbnails come from memory, one read each
            self._ops.queue(api.INTAKE_EVIDENCE_CONTENT(e.id), on_done=keep(e.id))

    # -- identify: new referral, screening, evidence ----------------------------------------
    def new_referral(self, student: str = "", case_id: str | None = None) -> None:
        me = self.me.member_id if self.me else ""
        dialog = IntakeDialog([m for m in self.members if m.active], me, self)
        dialog.student_typed.connect(
            lambda name: self._ops.queue(
                api.INTAKE_FIND_STUDENT_CASES(name), on_done=dialog.show_matches
            )
        )

        def save(item: ReferralInput) -> None:
            self._ops.run(
                api.INTAKE_REFERRAL(item),
                on_done=lambda result: done(result),
                on_error=lambda e: dialog.show_error(str(e)),
            )

        def done(result: IntakeResult) -> None:
            dialog.done_ok()
            self.referral_saved.emit(result.case_id)

        dialog.chosen.connect(save)
        if student:
            dialog.student_name.setText(student)
        dialog.open()

    def import_referrals(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import referrals"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if not name:
            return
        try:
            data = Path(name).read_bytes()
        except OSError as error:
            self._ops.failed.emit(
                BtamError(
                    self.tr("%1 cannot be read (%2).")
                    .replace("%1", name)
                    .replace("%2", error.strerror or "error")
                )
            )
            return
        dialog = ImportDialog(Path(name).name, self)

        def plan(mapping: dict[str, str]) -> None:
            self._ops.queue(
                api.IMPORT_PLAN(data, mapping),
                on_done=dialog.show_plan,
                on_error=lambda e: dialog.show_error(str(e)),
            )

        def run(mapping: dict[str, str]) -> None:
            dialog.import_button.setEnabled(False)
            self._ops.run(
                api.IMPORT_RUN(data, mapping),
                on_done=lambda _r: dialog.accept(),
                on_error=lambda e: dialog.show_error(str(e)),
            )

        dialog.remap.connect(plan)
        dialog.confirmed.connect(run)
        plan({})
        dialog.open()

    def _interview(self) -> None:
        case_id = self.page.case_id
        if case_id is None:
            return
        me = self.me.member_id if self.me else ""
        dialog = InterviewDialog(
            case_id,
            [(m.id, m.name) for m in self.members if m.active],
            me,
            self,
            self.page.inquiry.items,
        )
        dialog.chosen.connect(
            lambda item: self._ops.run(
                api.INQUIRY_ADD_INTERVIEW(item),
                on_done=lambda _i: dialog.done_ok(),
                on_error=lambda e: dialog.show_error(str(e)),
            )
        )
        dialog.open()

    def _choose_other_model(self) -> None:
        """A second model for this one case (switching the team's model changes new cases
        only): the lead picks it, then fills in its form."""
        detail = self.page.detail
        if detail is None:
            return
        current = detail.case.pack_id

        def ask(infos: list[PackInfo]) -> None:
            others = [(pack_word(i.labels, i.name), i.id) for i in infos if i.id != current]
            if not others:
                return
            dialog = QInputDialog(self)
            dialog.setWindowTitle(self.tr("Assess under another model"))
            dialog.setLabelText(self.tr("&Model:"))
            dialog.setComboBoxItems([name for name, _ in others])
            dialog.textValueSelected.connect(lambda name: self._assess(dict(others)[name]))
            dialog.open()

        self._ops.queue(api.PACKS_LIST(), on_done=ask)

    def _assess(self, pack_id: str | None = None) -> None:
        case_id = self.page.case_id
        if case_id is None:
            return
        me = self.me.member_id if self.me else ""

        def show(form: AssessmentForm) -> None:
            dialog = AssessmentDialog(form, self.members, me, self)
            dialog.chosen.connect(
                lambda item: self._ops.run(
                    api.ASSESS_RECORD(case_id, item),
                    on_done=lambda _a: self.harm.after(dialog, dialog.accept, case_id),
                    on_error=lambda e: dialog.show_error(str(e)),
                )
            )
            dialog.open()

        self._ops.queue(api.ASSESS_FORM(case_id, pack_id), on_done=show)

    def _harm_context(self) -> tuple[list[Member], dict[str, str], str]:
        return self.members, self.names, self.me.member_id if self.me else ""

    def _report_for_this_case(self) -> None:
        detail = self.page.detail
        if detail is not None:
            subject = next((p.name for p in detail.persons if p.role.value == "subject"), "")
            self.new_referral(subject, detail.case.id)

    def _screen(self) -> None:
        case_id = self.page.case_id
        if case_id is None or self.me is None:
            return
        others = [(m.id, m.name) for m in self.members if m.active and m.id != self.me.member_id]
        detail = self.page.detail
        current = detail.case.case_manager_id if detail else None
        me = (self.me.member_id, self.me.member_name)
        dialog = ScreeningDialog(others, me, current, self)
        dialog.chosen.connect(
            lambda decision, second, reason, manager: self._ops.run(
                api.INTAKE_RECORD_SCREENING(case_id, decision, second, reason, manager or None),
                on_done=lambda _s: self.harm.after(dialog, dialog.done_ok, case_id),
                on_error=lambda e: dialog.show_error(str(e)),
            )
        )
        dialog.open()

    def _attach(self, paths: list[str]) -> None:
        case_id = self.page.case_id
        if case_id is None:
            return
        if not paths:
            chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence"))
            paths = chosen
        for path in paths:
            try:
                content = Path(path).read_bytes()
            except OSError as error:
                self._ops.failed.emit(
                    BtamError(
                        self.tr("%1 cannot be read (%2); nothing was attached.")
                        .replace("%1", Path(path).name)
                        .replace("%2", error.strerror or "error")
                    )
                )
                continue
            self._ops.queue(
                api.INTAKE_ATTACH_EVIDENCE(
                    case_id,
                    Path(path).name,
                    content,
                    stage=self.page.status.value if self.page.status else "referral",
                ),
                on_error=self._ops.failed.emit,
            )

    def _preview(self, evidence_id: str) -> None:
        info = getattr(self, "_evidence", {}).get(evidence_id)
        if info is None:
            return
        self._ops.queue(
            api.INTAKE_EVIDENCE_CONTENT(evidence_id),
            on_done=lambda data: EvidencePreview(
                info.file_name, info.media_type, info.size, info.sha256, data, self
            ).open(),
        )

    def print_document(self, kind: str, notification_id: str | None = None) -> None:
        if self.page.case_id is None:
            return
        from btam_desktop.services.contracts.printing import PrintRequest
        from btam_desktop.ui.screens.print_preview import PrintPreviewDialog

        request = PrintRequest(kind, self.page.case_id, notification_id=notification_id)
        PrintPreviewDialog(self._ops, request, self).open()

    def _print_letter(self, notification_id: str) -> None:
        self.print_document("letter", notification_id)

    def _make_packet(self) -> None:
        detail = self.page.detail
        if detail is not None:
            transfer.make_packet(self._ops, self, detail.case.id, detail.case.number)

    def import_packet(self) -> None:
        """File ▸ Import transfer packet…: the new case opens once it is made."""
        transfer.import_packet(self._ops, self, lambda got: self.referral_saved.emit(got.case_id))

    def show_student(self, case_id: str) -> None:
        """The student of `case_id` across their cases (a lead may merge or separate)."""
        lead = bool(self.me and self.me.is_lead)
        open_student_view(self._ops, self, case_id, self.names, lead, self.open_case)

    def show_list(self) -> None:
        self.setCurrentWidget(self.list)
        self.list.table.setFocus()

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.notices and self.page.case_id in changes.cases:
            self.page.show_notice("⚠ " + " ".join(changes.notices))  # "… both versions kept"
        if changes.everything or changes.cases or changes.persons or changes.members:
            self.load()

    # -- edits -----------------------------------------------------------------------------
    def _save(self, case_id: str, edit: CaseEdit) -> None:
        self._ops.run(api.CASES_UPDATE(case_id, edit))

    def _change_status(self, case_id: str, target: CaseStatus) -> None:
        reopening = self.page.status is CaseStatus.CLOSED
        if target is not CaseStatus.CLOSED and not reopening:
            self._ops.run(api.CASES_CHANGE_STATUS(case_id, target))
            return
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Reopen the case") if reopening else self.tr("Close the case"))
        ask.setLabelText(self.tr("Why? (kept in the case record)"))
        ask.textValueSelected.connect(
            lambda reason: self._ops.run(api.CASES_CHANGE_STATUS(case_id, target, reason))
        )
        ask.open()

    # -- lock ------------------------------------------------------------------------------
    def drafts(self) -> Drafts:
        draft = self.page.draft()
        return {f"{DRAFT_PREFIX}{draft['case_id']}": draft} if draft else {}

    def restore_drafts(self, drafts: Drafts) -> None:
        for key, payload in drafts.items():
            if key.startswith(DRAFT_PREFIX):
                self._pending_draft = payload
                self.open_case(key.removeprefix(DRAFT_PREFIX))
                return

    def clear(self) -> None:
        self._evidence = {}
        self.referrals.clear()
        self.page.clear()
        self.list.clear()
        self.setCurrentWidget(self.list)
