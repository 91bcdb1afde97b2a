"""A USB stick carries the whole team's changes, not only those of the laptop that wrote on it:
a laptop leaves there the other laptops' segments it applied (issue 17; sync research 4.5,
"USB relay"), byte for byte as their authors wrote them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from btam_desktop.services import cases, manage, sync_folder
from btam_desktop.services.session import Session
from tests.sync.folders import COUNSELOR, files_under

LEAD = "Dana Whitlock-Oyelaran"


def test_a_stick_relays_the_lead_s_changes_through_the_counselor_s_laptop(
    team: tuple[list[Session], Path, str], tmp_path: Path
) -> None:
    """The lead syncs with the office share; the counselor syncs with the share, then with a
    stick; the projector laptop, which never sees the share, syncs with the stick and has
    both members' changes, each checked against its author's signature."""
    (lead, counselor, projector), office, case_id = team
    stick = tmp_path / "stick"
    stick.mkdir()
    cases.update_case(lead, case_id, cases.CaseEdit(summary="Written at the office."))
    sync_folder.sync_with(lead, office)
    sync_folder.sync_with(counselor, office)
    manage.add_checkin(counselor, case_id, date(2027, 3, 12), "Calm at lunch.", "steady")
    carried = sync_folder.sync_with(counselor, stick)
    assert carried.relayed_files == 1 and carried.sent_ops == 1
    lead_files = {p: b for p, b in files_under(office).items() if p.startswith("seg/")}
    on_stick = files_under(stick)
    assert lead_files.items() <= on_stick.items()  # the lead's file, byte for byte

    got = sync_folder.sync_with(projector, stick)
    assert got.skipped == () and got.received_from == (LEAD, COUNSELOR)
    assert cases.get_case(projector, case_id).case.summary == "Written at the office."
    assert [c.observations for c in manage.checkins_of(projector, case_id)] == ["Calm at lunch."]
    again = sync_folder.sync_with(counselor, stick)
    assert (again.relayed_files, again.sent_ops) == (0, 0)  # nothing written twice
