"""The team's settings: one choice, by a lead, for every laptop that opens the file."""

from __future__ import annotations

import json

import pytest

from btam_desktop.domain.team import TeamSettings
from btam_desktop.services import members, session as sessions, team
from btam_desktop.services.errors import PermissionDeniedError
from btam_desktop.services.session import TEST_KDF, Session
from tests.conftest import PASSPHRASE


def test_a_lead_sets_the_backup_reminder_and_the_auto_lock_stays(session: Session) -> None:
    team.set_settings(session, TeamSettings(idle_minutes=5))
    changed, changes = team.set_settings(session, TeamSettings(5, backup_reminder_days=14))
    assert changes.team and changed.settings == TeamSettings(5, 14)
    signed_in = team.signed_in(session)
    assert (signed_in.idle_minutes, signed_in.backup_reminder_days) == (5, 14)
    details = [
        json.loads(r[0])
        for r in session.ocf.conn.execute(
            "SELECT detail_json FROM audit WHERE action = 'team.settings_changed' ORDER BY seq"
        )
    ]
    assert details == [{"idle_minutes": 5}, {"backup_reminder_days": 14}]  # what changed


def test_only_a_lead_changes_the_teams_settings(session: Session) -> None:
    members.add_member(session, "Marcus Feldspar", "psychologist", PASSPHRASE, kdf=TEST_KDF)
    folder = session.ocf.folder
    sessions.lock(session)
    marcus = sessions.unlock(folder, "Marcus Feldspar", PASSPHRASE)
    try:
        with pytest.raises(PermissionDeniedError, match="Only a team lead"):
            team.set_settings(marcus, TeamSettings(backup_reminder_days=30))
        assert team.signed_in(marcus).backup_reminder_days == 7
    finally:
        sessions.lock(marcus)
