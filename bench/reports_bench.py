"""Printing speed: a 10-page case summary (budget 0.4 s), and a demo case through the service.

Run alone with `python -m bench.reports_bench`: prints the table and updates these entries in
bench/results.json (the full `make bench` writes them with everything else).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from bench.measure import Result, median_of, run_alone, timed
from btam_desktop.reports import snapshots as sn

PASSPHRASE = "bench passphrase of a synthetic team"


def ten_page_summary() -> sn.CaseSummarySnapshot:
    """A fictional case with a long history: two referrals, eight assessments' worth of
    rationale, a plan of twelve interventions and a 250-step timeline."""
    words = "The student said the game was unfair and that the bus ride home was the worst part. "
    plan = sn.PlanFacts(
        version=3,
        saved_at="2026-02-20 10:12",
        saved_by="Marcus Feldspar",
        goals=words * 3,
        interventions=tuple(
            sn.InterventionLine(
                domain="Student",
                kind="mentoring",
                description=f"Check-in number {n} with the coach",
                responsible="Marcus Feldspar",
                start_on=date(2026, 2, 1),
                due_on=date(2026, 3, 1),
                frequency="weekly",
                status="active",
            )
            for n in range(12)
        ),
    )
    return sn.CaseSummarySnapshot(
        info=sn.DocumentInfo(
            "bench-0001",
            "Case summary 2026-0042",
            "Dana Whitlock-Oyelaran",
            "2026-03-02 14:05",
            "Maple Hollow Middle School",
            "2026-0042",
        ),
        student=sn.StudentFacts("Zoë Ngata-Lefèvre", "7", "Maple Hollow Middle School"),
        case=sn.CaseFacts("2026-0042", "Management", date(2026, 1, 12), "High concern"),
        persons=(sn.PersonLine("Subject", "Zoë Ngata-Lefèvre", "7"),),
        referrals=tuple(
            sn.ReferralFacts(
                "2026-01-12 08:40", "in person", "Priya Anand-Moss", "Gym", "you'll pay", words * 8
            )
            for _ in range(2)
        ),
        assessments=tuple(
            sn.AssessmentFacts(
                v,
                date(2026, 1, 20),
                "NTAC 1.0",
                "High concern",
                words * 6,
                ("Access to weapons",),
                ("Trusted adult at school",),
                ("Marcus Feldspar",),
            )
            for v in range(8, 0, -1)
        ),
        plan=plan,
        timeline=tuple(
            sn.TimelineLine(
                f"2026-02-{1 + n % 27:02d} 09:{n % 60:02d}", "Marcus Feldspar", f"step {n}"
            )
            for n in range(250)
        ),
    )


def run(workdir: Path) -> list[Result]:
    from pypdf import PdfReader

    from btam_desktop.reports import case_summary

    snapshot = ten_page_summary()
    first = timed(lambda: case_summary.build(snapshot))  # fonts registered in this one
    pdf = case_summary.build(snapshot)
    page_count = len(PdfReader(io.BytesIO(pdf)).pages)
    warm = median_of(5, lambda: case_summary.build(snapshot))

    from btam_desktop.services import cases, demo, printing, session as sessions
    from btam_desktop.services.session import TEST_KDF

    s, _ = demo.build_demo(workdir / "print.btam", PASSPHRASE, cases_count=12, kdf=TEST_KDF)
    try:
        kenzie = next(r.id for r in cases.list_cases(s) if r.student == "Kenzie Varga-Holloway")
        request = printing.PrintRequest("case-summary", kenzie)
        service = median_of(5, lambda: printing.prepare(s, request))
    finally:
        sessions.lock(s)
    return [
        Result("case_summary_pages", page_count, "pages", None),
        Result("case_summary_10_pages_s", round(warm, 3), "s", 0.4),
        Result("case_summary_10_pages_first_in_process_s", round(first, 3), "s", 0.4),
        Result("print_prepare_demo_case_s", round(service, 3), "s", None),
    ]


def main() -> None:
    run_alone(run)


if __name__ == "__main__":
    main()
