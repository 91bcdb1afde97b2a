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
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateTimeEdit, QGroupBox, QScrollArea
from pytestqt.qtbot import QtBot

from btam_desktop.domain.agenda import CaseFacts, TrainingDue, build_agenda
from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.meeting import Meeting, Minutes
from btam_desktop.domain.pack import Pack, merged_labels
from btam_desktop.domain.team import Composition, Member, Role
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.services.contracts.assess import AssessmentForm
from btam_desktop.services.contracts.meetings import CaseLine, MeetingView
from btam_desktop.ui import language
from btam_desktop.ui.app import make_application
from btam_desktop.ui.fields import date_edit, day_of
from btam_desktop.ui.language import month_year, pack_word, short_date, short_moment
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentDialog
from btam_desktop.ui.screens.cases.model import CASE_ID_ROLE, CaseTableModel
from btam_desktop.ui.screens.cases.page import CasePage
from btam_desktop.ui.screens.meetings.lines import reason_line
from btam_desktop.ui.screens.meetings.mode import MeetingMode
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


@pytest.mark.usefixtures("in_spanish")
def test_the_months_the_figures_name_read_in_spanish() -> None:
    """The statistics' rows by month ("July 2026") in the window's language."""
    assert month_year("July 2026") == "julio de 2026"
    assert month_year("December 2027") == "diciembre de 2027"
    assert month_year("Phone") == "Phone"  # not a month: as it is


@pytest.mark.usefixtures("in_english")
def test_in_english_the_months_read_as_the_figures_name_them() -> None:
    assert month_year("July 2026") == "July 2026"


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    app = QCoreApplication.instance()
    assert app is not None
    language.apply(app, language.ENGLISH)


def demo_in_spanish(
    qtbot: QtBot, tmp_path: Path, demo_file: Path
) -> tuple[MainWindow, CaseTableModel]:
    """The Spanish window on the demo file, its case list filled."""
    w = spanish_window(qtbot, tmp_path)
    unlock(qtbot, w, demo_file)
    model = w.workspace.cases.list.model
    assert isinstance(model, CaseTableModel)
    qtbot.waitUntil(lambda: model.rowCount() > 10)
    return w, model


@pytest.mark.usefixtures("english_after")
def test_the_spanish_case_list_and_case_page(qtbot: QtBot, tmp_path: Path, demo_file: Path) -> None:
    w, model = demo_in_spanish(qtbot, tmp_path, demo_file)
    cases = w.workspace.cases
    level_col = model.COLUMNS.index("level")
    review_col = model.COLUMNS.index("review")
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


def _meeting_view() -> MeetingView:
    """An agenda built as the service builds it (English reasons, the model's English level),
    with the NTAC model's words, as `meetings.view` gives them."""
    held = date(2026, 12, 3)
    facts = [
        CaseFacts(
            "c1",
            "2026-0003",
            CaseStatus.MANAGEMENT,
            level_rank=1,
            level_label="Moderate concern",
            next_review=held,
            open_intervention_dues=(date(2026, 11, 20),) * 2,
            missing_notifications=("parents or guardians",),
        ),
    ]
    numbers = iter(range(100))
    agenda = build_agenda(
        facts, [TrainingDue("Priya Anand-Moss", None)], held, None, lambda: f"i{next(numbers)}"
    )
    line = CaseLine(
        number="2026-0003",
        initials="K. V.-H.",
        student="Kenzie Varga-Holloway",
        status="Management",
        level="Moderate concern",
        summary="",
    )
    return MeetingView(
        minutes=Minutes(
            Meeting(id="m", held_on=held, starts_at="15:30", duration_minutes=60), tuple(agenda)
        ),
        cases={"c1": line},
        quorum=Composition(size=3, required=(), missing=()),
        names={},
        labels=merged_labels([builtin_packs()["ntac"]]),
    )


@pytest.mark.usefixtures("in_spanish")
def test_meeting_mode_says_why_an_item_is_on_the_agenda_in_spanish(qtbot: QtBot) -> None:
    mode = MeetingMode()
    qtbot.addWidget(mode)
    mode.resize(1280, 720)
    mode.show_view(_meeting_view())
    day = short_date(date(2026, 12, 3))
    assert mode.reason.text() == (
        f"Revisión pendiente para el {day} · Preocupación moderada; "
        "Atrasado: 2 intervenciones; Falta avisar a: padres o tutores"
    )
    assert "Preocupación moderada" in mode.details.text()
    mode.go(1)
    assert mode.title.text() == "Capacitación pendiente"
    assert mode.reason.text() == "Priya Anand-Moss (sin capacitación registrada)"
    mode.go(-1)
    mode.grab().save(str(SHOTS / "meeting-mode-es.png"))


@pytest.mark.usefixtures("in_english")
def test_in_english_the_agenda_reads_as_it_was_built(qtbot: QtBot) -> None:
    view = _meeting_view()
    first = view.minutes.agenda[0]
    # The English as built, with the day as lists write it.
    assert reason_line(first, view) == first.reason.replace("2026-12-03", "Dec 3, 2026")
    assert reason_line(view.minutes.agenda[1], view) == view.minutes.agenda[1].reason
    # A reason typed with a day that is no day (read back as a review date) shows as typed.
    odd = replace(first, reason=first.reason.replace("2026-12-03", "2026-02-30"))
    assert reason_line(odd, view) == odd.reason


@pytest.mark.usefixtures("in_spanish")
def test_a_date_picker_spells_the_day_in_spanish_and_takes_a_typed_day(qtbot: QtBot) -> None:
    page = CasePage()
    qtbot.addWidget(page)
    page.review.setDate(QDate(2026, 12, 7))
    assert SPANISH_DAY.match(page.review.text()), page.review.text()
    assert page.review.text() == short_date(date(2026, 12, 7))
    picker = date_edit(date(2026, 12, 7))
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.setFocus()
    picker.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(picker, "3 mar 2027")
    assert day_of(picker) == date(2027, 3, 3)
    assert picker.text() == short_date(date(2027, 3, 3))


@pytest.mark.usefixtures("in_english")
def test_in_english_a_date_picker_spells_the_month_first(qtbot: QtBot) -> None:
    picker = date_edit(date(2026, 12, 7))
    qtbot.addWidget(picker)
    assert picker.text() == "Dec 7, 2026"


@pytest.mark.usefixtures("english_after")
def test_the_inquiry_checklist_shows_the_models_items_in_spanish(
    qtbot: QtBot, tmp_path: Path, demo_file: Path
) -> None:
    """The checklist items are stored as the model's English text; the Spanish window shows
    the model's Spanish for them (the case's pack comes with the checklist)."""
    w, model = demo_in_spanish(qtbot, tmp_path, demo_file)
    cases = w.workspace.cases
    student = model.COLUMNS.index("student")
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, student).data() == "Kenzie Varga-Holloway"
    )
    cases.open_case(str(model.index(row, 0).data(CASE_ID_ROLE) or ""))
    inquiry = cases.page.inquiry
    qtbot.waitUntil(lambda: inquiry.table.rowCount() > 10, timeout=5000)
    cells = [inquiry.table.item(r, 0) for r in range(inquiry.table.rowCount())]
    shown = [cell.text() for cell in cells if cell is not None]
    assert "Fuente: Entrevistar al estudiante" in shown, shown
    assert "¿Tiene el estudiante acceso a armas, en casa o en otro lugar?" in shown
    assert not any("student" in text for text in shown), shown
    # What is stored stays the model's English; the item's text and help show in Spanish.
    assert inquiry.items[0].text == "Interview the student"
    inquiry.table.setCurrentCell(0, 0)
    assert inquiry.item_text.text().startswith("Entrevistar al estudiante\nPregunte por")
    cases.page.tabs.setCurrentWidget(inquiry)
    cases.page.resize(1280, 800)
    inquiry.grab().save(str(SHOTS / "inquiry-es.png"))
    w.close()


@pytest.mark.usefixtures("in_spanish")
def test_a_chosen_level_says_what_it_means_and_requires_in_spanish(qtbot: QtBot) -> None:
    """Under the level of concern, the dialog shows the level's description and what it
    requires next, in the model's Spanish (`[labels.es]`), as it shows the level's name."""
    ntac = builtin_packs()["ntac"]
    d = dialog(qtbot, ntac)
    d.level.setCurrentIndex(d.level.findData("high"))
    shown = d.level_help.text()
    high = ntac.level("high")
    assert high is not None
    for english in (high.description, *high.requires, "Requires next", "Review every"):
        assert english not in shown, english
    assert shown.startswith("La conducta sugiere un avance hacia la violencia")
    assert "• Notificar a los padres o tutores" in shown
    assert "Revisar cada 7 días." in shown
    d.show()
    scroll = d.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(d.level_help)
    d.grab().save(str(SHOTS / "assessment-level-es.png"))
