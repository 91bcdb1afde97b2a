"""Choosing a passphrase: minimum length, strength feedback (zxcvbn), typed twice."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QProgressBar

from btam_desktop.services.contracts import MIN_PASSPHRASE
from btam_desktop.ui.plain import PlainLabel

#: zxcvbn scores 0-4; below 3 ("safely unguessable") we ask for more.
MIN_SCORE = 3


class NewPassphraseFields(QObject):
    """Two password fields and live feedback. `valid_changed` drives the dialog's OK button.

    Not a widget of its own: `add_to` puts its rows into the dialog's form, so they share the
    dialog's one label column (a nested form had a second, misaligned one)."""

    valid_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.feedback = PlainLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Passphrase advice"))
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._valid = False
        self._check()

    def add_to(self, form: QFormLayout, label: str = "") -> None:
        """The fields as rows of `form`; `label` names the first (default "Passphrase:")."""
        # Room for a sentence: a passphrase is best a few ordinary words.
        for field in (self.first, self.second):
            field.setMinimumWidth(field.fontMetrics().averageCharWidth() * 36)
        form.addRow(label or self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat it:"), self.second)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.feedback)

    @property
    def passphrase(self) -> str:
        return self.first.text()

    @property
    def valid(self) -> bool:
        return self._valid

    def _strength_word(self, score: int, long_enough: bool) -> str:
        """The bar says it in words too: a bar alone means nothing to a screen reader, and
        its color alone says nothing (style rule: never by color alone)."""
        if not long_enough:
            return self.tr("Too short")
        words = (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        )
        return words[max(0, min(score, len(words) - 1))]

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
        word = self._strength_word(score, len(text) >= MIN_PASSPHRASE)
        self.meter.setValue(score)
        self.meter.setFormat(word)
        self.meter.setAccessibleDescription(word)
        self.feedback.setText(advice)
        valid = score >= MIN_SCORE and self.second.text() == text
        if valid != self._valid:
            self._valid = valid
            self.valid_changed.emit(valid)
