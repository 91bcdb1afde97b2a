"""`btam-desktop rollup PATH --year Y -o FILE.json`: the school year's figures for the
district, signed with the team lead's key; `btam-desktop district-sum FILES... -o OUT.pdf
[--expect SCHOOL=FINGERPRINT ...]`: the district's view of several schools' files (no case
file, no passphrase), each school's key checked when the district gives them."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from btam_desktop.cli.common import EXIT_DAMAGED, EXIT_OK, UsageError, _say, _with_session
from btam_desktop.services import errors

if TYPE_CHECKING:
    from btam_desktop.services.session import Session


def _cmd_rollup(a: argparse.Namespace) -> int:
    """Counts only, small ones hidden, signed; refused for a member who is not a team lead."""
    from btam_desktop.domain.rollup import fingerprint_text
    from btam_desktop.domain.statistics import parse_year
    from btam_desktop.services import rollup

    try:
        year = parse_year(a.year)
    except errors.ValidationError as error:
        raise UsageError(f"--year {a.year}: {error}") from None
    if a.output.is_dir() or not a.output.parent.is_dir():
        raise UsageError(f"-o {a.output}: name a file in an existing folder.")

    def work(s: Session) -> int:
        written, _ = rollup.export_rollup(s, year, a.output)
        _say(
            f"Wrote {a.output}: the {written.year} roll-up, signed by {written.signer} "
            f"(document {written.document_id}), logged."
        )
        _say(f"Signing key: {fingerprint_text(written.fingerprint)}")
        _say("Give the file to the district; read them the fingerprint so they can check it.")
        return EXIT_OK

    return _with_session(a, work)


def _cmd_district_sum(a: argparse.Namespace) -> int:
    """Every file's signature checked, one school year, each school once; then the PDF."""
    from btam_desktop.domain.rollup import RollupFileError, fingerprint_text
    from btam_desktop.services import rollup

    if a.minimum is not None and a.minimum < 1:
        raise UsageError("--minimum must be at least 1.")
    try:
        printed = rollup.write_district_view(a.files, a.output, a.minimum, a.expect)
    except RollupFileError as error:
        sys.stderr.write(f"btam-desktop: {_shown(str(error))} Nothing was printed.\n")
        return EXIT_DAMAGED
    except errors.ValidationError as error:  # it may quote a school's name from a file
        raise UsageError(_shown(str(error))) from None
    view = printed.view
    _say(
        f"Wrote {a.output}: the district view of {view.year}, {len(printed.files)} schools "
        f"(district minimum {view.minimum})."
    )
    for f in printed.files:
        r = f.signed
        _say(f"  {f.path.name}: {_shown(r.rollup.school)}, signed by {_shown(r.signer)}")
        given = " (the key given for this school)" if a.expect else ""
        _say(f"    key {fingerprint_text(r.fingerprint)}{given}")
    for school in printed.unmatched:
        _say(f"No file from {_shown(school)} was given, though --expect names it.")
    return EXIT_OK


def _shown(text: str) -> str:
    """A name from another school's file as a terminal line: control characters (escape
    sequences that could rewrite the screen) written as their code."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
