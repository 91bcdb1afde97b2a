"""Shared data conventions: UUID ids, UTC timestamps, calendar dates, text limits."""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import date

from btam_desktop.domain import clock
from btam_desktop.domain.errors import ValidationError

#: Longest free text a field accepts; beyond this the input is absurd, not a note.
MAX_TEXT = 100_000
MAX_NAME = 200


def new_id() -> str:
    """A random UUID as text: ids never leak order or counts, and merge across laptops."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """The current moment as UTC ISO 8601 with microseconds, sortable as text."""
    return clock.utc_now_text()


def search_fold(text: str) -> str:
    """Case- and accent-insensitive form for searching: 'zoe' finds 'Zoë', 'nunez' 'Núñez'."""
    if text.isascii():  # most text: nothing to strip, and 10x faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_words(name: str) -> list[str]:
    """A name's words as matching sees them: folded (case and accents), split at spaces,
    hyphens and apostrophes, initials ("Q.") and other one-letter words left out."""
    words = re.split(r"[\s\-'\u2019.,]+", search_fold(name))
    return [w for w in words if len(w) > 1]


def could_be_same_name(typed: str, recorded: str) -> bool:
    """Whether what was typed could name the recorded person, as people type names: in any
    order, without middle names or initials, accents or case ("sam testcase" for "Sam Q.
    Testcase", "Varga Kenzie" for "Kenzie Varga-Holloway"). Each typed word must begin a
    word of the recorded name, so a half-typed word still finds it."""
    wanted, have = name_words(typed), name_words(recorded)
    return bool(wanted) and all(any(h.startswith(w) for h in have) for w in wanted)


def today() -> date:
    """Today where the computer is, from the one clock."""
    return clock.today()


def check_utf8(value: str, what: str) -> str:
    """`value`, unless it holds a byte that was not UTF-8. Command-line arguments, environment
    variables and file names reach Python as text even then (each such byte becomes a lone
    surrogate, U+DC80..U+DCFF), and that text cannot be stored, hashed or printed: refuse it
    here, by name, instead of failing deep inside the database driver."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        char = ord(value[error.start])
        byte = f"byte 0x{char - 0xDC00:02X}" if 0xDC80 <= char <= 0xDCFF else "a broken character"
        raise ValidationError(
            f"The {what} is not valid UTF-8 text ({byte} at character {error.start + 1})."
        ) from None
    return value


def clean_name(value: str, what: str) -> str:
    """Trim and NFC-normalise a name; refuse empty, control characters, bytes that are not
    UTF-8, or absurd length."""
    text = unicodedata.normalize("NFC", check_utf8(value, what)).strip()
    if not text:
        raise ValidationError(f"The {what} cannot be empty.")
    if len(text) > MAX_NAME:
        raise ValidationError(f"The {what} is longer than {MAX_NAME} characters.")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise ValidationError(f"The {what} contains control characters (tabs or line breaks).")
    return text


def clean_text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    """Free text is kept exactly as typed, but bounded in size (and UTF-8, to be stored)."""
    if len(value) > limit:
        raise ValidationError(f"The {what} is longer than {limit:,} characters.")
    return check_utf8(value, what)


def parse_date(value: str, what: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"The {what} '{value[:40]}' is not a date (YYYY-MM-DD).") from None


def initials(name: str) -> str:
    """ "Kenzie Varga-Holloway" -> "K.V.-H.": what a projected agenda, a masked list or a
    redacted printout shows instead of a name."""
    return "".join(
        "-".join(f"{piece[0].upper()}." for piece in word.split("-") if piece)
        for word in name.split()
    )
