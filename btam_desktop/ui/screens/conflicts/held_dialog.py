"""One change from a removed member's laptop, written after the removal, as a lead reviews it:
what it would do, in full, and the choice: Import, Discard or Later.

Import applies it together with the earlier changes of that laptop still waiting (a change
builds on the ones before it); Discard drops it together with the later ones, for the same
reason. The dialog says how many that is before anyone presses. Discarding asks once more: it
cannot be taken back. A member who is not a lead sees the change and why they cannot decide.
The dialog only says what was chosen (`decided`); the caller makes the one service call.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.services.contracts.sync import HeldChange
from btam_desktop.ui import screen_fit
from btam_desktop.ui.plain import PlainLabel, message_box, plain_title
from btam_desktop.ui.screens.conflicts.words import held_by_when, held_effect

IMPORT, DISCARD = "import", "discard"


class HeldDialog(QDialog):
    """Open with `open()`; `decided(IMPORT | DISCARD)` says the choice, then `done_ok` or
    `show_error` says how it went."""

    decided = Signal(str)

    def __init__(
        self,
        change: HeldChange,
        same_laptop: list[HeldChange],
        *,
        is_lead: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.change = change
        self.setWindowTitle(plain_title(self.tr("A change from a removed member's laptop")))
        earlier = sum(1 for c in same_laptop if c.seq < change.seq)
        later = sum(1 for c in same_laptop if c.seq > change.seq)
        heading = PlainLabel(
            self.tr(
                "Written by %1, after they were removed from the team. It is not in the case "
                "file: a team lead decides whether it should be."
            ).replace("%1", held_by_when(change))
        )
        heading.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(self.tr("What the change does"))
        self.details.setPlainText("\n\n".join(held_effect(e) for e in change.effects))
        heading.setBuddy(self.details)
        consequences = [
            self.tr("Import applies it as %1's own change.").replace("%1", change.member or "?")
        ]
        if earlier:
            consequences.append(
                self.tr(
                    "The earlier change from that laptop still waiting is imported with it: it "
                    "builds on it."
                )
                if earlier == 1
                else self.tr(
                    "The %n earlier changes from that laptop still waiting are imported with "
                    "it: it builds on them.",
                    "",
                    earlier,
                )
            )
        consequences.append(self.tr("Discard drops it for good, on every laptop."))
        if later:
            consequences.append(
                self.tr(
                    "The later change from that laptop is discarded with it: it may build on it."
                )
                if later == 1
                else self.tr(
                    "The %n later changes from that laptop are discarded with it: they may "
                    "build on it.",
                    "",
                    later,
                )
            )
        self.explained = PlainLabel(" ".join(consequences))
        self.explained.setWordWrap(True)
        self.problem = PlainLabel("")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.later_button = QPushButton(self.tr("&Later"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self._decide(IMPORT))
        self.discard_button.clicked.connect(self._confirm_discard)
        self.later_button.clicked.connect(self.reject)
        if not is_lead:
            for button in (self.import_button, self.discard_button):
                button.setEnabled(False)
            self.problem.setText(self.tr("Only a team lead can import or discard it."))
            self.problem.setVisible(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.explained)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(screen_fit.preferred(self, 760, 520))

    def _confirm_discard(self) -> None:
        box = message_box(
            QMessageBox.Icon.Warning,
            self.tr("Discard this change?"),
            self.tr(
                "The change is dropped on every laptop and cannot be brought back. The audit "
                "log records that you discarded it."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Keep waiting"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is discard:
            self._decide(DISCARD)

    def _decide(self, choice: str) -> None:
        self.problem.setVisible(False)
        self.import_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        self.decided.emit(choice)

    def done_ok(self) -> None:
        self.accept()

    def show_error(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
        self.import_button.setEnabled(True)
        self.discard_button.setEnabled(True)
