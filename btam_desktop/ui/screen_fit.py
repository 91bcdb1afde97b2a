"""Every window fits the screen it opens on (a 13-inch laptop's 1280x720 or 1366x768, a
projector's 1024x768): no title bar, button row or field off the edge.

Windows ask for a comfortable size from font metrics; `FitToScreen` (installed on the
application by `ui/app.py`) trims each top-level window to the available geometry of its
screen when it is shown and moves it inside. A window whose layout cannot shrink that far
(its minimum size is larger) still would not fit: tests/ui/test_fits_screen.py opens every
window it can reach at 1280x720 and 1366x768 and fails on one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Window kinds that position themselves (menus, tooltips, completer lists): left alone.
_SELF_PLACED = (
    Qt.WindowType.Popup,
    Qt.WindowType.ToolTip,
    Qt.WindowType.SplashScreen,
)


def available(widget: QWidget) -> QRect:
    """The usable part of the screen the window is on (without task bars and docks)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def preferred(widget: QWidget, width: int, height: int, share: float = 1.0) -> QSize:
    """`width` x `height`, or `share` of the available screen where that is smaller."""
    room = available(widget)
    return QSize(min(width, int(room.width() * share)), min(height, int(room.height() * share)))


def fit(window: QWidget) -> None:
    """Trim the window to the available geometry and move it inside."""
    room = available(window)
    frame = window.frameGeometry()
    extra = frame.size() - window.size()  # the title bar and borders, where there are any
    if frame.width() > room.width() or frame.height() > room.height():
        window.resize(
            min(window.width(), room.width() - extra.width()),
            min(window.height(), room.height() - extra.height()),
        )
        frame = window.frameGeometry()
    x = min(max(frame.left(), room.left()), room.right() + 1 - frame.width())
    y = min(max(frame.top(), room.top()), room.bottom() + 1 - frame.height())
    if (x, y) != (frame.left(), frame.top()):
        window.move(max(x, room.left()), max(y, room.top()))


class FitToScreen(QObject):
    """An application event filter: each top-level window is fitted as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() not in _SELF_PLACED
            and not watched.isFullScreen()
        ):
            fit(watched)
        return False
