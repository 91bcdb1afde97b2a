"""Recovery codes: 256 random bits written as 14 groups of 4 Crockford base32 characters.

The last group is a 20-bit checksum, so a typo is caught before any key is tried. Crockford's
alphabet has no I, L, O or U; those letters are read as 1, 1, 0 when typed.
"""

from __future__ import annotations

import hashlib
import secrets

from btam_desktop.storage.errors import RecoveryCodeError

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(_ALPHABET)} | {"I": 1, "L": 1, "O": 0}
SECRET_BYTES = 32
_DATA_CHARS = 52  # ceil(256 / 5)
_CHECK_CHARS = 4
GROUP = 4


def _encode(number: int, chars: int) -> str:
    out = []
    for _ in range(chars):
        number, digit = divmod(number, 32)
        out.append(_ALPHABET[digit])
    return "".join(reversed(out))


def _checksum(secret: bytes) -> str:
    digest = int.from_bytes(hashlib.sha256(b"btam recovery|" + secret).digest()[:4], "big")
    return _encode(digest >> 12, _CHECK_CHARS)


def new_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def format_code(secret: bytes) -> str:
    if len(secret) != SECRET_BYTES:
        raise ValueError("a recovery secret is 32 bytes")
    text = _encode(int.from_bytes(secret, "big"), _DATA_CHARS) + _checksum(secret)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_code(code: str) -> bytes:
    """The secret in a typed recovery code; RecoveryCodeError says what is wrong with it."""
    chars = [c for c in code.upper() if c not in " -\t\r\n"]
    bad = sorted({c for c in chars if c not in _DECODE})
    if bad:
        raise RecoveryCodeError(
            f"The recovery code contains characters it never uses: {''.join(bad)}."
        )
    expected = _DATA_CHARS + _CHECK_CHARS
    if len(chars) != expected:
        raise RecoveryCodeError(
            f"The recovery code has {len(chars)} characters; it should have {expected} "
            f"({expected // GROUP} groups of {GROUP})."
        )
    number = 0
    for c in chars[:_DATA_CHARS]:
        number = number * 32 + _DECODE[c]
    if number >> (SECRET_BYTES * 8):
        raise RecoveryCodeError("The recovery code has a typo in its first group.")
    secret = number.to_bytes(SECRET_BYTES, "big")
    typed_check = "".join(_ALPHABET[_DECODE[c]] for c in chars[_DATA_CHARS:])
    if typed_check != _checksum(secret):
        raise RecoveryCodeError("The recovery code has a typo: its check group does not match.")
    return secret
