"""Case text copied to the clipboard does not stay there.

The app has no copy action of its own; case text reaches the clipboard through the standard
copy of text fields and selectable labels (Ctrl+C, Cut, the context menu). This guard watches
the clipboard while a case file is unlocked: when our program puts text there, it marks it
for clipboard managers not to keep (the hint KeePassXC sets), and clears it after 20 seconds,
when the case file locks and when the program quits, in each case only if the clipboard still
holds what we copied (something the user copied since, from anywhere, is left alone).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 20_000
#: Clipboard managers (Klipper, KDE Connect, GPaste with the hint, Windows' history via the
#: second one) skip entries carrying these formats.
HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
}


def _app_is_active() -> bool:
    """Copies happen in the active program: a change made while we are in the background
    is another program's (offscreen and Wayland report no clipboard ownership)."""
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive


class ClipboardGuard(QObject):
    def __init__(
        self,
        clipboard: QClipboard,
        *,
        clear_after_ms: int = CLEAR_AFTER_MS,
        timer: QTimer | None = None,
        copied_here: Callable[[], bool] = _app_is_active,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._copied_here = copied_here
        self._ours: str | None = None
        self._active = False
        self._marking = False
        clipboard.dataChanged.connect(self._changed)

    @property
    def holding(self) -> bool:
        """True while the clipboard holds case text we put there and will clear."""
        return self._ours is not None

    def set_active(self, active: bool) -> None:
        """Watch copies while a case file is unlocked (nothing to protect before that)."""
        self._active = active

    def _changed(self) -> None:
        if self._marking:
            return
        text = self._clipboard.text()
        if not (self._active and text and (self._clipboard.ownsClipboard() or self._copied_here())):
            self._ours = None  # someone else's now: never cleared by us
            self._timer.stop()
            return
        self._ours = text
        self._mark(text)
        self._timer.start()

    def _mark(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        for name, value in HINTS.items():
            data.setData(name, value)
        self._marking = True
        try:
            self._clipboard.setMimeData(data)
        finally:
            self._marking = False

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds the case text we copied (timeout, lock, quit)."""
        self._timer.stop()
        if self._ours is not None and self._clipboard.text() == self._ours:
            self._marking = True
            try:
                self._clipboard.clear()
            finally:
                self._marking = False
        self._ours = None
