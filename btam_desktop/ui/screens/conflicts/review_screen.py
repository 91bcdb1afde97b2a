"""To review: every open conflict of the case file, one a row; Enter (or a double click) opens
the resolve dialog, or the case for the kinds the dialog does not resolve.

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

from btam_desktop.services.contracts.sync import ConflictReview
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.conflicts.words import by_when, oldest_first, resolvable, what


class ReviewScreen(QWidget):
    #: A conflict to resolve (a ConflictReview).
    review_requested = Signal(object)
    #: A conflict the dialog does not resolve: its case, to look at (case id).
    open_case = Signal(str)

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
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("To review"))
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("What"), self.tr("Who")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        heading.setBuddy(self.table)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)

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

    def focus_list(self) -> None:
        self.table.setFocus()

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
