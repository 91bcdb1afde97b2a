"""A member removed on the lead's laptop: the team follows the new key generation through the
folder, late changes under the old one still arrive, and the removed laptop is told and shut
out (issue 17; design: sync-research.md section 4.7)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from btam_desktop.domain.errors import PermissionDeniedError
from btam_desktop.services import cases, members, quarantine, session as sessions, sync_folder
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.storage import sync_keys, sync_segment
from btam_desktop.storage.sync_segment import BadSegmentError
from tests.conftest import PASSPHRASE, PinClock
from tests.sync.conftest import LEAD_AGAIN, make_laptops
from tests.sync.folders import COUNSELOR, COUNSELOR_PASSPHRASE

LEAVING = "Kim Test-Leaving"
LEAVING_PASSPHRASE = "the leaving teacher's fictional passphrase"
NEW_PASSPHRASE = "the counselor's fictional new passphrase"
LEAD = "Dana Whitlock-Oyelaran"


@pytest.fixture
def trio(tmp_path: Path, pin_clock: PinClock) -> Iterator[tuple[list[Session], Path, str]]:
    """The lead's laptop, the counselor's and a teacher's who is about to leave the team."""
    pin_clock(datetime(2027, 3, 15, 7, 10), "America/New_York")
    opened, case_id = make_laptops(
        tmp_path,
        (
            (COUNSELOR, "counselor", COUNSELOR_PASSPHRASE),
            (LEAVING, "teacher", LEAVING_PASSPHRASE),
        ),
    )
    folder = tmp_path / "share"
    folder.mkdir()
    yield opened, folder, case_id
    for s in opened:
        sessions.lock(s)


def _summary(s: Session, case_id: str) -> str:
    return cases.get_case(s, case_id).case.summary


def test_the_team_follows_a_removal_and_the_removed_laptop_is_shut_out(
    trio: tuple[list[Session], Path, str], tmp_path: Path
) -> None:
    (lead, counselor, leaving), folder, case_id = trio
    # The counselor changed their passphrase on their own laptop: the lead's copy of their
    # slot still wraps the old one, but the key pair is the same, so the new key opens.
    members.change_passphrase(counselor, COUNSELOR_PASSPHRASE, NEW_PASSPHRASE, kdf=TEST_KDF)
    for s in (lead, counselor, leaving):
        sync_folder.sync_with(s, folder)
    members.remove_member(lead, LEAVING)
    assert lead.ocf.generation == 2
    # Before they hear of it, the counselor and the leaving teacher work under generation 1.
    cases.update_case(counselor, case_id, cases.CaseEdit(summary="Counselor, before."))
    sync_folder.sync_with(counselor, folder)
    cases.update_case(leaving, case_id, cases.CaseEdit(next_review=date(2027, 4, 1)))
    sync_folder.sync_with(leaving, folder)

    at_lead = sync_folder.sync_with(lead, folder)
    assert _summary(lead, case_id) == "Counselor, before."  # read under the kept g1 key
    # The teacher's change under generation 1 is signed by a member of generation 1, but it
    # was written after the lead's removal had seen that laptop: it waits for a lead.
    assert at_lead.skipped == () and cases.get_case(lead, case_id).case.next_review is None
    assert [h.member for h in quarantine.held(lead)] == [LEAVING]
    assert list(folder.glob("seg/g2/*/*.bts")) and list(folder.glob("keys/rotation.g2.*"))

    followed = sync_folder.sync_with(counselor, folder)
    assert followed.generation_moved == 1 and counselor.ocf.generation == 2
    removed = {m.name: m.active for m in members.list_members(counselor)}
    assert removed[LEAVING] is False  # the lead's removal op arrived under generation 2
    cases.update_case(counselor, case_id, cases.CaseEdit(summary="Counselor, after."))
    assert sync_folder.sync_with(counselor, folder).sent_ops == 1
    assert list(folder.glob("seg/g2/*/*.bts"))
    sync_folder.sync_with(lead, folder)
    assert _summary(lead, case_id) == "Counselor, after."

    shut_out = sync_folder.sync_with(leaving, folder)
    assert shut_out.removed_by == LEAD and shut_out.sent_ops == 0
    assert shut_out.removed_at.startswith("2027-03-15T")  # the lead's removal, in UTC
    assert leaving.ocf.generation == 1
    later = sorted(folder.glob("seg/g2/*/*.bts"))
    assert len(later) == 2  # the lead's removal, the counselor's change after it
    for segment in later:  # every one written after the removal: none opens with g1's key
        data = segment.read_bytes()
        with pytest.raises(BadSegmentError, match="another key"):
            sync_segment.open_sealed(
                data, sync_segment.read_header(data), bytes(leaving.ocf.data_key)
            )

    # The counselor's laptop opens at generation 2 with the passphrase they chose here.
    place = counselor.ocf.folder
    sessions.lock(counselor)
    trio[0][1] = again = sessions.unlock(place, COUNSELOR, NEW_PASSPHRASE)
    assert again.ocf.generation == 2 and _summary(again, case_id) == "Counselor, after."
    assert sync_folder.sync_with(again, folder).skipped == ()


def test_a_new_generation_file_not_signed_by_a_lead_is_refused(
    trio: tuple[list[Session], Path, str],
) -> None:
    (lead, counselor, _), folder, _ = trio
    for s in (lead, counselor):
        sync_folder.sync_with(s, folder)
    members.remove_member(lead, LEAVING)
    sync_folder.sync_with(lead, folder)
    (rotation_file,) = folder.glob("keys/rotation.g2.*.keys")
    # The counselor re-seals the same slots under their own signature: not a lead's.
    _, _, next_keys, _ = sync_keys.decode_rotation(
        rotation_file.read_bytes(), counselor.ocf.keys, bytes(counselor.ocf.data_key)
    )
    forged = sync_keys.encode_rotation(
        next_keys,
        bytes(counselor.ocf.data_key),
        counselor.member_id,
        bytes(counselor.ocf.signing_key),
    )
    rotation_file.write_bytes(forged)
    done = sync_folder.sync_with(counselor, folder)
    assert done.generation_moved == 0 and counselor.ocf.generation == 1
    assert any("not signed by a team lead" in s.why for s in done.skipped)


def test_a_change_from_the_removed_laptop_waits_for_a_lead_who_imports_or_discards_it(
    trio: tuple[list[Session], Path, str],
) -> None:
    (lead, counselor, leaving), folder, case_id = trio
    for s in (lead, counselor, leaving):
        sync_folder.sync_with(s, folder)
    before = _summary(lead, case_id)
    members.remove_member(lead, LEAVING)
    # The leaving teacher's laptop, offline, has not heard: three changes under generation 1.
    for summary in ("Teacher, first.", "Teacher, second.", "Teacher, third."):
        cases.update_case(leaving, case_id, cases.CaseEdit(summary=summary))
    assert sync_folder.sync_with(leaving, folder).sent_ops == 3
    assert sync_folder.sync_with(leaving, folder).removed_by == ""  # the lead has not synced
    for s in (lead, counselor):
        sync_folder.sync_with(s, folder)
    for s in (lead, counselor):  # the counselor heard of the removal in its second sync
        sync_folder.sync_with(s, folder)
        assert _summary(s, case_id) == before, s.member_id == lead.member_id
    held = quarantine.held(lead)
    assert [(h.member, h.effects[0].field, h.effects[0].value) for h in held] == [
        (LEAVING, "summary", "Teacher, first."),
        (LEAVING, "summary", "Teacher, second."),
        (LEAVING, "summary", "Teacher, third."),
    ]
    assert held[0].effects[0].case_number and held[0].intent == "cases.update"
    assert quarantine.held(counselor) == held  # every member sees what waits ...
    with pytest.raises(PermissionDeniedError):  # ... and only a lead decides
        quarantine.import_held(counselor, held[0].origin, held[0].seq)

    # The lead takes the second (and so the first) and discards the third.
    quarantine.import_held(lead, held[1].origin, held[1].seq)
    assert _summary(lead, case_id) == "Teacher, second."
    quarantine.discard(lead, held[2].origin, held[2].seq)
    assert quarantine.held(lead) == [] and _summary(lead, case_id) == "Teacher, second."
    sync_folder.sync_with(lead, folder)
    sync_folder.sync_with(counselor, folder)
    assert _summary(counselor, case_id) == "Teacher, second."
    assert counselor.ocf.conn.execute("SELECT count(*) FROM sync_quarantine").fetchone() == (0,)
    actions = [e.action for e in counselor.ocf.audit.events()]
    assert "sync.quarantine_imported" in actions and "sync.quarantine_discarded" in actions
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files and not [p for p in files if b"Teacher, " in p.read_bytes()]  # all sealed


def test_two_leads_removing_at_once_one_key_wins_and_the_other_lead_repeats(
    tmp_path: Path, pin_clock: PinClock
) -> None:
    pin_clock(datetime(2027, 3, 15, 7, 10), "America/New_York")
    other = ("Ray Test-Other", "the other teacher's fictional passphrase")
    (lead, leaving, staying, projector), case_id = make_laptops(
        tmp_path,
        (
            (LEAVING, "teacher", LEAVING_PASSPHRASE),
            (other[0], "teacher", other[1]),
            LEAD_AGAIN,  # the lead's second laptop: a second lead, for this purpose
        ),
    )
    folder = tmp_path / "share"
    folder.mkdir()
    opened = [lead, leaving, staying, projector]
    try:
        for s in opened:
            sync_folder.sync_with(s, folder)
        members.remove_member(lead, LEAVING)  # on one laptop ...
        members.remove_member(projector, other[0])  # ... and on the other, offline, at once
        assert sync_folder.sync_with(lead, folder).key_lost_to == ""  # first in: it wins
        lost = sync_folder.sync_with(projector, folder)
        assert (lost.key_lost_to, lost.key_lost_removed, lost.sent_ops) == (LEAD, LEAVING, 0)
        assert len(list(folder.glob("keys/rotation.g2.*"))) == 1  # the loser published none
        # The teacher the second removal meant to remove still follows the winning key ...
        assert sync_folder.sync_with(staying, folder).generation_moved == 1
        # ... until the lead repeats it from a fresh copy of the team's case file.
        again, joined = sync_folder.join(folder, tmp_path / "again.btam", LEAD, PASSPHRASE)
        opened.append(again)
        assert again.ocf.generation == 2 and joined.key_lost_to == ""
        members.remove_member(again, other[0])
        assert again.ocf.generation == 3
        sync_folder.sync_with(again, folder)
        assert sync_folder.sync_with(staying, folder).removed_by == LEAD
        assert _summary(again, case_id) == "Base summary."
    finally:
        for s in opened:
            sessions.lock(s)
