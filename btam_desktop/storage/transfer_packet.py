"""A transfer packet on disk: a small JSON envelope around one AES-256-GCM ciphertext whose
key is derived from a passphrase with Argon2id (`crypto.derive_kek`, the same derivation as a
member's key slot, with its parameters in the envelope).

    {"format": "btam-transfer-packet", "version": 1,
     "kdf": {"alg": "argon2id", "memory_kib": .., "time_cost": .., "parallelism": ..},
     "salt": b64, "nonce": b64, "ciphertext": b64}

The envelope minus the ciphertext, as canonical JSON, is the AEAD's associated data: a changed
parameter, salt or version fails like a changed byte of the ciphertext. A wrong passphrase and
a tampered file cannot be told apart (that is what the tag proves), and both open nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from typing import Any

from btam_desktop.domain.errors import ValidationError
from btam_desktop.storage import crypto

FORMAT = "btam-transfer-packet"
VERSION = 1
#: A packet is one student's summary: anything much larger is not one.
MAX_BYTES = 20 * 2**20


def _aad(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def seal(document: dict[str, Any], passphrase: str, params: crypto.KdfParams) -> bytes:
    """The packet's bytes: `document` as JSON, encrypted to `passphrase`."""
    salt = os.urandom(16)
    nonce = crypto.new_nonce()
    header = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {
            "alg": "argon2id",
            "memory_kib": params.memory_kib,
            "time_cost": params.time_cost,
            "parallelism": params.parallelism,
        },
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
    }
    key = crypto.derive_kek(passphrase, salt, params)
    plaintext = json.dumps(document, ensure_ascii=False, sort_keys=True).encode()
    sealed = crypto.aead_encrypt_with(key, nonce, plaintext, _aad(header))
    envelope = {**header, "ciphertext": base64.b64encode(sealed).decode()}
    return json.dumps(envelope, indent=1).encode() + b"\n"


NOT_A_PACKET = "This file is not a BTAM Desktop transfer packet."


def open_packet(data: bytes, passphrase: str) -> object:
    """The JSON document inside a packet, or a ValidationError that says why not; nothing is
    written anywhere."""
    if len(data) > MAX_BYTES:
        raise ValidationError(f"{NOT_A_PACKET} (It is larger than a packet can be.)")
    try:
        envelope = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValidationError(NOT_A_PACKET) from None
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise ValidationError(NOT_A_PACKET)
    if envelope.get("version") != VERSION:
        raise ValidationError(
            f"This transfer packet is envelope version {envelope.get('version')!r}; this BTAM "
            f"Desktop opens version {VERSION}. Ask the sending school to make it again."
        )
    header = {k: v for k, v in envelope.items() if k != "ciphertext"}
    try:
        kdf = envelope["kdf"]
        if kdf["alg"] != "argon2id":
            raise ValueError
        params = crypto.KdfParams(
            int(kdf["memory_kib"]), int(kdf["time_cost"]), int(kdf["parallelism"])
        )
        params.check_sane()
        salt = base64.b64decode(envelope["salt"], validate=True)
        nonce = base64.b64decode(envelope["nonce"], validate=True)
        sealed = base64.b64decode(envelope["ciphertext"], validate=True)
        if len(salt) < 16 or len(nonce) != 12:
            raise ValueError
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise ValidationError(f"{NOT_A_PACKET} (Its envelope is damaged.)") from None
    key = crypto.derive_kek(passphrase, salt, params)
    try:
        plaintext = crypto.aead_decrypt(key, nonce, sealed, _aad(header))
    except crypto.UnwrapError:
        raise ValidationError(
            "This transfer packet does not open with that passphrase: the passphrase is "
            "wrong, or the file was changed or damaged after it was made. Nothing was imported."
        ) from None
    try:
        return json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValidationError(f"{NOT_A_PACKET} (Its content is not readable.)") from None
