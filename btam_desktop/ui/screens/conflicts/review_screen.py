"""To review: every open conflict of the case file, one a row; Enter (or a double click) opens
the resolve dialog, or the case for the kinds the dialog does not resolve. Below them, when
there are any, the changes a removed member's laptop wrote after the removal: Enter opens them
for a lead to import or discard.

The navigation shows this area only while something waits (ui/workspace.py)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.services.contracts.sync import ConflictReview, HeldChange
from btam_desktop.ui.plain import PlainLabel, isolate
from btam_desktop.ui.screens.conflicts.words import (
    by_when,
    held_by_when,
    held_summary,
    oldest_first,
    resolvable,
    what,
)


class ReviewScreen(QWidget):
    #: A conflict to resolve (a ConflictReview).
    review_requested = Signal(object)
    #: A conflict the dialog does not resolve: its case, to look at (case id).
    open_case = Signal(str)
    #: A change from a removed member's laptop, to review (a HeldChange).
    held_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviews: list[ConflictReview] = []
        heading = PlainLabel(
            self.tr(
                "Changes made at once on two laptops. Both versions are kept, and printed "
                "documents show both, until someone here chooses. Press Enter on a row to "
                "compare the versions."
            )
        )
        heading.setWordWrap(True)
        self.heading = heading
        self.table = self._list(self.tr("To review"))
        heading.setBuddy(self.table)
        self.table.activated.connect(self._activated)
        self.held: list[HeldChange] = []
        self.held_heading = PlainLabel("")
        self.held_heading.setWordWrap(True)
        self.held_table = self._list(self.tr("Changes from a removed member's laptop"))
        self.held_heading.setBuddy(self.held_table)
        self.held_table.activated.connect(self._held_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.held_heading)
        layout.addWidget(self.held_table, 1)
        self.show_held([])

    def _list(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("What"), self.tr("Who")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def show_reviews(self, reviews: list[ConflictReview]) -> None:
        kept = self.table.currentRow()
        self.reviews = reviews
        self.table.setRowCount(len(reviews))
        for row, review in enumerate(reviews):
            who = " · ".join(dict.fromkeys(by_when(v) for v in oldest_first(review)))
            texts = (review.case_number, what(review), who)
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if reviews:
            self.table.selectRow(min(max(kept, 0), len(reviews) - 1))
        self.heading.setVisible(bool(reviews))
        self.table.setVisible(bool(reviews))

    def show_held(self, held: list[HeldChange]) -> None:
        """The changes from removed members' laptops (the section hides when there are none)."""
        kept = self.held_table.currentRow()
        self.held = held
        members = list(dict.fromkeys(c.member or self.tr("a former member") for c in held))
        heading = (
            self.tr(
                "1 change from %1's laptop arrived after they were removed from the team. It is "
                "not in the case file until a team lead imports it. Press Enter on the row to "
                "see what it does."
            )
            if len(held) == 1
            else self.tr(
                "%n changes from %1's laptop arrived after they were removed from the team. "
                "They are not in the case file until a team lead imports them. Press Enter on "
                "a row to see what it does.",
                "",
                len(held),
            )
        )
        self.held_heading.setText(heading.replace("%1", isolate(", ".join(members))))
        self.held_table.setRowCount(len(held))
        for row, change in enumerate(held):
            numbers = dict.fromkeys(e.case_number for e in change.effects if e.case_number)
            texts = (", ".join(numbers), held_summary(change), held_by_when(change))
            for column, text in enumerate(texts):
                self.held_table.setItem(row, column, QTableWidgetItem(text))
        self.held_table.resizeRowsToContents()
        if held:
            self.held_table.selectRow(min(max(kept, 0), len(held) - 1))
        self.held_heading.setVisible(bool(held))
        self.held_table.setVisible(bool(held))

    def _held_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.held):
            self.held_requested.emit(self.held[index.row()])

    def focus_list(self) -> None:
        (self.table if self.reviews or not self.held else self.held_table).setFocus()

    def _activated(self, index: QModelIndex) -> None:
        if not 0 <= index.row() < len(self.reviews):
            return
        review = self.reviews[index.row()]
        if resolvable(review):
            self.review_requested.emit(review)
        elif review.case_id:
            self.open_case.emit(review.case_id)

    def clear(self) -> None:
        self.show_reviews([])
        self.show_held([])
