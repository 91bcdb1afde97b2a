"""Shared fixtures. Qt must be told to render offscreen before anything imports PySide6."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # Offscreen's own screen is 800x800, and windows are fitted to their screen
    # (ui/screen_fit.py): the tests' windows get a desktop's 1920x1080, as on a school PC.
    # (tests/ui/test_fits_screen.py sets laptop screens of its own.)
    _screen = os.path.join(tempfile.gettempdir(), f"btam-test-screen-{os.getpid()}.json")
    with open(_screen, "w", encoding="utf-8") as _file:
        _file.write(
            '{"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1080,'
            ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
        )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
# Printing in tests reaches the tests' own print system only (tests/print_system.py), never
# this computer's printers. libcups reads CUPS_SERVER once, so it is set before anything loads;
# child processes (the service process, the CLI) inherit it.
os.environ["CUPS_SERVER"] = os.path.join(
    tempfile.gettempdir(), f"btam-cups-{os.getpid()}", "cups.sock"
)

# The per-user data folder (where replica markers go, storage/replica.py) is a temporary one for
# the whole session, never this computer's; a test may still set its own.
os.environ.setdefault("BTAM_HOME", tempfile.mkdtemp(prefix="btam-home-"))

import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from btam_desktop.domain import clock
from btam_desktop.services import session as sessions
from btam_desktop.services.files import CheckLine
from btam_desktop.services.session import TEST_KDF, NewCaseFile, Session

pytest_plugins = ("tests.print_system",)

PASSPHRASE = "correct horse battery staple"
LEAD = "Dana Whitlock-Oyelaran"


def make_case_file(folder: Path, passphrase: str = PASSPHRASE) -> tuple[Session, str]:
    """A fresh case file with a fast (test-only) key derivation."""
    return sessions.create_case_file(
        folder,
        NewCaseFile("Maple Hollow Middle School", LEAD, "administrator", "Ridgeview Unified"),
        passphrase,
        TEST_KDF,
    )


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    s, _ = make_case_file(tmp_path / "team.btam")
    yield s
    sessions.lock(s)


#: Pins the clock: `pin(datetime(2027, 3, 14, 6, 30), "America/New_York")` makes this process
#: and every process it starts (the service process, the CLI) read that wall time in that zone.
PinClock = Callable[..., datetime]


@pytest.fixture
def pin_clock() -> Iterator[PinClock]:
    saved = {key: os.environ.get(key) for key in ("TZ", clock.ENVIRONMENT_VARIABLE)}
    previous = clock.use(clock.SystemClock())

    def pin(wall: datetime, zone: str = "America/New_York") -> datetime:
        os.environ["TZ"] = zone
        time.tzset()
        moment = wall.replace(tzinfo=ZoneInfo(zone))
        pinned = clock.pinned_at(moment)
        clock.use(pinned)
        os.environ[clock.ENVIRONMENT_VARIABLE] = pinned.environment_value()
        return moment

    yield pin
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    time.tzset()
    clock.use(previous)


#: What `files.export_everything` itself writes (its audit event, and that event's op on the
#: copy's replica, and the version vector its new replica id starts from): left out when two
#: exports are compared for content.
WRITTEN_BY_EXPORT = frozenset({"audit", "sync_ops", "sync_replica", "sync_seen"})


def problems(lines: list[CheckLine]) -> set[str]:
    """Failing check lines, except the one every test file fails on purpose: its slots use
    the fast test-only key derivation, below the production floor."""
    return {line.name for line in lines if not line.ok and line.name != "key strength"}


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path: for byte-identical comparisons."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# -- reliability figures (tests/reliability/results.py) ------------------------------------
_FIGURES = pytest.StashKey[dict[str, Any]]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Nightly-tier tests run only under `make test-long` (BTAM_NIGHTLY=1)."""
    if os.environ.get("BTAM_NIGHTLY"):
        return
    skip = pytest.mark.skip(reason="nightly tier: make test-long")
    for item in items:
        if item.get_closest_marker("nightly"):
            item.add_marker(skip)


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> dict[str, Any]:
    """What a reliability test measured; recorded for the report when the test has run."""
    found: dict[str, Any] = {}
    request.node.stash[_FIGURES] = found
    return found


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    report = yield
    marker = item.get_closest_marker("reliability")
    if marker is not None and call.when == "call":
        from tests.reliability import results

        test_id, title = [*marker.args, ""][:2]
        results.write(
            str(test_id),
            str(title),
            item.nodeid,
            report.outcome,  # type: ignore[attr-defined]
            call.duration,
            item.stash.get(_FIGURES, {}),
        )
    return report
