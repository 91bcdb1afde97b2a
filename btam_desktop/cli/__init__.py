"""The headless `btam-desktop` commands, for scripts and IT staff (the GUI is app.main's).

Exit codes: 0 ok, 1 check found problems (or the operation failed), 2 usage, 3 wrong
passphrase, 4 damaged / not a case file / key file mismatch, 5 locked by another instance,
6 newer version.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from btam_desktop.cli.common import (
    _EXIT_FOR,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    UsageError,
    _check_text_arguments,
)
from btam_desktop.cli.parser import COMMANDS, _parser
from btam_desktop.cli.records import (
    _cmd_backup,
    _cmd_check,
    _cmd_demo,
    _cmd_export,
    _cmd_import_referrals,
    _cmd_members,
    _cmd_packs,
    _cmd_passphrase,
    _cmd_recover,
    _cmd_restore,
    _cmd_retention,
    _cmd_stats,
)
from btam_desktop.cli.report import _cmd_report
from btam_desktop.cli.rollup import _cmd_district_sum, _cmd_rollup
from btam_desktop.cli.state_report import _cmd_state_report
from btam_desktop.cli.sync import _cmd_conflicts, _cmd_join, _cmd_sync
from btam_desktop.cli.transfer import UNNAMED_SCHOOL, _cmd_transfer, _cmd_transfer_in
from btam_desktop.services import errors

_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "members": _cmd_members,
    "passphrase": _cmd_passphrase,
    "check": _cmd_check,
    "export": _cmd_export,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "recover": _cmd_recover,
    "import-referrals": _cmd_import_referrals,
    "packs": _cmd_packs,
    "stats": _cmd_stats,
    "state-report": _cmd_state_report,
    "report": _cmd_report,
    "sync": _cmd_sync,
    "join": _cmd_join,
    "conflicts": _cmd_conflicts,
    "retention": _cmd_retention,
    "transfer": _cmd_transfer,
    "transfer-in": _cmd_transfer_in,
    "rollup": _cmd_rollup,
    "district-sum": _cmd_district_sum,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    os.umask(0o077)  # every file we (or SQLite) create is private to the user
    try:
        parsed = _parser().parse_args(args)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        _check_text_arguments(parsed)
        code = _HANDLERS[parsed.command](parsed)
        sys.stdout.flush()  # here, not at exit, so a reader that went away is caught below
        return code
    except BrokenPipeError:
        # The reader of our output went away (`btam-desktop packs list | head -1`): stop
        # quietly, as command-line tools do, instead of a traceback. Whatever the command
        # wrote to the case file was already committed or rolled back.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PROBLEMS
    except UsageError as error:
        sys.stderr.write(f"btam-desktop: {error}\n")
        return EXIT_USAGE
    except errors.BtamError as error:
        sys.stderr.write(f"btam-desktop: {error}\n")
        for kind, code in _EXIT_FOR:
            if isinstance(error, kind):
                return code
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        sys.stderr.write("btam-desktop: interrupted; nothing half-written was kept.\n")
        return 130


__all__ = ["COMMANDS", "EXIT_OK", "EXIT_USAGE", "UNNAMED_SCHOOL", "main"]
