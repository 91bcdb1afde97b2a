"""An entry of the audit log as callers see it: ids and field names, never student text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class AuditEvent:
    seq: int
    ts: str
    member_id: str | None
    action: str
    entity: str
    entity_id: str
    case_id: str
    detail: dict[str, Any]
