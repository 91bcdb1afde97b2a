"""`[transfer]` of a pack: the state's deadline for sending a moved student's record.

[transfer]
deadline_school_days = 5
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from btam_desktop.domain.pack import TRANSFER_DAYS_RANGE

if TYPE_CHECKING:
    from btam_desktop.packs.loader import _Reader


def transfer_days(r: _Reader, data: dict[str, Any]) -> int | None:
    """`[transfer] deadline_school_days`: within how many school days of a request the
    record of a student who moved must be sent (a state's rule)."""
    if "transfer" not in data:
        return None
    table = r.get(data, ("transfer",), dict, default={})
    for key in table:
        if key != "deadline_school_days":
            r.problem(("transfer", key), "is not a transfer setting (deadline_school_days)")
    if "deadline_school_days" not in table:
        return None
    value = r.get(table, ("transfer", "deadline_school_days"), int, default=0)
    low, high = TRANSFER_DAYS_RANGE
    if isinstance(value, bool) or not low <= value <= high:
        r.problem(
            ("transfer", "deadline_school_days"),
            f"should be a whole number of school days from {low} to {high}",
        )
        return None
    return int(value)
