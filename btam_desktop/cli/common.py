"""What every command shares: the exit codes, the usage error, reading a passphrase or a
secret, text checks, opening a session and the words for counts."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from btam_desktop.domain.records import check_utf8
from btam_desktop.services import errors

if TYPE_CHECKING:
    from btam_desktop.services.session import Session


EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_DAMAGED, EXIT_LOCKED, EXIT_NEWER = range(
    7
)


_EXIT_FOR: tuple[tuple[type[BaseException], int], ...] = (
    (errors.WrongPassphraseError, EXIT_PASSPHRASE),
    (errors.RecoveryCodeError, EXIT_PASSPHRASE),
    (errors.DamagedError, EXIT_DAMAGED),
    (errors.BackupDamagedError, EXIT_DAMAGED),
    (errors.NotACaseFileError, EXIT_DAMAGED),
    (errors.KeyFileMismatchError, EXIT_DAMAGED),
    (errors.KeyFileMissingError, EXIT_DAMAGED),
    (errors.LockedError, EXIT_LOCKED),
    (errors.ChangedWhileOpeningError, EXIT_LOCKED),
    (errors.NewerVersionError, EXIT_NEWER),
    (errors.UnknownMemberError, EXIT_USAGE),
    (errors.AlreadyExistsError, EXIT_USAGE),
    (errors.ValidationError, EXIT_USAGE),
)


class UsageError(Exception):
    pass


def _text(value: str, what: str) -> str:
    """`value`, unless a byte of it was not UTF-8 (the shell passes such bytes on, and Python
    keeps them as lone surrogates that no later step can store, hash or print): then a usage
    error that names where it came from, before anything is read or written."""
    try:
        return check_utf8(value, what)
    except errors.ValidationError as error:
        raise UsageError(f"{error} Nothing was changed.") from None


def _secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return _text(value, f"{prompt.lower()} in {env}")
    if not sys.stdin.isatty():
        raise UsageError(f"No terminal to ask for the {prompt.lower()}: set {env}.")
    try:
        first = getpass.getpass(f"{prompt}: ")
        if confirm and getpass.getpass(f"{prompt} (again): ") != first:
            raise UsageError("The two entries differ; nothing was changed.")
    except UnicodeDecodeError:
        raise UsageError(
            f"The {prompt.lower()} typed is not valid UTF-8 text: set the terminal to UTF-8. "
            "Nothing was changed."
        ) from None
    return _text(first, prompt.lower())


def _check_text_arguments(parsed: argparse.Namespace) -> None:
    """Every text option and argument; paths are left as the system gives them (a file name
    need not be UTF-8, and storage opens it byte for byte)."""
    for dest, value in vars(parsed).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                what = "member's name" if dest == "name" else f"value of --{dest.replace('_', '-')}"
                _text(item, what)


def _passphrase() -> str:
    return _secret("BTAM_PASSPHRASE", "Passphrase")


def _new_passphrase() -> str:
    return _secret("BTAM_NEW_PASSPHRASE", "New passphrase", confirm=True)


def _say(text: str) -> None:
    """A line on standard output. A file name whose bytes this terminal's encoding cannot
    show is written escaped (\\xff) rather than failing after the work is done."""
    try:
        print(text, flush=True)
    except UnicodeEncodeError:
        encoding = sys.stdout.encoding or "utf-8"
        print(text.encode(encoding, "backslashreplace").decode(encoding), flush=True)


def _refuse_existing(*paths: Path) -> None:
    for path in paths:
        if path.exists():
            raise UsageError(f"{path} exists already; nothing was made.")


def _with_session(
    a: argparse.Namespace, work: Callable[[Session], int], passphrase: str | None = None
) -> int:
    from btam_desktop.services import session

    s = session.unlock(a.path, a.member, passphrase if passphrase is not None else _passphrase())
    try:
        with s.ocf.translated():
            return work(s)
    finally:
        session.lock(s)


def _read_password(source: Path) -> str:
    try:
        raw = sys.stdin.read() if str(source) == "-" else source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"Cannot read the password from {source}: {error}.") from None
    lines = raw.splitlines()
    if not lines or not lines[0]:
        raise UsageError(f"{source} holds no password on its first line.")
    where = "standard input" if str(source) == "-" else str(source)
    return _text(lines[0], f"password in {where}")


def _changes(count: int) -> str:
    return f"{count} change" if count == 1 else f"{count} changes"


def _counted(count: int, what: str) -> list[str]:
    """["2 attachments"] (or ["1 attachment"]); nothing when there are none."""
    if not count:
        return []
    return [f"1 {what}" if count == 1 else f"{count} {what}s"]


def _listed(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return " and ".join(filter(None, (", ".join(parts[:-1]), parts[-1])))
