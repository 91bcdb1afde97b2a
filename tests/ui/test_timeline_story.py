"""The Timeline tab tells the case as a story: a heading for each local day, repeats of one
step by one person in one row that opens with the keyboard, and a filter by kind that a
keyboard user reaches with its mnemonic."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from btam_desktop.domain.audit import AuditEvent
from btam_desktop.ui.screens.cases.timeline import TimelineView, describe, sentence
from tests.conftest import PinClock

NAMES = {"m-1": "Dana Whitlock-Oyelaran", "m-2": "<b>Marcus</b> Feldspar"}


def event(minute: int, action: str, who: str = "m-1", **detail: Any) -> AuditEvent:
    """An event on Monday 2027-03-15 at 09:<minute> in New York (13:<minute> UTC)."""
    ts = f"2027-03-15T13:{minute:02d}:00Z"
    return AuditEvent(minute, ts, who, action, "case", "c-1", "c-1", dict(detail))


def current(view: TimelineView) -> QTreeWidgetItem:
    item = view.tree.currentItem()
    assert item is not None
    return item


@pytest.fixture
def view(qtbot: QtBot, pin_clock: PinClock) -> TimelineView:
    pin_clock(datetime(2027, 3, 16, 8, 0), "America/New_York")
    shown = TimelineView()
    qtbot.addWidget(shown)
    shown.resize(900, 500)
    shown.show()
    qtbot.waitExposed(shown)
    yesterday = AuditEvent(
        0, "2027-03-15T03:30:00Z", "m-1", "case.created", "case", "c-1", "c-1", {}
    )
    events = [
        yesterday,  # 23:30 on Sunday the 14th in New York, though the 15th in UTC
        event(0, "referral.added", reporter="anonymous", channel="tip_line"),
        *(event(minute, "inquiry.item_updated", status="answered") for minute in range(14)),
        event(20, "checkin.added", "m-2", trend="steady"),
        event(30, "document.printed", document="case-summary", redact="law_enforcement",
              outside_team=True, legal_basis="health_safety_emergency"),
    ]  # fmt: skip
    shown.show_events(events, NAMES)
    return shown


def test_each_local_day_has_its_heading_newest_first(view: TimelineView) -> None:
    assert view.days() == ["Monday, March 15, 2027", "Sunday, March 14, 2027"]
    assert view.rows()[-1] == "23:30  Dana Whitlock-Oyelaran opened the case as a referral"


def test_fourteen_repeats_are_one_row_that_opens_with_the_right_arrow(
    qtbot: QtBot, view: TimelineView
) -> None:
    run = "09:00\u201309:13  Dana Whitlock-Oyelaran updated a checklist item (answered), 14 times"
    assert run in view.rows()
    assert len(view.rows()) == 5  # 17 events
    tree = view.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)  # the newest day's heading
    while "14 times" not in current(view).text(1):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    gathered = current(view)
    assert not gathered.isExpanded() and gathered.childCount() == 14
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert gathered.isExpanded()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert (current(view).text(0), current(view).text(1)) == (
        "09:13",
        "Dana Whitlock-Oyelaran updated a checklist item (answered)",
    )


def test_the_filter_is_reached_by_its_mnemonic_and_chosen_with_arrow_keys(
    qtbot: QtBot, view: TimelineView
) -> None:
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "&Show:"
    assert view.kind.hasFocus()
    assert view.kind.currentText() == "All events (18)"
    while not view.kind.currentText().startswith("Printing"):
        qtbot.keyClick(view.kind, Qt.Key.Key_Down)
    assert view.kind.currentText() == "Printing & disclosures (1)"
    assert view.rows() == [
        "09:30  Dana Whitlock-Oyelaran printed the case summary for law enforcement, to someone"
        " outside the team (health or safety emergency)"
    ]
    assert view.days() == ["Monday, March 15, 2027"]
    while not view.kind.currentText().startswith("Assessment"):
        qtbot.keyClick(view.kind, Qt.Key.Key_Up)
    assert view.days() == ["No events of this kind yet."]


def test_a_new_event_keeps_the_kind_chosen(view: TimelineView) -> None:
    view.kind.setCurrentIndex(view.kind.findData("plan"))
    more = [*view.events, event(40, "checkin.added", "m-2", trend="down")]
    view.show_events(more, NAMES)
    assert view.kind.currentText() == "Plan & check-ins (2)"
    assert len(view.rows()) == 2  # concern steady, then down: two steps, not one run


def test_the_filter_and_the_tree_have_names_a_screen_reader_says(view: TimelineView) -> None:
    assert view.kind.accessibleName() == "Show events of kind"
    assert view.tree.accessibleName() == "Case timeline"
    label = next(w for w in view.findChildren(QLabel) if w.buddy() is view.kind)
    assert label.text() == "&Show:"


def test_a_name_that_looks_like_markup_shows_as_typed(view: TimelineView) -> None:
    row = next(r for r in view.rows() if "check-in" in r)
    assert row == "09:20  <b>Marcus</b> Feldspar added a check-in (concern steady)"


def test_a_repeated_step_by_a_name_with_markup_and_placeholders_shows_as_typed(
    view: TimelineView,
) -> None:
    named = {"m-3": "<i>Al</i> %2 %1"}
    view.show_events([event(m, "inquiry.item_added", "m-3") for m in (1, 2, 3)], named)
    assert view.rows() == ["09:01\u201309:03  <i>Al</i> %2 %1 added a checklist item, 3 times"]


@pytest.mark.parametrize(
    ("detail", "said"),
    [
        ({"document": "plan"}, "printed the intervention plan"),
        (
            {"document": "parent-plan", "outside_team": True, "legal_basis": "parent"},
            "printed the parent/student plan, to someone outside the team (parent or guardian)",
        ),
        ({"document": "case-summary", "redact": "administrator"},
         "printed the case summary for the school administrator"),
        ({"document": "sticker-sheet"}, "printed the sticker sheet"),  # a newer version's
    ],
)  # fmt: skip
def test_a_printed_document_is_named_with_its_reader(
    qtbot: QtBot, pin_clock: PinClock, detail: dict[str, Any], said: str
) -> None:
    sentence = describe(event(0, "document.printed", **detail), NAMES)
    assert sentence.endswith(f"Dana Whitlock-Oyelaran {said}"), sentence


def test_an_assessment_is_told_with_its_models_words_for_the_level(qtbot: QtBot) -> None:
    """Not the model's code and the level's id ('under ntac: high'), but the label the case
    page shows ('high concern'); the id, words apart, when the model is not known here."""
    recorded = event(0, "assessment.recorded", version=1, pack="ntac", level="high")
    said = sentence(recorded, NAMES, {("ntac", "high"): "High concern"})
    assert said == "Dana Whitlock-Oyelaran recorded assessment 1: high concern"
    assert sentence(recorded, NAMES).endswith("recorded assessment 1: high")
    assert "ntac" not in sentence(recorded, NAMES)
