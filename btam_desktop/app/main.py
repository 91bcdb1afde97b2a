"""`btam-desktop`: the window by default, a headless command when one is named."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from btam_desktop import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--service-host"]:  # started by the window itself: see app/service_host.py
        from btam_desktop.app.service_host import serve

        return serve()
    if args and args[0] in (*cli.COMMANDS, "-h", "--help"):
        from btam_desktop.app.bootstrap import harden_process  # no Qt in there

        harden_process()  # the commands hold the data key too: no core dumps
        return cli.main(args)
    parser = argparse.ArgumentParser(
        prog="btam-desktop", description="Open the app (commands: btam-desktop --help)."
    )
    parser.add_argument("path", nargs="?", type=Path, help="a case file to open")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation offscreen (exit 0: ok)"
    )
    try:
        parsed = parser.parse_args(args)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if parsed.self_test:
        from btam_desktop.app.selftest import main as self_test

        return self_test()
    from btam_desktop.app.bootstrap import run_gui  # Qt loads only for the window

    return run_gui(parsed.path)
