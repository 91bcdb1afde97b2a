"""The Minutes tab of a meeting: per agenda item, its decisions and action items; the addenda."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.local_time import local_day
from btam_desktop.domain.meeting import AgendaItem
from btam_desktop.services.contracts.meetings import MeetingView
from btam_desktop.ui.language import short_date
from btam_desktop.ui.list_pane import ListPane
from btam_desktop.ui.screens.meetings.lines import KIND_LABELS, action_line, item_title


class MinutesTab(QWidget):
    decision_requested = Signal(object)  # AgendaItem
    action_requested = Signal(object)  # AgendaItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: MeetingView | None = None
        self.item_choice = QComboBox()
        self.item_choice.setAccessibleName(self.tr("Agenda item"))
        self.decision_list = QListWidget()
        self.decision_list.setAccessibleName(self.tr("Decisions"))
        self.action_list = QListWidget()
        self.action_list.setAccessibleName(self.tr("Action items"))
        self.addenda = QListWidget()
        self.addenda.setAccessibleName(self.tr("Addenda"))
        for box in (self.decision_list, self.action_list, self.addenda):
            box.setWordWrap(True)
            box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        none = self.tr("none yet")
        self.decision_button = QPushButton(self.tr("Record &decision…"))
        self.action_button = QPushButton(self.tr("Add a&ction item…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.item_choice)
        self.panes = [
            ListPane(self.tr("Decisions:"), self.decision_list, none, self.decision_button),
            ListPane(self.tr("Action items:"), self.action_list, none, self.action_button),
            ListPane(self.tr("Addenda (after approval):"), self.addenda, none),
        ]
        for pane, stretch in zip(self.panes, (2, 2, 1), strict=True):
            layout.addWidget(pane, stretch)
        layout.addStretch(0)  # what the collapsed panes give up
        self.item_choice.currentIndexChanged.connect(lambda _i: self._fill_item())
        self.decision_button.clicked.connect(
            lambda: self.decision_requested.emit(self.current_item())
        )
        self.action_button.clicked.connect(lambda: self.action_requested.emit(self.current_item()))

    def show_view(self, view: MeetingView) -> None:
        """Every agenda item in the chooser (masked), the chosen one's minutes, the addenda."""
        self.view = view
        keep = self.item_choice.currentData()
        self.item_choice.blockSignals(True)
        self.item_choice.clear()
        for i, item in enumerate(view.minutes.agenda, 1):
            self.item_choice.addItem(
                f"{i}. {self.tr(KIND_LABELS[item.kind])}: {item_title(item, view, masked=True)}",
                item.id,
            )
        self.item_choice.setCurrentIndex(max(self.item_choice.findData(keep), 0))
        self.item_choice.blockSignals(False)
        self._fill_item()
        self.addenda.clear()
        for a in view.minutes.addenda:
            added = short_date(local_day(a.added_at))
            self.addenda.addItem(f"{added} · {view.names.get(a.added_by or '', '')}: {a.text}")

    def _fill_item(self) -> None:
        view = self.view
        self.decision_list.clear()
        self.action_list.clear()
        item = self.current_item()
        if view is None or item is None:
            return
        for d in view.minutes.decisions:
            if d.agenda_item_id == item.id:
                text = d.decision
                if d.rationale:
                    text += "\n" + self.tr("Rationale: ") + d.rationale
                if d.dissent:
                    text += "\n" + self.tr("Dissent: ") + d.dissent
                self.decision_list.addItem(text)
        for a in view.minutes.actions:
            if a.agenda_item_id == item.id:
                self.action_list.addItem(action_line(a, view.names))

    def current_item(self) -> AgendaItem | None:
        view = self.view
        if view is None:
            return None
        item_id = self.item_choice.currentData()
        return next((i for i in view.minutes.agenda if i.id == item_id), None)

    def clear(self) -> None:
        self.view = None
        for box in (self.decision_list, self.action_list, self.addenda):
            box.clear()
        self.item_choice.clear()
