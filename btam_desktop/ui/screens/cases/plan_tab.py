"""The Plan tab: the support plan (interventions by domain, saved as versions), what is not yet
addressed, the notifications log, check-ins, reviews, and closing the case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.plan import CheckIn, Intervention, Notification, Review
from btam_desktop.ui.plain import PlainLabel

if TYPE_CHECKING:
    from btam_desktop.services.contracts.manage import PlanView
from btam_desktop.ui.screens.cases.manage_dialogs import (
    BASIS_LABELS,
    DECISION_LABELS,
    RECIPIENT_LABELS,
    TYPE_LABELS,
)


class PlanTab(QWidget):
    save_requested = Signal(str, tuple, int)  # goals, interventions, based-on version
    edit_requested = Signal(object)  # Intervention | None (new)
    notify_requested = Signal()
    checkin_requested = Signal()
    review_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goals = QPlainTextEdit()
        self.goals.setTabChangesFocus(True)
        self.goals.setAccessibleName(self.tr("Plan goals"))
        self.goals.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.gaps = PlainLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setAccessibleName(self.tr("Factors not yet addressed"))
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Interventions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Domain"),
                self.tr("Intervention"),
                self.tr("Responsible"),
                self.tr("Review by"),
                self.tr("Frequency"),
                self.tr("Status"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.add = QPushButton(self.tr("&Add intervention…"))
        self.edit = QPushButton(self.tr("&Edit…"))
        self.save = QPushButton(self.tr("Save &plan"))
        self.state = PlainLabel()
        self.state.setAccessibleName(self.tr("Plan version"))
        row = QHBoxLayout()
        for w in (self.add, self.edit, self.state):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.save)

        self.notifications = QListWidget()
        self.notifications.setAccessibleName(self.tr("Notifications log"))
        self.checkins = QListWidget()
        self.checkins.setAccessibleName(self.tr("Check-ins"))
        self.reviews = QListWidget()
        self.reviews.setAccessibleName(self.tr("Reviews"))
        for box in (self.notifications, self.checkins, self.reviews):
            box.setWordWrap(True)
        self.notify = QPushButton(self.tr("Log a &notification…"))
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
        grid = QGridLayout()
        for col, (title, box, button) in enumerate(
            (
                (self.tr("Notifications"), self.notifications, self.notify),
                (self.tr("Check-ins"), self.checkins, self.checkin),
                (self.tr("Reviews"), self.reviews, self.review),
            )
        ):
            grid.addWidget(PlainLabel(title), 0, col)
            grid.addWidget(box, 1, col)
            grid.addWidget(button, 2, col)

        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(self.tr("Goals:")))
        layout.addWidget(self.goals)
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addWidget(self.gaps)
        layout.addLayout(grid, 1)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(rule)
        final = QHBoxLayout()
        final.addStretch(1)
        final.addWidget(self.close_button)
        layout.addLayout(final)

        self._items: list[Intervention] = []
        self._version = 0
        self._names: dict[str, str] = {}
        self._flagged: set[str] = set()
        self.add.clicked.connect(lambda: self.edit_requested.emit(None))
        self.edit.clicked.connect(self._edit_current)
        self.table.cellActivated.connect(lambda *_: self._edit_current())
        self.save.clicked.connect(
            lambda: self.save_requested.emit(
                self.goals.toPlainText(), tuple(self._items), self._version
            )
        )
        self.notify.clicked.connect(self.notify_requested)
        self.checkin.clicked.connect(self.checkin_requested)
        self.review.clicked.connect(self.review_requested)
        self.close_button.clicked.connect(self.close_requested)

    # -- the plan being edited -------------------------------------------------------------
    def show_plan(self, view: PlanView, names: dict[str, str]) -> None:
        self._names = names
        self._version = view.latest.version if view.latest else 0
        self._items = list(view.latest.interventions) if view.latest else []
        self._flagged = set(view.needs_reassignment)
        self.goals.setPlainText(view.latest.goals if view.latest else "")
        self._fill()
        self.state.setText(
            self.tr("Version %1").replace("%1", str(self._version))
            if self._version
            else self.tr("No plan saved yet")
        )
        gaps = []
        if view.unaddressed_risk:
            gaps.append(
                self.tr("Risk factors no intervention reduces yet: ")
                + "; ".join(view.unaddressed_risk)
            )
        if view.unaddressed_protective:
            gaps.append(
                self.tr("Protective factors no intervention strengthens yet: ")
                + "; ".join(view.unaddressed_protective)
            )
        if view.needs_reassignment:
            gaps.append(
                self.tr(
                    "%n intervention(s) belong to a member who left the team: reassign them.",
                    "",
                    len(view.needs_reassignment),
                )
            )
        self.gaps.setText("\n".join(gaps))

    def put(self, item: Intervention) -> None:
        """An intervention added or edited in the dialog (saved with the plan)."""
        for i, existing in enumerate(self._items):
            if existing.id == item.id:
                self._items[i] = item
                break
        else:
            self._items.append(item)
        self._flagged.discard(item.id)
        self._fill()
        self.state.setText(
            self.tr("Unsaved changes (version %1 on file)").replace("%1", str(self._version))
        )

    def _fill(self) -> None:
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            who = self._names.get(
                item.contact_id or item.responsible_id or "", item.provider or "?"
            )
            if item.id in self._flagged:
                who += self.tr(" (left the team)")
            values = (
                item.domain,
                f"{self.tr(TYPE_LABELS[item.type])}: {item.description}",
                who,
                item.due_on.isoformat() if item.due_on else "",
                item.frequency,
                item.status.value,
            )
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _edit_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._items):
            self.edit_requested.emit(self._items[row])

    # -- logs ------------------------------------------------------------------------------
    def show_notifications(self, items: list[Notification]) -> None:
        self.notifications.clear()
        for n in items:
            self.notifications.addItem(
                f"{n.notified_on.isoformat()} · {self.tr(RECIPIENT_LABELS[n.recipient])}"
                f"{' (' + n.recipient_name + ')' if n.recipient_name else ''} · {n.method} · "
                f"{self.tr(BASIS_LABELS[n.legal_basis])}\n{n.shared}"
            )

    def show_checkins(self, items: list[CheckIn]) -> None:
        self.checkins.clear()
        for c in items:
            self.checkins.addItem(
                f"{c.held_on.isoformat()} · {self._names.get(c.contact_id or c.by_id or '', '')} · "
                f"concern {c.trend.value}\n{c.observations}"
            )

    def show_reviews(self, items: list[Review]) -> None:
        self.reviews.clear()
        for r in items:
            who = ", ".join(self._names.get(m, "?") for m in r.attendees)
            nxt = f" · next {r.next_review.isoformat()}" if r.next_review else ""
            self.reviews.addItem(
                f"{r.held_on.isoformat()} · {self.tr(DECISION_LABELS[r.decision])}{nxt}\n"
                f"{who}\n{r.progress}"
            )

    def clear(self) -> None:
        self._items, self._version = [], 0
        self.goals.clear()
        self.table.setRowCount(0)
        for box in (self.notifications, self.checkins, self.reviews):
            box.clear()
        self.gaps.clear()
        self.state.clear()
