"""The district roll-up (issue 21): a school year's published figures in a file signed with the
team lead's key (`domain/rollup.py`), for the district; and the district's side, which checks
several schools' files and prints them side by side (`domain/district_sum.py`,
`reports/district_view.py`) with no case file and no passphrase.

The file never goes through the team's sync folder: it is for the district, not for the team's
laptops, so it is refused there.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from btam_desktop.domain import clock, district_sum, rollup
from btam_desktop.domain.changes import NO_CHANGES, ChangeSet
from btam_desktop.domain.disclosure import Audience, Destination, DocumentKind
from btam_desktop.domain.errors import PermissionDeniedError, ValidationError
from btam_desktop.domain.local_time import moment_text, zone_text
from btam_desktop.domain.records import new_id, utc_now
from btam_desktop.services import printing, stats, sync_settings
from btam_desktop.services.contracts.rollup import RollupWritten as RollupWritten
from btam_desktop.services.packs import team_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import crypto, fsio, team_repo
from btam_desktop.storage.faults import crash_point


def _inside(path: Path, folder: Path) -> bool:
    """`path` is `folder` or below it as the file system sees it: by name, and by identity
    (a folder reached by another spelling on a volume that ignores case, or through a link)."""
    if path == folder or folder in path.parents:
        return True
    try:
        shared = folder.stat()
    except OSError:
        return False
    for candidate in (path, *path.parents):
        try:
            if os.path.samestat(candidate.stat(), shared):
                return True
        except OSError:
            continue  # not there (yet): the file itself, or a folder still to be made
    return False


def refuse_sync_folder(session: Session, path: Path) -> None:
    """A roll-up written into the team's sync folder would travel to every laptop of the team
    instead of going to the district: refused, with why."""
    shared = sync_settings.folder(session)
    if shared is None:
        return
    if _inside(path.expanduser().resolve(), shared.expanduser().resolve()):
        raise ValidationError(
            f"{path} is inside the team's sync folder ({shared}). The roll-up is for the "
            "district, never for the sync folder: save it in another folder, then give it to "
            "the district. Nothing was written."
        )


def export_rollup(session: Session, year: int, path: Path) -> tuple[RollupWritten, ChangeSet]:
    """Write school year `year`'s roll-up to `path`, signed with the lead's key, and log it
    (committed before the file appears, like a saved PDF)."""
    session.require_lead("sign a district roll-up")
    ocf = session.ocf
    slot = ocf.keys.slot_of(session.member_id)
    if not ocf.signing_key or slot is None or not slot.signing_public_key:
        raise PermissionDeniedError(
            "Your key has no signing key yet, so the roll-up cannot be signed: lock the case "
            "file and unlock it again, then try once more."
        )
    if not path.parent.is_dir() or path.is_dir():
        raise ValidationError(f"{path}: name a file in an existing folder.")
    refuse_sync_folder(session, path)
    figures = stats.year_statistics(session, year)
    team = team_repo.get_team(ocf.conn)
    made = rollup.from_tables(
        figures.tables,
        school=team.school,
        district=team.district,
        year=figures.label,
        start=figures.start,
        end=figures.end,
        pack=team_pack(ocf.conn).name,
        minimum=figures.minimum,
        created_at=utc_now(),
    )
    body = rollup.unsigned_body(made, session.member_name, slot.signing_public_key)
    signature = crypto.sign(bytes(ocf.signing_key), rollup.canonical(body))
    staged = fsio.StagedExport(path, rollup.file_bytes(body, signature), step="rollup")
    document_id = new_id()
    try:
        with ocf.transaction(intent="rollup.export"):
            disclosure = printing.log_disclosure(
                session,
                document_id,
                DocumentKind.DISTRICT_ROLLUP,
                Destination.EXPORTED,
                Audience(),
                options={"year": figures.label},
            )
        crash_point("rollup.committed")
        staged.publish()
    finally:
        staged.discard()
    written = RollupWritten(
        path,
        figures.label,
        session.member_name,
        rollup.fingerprint(slot.signing_public_key),
        document_id,
        disclosure.id,
    )
    return written, NO_CHANGES


# -- the district's side: no case file ----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SchoolFile:
    path: Path
    signed: rollup.Signed


def read_signed(path: Path) -> SchoolFile:
    """A roll-up file whose signature matches its contents; else a RollupFileError naming it."""
    try:
        with path.open("rb") as handle:
            data = handle.read(rollup.MAX_BYTES + 1)
    except OSError as error:
        raise rollup.RollupFileError(f"{path}: cannot be read ({error.strerror}).") from None
    try:
        signed, message = rollup.read(data)
    except rollup.RollupFileError as error:
        raise rollup.RollupFileError(f"{path}: {error}.") from None
    if not crypto.signature_ok(signed.public_key, signed.signature, message):
        raise rollup.RollupFileError(
            f"{path}: its signature does not match its contents: it was changed after it was "
            "signed, or it is not the file the school made. Ask the school for its file again."
        )
    return SchoolFile(path, signed)


@dataclass(frozen=True, slots=True)
class DistrictPrinted:
    pdf: bytes
    view: district_sum.DistrictView
    files: tuple[SchoolFile, ...]
    #: The schools `--expect` named that no file came from (said, not refused).
    unmatched: tuple[str, ...] = ()


def district_view(
    paths: Sequence[Path], minimum: int | None = None, expect: Sequence[str] = ()
) -> DistrictPrinted:
    """Every file checked (signature, one school year, each school once), then the PDF. With
    `expect` ("SCHOOL=FINGERPRINT" each), each file's key must also be the one given for its
    school: the signature alone proves the file unchanged, not who made it."""
    expected = district_sum.expected_keys(expect)
    files = tuple(read_signed(p) for p in paths)
    for f in files if expected else ():
        why = district_sum.unexpected_signer(expected, f.signed.rollup.school, f.signed.fingerprint)
        if why is not None:
            raise rollup.RollupFileError(f"{f.path}: {why}.")
    rollups = [f.signed.rollup for f in files]
    try:
        view = district_sum.build(rollups, minimum)
    except ValidationError as error:
        named = "; ".join(
            f"{n}: {f.path} ({f.signed.rollup.school}, {f.signed.rollup.year})"
            for n, f in enumerate(files, 1)
        )
        raise ValidationError(f"{error} The files: {named}. Nothing was printed.") from None
    from btam_desktop.reports import district_view as builder, snapshots as sn

    now = clock.now()
    snapshot = sn.DistrictSnapshot(
        info=sn.DocumentInfo(
            document_id=new_id(),
            title=f"District view {view.year}",
            generated_by="btam-desktop district-sum",
            generated_at=moment_text(now),
            zone=zone_text(now),
            readers=sn.Readers.AGGREGATE,
        ),
        view=view,
        sources=tuple(
            sn.DistrictSource(
                file_name=f.path.name,
                school=f.signed.rollup.school,
                district=f.signed.rollup.district,
                pack=f.signed.rollup.pack,
                minimum=f.signed.rollup.minimum,
                signer=f.signed.signer,
                fingerprint=rollup.fingerprint_text(f.signed.fingerprint),
                created_at=moment_text(f.signed.rollup.created_at),
            )
            for f in files
        ),
        keys_checked=bool(expected),
    )
    given = {district_sum.school_key(f.signed.rollup.school) for f in files}
    unmatched = tuple(
        text.rpartition("=")[0].strip()
        for text in expect
        if district_sum.expected_key(text)[0] not in given
    )
    return DistrictPrinted(builder.build(snapshot), view, files, unmatched)


def write_district_view(
    paths: Sequence[Path], out: Path, minimum: int | None = None, expect: Sequence[str] = ()
) -> DistrictPrinted:
    """`district_view`, written to `out` (atomically) once every file has passed its checks."""
    if out.is_dir() or not out.parent.is_dir():
        raise ValidationError(f"-o {out}: name a file in an existing folder.")
    printed = district_view(paths, minimum, expect)
    fsio.atomic_write(out, printed.pdf, step="district_view")
    return printed
