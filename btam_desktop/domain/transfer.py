"""A transfer packet's content: what a team sends the school a student moves to, and what the
receiving team keeps, read-only, beside its own work on the new case.

The content is the receiving-school copy of the case summary as data (the sections that preset
shows, other people's names as initials), plus the student's name, grade and birth date so the
receiving team can tell whom it is about. It travels as versioned JSON inside the encryption
(`storage/transfer_packet.py`); `from_json` reads only the version it knows and names the first
field that is wrong. Also here: the state's deadline for sending it, in school days.
"""

from __future__ import annotations

import types
import typing
from dataclasses import MISSING, dataclass, fields, is_dataclass
from datetime import date, timedelta
from typing import Any

from btam_desktop.domain.errors import ValidationError

#: The format name and the one version this code reads and writes.
FORMAT = "btam-transfer"
VERSION = 1
#: The longest text a packet may carry in one field, and the most rows in one list: a packet
#: is one student's summary, and a doctored one must not fill the case file.
TEXT_MAX = 20_000
ROWS_MAX = 500


@dataclass(frozen=True, slots=True, kw_only=True)
class SentStudent:
    name: str
    grade: str = ""
    date_of_birth: str = ""  # ISO date, or ""
    iep_504: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SentCase:
    number: str  # the sending team's case number
    status: str  # in the sender's words, e.g. "Management"
    opened_on: str
    level_of_concern: str = ""
    closed_on: str = ""
    next_review: str = ""
    urgent: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SentReferral:
    received: str  # local time as the sender printed it
    channel: str
    reporter: str  # "anonymous", "a reporter whose identity is kept confidential", a relationship
    location: str = ""
    said: str = ""  # the words reported, as written down
    narrative: str = ""
    weapon: bool = False
    imminent: bool = False
    emergency_actions: str = ""
    prior_concerns: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class SentAssessment:
    version: int
    assessed_on: str
    model: str
    level: str
    rationale: str = ""
    risk_factors: tuple[str, ...] = ()
    protective_factors: tuple[str, ...] = ()
    answers: tuple[tuple[str, str], ...] = ()  # (question, answer)


@dataclass(frozen=True, slots=True, kw_only=True)
class SentPlanItem:
    domain: str
    kind: str
    description: str
    responsible: str = ""
    start_on: str = ""
    due_on: str = ""
    frequency: str = ""
    status: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class SentPlan:
    version: int
    goals: str = ""
    items: tuple[SentPlanItem, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class SentReview:
    held_on: str
    decision: str
    progress: str = ""
    next_review: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class TransferContent:
    """Everything a packet says, as the sending team sent it."""

    from_school: str
    from_district: str = ""
    sent_by: str = ""  # the team lead who made it
    sent_on: str  # ISO date
    to_school: str
    student: SentStudent
    case: SentCase
    referrals: tuple[SentReferral, ...] = ()
    assessments: tuple[SentAssessment, ...] = ()  # newest first
    plan: SentPlan | None = None
    reviews: tuple[SentReview, ...] = ()
    left_out: tuple[str, ...] = ()  # the sections the receiving-school copy leaves out

    @property
    def sent_date(self) -> date:
        return date.fromisoformat(self.sent_on)


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceivedRecord:
    """A packet kept on the case it became: read-only history beside the team's own work."""

    id: str
    case_id: str
    from_school: str
    sent_on: date
    received_at: str  # UTC ISO 8601
    content: TransferContent


def received_line(from_school: str, sent_on: date) -> str:
    """How a received case says where it came from, on the case and in its summary."""
    return f"Received from {from_school} on {sent_on.strftime('%B %-d, %Y')}"


# -- JSON ------------------------------------------------------------------------------------
def to_json(content: TransferContent) -> dict[str, Any]:
    """The packet's inner document: format and version first, then the content."""
    return {"format": FORMAT, "version": VERSION, **_plain(content)}


def _plain(value: object) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def from_json(document: object) -> TransferContent:
    """The content of a packet's inner document, or a ValidationError naming the field."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValidationError("This file is not a BTAM Desktop transfer packet.")
    version = document.get("version")
    if version != VERSION:
        raise ValidationError(
            f"This transfer packet is format version {version!r}; this BTAM Desktop reads "
            f"version {VERSION}. Ask the sending school to make it again with a matching version."
        )
    body = {k: v for k, v in document.items() if k not in ("format", "version")}
    content = _read(TransferContent, body, "packet")
    try:
        content.sent_date  # noqa: B018 - checks the date
    except ValueError:
        raise ValidationError("The packet's field sent_on is not a date.") from None
    if not content.from_school.strip() or not content.student.name.strip():
        raise ValidationError("The packet names no sending school or no student.")
    return content


def _read[T](cls: type[T], data: object, where: str) -> T:
    if not isinstance(data, dict):
        raise ValidationError(f"The packet's {where} is not a record.")
    hints = typing.get_type_hints(cls)
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    for key in data:
        if key not in known:
            raise ValidationError(f"The packet's {where} has an unknown field {str(key)[:40]!r}.")
    values = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            values[f.name] = _value(hints[f.name], data[f.name], f"{where}.{f.name}")
        elif f.default is MISSING and f.default_factory is MISSING:
            raise ValidationError(f"The packet lacks the field {where}.{f.name}.")
    return cls(**values)


def _value(kind: Any, data: object, where: str) -> Any:
    origin = typing.get_origin(kind)
    if origin is types.UnionType:  # X | None
        (inner,) = [a for a in typing.get_args(kind) if a is not type(None)]
        return None if data is None else _value(inner, data, where)
    if origin is tuple:
        args = typing.get_args(kind)
        if not isinstance(data, list) or len(data) > ROWS_MAX:
            raise ValidationError(f"The packet's {where} is not a list (or too long).")
        if args[-1] is Ellipsis:
            return tuple(_value(args[0], item, f"{where}[{i}]") for i, item in enumerate(data))
        if len(data) != len(args):
            raise ValidationError(f"The packet's {where} has {len(data)} parts, not {len(args)}.")
        return tuple(_value(a, item, where) for a, item in zip(args, data, strict=True))
    if isinstance(kind, type) and is_dataclass(kind):
        return _read(kind, data, where)
    if kind is bool or kind is int:
        if type(data) is not kind:
            what = "yes or no" if kind is bool else "a whole number"
            raise ValidationError(f"The packet's {where} is not {what}.")
        return data
    if kind is str:
        if not isinstance(data, str) or len(data) > TEXT_MAX:
            raise ValidationError(f"The packet's {where} is not a text (or too long).")
        return data
    raise TypeError(kind)  # a field type this reader does not know: a bug here


# -- the deadline ----------------------------------------------------------------------------
def school_days_after(start: date, days: int) -> date:
    """The day `days` school days after `start` (Monday to Friday; the team's own calendar of
    holidays is not known, so a holiday week makes the deadline look later than it is)."""
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


@dataclass(frozen=True, slots=True)
class Deadline:
    """When the record must be sent, under the case's model, for a request on `asked_on`."""

    asked_on: date
    school_days: int
    due_on: date
    model: str

    def warning(self, on: date) -> str:
        """A warning when sending on `on` is on the last school day or late; "" otherwise."""
        rule = f"{self.model} asks for the record within {self.school_days} school day(s)"
        due = self.due_on.isoformat()
        if on > self.due_on:
            return (
                f"Late: {rule} of the request ({self.asked_on.isoformat()}), so it was due by "
                f"{due}. Send it today and note why it is late."
            )
        if school_days_after(on, 1) > self.due_on:
            return f"Due today: {rule} of the request ({self.asked_on.isoformat()}), by {due}."
        if school_days_after(on, 2) > self.due_on:
            return f"Due soon: {rule} of the request ({self.asked_on.isoformat()}), by {due}."
        return ""
