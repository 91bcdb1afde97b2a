"""Attachments in the sync folder: each one's bytes as one encrypted file, named so that the
name tells nothing.

An op names an attachment by its SHA-256 and size (`sync_capture`), never its bytes, so the
segments stay small and a photo added once is carried once. The bytes travel as

    blob/g<gen>/<HMAC(K_name, sha256)[:32]>.btb
    MAGIC | u32 header length | header {"kind": "blob", ...} | AES-256-GCM(K_blob, nonce, bytes)

- The name is an HMAC, not the plain hash: whoever can read the folder cannot confirm that a
  known photo is in it by hashing the photo.
- No signature: the bytes are trusted because their SHA-256 is the one a signed op gave;
  a reader checks it after decrypting, so a file swapped for another member's attachment, or
  for anything else, is refused.
- The nonce is derived from the hash, so every laptop that holds an attachment writes the same
  bytes under the same name: two laptops relaying one photo never leave a tool (Syncthing, a
  share) two versions of one file to reconcile. GCM's rule (a key and nonce encrypt only one
  message) still holds: one nonce, one content.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from btam_desktop.storage import crypto, db, sync_segment
from btam_desktop.storage.sync_segment import BadSegmentError

KIND = "blob"
SUFFIX = ".btb"
NAME = re.compile(r"^[0-9a-f]{32}\.btb$")
#: An attachment is at most 25 MB (services/intake.py); anything much larger is not ours.
MAX_BYTES = 40 * 1024 * 1024
_TAG_BYTES = 16
_UNREADABLE = "it does not decrypt: damaged, or made with another key"


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment row as the transport sees it: which file, and what its bytes must be."""

    evidence_id: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class BlobKeys:
    """The keys of one case file and generation: one names files, one encrypts them."""

    file_id: str
    generation: int
    name_key: bytes
    blob_key: bytes

    @classmethod
    def of(cls, data_key: bytes, file_id: str, generation: int) -> BlobKeys:
        scope = f"{file_id}|{generation}"
        return cls(
            file_id=file_id,
            generation=generation,
            name_key=crypto.subkey(data_key, f"btam sync-blob-name|{scope}".encode()),
            blob_key=crypto.subkey(data_key, f"btam sync-blob|{scope}".encode()),
        )

    def name(self, sha256: str) -> str:
        return crypto.mac(self.name_key, sha256.encode("ascii"))[:32] + SUFFIX

    def _nonce(self, sha256: str) -> bytes:
        return bytes.fromhex(crypto.mac(self.name_key, b"nonce|" + sha256.encode("ascii")))[:12]

    def encode(self, content: bytes) -> bytes:
        sha256 = hashlib.sha256(content).hexdigest()
        nonce = self._nonce(sha256)
        header = sync_segment.header_bytes(KIND, self.file_id, self.generation, nonce)
        aad = sync_segment.MAGIC + header
        return sync_segment.framed(
            header, crypto.aead_encrypt_with(self.blob_key, nonce, content, aad)
        )

    def encoded_size(self, sha256: str, size: int) -> int:
        """The size a correct file for this attachment has (a truncated one is rewritten)."""
        header = sync_segment.header_bytes(KIND, self.file_id, self.generation, self._nonce(sha256))
        return len(sync_segment.MAGIC) + 4 + len(header) + size + _TAG_BYTES

    def decode(self, data: bytes, sha256: str) -> bytes:
        """The attachment's bytes from its file, or why the file is refused."""
        header = sync_segment.read_header(data)
        if header.kind != KIND:
            raise BadSegmentError("it is not an attachment")
        if header.file_id != self.file_id or header.generation != self.generation:
            raise BadSegmentError("it belongs to another case file or key generation")
        try:
            content = crypto.aead_decrypt(
                self.blob_key,
                header.nonce,
                sync_segment.ciphertext_of(data, header),
                sync_segment.MAGIC + header.raw,
            )
        except crypto.UnwrapError:
            raise BadSegmentError(_UNREADABLE) from None
        if hashlib.sha256(content).hexdigest() != sha256:
            raise BadSegmentError("its content is not the attachment its name stands for")
        return content


def folder_of(root: Path, generation: int) -> Path:
    return root / "blob" / f"g{generation}"


# -- the case file's side --------------------------------------------------------------------
#: `length()` of a blob reads its size from the record header, not its pages.
_HELD = "length(content) > 0"


def held(conn: db.Connection) -> list[Attachment]:
    """The attachments whose bytes this laptop has (its own and those that arrived)."""
    return _attachments(conn, _HELD)


def missing(conn: db.Connection) -> list[Attachment]:
    """Attachments whose row arrived in an op but whose bytes have not yet."""
    return _attachments(conn, f"NOT ({_HELD}) AND size > 0")


def _attachments(conn: db.Connection, where: str) -> list[Attachment]:
    return [
        Attachment(str(r[0]), str(r[1]), int(r[2]))
        for r in conn.execute(f"SELECT id, sha256, size FROM evidence WHERE {where} ORDER BY id")
    ]


def content_of(conn: db.Connection, evidence_id: str) -> bytes:
    row = conn.execute("SELECT content FROM evidence WHERE id = ?", (evidence_id,)).fetchone()
    return bytes(row[0]) if row else b""


def fill(conn: db.Connection, evidence_id: str, content: bytes) -> None:
    """Put bytes that arrived into their row (inside the caller's transaction, capture off:
    the op that added the row already told every laptop)."""
    conn.execute(
        f"UPDATE evidence SET content = ? WHERE id = ? AND NOT ({_HELD})", (content, evidence_id)
    )
