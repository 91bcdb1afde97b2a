"""The words of the handouts for students and for families, by language.

Every sentence of both papers is here and nowhere else, so a language is added by adding one
entry per handout (Spanish is planned: issue 23), never by editing the layout in
`public_handouts.py`. Written to be read standing at a bulletin board: short sentences, plain
words, support rather than punishment. `{school}` is replaced with the school's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Slot(StrEnum):
    """What the layout puts under a part's words: the team's facts, not the words'."""

    NONE = ""
    TIP_LINE = "tip_line"  # the pack's tip line, boxed (or `no_tip_line` when it has none)
    TEAM = "team"  # the team's names and roles (and how to reach them, for families)


class Place(StrEnum):
    """Where a part sits on the page: two columns side by side, then the full width."""

    LEFT = "left"
    RIGHT = "right"
    BELOW = "below"


@dataclass(frozen=True, slots=True)
class Part:
    heading: str
    lines: tuple[str, ...] = ()  # paragraphs
    bullets: tuple[str, ...] = ()
    slot: Slot = Slot.NONE
    place: Place = Place.LEFT


@dataclass(frozen=True, slots=True)
class Handout:
    title: str  # also the PDF's title
    danger: str  # boxed, first: the one thing to remember
    danger_next: str
    intro: str
    parts: tuple[Part, ...]
    tip_line_lead: str  # the line above the tip line's box
    no_tip_line: str  # instead of the box when the team's pack names no tip line
    ways: dict[str, str]  # "phone", "text", "web" as the box labels them
    with_contact: bool  # the team with how to reach each member (families), or without
    closing: str  # the last word, at the foot of the page


STUDENT = {
    "en": Handout(
        title="Worried about someone? Tell an adult.",
        danger="If someone is in danger right now, call\u00a0911.",
        danger_next="Or tell the closest adult right away.",
        intro=(
            "Sometimes a friend says, writes or posts something that scares you. Maybe it "
            "was a joke. Maybe it was not. You do not have to figure it out alone."
        ),
        parts=(
            Part(
                "Tell an adult you trust",
                bullets=(
                    "A teacher, a counselor, a coach, the front office, a bus driver, or your "
                    "parent. Any adult you trust.",
                    "Say what you saw or heard, and where. Show them the post or message if "
                    "you can.",
                    "Tell them today. You do not need to be sure.",
                ),
            ),
            Part(
                "You can stay anonymous",
                lines=("You do not have to give your name.",),
                slot=Slot.TIP_LINE,
                place=Place.RIGHT,
            ),
            Part(
                "Adults at {school} who help",
                lines=("These adults are on the school's team. You can talk to any of them.",),
                slot=Slot.TEAM,
                place=Place.BELOW,
            ),
            Part(
                "What happens next",
                bullets=(
                    "The team listens and finds out what is going on.",
                    "The goal is to help, not to punish. A student who scares others is often "
                    "having a hard time, and the team finds them support.",
                    "Telling is not snitching. It can keep a friend, and others, safe.",
                ),
            ),
        ),
        tip_line_lead="Use the tip line, any time:",
        no_tip_line=(
            "If you want your name kept private, say so. The adults below will share it only "
            "with people who need it to keep everyone safe."
        ),
        ways={"phone": "Call", "text": "Text", "web": "Online"},
        with_contact=False,
        closing="You did the right thing by telling.",
    )
}

FAMILY = {
    "en": Handout(
        title="Families: help keep our school safe",
        danger="If someone is in danger right now, call\u00a0911.",
        danger_next="Then let the school know.",
        intro=(
            "{school} has a threat assessment team: staff who step in early when a student's "
            "words or behavior worry someone. The team is there to support students, not to "
            "punish them. Most concerns end with help, such as counseling, a mentor or a "
            "change at school."
        ),
        parts=(
            Part(
                "Signs you might notice",
                bullets=(
                    "Talk of hurting someone, even as a joke",
                    "Violent posts, drawings or messages",
                    "A new interest in weapons, or trying to get one",
                    "Fascination with past school attacks",
                    "A grudge, and wanting someone to pay",
                    "Hopelessness, or talk of suicide",
                    "Pulling away, or giving belongings away",
                    "Being bullied, or bullying others",
                    "Sudden changes in mood, sleep or grades",
                ),
            ),
            Part(
                "How to tell the school",
                lines=(
                    "Call or visit the school and ask for someone on the team below. Say what "
                    "you saw or heard, when, and who else knows. Keep any messages or "
                    "screenshots.",
                ),
                slot=Slot.TIP_LINE,
                place=Place.RIGHT,
            ),
            Part(
                "What happens after a report",
                bullets=(
                    "A team member follows up as soon as possible.",
                    "The team gathers facts, often by talking with the student and the family.",
                    "If a student needs help, the team makes a plan with supports and checks "
                    "in over time.",
                    "What the team learns is kept private and shared only with people who need "
                    "it for safety.",
                ),
                place=Place.LEFT,
            ),
            Part("Who to contact at {school}", slot=Slot.TEAM, place=Place.BELOW),
        ),
        tip_line_lead="You can stay anonymous: use the tip line, any time.",
        no_tip_line="If you want your name kept private, ask the school when you call.",
        ways={"phone": "Call", "text": "Text", "web": "Online"},
        with_contact=True,
        closing="Thank you for helping keep every student safe.",
    )
}

LANGUAGES = tuple(STUDENT)
