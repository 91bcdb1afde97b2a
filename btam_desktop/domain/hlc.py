"""A hybrid logical clock (HLC): the time stamp of every op and audit event a laptop makes.

Each laptop keeps its own copy of the case file and the copies converge by exchanging ops, so
"which write came last" cannot be read from wall clocks alone: laptop clocks drift, and a write
made after seeing another must sort after it even when its laptop's clock is behind. An HLC is
the wall clock's milliseconds where they move forward, and a counter where they do not (many
writes in one millisecond, or a remote stamp ahead of ours), so stamps never go backward and
stay close to real time.

The stamp is 48 bits of Unix milliseconds and a 16-bit counter, written as 16 hex digits so the
text sorts as the value (it is stored and compared as text in SQL). Two stamps can be equal on
two laptops; the origin (replica id) breaks the tie (`order_key`).

A remote stamp more than `MAX_AHEAD_MS` ahead of our wall clock does not move our clock: one
laptop with a wrong date would otherwise drag every laptop's clock into the future for good.
The merge engine holds such ops back until a person accepts them.

Pure functions; the wall time is read only through `domain.clock`.
"""

from __future__ import annotations

from dataclasses import dataclass

from btam_desktop.domain import clock

MS_BITS = 48
COUNTER_BITS = 16
MAX_MS = (1 << MS_BITS) - 1
MAX_COUNTER = (1 << COUNTER_BITS) - 1
#: How far ahead of our wall clock a remote stamp may be and still advance our clock.
MAX_AHEAD_MS = 24 * 60 * 60 * 1000
TEXT_LENGTH = (MS_BITS + COUNTER_BITS) // 4


@dataclass(frozen=True, slots=True, order=True, kw_only=True)
class Hlc:
    """One stamp; fields in sort order, so `<` compares stamps."""

    ms: int
    counter: int = 0

    def __post_init__(self) -> None:
        if not (0 <= self.ms <= MAX_MS and 0 <= self.counter <= MAX_COUNTER):
            raise ValueError(f"not a clock stamp: {self.ms}/{self.counter}")

    def text(self) -> str:
        return f"{self.ms:012x}{self.counter:04x}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        if len(text) != TEXT_LENGTH:
            raise ValueError(f"not a clock stamp: {text!r}")
        value = int(text, 16)
        return cls(ms=value >> COUNTER_BITS, counter=value & MAX_COUNTER)


ZERO = Hlc(ms=0)


def wall_ms() -> int:
    """The wall clock in Unix milliseconds, through the app's one clock."""
    return int(clock.now().timestamp() * 1000)


def _after(ms: int, last: Hlc) -> Hlc:
    """The smallest stamp at `ms` or later that is greater than `last`."""
    if ms > last.ms:
        return Hlc(ms=ms)
    if last.counter < MAX_COUNTER:
        return Hlc(ms=last.ms, counter=last.counter + 1)
    return Hlc(ms=last.ms + 1)  # the counter ran out: borrow the next millisecond


def tick(last: Hlc, now_ms: int) -> Hlc:
    """The stamp of a new local event: after `last`, and at least the wall clock."""
    return _after(now_ms, last)


def too_far_ahead(remote: Hlc, now_ms: int) -> bool:
    """True when a remote stamp lies more than a day ahead of our wall clock."""
    return remote.ms > now_ms + MAX_AHEAD_MS


def receive(last: Hlc, remote: Hlc, now_ms: int) -> Hlc:
    """Our clock after seeing a remote stamp: after both, unless the remote one is too far
    ahead, which leaves our clock where it was."""
    if too_far_ahead(remote, now_ms):
        return last
    return _after(now_ms, max(last, remote))


def order_key(stamp_text: str, origin: str) -> tuple[str, str]:
    """Total order of writes across laptops: the stamp, then the origin as tie-break."""
    return (stamp_text, origin)
