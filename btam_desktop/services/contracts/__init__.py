"""The plain data that crosses between the window and the service process: calls and replies,
the typed descriptor of every service the window may call (`api`), and every type those calls
take or answer, one module per area.

Light on purpose (the domain only): the window imports this, and nothing here may pull in
storage, SQLCipher, the crypto libraries or ReportLab, which live in the service process. The
window's reply unpickler accepts only classes from here, the domain and the standard library
(ui/process_transport.py), so a reply can never make the window import other code.
"""

from __future__ import annotations

from btam_desktop.services.contracts.calls import BugError, Call, Reply
from btam_desktop.services.contracts.service import Request, Service
from btam_desktop.services.contracts.session import (
    MIN_PASSPHRASE,
    MemberListing,
    NewCaseFile,
    SignedIn,
)

__all__ = [
    "MIN_PASSPHRASE",
    "BugError",
    "Call",
    "MemberListing",
    "NewCaseFile",
    "Reply",
    "Request",
    "Service",
    "SignedIn",
]
