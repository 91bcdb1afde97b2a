"""The Plan tab: the saved support plan read as a document (interventions by domain, saved as
versions; a new version is written in plan_dialog.PlanDialog) with what it does not address
yet, the notifications log, check-ins, reviews, and closing the case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.plan import LETTER_RECIPIENTS, CheckIn, Notification, Review
from btam_desktop.ui.language import short_date
from btam_desktop.ui.list_pane import ListPane
from btam_desktop.ui.record_view import Record, RecordView
from btam_desktop.ui.screens.cases.records import plan_record

if TYPE_CHECKING:
    from btam_desktop.services.contracts.manage import PlanView
from btam_desktop.ui.screens.cases.manage_dialogs import (
    BASIS_LABELS,
    DECISION_LABELS,
    RECIPIENT_LABELS,
    TREND_LABELS,
)


class PlanTab(QWidget):
    """The saved support plan read as a document, with New version… (which opens the plan
    dialog), then the notifications log, check-ins, reviews, and closing the case."""

    new_version_requested = Signal()
    notify_requested = Signal()
    letter_requested = Signal(str)  # the notification's id
    checkin_requested = Signal()
    review_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = RecordView(self.tr("Support plan"))
        self.new_version = self.view.add_button(QPushButton(self.tr("New &plan…")))

        self.notifications = QListWidget()
        self.notifications.setAccessibleName(self.tr("Notifications log"))
        self.checkins = QListWidget()
        self.checkins.setAccessibleName(self.tr("Check-ins"))
        self.reviews = QListWidget()
        self.reviews.setAccessibleName(self.tr("Reviews"))
        for box in (self.notifications, self.checkins, self.reviews):
            box.setWordWrap(True)
            # A quarter of the height (the plan has the rest), however long the log.
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            box.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.notify = QPushButton(self.tr("Log a &notification…"))
        # The letter that goes with the chosen notification (family, target's family, staff).
        self.letter = QPushButton(self.tr("Print le&tter…"))
        self.letter.setEnabled(False)
        self.letter.setToolTip(
            self.tr("Choose a notification to the family, a target's family or staff first.")
        )
        self.checkin = QPushButton(self.tr("Add a chec&k-in…"))
        self.review = QPushButton(self.tr("Record a re&view…"))
        # Closing ends the case's plan and reviews: apart from the everyday buttons (its own
        # row, at the far end, with the warning icon), named for what it does.
        self.close_button = QPushButton(self.tr("C&lose this case…"))
        self.close_button.setIcon(
            self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning)
        )
        self.close_button.setToolTip(
            self.tr("End the plan and the reviews; the record stays and can be reopened.")
        )
        # Side by side; one that is empty is a line (title, "None yet", its button), and the
        # row is a line high while all three are: the plan gets the room.
        logs = QHBoxLayout()
        self.panes = [
            ListPane(title, box, self.tr("none yet"), button, more=more)
            for title, box, button, more in (
                (self.tr("Notifications"), self.notifications, self.notify, (self.letter,)),
                (self.tr("Check-ins"), self.checkins, self.checkin, ()),
                (self.tr("Reviews"), self.reviews, self.review, ()),
            )
        ]
        for pane in self.panes:
            column = QVBoxLayout()
            column.addWidget(pane, 1)
            column.addStretch(0)  # below a collapsed pane: it stays at the top
            logs.addLayout(column, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 3)
        self._referrals_at = layout.count()  # the case's referrals to services go here
        layout.addLayout(logs, 1)
        self._layout, self._logs = layout, logs
        for pane in self.panes:
            pane.refreshed.connect(self._fit_logs)
        self._fit_logs()
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(rule)
        final = QHBoxLayout()
        final.addStretch(1)
        final.addWidget(self.close_button)
        layout.addLayout(final)

        self._names: dict[str, str] = {}
        self.new_version.clicked.connect(self.new_version_requested)
        self.notify.clicked.connect(self.notify_requested)
        self.notifications.currentItemChanged.connect(self._letter_allowed)
        self.letter.clicked.connect(self._letter)
        self.checkin.clicked.connect(self.checkin_requested)
        self.review.clicked.connect(self.review_requested)
        self.close_button.clicked.connect(self.close_requested)

    def add_referrals(self, pane: QWidget) -> None:
        """The case's referrals to services (cases/service_referrals.py), under the plan."""
        self._layout.insertWidget(self._referrals_at, pane, 1)

    def _fit_logs(self) -> None:
        """The logs' row has a quarter of the height while one of them has rows, and only its
        line while none has (each collapsed pane stays at the top of its column)."""
        self._layout.setStretchFactor(
            self._logs, 0 if all(p.is_collapsed() for p in self.panes) else 1
        )

    # -- the saved plan ------------------------------------------------------------------
    def show_plan(self, view: PlanView, names: dict[str, str]) -> None:
        self._names = names
        self.new_version.setText(self.tr("New versi&on…") if view.latest else self.tr("New &plan…"))
        self.view.show_record(plan_record(view, names))

    def shown(self) -> str:
        """The saved plan as a reader reads it."""
        return self.view.shown()

    # -- logs ------------------------------------------------------------------------------
    def show_notifications(self, items: list[Notification]) -> None:
        self.notifications.clear()
        for n in items:
            item = QListWidgetItem(
                f"{short_date(n.notified_on)} · {self.tr(RECIPIENT_LABELS[n.recipient])}"
                f"{' (' + n.recipient_name + ')' if n.recipient_name else ''} · {n.method} · "
                f"{self.tr(BASIS_LABELS[n.legal_basis])}\n{n.shared}"
            )
            # Its id when it has a letter (the family, a target's family, staff).
            item.setData(Qt.ItemDataRole.UserRole, n.id if n.recipient in LETTER_RECIPIENTS else "")
            self.notifications.addItem(item)
        self._letter_allowed()

    def _letter_allowed(self) -> None:
        item = self.notifications.currentItem()
        self.letter.setEnabled(bool(item and item.data(Qt.ItemDataRole.UserRole)))

    def _letter(self) -> None:
        item = self.notifications.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.letter_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def show_checkins(self, items: list[CheckIn]) -> None:
        self.checkins.clear()
        for c in items:
            self.checkins.addItem(
                f"{short_date(c.held_on)} · {self._names.get(c.contact_id or c.by_id or '', '')} · "
                f"{self.tr(TREND_LABELS[c.trend])}\n{c.observations}"
            )

    def show_reviews(self, items: list[Review]) -> None:
        self.reviews.clear()
        for r in items:
            who = ", ".join(self._names.get(m, "?") for m in r.attendees)
            nxt = (
                self.tr(" · next %1").replace("%1", short_date(r.next_review))
                if r.next_review
                else ""
            )
            self.reviews.addItem(
                f"{short_date(r.held_on)} · {self.tr(DECISION_LABELS[r.decision])}{nxt}\n"
                f"{who}\n{r.progress}"
            )

    def clear(self) -> None:
        self.view.show_record(Record())
        for box in (self.notifications, self.checkins, self.reviews):
            box.clear()
