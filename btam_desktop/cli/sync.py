"""`sync`, `join` and `conflicts`: a laptop's copy and the team's folder, and what waits for a
person."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from btam_desktop.domain.local_time import moment_text

if TYPE_CHECKING:
    from btam_desktop.services.contracts.sync import FolderSync
    from btam_desktop.services.session import Session

from btam_desktop.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    _changes,
    _counted,
    _listed,
    _passphrase,
    _say,
    _with_session,
)


def _conflict_lines(s: Session) -> int:
    """The open conflicts, one per line (id, case number, what, whose versions), tab-separated;
    how many there are."""
    from btam_desktop.services import conflicts

    lines = conflicts.conflict_lines(s)
    for line in lines:
        _say("\t".join((line.conflict_id, line.case_number, line.what, ", ".join(line.members))))
    return len(lines)


def _sync_lines(s: Session, done: FolderSync) -> int:
    """What a sync did, a line each for what left and what arrived; the exit code."""
    if done.removed_by:
        on = f" on {moment_text(done.removed_at)}" if done.removed_at else ""
        _say(
            f"You were removed from this team by {done.removed_by}{on}: this laptop keeps what "
            "it had until then, and sends nothing more."
        )
        return EXIT_PROBLEMS
    if done.key_lost_to:
        _say(
            f"{done.key_lost_to} removed {done.key_lost_removed or 'a member'} from the team at "
            "the same time as this laptop's removal, and the team follows their new key: this "
            "laptop sends nothing more. Make a fresh copy with 'btam-desktop join FOLDER NEWPATH "
            "--member NAME', then repeat your removal there."
        )
        return EXIT_PROBLEMS
    if done.generation_moved:
        _say("This laptop moved to the team's new key (a team lead removed a member).")
    files = "file" if done.sent_files == 1 else "files"
    sent = [
        f"{_changes(done.sent_ops)} in {done.sent_files} {files}",
        *_counted(done.sent_attachments, "attachment"),
        *[f"{n} of other laptops" for n in _counted(done.relayed_files, "file")],
    ]
    _say(f"Sent: {_listed(sent)} to {done.folder}.")
    who = f" from {', '.join(done.received_from)}" if done.received_from else ""
    got = "".join(f" and {n}" for n in _counted(done.received_attachments, "attachment"))
    waiting = f"; {_changes(done.waiting)} wait for earlier ones" if done.waiting else ""
    if done.attachments_waiting:
        count = done.attachments_waiting
        waiting += f"; {count} attachment{'s' if count != 1 else ''} not in the folder yet"
    _say(f"Received: {_changes(done.received_ops)}{who}{got}{waiting}.")
    for name, days in done.clock_ahead:
        _say(
            f"Waiting: {name}'s changes are stamped {days} day(s) ahead of this laptop's clock; "
            "they apply when the clocks agree or a team lead accepts them on Team > Sync "
            "(check the date on both laptops)."
        )
    for found in done.reconciled:
        where = f"case {found.case_number}" if found.case_number else "the team"
        field = found.field.replace("_", " ")
        _say(
            f"Reconciled ({where}): {found.shown_by or 'a former member'}'s {field} replaced "
            f"{' / '.join(n or 'a former member' for n in found.over)}'s."
        )
    if done.held:
        _say(
            f"Waiting for a team lead: {_changes(done.held)} written on a removed member's "
            "laptop after the removal (review them under To review in the window)."
        )
    if done.newer:
        _say(
            f"Waiting for an update: {_changes(done.newer)} written by a newer BTAM Desktop; "
            "they apply at the first sync after this laptop is updated."
        )
    for skipped in done.skipped:
        sys.stderr.write(f"btam-desktop: not applied: {skipped.path}: {skipped.why}\n")
    if done.open_conflicts:
        _say(f"{done.open_conflicts} conflict(s) wait for a person:")
        _conflict_lines(s)
    in_step = not (
        done.open_conflicts or done.skipped or done.clock_ahead or done.held or done.newer
    )
    return EXIT_OK if in_step else EXIT_PROBLEMS


def _cmd_sync(a: argparse.Namespace) -> int:
    from btam_desktop.services import sync_folder

    return _with_session(a, lambda s: _sync_lines(s, sync_folder.sync_with(s, a.folder)))


def _cmd_join(a: argparse.Namespace) -> int:
    from btam_desktop.services import session, sync_folder

    s, done = sync_folder.join(a.folder, a.path, a.member, _passphrase())
    try:
        with s.ocf.translated():
            _say(f"Joined: {a.path} is {s.member_name}'s own copy of the team's case file.")
            return _sync_lines(s, done)
    finally:
        session.lock(s)


def _cmd_conflicts(a: argparse.Namespace) -> int:
    return _with_session(a, lambda s: EXIT_PROBLEMS if _conflict_lines(s) else EXIT_OK)
