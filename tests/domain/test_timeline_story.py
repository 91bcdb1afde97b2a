"""The rule that makes a case's audit log a story: repeats of one step by one person are one
run, runs sit under the local day they happened on, and a filter by kind keeps the rest."""

from __future__ import annotations

from datetime import date, datetime

from btam_desktop.domain.audit import AuditEvent
from btam_desktop.domain.local_time import long_day
from btam_desktop.domain.timeline import EventKind, kind_of, runs, story
from tests.conftest import PinClock


def event(seq: int, ts: str, action: str, who: str = "m-1", **detail: object) -> AuditEvent:
    return AuditEvent(seq, ts, who, action, "case", "c-1", "c-1", dict(detail))


def same(e: AuditEvent) -> tuple[str | None, str, str]:
    return (e.member_id, e.action, str(e.detail))


def test_neighbours_alike_are_one_run_and_every_item_is_in_exactly_one() -> None:
    gathered = runs("aaabaac", lambda letter: letter)
    assert ["".join(run) for run in gathered] == ["aaa", "b", "aa", "c"]
    assert runs([], lambda letter: letter) == []


def test_a_step_repeated_by_two_people_is_two_runs(pin_clock: PinClock) -> None:
    pin_clock(datetime(2027, 3, 15, 12, 0), "UTC")
    events = [
        event(1, "2027-03-15T09:00:00Z", "inquiry.item_updated", status="answered"),
        event(2, "2027-03-15T09:05:00Z", "inquiry.item_updated", status="answered"),
        event(3, "2027-03-15T09:06:00Z", "inquiry.item_updated", "m-2", status="answered"),
        event(4, "2027-03-15T09:13:00Z", "inquiry.item_updated", "m-2", status="answered"),
        event(5, "2027-03-15T09:14:00Z", "inquiry.item_updated", "m-2", status="unknown"),
    ]
    (day,) = story(events, same)
    assert [run.count for run in day.runs] == [2, 2, 1]
    second = day.runs[1]
    assert (second.first.strftime("%H:%M"), second.last.strftime("%H:%M")) == ("09:06", "09:13")


def test_days_are_local_days_and_a_run_stops_at_local_midnight(pin_clock: PinClock) -> None:
    pin_clock(datetime(2027, 3, 16, 12, 0), "America/New_York")
    events = [  # 23:50 and 23:55 on the 14th in New York, then 00:10 on the 15th there
        event(1, "2027-03-15T03:50:00Z", "inquiry.item_added"),
        event(2, "2027-03-15T03:55:00Z", "inquiry.item_added"),
        event(3, "2027-03-15T04:10:00Z", "inquiry.item_added"),
    ]
    days = story(events, same)
    assert [d.day for d in days] == [date(2027, 3, 14), date(2027, 3, 15)]
    assert [[run.count for run in d.runs] for d in days] == [[2], [1]]


def test_a_filter_keeps_one_kind_and_joins_what_only_other_kinds_separated(
    pin_clock: PinClock,
) -> None:
    pin_clock(datetime(2027, 3, 15, 12, 0), "UTC")
    events = [
        event(1, "2027-03-15T09:00:00Z", "inquiry.item_added"),
        event(2, "2027-03-15T09:01:00Z", "document.printed", document="case-summary"),
        event(3, "2027-03-15T09:02:00Z", "inquiry.item_added"),
    ]
    assert [r.count for r in story(events, same)[0].runs] == [1, 1, 1]
    (day,) = story(events, same, frozenset({EventKind.INQUIRY}))
    assert [r.count for r in day.runs] == [2]
    assert story(events, same, frozenset({EventKind.ASSESSMENT})) == []


def test_each_step_has_a_kind_and_an_unknown_one_is_other_not_hidden() -> None:
    assert kind_of("referral.added") is EventKind.REPORTS
    assert kind_of("checkin.added") is EventKind.PLAN
    assert kind_of("document.saved") is EventKind.PRINTING
    assert kind_of("meeting.decision") is EventKind.MEETINGS
    assert kind_of("hologram.projected") is EventKind.OTHER  # from a newer version of the app


def test_a_long_day_reads_as_a_person_says_it_in_any_language() -> None:
    assert long_day(date(2027, 3, 15)) == "Monday, March 15, 2027"
    assert long_day(date(2027, 3, 15), str.upper) == "MONDAY, MARCH 15, 2027"
