"""District defaults from QSettings' system scope: valid values apply, wrong ones are named."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from btam_desktop.domain.team import DEFAULT_IDLE_MINUTES
from btam_desktop.ui.district import (
    DistrictDefaults,
    read_district_defaults,
    system_settings,
)

PACKS = ("ntac", "cstag-style", "florida-style")


def settings_with(tmp_path: Path, **values: object) -> QSettings:
    settings = QSettings(str(tmp_path / "district.conf"), QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()
    return QSettings(str(tmp_path / "district.conf"), QSettings.Format.IniFormat)


def test_nothing_set_means_the_built_in_defaults(tmp_path: Path) -> None:
    defaults = read_district_defaults(settings_with(tmp_path), PACKS)
    assert defaults == DistrictDefaults(DEFAULT_IDLE_MINUTES, "ntac", True, (), ())
    assert defaults.describe() == (
        f"idle lock {DEFAULT_IDLE_MINUTES} min, pack ntac, exports allowed "
        "(none set by the district)"
    )


@pytest.mark.parametrize(
    ("idle", "exports", "expected"),
    [
        (5, 0, (5, False)),  # registry DWORDs
        ("15", "true", (15, True)),  # REG_SZ or INI text
        (" 120 ", "No", (120, False)),
        (1, "1", (1, True)),
    ],
)
def test_values_as_the_registry_or_an_ini_file_give_them(
    tmp_path: Path, idle: object, exports: object, expected: tuple[int, bool]
) -> None:
    settings = settings_with(
        tmp_path, IdleLockMinutes=idle, DefaultPack="florida-style", ExportsAllowed=exports
    )
    defaults = read_district_defaults(settings, PACKS)
    assert (defaults.idle_minutes, defaults.exports_allowed) == expected
    assert defaults.pack_id == "florida-style"
    assert defaults.set_by_district == ("IdleLockMinutes", "DefaultPack", "ExportsAllowed")
    assert defaults.problems == ()


def test_wrong_values_are_ignored_and_named(tmp_path: Path) -> None:
    settings = settings_with(
        tmp_path, IdleLockMinutes="ten", DefaultPack="district-secret", ExportsAllowed=7
    )
    defaults = read_district_defaults(settings, PACKS)
    assert (defaults.idle_minutes, defaults.pack_id, defaults.exports_allowed) == (
        DEFAULT_IDLE_MINUTES,
        "ntac",
        True,
    )
    assert defaults.set_by_district == ()
    assert defaults.problems == (
        "IdleLockMinutes must be a whole number of minutes from 1 to 120, not 'ten'",
        "DefaultPack must be one of cstag-style, florida-style, ntac, not 'district-secret'",
        "ExportsAllowed must be 1 or 0 (true or false), not 7",
    )


@pytest.mark.parametrize("minutes", [0, 121, -3])
def test_idle_minutes_outside_the_settings_range_are_refused(tmp_path: Path, minutes: int) -> None:
    defaults = read_district_defaults(settings_with(tmp_path, IdleLockMinutes=minutes), PACKS)
    assert defaults.idle_minutes == DEFAULT_IDLE_MINUTES
    assert len(defaults.problems) == 1


def test_the_system_scope_of_the_app_is_read() -> None:
    settings = system_settings()
    assert settings.scope() is QSettings.Scope.SystemScope
    assert (settings.organizationName(), settings.applicationName()) == (
        "BTAM Desktop",
        "BTAM Desktop",
    )
    if sys.platform == "linux":
        assert settings.fileName().endswith("/BTAM Desktop/BTAM Desktop.conf")


ROOT = Path(__file__).resolve().parents[2]


def test_the_windows_registry_sample_is_what_the_app_reads(tmp_path: Path) -> None:
    """packaging/windows/district-defaults.reg names the key and values the app reads."""
    text = (ROOT / "packaging" / "windows" / "district-defaults.reg").read_text(encoding="ascii")
    lines = [line for line in text.splitlines() if line and not line.startswith(";")]
    assert lines[0] == "REGEDIT4"
    assert lines[1] == r"[HKEY_LOCAL_MACHINE\SOFTWARE\BTAM Desktop\BTAM Desktop]"
    values: dict[str, object] = {}
    for line in lines[2:]:
        name, raw = line.split("=", 1)
        kind, _, data = raw.partition(":")
        values[name.strip('"')] = int(data, 16) if kind == "dword" else raw.strip('"')
    defaults = read_district_defaults(settings_with(tmp_path, **values), PACKS)
    assert defaults.problems == ()
    assert defaults.set_by_district == ("IdleLockMinutes", "DefaultPack", "ExportsAllowed")


def test_the_linux_sample_is_what_the_app_reads() -> None:
    sample = ROOT / "packaging" / "linux" / "district-defaults.conf"
    settings = QSettings(str(sample), QSettings.Format.IniFormat)
    defaults = read_district_defaults(settings, PACKS)
    assert defaults.problems == ()
    assert defaults.set_by_district == ("IdleLockMinutes", "DefaultPack", "ExportsAllowed")
