"""A separate process doing one job on a case file, so a test can kill it or starve its disk.

    child.py MODE FOLDER PASSPHRASE [TARGET] [--member NAME] [--fsize BYTES]
MODE: write (create cases forever, printing each acknowledged number), backup DEST,
rotate NAME, passphrase NEW (the unlocking member's own), pdf DEST (save the blank forms),
csv DEST (export the case list).
With --fsize, RLIMIT_FSIZE is set after unlocking: a disk that fills up. BTAM_CRASH_AT in
the environment kills it at a step.
"""

from __future__ import annotations

import argparse
import resource
import signal
import sys
from pathlib import Path

from btam_desktop.services import cases, files, members, session as sessions
from btam_desktop.services.errors import BtamError
from btam_desktop.services.session import TEST_KDF


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=("write", "backup", "rotate", "passphrase", "pdf", "csv"))
    p.add_argument("folder", type=Path)
    p.add_argument("passphrase")
    p.add_argument("target", nargs="?")
    p.add_argument("--fsize", type=int)
    p.add_argument("--member")
    a = p.parse_args()
    s = sessions.unlock(a.folder, a.member, a.passphrase)
    if a.fsize:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (a.fsize, resource.RLIM_INFINITY))
    print("ready", flush=True)
    try:
        if a.mode == "write":
            i = 0
            while True:
                case, _ = cases.create_case(
                    s, cases.NewCase(f"Kenzie Varga-Holloway {i}", "8", "w" * 20_000)
                )
                print(f"acked {case.number}", flush=True)
                i += 1
        elif a.mode == "backup":
            files.backup(s, Path(a.target))
        elif a.mode == "pdf":
            from btam_desktop.domain.disclosure import Audience
            from btam_desktop.services import printing

            prepared = printing.prepare(s, printing.PrintRequest("blank-forms"))
            printing.save_pdf(s, prepared, Path(a.target), "", Audience())
        elif a.mode == "csv":
            from btam_desktop.domain.disclosure import Audience
            from btam_desktop.services import exports

            exports.write_csv(s, "cases", Path(a.target), Audience())
        elif a.mode == "passphrase":
            members.change_passphrase(s, a.passphrase, a.target, TEST_KDF)
        else:
            members.remove_member(s, a.target)
        print("done", flush=True)
    except BtamError as error:
        print(f"error {type(error).__name__}: {error}", flush=True)
    finally:
        sessions.lock(s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
