"""A case page: header, the Referral tab (what was reported, who is involved, editable), the
Timeline tab (every recorded step in plain words). Later stages add their own tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.audit import AuditEvent
from btam_desktop.domain.case import Case, CaseStatus, PersonRole, allowed_transitions
from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.drafts import Draft
from btam_desktop.domain.language import PAPER_LANGUAGES
from btam_desktop.domain.pack import LevelChoice
from btam_desktop.domain.records import today
from btam_desktop.domain.team import Member
from btam_desktop.domain.transfer import ReceivedRecord
from btam_desktop.services.contracts.cases import CaseDetail, CaseEdit, CaseLoaded
from btam_desktop.ui.fields import limit_dates, qdate, spell_days
from btam_desktop.ui.language import short_date
from btam_desktop.ui.plain import PlainLabel, isolate
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentTab
from btam_desktop.ui.screens.cases.disclosures import DisclosureLog
from btam_desktop.ui.screens.cases.harm_tab import HarmTab
from btam_desktop.ui.screens.cases.inquiry_tab import InquiryTab
from btam_desktop.ui.screens.cases.model import status_label
from btam_desktop.ui.screens.cases.plan_tab import PlanTab
from btam_desktop.ui.screens.cases.reports_panel import ReportsPanel
from btam_desktop.ui.screens.cases.student_view import STUDENT_SHORTCUT
from btam_desktop.ui.screens.cases.timeline import TimelineView
from btam_desktop.ui.screens.cases.transfer import ReceivedView
from btam_desktop.ui.screens.conflicts.banner import ConflictBanner

#: How the people of a case are named in its table (translated where shown).
PERSON_ROLE_LABELS = {role: role.value.capitalize() for role in PersonRole}


class CasePage(QWidget):
    save_requested = Signal(str, object)  # case id, CaseEdit
    #: The case, its guardian and the language the family reads ("" for not said).
    family_language_requested = Signal(str, str, str)
    status_requested = Signal(str, object)  # case id, CaseStatus
    back_requested = Signal()
    print_requested = Signal(str)  # document kind: case-summary, plan, parent-plan, disclosures, …
    transfer_requested = Signal()  # a lead's transfer packet for the school the student moves to
    student_requested = Signal(str)  # case id: its student's record across cases
    evaluation_requested = Signal()  # the fields "For program evaluation"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: CaseDetail | None = None
        self._loaded: Draft = {}
        #: The fields as the last Save sent them: a reload after it shows what was stored.
        self._sent: Draft | None = None
        #: The stored summary the person's editing started from ("what the editor saw"): a
        #: save replaces only that version, so one another laptop delivered meanwhile is kept
        #: beside it (a conflict the team resolves), never overwritten unseen.
        self._seen_summary: str | None = None

        self.back = QPushButton(self.tr("← All cases"))
        self.back.setToolTip(self.tr("Back to the case list (Alt+Left)"))
        self.title = PlainLabel()
        self.title.setWordWrap(True)  # a long name wraps instead of widening the window
        self.title.setAccessibleName(self.tr("Case"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = PlainLabel()
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("Case status"))
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.move_button = QPushButton(self.tr("&Move to…"))
        self.move_menu = QMenu(self)
        self.move_button.setMenu(self.move_menu)
        self.print_button = QPushButton(self.tr("Pri&nt…"))
        self.print_menu = QMenu(self)
        for kind, text in (
            ("case-summary", self.tr("Case &summary…")),
            ("plan", self.tr("Intervention &plan…")),
            ("parent-plan", self.tr("Plan for &parents and student…")),
            ("disclosures", self.tr("Record of &disclosures (the student)…")),
            ("inspection", self.tr("&Inspection copy for the family (the student)…")),
        ):
            action = self.print_menu.addAction(text)
            action.triggered.connect(lambda _=False, k=kind: self.print_requested.emit(k))
        self.print_menu.addSeparator()
        self.transfer_action = self.print_menu.addAction(self.tr("&Transfer packet (new school)…"))
        self.transfer_action.triggered.connect(self.transfer_requested)
        self.print_button.setMenu(self.print_menu)
        self.student_button = QPushButton(self.tr("S&tudent's record…"))
        self.student_button.setToolTip(
            self.tr("Every case and record of this student (Ctrl+Shift+R)")
        )

        self.evaluation_button = QPushButton(self.tr("Program &evaluation…"))
        self.evaluation_button.setToolTip(
            self.tr("The student's groups and the case's outcomes, for program evaluation only")
        )
        self.evaluation_button.clicked.connect(self.evaluation_requested)

        head = QHBoxLayout()
        head.addWidget(self.back)
        head.addWidget(self.title, 1)
        head.addWidget(self.evaluation_button)
        head.addWidget(self.student_button)
        head.addWidget(self.print_button)
        head.addWidget(self.move_button)

        self.summary = QPlainTextEdit()
        self.level = QComboBox()
        self.levels: list[LevelChoice] = []
        self.manager = QComboBox()
        self.members: list[Member] = []
        self.review = QDateEdit()
        limit_dates(self.review, event_span(today()))
        spell_days(self.review)
        self.no_review = QCheckBox(self.tr("No review date"))
        review_row_widget = QWidget()
        review_row = QHBoxLayout(review_row_widget)
        review_row.setContentsMargins(0, 0, 0, 0)
        review_row.addWidget(self.review)
        review_row.addWidget(self.no_review)
        review_row.addStretch(1)
        self.persons = QTableWidget(0, 3)
        self.persons.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Name"), self.tr("Grade")])
        self.persons.setAccessibleName(self.tr("People in this case"))
        self.persons.verticalHeader().hide()
        self.persons.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.persons.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        #: The guardian's language: the family's papers print in it (saved when chosen).
        self.family_language = QComboBox()
        self.family_language.setAccessibleName(self.tr("Language the family reads"))
        self.family_language.addItem(self.tr("Not said (English)"), "")
        for code, name in PAPER_LANGUAGES.items():
            self.family_language.addItem(name, code)
        self.family_language.setToolTip(
            self.tr(
                "The family's plan and the letter to the family print in this language; "
                "you can still choose another when you print."
            )
        )
        self.save = QPushButton(self.tr("&Save"))
        self.revert = QPushButton(self.tr("&Revert"))
        self.unsaved = PlainLabel()
        #: What the last save should tell the person (both versions kept), until the next.
        self.notice = PlainLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("About your last save"))
        self.notice.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.unsaved, 1)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.save)

        referral_form = QWidget()
        form = QFormLayout(referral_form)
        form.addRow(self.tr("What was reported (&summary):"), self.summary)
        form.addRow(self.tr("&Level of concern:"), self.level)
        form.addRow(self.tr("Case &manager:"), self.manager)
        form.addRow(self.tr("Next &review:"), review_row_widget)
        label = form.labelForField(review_row_widget)
        if isinstance(label, QLabel):
            label.setBuddy(self.review)
        form.addRow(self.tr("&People:"), self.persons)
        form.addRow(self.tr("Family's lan&guage:"), self.family_language)
        form.addRow(buttons)
        form.addRow(self.notice)
        self.reports = ReportsPanel()
        referral = QSplitter(Qt.Orientation.Horizontal)
        referral.addWidget(referral_form)
        referral.addWidget(self.reports)
        referral.setStretchFactor(0, 3)
        referral.setStretchFactor(1, 2)

        self.timeline = TimelineView()
        self.inquiry = InquiryTab()
        self.assessment = AssessmentTab()
        self.plan = PlanTab()
        self.harm = HarmTab()
        self.disclosures = DisclosureLog()
        #: What another school sent (a case received with a transfer packet); a tab only then.
        self.received = ReceivedView()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case stages"))
        self.tabs.addTab(referral, self.tr("Referral"))
        self.tabs.addTab(self.inquiry, self.tr("Inquiry"))
        self.tabs.addTab(self.assessment, self.tr("Assessment"))
        self.tabs.addTab(self.plan, self.tr("Plan"))
        self.tabs.addTab(self.harm, self.tr("Harm to self"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.disclosures, self.tr("Printed && shared"))

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.facts)
        layout.addWidget(self.harm.flag)
        #: Two versions of a field of this case wait for a person (Review… resolves them).
        self.banner = ConflictBanner()
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        save_action = QAction(self.tr("Save"), self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self._save)
        back_action = QAction(self.tr("Back"), self)
        back_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Back), QKeySequence(Qt.Key.Key_Escape)]
        )
        back_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back_action.triggered.connect(self.back_requested)
        student_action = QAction(self.tr("Student's record"), self)
        student_action.setShortcut(QKeySequence(STUDENT_SHORTCUT))
        student_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        student_action.triggered.connect(self._student)
        self.addActions([save_action, back_action, student_action])
        self.student_button.clicked.connect(self._student)

        self.back.clicked.connect(self.back_requested)
        self.save.clicked.connect(self._save)
        self.family_language.activated.connect(self._family_language_chosen)
        self.revert.clicked.connect(self._revert)
        self.summary.textChanged.connect(self._update_dirty)
        self.level.currentIndexChanged.connect(self._update_dirty)
        self.manager.currentIndexChanged.connect(self._update_dirty)
        self.review.dateChanged.connect(self._update_dirty)
        self.no_review.toggled.connect(self.review.setDisabled)
        self.no_review.toggled.connect(self._update_dirty)

    def _student(self) -> None:
        if self.case_id is not None:
            self.student_requested.emit(self.case_id)

    # -- content ---------------------------------------------------------------------------
    @property
    def case_id(self) -> str | None:
        return self._detail.case.id if self._detail else None

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    @property
    def status(self) -> CaseStatus | None:
        return self._detail.case.status if self._detail else None

    def show_case(self, detail: CaseDetail, names: dict[str, str]) -> None:
        # The open case read again (another laptop's changes arrived by sync, or a check-in
        # was saved) must not wipe what is being typed and not yet saved: the fields the
        # person changed keep their text (and the cursor its place); the others show what
        # is stored now.
        same = self._detail is not None and self._detail.case.id == detail.case.id
        typed = self._fields()
        editing = same and self.dirty and typed != self._sent
        edits = {k: v for k, v in typed.items() if v != self._loaded.get(k)} if editing else {}
        cursor = self.summary.textCursor().position()
        if not same:
            self._sent = None
            self.show_notice("")
        self._detail = detail
        case = detail.case
        subject = next((p for p in detail.persons if p.role.value == "subject"), None)
        urgent = self.tr("URGENT  ") if case.urgent else ""
        self.title.setText(f"{urgent}{case.number}  {isolate(subject.name) if subject else ''}")
        self.facts.setText(
            self.tr("Status: %1   ·   Level of concern: %2   ·   Case manager: %3   ·   Opened %4")
            .replace("%1", status_label(case.status))
            .replace("%2", self._level_label(case) or self.tr("not set"))
            .replace("%3", names.get(case.case_manager_id or "", self.tr("none")))
            .replace("%4", short_date(case.opened_on))
        )
        self._fill_move_menu(case.status)
        # A closed case is read-only until it is reopened (Move to… → Screening, with a reason).
        open_case = case.status is not CaseStatus.CLOSED
        for widget in (
            self.summary,
            self.level,
            self.manager,
            self.review,
            self.no_review,
            self.reports.add_report,
            self.reports.attach_button,
            self.inquiry.save,
            self.inquiry.add_button,
            self.inquiry.interview_button,
            self.assessment.new_button,
            self.assessment.other_model_button,
            self.plan.new_version,
            self.plan.notify,
            self.plan.checkin,
            self.plan.review,
            self.plan.close_button,
        ):
            widget.setEnabled(open_case)
        guardian = next((p for p in detail.persons if p.role is PersonRole.GUARDIAN), None)
        self.family_language.setCurrentIndex(
            max(self.family_language.findData(guardian.language if guardian else ""), 0)
        )
        self.family_language.setEnabled(open_case and guardian is not None)
        self.persons.setRowCount(len(detail.persons))
        for row, person in enumerate(detail.persons):
            for col, text in enumerate(
                (self.tr(PERSON_ROLE_LABELS[person.role]), person.name, person.grade)
            ):
                self.persons.setItem(row, col, QTableWidgetItem(text))
        self._fill_levels(case)
        self._fill_managers(case, names)
        self._loaded = {
            "summary": case.summary,
            "manager": case.case_manager_id or "",
            "level": case.level_of_concern,
            "review": case.next_review.isoformat() if case.next_review else "",
        }
        if "summary" not in edits:
            self._seen_summary = case.summary
        self._set_fields({**self._loaded, **edits})
        if "summary" in edits:
            kept = self.summary.textCursor()
            kept.setPosition(min(cursor, len(self.summary.toPlainText())))
            self.summary.setTextCursor(kept)

    def _level_label(self, case: Case) -> str:
        if not case.level_of_concern:
            return ""
        found = next(
            (c for c in self.levels if (c.pack_id, c.id) == (case.pack_id, case.level_of_concern)),
            next((c for c in self.levels if c.id == case.level_of_concern), None),
        )
        return found.label if found else case.level_of_concern.replace("_", " ")

    def _fill_levels(self, case: Case) -> None:
        """The case's model's levels (the team's when the case's model is not known here)."""
        own = [c for c in self.levels if c.pack_id == case.pack_id] or [
            c for c in self.levels if self.levels and c.pack_id == self.levels[0].pack_id
        ]
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("Not set"), "")
        for choice in own:
            self.level.addItem(choice.label, choice.id)
        self.level.blockSignals(False)

    def _fill_managers(self, case: Case, names: dict[str, str]) -> None:
        """Active members; a manager who left the team stays shown until someone is chosen."""
        self.manager.blockSignals(True)
        self.manager.clear()
        self.manager.addItem(self.tr("None: the team leads are asked to choose"), "")
        for member in self.members:
            if member.active:
                self.manager.addItem(member.name, member.id)
        current = case.case_manager_id
        if current and self.manager.findData(current) < 0:
            name = names.get(current, self.tr("a former member"))
            self.manager.addItem(self.tr("%1 (left the team)").replace("%1", name), current)
        self.manager.blockSignals(False)

    def show_received(self, records: list[ReceivedRecord]) -> None:
        """The Received tab, before the Timeline, for a case that came with a packet."""
        at = self.tabs.indexOf(self.received)
        if records:
            if at < 0:
                self.tabs.insertTab(
                    self.tabs.indexOf(self.timeline), self.received, self.tr("Received")
                )
            self.received.show_records(records)
        elif at >= 0:
            self.tabs.removeTab(at)

    def show_history(self, events: list[AuditEvent], names: dict[str, str]) -> None:
        self.timeline.levels = {(c.pack_id, c.id): c.label for c in self.levels}
        self.timeline.show_events(events, names)

    def clear(self) -> None:
        self._detail = None
        self._loaded = {}
        self._sent = None
        self._seen_summary = None
        self.show_notice("")
        self.banner.show_reviews([])
        self.title.clear()
        self.facts.clear()
        self.summary.clear()
        self.persons.setRowCount(0)
        self.family_language.setCurrentIndex(0)
        self.reports.clear()
        self.inquiry.clear()
        self.assessment.clear()
        self.plan.clear()
        self.harm.clear()
        self.timeline.clear()
        self.disclosures.setRowCount(0)
        self.show_received([])
        self.unsaved.clear()

    # -- editing ---------------------------------------------------------------------------
    def _fields(self) -> Draft:
        return {
            "summary": self.summary.toPlainText(),
            "level": str(self.level.currentData() or ""),
            "manager": str(self.manager.currentData() or ""),
            "review": ""
            if self.no_review.isChecked()
            else self.review.date().toString("yyyy-MM-dd"),
        }

    def _set_fields(self, values: Draft) -> None:
        self.summary.setPlainText(str(values.get("summary", "")))
        level = str(values.get("level", ""))
        if level and self.level.findData(level) < 0:  # a level of a model not known here
            self.level.addItem(level.replace("_", " "), level)
        self.level.setCurrentIndex(max(self.level.findData(level), 0))
        self.manager.setCurrentIndex(max(self.manager.findData(str(values.get("manager", ""))), 0))
        review = str(values.get("review", ""))
        self.no_review.setChecked(not review)
        limit_dates(self.review, event_span(today()), QDate.fromString(review, "yyyy-MM-dd"))
        self.review.setDate(QDate.fromString(review, "yyyy-MM-dd") if review else qdate(today()))
        self._update_dirty()

    @property
    def dirty(self) -> bool:
        return self._detail is not None and self._fields() != self._loaded

    def draft(self) -> Draft | None:
        """Unsaved edits, to keep through an auto-lock (None when there are none)."""
        return {"case_id": self.case_id or "", **self._fields()} if self.dirty else None

    def restore_draft(self, payload: Draft) -> None:
        if payload.get("case_id") == self.case_id:
            self._set_fields(payload)

    def _update_dirty(self) -> None:
        dirty = self.dirty
        self.save.setEnabled(dirty)
        self.revert.setEnabled(dirty)
        self.unsaved.setText(self.tr("Unsaved changes") if dirty else "")

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _revert(self) -> None:
        self._set_fields(self._loaded)

    def _family_language_chosen(self) -> None:
        detail = self._detail
        guardian = next(
            (p for p in (detail.persons if detail else ()) if p.role is PersonRole.GUARDIAN), None
        )
        if detail is not None and guardian is not None:
            code = str(self.family_language.currentData() or "")
            self.family_language_requested.emit(detail.case.id, guardian.id, code)

    def _save(self) -> None:
        if not self.dirty or self.case_id is None:
            return
        values = self._fields()
        self._sent = values
        self.show_notice("")
        edit = CaseEdit(
            summary=values["summary"],
            level_of_concern=values["level"],
            case_manager_id=values["manager"] or None,
            clear_case_manager=not values["manager"],
            next_review=date.fromisoformat(values["review"]) if values["review"] else None,
            clear_next_review=not values["review"],
            loaded=CaseLoaded(summary=self._seen_summary),
        )
        self.save_requested.emit(self.case_id, edit)

    def _fill_move_menu(self, current: CaseStatus) -> None:
        self.move_menu.clear()
        order = list(CaseStatus)
        for target in sorted(allowed_transitions(current), key=order.index):
            action = self.move_menu.addAction(status_label(target))
            action.triggered.connect(lambda _=False, t=target: self._request_status(t))

    def _request_status(self, target: CaseStatus) -> None:
        if self.case_id is not None:
            self.status_requested.emit(self.case_id, target)
