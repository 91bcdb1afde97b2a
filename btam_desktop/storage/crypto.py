"""Key derivation and wrapping for the key slots.

passphrase --Argon2id--> KEK --AES-256-GCM--> member's X25519 private key
data key   --HPKE seal to each member's (and the recovery) public key--> sealed slots
data key   --HKDF--> key-file MAC key, audit-chain HMAC key

Every wrap is bound (AAD / HPKE info) to the file id, the member id and the key generation,
so a slot copied into another file, onto another member or into another generation fails.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
import unicodedata
from dataclasses import dataclass
from functools import cache

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from btam_desktop.domain.records import check_utf8

KEY_BYTES = 32
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)

#: RFC 9106 "low memory" profile: never derive with less than this in a real case file.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME_COST = 3
#: Refuse absurd parameters read from a key file (a doctored file must not freeze the laptop).
MAX_MEMORY_KIB = 1024 * 1024
MAX_TIME_COST = 16


class UnwrapError(Exception):
    """An AEAD tag did not verify: wrong passphrase, wrong binding, or altered bytes."""


@dataclass(frozen=True, slots=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int

    @property
    def meets_floor(self) -> bool:
        return self.memory_kib >= FLOOR_MEMORY_KIB and self.time_cost >= FLOOR_TIME_COST

    def check_sane(self) -> None:
        if not (8 <= self.memory_kib <= MAX_MEMORY_KIB and 1 <= self.time_cost <= MAX_TIME_COST):
            raise ValueError("key derivation parameters out of range")
        if not 1 <= self.parallelism <= 16:
            raise ValueError("key derivation parallelism out of range")


#: For tests only: fast, far below the security floor. Production code never picks it itself.
TEST_KDF = KdfParams(memory_kib=256, time_cost=1, parallelism=1)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on another keyboard or OS derives the same key. One
    holding bytes that are not UTF-8 (from an environment variable) can open nothing: every
    slot was made from text."""
    return unicodedata.normalize("NFC", check_utf8(passphrase, "passphrase")).encode("utf-8")


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    params.check_sane()
    return bytes(
        hash_secret_raw(
            normalise_passphrase(passphrase),
            salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )
    )


@cache
def calibrated_kdf(target_seconds: float = 0.5) -> KdfParams:
    """Argon2id parameters taking about `target_seconds` on this machine, never below the floor.

    Memory grows first (up to 256 MiB: what hurts GPU attackers most), then passes; each is
    sized from a measured probe, since cost is not linear in memory.
    """
    lanes = 2

    def probe(memory: int) -> float:
        started = time.perf_counter()
        derive_kek("calibration", b"\0" * 16, KdfParams(memory, FLOOR_TIME_COST, lanes))
        return max(time.perf_counter() - started, 1e-3)

    memory = FLOOR_MEMORY_KIB
    elapsed = probe(memory)
    while target_seconds / elapsed >= 2 and memory < 256 * 1024:
        memory *= 2
        elapsed = probe(memory)
    # The quicker of two probes: a busy moment must not make every later unlock weaker.
    elapsed = min(elapsed, probe(memory))
    passes = max(FLOOR_TIME_COST, round(FLOOR_TIME_COST * target_seconds / elapsed))
    return KdfParams(memory, min(passes, MAX_TIME_COST), lanes)


def aead_encrypt(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = new_nonce()
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def new_nonce() -> bytes:
    """A random 96-bit AES-GCM nonce (a key encrypts few enough messages for random ones)."""
    return os.urandom(12)


def aead_encrypt_with(key: bytes, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """AES-256-GCM with a nonce the caller already had to name (a segment's header)."""
    return AESGCM(key).encrypt(nonce, plaintext, aad)


def aead_decrypt(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise UnwrapError from None


def new_keypair() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 bytes."""
    sk = X25519PrivateKey.generate()
    return private_bytes(sk), public_bytes(sk)


def private_bytes(sk: X25519PrivateKey) -> bytes:
    return sk.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def public_of(private_key: bytes) -> bytes:
    """The X25519 public key of a private key (a passphrase change keeps the member's pair)."""
    return public_bytes(X25519PrivateKey.from_private_bytes(private_key))


def public_bytes(sk: X25519PrivateKey) -> bytes:
    return sk.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def keypair_from_seed(seed: bytes, context: bytes) -> tuple[bytes, bytes]:
    """A deterministic X25519 key pair from a high-entropy seed (the recovery code)."""
    sk = X25519PrivateKey.from_private_bytes(subkey(seed, b"btam x25519 seed|" + context))
    return private_bytes(sk), public_bytes(sk)


def seal(data_key: bytes, public_key: bytes, info: bytes) -> bytes:
    return _SUITE.encrypt(data_key, X25519PublicKey.from_public_bytes(public_key), info=info)


def unseal(sealed: bytes, private_key: bytes, info: bytes) -> bytes:
    try:
        return _SUITE.decrypt(sealed, X25519PrivateKey.from_private_bytes(private_key), info=info)
    except (InvalidTag, ValueError):
        raise UnwrapError from None


def new_signing_key() -> tuple[bytes, bytes]:
    """(private, public) raw Ed25519 bytes: a member's signature on what their laptop
    publishes (the group key is shared, so only a signature says who wrote a change)."""
    sk = Ed25519PrivateKey.generate()
    return signing_private_bytes(sk), sk.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def signing_private_bytes(sk: Ed25519PrivateKey) -> bytes:
    return sk.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def signing_public_key(private_key: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def sign(private_key: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(data)


def signature_ok(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def subkey(key: bytes, purpose: bytes) -> bytes:
    """An independent key for one purpose, so the data key is never used twice."""
    return HKDF(algorithm=SHA256(), length=KEY_BYTES, salt=None, info=purpose).derive(key)


def mac(key: bytes, data: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def mac_equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
