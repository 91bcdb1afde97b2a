"""Every date picker offers the days its service accepts: a few years around today for events,
1900..2100 for birth and membership dates. Qt's own range ran to 9999-12-31, where a training's
expiry or a meeting's end no longer exists."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from btam_desktop.domain.date_limits import LIFE, Span, event_span
from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.records import new_id, today
from btam_desktop.domain.team import Member, Role
from btam_desktop.packs.loader import parse
from btam_desktop.ui.forms.renderer import PackForm
from btam_desktop.ui.screens.cases.manage_dialogs import (
    CheckInDialog,
    InterventionDialog,
    NotificationDialog,
    ReviewDialog,
)
from btam_desktop.ui.screens.cases.page import CasePage
from btam_desktop.ui.screens.dialogs import InterviewDialog
from btam_desktop.ui.screens.intake import IntakeDialog
from btam_desktop.ui.screens.meetings.dialogs import ActionDialog, ScheduleDialog
from btam_desktop.ui.screens.team.dialogs import MemberDetailsDialog, TrainingDialog

LEAD = Member(id=new_id(), name="Dana Whitlock-Oyelaran", role=Role.ADMINISTRATOR, is_lead=True)
DATE_PACK = """[pack]
id = "dated"
name = "Dated"
version = "1"
provenance = "test"
licence = "test"

[[levels]]
id = "one"
label = "One"
description = "d"
review_days = 7

[[sections]]
id = "s"
title = "Dated"

[[sections.questions]]
id = "incident_on"
type = "date"
text = "When did it happen?"
"""


def _day(value: QDate) -> date:
    return date.fromisoformat(value.toString("yyyy-MM-dd"))


def _span(edit: QDateTimeEdit) -> Span:
    return Span(_day(edit.minimumDate()), _day(edit.maximumDate()))


def _spans(widget: QWidget) -> list[Span]:
    """Every date picker in `widget` (a time picker is a QDateTimeEdit too: not these)."""
    edits = widget.findChildren(QDateTimeEdit)
    return [_span(edit) for edit in edits if not isinstance(edit, QTimeEdit)]


def test_event_pickers_offer_ten_years_back_to_five_ahead(qtbot: QtBot) -> None:
    events = event_span(today())
    members = [LEAD]
    widgets: list[QWidget] = [
        InterventionDialog(("Subject",), members, (), ()),
        NotificationDialog(),
        CheckInDialog(),
        ReviewDialog(members, LEAD.id, 30),
        ScheduleDialog(members, LEAD.id),
        ActionDialog("Other business", members, False),
        TrainingDialog(members, LEAD.id),
        InterviewDialog("case", [(LEAD.id, LEAD.name)], LEAD.id),
        CasePage(),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        found = _spans(widget)
        assert found and all(span == events for span in found), type(widget).__name__
    intake = IntakeDialog(members, LEAD.id)
    qtbot.addWidget(intake)
    assert _span(intake.received_at) == events


def test_birth_membership_and_pack_dates_offer_1900_to_2100(qtbot: QtBot) -> None:
    intake = IntakeDialog([LEAD], LEAD.id)
    details = MemberDetailsDialog(LEAD)
    form = PackForm(parse(DATE_PACK, "dated.toml"))
    for widget in (intake, details, form):
        qtbot.addWidget(widget)
    assert _span(intake.birth) == LIFE
    assert _spans(details) == [LIFE, LIFE]
    assert _spans(form) == [LIFE]


def test_year_9999_cannot_be_picked_and_the_expiry_follows_safely(qtbot: QtBot) -> None:
    dialog = TrainingDialog([LEAD], LEAD.id)
    qtbot.addWidget(dialog)
    dialog.taken.setDate(QDate(9999, 12, 31))  # reachable before; its expiry was a crash
    assert _day(dialog.taken.date()) == event_span(today()).last
    assert _day(dialog.expires.date()) in event_span(today())


def test_a_saved_date_older_than_the_limits_is_shown_as_saved(qtbot: QtBot) -> None:
    """Clamped to the range, it would be changed by the next save of the form."""
    old = today().replace(year=today().year - 12) - timedelta(days=3)
    current = Intervention(
        id=new_id(),
        domain="Subject",
        type=InterventionType.COUNSELING,
        description="Weekly counseling",
        start_on=old,
        due_on=None,
        responsible_id=LEAD.id,
    )
    dialog = InterventionDialog(("Subject",), [LEAD], (), (), current)
    qtbot.addWidget(dialog)
    assert dialog.value().start_on == old
