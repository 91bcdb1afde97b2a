"""`btam-desktop --self-test`: prove that this installation (a frozen build above all) works.

It makes a throw-away case file in a private temporary folder, unlocks it, asks SQLCipher for
its version, builds a PDF, draws the main window offscreen, locks, and deletes everything it
made. One line per check ("ok <check>: detail" or "FAIL <check>: reason"); exit 0 or 1.
It also reports the district defaults this computer was given (see district.py), so IT staff
can confirm a registry push with one command.

Set BTAM_LAUNCHED_AT to the launch time (seconds since the epoch, as `date +%s.%N` prints) and
the unlock line says how long after launch the file was open: `make package` uses it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from btam_desktop.services import files, packs, session as sessions
from btam_desktop.services.contracts import api
from btam_desktop.services.session import KdfParams, NewCaseFile, Session
from btam_desktop.ui.district import read_district_defaults, system_settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from btam_desktop.ui.main_window import MainWindow

LAUNCHED_AT_ENV = "BTAM_LAUNCHED_AT"
#: The self-test's file lives for a second, under a random passphrase nobody sees, in a folder
#: only this user can read, and is deleted at the end: key strength buys nothing there, while
#: the calibrated Argon2id (about 0.5 s per derivation) would make the check slow. Still real
#: Argon2id with real memory, unlike the tests' TEST_KDF, which production never uses.
SELF_TEST_KDF = KdfParams(memory_kib=8 * 1024, time_cost=1, parallelism=1)
WINDOW_SIZE = (1000, 700)


class CheckFailedError(Exception):
    """A check ran and found a problem (as opposed to crashing)."""


@dataclass
class _Run:
    out: TextIO
    launched_at: float | None
    folder: Path | None = None  # the private temporary folder
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    session: Session | None = None
    failed: set[str] = field(default_factory=set)

    @property
    def case_file(self) -> Path:
        assert self.folder is not None
        return self.folder / "self-test.btam"

    def check(self, name: str, step: Callable[[_Run], str], needs: tuple[str, ...] = ()) -> None:
        missing = [n for n in needs if n in self.failed]
        if missing:
            self._line(f"FAIL {name}: not run, because {' and '.join(missing)} failed")
            self.failed.add(name)
            return
        try:
            detail = step(self)
        except Exception as error:  # a self-test reports every problem; it never crashes
            reason = str(error) or type(error).__name__
            self._line(f"FAIL {name}: {reason}")
            self.failed.add(name)
        else:
            self._line(f"ok {name}" + (f": {detail}" if detail else ""))

    def _line(self, text: str) -> None:
        print(text, file=self.out, flush=True)


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check; 0 if all passed, 1 otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    run = _Run(out or sys.stdout, _launch_time())
    run.check("district defaults", _district_defaults)
    run.check("create case file", _create)
    run.check("unlock", _unlock, needs=("create case file",))
    run.check("cipher", _cipher, needs=("unlock",))
    run.check("pdf", _pdf)
    run.check("main window", _main_window)
    run.check("lock", _lock, needs=("unlock",))
    run.check("delete temporary case file", _delete)
    return 1 if run.failed else 0


def main() -> int:
    from btam_desktop.app.bootstrap import harden_process

    harden_process()
    return run_self_test()


def _launch_time() -> float | None:
    with contextlib.suppress(KeyError, ValueError):
        return float(os.environ[LAUNCHED_AT_ENV])
    return None


# -- the checks ----------------------------------------------------------------------------
def _district_defaults(_run: _Run) -> str:
    ids = [info.id for info in packs.builtin_infos()]
    defaults = read_district_defaults(system_settings(), ids)
    if defaults.problems:
        raise CheckFailedError("; ".join(defaults.problems))
    return defaults.describe()


def _create(run: _Run) -> str:
    run.folder = Path(tempfile.mkdtemp(prefix="btam-self-test-"))  # mode 0700
    if os.name == "posix" and stat.S_IMODE(run.folder.stat().st_mode) & 0o077:
        raise CheckFailedError(f"the temporary folder {run.folder} is readable by others")
    session, _recovery_code = sessions.create_case_file(
        run.case_file,
        NewCaseFile(school="Self-test school", lead_name="Self-test"),
        run.passphrase,
        SELF_TEST_KDF,
    )
    sessions.lock(session)
    return f"in {run.folder}"


def _unlock(run: _Run) -> str:
    started = time.perf_counter()
    run.session = sessions.unlock(run.case_file, None, run.passphrase)
    unlocked_at = time.time()
    detail = f"{time.perf_counter() - started:.3f} s"
    if run.launched_at is not None:
        detail += f", {unlocked_at - run.launched_at:.2f} s after launch"
    return detail


def _cipher(run: _Run) -> str:
    assert run.session is not None
    line = next((c for c in files.check(run.session) if c.name == "cipher"), None)
    if line is None:
        raise CheckFailedError("the health check has no cipher line")
    if not line.ok:
        raise CheckFailedError(f"cipher_version is empty: {line.detail}")
    return line.detail


def build_probe_pdf() -> bytes:
    """The blank intake form of the built-in NTAC pack, through the real report builder: proves
    ReportLab, the shared page template and the bundled fonts (the school name has accents and
    Chinese, so the CJK font loads too)."""
    from btam_desktop.packs.builtin import builtin_packs
    from btam_desktop.reports import blank_forms
    from btam_desktop.reports.snapshots import BlankFormsSnapshot, DocumentInfo

    info = DocumentInfo("self-test", "Self-test", "Self-test", "2026-01-01 00:00", "École 学校")
    return blank_forms.build(BlankFormsSnapshot(info, builtin_packs()["ntac"], ("intake",)))


def _pdf(run: _Run) -> str:
    data = build_probe_pdf()
    if not data.startswith(b"%PDF-"):
        raise CheckFailedError(f"the output does not start with %PDF- ({data[:8]!r})")
    pages = pdf_page_count(data)
    if pages < 1:
        raise CheckFailedError("Qt PDF cannot read the blank intake form it built")
    return f"blank intake form, {len(data):,} bytes, {pages} page(s) (read back with Qt PDF)"


def pdf_page_count(data: bytes) -> int:
    """Pages in a PDF as Qt PDF (the app's viewer) reads them; -1 if it cannot load it."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    _application()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            return -1
        return document.pageCount()
    finally:
        document.close()
        buffer.close()


def _main_window(run: _Run) -> str:
    from btam_desktop.ui.app import build_window, settings_at

    app = _application()
    base = run.folder or Path(tempfile.gettempdir())
    # The window's own preferences go to the temporary folder, never the user's settings.
    with tempfile.TemporaryDirectory(prefix="btam-self-test-ui-", dir=base) as scratch:
        window = build_window(Path(scratch) / "data", settings_at(Path(scratch) / "settings.ini"))
        try:
            window.resize(*WINDOW_SIZE)
            window.show()
            app.processEvents()
            image = window.grab().toImage()
            service = _service_answers(app, window)
        finally:
            window.close()
            window.flow.shutdown()
            window.deleteLater()
            app.processEvents()
    if image.isNull() or image.width() == 0 or image.height() == 0:
        raise CheckFailedError("the grabbed window is empty")
    step = 8
    colors = {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }
    if len(colors) < 3:
        raise CheckFailedError(f"the window is drawn in {len(colors)} color(s): nothing rendered")
    platform = app.platformName()
    return f"{image.width()}x{image.height()} on {platform}, {len(colors)} colors; {service}"


def _service_answers(app: QApplication, window: MainWindow, seconds: float = 20) -> str:
    """The window's service process (the only one that ever holds a key) starts and answers."""
    answers: list[object] = []
    started = time.monotonic()
    window.ops.queue(api.SESSION_IS_UNLOCKED(), on_done=answers.append)
    while not answers:
        if time.monotonic() - started > seconds:
            raise CheckFailedError(f"the service process did not answer within {seconds:g} s")
        app.processEvents()
        time.sleep(0.005)
    if answers[0] is not False:
        raise CheckFailedError("a fresh service process claims to hold an open case file")
    return f"service process pid {window.transport.process.pid} answered"


def _lock(run: _Run) -> str:
    assert run.session is not None
    sessions.lock(run.session)
    run.session = None
    return ""


def _delete(run: _Run) -> str:
    if run.session is not None:  # a check failed between unlock and lock: close it anyway
        with contextlib.suppress(Exception):
            sessions.lock(run.session)
        run.session = None
    if run.folder is None:
        return "nothing was made"
    shutil.rmtree(run.folder, ignore_errors=True)
    if run.folder.exists():
        raise CheckFailedError(f"{run.folder} is still there")
    return ""


def _application() -> QApplication:
    from btam_desktop.ui.app import make_application

    return make_application()
