"""A call to the service process and its reply, as they cross the pipe (pickled frames)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from btam_desktop.domain.changes import NO_CHANGES, ChangeSet
from btam_desktop.domain.errors import BtamError


@dataclass(frozen=True, slots=True)
class Call:
    service: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reply:
    result: Any = None
    changes: ChangeSet = NO_CHANGES
    error: BtamError | None = None


class BugError(BtamError):
    def __init__(self, service: str) -> None:
        super().__init__(
            f"Something went wrong inside BTAM Desktop ({service}). Nothing half-done was saved. "
            "Please tell your IT contact; the details are in the program's log."
        )
