"""The service host: calls as plain data, and every change reported back."""

from __future__ import annotations

from pathlib import Path

import pytest

from btam_desktop.services import session as sessions
from btam_desktop.services.errors import RecoveryCodeError, ValidationError, WrongPassphraseError
from btam_desktop.services.host import Call, ServiceHost
from btam_desktop.services.session import TEST_KDF, NewCaseFile
from tests.conftest import LEAD, PASSPHRASE, folder_bytes, make_case_file


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


def test_recover_through_the_host_does_what_the_command_does(tmp_path: Path) -> None:
    """session.recover (Forgot your passphrase? in the window) runs the same service as
    `btam-desktop recover` and, like it, leaves the file locked; a refused code or passphrase
    leaves every byte as it was."""
    folder = tmp_path / "h.btam"
    s, code = make_case_file(folder)
    sessions.lock(s)
    host = ServiceHost()
    before = folder_bytes(folder)
    typo = code[:-1] + ("0" if code[-1] != "0" else "1")
    for bad_code, new in ((typo, "a new passphrase here"), (code, "too short")):
        reply = host.handle(
            Call("session.recover", (folder, LEAD, bad_code, new), {"kdf": TEST_KDF})
        )
        assert isinstance(reply.error, (RecoveryCodeError, ValidationError)), reply.error
        assert folder_bytes(folder) == before
    reply = host.handle(
        Call("session.recover", (folder, LEAD, code, "a new passphrase here"), {"kdf": TEST_KDF})
    )
    assert reply.error is None and not host.is_unlocked
    with pytest.raises(WrongPassphraseError):
        sessions.unlock(folder, LEAD, PASSPHRASE)
    sessions.lock(sessions.unlock(folder, LEAD, "a new passphrase here"))
