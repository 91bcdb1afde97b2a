"""District defaults that IT pushes to every laptop, read through QSettings' system scope.

Where they live (Qt's NativeFormat, SystemScope, organization and application "BTAM Desktop"):

- Windows: ``HKEY_LOCAL_MACHINE\\Software\\BTAM Desktop\\BTAM Desktop`` (see
  ``packaging/windows/district-defaults.reg``);
- macOS: ``/Library/Preferences/com.btam-desktop.BTAM Desktop.plist``;
- Linux: ``/etc/xdg/BTAM Desktop/BTAM Desktop.conf`` (the first folder of ``XDG_CONFIG_DIRS``).

Only the system scope is read: a member cannot loosen what the district set by editing their
own settings. Values that make no sense are ignored (the built-in default applies) and named in
``problems``, so ``btam-desktop --self-test`` can tell IT staff what is wrong.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from btam_desktop.domain.team import DEFAULT_IDLE_MINUTES, MIN_IDLE_MINUTES
from btam_desktop.packs.builtin import DEFAULT_PACK, builtin_packs

ORGANIZATION = APPLICATION = "BTAM Desktop"
IDLE_KEY = "IdleLockMinutes"
PACK_KEY = "DefaultPack"
EXPORTS_KEY = "ExportsAllowed"
#: The longest auto-lock the Settings screen offers.
MAX_IDLE_MINUTES = 120

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


@dataclass(frozen=True, slots=True)
class DistrictDefaults:
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    pack_id: str = DEFAULT_PACK
    exports_allowed: bool = True
    #: Which keys the district set (and were valid), for reporting.
    set_by_district: tuple[str, ...] = ()
    #: One sentence per value that was set but ignored.
    problems: tuple[str, ...] = ()

    def describe(self) -> str:
        exports = "exports allowed" if self.exports_allowed else "exports disabled"
        source = (
            "set by the district: " + ", ".join(self.set_by_district)
            if self.set_by_district
            else "none set by the district"
        )
        return f"idle lock {self.idle_minutes} min, pack {self.pack_id}, {exports} ({source})"


def system_settings() -> QSettings:
    """The machine-wide settings IT manages (read-only for a normal user)."""
    return QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.SystemScope, ORGANIZATION, APPLICATION
    )


def read_district_defaults(settings: QSettings, pack_ids: Collection[str]) -> DistrictDefaults:
    """The three district defaults from `settings`; `pack_ids` are the packs a new case file
    can start with (the built-ins: district packs are imported into a case file later)."""
    defaults = DistrictDefaults()
    idle, pack_id, exports = defaults.idle_minutes, defaults.pack_id, defaults.exports_allowed
    set_keys: list[str] = []
    problems: list[str] = []

    raw = settings.value(IDLE_KEY)
    if raw is not None:
        minutes = _as_int(raw)
        if minutes is None or not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
            problems.append(
                f"{IDLE_KEY} must be a whole number of minutes from {MIN_IDLE_MINUTES} to "
                f"{MAX_IDLE_MINUTES}, not {raw!r}"
            )
        else:
            idle = minutes
            set_keys.append(IDLE_KEY)

    raw = settings.value(PACK_KEY)
    if raw is not None:
        pack = str(raw).strip()
        if pack in pack_ids:
            pack_id = pack
            set_keys.append(PACK_KEY)
        else:
            problems.append(f"{PACK_KEY} must be one of {', '.join(sorted(pack_ids))}, not {raw!r}")

    raw = settings.value(EXPORTS_KEY)
    if raw is not None:
        allowed = _as_bool(raw)
        if allowed is None:
            problems.append(f"{EXPORTS_KEY} must be 1 or 0 (true or false), not {raw!r}")
        else:
            exports = allowed
            set_keys.append(EXPORTS_KEY)

    return DistrictDefaults(idle, pack_id, exports, tuple(set_keys), tuple(problems))


def _as_int(raw: object) -> int | None:
    """A registry DWORD arrives as int, an INI or REG_SZ value as text."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    try:
        return int(str(raw).strip())
    except ValueError:
        return None


def _as_bool(raw: object) -> bool | None:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int):
        return raw != 0 if raw in (0, 1) else None
    text = str(raw).strip().lower()
    return True if text in _TRUE else False if text in _FALSE else None


@functools.cache
def current() -> DistrictDefaults:
    """This computer's district defaults, read once per run (IT changes them between runs)."""
    return read_district_defaults(system_settings(), builtin_packs())
