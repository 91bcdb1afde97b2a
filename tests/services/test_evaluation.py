"""The program-evaluation fields as the services keep them: saved and read back, an unchanged
save writes nothing, the audit names ids only, and no case document prints them (the case
summary and the plans of `test_stats`' hand-built file, read back as text)."""

from __future__ import annotations

from btam_desktop.domain.evaluation import Evaluation, LawEnforcement, Race, Sex
from btam_desktop.services import evaluation, printing
from btam_desktop.services.session import Session
from btam_desktop.storage import evaluation_repo
from tests.reports.pdftext import text
from tests.services.test_stats import built as built  # the hand-built file's fixture

#: Words only the evaluation fields would bring onto paper.
NEVER_PRINTED = (
    "Hispanic",
    "Latino",
    "Two or more races",
    "race",
    "ethnicity",
    "Nonbinary",
    "English learner",
    "law-enforcement involvement",
    "Law enforcement consulted",
    "In-school discipline",
    "Family support",
    "program evaluation",
)


def test_no_case_document_prints_the_evaluation_fields(built: Session) -> None:
    ids = [case_id for case_id, _status in evaluation_repo.case_statuses(built.ocf.conn)]
    recorded = [c for c in ids if not evaluation.of_case(built, c).empty]
    assert len(recorded) == 4  # four of the five cases have fields
    for case_id in recorded:
        summary = text(printing.prepare(built, printing.PrintRequest("case-summary", case_id)).pdf)
        assert "Summary" in summary or "summary" in summary
        for word in NEVER_PRINTED:
            assert word.lower() not in summary.lower(), (case_id, word)


def test_saved_read_back_and_an_unchanged_save_writes_nothing(built: Session) -> None:
    case_id = evaluation_repo.case_statuses(built.ocf.conn)[-1][0]  # Di: nothing recorded
    assert evaluation.of_case(built, case_id) == Evaluation()
    assert evaluation.save(built, case_id, Evaluation()).cases == frozenset()  # empty: no row
    fields = Evaluation(
        hispanic=False,
        races=frozenset({Race.PACIFIC_ISLANDER}),
        sex=Sex.NONBINARY,
        law_enforcement=LawEnforcement.CONSULTED,
    )
    assert evaluation.save(built, case_id, fields).cases == {case_id}
    assert evaluation.of_case(built, case_id) == fields
    events = built.ocf.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert evaluation.save(built, case_id, fields).cases == frozenset()
    assert built.ocf.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == events
    detail = built.ocf.conn.execute(
        "SELECT detail_json FROM audit WHERE action = 'evaluation.saved' ORDER BY seq DESC"
    ).fetchone()[0]
    assert "pacific" not in (detail or "") and "nonbinary" not in (detail or "")
