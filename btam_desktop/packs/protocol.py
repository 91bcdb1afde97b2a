"""`[harm_to_self]` of a pack: the school's suicide-risk protocol as a checklist.

    [harm_to_self]
    protocol = "Suicide-risk protocol"
    [[harm_to_self.steps]]
    id = "screen"
    label = "A trained staff member talked with the student, using the school's screening"
    usually = "School counselor or psychologist"

Plain words, no clinical scoring: the app records that each step was done, by whom and when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from btam_desktop.domain.harm_to_self import MAX_STEPS, Protocol, ProtocolStep
from btam_desktop.packs.locate import Path as FieldPath

if TYPE_CHECKING:
    from btam_desktop.packs.loader import _Reader

FIELDS = ("protocol", "steps")
STEP_FIELDS = ("id", "label", "usually")
#: A label is one line of a checklist and of a printed page.
LABEL_MAX = 300


def harm_to_self(r: _Reader, data: dict[str, Any]) -> Protocol | None:
    """The protocol, or None when the pack names none (every problem goes to `r`)."""
    if "harm_to_self" not in data:
        return None
    table = r.get(data, ("harm_to_self",), dict, default={})
    for key in table:
        if key not in FIELDS:
            r.problem(("harm_to_self", key), f"is not one of {', '.join(FIELDS)}")
    name = r.get(table, ("harm_to_self", "protocol"), str, default="").strip()
    steps: list[ProtocolStep] = []
    for i, item in enumerate(r.items(table, ("harm_to_self", "steps"))):
        here: FieldPath = ("harm_to_self", "steps", i)
        for key in item:
            if key not in STEP_FIELDS:
                r.problem((*here, key), f"is not one of {', '.join(STEP_FIELDS)}")
        step_id = r.get(item, (*here, "id"), str, default="").strip()
        label = r.get(item, (*here, "label"), str, default="").strip()
        usually = r.get(item, (*here, "usually"), str, required=False, default="").strip()
        for key, value in (("label", label), ("usually", usually)):
            if len(value) > LABEL_MAX:
                r.problem((*here, key), f"is {len(value)} characters; at most {LABEL_MAX}")
        if step_id and not step_id.replace("_", "").replace("-", "").isalnum():
            r.problem((*here, "id"), f"'{step_id}' should be letters, digits, - or _ only")
        steps.append(ProtocolStep(id=step_id, label=label, usually=usually))
    if "steps" in table and not steps:
        r.problem(("harm_to_self", "steps"), "needs at least one step")
    if len(steps) > MAX_STEPS:
        r.problem(("harm_to_self", "steps"), f"has {len(steps)} steps; at most {MAX_STEPS}")
    r.unique([(s.id, ("harm_to_self", "steps", i, "id")) for i, s in enumerate(steps)], "step")
    return Protocol(name, tuple(steps))
