"""Team sync, part 2: this laptop's changes leave through a folder the school already trusts
(a network share, a USB stick, a Syncthing folder), and the others' arrive from it.

Only immutable, signed, encrypted segments go there (`storage/sync_segment.py`), never the case
file. Each laptop writes only under its own origin's sub-folder, a file is never edited after
it is written, and a reader applies nothing it cannot verify: a damaged, renamed or foreign
file is listed and left for the next run; other tools' temporary files and conflict copies are
not even read. The folder needs no state of its own beyond `FORMAT`, which names the case file
it belongs to (an id, no student data), so a second case file cannot be synced into it.

    publish: sync_ops (this member's, beyond the folder's highest) -> seg/g<gen>/<origin>/*.bts
    pull:    seg/g<gen>/*/*.bts -> verify name, header, decrypt, signature, origin's member
             -> sync.apply_ops (one transaction; order, duplicates and gaps handled there)
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from btam_desktop.domain import hlc
from btam_desktop.domain.errors import ValidationError
from btam_desktop.services import sync, sync_blobs, sync_keyring, sync_relay
from btam_desktop.services.contracts.sync import (
    FolderSync,
    SkippedFile,
    SyncReport,
)
from btam_desktop.services.session import DerivedKey, Session, lock, open_unlocked
from btam_desktop.storage import (
    backup as backups,
    fsio,
    rotation,
    sync_keys,
    sync_oplog,
    sync_quarantine,
    sync_segment,
)
from btam_desktop.storage.casefile import LockedCaseFile
from btam_desktop.storage.errors import AlreadyExistsError
from btam_desktop.storage.faults import crash_point
from btam_desktop.storage.sync_op import Op
from btam_desktop.storage.sync_segment import BadSegmentError

FORMAT_FILE = "FORMAT"
FORMAT_LINE = "btam-sync 1"
#: A segment holds at most this many ops: a school year is a few files, a day's work one.
SEGMENT_OPS = 2_000
_META_FOLDER = "sync_folder"


def _format_text(file_id: str) -> str:
    return f"{FORMAT_LINE}\nfile {file_id}\n"


def attach(session: Session, folder: Path) -> None:
    """Make `folder` this case file's sync folder (the first run writes its FORMAT), or
    refuse one that belongs to another case file."""
    if not folder.is_dir():
        raise ValidationError(f"The sync folder {folder} is not reachable: is it connected?")
    file_id = session.ocf.keys.file_id
    marker = folder / FORMAT_FILE
    try:
        text = marker.read_text(encoding="ascii")
    except FileNotFoundError:
        data = _format_text(file_id).encode("ascii")
        fsio.atomic_write(marker, data, tmp=folder / f".~{FORMAT_FILE}.tmp")
        return
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(f"The sync folder's {FORMAT_FILE} cannot be read: {error}") from None
    if text != _format_text(file_id):
        raise ValidationError(
            f"{folder} is the sync folder of another case file (or of another program). "
            "Choose an empty folder, or this case file's own."
        )


# -- publish ---------------------------------------------------------------------------------
#: Files this process has verified as a member's own, by (path, size, mtime): a segment is
#: never edited, so one seen intact stays intact unless its bytes change.
_VERIFIED: set[tuple[str, int, int]] = set()


def _published(session: Session, root: Path, origin: str) -> set[int]:
    """The op numbers of `origin` that its folders hold in files a reader would apply: this
    member's, intact, and holding the run their name gives, under any generation this laptop
    reads (a teammate still on the old one reads those). A run lost or damaged anywhere (not
    only the newest), or a name that only claims a run, leaves its numbers to be written
    again."""
    held: set[int] = set()
    for generation in sync_keyring.data_keys(session):
        place = sync_segment.folder_of(root, generation, origin)
        for name in fsio.names_in(place):
            found = sync_segment.NAME.match(name)
            if found is None:
                continue
            seq_from, seq_to = int(found.group(1)), int(found.group(2))
            path = place / name
            try:
                stat = path.stat()
            except OSError:
                continue
            key = (str(path), stat.st_size, stat.st_mtime_ns)
            if key not in _VERIFIED:
                try:
                    segment, _ = verified(
                        session, origin, path, (seq_from, seq_to, found.group(3)), generation
                    )
                except BadSegmentError:
                    continue
                if segment.member_id != session.member_id:
                    continue
                _VERIFIED.add(key)
            held.update(range(seq_from, seq_to + 1))
    return held


def publish(session: Session, folder: Path) -> tuple[int, int]:
    """Write this member's ops the folder lacks, as segments; returns (ops, files)."""
    ocf = session.ocf
    if not ocf.signing_key:
        raise ValidationError("This laptop has no signing key for you yet: lock and unlock once.")
    sent_ops = sent_files = 0
    for origin in sync_oplog.origins_of(ocf.conn, session.member_id):
        place = sync_segment.folder_of(folder, ocf.generation, origin)
        _remove_leftovers(place)
        held = _published(session, folder, origin)
        gap = next(n for n in itertools.count(1) if n not in held)
        # This member's ops the folder lacks, from its first hole on, in runs without a gap;
        # another member's op on the same origin (a laptop shared before origins were per
        # member) ends a run: it waits for them.
        runs: list[list[Op]] = [[]]
        for op in sync_oplog.ops_after(ocf.conn, origin, gap - 1):
            if op.member_id != session.member_id:
                break
            if op.seq in held:
                runs.append([])
                continue
            runs[-1].append(op)
        for run in (r for r in runs if r):
            sent_ops, sent_files = _write_run(session, place, run, sent_ops, sent_files)
    return sent_ops, sent_files


def _remove_leftovers(place: Path) -> None:
    """Only this laptop writes under its origin, and only one process holds the case file: a
    temporary file there is what a killed sync left."""
    for name in fsio.names_in(place):
        if name.startswith(".~") and name.endswith(".tmp"):
            fsio.remove_quietly(place / name)


def _write_run(
    session: Session, place: Path, run: list[Op], sent_ops: int, sent_files: int
) -> tuple[int, int]:
    """Write one gapless run of this member's ops as segments; the counts so far, updated."""
    ocf = session.ocf
    for start in range(0, len(run), SEGMENT_OPS):
        chunk = run[start : start + SEGMENT_OPS]
        data = sync_segment.encode(
            chunk,
            file_id=ocf.keys.file_id,
            generation=ocf.generation,
            data_key=bytes(ocf.data_key),
            member_id=session.member_id,
            signing_key=bytes(ocf.signing_key),
        )
        place.mkdir(parents=True, exist_ok=True)
        name = sync_segment.file_name(chunk[0].seq, chunk[-1].seq, data)
        fsio.atomic_write(place / name, data, step="segment", tmp=place / f".~{name}.tmp")
        sent_ops += len(chunk)
        sent_files += 1
    return sent_ops, sent_files


# -- pull ------------------------------------------------------------------------------------
def _segment_files(folder: Path, generation: int) -> Iterator[tuple[str, Path]]:
    """(origin, file) for every name that could be a segment; everything else is not ours."""
    root = folder / "seg" / f"g{generation}"
    for origin in sorted(fsio.names_in(root)):
        if not sync_segment.ORIGIN.match(origin):
            continue
        for name in sorted(fsio.names_in(root / origin)):
            yield origin, root / origin / name


def _origin_members(session: Session) -> dict[str, set[str]]:
    return {
        str(r[0]): {str(m) for m in str(r[1]).split(",") if m}
        for r in session.ocf.conn.execute(
            "SELECT origin, group_concat(DISTINCT member_id) FROM sync_ops GROUP BY origin"
        )
    }


class _Pull:
    """What one pull read: the ops to apply, and the files it could not."""

    def __init__(self, session: Session, folder: Path) -> None:
        self.session = session
        self.folder = folder
        self.ops: list[Op] = []
        self.files = 0
        self.skipped: list[SkippedFile] = []
        self.ignored = 0
        #: Whose changes were applied (read is not enough: a removed member's wait for a lead).
        self.signers: set[str] = set()
        #: (origin, seq) -> who signed it, for the ops read and not yet applied.
        self._signed_by: dict[tuple[str, int], str] = {}
        #: Signer name -> the most days ahead of this laptop's clock one of their files was.
        self.ahead: dict[str, int] = {}
        self._now_ms = hlc.wall_ms()
        self._have: dict[str, int] = {}
        self.applied = self.parked = 0
        #: Automatic fields set on two laptops at once, for the sync report.
        self.auto: list[tuple[str, str, str]] = []
        #: Files not looked at because the reading stopped at its limit.
        self.left = 0
        self._owners = _origin_members(session)
        #: (generation, segment) of every file accepted, kept to carry them on (a relay).
        self.read_segments: list[tuple[int, sync_segment.Segment]] = []
        #: Signer name -> origin -> the last op number of theirs held back for the clock.
        self.held: dict[str, dict[str, int]] = {}
        #: origin -> the last op number a lead accepted although stamped ahead.
        self.accepted = self._acceptances()

    def _acceptances(self) -> dict[str, int]:
        ocf = self.session.ocf
        runs: dict[str, int] = {}
        for path in sorted((self.folder / "keys").glob(f"accept.g{ocf.generation}.*.keys")):
            try:
                data = sync_segment.read_file(path, sync_segment.MAX_BYTES, "a lead's acceptance")
                accepted = sync_keys.decode_accept(data, ocf.keys, bytes(ocf.data_key))
            except BadSegmentError as error:
                self.skipped.append(SkippedFile(path=self._relative(path), why=str(error)))
                continue
            for origin, seq in accepted.items():
                runs[origin] = max(seq, runs.get(origin, 0))
        return runs

    def read_all(self, limit: int | None = None) -> None:
        """Read every file this laptop lacks, under every generation it holds a key of (a
        teammate not yet on the newest one still publishes under theirs), or the first
        `limit` of them it accepts; `left` says how many were not looked at."""
        self._have = sync.seen(self.session)
        wanted = list(self._wanted())
        accepted_before = self.files
        for index, (generation, origin, path, named) in enumerate(wanted):
            if limit is not None and self.files - accepted_before >= limit:
                self.left = len(wanted) - index
                return
            try:
                self._read(origin, path, named, generation)
            except BadSegmentError as error:
                self.skipped.append(SkippedFile(path=self._relative(path), why=str(error)))
        self.left = 0

    def _wanted(self) -> Iterator[tuple[int, str, Path, tuple[int, int, str]]]:
        """(generation, origin, file, what its name says) of the files that may hold ops this
        laptop lacks, in order: by generation, origin, then first op."""
        for generation in sync_keyring.data_keys(self.session):
            for origin, path in _segment_files(self.folder, generation):
                found = sync_segment.NAME.match(path.name)
                if found is None:
                    self.ignored += 1
                    continue
                seq_from, seq_to = int(found.group(1)), int(found.group(2))
                if seq_to > self._have.get(origin, 0):  # else everything in it is here
                    yield generation, origin, path, (seq_from, seq_to, found.group(3))

    def apply(self) -> SyncReport:
        """Apply what was read (one transaction) and start over for a second reading."""
        ops, self.ops = self.ops, []
        before = self._have  # as read_all found it, just before reading these ops
        report = sync.apply_ops(self.session, ops)[0] if ops else sync.NOTHING_APPLIED
        have = sync.seen(self.session) if ops else {}
        signed, self._signed_by = self._signed_by, {}
        self.signers.update(
            name
            for (origin, seq), name in signed.items()
            if before.get(origin, 0) < seq <= have.get(origin, 0)
        )
        read, self.read_segments = self.read_segments, []
        sync_relay.remember(self.session, read)
        self.applied += report.applied
        self.parked = report.parked
        self.auto.extend(report.auto_resolved)
        return report

    def _relative(self, path: Path) -> str:
        return str(path.relative_to(self.folder))

    def _read(self, origin: str, path: Path, named: tuple[int, int, str], generation: int) -> None:
        segment, signer = verified(self.session, origin, path, named, generation)
        owners = self._owners.get(origin, set())
        if owners and segment.member_id not in owners:
            raise BadSegmentError(f"{signer} signed changes under another member's laptop: refused")
        latest = max(hlc.Hlc.parse(op.hlc) for op in segment.ops)
        accepted = segment.seq_to <= self.accepted.get(origin, 0)
        if hlc.too_far_ahead(latest, self._now_ms) and not accepted:
            # A clock far ahead would make this laptop's changes lose to it for days: the
            # file waits (it is read again at every sync) until the clocks agree or a lead
            # accepts it (`accept_clock`).
            days = max(1, round((latest.ms - self._now_ms) / 86_400_000))
            self.ahead[signer] = max(days, self.ahead.get(signer, 0))
            runs = self.held.setdefault(signer, {})
            runs[origin] = max(segment.seq_to, runs.get(origin, 0))
            return
        self._owners[origin] = owners | {segment.member_id}
        self.ops.extend(segment.ops)
        self.read_segments.append((generation, segment))
        self.files += 1
        self._signed_by.update({(op.origin, op.seq): signer for op in segment.ops})


def verified(
    session: Session, origin: str, path: Path, named: tuple[int, int, str], generation: int
) -> tuple[sync_segment.Segment, str]:
    """A segment file checked as a reader must before anything in it counts: its size, the
    digest its name gives (`named`: first and last op, digest), the header (this case file,
    the generation of its folder, changes), the decryption, the signature of a member this
    laptop knows (as a member of that generation), and the run its name gives. Returns the
    segment and the name of the member who signed it."""
    ocf = session.ocf
    seq_from, seq_to, digest = named
    data = sync_segment.read_file(path, sync_segment.MAX_BYTES, "a segment")
    if hashlib.sha256(data).hexdigest()[:16] != digest:
        raise BadSegmentError("its content does not match its name: damaged or changed")
    header = sync_segment.read_header(data)
    if header.kind != "ops":
        raise BadSegmentError("it is not a file of changes")
    if header.file_id != ocf.keys.file_id:
        raise BadSegmentError("it belongs to another case file")
    data_key = sync_keyring.data_keys(session).get(header.generation)
    if header.generation != generation or data_key is None:
        raise BadSegmentError("it was made under another key generation")
    body, signature = sync_segment.open_sealed(data, header, data_key)
    name, public_key = _signers(session, generation).get(str(body.get("member_id", "")), ("", b""))
    if not public_key:
        raise BadSegmentError("it is signed by someone this laptop does not know as a member")
    if not sync_segment.signature_ok(header, body, signature, public_key):
        raise BadSegmentError(f"its signature is not {name}'s")
    segment = sync_segment.ops_of(body, origin, seq_from, seq_to)
    return replace(segment, nonce=header.nonce, signature=signature), name


def _signers(session: Session, generation: int) -> dict[str, tuple[str, bytes]]:
    """Who could sign under `generation`: today's team, or the team as it was then."""
    ocf = session.ocf
    if generation == ocf.generation:
        return {s.member_id: (s.name, s.signing_public_key) for s in ocf.keys.members}
    return rotation.old_signers(ocf.conn, generation)


def sync_with(session: Session, folder: Path, *, max_files: int | None = None) -> FolderSync:
    """Publish this laptop's new changes to `folder` and merge what the others published.

    With `max_files`, a sync that finds more files to take in than that applies the first
    `max_files` it accepts and stops there (`FolderSync.files_left`), publishing nothing yet:
    the window calls again, showing how far it got, until the folder is read."""
    folder = folder.expanduser()
    attach(session, folder)
    problems = sync_keyring.adopt_keys(session, folder)
    sync_keyring.learn_removal(session, folder)
    pulled = _Pull(session, folder)
    pulled.read_all(max_files)
    pulled.apply()
    crash_point("sync.import_committed")
    if pulled.left:  # the window shows how far it got and calls again
        return _result(folder, pulled, problems, files_left=pulled.left)
    # What the others published under this generation is in; now follow a newer one a lead
    # made (a member was removed), and read what was published under it.
    followed = sync_keyring.follow_generations(session, folder)
    problems.extend(followed.problems)
    if followed.removed_by:  # this laptop keeps what it has and sends nothing more
        return _result(
            folder,
            pulled,
            problems,
            removed_by=followed.removed_by,
            removed_at=followed.removed_at,
        )
    if followed.moved:
        problems.extend(sync_keyring.adopt_keys(session, folder))
        pulled.read_all()
        pulled.apply()
    lost = sync_keyring.lost_generation(session, folder)
    if lost is not None:  # two leads removed members at once, and the other lead's key won
        return _result(folder, pulled, problems, key_lost_to=lost[0], key_lost_removed=lost[1])
    blobs = sync_blobs.pull(session, folder)
    sent_ops, sent_files = publish(session, folder)
    sent_blobs = sync_blobs.publish(session, folder)
    relayed = sync_relay.relay(session, folder, sync_keyring.data_keys(session))
    if session.is_lead:
        sync_keyring.publish_keys(session, folder)
        sync_keyring.publish_generation(session, folder)
        sync_keyring.publish_snapshot(session, folder)
    return _result(
        folder,
        pulled,
        [*problems, *blobs.skipped],
        sent_ops=sent_ops,
        sent_files=sent_files,
        open_conflicts=len(sync.conflicts(session)),
        sent_attachments=sent_blobs,
        received_attachments=blobs.filled,
        attachments_waiting=blobs.waiting,
        generation_moved=followed.moved,
        relayed_files=relayed,
        held=sync_quarantine.count(session.ocf.conn, sync_quarantine.REMOVED),
        newer=sync_quarantine.count(session.ocf.conn, sync_quarantine.NEWER),
    )


def _result(folder: Path, pulled: _Pull, problems: list[SkippedFile], **rest: Any) -> FolderSync:
    """What a sync did: what it took in (`pulled`), the files it could not apply, and what
    `rest` says (what it sent, how it ended), for the three ways a sync ends."""
    fields: dict[str, Any] = {
        "sent_ops": 0,
        "sent_files": 0,
        "open_conflicts": 0,
        **rest,
    }
    return FolderSync(
        folder=str(folder),
        received_ops=pulled.applied,
        received_files=pulled.files,
        received_from=tuple(sorted(pulled.signers)) if pulled.applied else (),
        reconciled=sync.reconciled(pulled.session, pulled.auto),
        waiting=pulled.parked,
        skipped=(*problems, *pulled.skipped),
        ignored=pulled.ignored,
        clock_ahead=tuple(sorted(pulled.ahead.items())),
        **fields,
    )


def accept_clock(session: Session, folder: Path, member_name: str) -> int:
    """A lead lets the changes of `member_name` that wait for the clock apply now, on every
    laptop: a signed file names their origins and op numbers (later ones wait again until
    the clocks agree), and the decision is in the audit log. Returns how many origins."""
    session.require_lead("accept changes stamped ahead of the clock")
    pulled = _Pull(session, folder)
    pulled.read_all()
    runs = pulled.held.get(member_name)
    member = session.ocf.keys.slot_named(member_name)
    if not runs or member is None or not session.ocf.signing_key:
        raise ValidationError(f"No changes of {member_name[:80]} wait for the clock.")
    ocf = session.ocf
    data = sync_keys.encode_accept(
        ocf.keys, bytes(ocf.data_key), session.member_id, bytes(ocf.signing_key), runs
    )
    target = sync_keys.accept_path(folder, ocf.generation, data)
    target.parent.mkdir(parents=True, exist_ok=True)
    fsio.atomic_write(target, data, step="team_keys", tmp=target.with_name(f".~{target.name}.tmp"))
    with ocf.transaction(intent="sync.accept_clock"):
        ocf.audit.append(
            session.member_id,
            "sync.clock_accepted",
            entity="member",
            entity_id=member.member_id,
            detail={"origins": len(runs)},
        )
    return len(runs)


def join(
    folder: Path, target: Path, member_name: str, passphrase: str
) -> tuple[Session, FolderSync]:
    """This laptop's own copy of the team's case file: the newest copy a lead left in the
    folder, opened with the member's own passphrase, then brought up to date from the
    folder's changes. `target` must not exist yet."""
    folder = folder.expanduser()
    if target.exists():
        raise AlreadyExistsError(target)
    locked = LockedCaseFile.read(sync_keyring.newest_snapshot(folder))
    slot = locked.slot(member_name)
    keys = locked.derive_member_keys(slot, passphrase)
    try:
        backups.restore(locked, keys.data_key, slot.member_id, target)
    except BaseException:
        keys.zero()
        raise
    session = open_unlocked(
        DerivedKey(target, slot.member_id, keys.data_key, keys.signing_key, keys.private_key)
    )
    try:
        return session, sync_with(session, folder)
    except BaseException:
        lock(session)
        raise
