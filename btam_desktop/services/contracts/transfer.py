"""Transfer packets as the window and the CLI see them: making one for the school a student
moves to, the deadline that applies, and a packet received as a new case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from btam_desktop.domain.transfer import Deadline


@dataclass(frozen=True, slots=True, kw_only=True)
class TransferRequest:
    case_id: str
    #: The school the student moves to: the recipient in the disclosure log.
    to_school: str
    #: Encrypts the packet and its readable summary; the receiving team needs it to open them.
    passphrase: str
    #: Where the packet goes; the summary PDF is written beside it (`summary_path`).
    packet: Path
    #: The day the receiving school asked for the record (the deadline counts from it);
    #: None: today.
    asked_on: date | None = None


def summary_path(packet: Path) -> Path:
    """The readable summary beside a packet: `kenzie.btam-transfer` -> `kenzie-summary.pdf`."""
    return packet.with_name(f"{packet.stem}-summary.pdf")


@dataclass(frozen=True, slots=True, kw_only=True)
class TransferMade:
    packet: Path
    summary: Path
    case_number: str
    document_id: str
    disclosure_id: str
    #: The model's deadline for this request, when it names one.
    deadline: Deadline | None = None
    #: "Due today: …" or "Late: …" (empty when there is time, or no deadline).
    warning: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class TransferReceived:
    case_id: str
    number: str
    from_school: str
    sent_on: date
    #: "Received from Maple Hollow Middle School on March 15, 2027"
    line: str
