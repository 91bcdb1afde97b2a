"""Team ▸ Old records (a lead's): the closed cases due for destruction or review under the
team's retention rules, with the rule that applies, and what a lead can do about each:
destroy, keep with a reason and a new review date, put on or lift a legal hold, remove an old
level label. Every action is a service call (`services/retention.py`) with an audit event."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.services.contracts import Request, api
from btam_desktop.services.contracts.retention import DueLine, RetentionReview
from btam_desktop.ui.fields import FormDialog
from btam_desktop.ui.language import short_date
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import PlainLabel, confirm, heading, plain_mnemonic
from btam_desktop.ui.screens.team.retention_dialogs import (
    DestroyDialog,
    HoldAnyDialog,
    HoldDialog,
    KeepDialog,
    case_words,
)


def due_words(widget: QWidget, kind: str) -> str:
    return {
        "destroy": widget.tr("Due for destruction"),
        "review": widget.tr("Due for review"),
        "clear_level": widget.tr("Level label due for removal"),
        "held": widget.tr("On legal hold"),
    }.get(kind, kind)


class RetentionPane(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.lines: tuple[DueLine, ...] = ()
        self.holdable: tuple[tuple[str, str, str], ...] = ()
        self.rules = PlainLabel()
        self.rules.setWordWrap(True)
        self.rules.setAccessibleName(self.tr("Retention rules"))
        self.rules.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.backups = PlainLabel(
            self.tr(
                "⚠ Backups and exports made before a destruction still hold the destroyed "
                "case. After destroying, destroy or lock away older backups, exported files "
                "and printed copies as the guide explains."
            )
        )
        self.backups.setWordWrap(True)
        self.backups.setAccessibleName(self.tr("About backups and exports"))
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Old records due"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Student"), self.tr("Due"), self.tr("Since"), self.tr("Rule")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.note = PlainLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About the selected case"))
        self.empty = PlainLabel(self.tr("Nothing is due: no closed case has reached its date."))
        self.destroy_button = QPushButton(self.tr("&Destroy…"))
        self.destroy_button.setIcon(
            self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning)
        )
        self.keep_button = QPushButton(self.tr("&Keep…"))
        self.hold_button = QPushButton(self.tr("Legal &hold…"))
        self.lift_button = QPushButton(self.tr("&Lift hold…"))
        self.clear_button = QPushButton(self.tr("Remove the level &label…"))
        self.hold_any_button = QPushButton(self.tr("Hold &another case…"))
        self.hold_any_button.setToolTip(
            self.tr("A legal hold on any case, due or not: a records request, litigation")
        )
        buttons = QHBoxLayout()
        for b in (self.keep_button, self.hold_button, self.lift_button, self.clear_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addSpacing(self.fontMetrics().averageCharWidth() * 6)
        buttons.addWidget(self.destroy_button)  # final: apart from the others, at the far end
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Review old records"), self))
        layout.addWidget(self.rules)
        layout.addWidget(self.backups)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        # Apart from the list's buttons: it is about any case of the file, not the one chosen.
        others = QHBoxLayout()
        others.addWidget(self.hold_any_button)
        others.addStretch(1)
        layout.addLayout(others)
        self.table.itemSelectionChanged.connect(self._enable)
        self.destroy_button.clicked.connect(self._destroy)
        self.keep_button.clicked.connect(self._keep)
        self.hold_button.clicked.connect(lambda: self._hold(lift=False))
        self.lift_button.clicked.connect(lambda: self._hold(lift=True))
        self.clear_button.clicked.connect(self._clear_level)
        self.hold_any_button.clicked.connect(self._hold_any)
        self._enable()

    # -- showing ---------------------------------------------------------------------------
    def load(self) -> None:
        self._ops.queue(api.RETENTION_REVIEW(), on_done=self.show_review)

    def show_review(self, review: RetentionReview) -> None:
        keep = self.selected()
        self.lines = review.lines
        self.holdable = review.holdable
        if review.rules:
            self.rules.setText(
                self.tr("Retention rules of %1:").replace("%1", review.model)
                + "\n"
                + "\n".join(f"• {rule}" for rule in review.rules)
            )
        else:
            self.rules.setText(
                self.tr(
                    "%1 names no retention rules, so every case is kept: nothing is offered "
                    "for destruction. A district pack can add the district's schedule."
                ).replace("%1", review.model)
            )
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            values = (
                line.number,
                line.student,
                due_words(self, line.kind),
                short_date(line.due_on),
                line.rule,
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.case_id)
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(self.lines))
        self.empty.setVisible(not self.lines)
        rows = [(ln.case_id, ln.kind) for ln in self.lines]
        wanted = (keep.case_id, keep.kind) if keep else None
        if self.lines:
            self.table.selectRow(rows.index(wanted) if wanted in rows else 0)
        self._enable()

    def clear(self) -> None:
        self.lines = ()
        self.table.setRowCount(0)
        self._enable()

    def selected(self) -> DueLine | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _enable(self) -> None:
        line = self.selected()
        kind = line.kind if line else ""
        self.destroy_button.setEnabled(kind in ("destroy", "review"))
        self.keep_button.setEnabled(kind in ("destroy", "review"))
        self.hold_button.setEnabled(kind in ("destroy", "review", "clear_level"))
        self.lift_button.setEnabled(kind == "held")
        self.clear_button.setEnabled(kind == "clear_level")
        self.note.setText(line.note if line else "")
        self.note.setVisible(bool(line and line.note))
        if line is not None:
            self.destroy_button.setText(
                plain_mnemonic(self.tr("Destroy case %1…").replace("%1", line.number))
            )
            self.destroy_button.setAccessibleName(
                self.tr("Destroy case %1").replace("%1", line.number)
            )
        else:
            self.destroy_button.setText(self.tr("&Destroy…"))
            self.destroy_button.setAccessibleName(self.tr("Destroy"))

    # -- actions ---------------------------------------------------------------------------
    def _run[R](self, dialog: FormDialog, request: Request[R]) -> None:
        def done(_result: R) -> None:
            dialog.accept()
            self.load()

        self._ops.run(request, on_done=done, on_error=lambda e: dialog.show_error(str(e)))

    def _destroy(self) -> None:
        line = self.selected()
        if line is not None:
            dialog = DestroyDialog(line, self)
            dialog.chosen.connect(
                lambda number: self._run(dialog, api.RETENTION_DESTROY(line.case_id, number))
            )
            dialog.open()

    def _keep(self) -> None:
        line = self.selected()
        if line is not None:
            keep = KeepDialog(line, self)
            keep.chosen.connect(
                lambda reason, day: self._run(keep, api.RETENTION_KEEP(line.case_id, reason, day))
            )
            keep.open()

    def _hold(self, *, lift: bool) -> None:
        line = self.selected()
        if line is None:
            return
        dialog = HoldDialog(line, lift=lift, parent=self)
        call = api.RETENTION_LIFT_HOLD if lift else api.RETENTION_PLACE_HOLD
        dialog.chosen.connect(lambda reason: self._run(dialog, call(line.case_id, reason)))
        dialog.open()

    def _hold_any(self) -> None:
        dialog = HoldAnyDialog(self.holdable, self)
        dialog.chosen.connect(
            lambda case_id, reason: self._run(dialog, api.RETENTION_PLACE_HOLD(case_id, reason))
        )
        dialog.open()

    def _clear_level(self) -> None:
        line = self.selected()
        if line is None:
            return
        confirm(
            self,
            self.tr("Remove the level label of case %1").replace("%1", line.number),
            self.tr(
                "Remove the level label “%1” from %2? The case is kept; only its level of "
                "concern is cleared, so the label does not outlive its reason. The team "
                "history records that it was removed and under which rule."
            )
            .replace("%1", line.level)
            .replace("%2", case_words(self, line)),
            self.tr("Remove the label"),
            lambda: self._ops.run(
                api.RETENTION_CLEAR_LEVEL(line.case_id), on_done=lambda _r: self.load()
            ),
        )
