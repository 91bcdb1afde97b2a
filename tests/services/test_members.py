"""Adding members, removing them by key rotation, changing passphrases, the recovery code."""

from __future__ import annotations

from pathlib import Path

import pytest

from btam_desktop.domain.case import CaseStatus
from btam_desktop.services import cases, files, members, session as sessions
from btam_desktop.services.errors import (
    PermissionDeniedError,
    RecoveryCodeError,
    ValidationError,
    WrongPassphraseError,
)
from btam_desktop.services.session import TEST_KDF
from btam_desktop.storage.layout import Layout
from tests.conftest import LEAD, PASSPHRASE, folder_bytes, make_case_file, problems

COUNSELOR = "Lucía Ferreira-Boyd"
SRO = "Ray Castellan"
OTHER_PASS = "another long passphrase"


def team_file(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "team.btam"
    s, code = make_case_file(folder)
    members.add_member(s, COUNSELOR, "counselor", OTHER_PASS, kdf=TEST_KDF)
    members.add_member(s, SRO, "law_enforcement", "officer passphrase 1", kdf=TEST_KDF)
    for i in range(20):
        case, _ = cases.create_case(s, cases.NewCase(f"Kenzie Varga-Holloway {i}", "8", "summary"))
        cases.change_status(s, case.id, CaseStatus.SCREENING)
    sessions.lock(s)
    return folder, code


def content(folder: Path, name: str, passphrase: str) -> dict[str, object]:
    s = sessions.unlock(folder, name, passphrase)
    try:
        dump = files.export_everything(s)
    finally:
        sessions.lock(s)
    return {k: v for k, v in dump["tables"].items() if k != "audit"}


def test_members_are_listed_without_unlocking(tmp_path: Path) -> None:
    folder, _ = team_file(tmp_path)
    listed = sessions.list_members(folder)
    assert [(m.name, m.role, m.is_lead) for m in listed] == [
        (LEAD, "administrator", True),
        (COUNSELOR, "counselor", False),
        (SRO, "law_enforcement", False),
    ]


def test_each_member_unlocks_with_their_own_passphrase_only(tmp_path: Path) -> None:
    folder, _ = team_file(tmp_path)
    s = sessions.unlock(folder, COUNSELOR, OTHER_PASS)
    assert s.member_name == COUNSELOR and not s.is_lead
    sessions.lock(s)
    with pytest.raises(WrongPassphraseError):
        sessions.unlock(folder, COUNSELOR, PASSPHRASE)


def test_only_a_lead_adds_members_and_names_are_unique(tmp_path: Path) -> None:
    folder, _ = team_file(tmp_path)
    s = sessions.unlock(folder, COUNSELOR, OTHER_PASS)
    try:
        with pytest.raises(PermissionDeniedError):
            members.add_member(s, "Priya Anand-Moss", "teacher", OTHER_PASS, kdf=TEST_KDF)
    finally:
        sessions.lock(s)
    s = sessions.unlock(folder, LEAD, PASSPHRASE)
    try:
        with pytest.raises(ValidationError, match="already a member"):
            members.add_member(s, COUNSELOR.upper(), "counselor", OTHER_PASS, kdf=TEST_KDF)
    finally:
        sessions.lock(s)


@pytest.mark.reliability("C4", "Add then remove a member: denied, the others unlock, content kept")
def test_removing_a_member_rotates_the_key_and_shuts_them_out(tmp_path: Path) -> None:
    folder, _ = team_file(tmp_path)
    layout = Layout(folder)
    old_keys = layout.keys(1).read_bytes()
    before = content(folder, LEAD, PASSPHRASE)

    s = sessions.unlock(folder, LEAD, PASSPHRASE)
    changes = members.remove_member(s, SRO)
    assert changes.everything
    cases.create_case(s, cases.NewCase("Hana Kowalczyk-Ibe", "7"))  # the session goes on, on g2
    sessions.lock(s)

    assert layout.generation() == 2
    assert sorted(p.name for p in folder.iterdir()) == ["case.g2.db", "case.g2.keys", "current"]
    assert [m.name for m in sessions.list_members(folder)] == [LEAD, COUNSELOR]
    with pytest.raises(Exception, match="cannot unlock the case file"):
        sessions.unlock(folder, SRO, "officer passphrase 1")
    # Even with the old key file put back (a copy they kept), the new generation stays shut.
    (folder / "case.g2.keys").rename(folder / "kept.keys")
    (folder / "case.g2.keys").write_bytes(old_keys)
    with pytest.raises(Exception, match=r"does not belong|another database|seal"):
        sessions.unlock(folder, SRO, "officer passphrase 1")
    (folder / "kept.keys").replace(folder / "case.g2.keys")

    after = content(folder, COUNSELOR, OTHER_PASS)
    assert after["cases"][:20] == before["cases"]  # type: ignore[index]
    removed = [m for m in after["members"] if m["name"] == SRO]  # type: ignore[attr-defined]
    assert removed[0]["active"] == 0


def test_the_chain_survives_rotation_and_records_it(tmp_path: Path) -> None:
    folder, _ = team_file(tmp_path)
    s = sessions.unlock(folder, LEAD, PASSPHRASE)
    members.remove_member(s, SRO)
    assert problems(files.check(s)) == set()
    assert s.ocf.audit.events()[-1].action == "member.removed"
    sessions.lock(s)


def test_no_one_removes_themselves_or_the_last_lead(tmp_path: Path) -> None:
    folder, _ = team_file(tmp_path)
    s = sessions.unlock(folder, LEAD, PASSPHRASE)
    try:
        with pytest.raises(ValidationError, match="yourself"):
            members.remove_member(s, LEAD)
    finally:
        sessions.lock(s)


@pytest.mark.reliability("C5", "Change passphrase: old fails, new works, database bytes unchanged")
def test_changing_a_passphrase_leaves_the_database_bytes_alone(tmp_path: Path) -> None:
    folder, _ = team_file(tmp_path)
    db_before = (folder / "case.g1.db").read_bytes()
    s = sessions.unlock(folder, COUNSELOR, OTHER_PASS)
    with pytest.raises(WrongPassphraseError):
        members.change_passphrase(s, "guess guess guess", "a brand new passphrase", TEST_KDF)
    members.change_passphrase(s, OTHER_PASS, "a brand new passphrase", TEST_KDF)
    sessions.lock(s)
    assert (folder / "case.g1.db").read_bytes() == db_before
    with pytest.raises(WrongPassphraseError):
        sessions.unlock(folder, COUNSELOR, OTHER_PASS)
    sessions.lock(sessions.unlock(folder, COUNSELOR, "a brand new passphrase"))
    assert [m.name for m in sessions.list_members(folder)] == [LEAD, COUNSELOR, SRO]


@pytest.mark.reliability("C6", "Recovery code opens and forces a new passphrase; typo caught")
def test_the_recovery_code_opens_and_forces_a_new_passphrase(tmp_path: Path) -> None:
    folder, code = team_file(tmp_path)
    with pytest.raises(RecoveryCodeError, match="typo"):
        sessions.recover(
            folder, LEAD, code[:-1] + ("0" if code[-1] != "0" else "1"), "new one here!", TEST_KDF
        )
    s = sessions.recover(folder, LEAD, code.lower(), "forgotten no more", TEST_KDF)
    assert s.ocf.audit.events()[-1].action == "case_file.recovered"
    sessions.lock(s)
    with pytest.raises(WrongPassphraseError):
        sessions.unlock(folder, LEAD, PASSPHRASE)
    sessions.lock(sessions.unlock(folder, LEAD, "forgotten no more"))


def test_the_recovery_code_still_works_after_a_rotation(tmp_path: Path) -> None:
    folder, code = team_file(tmp_path)
    s = sessions.unlock(folder, LEAD, PASSPHRASE)
    members.remove_member(s, SRO)
    sessions.lock(s)
    sessions.lock(sessions.recover(folder, COUNSELOR, code, "counselor again ok", TEST_KDF))


def test_a_recovery_code_of_another_file_is_refused(tmp_path: Path) -> None:
    folder, _ = team_file(tmp_path)
    other, other_code = make_case_file(tmp_path / "other.btam")
    sessions.lock(other)
    before = folder_bytes(folder)
    with pytest.raises(RecoveryCodeError, match="another case file"):
        sessions.recover(folder, LEAD, other_code, "does not matter here", TEST_KDF)
    assert folder_bytes(folder) == before


def test_names_and_passphrases_that_are_not_utf8_change_nothing(tmp_path: Path) -> None:
    """What Python makes of `members add $'Dana\\xff'` or BTAM_NEW_PASSPHRASE=$'\\xff...': a
    message naming the field, and neither the database nor the key file touched."""
    folder, code = team_file(tmp_path)
    before = folder_bytes(folder)
    s = sessions.unlock(folder, LEAD, PASSPHRASE)
    try:
        with pytest.raises(ValidationError, match=r"member's name is not valid UTF-8 .*0xFF"):
            members.add_member(s, "Dana\udcff", "teacher", OTHER_PASS, kdf=TEST_KDF)
        with pytest.raises(ValidationError, match="new passphrase is not valid UTF-8"):
            members.add_member(s, "Wendell Price", "teacher", "pass \udcff phrase", kdf=TEST_KDF)
        with pytest.raises(ValidationError, match="new passphrase is not valid UTF-8"):
            members.change_passphrase(s, PASSPHRASE, "a new \udce9 passphrase", TEST_KDF)
        assert [m.name for m in members.list_members(s)] == [LEAD, COUNSELOR, SRO]
    finally:
        sessions.lock(s)
    with pytest.raises(ValidationError, match="new passphrase is not valid UTF-8"):
        sessions.recover(folder, LEAD, code, "forgotten \udcff again", TEST_KDF)
    after = folder_bytes(folder)
    assert {k: v for k, v in after.items() if k.endswith(".keys")} == {
        k: v for k, v in before.items() if k.endswith(".keys")
    }
    sessions.lock(sessions.unlock(folder, LEAD, PASSPHRASE))  # the old passphrase still opens
