"""One line of a case file's health check, as `check` reports it and the window shows it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CheckLine:
    name: str
    ok: bool
    detail: str
