"""Lock when the operating system locks the screen or goes to sleep.

Linux desktops announce both over D-Bus: the screen saver's `ActiveChanged(true)` on the
session bus (freedesktop, GNOME and Xfce names), and logind's `PrepareForSleep` (before
suspend and after resume) and the session's `Lock` on the system bus. KeePassXC listens to the
same signals. Where a bus is missing (no desktop session, other systems) nothing is connected:
the idle auto-lock still applies. `listening` says what is connected.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot

#: (bus, interface, path, signal, slot); an empty path matches the signal from any object.
_SIGNALS = (
    (
        "session",
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "ActiveChanged",
        "screen_saver(bool)",
    ),
    (
        "session",
        "org.freedesktop.ScreenSaver",
        "/ScreenSaver",
        "ActiveChanged",
        "screen_saver(bool)",
    ),
    (
        "session",
        "org.gnome.ScreenSaver",
        "/org/gnome/ScreenSaver",
        "ActiveChanged",
        "screen_saver(bool)",
    ),
    (
        "session",
        "org.xfce.ScreenSaver",
        "/org/xfce/ScreenSaver",
        "ActiveChanged",
        "screen_saver(bool)",
    ),
    (
        "system",
        "org.freedesktop.login1.Manager",
        "/org/freedesktop/login1",
        "PrepareForSleep",
        "sleep(bool)",
    ),
    ("system", "org.freedesktop.login1.Session", "", "Lock", "session_lock()"),
)


class OsLockWatcher(QObject):
    lock_requested = Signal(str)  # what the system said, for tests and the log

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_address: str | None = None,
        system_address: str | None = None,
    ) -> None:
        """Listen on the user's session and system buses, or on the given bus addresses
        (tests use a private dbus-daemon)."""
        super().__init__(parent)
        self.listening: list[str] = []
        if not sys.platform.startswith("linux"):
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        buses = {
            "session": QDBusConnection.connectToBus(session_address, "btam-os-lock-session")
            if session_address
            else QDBusConnection.sessionBus(),
            "system": QDBusConnection.connectToBus(system_address, "btam-os-lock-system")
            if system_address
            else QDBusConnection.systemBus(),
        }
        self._buses = buses  # keep the connections alive as long as the watcher
        for bus_name, interface, path, member, slot in _SIGNALS:
            bus = buses[bus_name]
            receiver = SLOT(slot)  # PySide6 takes the SLOT() string; its stubs say bytes
            if bus.isConnected() and bus.connect(  # type: ignore[call-overload]
                "", path, interface, member, self, receiver
            ):
                self.listening.append(f"{interface}.{member}")

    @Slot(bool)
    def screen_saver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen locked")

    @Slot(bool)
    def sleep(self, starting: bool) -> None:
        # Before sleep, and again after resume in case the first one came too late.
        self.lock_requested.emit("suspend" if starting else "resume")

    @Slot()
    def session_lock(self) -> None:
        self.lock_requested.emit("session locked")
