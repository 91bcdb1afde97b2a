"""Dialogs of Team ▸ Old records: destroy a case (typing its number), keep it with a reason
and a new review date, and a legal hold placed or lifted with a reason."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from btam_desktop.domain.records import today
from btam_desktop.services.contracts.retention import DueLine
from btam_desktop.ui.fields import FormDialog, date_edit, day_of, text_box
from btam_desktop.ui.plain import PlainLabel


def case_words(widget: QWidget, line: DueLine) -> str:
    """ "case 2031-0004 (Kenzie Varga-Holloway)", or without the name when none is recorded."""
    if line.student:
        return widget.tr("case %1 (%2)").replace("%1", line.number).replace("%2", line.student)
    return widget.tr("case %1").replace("%1", line.number)


def hold_reason(dialog: QWidget) -> QPlainTextEdit:
    """Why a hold is placed or lifted: a box of three lines with an example."""
    box = text_box(3, dialog)
    box.setAccessibleName(dialog.tr("Reason"))
    box.setPlaceholderText(dialog.tr("For example: the records request from counsel of March 3"))
    return box


class DestroyDialog(FormDialog):
    """Names the case, says it cannot be undone and that older backups and exports still hold
    it; the lead types the case number to confirm."""

    chosen = Signal(str)  # the number as typed

    def __init__(self, line: DueLine, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Destroy case %1").replace("%1", line.number),
            self.tr("Destroy case %1").replace("%1", line.number),
            parent,
        )
        self.warning = PlainLabel(
            self.tr(
                "Destroy %1 for good: the case and everything recorded under it (people, "
                "reports, screening, inquiry, attachments, assessments, plans, notifications, "
                "check-ins, reviews, meeting items about it, its record of disclosures) are "
                "removed from this case file, and from the team's other laptops when they sync. "
                "This cannot be undone.\n\n"
                "The team history keeps one line: that the case was destroyed, when, by whom "
                "and under which rule.\n\n"
                "Backups and exports made before today still hold the case: destroy them or "
                "lock them away as the guide says."
            ).replace("%1", case_words(self, line))
        )
        self.warning.setWordWrap(True)
        self.number = QLineEdit()
        self.number.setAccessibleName(self.tr("Case number, typed to confirm"))
        self.number.setPlaceholderText(line.number)
        self.form.addRow(self.warning)
        self.form.addRow(self.tr("&Type the case number to confirm:"), self.number)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(self.number.text())


class KeepDialog(FormDialog):
    """Keep a case past its date: why, and when to look again."""

    chosen = Signal(str, object)  # reason, review date

    def __init__(self, line: DueLine, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Keep case %1").replace("%1", line.number), self.tr("Keep"), parent
        )
        intro = PlainLabel(
            self.tr("Keep %1 and review it again on the date below.").replace(
                "%1", case_words(self, line)
            )
        )
        intro.setWordWrap(True)
        self.reason = text_box(3, self)
        self.reason.setAccessibleName(self.tr("Reason for keeping the case"))
        self.review_on = date_edit(today() + timedelta(days=365))
        self.review_on.setAccessibleName(self.tr("Next review date"))
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.form.addRow(self.tr("&Next review:"), self.review_on)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(self.reason.toPlainText(), day_of(self.review_on))


class HoldDialog(FormDialog):
    """A legal hold placed (nothing of the case can be destroyed) or lifted, with a reason."""

    chosen = Signal(str)

    def __init__(self, line: DueLine, *, lift: bool, parent: QWidget | None = None) -> None:
        if lift:
            title = self.tr("Lift the legal hold on case %1")
            ok, text = (
                self.tr("Lift hold"),
                self.tr(
                    "Lift the legal hold on %1. The hold and why it was lifted stay in the "
                    "case file's history."
                ),
            )
        else:
            title = self.tr("Legal hold on case %1")
            ok, text = (
                self.tr("Place hold"),
                self.tr(
                    "Put %1 on legal hold: while it is held, nothing of it can be destroyed "
                    "and its level label is kept."
                ),
            )
        super().__init__(title.replace("%1", line.number), ok, parent)
        intro = PlainLabel(text.replace("%1", case_words(self, line)))
        intro.setWordWrap(True)
        self.reason = hold_reason(self)
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Reason:"), self.reason)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(self.reason.toPlainText())


class HoldAnyDialog(FormDialog):
    """A legal hold on any case of the file, due or not, open or closed: a records request or
    litigation does not wait for a retention rule. The case is chosen from the list (newest
    first); typing its number jumps to it."""

    chosen = Signal(str, str)  # case id, reason

    def __init__(
        self, cases: tuple[tuple[str, str, str], ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Legal hold on a case"), self.tr("Place hold"), parent)
        intro = PlainLabel(
            self.tr(
                "While a case is on legal hold nothing of it can be destroyed and its level "
                "label is kept, whatever the retention rules say. The hold shows on this list "
                "until a lead lifts it."
            )
        )
        intro.setWordWrap(True)
        self.case = QComboBox(self)
        self.case.setAccessibleName(self.tr("Case"))
        for case_id, number, student in sorted(cases, key=lambda c: c[1], reverse=True):
            self.case.addItem(f"{number} · {student}" if student else number, case_id)
        self.reason = hold_reason(self)
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Case:"), self.case)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.ok.setEnabled(self.case.count() > 0)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(str(self.case.currentData()), self.reason.toPlainText())
