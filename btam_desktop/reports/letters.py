"""The notification letters (to the student's family, to the family of a student who may have
been the target, to staff who work with the student): one page on the school's letterhead, in
the reader's language, with the notification's date and the team lead's signature.

A letter is the school's letter to its reader, not a copy of the team's record: it carries no
CONFIDENTIAL stamp and no FERPA line, only its document id at the foot so that the copy can be
matched with the disclosure log. It names one student and the school and says what happens
next; it never says what the team found or the level of concern (it is given nothing of them).
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, ListFlowable, ListItem

from btam_desktop.reports.family_words import letter_date
from btam_desktop.reports.letter_words import LETTERS, LetterKind, LetterWords
from btam_desktop.reports.page import RULE, PrintOptions, gap, render, styles
from btam_desktop.reports.snapshots import LetterSnapshot
from btam_desktop.reports.text import para

#: The child a letter to the target's family is about, when the case does not say which.
YOUR_CHILD = {"en": "your child", "es": "su hijo o hija"}
FAMILY_GREETING = {"en": "Dear family,", "es": "Estimada familia:"}


def _greeting(snap: LetterSnapshot, words: LetterWords) -> str:
    if not snap.first:
        return FAMILY_GREETING[snap.language]
    if snap.to:  # "Dale Okafor-Brandt (Basketball coach)": the name, not the role
        name = snap.to.split(" (")[0].strip() or snap.to
        return words.greeting_named.format(name=name, first=snap.first)
    return words.greeting.format(first=snap.first)


def build(snapshot: LetterSnapshot, options: PrintOptions | None = None) -> bytes:
    options = options or PrintOptions()
    s = styles()
    snap = snapshot
    words = LETTERS[snap.language][LetterKind(snap.kind)]
    school = snap.info.school or ("the school" if snap.language == "en" else "la escuela")
    fill = {
        "first": snap.first or YOUR_CHILD[snap.language],
        "school": school,
        "lead": snap.lead.name if snap.lead else "",
    }
    right = ParagraphStyle("date", parent=s.body, alignment=TA_RIGHT)
    body = ParagraphStyle("letter", parent=s.body, spaceAfter=7)  # a letter's paragraphs
    story: list[Flowable] = [para(snap.info.school or school, s.title)]
    if snap.district:
        story.append(para(snap.district, s.small))
    story += [
        gap(2),
        HRFlowable(width="100%", thickness=0.8, color=RULE, spaceAfter=10),
        para(letter_date(snap.dated, snap.language), right),
    ]
    if snap.to:
        story.append(para(words.to.format(name=snap.to), s.body))
    story += [
        gap(4),
        para(words.title.format(**fill), s.h2),
        para(_greeting(snap, words), s.body),
        gap(2),
    ]
    story += [para(text.format(**fill), body) for text in words.paragraphs]
    story.append(para(words.next_heading, s.h3))
    story.append(
        ListFlowable(
            [
                ListItem(para(step.format(**fill), s.body), leftIndent=14)
                for step in words.next_steps
            ],
            bulletType="bullet",
            start="•",
            leftIndent=14,
        )
    )
    story.append(gap(4))
    story.append(para(words.privacy.format(**fill), body))
    lead = snap.lead
    if lead is not None and lead.contact:
        story.append(para(words.questions.format(lead=lead.name, contact=lead.contact), body))
    elif lead is not None:
        story.append(para(words.questions_no_contact.format(lead=lead.name), body))
    story += [gap(10), para(words.closing, s.body), gap(22)]
    if lead is not None:
        story += [para(lead.name, s.label), para(words.signed_as, s.body)]
    return render(snap.info, story, options)
