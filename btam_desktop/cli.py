"""The headless `btam-desktop` commands, for scripts and IT staff (the GUI is app.main's).

Exit codes: 0 ok, 1 check found problems (or the operation failed), 2 usage, 3 wrong
passphrase, 4 damaged / not a case file / key file mismatch, 5 locked by another instance,
6 newer version.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from btam_desktop.domain.disclosure import Audience
from btam_desktop.domain.language import PAPER_LANGUAGES
from btam_desktop.domain.local_time import moment_text
from btam_desktop.domain.plan import LegalBasis
from btam_desktop.domain.records import check_utf8
from btam_desktop.services import errors

if TYPE_CHECKING:
    from btam_desktop.services.contracts.sync import FolderSync
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

COMMANDS = (
    "demo",
    "members",
    "passphrase",
    "check",
    "export",
    "backup",
    "restore",
    "recover",
    "import-referrals",
    "packs",
    "report",
    "sync",
    "join",
    "conflicts",
    "stats",
    "retention",
    "transfer",
    "transfer-in",
)
REPORT_KINDS = (
    "case-summary",
    "plan",
    "parent-plan",
    "agenda",
    "minutes",
    "blank-forms",
    "staff-handout",
    "student-handout",
    "family-handout",
    "roster",
    "recovery-kit",
    "disclosures",
    "inspection",
    "annual",
    "sign-in-sheet",  # blank: the date, leader and topic are filled in by hand
    "staff-coverage",
    "letter",
)
_CASE_KINDS = ("case-summary", "plan", "parent-plan", "letter")
#: Documents about one student (every case of theirs), chosen with --student.
_STUDENT_KINDS = ("disclosures", "inspection")
#: Written in English and Spanish (the others in English only).
MULTILINGUAL_KINDS = (
    "student-handout",
    "family-handout",
    "staff-handout",
    "parent-plan",
    "letter",
    "inspection",
)
#: Papers for anyone (no student data): saved without the CONFIDENTIAL reminder.
PUBLIC_KINDS = ("student-handout", "family-handout")


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


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="btam-desktop",
        description="Encrypted case files for school threat assessment teams.",
        epilog="Run without a command to open the app.",
    )
    sub = p.add_subparsers(dest="command", required=True)

    def unlocking(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument("path", type=Path, help="the case file (a NAME.btam folder)")
        parser.add_argument("--member", help="whose passphrase (default: the first team lead)")
        return parser

    demo = sub.add_parser("demo", help="new case file of fictional data")
    demo.add_argument("path", type=Path)
    demo.add_argument("--cases", type=int, default=24)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--laptops",
        type=int,
        default=1,
        help="also make the own copies of 2-6 members, syncing through a folder beside PATH, "
        "with a conflict waiting (for training)",
    )

    members = unlocking(sub.add_parser("members", help="list, add or remove team members"))
    members.add_argument("action", nargs="?", choices=("add", "remove"))
    members.add_argument("name", nargs="?")
    members.add_argument(
        "--role", help="administrator, counselor, psychologist, law_enforcement, ..."
    )
    members.add_argument("--lead", action="store_true", help="the new member is a team lead")

    unlocking(sub.add_parser("passphrase", help="change your own passphrase"))
    unlocking(sub.add_parser("check", help="integrity, cipher, key file and audit chain"))
    export = unlocking(
        sub.add_parser(
            "export", help="full lossless export (JSON), or the case list or disclosures as CSV"
        )
    )
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument(
        "--what", choices=("cases", "disclosures"), help="CSV: the case list or every disclosure"
    )
    export.add_argument("-o", "--output", type=Path, required=True)
    _audience_arguments(export, "CSV, ")
    backup = unlocking(sub.add_parser("backup", help="encrypted, verified copy"))
    backup.add_argument("dest", type=Path)
    restore = sub.add_parser("restore", help="put a verified backup in place")
    restore.add_argument("backup", type=Path)
    restore.add_argument("path", type=Path)
    restore.add_argument("--member")
    referrals = unlocking(sub.add_parser("import-referrals", help="referrals from a CSV export"))
    referrals.add_argument("file", type=Path, help="CSV with a header row")
    referrals.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="read column HEADER as FIELD (repeatable)",
    )
    referrals.add_argument("--dry-run", action="store_true", help="check and preview only")
    stats = unlocking(sub.add_parser("stats", help="program statistics of a school year"))
    stats.add_argument("--year", required=True, help="the school year, e.g. 2026-27")
    stats.add_argument("--format", choices=("json", "csv"), default="json")
    packs = sub.add_parser("packs", help="model packs")
    packs.add_argument("action", choices=("check", "list"))
    packs.add_argument("file", nargs="?", type=Path, help="the pack file to check")
    report = unlocking(sub.add_parser("report", help="print a document, or write it to a PDF file"))
    report.add_argument("kind", choices=REPORT_KINDS)
    report.add_argument("--case", metavar="NUMBER", help="the case number, e.g. 2026-0014")
    report.add_argument("--meeting", metavar="ID", help="agenda or minutes: the meeting")
    report.add_argument(
        "--redact",
        choices=("administrator", "law_enforcement", "receiving_school"),
        help="case summary for this reader: initials only, sections left out",
    )
    report.add_argument(
        "--earlier", action="store_true", help="case summary: earlier assessment versions too"
    )
    report.add_argument("--paper", choices=("letter", "a4"), default="letter")
    report.add_argument(
        "--language",
        choices=tuple(PAPER_LANGUAGES),
        help="parent-plan, letter, inspection and the handouts: English or Spanish (default: "
        "the guardian's language for the papers that go to the student's family, else English)",
    )
    report.add_argument(
        "--notification",
        metavar="N|ID",
        help="letter: the case's notification (its number in the Plan tab's list, 1 first, "
        "or its id)",
    )
    report.add_argument(
        "--password-file",
        type=Path,
        metavar="F",
        help="encrypt with the password in F (first line; '-' reads standard input)",
    )
    report.add_argument(
        "--student",
        metavar="NAME|ID",
        help="disclosures, inspection: the student (name, student id or record id)",
    )
    report.add_argument("--year", help="annual: the school year, e.g. 2026-27")
    _audience_arguments(report, "")
    where = report.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", type=Path, help="write the PDF to this file")
    where.add_argument(
        "--printer",
        metavar="NAME",
        help="send it to this print queue (lpstat -p lists them); the recovery kit goes to "
        "the default printer when neither -o nor --printer is given",
    )
    recover = sub.add_parser("recover", help="open with the recovery code and set a new passphrase")
    recover.add_argument("path", type=Path)
    recover.add_argument("--member", required=True)
    sync = unlocking(
        sub.add_parser("sync", help="send this laptop's changes to a folder, merge the others'")
    )
    sync.add_argument("folder", type=Path, help="the team's sync folder (a share, a USB stick)")
    join = sub.add_parser("join", help="your own copy of the team's case file, from its folder")
    join.add_argument("folder", type=Path, help="the team's sync folder")
    join.add_argument("path", type=Path, help="where your copy goes (a new NAME.btam folder)")
    join.add_argument("--member", required=True, help="your name as the team lead added it")
    unlocking(sub.add_parser("conflicts", help="changes made at once that wait for a person"))
    unlocking(
        sub.add_parser("retention", help="closed cases due for destruction or review, and the rule")
    )
    transfer = unlocking(
        sub.add_parser("transfer", help="a student's record for the school they move to")
    )
    transfer.add_argument("--case", metavar="NUMBER", required=True, help="the case number")
    transfer.add_argument("-o", "--output", type=Path, required=True, metavar="PACKET")
    transfer.add_argument(
        "--to",
        metavar="SCHOOL",
        help="the receiving school, for the disclosure log (else asked; with no terminal, "
        "logged as an unnamed receiving school)",
    )
    transfer.add_argument(
        "--asked-on", metavar="YYYY-MM-DD", help="the day the school asked (default: today)"
    )
    _packet_password(transfer)
    transfer_in = unlocking(
        sub.add_parser("transfer-in", help="a packet from another school, as a new case")
    )
    transfer_in.add_argument("packet", type=Path)
    _packet_password(transfer_in)
    return p


def _packet_password(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-file",
        type=Path,
        metavar="F",
        help="the packet's passphrase in F (first line; '-' reads standard input); else "
        "BTAM_PACKET_PASSPHRASE, else asked",
    )


def _audience_arguments(parser: argparse.ArgumentParser, prefix: str) -> None:
    """Who receives a copy outside the team, and why (34 CFR 99.32)."""
    parser.add_argument("--recipient", help=f"{prefix}outside the team: who receives it")
    parser.add_argument(
        "--legal-basis",
        choices=[basis.value for basis in LegalBasis],
        help=f"{prefix}outside the team: on what basis (FERPA)",
    )
    parser.add_argument(
        "--interest",
        metavar="TEXT",
        help="the recipient's legitimate interest, or the basis in words (needed for 'other')",
    )
    parser.add_argument(
        "--threat",
        metavar="TEXT",
        help="health_safety_emergency: the articulable and significant threat (needed)",
    )


def _audience(a: argparse.Namespace) -> Audience:
    given = (a.recipient, a.legal_basis, a.interest, a.threat)
    return Audience(
        any(given),
        a.recipient or "",
        a.legal_basis or "",
        detail=a.interest or "",
        threat=a.threat or "",
    )


def _say(text: str) -> None:
    """A line on standard output. A file name whose bytes this terminal's encoding cannot
    show is written escaped (\\xff) rather than failing after the work is done."""
    try:
        print(text, flush=True)
    except UnicodeEncodeError:
        encoding = sys.stdout.encoding or "utf-8"
        print(text.encode(encoding, "backslashreplace").decode(encoding), flush=True)


def _cmd_demo(a: argparse.Namespace) -> int:
    from btam_desktop.services import demo, demo_laptops, session

    if a.cases < 0 or a.cases > 200_000:
        raise UsageError("--cases must be between 0 and 200000.")
    if not 1 <= a.laptops <= 6:
        raise UsageError("--laptops must be between 1 and 6 (the demo team has six members).")
    if a.laptops > 1:
        _refuse_existing(
            demo_laptops.sync_folder_of(a.path),
            *(demo_laptops.copy_of(a.path, n) for n in range(2, a.laptops + 1)),
        )
    passphrase = _passphrase()
    s, code = demo.build_demo(a.path, passphrase, cases_count=a.cases, seed=a.seed)
    try:
        made = demo_laptops.make_laptops(s, passphrase, a.laptops) if a.laptops > 1 else None
    finally:
        session.lock(s)
    _say(f"Made the demo case file {a.path} ({a.cases} fictional cases, a team of 6).")
    _say(f"Recovery code (fictional file, shown once): {code}")
    if made is not None:
        for copy, member in made.copies:
            _say(f"Made {member}'s own copy {copy}.")
        _say(f"The copies sync through {made.folder}.")
        if made.conflict_case:
            _say(
                f"Two members rewrote the summary of case {made.conflict_case} before syncing: "
                "the conflict waits on every copy."
            )
    return EXIT_OK


def _refuse_existing(*paths: Path) -> None:
    for path in paths:
        if path.exists():
            raise UsageError(f"{path} exists already; nothing was made.")


def _cmd_members(a: argparse.Namespace) -> int:
    from btam_desktop.services import members, session

    if a.action is None:
        for m in session.list_members(a.path):
            _say(f"{m.name}\t{m.role}")
        return EXIT_OK
    if not a.name:
        raise UsageError(f"members {a.action} needs a NAME.")
    s = session.unlock(a.path, a.member, _passphrase())
    try:
        if a.action == "add":
            if not a.role:
                raise UsageError("members add needs --role.")
            added, _ = members.add_member(s, a.name, a.role, _new_passphrase(), is_lead=a.lead)
            _say(f"Added {added.name} ({added.role.value}) to {a.path}.")
        else:
            members.remove_member(s, a.name)
            _say(f"Removed {a.name}: {a.path} has a new key that their passphrase cannot open.")
    finally:
        session.lock(s)
    return EXIT_OK


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


def _cmd_passphrase(a: argparse.Namespace) -> int:
    from btam_desktop.services import members

    current = _passphrase()

    def work(s: Session) -> int:
        members.change_passphrase(s, current, _new_passphrase())
        _say(f"Changed the passphrase of {s.member_name} in {a.path}.")
        return EXIT_OK

    return _with_session(a, work, current)


def _cmd_check(a: argparse.Namespace) -> int:
    from btam_desktop.services import files

    def work(s: Session) -> int:
        lines = files.check(s)
        for line in lines:
            _say(f"{'ok  ' if line.ok else 'FAIL'}  {line.name}: {line.detail}")
        bad = [line for line in lines if not line.ok]
        _say(f"{a.path}: {'no problems found' if not bad else f'{len(bad)} problem(s) found'}.")
        return EXIT_OK if not bad else EXIT_PROBLEMS

    return _with_session(a, work)


def _cmd_export(a: argparse.Namespace) -> int:
    from btam_desktop.services import files

    if a.output.is_dir():  # "-o ." or "-o .." was a traceback; a folder, "damaged" (exit 4)
        raise UsageError(f"-o {a.output}: name a file, not a folder.")
    if a.format == "csv":
        return _export_csv(a)
    extra = [f"--{n.replace('_', '-')}" for n in ("what", *_AUDIENCE) if getattr(a, n)]
    if extra:
        raise UsageError(f"{', '.join(extra)}: only with --format csv.")

    def work(s: Session) -> int:
        files.write_json_export(s, a.output)
        _say(f"Exported everything in {a.path} to {a.output}.")
        _say("CONFIDENTIAL: this file is not encrypted. Keep it safe and delete it when done.")
        return EXIT_OK

    return _with_session(a, work)


_AUDIENCE = ("recipient", "legal_basis", "interest", "threat")


def _cmd_stats(a: argparse.Namespace) -> int:
    """Counts only, small ones suppressed: no student data, so standard output is fine."""
    from btam_desktop.domain.statistics import parse_year
    from btam_desktop.services import stats

    try:
        year = parse_year(a.year)
    except errors.ValidationError as error:
        raise UsageError(f"--year {a.year}: {error}") from None

    def work(s: Session) -> int:
        result = stats.year_statistics(s, year)
        if a.format == "csv":
            sys.stdout.buffer.write(stats.as_csv(result))
            sys.stdout.buffer.flush()
        else:
            _say(stats.as_json(result))
        return EXIT_OK

    return _with_session(a, work)


def _export_csv(a: argparse.Namespace) -> int:
    from btam_desktop.services import exports

    if a.what is None:
        raise UsageError("export --format csv needs --what cases or --what disclosures.")
    if not a.output.parent.is_dir():
        raise UsageError(f"-o {a.output}: name a file in an existing folder.")
    audience = _audience(a)
    audience.checked()  # whom and why, before the file is unlocked

    def work(s: Session) -> int:
        exported, _ = exports.write_csv(s, a.what, a.output, audience)
        what = "cases" if a.what == "cases" else "disclosure records"
        _say(
            f"Wrote {exported.rows} {what} to {a.output} (document {exported.document_id}), "
            "logged as a disclosure."
        )
        _say("CONFIDENTIAL: this file is not encrypted. Keep it safe and delete it when done.")
        return EXIT_OK

    return _with_session(a, work)


def _cmd_backup(a: argparse.Namespace) -> int:
    from btam_desktop.services import files

    def work(s: Session) -> int:
        where = files.backup(s, a.dest)
        _say(f"Backed up {a.path} to {where} (encrypted, verified).")
        checked, _ = files.check_backup(s, where)
        if not checked.verified:
            for line in checked.problems:
                _say(f"FAIL  {line.name}: {line.detail}")
            _say(f"{where}: the backup opens, but its check found problems.")
            return EXIT_PROBLEMS
        _say(f"Backup verified: opens, {checked.cases} cases, check clean.")
        return EXIT_OK

    return _with_session(a, work)


def _cmd_restore(a: argparse.Namespace) -> int:
    from btam_desktop.services import files

    result = files.restore(a.backup, a.path, a.member, _passphrase())
    _say(f"Restored {a.backup} to {result.path} (verified).")
    if result.previous_moved_to:
        _say(f"The case file that was there is kept as {result.previous_moved_to}.")
    return EXIT_OK


def _cmd_recover(a: argparse.Namespace) -> int:
    from btam_desktop.services import session

    code = _secret("BTAM_RECOVERY_CODE", "Recovery code")
    s = session.recover(a.path, a.member, code, _new_passphrase())
    session.lock(s)
    _say(f"Recovered {a.path}: {a.member} has a new passphrase.")
    return EXIT_OK


def _cmd_import_referrals(a: argparse.Namespace) -> int:
    from btam_desktop.services import referral_import

    overrides = {}
    for item in a.map:
        header, sep, field = item.partition("=")
        if not sep or not header or not field:
            raise UsageError(f"--map takes HEADER=FIELD, not '{item}'.")
        overrides[header] = field
    try:
        data = a.file.read_bytes()
    except OSError as error:
        raise UsageError(f"Cannot read {a.file}: {error.strerror}.") from None

    def work(s: Session) -> int:
        plan = referral_import.plan_import(s, data, overrides)
        if plan.problem:
            raise UsageError(f"{a.file}: {plan.problem}")
        for header, field in plan.mapping.items():
            _say(f"column {header!r} -> {field}")
        if plan.unmapped:
            _say(f"not imported (no field): {', '.join(repr(h) for h in plan.unmapped)}")
        _say(f"{plan.rows} referral(s) read from {a.file}.")
        if a.dry_run:
            return EXIT_OK
        done, _ = referral_import.import_referrals(s, data, overrides)
        _say(f"Imported {done.referrals} referral(s) into {a.path}: {done.new_cases} new case(s).")
        return EXIT_OK

    try:
        return _with_session(a, work)
    except referral_import.ImportRowError as error:  # which row and column; then which file
        raise UsageError(f"{a.file}: {error}") from None


def _cmd_packs(a: argparse.Namespace) -> int:
    from btam_desktop.services import packs

    if a.action == "list":
        for info in packs.builtin_infos():
            _say(f"{info.id}\t{info.name}\t{info.version}")
        return EXIT_OK
    if a.file is None:
        raise UsageError("packs check needs a FILE.")
    try:
        info = packs.check_file(a.file)
    except packs.PackError as error:
        sys.stderr.write(f"{error}\n")
        return EXIT_PROBLEMS
    for warning in info.warnings:  # the family's papers print these in English
        sys.stderr.write(f"{a.file}: warning: {warning}\n")
    _say(
        f"{a.file}: ok — {info.name} {info.version} ({info.levels} levels, "
        f"{info.checklist} checklist items, {info.questions} questions)"
        + (f", {len(info.warnings)} warning(s)" if info.warnings else "")
    )
    return EXIT_OK


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


def _report_destination(a: argparse.Namespace) -> str | None:
    """The print queue to send the document to, or None to write `-o`. The recovery kit is
    printed, as in the app: a recovery code does not belong on a disk (unless encrypted)."""
    if a.password_file and a.printer:
        raise UsageError("--password-file encrypts a file (-o); a printer prints the page.")
    if a.kind == "recovery-kit" and a.output is not None and not a.password_file:
        raise UsageError(
            "A recovery code does not belong on a disk: the recovery kit is printed (--printer "
            "NAME, or the default printer without -o). To write it to a file anyway, encrypt "
            "it with --password-file F."
        )
    if a.output is not None:
        if a.output.is_dir() or not a.output.parent.is_dir():
            raise UsageError(f"-o {a.output}: name a file in an existing folder.")
        return None
    if a.printer:
        return str(a.printer)
    if a.kind != "recovery-kit":
        raise UsageError(f"report {a.kind} needs -o OUT.pdf or --printer NAME.")
    from btam_desktop.services import print_queue

    default = print_queue.default_printer()
    if default is None:
        raise UsageError("There is no default printer: name one with --printer (lpstat -p).")
    return default


def _student_case(s: Session, a: argparse.Namespace) -> str:
    """The newest case of the student `--student` names; several or none: a usage error that
    lists them."""
    from btam_desktop.services import students

    found = students.find(s, a.student)
    if not found:
        raise UsageError(f"--student {a.student}: no student in {a.path} has that name or id.")
    if len(found) > 1:
        lines = "\n".join(f"  {student.describe()}" for student in found)
        raise UsageError(
            f"--student {a.student}: {len(found)} students match; name one by its student id "
            f"or record id:\n{lines}"
        )
    return found[0].case_ids[-1]


def _report_year(a: argparse.Namespace) -> int | None:
    """The annual report's school year (required, and only for it)."""
    if a.kind != "annual":
        if a.year:
            raise UsageError("--year is for the annual report.")
        return None
    if not a.year:
        raise UsageError("report annual needs --year, e.g. --year 2026-27.")
    from btam_desktop.domain.statistics import parse_year

    try:
        return parse_year(a.year)
    except errors.ValidationError as error:
        raise UsageError(f"--year {a.year}: {error}") from None


def _notification(s: Session, a: argparse.Namespace, case_id: str | None) -> str:
    """The notification `--notification` names (its number in the case's list, or its id);
    a usage error that lists the case's notifications when it names none of them."""
    from btam_desktop.services import manage

    found = manage.notifications_of(s, case_id) if case_id else []
    for number, n in enumerate(found, start=1):
        if a.notification in (str(number), n.id):
            return n.id
    lines = "\n".join(
        f"  {number}\t{n.notified_on.isoformat()}\t{n.recipient.value}\t{n.id}"
        for number, n in enumerate(found, start=1)
    )
    raise UsageError(
        f"--notification {a.notification}: case {a.case} has no such notification"
        + (f"; it has:\n{lines}" if lines else " (none is logged).")
    )


def _cmd_report(a: argparse.Namespace) -> int:
    from btam_desktop.services import cases, print_queue, printing

    if a.meeting and a.kind not in ("agenda", "minutes"):
        raise UsageError("--meeting is for the agenda and the minutes.")
    if a.kind in _CASE_KINDS and not a.case:
        raise UsageError(f"report {a.kind} needs --case NUMBER.")
    if (a.kind in _STUDENT_KINDS) != bool(a.student):
        raise UsageError(
            "report disclosures and report inspection need --student NAME|ID (and only they "
            "take one)."
        )
    if a.kind in _STUDENT_KINDS and a.case:
        raise UsageError(f"report {a.kind} takes --student, not --case.")
    if (a.redact or a.earlier) and a.kind != "case-summary":
        raise UsageError("--redact and --earlier are for the case summary.")
    if a.language not in (None, "en") and a.kind not in MULTILINGUAL_KINDS:
        raise UsageError(
            f"report {a.kind} is written in English only: --language is for "
            f"{', '.join(MULTILINGUAL_KINDS)}."
        )
    year = _report_year(a)
    if (a.kind == "letter") != bool(a.notification):
        raise UsageError("report letter needs --notification N|ID (and only it takes one).")
    printer = _report_destination(a)
    password = _read_password(a.password_file) if a.password_file else ""
    # The recovery code is never stored: the kit prints only for someone who has the code,
    # and the service checks that it opens this very case file.
    code = _secret("BTAM_RECOVERY_CODE", "Recovery code") if a.kind == "recovery-kit" else ""
    audience = _audience(a)

    def work(s: Session) -> int:
        case_id = None
        if a.case:
            found = [row.id for row in cases.list_cases(s) if row.number == a.case]
            if not found:
                raise UsageError(f"There is no case {a.case} in {a.path}.")
            case_id = found[0]
        if a.student:
            case_id = _student_case(s, a)
        notification_id = _notification(s, a, case_id) if a.notification else None
        if a.meeting:
            from btam_desktop.services import meetings

            if a.meeting not in {m.id for m in meetings.list_meetings(s)}:
                raise UsageError(f"There is no meeting {a.meeting} in {a.path}.")
        request = printing.PrintRequest(
            a.kind,
            case_id,
            include_earlier=a.earlier,
            redact=a.redact or "",
            paper=a.paper,
            recovery_code=code,
            meeting_id=a.meeting,
            audience=audience,
            language=a.language or "",
            notification_id=notification_id,
            year=year,
        )
        prepared = printing.prepare(s, request)
        for warning in prepared.warnings:
            sys.stderr.write(f"btam-desktop: note: {warning}\n")
        if printer is not None:
            prepared.audience.checked()  # a copy leaving the team says to whom before it prints
            job = print_queue.submit(printer, prepared.pdf, prepared.file_name)
            printing.record_print(s, prepared)  # only once the print system took the job
            _say(f"Sent to {printer} (job {job}, document {prepared.document_id}), logged.")
            if a.kind == "recovery-kit":
                _say("Collect the page from the printer now: it opens every record in the file.")
            return EXIT_OK
        printing.save_pdf(s, prepared, a.output, password)
        _say(f"Wrote {a.output} (document {prepared.document_id}), logged as a disclosure.")
        if a.kind in PUBLIC_KINDS:
            _say("This handout holds no student data: print and share as many as you like.")
        elif a.kind == "annual":
            _say("Aggregate figures, small counts suppressed: no student is identified.")
        elif not password:
            _say("CONFIDENTIAL: this PDF is not encrypted. Keep it safe and delete it when done.")
        return EXIT_OK

    return _with_session(a, work)


def _conflict_lines(s: Session) -> int:
    """The open conflicts, one per line (id, case number, what, whose versions), tab-separated;
    how many there are."""
    from btam_desktop.services import conflicts

    lines = conflicts.conflict_lines(s)
    for line in lines:
        _say("\t".join((line.conflict_id, line.case_number, line.what, ", ".join(line.members))))
    return len(lines)


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


def _sync_lines(s: Session, done: FolderSync) -> int:
    """What a sync did, a line each for what left and what arrived; the exit code."""
    if done.removed_by:
        on = f" on {moment_text(done.removed_at)}" if done.removed_at else ""
        _say(
            f"You were removed from this team by {done.removed_by}{on}: this laptop keeps what "
            "it had until then, and sends nothing more."
        )
        return EXIT_PROBLEMS
    if done.key_lost_to:
        _say(
            f"{done.key_lost_to} removed {done.key_lost_removed or 'a member'} from the team at "
            "the same time as this laptop's removal, and the team follows their new key: this "
            "laptop sends nothing more. Make a fresh copy with 'btam-desktop join FOLDER NEWPATH "
            "--member NAME', then repeat your removal there."
        )
        return EXIT_PROBLEMS
    if done.generation_moved:
        _say("This laptop moved to the team's new key (a team lead removed a member).")
    files = "file" if done.sent_files == 1 else "files"
    sent = [
        f"{_changes(done.sent_ops)} in {done.sent_files} {files}",
        *_counted(done.sent_attachments, "attachment"),
        *[f"{n} of other laptops" for n in _counted(done.relayed_files, "file")],
    ]
    _say(f"Sent: {_listed(sent)} to {done.folder}.")
    who = f" from {', '.join(done.received_from)}" if done.received_from else ""
    got = "".join(f" and {n}" for n in _counted(done.received_attachments, "attachment"))
    waiting = f"; {_changes(done.waiting)} wait for earlier ones" if done.waiting else ""
    if done.attachments_waiting:
        count = done.attachments_waiting
        waiting += f"; {count} attachment{'s' if count != 1 else ''} not in the folder yet"
    _say(f"Received: {_changes(done.received_ops)}{who}{got}{waiting}.")
    for name, days in done.clock_ahead:
        _say(
            f"Waiting: {name}'s changes are stamped {days} day(s) ahead of this laptop's clock; "
            "they apply when the clocks agree or a team lead accepts them on Team > Sync "
            "(check the date on both laptops)."
        )
    for found in done.reconciled:
        where = f"case {found.case_number}" if found.case_number else "the team"
        field = found.field.replace("_", " ")
        _say(
            f"Reconciled ({where}): {found.shown_by or 'a former member'}'s {field} replaced "
            f"{' / '.join(n or 'a former member' for n in found.over)}'s."
        )
    if done.held:
        _say(
            f"Waiting for a team lead: {_changes(done.held)} written on a removed member's "
            "laptop after the removal (review them under To review in the window)."
        )
    if done.newer:
        _say(
            f"Waiting for an update: {_changes(done.newer)} written by a newer BTAM Desktop; "
            "they apply at the first sync after this laptop is updated."
        )
    for skipped in done.skipped:
        sys.stderr.write(f"btam-desktop: not applied: {skipped.path}: {skipped.why}\n")
    if done.open_conflicts:
        _say(f"{done.open_conflicts} conflict(s) wait for a person:")
        _conflict_lines(s)
    in_step = not (
        done.open_conflicts or done.skipped or done.clock_ahead or done.held or done.newer
    )
    return EXIT_OK if in_step else EXIT_PROBLEMS


def _cmd_sync(a: argparse.Namespace) -> int:
    from btam_desktop.services import sync_folder

    return _with_session(a, lambda s: _sync_lines(s, sync_folder.sync_with(s, a.folder)))


def _cmd_join(a: argparse.Namespace) -> int:
    from btam_desktop.services import session, sync_folder

    s, done = sync_folder.join(a.folder, a.path, a.member, _passphrase())
    try:
        with s.ocf.translated():
            _say(f"Joined: {a.path} is {s.member_name}'s own copy of the team's case file.")
            return _sync_lines(s, done)
    finally:
        session.lock(s)


def _cmd_conflicts(a: argparse.Namespace) -> int:
    return _with_session(a, lambda s: EXIT_PROBLEMS if _conflict_lines(s) else EXIT_OK)


#: What each kind of line says in `retention` (domain.retention.DueKind values).
_DUE_WORDS = {
    "destroy": "due for destruction",
    "review": "due for review",
    "clear_level": "level label due for removal",
    "held": "on legal hold (would be due)",
}


def _cmd_retention(a: argparse.Namespace) -> int:
    """One line per thing due: case number, what is due (and since when), the rule;
    exit 1 when anything is overdue for review (a held case is listed, not overdue)."""
    from btam_desktop.services import retention

    def work(s: Session) -> int:
        found = retention.review(s)
        if not found.rules:
            _say(f"{found.model} names no retention rules: every case is kept.")
        for line in found.lines:
            what = f"{_DUE_WORDS[line.kind]} since {line.due_on.isoformat()}"
            _say("\t".join((line.number, what, line.rule)))
        return EXIT_PROBLEMS if any(line.overdue for line in found.lines) else EXIT_OK

    return _with_session(a, work)


def _packet_passphrase(a: argparse.Namespace, *, confirm: bool) -> str:
    if a.password_file:
        return _read_password(a.password_file)
    return _secret("BTAM_PACKET_PASSPHRASE", "Packet passphrase", confirm=confirm)


#: The disclosure log's recipient when `transfer` is run without --to and no terminal to ask:
#: the contract is `transfer PATH --case N -o PACKET`, and the log still says what went where.
UNNAMED_SCHOOL = "A receiving school (not named when the packet was made)"


def _receiving_school() -> str:
    if not sys.stdin.isatty():
        return UNNAMED_SCHOOL
    return _text(input("Receiving school: "), "receiving school").strip() or UNNAMED_SCHOOL


def _cmd_transfer(a: argparse.Namespace) -> int:
    """The packet and its readable summary beside it, both encrypted, logged as a disclosure
    to the receiving school; a note when the state's deadline is near or past."""
    from datetime import date

    from btam_desktop.services import cases, transfer

    try:
        asked = date.fromisoformat(a.asked_on) if a.asked_on else None
    except ValueError:
        raise UsageError(f"--asked-on {a.asked_on}: give the day as YYYY-MM-DD.") from None
    school = a.to if a.to is not None else _receiving_school()
    passphrase = _packet_passphrase(a, confirm=True)

    def work(s: Session) -> int:
        found = [row.id for row in cases.list_cases(s) if row.number == a.case]
        if not found:
            raise UsageError(f"There is no case {a.case} in {a.path}.")
        request = transfer.TransferRequest(
            case_id=found[0],
            to_school=school,
            passphrase=passphrase,
            packet=a.output,
            asked_on=asked,
        )
        made, _ = transfer.make_packet(s, request)
        if made.warning:
            sys.stderr.write(f"btam-desktop: note: {made.warning}\n")
        _say(f"Wrote {made.packet} (the packet) and {made.summary} (the readable summary).")
        _say(f"Both open with the passphrase; logged as a disclosure to {school}.")
        if made.deadline is not None:
            _say(f"Due by {made.deadline.due_on.isoformat()} ({made.deadline.model}).")
        return EXIT_OK

    return _with_session(a, work)


def _cmd_transfer_in(a: argparse.Namespace) -> int:
    from btam_desktop.services import transfer

    if not a.packet.is_file():
        raise UsageError(f"{a.packet}: no such file; nothing was imported.")
    passphrase = _packet_passphrase(a, confirm=False)

    def work(s: Session) -> int:
        received, _ = transfer.receive(s, a.packet, passphrase)
        _say(f"Case {received.number} in {a.path}: {received.line}.")
        return EXIT_OK

    return _with_session(a, work)


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "members": _cmd_members,
    "passphrase": _cmd_passphrase,
    "check": _cmd_check,
    "export": _cmd_export,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "recover": _cmd_recover,
    "import-referrals": _cmd_import_referrals,
    "packs": _cmd_packs,
    "stats": _cmd_stats,
    "report": _cmd_report,
    "sync": _cmd_sync,
    "join": _cmd_join,
    "conflicts": _cmd_conflicts,
    "retention": _cmd_retention,
    "transfer": _cmd_transfer,
    "transfer-in": _cmd_transfer_in,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    os.umask(0o077)  # every file we (or SQLite) create is private to the user
    try:
        parsed = _parser().parse_args(args)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        _check_text_arguments(parsed)
        code = _HANDLERS[parsed.command](parsed)
        sys.stdout.flush()  # here, not at exit, so a reader that went away is caught below
        return code
    except BrokenPipeError:
        # The reader of our output went away (`btam-desktop packs list | head -1`): stop
        # quietly, as command-line tools do, instead of a traceback. Whatever the command
        # wrote to the case file was already committed or rolled back.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PROBLEMS
    except UsageError as error:
        sys.stderr.write(f"btam-desktop: {error}\n")
        return EXIT_USAGE
    except errors.BtamError as error:
        sys.stderr.write(f"btam-desktop: {error}\n")
        for kind, code in _EXIT_FOR:
            if isinstance(error, kind):
                return code
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        sys.stderr.write("btam-desktop: interrupted; nothing half-written was kept.\n")
        return 130
