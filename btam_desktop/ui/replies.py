"""What the window accepts from the service process: replies made only of the contract types,
the domain's types and plain standard-library values.

Unpickling a reply imports whatever module a class in it names. The window refuses any other
class (`find_class`), so a reply can never make it import storage, SQLCipher, the crypto
libraries or ReportLab, and the line between the two processes stays where docs/architecture.md
draws it. A refused reply is that call's error; the session goes on.
"""

from __future__ import annotations

import io
import pickle

from btam_desktop.domain.errors import BtamError

#: Modules whose classes may cross (and everything below them).
_ALLOWED_PACKAGES = ("btam_desktop.domain", "btam_desktop.services.contracts")
#: Standard-library globals a reply may name: containers, dates and times, paths, and how
#: pickle rebuilds plain objects.
_ALLOWED_GLOBALS = frozenset(
    {
        ("builtins", name)
        for name in ("set", "frozenset", "list", "dict", "tuple", "bytes", "bytearray", "slice")
    }
    | {("datetime", name) for name in ("date", "datetime", "time", "timedelta", "timezone")}
    | {("pathlib", name) for name in ("Path", "PosixPath", "WindowsPath", "PurePosixPath")}
    | {("copyreg", "_reconstructor"), ("copyreg", "__newobj__")}
)


class RefusedReplyError(BtamError):
    def __init__(self, what: str) -> None:
        super().__init__(
            f"BTAM Desktop's service process answered with data the window does not accept "
            f"({what}). Nothing was shown from it. Please tell your IT contact."
        )


class _ContractUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> type:
        allowed = (module, name) in _ALLOWED_GLOBALS or any(
            module == package or module.startswith(package + ".") for package in _ALLOWED_PACKAGES
        )
        if not allowed:
            raise RefusedReplyError(f"{module}.{name}")
        found: type = super().find_class(module, name)
        return found


def load_reply(data: bytes) -> object:
    """A reply rebuilt from its bytes, or RefusedReplyError naming the class it would need."""
    return _ContractUnpickler(io.BytesIO(data)).load()
