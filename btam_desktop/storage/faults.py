"""Test-only crash points: `BTAM_CRASH_AT=<step>` ends the process at that step.

Read once from the environment when this module is imported; unset (always, in production),
`crash_point` is a dictionary-free string compare and returns. The tests of compound
operations (key-file write, member rotation, backup) run the real code in a child process with
the variable set, then check what a restart finds. `BTAM_CRASH_AT=<step>:kill` sends SIGKILL
to the process itself instead of `os._exit`, so no atexit handler or finaliser runs either.
"""

from __future__ import annotations

import os
import signal

#: Every step named by a crash point, in the order an operation passes them. The tests
#: iterate over this tuple, so a step added in the code without a test fails the matrix test.
STEPS = (
    "keyfile.tmp_written",  # key file: the .tmp file is written and synced, not yet renamed
    "keyfile.replaced",  # key file: renamed over the old one, folder not yet synced
    "rotation.exported",  # rotation: the new generation's database exported
    "rotation.verified",  # rotation: the export reopened and checked
    "rotation.keys_written",  # rotation: the new generation's key file on disk
    "rotation.pointer.tmp_written",  # rotation: current.tmp written, not yet renamed
    "rotation.switched",  # rotation: `current` names the new generation (the commit point)
    "rotation.old_deleted",  # rotation: the old generation's files removed
    "backup.exported",  # backup: database exported into the destination folder
    "backup.verified",  # backup: the copy reopened and checked
    "backup.keys_written",  # backup: the copy's key file written
    "backup.switched",  # backup: the copy's `current` pointer written
    "pdf.tmp_written",  # PDF export: the bytes in an unnamed file, nothing logged yet
    "pdf.committed",  # PDF export: the disclosure committed, the file not yet in place
    "pdf.replaced",  # PDF export: the file in place
    "csv.tmp_written",  # CSV export: the bytes in an unnamed file, nothing logged yet
    "csv.committed",  # CSV export: the disclosure committed, the file not yet in place
    "csv.replaced",  # CSV export: the file in place
)

_TARGET, _, _HOW = os.environ.get("BTAM_CRASH_AT", "").partition(":")


def crash_point(step: str) -> None:
    """End the process here if the test asked for `step`; otherwise do nothing."""
    if not _TARGET or step != _TARGET:
        return
    if _HOW == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(137)
