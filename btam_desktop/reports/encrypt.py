"""Password protection for a saved PDF: AES-256 (PDF 2.0, revision 6) after the build.

pypdf with `cryptography` writes it; poppler, pypdf, Acrobat and browsers open it.
ReportLab's own encryption is not used: RC4, or at 256 bits unreadable by poppler and pypdf.
A PDF password is checked fast (no Argon2), so the suggestion is long and random.
"""

from __future__ import annotations

import io
import secrets

from pypdf import PdfReader, PdfWriter

_CONSONANTS = "bdfghjklmnprstvz"
_VOWELS = "aeiou"
WORDS = 4
SYLLABLES = 3
#: 4 words of log2(80 ** 3) = 19 bits, and two digits: 82 bits in 30 characters.
SUGGESTION_BITS = 82
#: poppler (22.12, the PDF reader of most Linux desktops) refuses AES-256 passwords longer
#: than 32 bytes even when they are right (measured); pypdf and Acrobat accept up to 127.
MAX_PASSWORD_BYTES = 32
MIN_PASSWORD = 10


def suggest_password() -> str:
    """Four pronounceable made-up words and a number, e.g. 'bakedo-mipura-tosevi-lunako-47'.

    Made-up words rather than a dictionary: a random pick of real words can spell something
    no one wants on a threat-assessment document.
    """
    words = [
        "".join(secrets.choice(_CONSONANTS) + secrets.choice(_VOWELS) for _ in range(SYLLABLES))
        for _ in range(WORDS)
    ]
    return "-".join([*words, f"{secrets.randbelow(100):02d}"])


def password_problem(password: str) -> str | None:
    """Why a chosen PDF password cannot be used, or None."""
    if len(password) < MIN_PASSWORD:
        return f"A PDF password needs at least {MIN_PASSWORD} characters."
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        return (
            f"A PDF password can have at most {MAX_PASSWORD_BYTES} letters: some PDF readers "
            "cannot open a file with a longer one."
        )
    return None


def encrypt(pdf: bytes, password: str) -> bytes:
    """The same document, readable only with `password` (the owner password is random and
    thrown away, so no one can lift the protection without the user password)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),
        algorithm="AES-256",
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
