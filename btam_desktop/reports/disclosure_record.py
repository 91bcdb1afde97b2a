"""One student's record of disclosures: who received copies of the student's records outside
the team, on what basis and, in an emergency, for what threat (34 CFR 99.32, 99.36); then the
copies the team made for itself."""

from __future__ import annotations

from reportlab.platypus import Flowable

from btam_desktop.reports.ferpa_snapshots import DisclosureLine, DisclosureRecordSnapshot
from btam_desktop.reports.page import (
    PrintOptions,
    content_width,
    facts,
    gap,
    heading,
    lead_in,
    render,
    styles,
    table,
    title_block,
)
from btam_desktop.reports.text import para

_ABOUT = (
    "Every printed, saved or exported copy of this student's records is logged by the app when "
    "it is made. Federal law (FERPA, 34 CFR 99.32) asks the school to keep this record with the "
    "student's education records and to show it to the parents or the eligible student on "
    "request. Copies to school officials on the team need no entry there; they are listed "
    "below for completeness."
)


def _basis(line: DisclosureLine) -> str:
    parts = [line.basis or "—"]
    if line.interest:
        parts.append(f"Interest or purpose: {line.interest}")
    if line.threat:
        parts.append(f"Threat: {line.threat}")
    return "\n".join(parts)


def _document(line: DisclosureLine) -> str:
    where = f"Case {line.case_number}" if line.case_number else "Every student in the file"
    return f"{line.document}\n{where} · {line.how}\nDocument {line.document_id[:8]}"


def build(snapshot: DisclosureRecordSnapshot, options: PrintOptions | None = None) -> bytes:
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    story: list[Flowable] = title_block(snap.info, width=w)
    student = snap.student
    story.append(
        facts(
            [
                ("Student", student.name),
                ("Grade", student.grade),
                ("Student id", student.student_id),
                ("School", student.school),
                ("Cases", ", ".join(snap.case_numbers)),
            ],
            w,
        )
    )
    story.append(gap(4))
    story.append(para(_ABOUT, s.small))
    outside = table(
        ("When", "Document", "Released to", "Legal basis", "By"),
        [(d.when, _document(d), d.recipient, _basis(d), d.by) for d in snap.outside],
        [w * 0.14, w * 0.24, w * 0.2, w * 0.28, w * 0.14],
        empty="No copy of this student's records has left the team.",
    )
    story += lead_in(heading(f"Released outside the team ({len(snap.outside)})"), [outside])
    within = table(
        ("When", "Document", "By"),
        [(d.when, _document(d), d.by) for d in snap.within],
        [w * 0.2, w * 0.55, w * 0.25],
        empty="No copy was made for the team.",
    )
    story += lead_in(heading(f"Copies made within the team ({len(snap.within)})"), [within])
    return render(snap.info, story, options)
