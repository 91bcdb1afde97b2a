"""One student's record: every case about the student (oldest first) and, in each, the reports,
screenings, assessments, plans, notifications and disclosures in date order, one line each and
the chosen one's words in full below. A lead merges this student's record with another's (two
records of one child, e.g. one case recorded without the school's student id) and separates a
merge again. Everything comes from one service call (`students.record`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.disclosure import DOCUMENT_NAMES
from btam_desktop.domain.plan import LEGAL_BASIS_NAMES
from btam_desktop.domain.referral import CHANNEL_NAMES
from btam_desktop.domain.student import StudentRecord
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.students import (
    ItemKind,
    StudentCaseRecord,
    StudentItem,
    StudentSnapshot,
)
from btam_desktop.ui import screen_fit
from btam_desktop.ui.language import short_date, short_moment
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import PlainLabel, confirm, heading, isolate
from btam_desktop.ui.screens.cases.model import status_label

CHANNELS = {c.value: name for c, name in CHANNEL_NAMES.items()}
DOCUMENTS = {kind.value: name for kind, name in DOCUMENT_NAMES.items()}
BASES = {basis.value: name for basis, name in LEGAL_BASIS_NAMES.items()}
SCREENINGS = {
    "inquiry": "proceed to inquiry",
    "handle": "handled at screening level",
    "dismiss": "dismissed",
}
#: Opens the student's record from the case list and the case page.
STUDENT_SHORTCUT = "Ctrl+Shift+R"
RECORD_ROLE = Qt.ItemDataRole.UserRole  # the case a row belongs to (a merge: the link)
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # the record in full, shown below the tree


class StudentView(QDialog):
    merge_requested = Signal(str, str)  # this student's record (person id), the other's
    separate_requested = Signal(str)  # link id
    open_case_requested = Signal(str)  # case id

    def __init__(self, is_lead: bool, names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Student's record"))
        self._names = names
        self._is_lead = is_lead
        self.snapshot: StudentSnapshot | None = None
        self.case_items: list[QTreeWidgetItem] = []  # one per case, oldest first
        self._record_items: list[list[QTreeWidgetItem]] = []

        self.title = heading("")
        self.title.setAccessibleName(self.tr("Student"))
        self.title.setWordWrap(True)
        self.facts = PlainLabel()
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("About the student"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("The student's cases and records, by date"))
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Record")])
        # A record's date sits one indentation step in from its case's.
        self.tree.setColumnWidth(
            0,
            self.fontMetrics().horizontalAdvance("2026-12-31") + 2 * self.tree.indentation() + 24,
        )
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("The chosen record in full"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        merged = QGroupBox(self.tr("One student, several records"))
        merged_form = QFormLayout(merged)
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Records merged into this student"))
        self.links.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.links.setWordWrap(True)  # a long line wraps: never a sideways scroll bar
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.separate_button = QPushButton(self.tr("&Separate…"))
        self.separate_button.setAccessibleName(self.tr("Separate the chosen merge"))
        self.others = QComboBox()
        self.others.setAccessibleName(self.tr("Another student to merge with"))
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setAccessibleName(self.tr("Merge with the chosen student"))
        merge_row = QWidget()
        merge_line = QHBoxLayout(merge_row)
        merge_line.setContentsMargins(0, 0, 0, 0)
        merge_line.addWidget(self.others, 1)
        merge_line.addWidget(self.merge_button)
        separate_row = QWidget()
        separate_line = QHBoxLayout(separate_row)
        separate_line.setContentsMargins(0, 0, 0, 0)
        separate_line.addWidget(self.links, 1)
        separate_line.addWidget(self.separate_button, 0, Qt.AlignmentFlag.AlignTop)
        merged_form.addRow(self.tr("Merged:"), separate_row)
        merged_form.addRow(self.tr("Same student &as:"), merge_row)
        label = merged_form.labelForField(merge_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.others)
        self.lead_note = PlainLabel(self.tr("Only a team lead can merge or separate records."))
        self.lead_note.setWordWrap(True)
        merged_form.addRow(self.lead_note)
        for widget in (self.separate_button, self.others, self.merge_button):
            widget.setEnabled(is_lead)
        self.lead_note.setVisible(not is_lead)

        self.error = PlainLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton(
            self.tr("&Open this case"), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(split, 1)
        layout.addWidget(merged)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(
            screen_fit.preferred(
                self,
                self.fontMetrics().averageCharWidth() * 110,
                self.fontMetrics().lineSpacing() * 44,
                share=0.9,
            )
        )

        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open_case)
        self.tree.currentItemChanged.connect(self._show_details)
        self.tree.itemActivated.connect(lambda *_: self._open_case())
        self.merge_button.clicked.connect(self._merge)
        self.separate_button.clicked.connect(self._separate)

    # -- showing ---------------------------------------------------------------------------
    def show_record(self, snapshot: StudentSnapshot) -> None:
        self.snapshot = snapshot
        self.error.hide()
        s = snapshot.student
        self.title.setText(s.name)
        self.setWindowTitle(self.tr("Student's record: %1").replace("%1", s.name))
        self.facts.setText(self._about(s))
        self.tree.clear()
        self.case_items, self._record_items = [], []
        for block in snapshot.cases:
            case_line = self._case_line(block)
            case_item = QTreeWidgetItem([short_date(block.opened_on), case_line])
            case_item.setData(0, RECORD_ROLE, block.case_id)
            case_item.setData(0, DETAIL_ROLE, case_line)
            children: list[QTreeWidgetItem] = []
            for item in block.items:
                line = self._item_line(item)
                child = QTreeWidgetItem([short_date(item.on), _first_line(line, item.text)])
                child.setData(0, RECORD_ROLE, block.case_id)
                by = self._names.get(item.by or "", "")
                head = f"{block.number} · {short_date(item.on)} · {line}"
                if by:
                    head += "\n" + self.tr("By %1").replace("%1", by)
                child.setData(0, DETAIL_ROLE, f"{head}\n\n{item.text}".rstrip())
                case_item.addChild(child)
                children.append(child)
            self.tree.addTopLevelItem(case_item)
            case_item.setExpanded(True)
            self.case_items.append(case_item)
            self._record_items.append(children)
        if self.case_items:
            self.tree.setCurrentItem(self.case_items[0])
        self.links.clear()
        for link in snapshot.links:
            by = self._names.get(link.linked_by or "", self.tr("a former member"))
            text = (
                self.tr("The student of case %1 is the student of case %2 (said by %3, %4)")
                .replace("%1", link.person_case)
                .replace("%2", link.same_as_case)
                .replace("%3", by)
                .replace("%4", short_moment(link.linked_at))
            )
            row = QListWidgetItem(text)
            row.setData(RECORD_ROLE, link.link_id)
            self.links.addItem(row)
        if snapshot.links:
            self.links.setCurrentRow(0)
        else:
            none = self.tr("No merged records.")
            if len(snapshot.cases) > 1:
                none += " " + self.tr("The cases above share a student id.")
            self.links.addItem(none)
        self.separate_button.setEnabled(self._is_lead and bool(snapshot.links))
        self.others.clear()
        for other in snapshot.others:
            self.others.addItem(self._about(other, named=True), other.person_id)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def rows(self) -> list[str]:
        """Every line of the tree as shown (date, then text), cases and their records."""
        out = []
        for case_item, children in zip(self.case_items, self._record_items, strict=True):
            out.append(f"{case_item.text(0)}  {case_item.text(1)}")
            out += [f"    {child.text(0)}  {child.text(1)}" for child in children]
        return out

    def _about(self, s: StudentRecord, *, named: bool = False) -> str:
        parts = [isolate(s.name)] if named else []
        if s.grade:
            parts.append(self.tr("grade %1").replace("%1", s.grade))
        if s.student_id:
            parts.append(self.tr("student id %1").replace("%1", s.student_id))
        if s.date_of_birth:
            parts.append(self.tr("born %1").replace("%1", short_date(s.date_of_birth)))
        numbers = ", ".join(s.case_numbers)
        parts.append(
            self.tr("case %1").replace("%1", numbers)
            if len(s.case_numbers) == 1
            else self.tr("cases %1").replace("%1", numbers)
        )
        return " · ".join(parts)

    def _case_line(self, block: StudentCaseRecord) -> str:
        recorded = [isolate(block.name)]
        if block.grade:
            recorded.append(self.tr("grade %1").replace("%1", block.grade))
        recorded.append(
            self.tr("student id %1").replace("%1", block.student_id)
            if block.student_id
            else self.tr("no student id")
        )
        if block.date_of_birth:
            recorded.append(self.tr("born %1").replace("%1", short_date(block.date_of_birth)))
        status = status_label(block.status)
        if block.closed_on:
            status += " " + self.tr("on %1").replace("%1", short_date(block.closed_on))
        return (
            self.tr("Case %1 · %2 · recorded as %3")
            .replace("%1", block.number)
            .replace("%2", status)
            .replace("%3", ", ".join(recorded))
        )

    def _item_line(self, item: StudentItem) -> str:
        f = item.facts
        if item.kind is ItemKind.REFERRAL:
            channel = self.tr(CHANNELS.get(f[0], f[0]))
            who = {
                "anonymous": self.tr("anonymous"),
                "confidential": self.tr("reporter kept confidential"),
            }.get(f[1], f[2] or self.tr("named reporter"))
            return self.tr("Report (%1, %2)").replace("%1", channel).replace("%2", who)
        if item.kind is ItemKind.SCREENING:
            return self.tr("Screening: %1").replace("%1", self.tr(SCREENINGS.get(f[0], f[0])))
        if item.kind is ItemKind.ASSESSMENT:
            return (
                self.tr("Assessment, version %1 (level of concern: %2)")
                .replace("%1", f[0])
                .replace("%2", f[1])
            )
        if item.kind is ItemKind.PLAN:
            return (
                self.tr("Intervention plan, version %1 (%2 interventions)")
                .replace("%1", f[0])
                .replace("%2", f[1])
            )
        if item.kind is ItemKind.NOTIFICATION:
            return (
                self.tr("Notified %1 (%2; %3)")
                .replace("%1", f[0])
                .replace("%2", f[1])
                .replace("%3", self.tr(BASES.get(f[2], f[2])))
            )
        document = self.tr(DOCUMENTS.get(f[0], f[0]))
        how = {"print": self.tr("printed"), "save": self.tr("saved"), "export": self.tr("exported")}
        to = (
            self.tr("to %1 (%2)").replace("%1", f[2]).replace("%2", self.tr(BASES.get(f[3], f[3])))
            if f[2]
            else self.tr("within the team")
        )
        return f"{document} {how.get(f[1], f[1])} {to}"

    def _show_details(self, current: QTreeWidgetItem | None) -> None:
        self.details.setPlainText(str(current.data(0, DETAIL_ROLE) or "") if current else "")

    # -- asking ----------------------------------------------------------------------------
    def _open_case(self) -> None:
        current = self.tree.currentItem()
        if current is not None:
            self.open_case_requested.emit(str(current.data(0, RECORD_ROLE)))

    def _merge(self) -> None:
        if self.snapshot is None or self.others.currentIndex() < 0:
            return
        other = str(self.others.currentData())
        this = self.snapshot.student
        confirm(
            self,
            self.tr("Merge two students' records"),
            self.tr(
                "%1 (%2) and %3 will show as one student: their cases, reports and "
                "disclosures together. A team lead can separate them again."
            )
            .replace("%1", this.name)
            .replace("%2", ", ".join(this.case_numbers))
            .replace("%3", self.others.currentText()),
            self.tr("Merge"),
            lambda: self.merge_requested.emit(this.person_id, other),
        )

    def _separate(self) -> None:
        row = self.links.currentItem()
        link_id = row.data(RECORD_ROLE) if row is not None else None
        if not link_id:
            return
        confirm(
            self,
            self.tr("Separate two records"),
            self.tr(
                "%1\n\nThe two records will show as two students again (unless they carry "
                "the same student id). The merge stays in the history."
            ).replace("%1", row.text()),
            self.tr("Separate"),
            lambda: self.separate_requested.emit(str(link_id)),
        )


def _first_line(line: str, text: str) -> str:
    """The record's line, and the start of its words (the whole of them show below)."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    if len(first) > 90:
        first = first[:89].rstrip() + "…"
    return f"{line}: {first}" if first else line


def open_student_view(
    ops: Ops,
    parent: QWidget,
    case_id: str,
    names: dict[str, str],
    is_lead: bool,
    open_case: Callable[[str], None],
) -> StudentView:
    """The student of `case_id`, across their cases, in a dialog; a merge or a separation
    reloads it."""
    view = StudentView(is_lead, names, parent)

    def load() -> None:
        ops.queue(
            api.STUDENTS_RECORD(case_id),
            on_done=view.show_record,
            on_error=lambda e: view.show_error(str(e)),
        )

    def go(chosen: str) -> None:
        view.accept()
        open_case(chosen)

    view.merge_requested.connect(
        lambda a, b: ops.run(
            api.STUDENTS_MERGE(a, b),
            on_done=lambda _link: load(),
            on_error=lambda e: view.show_error(str(e)),
        )
    )
    view.separate_requested.connect(
        lambda link: ops.run(
            api.STUDENTS_SEPARATE(link),
            on_done=lambda _none: load(),
            on_error=lambda e: view.show_error(str(e)),
        )
    )
    view.open_case_requested.connect(go)
    load()
    view.open()
    return view
