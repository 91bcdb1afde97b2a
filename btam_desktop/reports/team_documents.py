"""Team documents: the staff handout (what concerning behavior looks like and whom to tell),
the roster and training report, and the recovery kit."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from btam_desktop.reports.handout_words import STAFF
from btam_desktop.reports.page import (
    PrintOptions,
    content_width,
    facts,
    gap,
    heading,
    render,
    styles,
    table,
    title_block,
)
from btam_desktop.reports.snapshots import (
    RecoveryKitSnapshot,
    RosterMember,
    RosterSnapshot,
    StaffHandoutSnapshot,
)
from btam_desktop.reports.text import para


def danger_style() -> ParagraphStyle:
    """The danger box's headline: the largest type on a handout."""
    return ParagraphStyle("danger", parent=styles().title, fontSize=20, leading=25, spaceAfter=2)


#: Room the danger box's padding takes from its text's width.
DANGER_PADDING = 16.0


def danger_box(
    width: float,
    headline: str = "If someone is in danger now: call 911",
    then: str = "Then tell a member of the team below.",
    then_style: ParagraphStyle | None = None,
    headline_style: ParagraphStyle | None = None,
) -> Flowable:
    """The one thing to remember, first and boxed: a wall handout is read from a distance."""
    s = styles()
    big = headline_style or danger_style()
    box = Table(
        [
            [Paragraph(headline, big)],
            [para(then, then_style or s.body)],
        ],
        colWidths=[width],
        hAlign="LEFT",
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 2.5, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return box


def build_handout(snapshot: StaffHandoutSnapshot, options: PrintOptions | None = None) -> bytes:
    """One page for every member of staff, to pin up: no student data, so no CONFIDENTIAL
    stamp (the page's readers say "For staff")."""
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    words = STAFF[snap.language]
    story: list[Flowable] = title_block(snap.info, width=w)
    story.append(danger_box(w, words.danger, words.danger_next))
    story.append(gap(8))
    model = words.model.format(name=snap.model) if snap.model else ""
    story.append(para(words.intro.format(model=model), s.body))
    story.append(heading(words.signs_heading))
    story += [para(f"• {b}", s.body) for b in snap.behaviors]
    story.append(heading(words.do_heading))
    story += [para(f"• {line}", s.body) for line in words.do]
    story.append(  # the heading never at a page's foot without the team under it
        KeepTogether(
            [
                heading(words.tell_heading),
                table(
                    words.columns,
                    [(c.name, c.role, c.contact) for c in snap.team],
                    [w * 0.27, w * 0.27, w * 0.46],
                ),
            ]
        )
    )
    return render(snap.info, story, options)


def _active(member: RosterMember) -> str:
    """'since 2024-08-01' or '2023-08-01 to 2025-06-30': one column for the two dates leaves
    the contact column room for an e-mail address on one line."""
    start = member.active_from.isoformat() if member.active_from else ""
    if member.active_to is None:
        return f"since {start}" if start else "current"
    return f"{start} to {member.active_to.isoformat()}".strip()


def build_roster(snapshot: RosterSnapshot, options: PrintOptions | None = None) -> bytes:
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    story: list[Flowable] = title_block(snap.info, f"As of {snap.as_of.isoformat()}", width=w)
    story.append(heading("Members"))
    story.append(
        table(
            ("Name", "Role", "Contact", "Active"),
            [
                (m.name + (" (lead)" if m.is_lead else ""), m.role, m.contact, _active(m))
                for m in snap.members
            ],
            [w * 0.24, w * 0.18, w * 0.38, w * 0.2],
        )
    )
    story.append(heading("Training"))
    story.append(
        table(
            ("Member", "Course", "Provider", "Date", "Hrs", "Expires", "Status"),
            [
                (
                    t.member,
                    t.course,
                    t.provider,
                    t.taken_on.isoformat(),
                    f"{t.hours:g}",
                    t.expires_on.isoformat() if t.expires_on else "",
                    t.status.upper() if t.status in ("due", "lapsed") else t.status,
                )
                for t in snap.trainings
            ],
            [w * 0.24, w * 0.25, w * 0.19, w * 0.1, w * 0.06, w * 0.1, w * 0.06],
            empty="No training recorded.",
        )
    )
    due = sum(1 for t in snap.trainings if t.status == "due")
    lapsed = sum(1 for t in snap.trainings if t.status == "lapsed")
    story.append(gap(4))
    story.append(para(f"Due soon: {due}. Lapsed: {lapsed}.", s.body))
    return render(snap.info, story, options)


def _code_lines(code: str) -> list[str]:
    groups = code.split("-")
    return ["  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]


def build_recovery_kit(snapshot: RecoveryKitSnapshot, options: PrintOptions | None = None) -> bytes:
    """The recovery code on paper, with what to do with it. Printed once, kept in a safe."""
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    story: list[Flowable] = title_block(snap.info, width=w)
    story.append(
        para(
            "This code opens the case file if every team member's passphrase is forgotten. "
            "Anyone who has it can read every record in the file.",
            s.banner,
        )
    )
    story.append(
        facts(
            [
                ("School", snap.school),
                ("District", snap.district),
                ("Case file", snap.file_name),
                ("Case file id", snap.file_id),
                ("Created", snap.created_on.isoformat()),
            ],
            w,
        )
    )
    story.append(heading("Recovery code"))
    story.append(KeepTogether([para(line, s.mono) for line in _code_lines(snap.recovery_code)]))
    story.append(heading("What to do with this page"))
    for line in (
        "Put it in a sealed envelope, sign across the seal, and lock it in the principal's or "
        "the district's safe. Do not keep a copy on a computer, in email or in a photo.",
        "To use it, an IT contact runs: btam-desktop recover PATH --member NAME, types the "
        "code, and chooses a new passphrase for that member.",
        "The code stays the same when members join or leave. If this page is lost or seen by "
        "someone outside the team, make a new case file and move the cases into it.",
        "Destroy this page (shred it) when the case file is retired.",
    ):
        story.append(para(f"• {line}", s.body))
    story.append(gap(16))
    story.append(para("Sealed by: ______________________   Date: ____________", s.body))
    story.append(para("Witness: ______________________   Date: ____________", s.body))
    return render(snap.info, story, options)
