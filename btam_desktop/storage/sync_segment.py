"""Segments: a run of one laptop's ops as an immutable, signed, encrypted file in the sync folder.

The sync folder is a place the school already trusts to move files (a share, a USB stick, a
Syncthing folder), not a place trusted with student data: whoever can read it sees file names,
sizes and times, random origin ids and generation numbers, nothing else. A segment is

    MAGIC | u32 header length | header JSON | AES-256-GCM(K_g, nonce, zlib(sealed), aad)
    header = {"v": 1, "file_id", "gen", "kind": "ops", "nonce"}     aad = MAGIC + header
    sealed = {"body": {"origin", "member_id", "seq_from", "seq_to", "ops": [...]}, "sig"}
    sig    = Ed25519(member's key, b"btam-sync-v1" + header + sha256(canonical(body)))
    K_g    = HKDF(data key of generation g, "btam sync-bundle|" + file_id + "|" + g)

Sign, then encrypt: the group key is shared by the team, so only the signature says which
member wrote a segment, and inside the ciphertext it does not tell a folder's admin who worked
when. The signature covers the header, so a body moved to another generation or case file
fails. The file is named `<seq_from>-<seq_to>-<sha256 of the file, 16 hex>.bts` under
`seg/g<gen>/<origin>/`: a damaged or renamed file is recognized before it is opened, and a name
never repeats, so no tool ever has to merge two versions of one file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from btam_desktop.storage import crypto
from btam_desktop.storage.sync_op import Op

MAGIC = b"BTAMSYNC\x01"
VERSION = 1
SUFFIX = ".bts"
#: `00000041-00000057-0123456789abcdef.bts`
NAME = re.compile(r"^(\d{8})-(\d{8})-([0-9a-f]{16})\.bts$")
#: Origin folders are replica ids (UUIDs); anything else under seg/ is not ours.
ORIGIN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
#: A segment larger than this is not one of ours (a school year is a few MB in all).
MAX_BYTES = 64 * 1024 * 1024
_SIGNED = b"btam-sync-v1"


class BadSegmentError(ValueError):
    """A file in the sync folder that is not applied: what is wrong, in words."""


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def group_key(data_key: bytes, file_id: str, generation: int) -> bytes:
    return crypto.subkey(data_key, f"btam sync-bundle|{file_id}|{generation}".encode())


def file_name(seq_from: int, seq_to: int, data: bytes) -> str:
    return f"{seq_from:08d}-{seq_to:08d}-{hashlib.sha256(data).hexdigest()[:16]}{SUFFIX}"


def folder_of(root: Path, generation: int, origin: str) -> Path:
    return root / "seg" / f"g{generation}" / origin


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """A segment as read: who signed it, and its ops."""

    origin: str
    member_id: str
    seq_from: int
    seq_to: int
    ops: tuple[Op, ...]
    #: The header's nonce and the author's signature: enough to write the file again.
    nonce: bytes = b""
    signature: bytes = b""


def _op_json(op: Op) -> dict[str, Any]:
    return {
        "seq": op.seq,
        "op_id": op.op_id,
        "hlc": op.hlc,
        "member_id": op.member_id,
        "intent": op.intent,
        "body": base64.b64encode(op.body).decode("ascii"),
    }


def read_file(path: Path, max_bytes: int, what: str) -> bytes:
    """A file of the folder's bytes, or why it cannot be one of ours (too large to be `what`,
    or unreadable): never a traceback for a file another program left."""
    try:
        if path.stat().st_size > max_bytes:
            raise BadSegmentError(f"it is too large to be {what}")
        return path.read_bytes()
    except OSError as error:
        raise BadSegmentError(f"it cannot be read ({error.strerror})") from None


def header_bytes(kind: str, file_id: str, generation: int, nonce: bytes) -> bytes:
    """The readable header every file of the folder starts with (after MAGIC and its length):
    which case file and generation it belongs to, what it holds, and its nonce."""
    return _canonical(
        {"v": VERSION, "file_id": file_id, "gen": generation, "kind": kind, "nonce": nonce.hex()}
    )


def framed(header: bytes, ciphertext: bytes) -> bytes:
    return MAGIC + struct.pack(">I", len(header)) + header + ciphertext


def ciphertext_of(data: bytes, header: Header) -> bytes:
    return data[len(MAGIC) + 4 + len(header.raw) :]


def seal(
    kind: str,
    body: dict[str, Any],
    *,
    file_id: str,
    generation: int,
    data_key: bytes,
    signing_key: bytes,
) -> bytes:
    """Sign `body` with the member's key, then encrypt it under the generation's group key:
    the file format of segments ("ops") and of the team's key list ("team-keys")."""
    nonce = crypto.new_nonce()
    header = header_bytes(kind, file_id, generation, nonce)
    digest = hashlib.sha256(_canonical(body)).digest()
    signature = crypto.sign(signing_key, _SIGNED + header + digest)
    return _encrypted(header, body, signature, data_key, file_id, generation, nonce)


def _encrypted(
    header: bytes,
    body: dict[str, Any],
    signature: bytes,
    data_key: bytes,
    file_id: str,
    generation: int,
    nonce: bytes,
) -> bytes:
    sealed = zlib.compress(
        _canonical({"body": body, "sig": base64.b64encode(signature).decode("ascii")}), 6
    )
    key = group_key(data_key, file_id, generation)
    return framed(header, crypto.aead_encrypt_with(key, nonce, sealed, MAGIC + header))


def encode(
    ops: list[Op],
    *,
    file_id: str,
    generation: int,
    data_key: bytes,
    member_id: str,
    signing_key: bytes,
) -> bytes:
    """One segment of a contiguous run of one origin's ops, all by `member_id`."""
    if not ops:
        raise ValueError("a segment holds at least one op")
    body = _ops_body(ops, member_id)
    return seal(
        "ops",
        body,
        file_id=file_id,
        generation=generation,
        data_key=data_key,
        signing_key=signing_key,
    )


def _ops_body(ops: list[Op], member_id: str) -> dict[str, Any]:
    return {
        "origin": ops[0].origin,
        "member_id": member_id,
        "seq_from": ops[0].seq,
        "seq_to": ops[-1].seq,
        "ops": [_op_json(op) for op in ops],
    }


def rebuild(
    ops: list[Op], *, file_id: str, generation: int, data_key: bytes, sent: Segment
) -> bytes:
    """The segment `sent` as its author wrote it, from the ops this laptop applied from it:
    the same header (its nonce), body and signature, encrypted again under the same key and
    nonce. A laptop cannot sign for another member, but it can carry their file (a relay),
    and a reader checks it exactly as it checks the original."""
    if [op.seq for op in ops] != list(range(sent.seq_from, sent.seq_to + 1)):
        raise ValueError("the ops are not the segment's run")
    header = header_bytes("ops", file_id, generation, sent.nonce)
    body = _ops_body(ops, sent.member_id)
    return _encrypted(header, body, sent.signature, data_key, file_id, generation, sent.nonce)


@dataclass(frozen=True, slots=True, kw_only=True)
class Header:
    file_id: str
    generation: int
    kind: str
    nonce: bytes
    raw: bytes


def read_header(data: bytes) -> Header:
    """The readable part of a segment: which case file and generation it is for."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise BadSegmentError("not a segment")
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    raw = data[start : start + length]
    if length > 4096 or len(raw) != length:
        raise BadSegmentError("its header is damaged")
    try:
        header = json.loads(raw)
        if header["v"] != VERSION:
            raise BadSegmentError("a file of another version")
        return Header(
            file_id=str(header["file_id"]),
            generation=int(header["gen"]),
            kind=str(header["kind"]),
            nonce=bytes.fromhex(header["nonce"]),
            raw=raw,
        )
    except (ValueError, KeyError, TypeError) as error:
        raise BadSegmentError(f"its header is damaged ({type(error).__name__})") from None


def open_sealed(data: bytes, header: Header, data_key: bytes) -> tuple[dict[str, Any], bytes]:
    """Decrypt: the body and its signature (not yet checked: the caller knows the keys)."""
    key = group_key(data_key, header.file_id, header.generation)
    ciphertext = ciphertext_of(data, header)
    try:
        sealed = crypto.aead_decrypt(key, header.nonce, ciphertext, MAGIC + header.raw)
        plain = zlib.decompressobj().decompress(sealed, MAX_BYTES)
        outer = json.loads(plain)
        return dict(outer["body"]), base64.b64decode(outer["sig"], validate=True)
    except crypto.UnwrapError:
        raise BadSegmentError("it does not decrypt: damaged, or made with another key") from None
    except (ValueError, KeyError, TypeError, zlib.error) as error:
        raise BadSegmentError(f"its content is damaged ({type(error).__name__})") from None


def signature_ok(header: Header, body: dict[str, Any], signature: bytes, public_key: bytes) -> bool:
    digest = hashlib.sha256(_canonical(body)).digest()
    return crypto.signature_ok(public_key, signature, _SIGNED + header.raw + digest)


def ops_of(body: dict[str, Any], origin: str, seq_from: int, seq_to: int) -> Segment:
    """The body's ops, checked against what the file's place and name say: one origin, one
    member, the numbers the name gives and no gap."""
    try:
        member_id = str(body["member_id"])
        claims = (body["origin"], body["seq_from"], body["seq_to"])
    except (KeyError, TypeError) as error:
        raise BadSegmentError(f"its ops are damaged ({type(error).__name__})") from None
    if claims != (origin, seq_from, seq_to):
        raise BadSegmentError("its content does not match its name or folder")
    try:
        ops = tuple(
            Op(
                origin=origin,
                seq=int(o["seq"]),
                op_id=str(o["op_id"]),
                hlc=str(o["hlc"]),
                member_id=str(o["member_id"]),
                intent=str(o["intent"]),
                body=base64.b64decode(o["body"], validate=True),
            )
            for o in body["ops"]
        )
    except (ValueError, KeyError, TypeError) as error:
        raise BadSegmentError(f"its ops are damaged ({type(error).__name__})") from None
    if [op.seq for op in ops] != list(range(seq_from, seq_to + 1)):
        raise BadSegmentError("its ops are not the run its name gives")
    if any(op.member_id != member_id for op in ops):
        raise BadSegmentError("it holds ops of another member than the one who signed it")
    return Segment(origin=origin, member_id=member_id, seq_from=seq_from, seq_to=seq_to, ops=ops)
