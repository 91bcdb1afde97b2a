"""Shows an attachment from memory: pictures, text and PDF. Nothing is written to disk."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.ui.plain import PlainLabel


class EvidencePreview(QDialog):
    def __init__(
        self,
        name: str,
        media_type: str,
        size: int,
        sha256: str,
        content: bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # A file name can carry a student's name; the title bar (shown in the task bar and
        # window switcher) never shows it. The name is shown inside.
        self.setWindowTitle(self.tr("Evidence"))
        self._buffer: QBuffer | None = None
        view = self._view(media_type, content)
        facts = PlainLabel(
            self.tr("%1 · %2 bytes · SHA-256 %3")
            .replace("%1", media_type)
            .replace("%2", f"{size:,}")
            .replace("%3", sha256)
            + f"\n{name}"
        )
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(facts)
        layout.addWidget(buttons)
        self.resize(
            self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 32
        )

    def _view(self, media_type: str, content: bytes) -> QWidget:
        if not content:  # an attachment is never empty: its bytes have not been synced yet
            waiting = PlainLabel(
                self.tr(
                    "This attachment has not arrived on this laptop yet. Its file comes "
                    "through the sync folder after the laptop that added it syncs; it "
                    "appears here after this laptop's next sync."
                )
            )
            waiting.setWordWrap(True)
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return waiting
        if media_type.startswith("image/"):
            pixmap = QPixmap()
            pixmap.loadFromData(QByteArray(content))
            label = PlainLabel()
            label.setAccessibleName(self.tr("Picture"))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if pixmap.isNull():
                label.setText(self.tr("This picture cannot be shown (damaged or unknown format)."))
            else:
                label.setPixmap(pixmap)
            scroll = QScrollArea()
            scroll.setWidget(label)
            scroll.setWidgetResizable(True)
            return scroll
        if media_type == "application/pdf":
            self.document = QPdfDocument(self)
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(content))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            view = QPdfView()
            view.setAccessibleName(self.tr("Document"))
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setDocument(self.document)
            return view
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Text"))
        if media_type.startswith("text/") or media_type in ("application/json", "application/xml"):
            text.setPlainText(content[:2_000_000].decode("utf-8", errors="replace"))
        else:
            text.setPlainText(
                self.tr(
                    "No preview for this kind of file. It is kept, encrypted, inside the case file."
                )
            )
        return text
