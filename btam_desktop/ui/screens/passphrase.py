"""Choosing a passphrase: minimum length, strength feedback (zxcvbn), typed twice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QProgressBar, QWidget

from btam_desktop.services.contracts import MIN_PASSPHRASE
from btam_desktop.ui.plain import PlainLabel

#: zxcvbn scores 0-4; below 3 ("safely unguessable") we ask for more.
MIN_SCORE = 3


class NewPassphraseFields(QWidget):
    """Two password fields and live feedback. `valid_changed` drives the dialog's OK button."""

    valid_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.feedback = PlainLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Passphrase advice"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat it:"), self.second)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow(self.feedback)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._valid = False
        self._check()

    @property
    def passphrase(self) -> str:
        return self.first.text()

    @property
    def valid(self) -> bool:
        return self._valid

    def _check(self) -> None:
        text = self.first.text()
        score, advice = 0, ""
        if len(text) < MIN_PASSPHRASE:
            advice = self.tr(
                "Use at least %n characters. A short sentence is easy to remember.",
                "",
                MIN_PASSPHRASE,
            )
        else:
            from zxcvbn import zxcvbn  # loaded on first use: it is not needed to start the app

            result = zxcvbn(text[:100])  # zxcvbn's cost grows fast with length; 100 is plenty
            score = int(result["score"])
            tips = [
                result["feedback"].get("warning") or "",
                *result["feedback"].get("suggestions", []),
            ]
            advice = " ".join(t for t in tips if t) or self.tr("Strong enough.")
            if score < MIN_SCORE:
                advice = self.tr("Too easy to guess. ") + advice
        if score >= MIN_SCORE and self.second.text() != text:
            advice = self.tr("The two entries are not the same yet.")
        self.meter.setValue(score)
        self.feedback.setText(advice)
        valid = score >= MIN_SCORE and self.second.text() == text
        if valid != self._valid:
            self._valid = valid
            self.valid_changed.emit(valid)
