"""The roll-up is never written into the team's sync folder, however its path is spelled: the
folder is recognized by the file system's identity too, not only by name (a volume that ignores
case, or a link, gives the same folder another name)."""

from __future__ import annotations

from pathlib import Path

from btam_desktop.services.rollup import _inside


def test_the_sync_folder_is_recognized_by_name_and_by_identity(tmp_path: Path) -> None:
    shared = tmp_path / "Share"
    (shared / "team").mkdir(parents=True)
    other = tmp_path / "Elsewhere"
    other.mkdir()
    alias = tmp_path / "SHARE-alias"  # another name of the same folder, as "share" is on NTFS
    alias.symlink_to(shared, target_is_directory=True)
    assert _inside(shared / "r.json", shared)
    assert _inside(alias / "r.json", shared)  # not below it by name: by identity
    assert _inside(alias / "team" / "later" / "r.json", shared)  # folders not made yet
    assert _inside(alias, shared)
    assert not _inside(other / "r.json", shared)  # the positive control: another folder
    assert not _inside(tmp_path / "r.json", shared)
    assert not _inside(alias / "r.json", tmp_path / "gone")  # a sync folder no longer there
