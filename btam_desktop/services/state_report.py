"""A state's yearly threat-assessment collection as a spreadsheet (CSV): the team's model pack
says which figure answers each of the state's fields (`[state_report]`), the values come from
the published statistics of the school year (`stats.year_statistics`, suppression already
applied as on the Statistics screen), and the file says what it is at the top.

Counts only, no student data: logged like the annual report (a disclosure row with no
recipient and an audit event naming the document), committed before the file appears.
"""

from __future__ import annotations

from pathlib import Path

from btam_desktop.domain.changes import NO_CHANGES, ChangeSet
from btam_desktop.domain.disclosure import Audience, DocumentKind
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.state_report import AGGREGATE_NOTE, SUPPRESSED, values
from btam_desktop.domain.statistics import year_label
from btam_desktop.services import exports, stats
from btam_desktop.services.contracts.printing import Exported as Exported
from btam_desktop.services.packs import team_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import team_repo

HEADER = ("Column", "Question", "Value")


def csv_for(session: Session, year: int) -> tuple[bytes, int]:
    """The file's bytes and how many state fields it fills, for school year `year` (2026
    for 2026-27). A model with no mapping is refused with what to do."""
    conn = session.ocf.conn
    pack = team_pack(conn)
    report = pack.state_report
    if report is None:
        raise ValidationError(
            f"The team's model ({pack.name}) maps no state report: choose a model with one "
            "(Virginia-, Florida- or Texas-style) or add [state_report] to the district pack."
        )
    result = stats.year_statistics(session, year)
    filled = values(report, result.tables, [(lv.id, lv.label) for lv in pack.levels])
    school = team_repo.get_team(conn).school
    low = result.minimum
    head: list[list[str]] = [
        ["School year", result.label],
        ["State form", report.collection],
        ["Form year", report.form_year],
        [AGGREGATE_NOTE],
        [
            f"'{SUPPRESSED}': fewer than {low} cases, or hidden so that a total cannot give "
            "a smaller count away"
        ],
        [],
        list(HEADER),
    ]
    rows = head + [[v.column, v.question, v.text] for v in filled]
    return exports.csv_bytes(["School", school], rows), len(filled)


def write_csv(session: Session, year: int, path: Path) -> tuple[Exported, ChangeSet]:
    """Write the state report of school year `year` to `path`, logged as an aggregate export
    (committed before the file appears, as a saved PDF)."""
    data, count = csv_for(session, year)
    disclosure = exports.write_logged(
        session,
        path,
        data,
        DocumentKind.STATE_REPORT,
        Audience(),
        {"year": year_label(year), "rows": count},
        intent="export.state_report",
    )
    return Exported(path, count, disclosure.document_id, disclosure.id), NO_CHANGES
