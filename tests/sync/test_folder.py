"""Team sync, part 2: three real encrypted copies talking through a folder (issue 17)."""

from __future__ import annotations

import hashlib
import shutil
import struct
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from btam_desktop.domain.errors import PermissionDeniedError, ValidationError
from btam_desktop.services import (
    cases,
    conflicts,
    intake,
    manage,
    members,
    session as sessions,
    sync,
    sync_folder,
)
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.storage import sync_keys, sync_segment
from btam_desktop.storage.errors import AlreadyExistsError, UnknownMemberError, WrongPassphraseError
from btam_desktop.storage.sync_op import Op
from tests.conftest import PASSPHRASE, PinClock
from tests.sync.replicas import conflict_rows, origin_chains, synced_tables

COUNSELOR = "Marcus Test-Counselor"
COUNSELOR_PASSPHRASE = "a counselor's own fictional passphrase"
STUDENT = "Owen Petrakis-Lund"
WORDS = "Quillfeather said the bus ride frightened him"


def _round(trio: list[Session], folder: Path) -> None:
    for _ in range(2):
        for s in trio:
            sync_folder.sync_with(s, folder)


def _same(trio: list[Session]) -> None:
    for other in trio[1:]:
        assert synced_tables(other) == synced_tables(trio[0])
        assert conflict_rows(other) == conflict_rows(trio[0])
        assert origin_chains(other) == origin_chains(trio[0])
    for s in trio:
        assert s.ocf.audit.verify().ok


def _segments(folder: Path) -> list[Path]:
    return sorted(folder.glob("seg/g*/*/*.bts"))


def test_three_laptops_converge_through_one_folder(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, c), folder, case_id = team
    cases.update_case(a, case_id, cases.CaseEdit(summary="Lead's summary."))
    manage.add_checkin(b, case_id, date(2027, 3, 12), "Calm at lunch.", "steady")
    first = sync_folder.sync_with(a, folder)
    # The lead's laptop also publishes the history every copy was made from (its ops are
    # the lead's): the others hold it already and take only the new change.
    assert first.sent_ops == 4 and first.received_ops == 0
    second = sync_folder.sync_with(b, folder)
    assert second.received_ops == 1
    assert second.received_from == ("Dana Whitlock-Oyelaran",)
    _round([a, b, c], folder)
    _same([a, b, c])
    for s in (a, b, c):
        assert cases.get_case(s, case_id).case.summary == "Lead's summary."
        assert sync.conflicts(s) == []
    again = sync_folder.sync_with(c, folder)  # a replay changes nothing
    assert (again.sent_ops, again.received_ops, again.skipped) == (0, 0, ())


def test_a_conflict_travels_and_its_resolution_clears_it_everywhere(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, c), folder, case_id = team
    cases.update_case(a, case_id, cases.CaseEdit(summary="Lead's text."))
    cases.update_case(b, case_id, cases.CaseEdit(summary="Counselor's text."))
    _round([a, b, c], folder)
    _same([a, b, c])
    (line,) = conflicts.conflict_lines(c)
    assert line.what == "summary" and line.case_number == cases.get_case(c, case_id).case.number
    assert set(line.members) == {"Dana Whitlock-Oyelaran", COUNSELOR}
    assert sync_folder.sync_with(c, folder).open_conflicts == 1
    sync.resolve_conflict(c, "cases", case_id, "summary", "Both texts, kept by Dana.")
    _round([a, b, c], folder)
    _same([a, b, c])
    assert all(conflicts.conflict_lines(s) == [] for s in (a, b, c))


def test_other_tools_files_are_never_read_and_damaged_ones_never_applied(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, _), folder, case_id = team
    cases.update_case(a, case_id, cases.CaseEdit(summary="Lead's text."))
    sync_folder.sync_with(a, folder)
    (good,) = _segments(folder)
    place = good.parent
    data = good.read_bytes()
    (place / f".syncthing.{good.name}.tmp").write_bytes(data[:10])
    (place / f"~syncthing~{good.name}.tmp").write_bytes(data[:10])
    (place / good.name.replace(".bts", ".sync-conflict-20270315-071000-ABCDEFG.bts")).write_bytes(
        data
    )
    (place / "notes.txt").write_text("not ours")
    # The same bytes with one bit flipped, under a name that matches the damaged content:
    # only the encryption can tell.
    flipped = bytearray(data)
    flipped[-20] ^= 0x01
    name = sync_segment.file_name(5, 5, bytes(flipped))  # numbers the reader lacks
    (place / name).write_bytes(bytes(flipped))
    truncated = place / ("00000006-00000006-" + good.name.split("-")[-1])
    truncated.write_bytes(data[:-30])
    report = sync_folder.sync_with(b, folder)
    assert report.received_ops >= 1 and report.ignored == 4
    whys = {s.path.rsplit("/", 1)[-1]: s.why for s in report.skipped}
    assert "does not decrypt" in whys[name] or "does not match its name" in whys[name]
    assert "does not match its name" in whys[truncated.name]
    assert cases.get_case(b, case_id).case.summary == "Lead's text."
    _same([a, b])


def test_a_member_cannot_write_under_another_members_laptop(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, _), folder, case_id = team
    cases.update_case(a, case_id, cases.CaseEdit(summary="Lead's text."))
    sync_folder.sync_with(a, folder)
    sync_folder.sync_with(b, folder)
    (lead_segment,) = _segments(folder)
    lead_origin = lead_segment.parent.name
    # The counselor makes a real op, then writes it as if it were the lead laptop's next one.
    cases.update_case(b, case_id, cases.CaseEdit(summary="Counselor posing as the lead."))
    mine = [op for op in sync.outgoing(b) if op.member_id == b.member_id][-1]
    forged = replace(mine, origin=lead_origin, seq=5)  # the lead laptop's next

    def write(op: Op, member_id: str) -> None:
        data = sync_segment.encode(
            [op],
            file_id=b.ocf.keys.file_id,
            generation=b.ocf.generation,
            data_key=bytes(b.ocf.data_key),
            member_id=member_id,
            signing_key=bytes(b.ocf.signing_key),  # always the counselor's
        )
        (lead_segment.parent / sync_segment.file_name(5, 5, data)).write_bytes(data)

    write(forged, b.member_id)
    write(replace(forged, member_id=a.member_id), a.member_id)  # claims to be the lead's
    report = sync_folder.sync_with(a, folder)  # the lead's laptop reads the folder
    whys = sorted(s.why for s in report.skipped)
    assert any("under another member's laptop" in why for why in whys), whys
    assert any("signature is not Dana Whitlock-Oyelaran's" in why for why in whys), whys
    assert cases.get_case(a, case_id).case.summary == "Lead's text."


def test_a_segment_of_another_case_file_or_generation_is_refused(
    team: tuple[list[Session], Path, str], tmp_path: Path
) -> None:
    (a, b, _), folder, case_id = team
    cases.update_case(a, case_id, cases.CaseEdit(summary="Lead's text."))
    sync_folder.sync_with(a, folder)
    (good,) = _segments(folder)
    data = good.read_bytes()
    start = len(sync_segment.MAGIC)
    (length,) = struct.unpack(">I", data[start : start + 4])
    header = data[start + 4 : start + 4 + length]
    edits = (
        (b'"gen":1', b'"gen":2'),  # a body moved to another generation
        (a.ocf.keys.file_id.encode(), b"0" * 36),  # to another case file
        (b'"kind":"ops"', b'"kind": "ops"'),  # the same header, other bytes: the AAD differs
    )
    for number, (old, new) in enumerate(edits, 5):
        moved_header = header.replace(old, new)
        assert moved_header != header
        moved = data[:start] + struct.pack(">I", len(moved_header)) + moved_header
        moved += data[start + 4 + length :]
        (good.parent / sync_segment.file_name(number, number, moved)).write_bytes(moved)
    report = sync_folder.sync_with(b, folder)
    whys = sorted(s.why for s in report.skipped)
    assert len(whys) == 3 and report.received_ops == 1  # the real segment only
    assert "another key generation" in whys[2] and "another case file" in whys[0], whys
    assert "does not decrypt" in whys[1], whys


@pytest.mark.reliability("S2", "Sync folder plaintext scan: no student text in any byte")
def test_nothing_under_the_folder_reads_as_plain_text(
    team: tuple[list[Session], Path, str], figures: dict[str, Any]
) -> None:
    (a, b, c), folder, case_id = team
    cases.update_case(a, case_id, cases.CaseEdit(summary=f"{WORDS} on Tuesday."))
    manage.add_checkin(b, case_id, date(2027, 3, 12), f"{WORDS} again.", "steady")
    note = f"Screenshot text: {STUDENT} wrote that {WORDS}.".encode()
    intake.attach_evidence(b, case_id, "bus-note.txt", note * 20)  # travels as its own file
    _round([a, b, c], folder)
    assert list(folder.glob("blob/g1/*.btb"))
    secrets = [STUDENT, "Petrakis", "Quillfeather", "frightened", case_id, COUNSELOR]
    secrets += ["bus-note", hashlib.sha256(note * 20).hexdigest()[:16]]

    def leaks() -> list[str]:
        found = []
        for path in folder.rglob("*"):
            if path.is_file():
                raw = path.read_bytes()
                found += [s for s in secrets if s.encode() in raw or s.encode("utf-16-le") in raw]
        return found

    assert leaks() == []
    files = [p for p in folder.rglob("*") if p.is_file()]
    (folder / "planted.txt").write_text(f"control: {STUDENT}")  # the scan can see a leak
    assert leaks() == [STUDENT, "Petrakis"]
    figures.update(
        files_scanned=len(files),
        bytes_scanned=sum(p.stat().st_size for p in files),
        markers=len(secrets),
        hits=0,
        control_hits=2,
    )


def test_another_member_on_the_same_copy_writes_under_an_origin_of_their_own(
    team: tuple[list[Session], Path, str], tmp_path: Path
) -> None:
    (a, _, _), _, case_id = team
    cases.update_case(a, case_id, cases.CaseEdit(summary="Lead's text."))
    sessions.lock(a)
    counselor = sessions.unlock(tmp_path / "a.btam", COUNSELOR, COUNSELOR_PASSPHRASE)
    try:
        cases.update_case(counselor, case_id, cases.CaseEdit(summary="Counselor's text."))
        owners = {
            str(r[0]): str(r[1])
            for r in counselor.ocf.conn.execute(
                "SELECT origin, group_concat(DISTINCT member_id) FROM sync_ops GROUP BY origin"
            )
        }
        assert all("," not in members_of for members_of in owners.values())
        assert counselor.member_id in owners.values()
    finally:
        sessions.lock(counselor)
    team[0][0] = sessions.unlock(tmp_path / "a.btam", None, PASSPHRASE)


def test_a_format_1_key_file_gets_signing_keys_at_its_first_unlock(tmp_path: Path) -> None:
    import json

    shutil.copytree(Path("tests/fixtures/casefiles/schema-v9"), tmp_path / "v9.btam")
    path = tmp_path / "v9.btam" / "case.g1.keys"
    before = json.loads(path.read_bytes())
    assert before["format_version"] == 1 and "signing" not in before["members"][0]  # control
    s = sessions.unlock(tmp_path / "v9.btam", "Marcus Feldspar", "fixture passphrase v9")
    try:
        assert s.ocf.signing_key  # this member can sign at once
    finally:
        sessions.lock(s)
    after = json.loads(path.read_bytes())
    assert after["format_version"] == 2
    assert all("signing" in slot for slot in after["members"])
    again = sessions.unlock(
        tmp_path / "v9.btam", "Marcus Feldspar", "fixture passphrase v9"
    )  # opened from its slot
    try:
        assert again.ocf.signing_key
    finally:
        sessions.lock(again)


PSYCHOLOGIST = "Priya Test-Psychologist"
PSYCHOLOGIST_PASSPHRASE = "the psychologist's fictional passphrase"


def test_a_member_added_on_the_leads_laptop_joins_from_the_folder(
    team: tuple[list[Session], Path, str], tmp_path: Path
) -> None:
    (a, b, _), folder, case_id = team
    with pytest.raises(ValidationError, match="no copy to join from yet"):
        sync_folder.join(folder, tmp_path / "early.btam", COUNSELOR, COUNSELOR_PASSPHRASE)
    members.add_member(a, PSYCHOLOGIST, "psychologist", PSYCHOLOGIST_PASSPHRASE, kdf=TEST_KDF)
    sync_folder.sync_with(a, folder)  # the lead publishes the key list and a copy to join
    assert b.ocf.keys.slot_named(PSYCHOLOGIST) is None
    sync_folder.sync_with(b, folder)
    assert b.ocf.keys.slot_named(PSYCHOLOGIST) is not None  # adopted from the lead's list
    with pytest.raises(WrongPassphraseError):
        sync_folder.join(folder, tmp_path / "p.btam", PSYCHOLOGIST, "not her passphrase")
    with pytest.raises(UnknownMemberError):
        sync_folder.join(folder, tmp_path / "p.btam", "Nobody Fictional", PSYCHOLOGIST_PASSPHRASE)
    assert not (tmp_path / "p.btam").exists()  # a refused join leaves nothing
    p, joined = sync_folder.join(folder, tmp_path / "p.btam", PSYCHOLOGIST, PSYCHOLOGIST_PASSPHRASE)
    try:
        assert joined.skipped == ()
        assert cases.get_case(p, case_id).case.summary == "Base summary."
        cases.update_case(p, case_id, cases.CaseEdit(summary="Psychologist's summary."))
        assert sync_folder.sync_with(p, folder).sent_ops >= 1
        got = sync_folder.sync_with(b, folder)
        assert got.skipped == () and PSYCHOLOGIST in got.received_from
        assert cases.get_case(b, case_id).case.summary == "Psychologist's summary."
        _round([a, b, p], folder)
        _same([a, b, p])
    finally:
        sessions.lock(p)
    with pytest.raises(AlreadyExistsError):
        sync_folder.join(folder, tmp_path / "p.btam", PSYCHOLOGIST, PSYCHOLOGIST_PASSPHRASE)


def test_a_key_list_not_signed_by_a_lead_is_refused(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, _), folder, _ = team
    sync_folder.sync_with(a, folder)
    # The counselor (not a lead) writes a key list with a slot of her own making.
    members_before = {s.member_id for s in a.ocf.keys.members}
    forged_slot = replace(b.ocf.keys.members[-1], member_id="f0f0f0f0-0000-4000-8000-000000000000")
    forged = replace(b.ocf.keys, members=(*b.ocf.keys.members, forged_slot))
    data = sync_keys.encode(forged, bytes(b.ocf.data_key), b.member_id, bytes(b.ocf.signing_key))
    (folder / "keys" / "team.g1.0123456789abcdef.keys").write_bytes(data)
    report = sync_folder.sync_with(a, folder)
    assert [s.why for s in report.skipped] == ["it is not signed by a team lead this laptop knows"]
    assert {s.member_id for s in a.ocf.keys.members} == members_before


def _written_ahead(
    s: Session, folder: Path, case_id: str, pin_clock: PinClock, summary: str
) -> None:
    """`s` edits and syncs with its clock three days ahead; then the clock is right again
    (9:00 on the 15th) for the laptop that reads it."""
    pin_clock(datetime(2027, 3, 18, 9, 0), "America/New_York")
    cases.update_case(s, case_id, cases.CaseEdit(summary=summary))
    sync_folder.sync_with(s, folder)
    pin_clock(datetime(2027, 3, 15, 9, 0), "America/New_York")


def test_changes_from_a_clock_days_ahead_wait_until_the_clocks_agree(
    team: tuple[list[Session], Path, str], pin_clock: PinClock
) -> None:
    (a, b, _), folder, case_id = team
    _written_ahead(b, folder, case_id, pin_clock, "From a laptop three days ahead.")
    report = sync_folder.sync_with(a, folder)
    assert report.clock_ahead == ((COUNSELOR, 3),) and report.received_ops == 0
    assert cases.get_case(a, case_id).case.summary == "Base summary."
    pin_clock(datetime(2027, 3, 17, 9, 30), "America/New_York")  # within a day: it applies
    report = sync_folder.sync_with(a, folder)
    assert report.clock_ahead == () and report.received_ops == 1
    assert cases.get_case(a, case_id).case.summary == "From a laptop three days ahead."


def test_a_lead_accepts_changes_stamped_ahead_and_every_laptop_applies_them(
    team: tuple[list[Session], Path, str], pin_clock: PinClock
) -> None:
    (a, b, c), folder, case_id = team
    _written_ahead(b, folder, case_id, pin_clock, "From a laptop three days ahead.")
    assert sync_folder.sync_with(a, folder).clock_ahead == ((COUNSELOR, 3),)
    with pytest.raises(PermissionDeniedError, match="team lead"):
        sync_folder.accept_clock(b, folder, COUNSELOR)  # not a lead: refused, nothing written
    assert not list(folder.glob("keys/accept.*"))
    with pytest.raises(ValidationError, match="No changes of Nobody Test"):
        sync_folder.accept_clock(a, folder, "Nobody Test")
    assert sync_folder.accept_clock(a, folder, COUNSELOR) == 1
    for s in (a, c):  # the lead's word reaches the projector laptop through the folder
        report = sync_folder.sync_with(s, folder)
        assert report.clock_ahead == () and report.received_ops >= 1
        assert cases.get_case(s, case_id).case.summary == "From a laptop three days ahead."
    events = [e.action for e in a.ocf.audit.events() if e.action == "sync.clock_accepted"]
    assert events == ["sync.clock_accepted"]
    # What the counselor writes next, with the clock still ahead, waits again.
    _written_ahead(b, folder, case_id, pin_clock, "Still three days ahead.")
    assert sync_folder.sync_with(a, folder).clock_ahead == ((COUNSELOR, 3),)


def test_a_case_number_given_twice_names_who_made_each_case(
    team: tuple[list[Session], Path, str], pin_clock: PinClock
) -> None:
    (a, b, c), folder, _ = team
    cases.create_case(a, cases.NewCase("Testperson Quill", "8"))
    pin_clock(datetime(2027, 3, 15, 7, 20), "America/New_York")
    cases.create_case(b, cases.NewCase("Testperson Wren", "6"))
    _round([a, b, c], folder)
    lines = {s: conflicts.conflict_lines(s) for s in (a, b, c)}
    (line,) = lines[c]
    assert all(found == [line] for found in lines.values())
    assert line.what == "case number"
    assert line.members == ("Dana Whitlock-Oyelaran", COUNSELOR)  # in the order they were made
