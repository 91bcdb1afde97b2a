"""`transfer` and `transfer-in`: a student's record for the school they move to, and a packet
from another school as a new case."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from btam_desktop.services.session import Session

from btam_desktop.cli.common import (
    EXIT_OK,
    UsageError,
    _read_password,
    _say,
    _secret,
    _text,
    _with_session,
)


def _packet_passphrase(a: argparse.Namespace, *, confirm: bool) -> str:
    if a.password_file:
        return _read_password(a.password_file)
    return _secret("BTAM_PACKET_PASSPHRASE", "Packet passphrase", confirm=confirm)


#: The disclosure log's recipient when `transfer` is run without --to and no terminal to ask:
#: the contract is `transfer PATH --case N -o PACKET`, and the log still says what went where.
UNNAMED_SCHOOL = "A receiving school (not named when the packet was made)"


def _receiving_school() -> str:
    if not sys.stdin.isatty():
        return UNNAMED_SCHOOL
    return _text(input("Receiving school: "), "receiving school").strip() or UNNAMED_SCHOOL


def _cmd_transfer(a: argparse.Namespace) -> int:
    """The packet and its readable summary beside it, both encrypted, logged as a disclosure
    to the receiving school; a note when the state's deadline is near or past."""
    from datetime import date

    from btam_desktop.services import cases, transfer

    try:
        asked = date.fromisoformat(a.asked_on) if a.asked_on else None
    except ValueError:
        raise UsageError(f"--asked-on {a.asked_on}: give the day as YYYY-MM-DD.") from None
    school = a.to if a.to is not None else _receiving_school()
    passphrase = _packet_passphrase(a, confirm=True)

    def work(s: Session) -> int:
        found = [row.id for row in cases.list_cases(s) if row.number == a.case]
        if not found:
            raise UsageError(f"There is no case {a.case} in {a.path}.")
        request = transfer.TransferRequest(
            case_id=found[0],
            to_school=school,
            passphrase=passphrase,
            packet=a.output,
            asked_on=asked,
        )
        made, _ = transfer.make_packet(s, request)
        if made.warning:
            sys.stderr.write(f"btam-desktop: note: {made.warning}\n")
        _say(f"Wrote {made.packet} (the packet) and {made.summary} (the readable summary).")
        _say(f"Both open with the passphrase; logged as a disclosure to {school}.")
        if made.deadline is not None:
            _say(f"Due by {made.deadline.due_on.isoformat()} ({made.deadline.model}).")
        return EXIT_OK

    return _with_session(a, work)


def _cmd_transfer_in(a: argparse.Namespace) -> int:
    from btam_desktop.services import transfer

    if not a.packet.is_file():
        raise UsageError(f"{a.packet}: no such file; nothing was imported.")
    passphrase = _packet_passphrase(a, confirm=False)

    def work(s: Session) -> int:
        received, _ = transfer.receive(s, a.packet, passphrase)
        _say(f"Case {received.number} in {a.path}: {received.line}.")
        return EXIT_OK

    return _with_session(a, work)
