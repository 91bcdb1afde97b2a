"""The window carries the app's icon (title bar, task switcher), from the bundled resources."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from btam_desktop.ui.main_window import MainWindow


def test_the_window_has_the_shield_icon(window: MainWindow) -> None:
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {32, 64, 256}
    assert not window.windowIcon().isNull()
