"""Settings, in two kinds: yours on this computer (passphrase, appearance) and the team's
(auto-lock, backup reminder, model pack), which only a lead changes and every laptop follows.

A group box for each kind, one label column across them, buttons as wide as their words.
Printing blank forms and the staff handout is on File ▸ Print, with the other printing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.team import BACKUP_REMINDER_DAYS, MIN_IDLE_MINUTES, TeamSettings
from btam_desktop.ui import language, theme
from btam_desktop.ui.fields import align_labels, form_group, natural_width
from btam_desktop.ui.plain import PlainLabel

#: The column's width in average characters: notes wrap at a readable line length instead of
#: running the width of a wide screen.
COLUMN_CHARS = 96


def _note() -> PlainLabel:
    note = PlainLabel()
    note.setWordWrap(True)
    return note


def _button_row(*buttons: QPushButton) -> QWidget:
    """Buttons side by side at their natural width, left-aligned in the field column."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        layout.addWidget(natural_width(button))
    layout.addStretch(1)
    return row


class SettingsScreen(QWidget):
    team_settings_chosen = Signal(object)  # TeamSettings
    pack_chosen = Signal(str)
    import_pack_requested = Signal()
    theme_chosen = Signal(str)
    language_chosen = Signal(str)
    change_passphrase_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_fields()
        yours = self._yours()
        team = self._team()
        model = self._model()
        align_labels(*(box.layout() for box in (yours, team, model)))
        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * COLUMN_CHARS)
        stacked = QVBoxLayout(column)
        stacked.setContentsMargins(0, 0, 0, 0)
        for box in (yours, team, model):
            stacked.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(column)
        layout.addStretch(1)
        self._connect()
        self._packs: dict[str, str] = {}

    def _build_fields(self) -> None:
        self.passphrase_button = QPushButton(self.tr("&Change my passphrase…"))
        self.theme = QComboBox()
        for value, label in (
            (theme.SYSTEM, self.tr("Follow this computer")),
            (theme.LIGHT, self.tr("Light")),
            (theme.DARK, self.tr("Dark")),
        ):
            self.theme.addItem(label, value)
        self.language = QComboBox()
        # Each language by its own name, so whoever reads the other one still finds theirs.
        for value, label in (
            (language.SYSTEM, self.tr("Follow this computer")),
            (language.ENGLISH, "English"),
            (language.SPANISH, "Español"),
        ):
            self.language.addItem(label, value)
        self.language_note = _note()
        self.language_note.setText(
            self.tr("A new language shows the next time you start BTAM Desktop.")
        )
        self.idle = QSpinBox()
        self.idle.setRange(MIN_IDLE_MINUTES, 120)
        self.idle.setSuffix(self.tr(" minutes"))
        self.backup_days = QSpinBox()
        self.backup_days.setRange(BACKUP_REMINDER_DAYS.start, BACKUP_REMINDER_DAYS.stop - 1)
        self.backup_days.setSuffix(self.tr(" days"))
        self.apply_idle = QPushButton(self.tr("Apply for the &team"))
        self.idle_note = _note()
        self.pack = QComboBox()
        self.pack_note = _note()
        self.apply_pack = QPushButton(self.tr("Use this &model for the team"))
        self.import_pack = QPushButton(self.tr("&Import a district pack…"))

    def _yours(self) -> QGroupBox:
        box, form = form_group(self.tr("You, on this computer"), grow=False)
        form.addRow(self.tr("Passphrase:"), _button_row(self.passphrase_button))
        form.addRow(self.tr("&Appearance:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        return box

    def _team(self) -> QGroupBox:
        box, form = form_group(self.tr("The team, on every computer"), grow=False)
        # One width for both numbers, so their boxes line up too.
        wide = max(spin.sizeHint().width() for spin in (self.idle, self.backup_days))
        for spin in (self.idle, self.backup_days):
            spin.setMinimumWidth(wide)
        form.addRow(self.tr("&Lock after idle:"), self.idle)
        form.addRow(self.tr("Remind to back &up after:"), self.backup_days)
        form.addRow("", _button_row(self.apply_idle))
        form.addRow(self.idle_note)
        return box

    def _model(self) -> QGroupBox:
        box, form = form_group(self.tr("The team's model pack"), grow=False)
        form.addRow(self.tr("&Model pack:"), self.pack)
        form.addRow(self.pack_note)
        # One a row: side by side they outgrow the column in longer languages.
        form.addRow("", _button_row(self.apply_pack))
        form.addRow("", _button_row(self.import_pack))
        return box

    def _connect(self) -> None:
        self.apply_idle.clicked.connect(
            lambda: self.team_settings_chosen.emit(
                TeamSettings(self.idle.value(), self.backup_days.value())
            )
        )
        self.theme.currentIndexChanged.connect(
            lambda _i: self.theme_chosen.emit(self.theme.currentData())
        )
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        self.passphrase_button.clicked.connect(self.change_passphrase_requested)
        self.apply_pack.clicked.connect(lambda: self.pack_chosen.emit(self.pack.currentData()))
        self.import_pack.clicked.connect(self.import_pack_requested)
        self.pack.currentIndexChanged.connect(self._describe_pack)

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

    def show_settings(
        self,
        team: TeamSettings,
        *,
        is_lead: bool,
        theme_choice: str,
        language_choice: str = language.SYSTEM,
    ) -> None:
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
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(language_choice), 0))
        self.language.blockSignals(False)
