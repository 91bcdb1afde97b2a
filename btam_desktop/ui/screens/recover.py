"""Forgot your passphrase? The recovery code from the team's safe gives a member a new one.

The window's face of `btam-desktop recover`: the same service call (session.recover, through
the service process), so the code is checked, the passphrase ruled and the audit entry
written exactly as there. The dialog only collects the three things the call needs.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from btam_desktop.domain.errors import BtamError
from btam_desktop.services import errors
from btam_desktop.ui.fields import FormDialog, fit_width
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.passphrase import NewPassphraseFields


class RecoverDialog(FormDialog):
    chosen = Signal(str, str, str)  # member name, recovery code, new passphrase

    def __init__(
        self, file_name: str, members: list[str], member: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Forgot your passphrase?"), self.tr("Set the new passphrase"), parent
        )
        intro = PlainLabel(
            self.tr(
                "Type the recovery code from the recovery kit of %1 (the page the team lead "
                "printed when the case file was made, kept in the principal's or district's "
                "safe). Then choose a new passphrase: your old one stops working. Nothing else "
                "in the case file changes."
            ).replace("%1", file_name)
        )
        intro.setWordWrap(True)
        self.member = fit_width(QComboBox())
        self.member.addItems(members)
        self.member.setCurrentIndex(max(self.member.findText(member), 0))
        self.code = QLineEdit()
        # Read from paper, group by group: shown as typed, in the kit's fixed-width letters.
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Wide enough for the whole code, so a typo can be found by reading along the paper.
        whole = self.code.fontMetrics().horizontalAdvance("0000-" * 14)
        self.code.setMinimumWidth(whole + self.code.fontMetrics().averageCharWidth() * 2)
        self.code.setPlaceholderText(self.tr("14 groups of 4 letters and digits"))
        self.passphrase = NewPassphraseFields(self)
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Your name:"), self.member)
        self.form.addRow(self.tr("Recovery &code:"), self.code)
        self.passphrase.add_to(self.form, self.tr("&New passphrase:"))
        self.code.textChanged.connect(self._validate)
        self.passphrase.valid_changed.connect(self._validate)
        self._validate()
        self.code.setFocus()

    def _validate(self) -> None:
        self.ok.setEnabled(bool(self.code.text().strip()) and self.passphrase.valid)

    def _submit(self) -> None:
        self.busy(self.tr("Checking the recovery code…"))
        self.chosen.emit(self.member.currentText(), self.code.text(), self.passphrase.passphrase)

    def refused(self, error: BtamError) -> None:
        """The service's sentence under the form, and the cursor in the field it is about;
        the case file is as it was."""
        self.show_error(str(error))
        if isinstance(error, errors.RecoveryCodeError):
            self.code.setFocus()
            self.code.selectAll()
        elif isinstance(error, errors.ValidationError):
            self.passphrase.first.setFocus()
