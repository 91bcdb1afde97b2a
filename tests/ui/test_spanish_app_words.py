"""The Spanish window says the app's own words in Spanish.

A string reaches the catalogue only when lupdate sees it written inside `tr()` (or in an
upper-case dict of a UI module): a label written in a tuple and handed to `tr()` later was
never asked for, and showed in English. `Misses` catches that for every dialog. Then the real
window, in Spanish, on the demo file: the Close the case dialog shows the app's closing
checklist in Spanish and still stores it in English, the Plan tab says a check-in's trend in
Spanish, and the model's provenance reads in Spanish above the assessment form and in Settings
(the district's own line as the district wrote it)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from btam_desktop.domain.plan import DEFAULT_CLOSURE_CHECKLIST, Closure
from btam_desktop.ui import language
from btam_desktop.ui.areas import SETTINGS
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentDialog
from btam_desktop.ui.screens.cases.manage_dialogs import CloseDialog
from btam_desktop.ui.screens.cases.page import CasePage
from tests.ui.conftest import unlock
from tests.ui.dialog_factories import DIALOGS
from tests.ui.test_translations import spanish_window as spanish_window_of
from tools import translations

#: Qt's own contexts (QDialogButtonBox, QPlatformTheme…): Qt's catalogue answers those.
_QT_OWN = re.compile(r"Q[A-Z]")
_WORDS = re.compile(r"[A-Za-z]{2}")


class Misses(QTranslator):
    """Asked before our catalogue (installed last): notes each of our strings the catalogue has
    no Spanish for, and answers nothing, so the catalogue and Qt's still answer as usual."""

    def __init__(self, catalogue: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.missed: set[str] = set()

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        spanish = self.catalogue.translate(context, source_text, disambiguation, n)
        if not spanish and _WORDS.search(source_text) and not _QT_OWN.match(context):
            self.missed.add(source_text)
        return None


@pytest.fixture
def spanish_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The window in Spanish (Settings ▸ Language); English again afterwards."""
    w = spanish_window_of(qtbot, tmp_path)
    yield w
    w.close()
    app = QCoreApplication.instance()
    assert app is not None
    language.apply(app, language.ENGLISH)


@pytest.fixture
def misses(spanish_window: MainWindow) -> Iterator[Misses]:
    app = QCoreApplication.instance()
    assert app is not None
    catalogue = next(t for t in app.findChildren(QTranslator) if isinstance(t, language.Catalogue))
    recorder = Misses(catalogue, app)
    app.installTranslator(recorder)
    yield recorder
    app.removeTranslator(recorder)
    recorder.deleteLater()


def test_every_dialog_asks_only_for_words_the_spanish_catalogue_has(
    qtbot: QtBot, spanish_window: MainWindow, misses: Misses
) -> None:
    for make in DIALOGS:
        dialog = make(spanish_window)
        dialog.open()
        qtbot.waitExposed(dialog)
        QDialog.reject(dialog)
    assert not misses.missed, sorted(misses.missed)


def test_the_control_notes_a_string_the_catalogue_lacks(
    spanish_window: MainWindow, misses: Misses
) -> None:
    assert QCoreApplication.translate("Control", "Close case") == "Cerrar caso"
    assert QCoreApplication.translate("Control", "Words lupdate never saw") == (
        "Words lupdate never saw"
    )
    assert misses.missed == {"Words lupdate never saw"}


def _tr_of_written_tuples(source: str) -> list[int]:
    """Lines of each `tr(name)` whose name a `for` takes from a tuple or list written with
    strings in it (`for label, widget in (("&Who:", who), ...)`): lupdate never sees those
    strings. Write `self.tr("&Who:")` in the tuple instead."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.For) and isinstance(node.iter, ast.Tuple | ast.List)):
            continue
        if not any(
            isinstance(c, ast.Constant) and isinstance(c.value, str) and _WORDS.search(c.value)
            for c in ast.walk(node.iter)
        ):
            continue
        names = {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call) and inner.args and isinstance(inner.args[0], ast.Name):
                f = inner.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                lines += [inner.lineno] if name == "tr" and inner.args[0].id in names else []
    return lines


def test_no_tr_takes_its_words_from_a_written_tuple() -> None:
    found = [
        f"{path.relative_to(translations.ROOT)}:{line}"
        for path in sorted(translations.UI.rglob("*.py"))
        for line in _tr_of_written_tuples(path.read_text("utf-8"))
    ]
    assert found == []
    assert _tr_of_written_tuples(
        "for label, w in (('&Who:', who),):\n    form.addRow(self.tr(label), w)"
    ) == [2]
    assert (
        _tr_of_written_tuples(
            "for label, w in ((self.tr('&Who:'), who),):\n    form.addRow(label, w)"
        )
        == []
    )
    assert _tr_of_written_tuples("for k, label in LABELS.items():\n    self.tr(label)") == []


def _top[D: QWidget](qtbot: QtBot, kind: type[D]) -> D:
    qtbot.waitUntil(
        lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def _kenzie_at(qtbot: QtBot, w: MainWindow, demo_file: Path, tab: str) -> CasePage:
    """Unlock the demo and open Kenzie's case at the page's `tab` (plan, assessment...)."""
    unlock(qtbot, w, demo_file)
    cases = w.workspace.cases
    cases.list.search.setText("Kenzie")
    qtbot.keyClick(cases.list.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Kenzie" in cases.page.title.text(), timeout=10_000)
    cases.page.tabs.setCurrentWidget(getattr(cases.page, tab))
    return cases.page


def _label(form: QFormLayout, field: QWidget) -> str:
    label = form.labelForField(field)
    assert label is not None
    return str(label.property("text"))


def test_closing_a_case_in_spanish_shows_the_checklist_in_spanish_and_stores_it_in_english(
    qtbot: QtBot, spanish_window: MainWindow, demo_file: Path
) -> None:
    page = _kenzie_at(qtbot, spanish_window, demo_file, "plan")
    checkins = page.plan.checkins
    qtbot.waitUntil(lambda: checkins.count() > 0, timeout=10_000)
    said = [checkins.item(i).text() for i in range(checkins.count())]
    assert any("La preocupación disminuye" in line for line in said), said
    assert not any("concern" in line for line in said), said

    qtbot.keyClick(page.plan.close_button, Qt.Key.Key_Space)
    close = _top(qtbot, CloseDialog)
    assert [box.text() for box in close.checks] == [
        "Intervenciones completadas o a cargo de otra persona",
        "Notificaciones hechas y registradas",
        "Nivel de preocupación bajo en la última revisión",
        "Una persona designada está atenta por si vuelve la preocupación",
    ]
    assert _label(close.form, close.summary) == "Re&sumen del cierre:"
    assert _label(close.form, close.watcher) == "&Quién vigila si vuelve la preocupación:"
    assert _label(close.form, close.reason) == "&Motivo para cerrarlo de todos modos:"

    sent: list[Closure] = []
    close.chosen.connect(lambda closure, _reason: sent.append(closure))
    close.checks[0].setChecked(True)
    close.checks[2].setChecked(True)
    qtbot.keyClicks(close.summary, "Todo en orden.")
    qtbot.keyClick(close.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(sent))
    # Stored as the app writes it, whatever the window's language (the papers say it again).
    assert sent[0].checklist == {
        DEFAULT_CLOSURE_CHECKLIST[0]: True,
        DEFAULT_CLOSURE_CHECKLIST[1]: False,
        DEFAULT_CLOSURE_CHECKLIST[2]: True,
        DEFAULT_CLOSURE_CHECKLIST[3]: False,
    }
    QDialog.reject(close)


def test_the_models_provenance_reads_in_spanish(
    qtbot: QtBot, spanish_window: MainWindow, demo_file: Path
) -> None:
    w = spanish_window
    page = _kenzie_at(qtbot, w, demo_file, "assessment")
    qtbot.waitUntil(lambda: page.assessment.versions.count() > 0, timeout=10_000)
    assert "Evaluación conductual de amenazas del NTAC" in page.assessment.versions.itemText(0)
    qtbot.keyClick(page.assessment.new_button, Qt.Key.Key_Space)
    dialog = _top(qtbot, AssessmentDialog)
    source = dialog.findChildren(PlainLabel)[0].text()
    # The district's own line as written; the app's words and the model's in Spanish.
    assert source.startswith("Ridgeview Unified's tip line added to the built-in NTAC pack")
    assert "Amplía el modelo “Evaluación conductual de amenazas del NTAC” 1.0:" in source
    assert "Redactado con nuestras palabras a partir de guías de dominio público" in source
    assert "Extends" not in source and "Paraphrased" not in source
    QDialog.reject(dialog)

    w.workspace.go_to(SETTINGS)
    note = w.workspace.settings_screen.pack_note
    qtbot.waitUntil(lambda: "Amplía el modelo" in note.text(), timeout=10_000)
    shown = w.workspace.settings_screen.pack.currentText()
    assert shown == "Evaluación conductual de amenazas del NTAC, Ridgeview Unified"


def test_the_statistics_rows_the_domain_names_read_in_spanish(
    qtbot: QtBot, spanish_window: MainWindow, demo_file: Path
) -> None:
    """The rows and columns `domain/statistics.py` names ("Went down", "Same day", "Ratio")
    reach the catalogue through `statistics.screen.DOMAIN_WORDS`; none shows in English."""
    from btam_desktop.domain.statistics import Figure
    from btam_desktop.ui.screens.statistics.screen import DOMAIN_WORDS

    unlock(qtbot, spanish_window, demo_file, to_cases=False)
    qtbot.keyClick(spanish_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    screen = spanish_window.workspace.statistics
    qtbot.waitUntil(lambda: screen.result is not None and len(screen.tables) == len(Figure))
    shown: set[str] = set()
    for table in screen.tables:
        headers: list[QTableWidgetItem | None]
        headers = [table.verticalHeaderItem(i) for i in range(table.rowCount())]
        headers += [table.horizontalHeaderItem(j) for j in range(table.columnCount())]
        shown.update(item.text() for item in headers if item is not None)
    assert {"Bajó", "El mismo día", "Cerrado después de la evaluación"} <= shown
    assert not shown & set(DOMAIN_WORDS), shown & set(DOMAIN_WORDS)
