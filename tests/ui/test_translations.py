"""The window in Spanish: every string translated, the catalogue current, the choice kept."""

from __future__ import annotations

import ast
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


def _tr_in_fstrings(source: str) -> list[int]:
    """Lines of each `tr("...")` / `self.tr("...")` of a written string inside an f-string's
    braces (`tr(LABELS[kind])` is fine: lupdate reads the labels where they are written)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and inner.args:
                    f, said = inner.func, inner.args[0]
                    name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                    written = isinstance(said, ast.Constant) and isinstance(said.value, str)
                    lines += [inner.lineno] if name == "tr" and written else []
    return lines


def test_no_tr_hides_in_an_f_string() -> None:
    """pyside6-lupdate does not read inside an f-string's braces: a `tr()` there gets no
    Spanish and stays English in a Spanish window ("Requires next:" did). Put it in a name
    first."""
    found = [
        f"{path.relative_to(translations.ROOT)}:{line}"
        for path in sorted(translations.UI.rglob("*.py"))
        for line in _tr_in_fstrings(path.read_text("utf-8"))
    ]
    assert found == []
    assert _tr_in_fstrings("x = f\"{self.tr('Due')}: {day}\"") == [1]
    assert _tr_in_fstrings("due = self.tr('Due')\nx = f'{due}: {day}'") == []
    assert _tr_in_fstrings("x = f'{tr(KIND_LABELS[kind])}: {what}'") == []


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
