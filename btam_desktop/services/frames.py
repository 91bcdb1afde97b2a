"""Length-prefixed pickled frames: how calls and replies cross between the window and the
service process over the pipes of a child process the app started itself (never a socket,
never anything another program can write to)."""

from __future__ import annotations

import pickle
import struct
from collections.abc import Callable
from typing import IO, Any

_HEADER = struct.Struct("!Q")


def write_frame(stream: IO[bytes], value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: IO[bytes], loads: Callable[[bytes], Any] = pickle.loads) -> Any | None:
    """The next value, or None at the end of the stream (the other side closed it). The window
    passes its own `loads`, which accepts only the contract types (ui/replies.py)."""
    header = _read_exactly(stream, _HEADER.size)
    if header is None:
        return None
    (size,) = _HEADER.unpack(header)
    data = _read_exactly(stream, size)
    if data is None:
        return None
    return loads(data)


def _read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
