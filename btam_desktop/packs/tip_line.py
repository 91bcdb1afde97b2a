"""`[tip_line]` of a pack: the school's or state's anonymous reporting line, printed on the
handouts for students and families.

    [tip_line]
    name = "Safe schools tip line"
    phone = "1-800-555-0100"
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from btam_desktop.domain.pack import TipLine

if TYPE_CHECKING:
    from btam_desktop.packs.loader import _Reader

#: The longest text of a tip line's fields: a handout has one page for everything.
TIP_LINE_MAX = 200
TIP_LINE_FIELDS = ("name", "phone", "text", "web", "note")


def tip_line(r: _Reader, data: dict[str, Any]) -> TipLine | None:
    """`[tip_line]`: a name, at least one of phone, text or web, and an optional note."""
    if "tip_line" not in data:
        return None
    table = r.get(data, ("tip_line",), dict, default={})
    values = {
        key: r.get(table, ("tip_line", key), str, required=key == "name", default="").strip()
        for key in TIP_LINE_FIELDS
    }
    for key in table:
        if key not in TIP_LINE_FIELDS:
            r.problem(("tip_line", key), f"is not one of {', '.join(TIP_LINE_FIELDS)}")
    for key, value in values.items():
        if len(value) > TIP_LINE_MAX:
            r.problem(("tip_line", key), f"is {len(value)} characters; at most {TIP_LINE_MAX} fit")
    tip = TipLine(**values)
    if not tip.ways():
        r.problem(("tip_line",), "needs a phone, text or web: how to reach the tip line")
    return tip
