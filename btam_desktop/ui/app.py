"""The QApplication: style, palette, fonts, settings, and the main window."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from btam_desktop.resources import resource_dir
from btam_desktop.ui import language, theme
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screen_fit import FitToScreen


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("BTAM Desktop")
    app.setOrganizationName("BTAM Desktop")
    app.setStyle(theme.BoundaryStyle())
    if app.property("btam-fits-screen") is None:  # once, however often this is called
        app.installEventFilter(FitToScreen(app))
        app.setProperty("btam-fits-screen", True)
    app.setWindowIcon(_window_icon())
    families = QFontDatabase.families()
    base = QFont("DejaVu Sans" if "DejaVu Sans" in families else app.font().family())
    base.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(base)
    return app


def _window_icon() -> QIcon:
    icon = QIcon()
    with contextlib.suppress(FileNotFoundError):
        for png in sorted((resource_dir() / "icons").glob("btam-desktop-*.png")):
            icon.addFile(str(png))
    return icon


def settings_at(path: Path) -> QSettings:
    """UI preferences only (geometry, theme, language, recent case-file paths): never student
    data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def build_window(
    data_dir: Path, settings: QSettings, service: subprocess.Popen[bytes] | None = None
) -> MainWindow:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    language.apply(app, language.chosen(settings.value(language.KEY)))  # before any widget
    choice = str(settings.value("theme", theme.SYSTEM))
    theme.apply(app, choice)
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: theme.apply(app, str(settings.value("theme", theme.SYSTEM)))
    )
    return MainWindow(data_dir, settings, service)


def run(
    settings_file: Path,
    data_dir: Path,
    path: Path | None,
    service: subprocess.Popen[bytes] | None = None,
) -> int:
    """`service`: the service process, if the caller started it already."""
    app = make_application()
    settings = settings_at(settings_file)
    window = build_window(data_dir, settings, service)
    window.show()
    if path is not None:
        window.flow.open_path(path)
    code = app.exec()
    window.flow.shutdown()
    return code
