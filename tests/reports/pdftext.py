"""Reading a built PDF back: page texts (pypdf), normalised so shaped Arabic compares too."""

from __future__ import annotations

import io
import re
import unicodedata

from pypdf import PdfReader


def pages(pdf: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return [normalise(page.extract_text() or "") for page in reader.pages]


def normalise(text: str) -> str:
    """NFKC (Arabic presentation forms back to letters), whitespace runs to one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def text(pdf: bytes, password: str | None = None) -> str:
    return " ".join(pages(pdf, password))


def metadata(pdf: bytes) -> dict[str, str]:
    info = PdfReader(io.BytesIO(pdf)).metadata
    return {} if info is None else {str(k): str(v) for k, v in info.items()}
