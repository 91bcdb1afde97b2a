"""Two teams for the transfer tests: Maple Hollow (Florida-style model, Kenzie's case with an
assessment and a plan) and Cedar Bend, another case file with another team, where she moves."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.records import new_id
from btam_desktop.services import assess, manage, session as sessions
from btam_desktop.services.contracts.session import NewCaseFile
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.services.transfer import TransferRequest
from tests.conftest import PinClock, make_case_file
from tests.scenario import kenzie_in_management

PACKET_PASSPHRASE = "lantern-otter-41"
#: Thursday: a request on Monday is due today under the three-school-day rule.
SENT_ON = date(2027, 3, 11)


@dataclass
class Teams:
    maple: Session
    cedar: Session
    case_id: str
    folder: Path

    def request(self, name: str = "kenzie.btam-transfer", **kw: object) -> TransferRequest:
        values: dict[str, object] = {
            "case_id": self.case_id,
            "to_school": "Cedar Bend Middle School",
            "passphrase": PACKET_PASSPHRASE,
            "packet": self.folder / name,
        }
        return TransferRequest(**(values | kw))  # type: ignore[arg-type]


def maple_hollow_case(s: Session) -> str:
    """Kenzie in management with a plan, the team now on the Florida-style model."""
    case_id, marcus = kenzie_in_management(s)
    manage.save_plan(
        s,
        case_id,
        "Kenzie feels safe and connected at school.",
        (
            Intervention(
                id=new_id(),
                domain="Subject",
                type=InterventionType.COUNSELING,
                description="Weekly check-in with Marcus Feldspar",
                start_on=date(2027, 2, 1),
                responsible_id=marcus,
                frequency="weekly",
            ),
        ),
        0,
    )
    assess.set_team_pack(s, "florida-style")
    return case_id


@pytest.fixture
def teams(tmp_path: Path, pin_clock: PinClock) -> Iterator[Teams]:
    pin_clock(datetime(2027, 3, 11, 10, 0))
    maple, _ = make_case_file(tmp_path / "maple.btam")
    cedar, _ = sessions.create_case_file(
        tmp_path / "cedar.btam",
        NewCaseFile("Cedar Bend Middle School", "Ines Okonkwo-Hart", "counselor", "Cedar Bend"),
        "cedar passphrase",
        TEST_KDF,
    )
    out = tmp_path / "out"
    out.mkdir()
    teams = Teams(maple, cedar, maple_hollow_case(maple), out)
    try:
        yield teams
    finally:
        sessions.lock(teams.maple)  # a test may have unlocked it again as someone else
        sessions.lock(teams.cedar)
