"""The hybrid logical clock: stamps never go backward, follow what they have seen, and a
remote clock far ahead of ours does not drag ours along."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, strategies as st

from btam_desktop.domain import hlc
from btam_desktop.domain.hlc import Hlc
from tests.conftest import PinClock

DAY_MS = 24 * 60 * 60 * 1000
NOW = 1_790_000_000_000  # late 2026, in Unix milliseconds
stamps = st.builds(
    lambda ms, counter: Hlc(ms=ms, counter=counter),
    st.integers(0, hlc.MAX_MS - 1),
    st.integers(0, hlc.MAX_COUNTER),
)
walls = st.integers(0, hlc.MAX_MS - 2 * DAY_MS)


@given(st.lists(st.one_of(walls, stamps), min_size=1, max_size=60), stamps)
def test_a_clock_only_moves_forward(events: list[int | Hlc], start: Hlc) -> None:
    """Local ticks (with the wall clock jumping anywhere, backward too) and received stamps,
    interleaved: every new stamp is greater than the one before."""
    last = start
    for event in events:
        if isinstance(event, int):
            new = hlc.tick(last, event)
            assert new > last and new.ms >= event
        else:
            new = hlc.receive(last, event, NOW)
            assert new >= last
        last = new


@given(stamps, stamps, st.integers(NOW - DAY_MS, NOW + DAY_MS))
def test_receiving_a_stamp_moves_past_it_unless_it_is_a_day_ahead(
    last: Hlc, remote: Hlc, wall: int
) -> None:
    new = hlc.receive(last, remote, wall)
    assert new >= last  # never backward
    if remote.ms > wall + hlc.MAX_AHEAD_MS:
        assert new == last  # the far-future stamp does not move the local clock
    else:
        assert new > remote and new > last


def test_a_stamp_a_day_ahead_is_held_and_one_just_inside_is_followed() -> None:
    last = Hlc(ms=NOW)
    ahead = Hlc(ms=NOW + hlc.MAX_AHEAD_MS + 1)
    assert hlc.too_far_ahead(ahead, NOW)
    assert hlc.receive(last, ahead, NOW) == last
    inside = Hlc(ms=NOW + hlc.MAX_AHEAD_MS)  # the positive control
    assert not hlc.too_far_ahead(inside, NOW)
    assert hlc.receive(last, inside, NOW) == Hlc(ms=inside.ms, counter=1)


@given(stamps, stamps)
def test_the_text_sorts_as_the_stamp_and_reads_back(a: Hlc, b: Hlc) -> None:
    assert Hlc.parse(a.text()) == a and len(a.text()) == hlc.TEXT_LENGTH
    assert (a.text() < b.text()) == (a < b)


def test_many_events_in_one_millisecond_count_up_then_borrow_the_next() -> None:
    full = Hlc(ms=NOW, counter=hlc.MAX_COUNTER)
    assert hlc.tick(Hlc(ms=NOW), NOW) == Hlc(ms=NOW, counter=1)
    assert hlc.tick(full, NOW) == Hlc(ms=NOW + 1)


def test_equal_stamps_are_ordered_by_origin() -> None:
    stamp = Hlc(ms=NOW).text()
    assert sorted([hlc.order_key(stamp, "b"), hlc.order_key(stamp, "a")])[0][1] == "a"


def test_the_wall_time_comes_from_the_app_clock(pin_clock: PinClock) -> None:
    moment = pin_clock(datetime(2027, 3, 14, 6, 30), "UTC")
    assert abs(hlc.wall_ms() - moment.timestamp() * 1000) < 60_000
