"""The window in Spanish: every string translated, the catalogue current, the choice kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from btam_desktop.ui import language
from btam_desktop.ui.app import build_window, make_application, settings_at
from btam_desktop.ui.areas import CASES, SETTINGS
from btam_desktop.ui.main_window import MainWindow
from tests.ui.conftest import unlock
from tools import translations


def test_every_string_has_finished_spanish_and_the_catalogue_is_current() -> None:
    missing, stale = translations.check()
    assert missing == [], (
        f"{len(missing)} UI strings have no Spanish (or lost a placeholder or the &): run "
        "`make translations` and fill in resources/translations/untranslated-es.json"
    )
    assert stale == [], "run `make translations`: the checked-in catalogue is not current"


def test_the_check_sees_a_lost_placeholder_or_shortcut() -> None:
    assert translations.mismatch("Case %1", "Caso") != ""
    assert translations.mismatch("&Save", "Guardar") != ""
    assert translations.mismatch("Printed && shared", "Impresos y compartidos") == ""
    assert translations.mismatch("%n case(s)", ["un caso", "%n casos"]) == ""


@pytest.fixture
def english_after() -> Iterator[None]:
    """The translators and locale are the application's: put English back for other tests."""
    yield
    app = QCoreApplication.instance()
    assert app is not None
    language.apply(app, language.ENGLISH)


def spanish_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    make_application()
    settings = settings_at(tmp_path / "settings.ini")
    settings.setValue(language.KEY, language.SPANISH)
    w = build_window(tmp_path / "data", settings)
    qtbot.addWidget(w)
    w.resize(1100, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.usefixtures("english_after")
def test_the_window_in_spanish(qtbot: QtBot, tmp_path: Path, demo_file: Path) -> None:
    w = spanish_window(qtbot, tmp_path)
    unlock(qtbot, w, demo_file)
    nav = w.workspace.nav
    assert nav.item(CASES).text() == "Casos"
    assert nav.item(SETTINGS).text() == "Configuración"
    # The navigation is as wide as its longest word.
    assert nav.width() >= nav.fontMetrics().horizontalAdvance("Configuración")
    model = w.workspace.cases.list.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Estado" in headers
    # Qt's own words too, and the locale's dates.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert (
        QLocale()
        .toString(QDate(2026, 3, 5), QLocale.FormatType.LongFormat)
        .startswith("jueves, 5 de marzo")
    )
    w.close()


@pytest.mark.usefixtures("english_after")
def test_the_language_choice_is_kept_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, demo_file: Path
) -> None:
    w = spanish_window(qtbot, tmp_path)
    unlock(qtbot, w, demo_file, to_cases=False)
    w.workspace.go_to(SETTINGS)
    screen = w.workspace.settings_screen
    assert screen.language.currentData() == language.SPANISH
    assert "próxima vez" in screen.language_note.text()
    screen.language.setCurrentIndex(screen.language.findData(language.ENGLISH))
    w.close()
    QApplication.processEvents()
    again = settings_at(tmp_path / "settings.ini")
    assert again.value(language.KEY) == language.ENGLISH
    # Applied at the next start: a new window is in English.
    w2 = build_window(tmp_path / "data", again)
    qtbot.addWidget(w2)
    assert w2.workspace.nav.item(CASES).text() == "Cases"


def test_an_unknown_choice_follows_the_system() -> None:
    assert language.chosen("klingon") == language.SYSTEM
    assert language.chosen(None) == language.SYSTEM
    assert language.chosen("es") == language.SPANISH
