"""Sync folders as the transport tests see them (issue 17): a team of three laptops made from
one case file, which files in a folder are exactly as a laptop wrote them, the faults a share,
a USB stick or another program leaves there, and the checks that no op arrived twice or from a
file that was not intact.

A file is *intact* when its bytes are the bytes a laptop's `publish` wrote, at the path it
wrote them (relative to the folder). Every other file is a fault of some kind (damaged,
renamed, a copy in the wrong place, another program's), and the transport's promise is that
nothing in such a file is ever applied.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

import btam_desktop
from btam_desktop.services import cases, members, session as sessions
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.storage import sync_segment
from btam_desktop.storage.sync_segment import BadSegmentError, Header
from tests.conftest import PASSPHRASE, make_case_file

COUNSELOR = "Marcus Test-Counselor"
COUNSELOR_PASSPHRASE = "a counselor's own fictional passphrase"
STUDENT = "Owen Petrakis-Lund"
#: (folder name, member, passphrase): the lead's laptop, the counselor's and the projector
#: laptop, where the lead signs in again (as in test_folder.py's `team`).
LAPTOPS: tuple[tuple[str, str | None, str], ...] = (
    ("a.btam", None, PASSPHRASE),
    ("b.btam", COUNSELOR, COUNSELOR_PASSPHRASE),
    ("c.btam", None, PASSPHRASE),
)
#: `seg/g<gen>/<origin>/<name>`, the only place a laptop writes segments.
SEGMENT_PATH = re.compile(r"^seg/g(\d+)/([^/]+)/([^/]+)$")
_DIGEST = re.compile(r"[0-9a-fA-F]{16}")


def make_team_file(folder: Path) -> str:
    """A closed case file with the lead, the counselor and one case; returns the case's id."""
    first, _ = make_case_file(folder)
    members.add_member(first, COUNSELOR, "counselor", COUNSELOR_PASSPHRASE, kdf=TEST_KDF)
    case, _ = cases.create_case(first, cases.NewCase(STUDENT, "7", summary="Base summary."))
    sessions.lock(first)
    return case.id


def unlock(root: Path, laptop: int) -> Session:
    """Laptop `laptop` (0, 1, 2 of `LAPTOPS`) under `root`, unlocked by its own member."""
    name, member, passphrase = LAPTOPS[laptop]
    return sessions.unlock(root / name, member, passphrase)


# -- what a folder holds -----------------------------------------------------------------------
def files_under(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` by its path relative to it (with `/`), with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def segment_place(rel: str, generation: int = 1) -> tuple[str, int, int] | None:
    """(origin, seq_from, seq_to) when `rel` is where a segment of `generation` would be."""
    found = SEGMENT_PATH.match(rel)
    if found is None or int(found.group(1)) != generation:
        return None
    origin, name = found.group(2), found.group(3)
    named = sync_segment.NAME.match(name)
    if not sync_segment.ORIGIN.match(origin) or named is None:
        return None
    return origin, int(named.group(1)), int(named.group(2))


def intact_ops(files: Mapping[str, bytes], genuine: Mapping[str, bytes]) -> set[tuple[str, int]]:
    """The (origin, seq) of every op in a file that is exactly as a laptop wrote it."""
    out: set[tuple[str, int]] = set()
    for rel, data in files.items():
        place = segment_place(rel)
        if place is not None and genuine.get(rel) == data:
            origin, first, last = place
            out.update((origin, seq) for seq in range(first, last + 1))
    return out


def stable_key(rel: str, labels: Mapping[str, str]) -> str:
    """A sort key that does not depend on random ids or digests: origins by the laptop that
    writes them, digests left out. Hypothesis draws positions in lists sorted by it, so a
    replayed run picks the same files although every run's ids and nonces differ."""
    for origin, label in labels.items():
        rel = rel.replace(origin, label)
    return _DIGEST.sub("", rel)


# -- what a replica holds ------------------------------------------------------------------------
def held_ops(s: Session) -> set[tuple[str, int]]:
    """The (origin, seq) of every op the replica holds: what a sync added is the difference."""
    return {(str(r[0]), int(r[1])) for r in s.ocf.conn.execute("SELECT origin, seq FROM sync_ops")}


def op_rows(s: Session) -> dict[tuple[str, int], tuple[Any, ...]]:
    """Every op as stored, by (origin, seq): two replicas must never hold different ones."""
    return {
        (str(r[0]), int(r[1])): tuple(r[2:])
        for r in s.ocf.conn.execute(
            "SELECT origin, seq, op_id, hlc, member_id, intent, body FROM sync_ops"
        )
    }


def own_origin(s: Session) -> str | None:
    """The origin this laptop writes under now (None before its first change)."""
    row = s.ocf.conn.execute("SELECT replica_id FROM sync_replica").fetchone()
    return None if row is None else str(row[0])


def twice_applied(s: Session) -> list[tuple[Any, ...]]:
    """Audit events that arrived twice (one origin's event number more than once) and ops held
    twice: both empty, or an op was applied twice."""
    events = s.ocf.conn.execute(
        "SELECT origin, origin_seq, count(*) FROM audit WHERE origin IS NOT NULL "
        "GROUP BY origin, origin_seq HAVING count(*) > 1"
    ).fetchall()
    ops = s.ocf.conn.execute(
        "SELECT origin, seq, count(*) FROM sync_ops GROUP BY origin, seq HAVING count(*) > 1"
    ).fetchall()
    return [*events, *ops]


# -- faults --------------------------------------------------------------------------------------
#: Faults a folder really meets, after which the transport must still converge.
FAULTS = (
    "truncated",  # a copy cut short (a stick pulled out, a full disk)
    "bit_flipped",  # one bit changed, the name kept
    "bit_flipped_renamed",  # one bit changed, named after its new content: only AES-GCM can tell
    "duplicated",  # the same bytes under another name of the same run (another digest)
    "renamed",  # moved to another name of the same run (another digest)
    "renamed_not_ours",  # renamed by a tool: `x (1).bts`, `Copy of x`, upper-case digest
    "lost",  # deleted (someone tidying a stick)
    "conflict_copy",  # Syncthing's `*.sync-conflict-*` copy beside it
    "syncthing_tmp",  # Syncthing's `.syncthing.*.tmp` and `~syncthing~*.tmp`, half there
    "half_written",  # the `<name>.tmp` an interrupted write leaves
    "foreign",  # another program's file under a segment's name that matches its content
    "elsewhere",  # a copy under another generation's folder, or a folder that is no origin
)
#: Faults that name a run of ops the file does not hold as this origin's: a copy in another
#: laptop's folder, a rename to a wider run keeping the digest, another program's file named
#: as a later run. The publisher counts such a name as published (see test_folder_machine.py).
MISLEADING = ("misplaced", "renamed_wider", "foreign_wider")
_NOT_A_SEGMENT = b"Notes from another program, left in this folder by mistake.\n"


def _flip(data: bytes, at: int) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    out[at % len(out)] ^= 1 << (abs(at) % 8)
    return bytes(out)


def plant(
    folder: Path, rel: str, kind: str, at: int, tag: str, others: Iterable[str] = ()
) -> list[str]:
    """Apply fault `kind` to the segment at `rel` in `folder`; returns the paths it wrote.

    `at` picks a position or a cut (negative: from the end, so the GCM tag is hit too),
    `tag` is 16 hex digits for a made-up digest, `others` are other origin folders' names."""
    path = folder / rel
    data = path.read_bytes()
    place = segment_place(rel)
    assert place is not None, rel
    origin, first, last = place
    name = path.name
    beside = path.parent
    size = max(len(data), 1)  # a file already cut to nothing can be damaged again
    written: list[Path] = []

    def put(target: Path, content: bytes) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        written.append(target)

    if kind == "truncated":
        put(path, data[: at % size])
    elif kind == "bit_flipped":
        put(path, _flip(data, at))
    elif kind == "bit_flipped_renamed":
        flipped = _flip(data, at)
        put(beside / sync_segment.file_name(first, last, flipped), flipped)
    elif kind in ("duplicated", "renamed"):
        other = f"{first:08d}-{last:08d}-{tag}.bts"
        if other != name:
            put(beside / other, data)
            if kind == "renamed":
                path.unlink()
    elif kind == "renamed_not_ours":
        stem = name.removesuffix(".bts")
        names = (f"{stem} (1).bts", f"Copy of {name}", name.upper().replace(".BTS", ".bts"))
        put(beside / names[at % 3], data)
        path.unlink()
    elif kind == "lost":
        path.unlink()
    elif kind == "conflict_copy":
        stem = name.removesuffix(".bts")
        copy = data if at % 2 else data[: len(data) // 2]
        put(beside / f"{stem}.sync-conflict-20270315-091500-ABCDEFG.bts", copy)
    elif kind == "syncthing_tmp":
        put(beside / f".syncthing.{name}.tmp", data[: at % size])
        put(beside / f"~syncthing~{name}.tmp", data[: len(data) // 3])
    elif kind == "half_written":
        put(beside / f"{name}.tmp", data[: at % size])
    elif kind == "foreign":
        put(beside / sync_segment.file_name(first, last, _NOT_A_SEGMENT), _NOT_A_SEGMENT)
    elif kind == "elsewhere":
        places = (folder / "seg" / "g2" / origin, folder / "seg" / "g1" / "Backup of laptop")
        put(places[at % 2] / name, data)
    elif kind == "misplaced":
        targets = sorted(o for o in others if o != origin)
        if targets:
            put(folder / "seg" / "g1" / targets[at % len(targets)] / name, data)
    elif kind == "renamed_wider":
        put(beside / f"{first:08d}-{last + 1 + at % 50:08d}-{name[18:]}", data)
        path.unlink()
    elif kind == "foreign_wider":
        put(beside / sync_segment.file_name(last + 1, last + 40, _NOT_A_SEGMENT), _NOT_A_SEGMENT)
    else:
        raise ValueError(kind)
    return [p.relative_to(folder).as_posix() for p in written]


def carry(src: Path, dst: Path, rels: Iterable[str], junk: bool) -> list[str]:
    """What a person with a USB stick does: copy these files from one folder to the same
    place in another (replacing what is there), with the junk a Mac or Windows adds when
    `junk` (`._` AppleDouble files, `.DS_Store`, `Thumbs.db`); returns the paths written."""
    written: list[str] = []
    for rel in rels:
        target = dst / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / rel, target)
        written.append(rel)
        if junk:
            apple = target.with_name(f"._{target.name}")
            apple.write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + bytes(4000))
            (target.parent / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(2000))
            (target.parent / "Thumbs.db").write_bytes(bytes(512))
            written += [
                p.relative_to(dst).as_posix()
                for p in (apple, target.parent / ".DS_Store", target.parent / "Thumbs.db")
            ]
    return written


# -- the test of the test ------------------------------------------------------------------------
def open_without_the_tag(
    data: bytes, header: Header, data_key: bytes
) -> tuple[dict[str, Any], bytes]:
    """A mutant of `sync_segment.open_sealed`: AES-GCM's keystream (CTR from counter 2) without
    checking the tag, so damage the tag alone would reveal goes unnoticed."""
    key = sync_segment.group_key(data_key, header.file_id, header.generation)
    ciphertext = data[len(sync_segment.MAGIC) + 4 + len(header.raw) :][:-16]
    if len(header.nonce) != 12:
        raise BadSegmentError("mutant: not a 96-bit nonce")
    counter = header.nonce + (2).to_bytes(4, "big")
    decryptor = Cipher(algorithms.AES(key), modes.CTR(counter)).decryptor()
    sealed = decryptor.update(ciphertext) + decryptor.finalize()
    try:
        outer = json.loads(zlib.decompressobj().decompress(sealed, sync_segment.MAX_BYTES))
        return dict(outer["body"]), base64.b64decode(outer["sig"], validate=True)
    except (ValueError, KeyError, TypeError, zlib.error) as error:
        raise BadSegmentError(f"mutant: damaged ({type(error).__name__})") from None


def digest_of(path: Path) -> str:
    """The digest a file's name should carry (for the mutant that takes it from the content)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


# -- `btam-desktop sync` in a child process ---------------------------------------------------
#: The package the tests import, so the child runs the same code.
REPO = Path(btam_desktop.__file__).resolve().parents[1]


def run_sync(
    root: Path, laptop: int, folder: Path, crash: str = ""
) -> subprocess.CompletedProcess[str]:
    """`btam-desktop sync PATH FOLDER` in a child process, as the member of that laptop,
    killed with SIGKILL at `crash` when one is given."""
    name, member, passphrase = LAPTOPS[laptop]
    env = {key: value for key, value in os.environ.items() if key != "BTAM_CRASH_AT"}
    env["BTAM_PASSPHRASE"] = passphrase
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    if crash:
        env["BTAM_CRASH_AT"] = f"{crash}:kill"
    args = [sys.executable, "-m", "btam_desktop", "sync", str(root / name), str(folder)]
    if member:
        args += ["--member", member]
    return subprocess.run(
        args, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
    )
