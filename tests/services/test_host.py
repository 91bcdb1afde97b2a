"""The service host: calls as plain data, and every change reported back."""

from __future__ import annotations

from pathlib import Path

from btam_desktop.services.host import Call, ServiceHost
from btam_desktop.services.session import TEST_KDF, NewCaseFile
from tests.conftest import PASSPHRASE


def test_a_call_that_only_changes_reports_its_changes(tmp_path: Path) -> None:
    host = ServiceHost()
    reply = host.handle(
        Call(
            "session.create",
            (
                tmp_path / "h.btam",
                NewCaseFile("Maple Hollow Middle School", "Dana Whitlock-Oyelaran"),
                PASSPHRASE,
                TEST_KDF,
            ),
        )
    )
    assert reply.error is None and host.is_unlocked
    reply = host.handle(Call("assess.set_team_pack", ("virginia-style",)))
    assert reply.error is None and reply.changes.team  # a bare ChangeSet still reaches the UI
    reply = host.handle(Call("cases.get", ("no-such-case",)))
    assert reply.error is not None and "does not exist" in str(reply.error)
    host.lock()
    assert not host.is_unlocked
    reply = host.handle(Call("cases.list"))
    assert reply.error is not None and "locked" in str(reply.error)
