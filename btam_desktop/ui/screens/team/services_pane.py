"""Team ▸ Services: the directory of services the school refers students and families to
(community mental health, mentoring, family support, crisis lines). A service taken off the
list stays on record for the referrals that named it and can be put back. No student data:
any member keeps the directory."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QWidget,
)

from btam_desktop.domain.community import KIND_WORDS, CommunityService, ServiceKind
from btam_desktop.domain.records import today
from btam_desktop.services.contracts import api
from btam_desktop.ui.fields import FormDialog, combo, text_box
from btam_desktop.ui.language import short_date
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import confirm
from btam_desktop.ui.screens.team.directory import DirectoryList


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


class ServicesPane(DirectoryList):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(
            ops,
            name=self.tr("Services directory"),
            headers=[
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Contact"),
                self.tr("Languages"),
                self.tr("Cost"),
                self.tr("On the list"),
            ],
            whole=(1, 5),
            note=self.tr(
                "The services the school connects students and families to. A plan's "
                "intervention can name one, and each case's Plan tab follows its referrals "
                "from the suggestion to the end. A service taken off the list stays on record "
                "for the referrals that named it."
            ),
            buttons=(
                self.tr("A&dd a service…"),
                self.tr("Change de&tails…"),
                self.tr("Take off the l&ist…"),
            ),
            parent=parent,
        )

    def load(self) -> None:
        self._ops.queue(api.COMMUNITY_DIRECTORY(), on_done=self.show_services)

    def clear(self) -> None:
        self.show_services([])

    def show_services(self, services: list[CommunityService]) -> None:
        # Those on the list first, then those taken off it.
        shown = sorted(services, key=lambda s: not s.listed)
        self.fill(
            shown,
            [
                (
                    s.name,
                    self.tr(KIND_WORDS[s.kind]),
                    s.contact,
                    s.languages,
                    s.cost,
                    self.tr("Yes")
                    if s.listed
                    else self.tr("Taken off %1").replace("%1", short_date(s.removed_on)),
                )
                for s in shown
            ],
            [s.notes for s in shown],
        )

    def selected(self) -> CommunityService | None:
        chosen = self.chosen()
        return chosen if isinstance(chosen, CommunityService) else None

    def enable(self) -> None:
        super().enable()
        chosen = self.selected()
        self.remove_button.setText(
            self.tr("Put back on the l&ist")
            if chosen is not None and not chosen.listed
            else self.tr("Take off the l&ist…")
        )

    def edit(self, current: object) -> ServiceDialog:
        dialog = ServiceDialog(current if isinstance(current, CommunityService) else None, self)
        dialog.chosen.connect(
            lambda service: self._ops.run(
                api.COMMUNITY_SAVE_SERVICE(service),
                on_done=lambda _s: dialog.accept(),
                on_error=lambda e: dialog.show_error(str(e)),
            )
        )
        dialog.open()
        return dialog

    def remove(self) -> None:
        """Take the chosen service off the list, or put one taken off back on it."""
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
