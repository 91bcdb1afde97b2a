"""`make package` (Linux): freeze the one-folder app, archive it, and prove the archive works.

1. PyInstaller builds dist/btam-desktop/ from packaging/pyinstaller/btam.spec; the desktop
   entry, AppStream metainfo, icons, install.sh and THIRD_PARTY_NOTICES are added to it.
2. dist/btam-desktop-VERSION-linux-ARCH.tar.gz is made from that folder.
3. The archive is unpacked into an empty temporary folder and its `--self-test` runs there
   offscreen, in a clean environment (no venv, no project on any path), RUNS times; the
   launch-to-unlock time is read from the self-test's unlock line.
4. install.sh --user is tried in a temporary home, and the installed copy self-tests too.
5. If wixl is installed, packaging/windows/check-wxs.sh compiles the WiX source.

Prints the build time, size on disk, archive size and launch-to-unlock times. Exit 1 if a
step fails.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
NAME = "btam-desktop"
APP_ID = "org.btamdesktop.BTAMDesktop"
LINUX = ROOT / "packaging" / "linux"
RUNS = 3


def version() -> str:
    text = (ROOT / "btam_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found, "btam_desktop/__init__.py has no __version__"
    return found.group(1)


def freeze() -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "pyinstaller" / "btam.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    folder = DIST / NAME
    shutil.copy2(ROOT / "THIRD_PARTY_NOTICES", folder / "THIRD_PARTY_NOTICES")
    shutil.copy2(LINUX / "install.sh", folder / "install.sh")
    share = folder / "share"
    for sub, source in (
        ("applications", LINUX / f"{APP_ID}.desktop"),
        ("metainfo", LINUX / f"{APP_ID}.metainfo.xml"),
    ):
        (share / sub).mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, share / sub / source.name)
    shutil.copytree(LINUX / "icons", share / "icons", dirs_exist_ok=True)
    return folder


def archive(folder: Path) -> Path:
    target = DIST / f"{NAME}-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=NAME)
    return target


def clean_env(home: Path) -> dict[str, str]:
    """What a user's session would give the app: no venv, no PYTHONPATH, a fresh home."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(home),
    }


def self_test(executable: Path, home: Path) -> float:
    """Run --self-test; return its launch-to-unlock seconds. Raises if any check fails."""
    env = {**clean_env(home), "BTAM_LAUNCHED_AT": repr(time.time())}
    done = subprocess.run(
        [str(executable), "--self-test"],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    print("  " + done.stdout.strip().replace("\n", "\n  "))
    if done.returncode != 0:
        raise SystemExit(f"the frozen self-test failed (exit {done.returncode}):\n{done.stderr}")
    found = re.search(r"^ok unlock: .*, ([0-9.]+) s after launch$", done.stdout, re.M)
    if not found:
        raise SystemExit("the self-test did not report its launch-to-unlock time")
    return float(found.group(1))


def folder_bytes(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("make package builds the Linux folder; see packaging/README.md for Windows/macOS")
        return 2
    started = time.perf_counter()
    folder = freeze()
    frozen = time.perf_counter()
    tarball = archive(folder)
    archived = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="btam-package-check-") as scratch:
        unpacked, home = Path(scratch) / "unpacked", Path(scratch) / "home"
        unpacked.mkdir()
        home.mkdir()
        with tarfile.open(tarball) as tar:
            tar.extractall(unpacked, filter="tar")
        print(f"Self-test of the unpacked archive ({RUNS} launches, offscreen, clean env):")
        times = [self_test(unpacked / NAME / NAME, home) for _ in range(RUNS)]

        print("install.sh --user in an empty home, then the installed copy's self-test:")
        subprocess.run(
            ["sh", str(unpacked / NAME / "install.sh"), "--user"],
            env=clean_env(home),
            check=True,
        )
        entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
        if f'Exec="{home}/.local/opt/btam-desktop/btam-desktop" %f' not in entry.read_text():
            raise SystemExit(f"the installed menu entry does not start the installed copy: {entry}")
        self_test(home / ".local" / "bin" / NAME, home)
    checked = time.perf_counter()

    if shutil.which("wixl"):
        print("WiX source, compiled by wixl with a stand-in payload:")
        subprocess.run(["sh", str(ROOT / "packaging" / "windows" / "check-wxs.sh")], check=True)
    else:
        print("WiX source not checked: wixl is not installed (apt install wixl msitools)")

    size, count = folder_bytes(folder)
    du = subprocess.run(["du", "-sh", str(folder)], capture_output=True, text=True, check=True)
    print()
    print(
        f"Folder:  {folder.relative_to(ROOT)}: {mib(size)} in {count} files "
        f"(du: {du.stdout.split()[0]})"
    )
    print(f"Archive: {tarball.relative_to(ROOT)}: {mib(tarball.stat().st_size)}")
    print(
        "Frozen launch to unlocked case file: "
        + ", ".join(f"{t:.2f}" for t in times)
        + f" s (median {statistics.median(times):.2f} s; self-test key derivation, "
        "a member's calibrated Argon2id adds about 0.5 s)"
    )
    print(
        f"Time: build {frozen - started:.0f} s, archive {archived - frozen:.0f} s, "
        f"checks {checked - archived:.0f} s, total {checked - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
