"""Light and dark palettes (Fusion), following the OS scheme unless the user chose one.

Palette roles only: widgets never hard-code colors, so both schemes and high contrast work.
Both palettes meet WCAG 2.2 AA where the app uses them (text 4.5:1, control boundaries 3:1);
tests/ui/test_contrast.py measures it, on the palette roles and on the pixels Fusion draws.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

SYSTEM, LIGHT, DARK = "system", "light", "dark"

Role = QPalette.ColorRole

_DARK = {
    Role.Window: "#202124",
    Role.WindowText: "#e8eaed",
    # Fields lighter than the window, so a field reads as a field even before its border.
    Role.Base: "#2c2e33",
    Role.AlternateBase: "#33363b",
    Role.ToolTipBase: "#303134",
    Role.ToolTipText: "#e8eaed",
    Role.PlaceholderText: "#9aa0a6",
    Role.Text: "#e8eaed",
    Role.Button: "#2d2f33",
    Role.ButtonText: "#e8eaed",
    Role.BrightText: "#ffb4ab",
    Role.Highlight: "#8ab4f8",
    Role.HighlightedText: "#0b1a33",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
    Role.Light: "#3c4043",
    Role.Midlight: "#34363a",
    Role.Mid: "#3c4043",
    Role.Dark: "#111214",
    Role.Shadow: "#000000",
    Role.Accent: "#8ab4f8",
}

_LIGHT = {
    Role.Window: "#f3f3f3",
    Role.WindowText: "#1b1b1b",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f0f3f7",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#1b1b1b",
    Role.Text: "#1b1b1b",
    Role.Button: "#e9e9e9",
    Role.ButtonText: "#1b1b1b",
    Role.BrightText: "#ffffff",
    Role.PlaceholderText: "#6b6b6b",
    Role.Highlight: "#1f5fbf",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#1f5fbf",
    Role.LinkVisited: "#6a1b9a",
    Role.Light: "#ffffff",
    Role.Midlight: "#f7f7f7",
    Role.Mid: "#b8b8b8",
    Role.Dark: "#9f9f9f",
    Role.Shadow: "#767676",
    Role.Accent: "#1f5fbf",
}

#: (text role, background role) pairs the app shows text in; each must reach 4.5:1.
TEXT_PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
)
TEXT_MINIMUM = 4.5
BOUNDARY_MINIMUM = 3.0


def palette_for(dark: bool) -> QPalette:
    """Every role set, so switching scheme never keeps a color of the previous palette."""
    palette = QPalette()
    for role, color in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(color))
    # Unavailable controls are exempt from WCAG's minimum; they still stay readable (3:1).
    disabled = QColor("#7f8389")
    for role in (Role.Text, Role.ButtonText, Role.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def luminance(color: QColor) -> float:
    """WCAG 2.2 relative luminance of an opaque sRGB color."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.2 contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * share,
        a.greenF() + (b.greenF() - a.greenF()) * share,
        a.blueF() + (b.blueF() - a.blueF()) * share,
    )


def boundary(palette: QPalette) -> QColor:
    """The outline of check boxes, radio buttons, fields and buttons: the window color moved
    toward the text color just far enough to reach 3:1 against both the window and the
    fields (Fusion's own outline, the window color darkened, was 1.3:1 on the dark palette and
    1.7:1 on the light one)."""
    return QColor.fromRgba(
        _boundary(
            palette.color(Role.Window).rgba(),
            palette.color(Role.Base).rgba(),
            palette.color(Role.WindowText).rgba(),
        )
    )


@functools.lru_cache(maxsize=16)
def _boundary(window_rgba: int, base_rgba: int, text_rgba: int) -> int:
    """Cached: the style asks on every control it paints."""
    window, base = QColor.fromRgba(window_rgba), QColor.fromRgba(base_rgba)
    text = QColor.fromRgba(text_rgba)
    share = 0.0
    color = window
    while share < 1.0:
        share = min(share + 0.05, 1.0)
        color = _mix(window, text, share)
        if min(contrast(color, window), contrast(color, base)) >= BOUNDARY_MINIMUM + 0.1:
            break
    return color.rgba()


_FRAMED_PRIMITIVES = {
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,  # also item views' check boxes
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
}
_FRAMED_CONTROLS = {
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_SpinBox,  # date and number fields
}


class BoundaryStyle(QProxyStyle):
    """Fusion, with the outline of the controls a person must find (boxes to tick, fields to
    fill, buttons to press) and the frame of list boxes drawn in `boundary` of the palette."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(  # noqa: N802 (Qt's name)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element is QStyle.PrimitiveElement.PE_Frame:
            self._frame(option, painter)
        elif element in _FRAMED_PRIMITIVES:
            radio = element is QStyle.PrimitiveElement.PE_IndicatorRadioButton
            self._outline(option, painter, radio)

    def drawComplexControl(  # noqa: N802 (Qt's name)
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _FRAMED_CONTROLS and getattr(option, "frame", True):
            self._outline(option, painter, False)

    @staticmethod
    def _frame(option: QStyleOption, painter: QPainter) -> None:
        """The frame of list, table and tree views and text boxes (Fusion's: 1.1:1 on the
        dark palette, 1.7:1 on the light one): square, as Fusion draws it, in `boundary`."""
        painter.save()
        painter.setPen(QPen(boundary(option.palette), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()

    @staticmethod
    def _outline(option: QStyleOption, painter: QPainter, round_: bool) -> None:
        focused = option.state & QStyle.StateFlag.State_HasFocus and (
            option.state & QStyle.StateFlag.State_KeyboardFocusChange
        )
        if focused:  # Fusion's focus outline (the highlight) stays
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # A circle's 1-pixel pen is shared between two pixels by antialiasing: 1.5 keeps it 3:1.
        painter.setPen(QPen(boundary(option.palette), 1.5 if round_ else 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2.0, 2.0)
        painter.restore()


def wants_dark(choice: str) -> bool:
    if choice == SYSTEM:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return choice == DARK


def apply(app: QGuiApplication, choice: str) -> None:
    app.setPalette(palette_for(wants_dark(choice)))
