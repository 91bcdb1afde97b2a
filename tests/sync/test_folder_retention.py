"""A case destroyed on the lead's laptop is destroyed on every laptop through the sync folder,
relayed by a stick too, and no laptop keeps its text (issue 20, retention)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from btam_desktop.domain.case import CaseStatus
from btam_desktop.services import assess, cases, packs, retention, sync_folder
from btam_desktop.services.session import Session
from tests.conftest import PinClock
from tests.retention.conftest import RULES
from tests.retention.test_retention_services import _contains, _everything_decrypted

SECRET = "Wexcombe-Thistlewood kept a list in the band room"


def test_a_destruction_reaches_every_laptop_through_the_folder_and_a_stick(
    team: tuple[list[Session], Path, str], tmp_path: Path, pin_clock: PinClock
) -> None:
    (lead, counselor, projector), office, case_id = team
    packs.import_district_pack(lead, "ridgeview.toml", RULES)
    assess.set_team_pack(lead, "ridgeview-retention")
    cases.update_case(lead, case_id, cases.CaseEdit(summary=SECRET))
    cases.change_status(lead, case_id, CaseStatus.CLOSED, "Resolved with the family")
    for laptop in (lead, counselor, projector):
        sync_folder.sync_with(laptop, office)
    assert all(_contains(_everything_decrypted(s), SECRET) for s in (counselor, projector))

    pin_clock(datetime(2033, 3, 16, 9, 0), "America/New_York")  # past the 5-year rule
    (line,) = [ln for ln in retention.review(lead).lines if ln.case_id == case_id]
    retention.destroy(lead, case_id, line.number)
    sync_folder.sync_with(lead, office)
    sync_folder.sync_with(counselor, office)
    stick = tmp_path / "stick"
    stick.mkdir()
    sync_folder.sync_with(counselor, stick)  # carries the lead's destruction on
    got = sync_folder.sync_with(projector, stick)
    assert got.skipped == ()
    for laptop in (lead, counselor, projector):
        assert all(r.id != case_id for r in cases.list_cases(laptop)), laptop.folder
        assert not _contains(_everything_decrypted(laptop), SECRET), laptop.folder
    # The destroying lead's later changes still travel (nothing in the op log was broken).
    other, _ = cases.create_case(lead, cases.NewCase("Ines Barrow-Quayle", "6"))
    sync_folder.sync_with(lead, office)
    sync_folder.sync_with(counselor, office)
    assert any(r.id == other.id for r in cases.list_cases(counselor))
