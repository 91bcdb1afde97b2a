"""Unlock: pick your name, type your passphrase, Enter. Key derivation runs off the GUI
thread; repeated failures wait a little longer each time. A forgotten passphrase is replaced
from here with the team's recovery code (screens/recover.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.services.contracts import MemberListing
from btam_desktop.ui.fields import natural_width
from btam_desktop.ui.plain import PlainLabel


def backoff_seconds(failures: int) -> int:
    """No wait for the first three tries, then 1, 2, 4 ... up to 30 s (research 4.3)."""
    return 0 if failures < 3 else min(2 ** (failures - 3), 30)


class UnlockScreen(QWidget):
    unlock_requested = Signal(str, str)  # member name, passphrase
    restore_requested = Signal()
    other_file_requested = Signal()
    recover_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel()
        self.heading.setWordWrap(True)  # the case file's name, which can be long
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.member = QComboBox()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.location = PlainLabel()  # a network or cloud-synced folder: said before unlock
        self.location.setWordWrap(True)
        self.location.setAccessibleName(self.tr("Where the case file is"))
        self.location.hide()
        self.restore_button = QPushButton(self.tr("&Restore a backup…"))
        self.restore_button.hide()
        self.other_button = QPushButton(self.tr("Open &another case file…"))
        # Under the field it is about, where people look when the passphrase fails (Alt+O:
        # Alt+F is the File menu).
        self.forgot_button = natural_width(QPushButton(self.tr("F&orgot your passphrase?")))

        form = QFormLayout()
        form.addRow(self.tr("&Your name:"), self.member)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.forgot_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.unlock_button)
        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.location)
        column.addLayout(form)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        column.addLayout(buttons)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setFixedWidth(self.fontMetrics().averageCharWidth() * 64)
        outer = QVBoxLayout(self)
        outer.addSpacing(self.fontMetrics().height() * 3)
        outer.addWidget(holder, 1, Qt.AlignmentFlag.AlignHCenter)

        self._failures = 0
        self._wait = QTimer(self)
        self._wait.setInterval(1000)
        self._wait.timeout.connect(self._tick)
        self._remaining = 0
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.restore_button.clicked.connect(self.restore_requested)
        self.other_button.clicked.connect(self.other_file_requested)
        self.forgot_button.clicked.connect(self.recover_requested)

    def prepare(self, path: Path, members: list[MemberListing], last_member: str | None) -> None:
        self.heading.setText(self.tr("Unlock %1").replace("%1", path.name))
        self.set_members(members, last_member)
        self.passphrase.clear()
        self.message.clear()
        self.restore_button.hide()
        self.set_busy(False)
        self.passphrase.setFocus()

    def set_members(self, members: list[MemberListing], last_member: str | None) -> None:
        """The members who can unlock now (read from the key file at every lock, so a member
        added or removed since is listed or gone). Typing already begun is kept."""
        chosen = self.member.currentText() or last_member
        self.member.clear()
        for m in members:
            self.member.addItem(m.name)
        if chosen and self.member.findText(chosen) >= 0:
            self.member.setCurrentText(chosen)

    def set_location_warning(self, warning: str | None) -> None:
        self.location.setText(self.tr("Warning: %1").replace("%1", warning) if warning else "")
        self.location.setVisible(bool(warning))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.member, self.passphrase, self.unlock_button):
            w.setEnabled(not busy and self._remaining == 0)
        # Also during the wait after wrong tries: that is when it is needed.
        self.forgot_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Checking the passphrase…"))

    def _submit(self) -> None:
        if self._remaining or not self.passphrase.text():
            return
        if not self.member.currentText():
            self.message.setText(self.tr("The list of members is still being read. Try again."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(self.member.currentText(), self.passphrase.text())

    def wrong_passphrase(self, message: str) -> None:
        self._failures += 1
        self.passphrase.clear()
        self.set_busy(False)
        self.message.setText(message)
        self._remaining = backoff_seconds(self._failures)
        if self._remaining:
            self._tick_text()
            self._wait.start()
            self.set_busy(False)
        self.passphrase.setFocus()

    def succeeded(self) -> None:
        self._failures = 0
        self.passphrase.clear()
        self.set_busy(False)

    def problem(self, message: str, *, offer_restore: bool) -> None:
        self.set_busy(False)
        self.message.setText(message)
        self.restore_button.setVisible(offer_restore)

    def _tick(self) -> None:
        self._remaining = max(self._remaining - 1, 0)
        if self._remaining == 0:
            self._wait.stop()
            self.set_busy(False)
            self.passphrase.setFocus()
        self._tick_text()

    def _tick_text(self) -> None:
        if self._remaining:
            self.message.setText(
                self.tr(
                    "That passphrase did not open the case file. Try again in %n second(s).",
                    "",
                    self._remaining,
                )
            )
