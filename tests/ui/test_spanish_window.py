"""The window in Spanish shows the models' own words (levels, questions, factors) in Spanish
where the pack gives them (`[labels.es]`), in English word by word where it does not, and
dates in lists in the language's short form; in English nothing of that changes."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox
from pytestqt.qtbot import QtBot

from btam_desktop.domain.pack import Pack
from btam_desktop.domain.team import Member, Role
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.services.contracts.assess import AssessmentForm
from btam_desktop.ui import language
from btam_desktop.ui.app import make_application
from btam_desktop.ui.language import pack_word, short_date, short_moment
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentDialog
from btam_desktop.ui.screens.cases.model import CASE_ID_ROLE, CaseTableModel
from tests.ui.conftest import unlock
from tests.ui.test_translations import spanish_window

MOTIVES = "What are the student's motives and goals?"
MOTIVES_ES = "¿Qué motivos y metas tiene el estudiante?"
#: A Spanish short date: '7 dic 2026' (Qt may write the month with a period: 'dic.').
#: Where the pictures go: BTAM_SHOTS to look at them, else a temporary folder.
SHOTS = Path(os.environ.get("BTAM_SHOTS") or tempfile.gettempdir())
SPANISH_DAY = re.compile(r"^\d{1,2} [a-zñé]{3,4}\.? \d{4}$")


@pytest.fixture
def in_spanish() -> Iterator[None]:
    app = make_application()
    language.apply(app, language.SPANISH)
    yield
    language.apply(app, language.ENGLISH)


@pytest.fixture
def in_english() -> Iterator[None]:
    app = make_application()
    language.apply(app, language.ENGLISH)
    yield


def with_a_question_in_spanish() -> Pack:
    """The built-in NTAC pack with one question in Spanish too, and 'High concern' left
    without Spanish (the pack's English must show for it)."""
    ntac = builtin_packs()["ntac"]
    spanish = {k: v for k, v in ntac.labels["es"].items() if k != "High concern"}
    return replace(ntac, labels={"es": {**spanish, MOTIVES: MOTIVES_ES}})


def dialog(qtbot: QtBot, pack: Pack) -> AssessmentDialog:
    member = Member(id="m-1", name="Marcus Feldspar", role=Role.PSYCHOLOGIST)
    d = AssessmentDialog(AssessmentForm(pack, {}, 1), [member], "m-1")
    qtbot.addWidget(d)
    return d


def labels_of(d: AssessmentDialog) -> list[str]:
    return [label.text() for label in d.findChildren(PlainLabel)]


def levels_of(d: AssessmentDialog) -> list[str]:
    return [d.level.itemText(i) for i in range(1, d.level.count())]


@pytest.mark.usefixtures("in_spanish")
def test_the_assessment_dialog_shows_the_pack_in_spanish(qtbot: QtBot, tmp_path: Path) -> None:
    d = dialog(qtbot, with_a_question_in_spanish())
    assert levels_of(d) == ["Preocupación baja", "Preocupación moderada", "High concern"]
    assert f"{MOTIVES_ES} *" in labels_of(d)
    assert MOTIVES not in " ".join(labels_of(d))
    risk = [d.risk.item(i).text() for i in range(d.risk.count())]
    assert "Acceso a armas" in risk
    # What is stored stays the pack's own words, whatever the window shows.
    d.risk.item(risk.index("Acceso a armas")).setCheckState(Qt.CheckState.Checked)
    d.level.setCurrentIndex(2)
    assert d.value().risk_factors == ("Access to weapons",)
    assert d.value().level_id == "moderate"
    d.grab().save(str(SHOTS / "assessment-es.png"))


@pytest.mark.usefixtures("in_english")
def test_in_english_the_pack_reads_as_written(qtbot: QtBot) -> None:
    d = dialog(qtbot, with_a_question_in_spanish())
    assert levels_of(d) == ["Low concern", "Moderate concern", "High concern"]
    assert f"{MOTIVES} *" in labels_of(d)
    assert "The key questions" in [g.title() for g in d.findChildren(QGroupBox)]
    assert short_date(date(2026, 12, 7)) == "Dec 7, 2026"


@pytest.mark.usefixtures("in_spanish")
def test_a_word_the_pack_lacks_in_spanish_stays_english() -> None:
    pack = with_a_question_in_spanish()
    assert pack_word(pack, "High concern") == "High concern"
    assert pack_word(pack, "Moderate concern") == "Preocupación moderada"
    # The same for the labels of several packs, as the statistics carry them.
    assert pack_word(pack.labels, "High concern") == "High concern"
    assert pack_word(pack.labels, "Being bullied") == "Sufre acoso"


@pytest.mark.usefixtures("in_spanish")
def test_dates_in_lists_are_spanish_short_dates() -> None:
    assert SPANISH_DAY.match(short_date(date(2026, 12, 7))), short_date(date(2026, 12, 7))
    assert short_date(date(2026, 12, 7)).startswith("7 dic")
    # A moment in local time, its date as lists write it and the locale's short time.
    moment = short_moment("2026-12-07T12:05:00+00:00")
    assert re.match(r"^\d{1,2} [a-zñé]{3,4}\.? \d{4} \d{1,2}:\d{2}", moment), moment
    assert short_date(None) == ""


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    app = QCoreApplication.instance()
    assert app is not None
    language.apply(app, language.ENGLISH)


@pytest.mark.usefixtures("english_after")
def test_the_spanish_case_list_and_case_page(qtbot: QtBot, tmp_path: Path, demo_file: Path) -> None:
    w = spanish_window(qtbot, tmp_path)
    unlock(qtbot, w, demo_file)
    cases = w.workspace.cases
    model = cases.list.model
    assert isinstance(model, CaseTableModel)
    level_col = model.COLUMNS.index("level")
    review_col = model.COLUMNS.index("review")
    qtbot.waitUntil(lambda: model.rowCount() > 10)
    levels = {model.index(r, level_col).data() for r in range(model.rowCount())}
    assert "Preocupación moderada" in levels, levels
    assert not levels & {"Low concern", "Moderate concern", "High concern"}
    reviews = [
        str(model.index(r, review_col).data()).split(" · ")[0]
        for r in range(model.rowCount())
        if model.index(r, review_col).data()
    ]
    assert reviews and all(SPANISH_DAY.match(r) for r in reviews), reviews
    # Sorting by the review column sorts by the date, not by the text ("1 feb" < "9 ene").
    model.sort(review_col, Qt.SortOrder.AscendingOrder)
    stored = [
        model._reviews[i]  # the stored ISO dates, in the shown order
        for i in model._shown
        if model._reviews[i]
    ]
    assert stored == sorted(stored)
    cases.list.grab().save(str(SHOTS / "case-list-es.png"))
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, level_col).data() == "Preocupación moderada"
    )
    cases.open_case(str(model.index(row, 0).data(CASE_ID_ROLE) or ""))
    page = cases.page
    qtbot.waitUntil(lambda: "Preocupación moderada" in page.facts.text(), timeout=5000)
    assert re.search(r"\d{1,2} [a-zñé]{3,4}\.? \d{4}", page.facts.text()), page.facts.text()
    page.grab().save(str(SHOTS / "case-facts-es.png"))
    w.close()
