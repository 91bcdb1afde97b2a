"""The banner on a case page while a field of the case has two versions: what and whose, and
Review…, which opens the resolve dialog. It never hides the page's own text: it sits above
the tabs and goes when the conflict is resolved (here or on another laptop)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QStyle, QWidget

from btam_desktop.services.contracts.sync import ConflictReview
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.conflicts.words import headline, resolvable


class ConflictBanner(QFrame):
    #: Review… on the conflict shown (a ConflictReview).
    review_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Versions to review"))
        self.shown: list[ConflictReview] = []
        icon = PlainLabel()
        size = self.fontMetrics().height() * 2
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        self.text = PlainLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Versions to review"))
        self.review_button = QPushButton(self.tr("Revie&w…"))
        self.review_button.setToolTip(self.tr("Compare the versions and choose (Alt+W)"))
        self.review_button.clicked.connect(self._review)
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.review_button)
        self.hide()

    def show_reviews(self, reviews: list[ConflictReview]) -> None:
        """The case's conflicts (none: the banner goes). The first is named; more are counted."""
        self.shown = reviews
        if not reviews:
            self.text.clear()
            self.hide()
            return
        text = headline(reviews[0])
        if len(reviews) > 1:
            more = len(reviews) - 1
            text += self.tr(" (and %n more to review)", "", more)
        self.text.setText(text)
        self.review_button.setVisible(resolvable(reviews[0]))
        self.show()

    def _review(self) -> None:
        if self.shown:
            self.review_requested.emit(self.shown[0])
