"""Team ▸ Services: the directory of services the school refers students and families to
(community mental health, mentoring, family support, crisis lines). A service taken off the
list stays on record for the referrals that named it and can be put back. No student data:
any member keeps the directory."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.community import KIND_WORDS, CommunityService, ServiceKind
from btam_desktop.domain.records import today
from btam_desktop.services.contracts import api
from btam_desktop.ui.fields import FormDialog, combo, text_box
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import PlainLabel, confirm, set_plain_tooltip


class ServiceDialog(FormDialog):
    """Add a service to the directory, or change its details."""

    chosen = Signal(object)  # CommunityService (an empty id for a new one)

    def __init__(self, current: CommunityService | None, parent: QWidget | None = None) -> None:
        title = (
            self.tr("Details of %1").replace("%1", current.name)
            if current
            else self.tr("Add a service")
        )
        super().__init__(title, self.tr("Save"), parent)
        self._current = current
        self.name = QLineEdit(current.name if current else "")
        self.kind = combo({k.value: label for k, label in KIND_WORDS.items()}, self)
        self.contact = QLineEdit(current.contact if current else "")
        self.contact.setPlaceholderText(self.tr("Phone, address, web site, whom to ask for"))
        self.languages = QLineEdit(current.languages if current else "")
        self.languages.setPlaceholderText(self.tr("For example: English, Spanish"))
        self.cost = QLineEdit(current.cost if current else "")
        self.cost.setPlaceholderText(self.tr("For example: free, sliding scale, Medicaid"))
        self.notes = text_box(3, self)
        if current is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(current.kind.value), 0))
            self.notes.setPlainText(current.notes)
        for label, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Kind:"), self.kind),
            (self.tr("C&ontact:"), self.contact),
            (self.tr("&Languages:"), self.languages),
            (self.tr("Co&st:"), self.cost),
            (self.tr("No&tes:"), self.notes),
        ):
            self.form.addRow(label, widget)

    def value(self) -> CommunityService:
        current = self._current
        return CommunityService(
            id=current.id if current else "",
            name=self.name.text(),
            kind=ServiceKind(self.kind.currentData()),
            contact=self.contact.text(),
            languages=self.languages.text(),
            cost=self.cost.text(),
            notes=self.notes.toPlainText(),
            removed_on=current.removed_on if current else None,
        )

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(self.value())


class ServicesPane(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._services: list[CommunityService] = []
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Services directory"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Contact"),
                self.tr("Languages"),
                self.tr("Cost"),
                self.tr("On the list"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        note = PlainLabel(
            self.tr(
                "The services the school connects students and families to. A plan's "
                "intervention can name one, and each case's Plan tab follows its referrals "
                "from the suggestion to the end. A service taken off the list stays on record "
                "for the referrals that named it."
            )
        )
        note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("A&dd a service…"))
        self.edit_button = QPushButton(self.tr("Change de&tails…"))
        self.remove_button = QPushButton(self.tr("Take off the l&ist…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(lambda: self._edit(self.selected()))
        self.remove_button.clicked.connect(self._take_off_or_back)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.itemActivated.connect(lambda _item: self._edit(self.selected()))
        self._enable()

    def load(self) -> None:
        self._ops.queue(api.COMMUNITY_DIRECTORY(), on_done=self.show_services)

    def clear(self) -> None:
        self.show_services([])

    def show_services(self, services: list[CommunityService]) -> None:
        keep = self.selected()
        # Those on the list first, then those taken off it.
        self._services = sorted(services, key=lambda s: not s.listed)
        self.table.setRowCount(len(self._services))
        for row, s in enumerate(self._services):
            listed = (
                self.tr("Yes")
                if s.listed
                else self.tr("Taken off %1").replace(
                    "%1", s.removed_on.isoformat() if s.removed_on else ""
                )
            )
            for col, text in enumerate(
                (s.name, self.tr(KIND_WORDS[s.kind]), s.contact, s.languages, s.cost, listed)
            ):
                item = QTableWidgetItem(text)
                set_plain_tooltip(item, s.notes if col == 0 else "")
                self.table.setItem(row, col, item)
        if keep is not None:
            rows = [i for i, s in enumerate(self._services) if s.id == keep.id]
            if rows:
                self.table.selectRow(rows[0])
        self._enable()

    def selected(self) -> CommunityService | None:
        row = self.table.currentRow()
        chosen = self.table.selectionModel().hasSelection()
        return self._services[row] if chosen and 0 <= row < len(self._services) else None

    def _enable(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        self.remove_button.setText(
            self.tr("Put back on the l&ist")
            if chosen is not None and not chosen.listed
            else self.tr("Take off the l&ist…")
        )

    def _edit(self, current: CommunityService | None) -> ServiceDialog:
        dialog = ServiceDialog(current, self)
        dialog.chosen.connect(
            lambda service: self._ops.run(
                api.COMMUNITY_SAVE_SERVICE(service),
                on_done=lambda _s: dialog.accept(),
                on_error=lambda e: dialog.show_error(str(e)),
            )
        )
        dialog.open()
        return dialog

    def _take_off_or_back(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if not chosen.listed:
            self._ops.run(api.COMMUNITY_SAVE_SERVICE(replace(chosen, removed_on=None)))
            return
        confirm(
            self,
            self.tr("Take %1 off the list").replace("%1", chosen.name),
            self.tr(
                "Take %1 off the list? Referrals that named it keep its name; it is no longer "
                "offered for new ones."
            ).replace("%1", chosen.name),
            self.tr("Take off the list"),
            lambda: self._ops.run(api.COMMUNITY_SAVE_SERVICE(replace(chosen, removed_on=today()))),
        )
