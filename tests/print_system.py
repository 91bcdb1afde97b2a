"""A real print system for the printing tests: a CUPS scheduler of the test's own, with PDF
queues (cups-pdf) whose output the tests read back.

The scheduler keeps its configuration, spool, state, logs and socket in a temporary folder and
listens on a unix socket only, the one `CUPS_SERVER` names for the whole test session (set in
tests/conftest.py before Qt or libcups first looks at it; child processes inherit it). So no
test ever reaches the computer's own printers, and when no scheduler runs, a test sees a
computer without printers. cups-pdf reads its settings only from /etc/cups: each queue gets a
file /etc/cups/cups-pdf-<queue>.conf, removed again at the end.

Needs `cupsd` and cups-pdf (Debian: cups, printer-driver-cups-pdf), and root: cups-pdf's
backend is readable by root only, and so is /etc/cups. The tests skip with the reason when
either is missing, unless BTAM_REQUIRE_CUPS=1 (CI), where they fail instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

#: The socket the session's print system listens on (tests/conftest.py sets CUPS_SERVER).
SOCKET = Path(os.environ["CUPS_SERVER"])
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CONFIG_DIR = Path("/etc/cups")


def missing() -> str:
    """Why this computer cannot run the test print system ("" when it can)."""
    if shutil.which("cupsd") is None or shutil.which("lpadmin") is None:
        return "cupsd is not installed (Debian: apt install cups printer-driver-cups-pdf)"
    if not BACKEND.exists() or not PPD.exists():
        return "cups-pdf is not installed (Debian: apt install printer-driver-cups-pdf)"
    if os.geteuid() != 0 or not os.access(CONFIG_DIR, os.W_OK):
        return "cups-pdf runs and reads its settings (/etc/cups) as root only: run as root"
    return ""


def _conf(root: Path) -> tuple[Path, Path]:
    conf = root / "conf"
    conf.mkdir()
    daemon = conf / "cupsd.conf"
    daemon.write_text(
        f"Listen {SOCKET}\n"
        "LogLevel info\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    files = conf / "cups-files.conf"
    files.write_text(
        f"ServerRoot {conf}\nRequestRoot {root}/spool\nTempDir {root}/spool/tmp\n"
        f"CacheDir {root}/cache\nStateDir {root}/state\nPrintcap {root}/printcap\n"
        f"AccessLog {root}/log/access_log\nErrorLog {root}/log/error_log\n"
        f"PageLog {root}/log/page_log\nUser lp\nGroup lp\nSystemGroup root\nFileDevice No\n"
    )
    return daemon, files


@dataclass
class PrintSystem:
    """The running scheduler, and what the tests do to its queues (as an administrator would,
    with the CUPS command-line tools)."""

    root: Path
    process: subprocess.Popen[bytes]
    configs: list[Path] = field(default_factory=list)

    def run(self, *command: str) -> None:
        subprocess.run(command, check=True, capture_output=True, env=os.environ)

    def add_queue(self, name: str) -> Path:
        """A PDF queue; the folder where its printed jobs appear as PDF files."""
        out = self.root / "out" / name
        out.mkdir(parents=True)
        # cups-pdf finds its settings by the device's name: one of this session's own, so
        # that two test runs at once never share a file in /etc/cups.
        device = f"btam{os.getpid()}-{name}"
        config = CONFIG_DIR / f"cups-pdf-{device}.conf"
        config.write_text(
            f"Out {out}\nAnonDirName {out}\nSpool {self.root}/cups-pdf-spool\n"
            f"Log {self.root}/log\nGrp lp\n"
        )
        self.configs.append(config)
        self.run("lpadmin", "-p", name, "-v", f"cups-pdf:/{device}", "-P", str(PPD), "-E")
        return out

    def wait_for(self, done: Callable[[], bool], seconds: float = 60) -> None:
        """Until `done()`, paced by waiting on the scheduler itself (which must not exit)."""
        for _ in range(int(seconds / 0.05)):
            if done():
                return
            try:
                self.process.wait(timeout=0.05)
            except subprocess.TimeoutExpired:
                continue
            raise AssertionError(f"cupsd exited: {self.log()}")
        raise AssertionError(f"gave up after {seconds} s; cupsd log: {self.log()[-2000:]}")

    def log(self) -> str:
        path = self.root / "log" / "error_log"
        return path.read_text(errors="replace") if path.exists() else ""

    def jobs(self, name: str, which: str = "all") -> list[str]:
        """The queue's jobs ("all", "completed" or "not-completed"), as `lpstat` lists them."""
        done = subprocess.run(
            ["lpstat", "-W", which, "-o", name], capture_output=True, text=True, env=os.environ
        )
        return done.stdout.splitlines()

    def printed(self, name: str, out: Path, count: int = 1) -> list[Path]:
        """The PDFs the queue wrote, once `count` jobs are through (cups-pdf creates the file
        before Ghostscript has filled it; the job completes after)."""
        self.wait_for(
            lambda: (
                len(self.jobs(name, "completed")) >= count and not self.jobs(name, "not-completed")
            )
        )
        return sorted(out.glob("*.pdf"))

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for config in self.configs:
            config.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)


def start() -> PrintSystem:
    """Start a scheduler on SOCKET with its folders beside it; returns once it answers."""
    root = SOCKET.parent
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(mode=0o755)
    root.chmod(0o755)  # the filters run as lp
    for sub in ("spool", "spool/tmp", "cache", "state", "log", "out", "cups-pdf-spool"):
        (root / sub).mkdir()
    shutil.chown(root / "spool", group="lp")
    (root / "spool").chmod(0o710)
    shutil.chown(root / "spool" / "tmp", group="lp")
    (root / "spool" / "tmp").chmod(0o1777)
    shutil.chown(root / "cache", group="lp")
    (root / "out").chmod(0o755)
    (root / "cups-pdf-spool").chmod(0o1777)
    daemon, files = _conf(root)
    process = subprocess.Popen(
        ["cupsd", "-f", "-c", str(daemon), "-s", str(files)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    system = PrintSystem(root, process)

    def answers() -> bool:
        probe = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, env=os.environ)
        return "is running" in probe.stdout and "not" not in probe.stdout

    try:
        system.wait_for(answers, seconds=30)
    except AssertionError:
        system.stop()
        raise
    return system


@pytest.fixture(scope="session")
def print_system() -> Iterator[PrintSystem]:
    """The session's scheduler, started on first use and stopped at the end."""
    why = missing()
    if why:
        if os.environ.get("BTAM_REQUIRE_CUPS"):
            pytest.fail(f"BTAM_REQUIRE_CUPS is set, but {why}")
        pytest.skip(why)
    system = start()
    yield system
    system.stop()
