"""The parent inspection packet: everything the team keeps about one student, case by case, in
plain words, then every copy made of those records, then "What was withheld and why".

The snapshot comes with the withheld passages already taken out and marked
(`ferpa_snapshots.withheld_mark`); this layout prints each mark as the words' note, in italics, and
counts nothing itself: the counts on the last page are the snapshot's.
"""

from __future__ import annotations

import re
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, PageBreak, Paragraph
from reportlab.platypus.flowables import KeepTogether

from btam_desktop.reports.ferpa_snapshots import (
    WITHHELD_MARK,
    InspectionCase,
    InspectionField,
    InspectionSnapshot,
)
from btam_desktop.reports.inspection_words import ENGLISH, InspectionWords, words
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
from btam_desktop.reports.text import clean, has_rtl, markup, para

#: A value longer than this prints under its label rather than beside it.
INLINE_MOST = 240
#: A record of at most this many paragraphs is never split across two pages.
KEEP_WHOLE = 8


#: A day as the snapshot gives it ("2026-12-07", also the start of "2026-12-07 14:05").
ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _part(part: str, w: InspectionWords) -> str:
    word, _, number = part.partition(" ")
    if word == "Version" and number.isdigit():  # "Version 2"
        return f"{w.values.get(word, word)} {number}"
    return w.values.get(part, part)


def _say(text: str, w: InspectionWords) -> str:
    """A value the app wrote (a stage, a date, a heading's parts "2026-12-07 · Guardian") in
    the packet's language: each part by `values`, each day as the language writes it. The
    team's own text never comes here."""
    parts = [_part(part, w) for part in text.split(" · ")]
    return ISO_DAY.sub(
        lambda m: w.day_text(date(int(m[1]), int(m[2]), int(m[3]))), " · ".join(parts)
    )


def _interest(text: str, w: InspectionWords) -> str:
    """A copy's recorded interest in the packet's language: the staff letter's "Works with
    {student}" (written in English when the letter is logged) in its words, the app's other
    values by `values`, the team's own words as written."""
    head = ENGLISH.works_with.split("{student}")[0]
    if text.startswith(head) and w is not ENGLISH:
        return _plain(w.works_with.format(student=text[len(head) :]), w)
    return _say(_plain(text, w), w)


def _note(w: InspectionWords, reason: str) -> str:
    return w.mark.format(reason=w.reasons.get(reason, reason))


def _plain(text: str, w: InspectionWords) -> str:
    """The text with each withheld mark as the words' note."""
    return WITHHELD_MARK.sub(lambda m: _note(w, m.group(1)), text)


def _markup(text: str, w: InspectionWords) -> str:
    """Paragraph markup of user text, each withheld mark as its note in italics."""
    out, start = [], 0
    for m in WITHHELD_MARK.finditer(text):
        out.append(markup(text[start : m.start()]))
        out.append(f"<i>{escape(_note(w, m.group(1)))}</i>")
        start = m.end()
    out.append(markup(text[start:]))
    return "".join(out)


#: Facts (a date, a status, "Yes") share one line: "Status: Answered · Found on: …".
FACTS = frozenset(
    {
        "grade", "student_id", "school", "weapon", "imminent", "stage", "added", "decision",
        "decided_by", "status", "sources", "found_on", "corroborated", "interviewer", "model",
        "level", "by", "trend", "next_review", "method", "legal_basis", "minutes", "assignee",
        "due_on", "done_on",
    }
)  # fmt: skip
SHORT = 60
#: Words the app writes as a whole value under any label (an assessment's answer to a yes/no
#: question, an anonymous reporter): translated wherever they stand alone.
WHOLE_WORDS = frozenset({"Yes", "No", "Unknown", "Anonymous"})
#: The case's facts the app writes (the others are the team's text).
SAID = frozenset({"status", "opened_on", "level", "next_review", "closed_on"})


def _value(f: InspectionField, w: InspectionWords) -> str:
    if f.text == "yes":
        return w.labels["yes"]
    said = f.label in FACTS or f.text in WHOLE_WORDS
    return clean(_say(f.text, w) if said else f.text)


def _fields(fields: tuple[InspectionField, ...], w: InspectionWords) -> list[Flowable]:
    """Each field as "Label: value"; a run of short ones on one line, a long one under its
    label, line by line."""
    s = styles()
    out: list[Flowable] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(Paragraph(" · ".join(run), s.body))
            run.clear()

    for f in fields:
        label, text = w.labels.get(f.label) or _say(f.label, w), _value(f, w)
        said = escape(label) if label.endswith("?") else f"{escape(label)}:"
        if has_rtl(text):
            flush()
            out.append(para(f"{label}: {_plain(text, w)}", s.body))
        elif f.label in FACTS and len(text) <= SHORT and "\n" not in text:
            run.append(f"<b>{said}</b> {_markup(text, w)}")
        elif len(text) <= INLINE_MOST and "\n" not in text:
            flush()
            out.append(Paragraph(f"<b>{said}</b> {_markup(text, w)}", s.body))
        else:
            flush()
            out.append(Paragraph(f"<b>{said}</b>", s.label))
            out += [Paragraph(_markup(line, w), s.quote) for line in text.split("\n") if line]
    flush()
    return out


def _case(case: InspectionCase, w: InspectionWords, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        PageBreak(),
        para(w.case_heading.format(number=case.number), s.title),
        facts(
            [
                (w.case_facts[f.label], _plain(_say(f.text, w) if f.label in SAID else f.text, w))
                for f in case.facts
            ],
            width,
        ),
    ]
    for section in case.sections:
        entries: list[list[Flowable]] = [
            [
                Paragraph(_markup(_say(entry.heading, w), w), s.h3),
                *_fields(entry.fields, w),
            ]
            for entry in section.entries
        ] or [[para(w.nothing, s.body)]]
        # The section's heading with its first record; a short record after it stays whole
        # (a long one keeps its heading with its first line: the h3 style's keepWithNext).
        story += lead_in(heading(w.sections[section.key]), entries[0])
        for entry in entries[1:]:
            story.append(KeepTogether(entry) if len(entry) <= KEEP_WHOLE else entry[0])
            story += entry[1:] if len(entry) > KEEP_WHOLE else []
    return story


def build(snapshot: InspectionSnapshot, options: PrintOptions | None = None) -> bytes:
    options = options or PrintOptions()
    w = words(snapshot.language)
    s = styles()
    width = content_width(options)
    snap = snapshot
    student = snap.student
    story: list[Flowable] = title_block(snap.info, width=width, title=w.title)
    labels = w.student_facts
    story.append(
        facts(
            [
                (labels["student"], student.name),
                (labels["grade"], student.grade),
                (labels["student_id"], student.student_id),
                (
                    labels["born"],
                    w.day_text(student.date_of_birth) if student.date_of_birth else "",
                ),
                (labels["school"], student.school),
                (labels["cases"], ", ".join(c.number for c in snap.cases)),
            ],
            width,
        )
    )
    story.append(gap(6))
    story += [para(line, s.body) for line in w.intro]
    for case in snap.cases:
        story += _case(case, w, width)

    story.append(PageBreak())
    columns = w.disclosure_columns
    rows = [
        (
            _say(d.when, w),
            f"{_say(d.document, w)}\n{d.case_number}\n{_say(d.how, w)}".replace("\n\n", "\n"),
            _plain(d.recipient, w) or w.within_team,
            "\n".join(
                x for x in (_say(d.basis, w), _interest(d.interest, w), _plain(d.threat, w)) if x
            ),
            d.by,
        )
        for d in snap.disclosures
    ]
    copies = table(
        columns,
        rows,
        [width * 0.15, width * 0.25, width * 0.22, width * 0.24, width * 0.14],
        empty=w.no_disclosures,
    )
    story += lead_in(
        heading(w.disclosures_heading), [para(w.disclosures_intro, s.small), gap(4), copies]
    )

    story += [PageBreak(), para(w.withheld_heading, s.title)]
    if not snap.withheld:
        story.append(para(w.nothing_withheld, s.body))
    else:
        story.append(para(w.withheld_intro, s.body))
        for reason, count in snap.withheld:
            line = (w.one_passage if count == 1 else w.passages).format(
                count=count, reason=w.reasons.get(reason, reason)
            )
            story += [para(line, s.h3), para(w.explanations.get(reason, ""), s.body)]
    return render(snap.info, story, options)
