"""Light and dark palettes (Fusion), following the OS scheme unless the user chose one.

Palette roles only: widgets never hard-code colors, so both schemes and high contrast work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

SYSTEM, LIGHT, DARK = "system", "light", "dark"

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    # Fields lighter than the window: Fusion outlines check boxes in the window color made
    # darker, which vanished on a darker base (unticked boxes were invisible in item views).
    QPalette.ColorRole.Base: "#2c2e33",
    QPalette.ColorRole.AlternateBase: "#33363b",
    QPalette.ColorRole.ToolTipBase: "#303134",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2d2f33",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ffb4ab",
    QPalette.ColorRole.Highlight: "#8ab4f8",
    QPalette.ColorRole.HighlightedText: "#0b1a33",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.Mid: "#3c4043",
    QPalette.ColorRole.Dark: "#111214",
}

_LIGHT = {
    QPalette.ColorRole.Window: "#f3f3f3",
    QPalette.ColorRole.WindowText: "#1b1b1b",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f3f7",
    QPalette.ColorRole.Text: "#1b1b1b",
    QPalette.ColorRole.Button: "#e9e9e9",
    QPalette.ColorRole.ButtonText: "#1b1b1b",
    QPalette.ColorRole.PlaceholderText: "#6b6b6b",
    QPalette.ColorRole.Highlight: "#1f5fbf",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1f5fbf",
}


def palette_for(dark: bool) -> QPalette:
    palette = QPalette()
    for role, color in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(color))
    disabled = QColor("#7f8389")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def wants_dark(choice: str) -> bool:
    if choice == SYSTEM:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return choice == DARK


def apply(app: QGuiApplication, choice: str) -> None:
    app.setPalette(palette_for(wants_dark(choice)))
