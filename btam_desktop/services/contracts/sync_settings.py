"""The sync folder of this laptop's copy: what can go wrong with it, as the window learns it.

A folder that cannot be used is never the case file's fault: these errors are not
`CaseFileError`s, so the service host does not close the file for them and the window says
calmly, in its status bar, that this laptop did not sync this time.
"""

from __future__ import annotations

from btam_desktop.domain.errors import BtamError


class SyncFolderError(BtamError):
    """The sync folder could not be read or written this time; nothing was lost, and the
    changes made here wait on this laptop until a later sync."""


class SyncFolderUnreachableError(SyncFolderError):
    """The folder is not there: a USB stick not plugged in, a share not connected."""

    def __init__(self, folder: str) -> None:
        super().__init__(
            f"The sync folder {folder} is not reachable: is it connected? This laptop keeps "
            "its changes and sends them at the next sync."
        )
