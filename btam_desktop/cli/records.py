"""The commands about the case file itself: the demo, members, passphrases, the integrity check,
exports and statistics, backups, recovery, importing referrals, packs and retention."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from btam_desktop.services import errors

if TYPE_CHECKING:
    from btam_desktop.services.session import Session

from btam_desktop.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    UsageError,
    _new_passphrase,
    _passphrase,
    _refuse_existing,
    _say,
    _secret,
    _with_session,
)
from btam_desktop.cli.report import _AUDIENCE, _audience


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


#: What each kind of line says in `retention` (domain.retention.DueKind values).
_DUE_WORDS = {
    "destroy": "due for destruction",
    "review": "due for review",
    "clear_level": "level label due for removal",
    "held": "on legal hold",
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
