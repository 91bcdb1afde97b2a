"""Settings: the team's auto-lock time and backup reminder (leads), this computer's appearance,
your passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.team import BACKUP_REMINDER_DAYS, MIN_IDLE_MINUTES, TeamSettings
from btam_desktop.ui import theme
from btam_desktop.ui.plain import PlainLabel


class SettingsScreen(QWidget):
    team_settings_chosen = Signal(object)  # TeamSettings
    pack_chosen = Signal(str)
    import_pack_requested = Signal()
    theme_chosen = Signal(str)
    change_passphrase_requested = Signal()
    print_requested = Signal(str)  # blank-forms or staff-handout

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.idle = QSpinBox()
        self.idle.setRange(MIN_IDLE_MINUTES, 120)
        self.idle.setSuffix(self.tr(" minutes"))
        self.backup_days = QSpinBox()
        self.backup_days.setRange(BACKUP_REMINDER_DAYS.start, BACKUP_REMINDER_DAYS.stop - 1)
        self.backup_days.setSuffix(self.tr(" days"))
        self.apply_idle = QPushButton(self.tr("Apply for the &team"))
        self.idle_note = PlainLabel()
        self.idle_note.setWordWrap(True)
        self.theme = QComboBox()
        for value, label in (
            (theme.SYSTEM, self.tr("Follow this computer")),
            (theme.LIGHT, self.tr("Light")),
            (theme.DARK, self.tr("Dark")),
        ):
            self.theme.addItem(label, value)
        self.passphrase_button = QPushButton(self.tr("&Change my passphrase…"))
        self.pack = QComboBox()
        self.pack_note = PlainLabel()
        self.pack_note.setWordWrap(True)
        self.apply_pack = QPushButton(self.tr("Use this &model for the team"))
        self.import_pack = QPushButton(self.tr("&Import a district pack…"))
        form = QFormLayout()
        form.addRow(self.tr("&Lock after idle:"), self.idle)
        form.addRow(self.tr("Remind to back &up after:"), self.backup_days)
        form.addRow("", self.apply_idle)
        form.addRow(self.idle_note)
        form.addRow(self.tr("&Model pack:"), self.pack)
        form.addRow("", self.apply_pack)
        form.addRow("", self.import_pack)
        form.addRow(self.pack_note)
        form.addRow(self.tr("&Appearance:"), self.theme)
        form.addRow(self.tr("Passphrase:"), self.passphrase_button)
        self.print_forms = QPushButton(self.tr("Print &blank forms…"))
        self.print_handout = QPushButton(self.tr("Print the &staff handout…"))
        form.addRow(self.tr("Paper:"), self.print_forms)
        form.addRow("", self.print_handout)
        self.print_forms.clicked.connect(lambda: self.print_requested.emit("blank-forms"))
        self.print_handout.clicked.connect(lambda: self.print_requested.emit("staff-handout"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.apply_idle.clicked.connect(
            lambda: self.team_settings_chosen.emit(
                TeamSettings(self.idle.value(), self.backup_days.value())
            )
        )
        self.theme.currentIndexChanged.connect(
            lambda _i: self.theme_chosen.emit(self.theme.currentData())
        )
        self.passphrase_button.clicked.connect(self.change_passphrase_requested)
        self.apply_pack.clicked.connect(lambda: self.pack_chosen.emit(self.pack.currentData()))
        self.import_pack.clicked.connect(self.import_pack_requested)
        self.pack.currentIndexChanged.connect(self._describe_pack)
        self._packs: dict[str, str] = {}

    def show_packs(self, packs: list[tuple[str, str, str]], current: str, *, is_lead: bool) -> None:
        """(id, name, provenance) of each available pack; `current` is the team's."""
        self._packs = {pid: provenance for pid, _, provenance in packs}
        self.pack.blockSignals(True)
        self.pack.clear()
        for pid, name, _ in packs:
            self.pack.addItem(name, pid)
        self.pack.setCurrentIndex(max(self.pack.findData(current), 0))
        self.pack.blockSignals(False)
        self.pack.setEnabled(is_lead)
        self.apply_pack.setVisible(is_lead)
        self.import_pack.setVisible(is_lead)
        self._describe_pack()

    def _describe_pack(self) -> None:
        self.pack_note.setText(self._packs.get(self.pack.currentData() or "", ""))

    def show_settings(self, team: TeamSettings, *, is_lead: bool, theme_choice: str) -> None:
        self.idle.setValue(team.idle_minutes)
        self.backup_days.setValue(team.backup_reminder_days)
        for field in (self.idle, self.backup_days):
            field.setEnabled(is_lead)
        self.apply_idle.setVisible(is_lead)
        self.idle_note.setText(
            self.tr(
                "On every computer of the team, the app locks itself after this many idle "
                "minutes, and the status bar asks for a backup when the last verified one is "
                "older than this many days."
            )
            if is_lead
            else self.tr("Only a team lead can change the auto-lock time and backup reminder.")
        )
        self.theme.blockSignals(True)
        self.theme.setCurrentIndex(max(self.theme.findData(theme_choice), 0))
        self.theme.blockSignals(False)
