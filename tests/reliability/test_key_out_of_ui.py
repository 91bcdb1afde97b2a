"""E4: the window's process never holds the data key; after lock no process does.

The window runs in a child process (dumpable, so its memory can be read through /proc); it
unlocks a case file whose key this test knows, then locks. Every readable mapping of the window
process is searched for the key, raw and in hex. Positive control: the same search finds the key
in the service process while the file is unlocked, so a zero is a real zero.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from btam_desktop.services import session as sessions
from tests.conftest import PASSPHRASE, make_case_file

CHILD = Path(__file__).with_name("key_holder_child.py")

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads process memory through /proc"
)


def key_copies(pid: int, key: bytes) -> dict[str, int]:
    """How many times the key appears in a process's readable memory, raw and as hex."""
    needles = {"raw": key, "hex": key.hex().encode(), "HEX": key.hex().upper().encode()}
    found = dict.fromkeys(needles, 0)
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as mem:
        for line in maps:
            address, perms = line.split()[:2]
            if not perms.startswith("r"):
                continue
            start, end = (int(x, 16) for x in address.split("-"))
            try:
                mem.seek(start)
                chunk = mem.read(end - start)
            except (OSError, OverflowError, ValueError):
                continue  # guard pages and the vsyscall page cannot be read
            for name, needle in needles.items():
                found[name] += chunk.count(needle)
    return found


@pytest.mark.reliability("E4", "Key material out of the window process, before and after lock")
def test_no_key_in_the_window_process_before_or_after_lock(
    tmp_path: Path, figures: dict[str, Any]
) -> None:
    folder = tmp_path / "memory.btam"
    s, _ = make_case_file(folder)
    key = bytes(s.ocf.data_key)
    sessions.lock(s)
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        try:
            figures.update(_inspect(child, key))
        finally:
            if child.poll() is None:
                child.kill()


def _inspect(child: subprocess.Popen[str], key: bytes) -> dict[str, Any]:
    assert child.stdin is not None and child.stdout is not None
    unlocked = child.stdout.readline().split()
    assert unlocked[:1] == ["unlocked"], unlocked
    service_pid = int(unlocked[1])

    in_service = key_copies(service_pid, key)  # positive control: the search works
    assert sum(in_service.values()) > 0, in_service
    unlocked_window = key_copies(child.pid, key)
    assert unlocked_window == {"raw": 0, "hex": 0, "HEX": 0}

    child.stdin.write("lock\n")
    child.stdin.flush()
    locked = child.stdout.readline().split()
    assert locked[:2] == ["locked", str(service_pid)], locked
    assert not Path(f"/proc/{service_pid}").exists()  # the key holder has ended
    locked_window = key_copies(child.pid, key)
    fresh_service = key_copies(int(locked[2]), key)
    assert locked_window == {"raw": 0, "hex": 0, "HEX": 0}
    assert fresh_service == {"raw": 0, "hex": 0, "HEX": 0}
    child.stdin.write("quit\n")
    child.stdin.flush()
    assert child.wait(timeout=30) == 0
    return {
        "window process while unlocked (raw/hex)": unlocked_window,
        "window process after lock (raw/hex)": locked_window,
        "fresh service process after lock": fresh_service,
        "control: service process while unlocked": in_service,
        "key holder after lock": "ended",
    }
