"""The case summary reads like a record: what no one may miss comes first and boxed, a heading
never ends a page alone nor pushes its table to a half-empty page, the model's key questions
are answered on paper, and a run of the same event is one line of the timeline."""

from __future__ import annotations

from dataclasses import replace

from btam_desktop.reports import case_summary, snapshots as sn
from tests.reports import samples
from tests.reports.pdftext import pages, text


def test_a_weapon_and_imminent_danger_are_flagged_before_anything_else() -> None:
    snap = samples.case_summary()
    report = replace(snap.referrals[0], imminent=True, emergency_actions="Called 911 at 08:45.")
    first = pages(case_summary.build(replace(snap, referrals=(report,))))[0]
    alarm = "WEAPON: a weapon was mentioned in report 1."
    assert first.index(alarm) < first.index("Student and case")
    assert "IMMINENT DANGER reported · WEAPON MENTIONED" in first


def test_the_key_questions_are_printed_with_their_answers() -> None:
    snap = samples.case_summary()
    answers = (
        ("Does the student have the means and ability to carry out an attack?", "Yes"),
        ("Access to weapons", "Confirmed, not secured"),
    )
    assessed = replace(snap.assessments[0], answers=answers)
    found = text(case_summary.build(replace(snap, assessments=(assessed,))))
    assert "Key questions" in found
    for question, answer in answers:
        assert f"{question} {answer}" in found


def test_a_run_of_one_event_is_one_line_with_its_count_and_span() -> None:
    snap = samples.case_summary()
    edits = tuple(
        sn.TimelineLine(
            f"2026-02-10 09:{m:02d}", "Marcus Feldspar", "updated an inquiry item (answered)"
        )
        for m in range(14)
    )
    moves = (sn.TimelineLine("2026-02-11 10:00", "Marcus Feldspar", "moved the case"),)
    found = text(case_summary.build(replace(snap, timeline=snap.timeline + edits + moves)))
    line = "2026-02-10 09:00 to 09:13 Marcus Feldspar updated an inquiry item (answered), 14 times"
    assert line in found
    assert found.count("updated an inquiry item") == 1
    assert "moved the case" in found


def test_a_long_timeline_starts_under_its_heading_not_on_a_fresh_page() -> None:
    snap = samples.case_summary()
    events = tuple(
        sn.TimelineLine(f"2026-02-{d:02d} 09:00", "Dana Whitlock-Oyelaran", f"event number {d}")
        for d in range(1, 29)
    )
    shorter = replace(snap, timeline=events, notifications=(), reviews=())
    printed = pages(case_summary.build(shorter))
    heading_page = next(n for n, page in enumerate(printed) if "Timeline When Who What" in page)
    assert "Current plan" in printed[heading_page]  # it follows the plan, on the plan's page
    assert "event number 1 " in printed[heading_page]
    assert "event number 28 " in printed[heading_page + 1]


def test_no_page_ends_with_a_heading() -> None:
    snap = samples.case_summary()
    long_text = " ".join(["The student spoke about the week at length."] * 60)
    report = replace(snap.referrals[0], narrative=long_text)
    printed = pages(case_summary.build(replace(snap, referrals=(report,) * 3)))
    headings = ("Referrals (3)", "Screening", "Inquiry", "Assessment", "Current plan", "Timeline")
    for page in printed:
        body = page.split("Case 2026-0007 · Generated")[0].rstrip()
        assert not body.endswith(headings), body[-80:]
        assert not body.endswith(("Words as reported", "What happened", "Rationale", "Goals"))
