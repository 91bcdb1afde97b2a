"""One op as it travels between laptops (a row of `sync_ops`): its own module, because the
merge engine and the quarantine both read it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Op:
    """One op as it travels: a row of `sync_ops`."""

    origin: str
    seq: int
    op_id: str
    hlc: str
    member_id: str | None
    intent: str
    body: bytes
