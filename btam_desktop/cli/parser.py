"""The command line's grammar: every command, its arguments and the documents `report` knows."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from btam_desktop.domain.language import PAPER_LANGUAGES
from btam_desktop.domain.plan import LegalBasis

if TYPE_CHECKING:
    pass


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
    "state-report",
    "retention",
    "transfer",
    "transfer-in",
    "rollup",
    "district-sum",
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
    state = unlocking(
        sub.add_parser(
            "state-report", help="a state's yearly collection as CSV, from the team model's mapping"
        )
    )
    state.add_argument("--year", required=True, help="the school year, e.g. 2026-27")
    state.add_argument("-o", "--output", type=Path, required=True, help="the CSV file to write")
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
    _rollup_commands(sub, unlocking)
    return p


def _rollup_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    unlocking: Callable[[argparse.ArgumentParser], argparse.ArgumentParser],
) -> None:
    """The district roll-up (issue 21): a school's signed file, and the district's sum."""
    rollup = unlocking(
        sub.add_parser(
            "rollup", help="a school year's figures for the district, signed (counts only)"
        )
    )
    rollup.add_argument("--year", required=True, help="the school year, e.g. 2026-27")
    rollup.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    district = sub.add_parser(
        "district-sum",
        help="the district view of several schools' roll-up files, as a PDF (no case file)",
    )
    district.add_argument("files", nargs="+", type=Path, metavar="FILE", help="roll-up files")
    district.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    district.add_argument(
        "--minimum",
        type=int,
        help="the district's minimum cell size for its totals (default: the largest of the files')",
    )
    district.add_argument(
        "--expect",
        action="append",
        default=[],
        metavar="SCHOOL=FINGERPRINT",
        help="the key each school's lead read you (at least its first 16 digits); once for each "
        "school: a file signed with another key, or from a school not given, is refused",
    )


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
