"""The fictional vignettes behind the demo case file (../shared/fixtures/scenarios.md).

Every person, school and event here is invented; surnames are deliberately unusual so leak
tests can find them. Outcomes are what a trained team might conclude: the team decides, the
app never computes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.contact import Contact, ContactKind
from btam_desktop.domain.team import Role

SCHOOL = "Maple Hollow Middle School"
DISTRICT = "Ridgeview Unified"

#: The district's own pack: the built-in NTAC model plus the district's tip line, which the
#: handouts for students and families print. The numbers are in the 555-01xx range kept for
#: fiction, the address under .example, which is never registered.
DISTRICT_PACK_FILE = "ridgeview-unified.toml"
DISTRICT_PACK_ID = "ridgeview-ntac"
_NAME = "NTAC behavioral threat assessment, Ridgeview Unified"
_NOTE = "Open 24 hours, every day. You do not have to give your name."
_NOTE_ES = "Abierta las 24 horas, todos los días. No hace falta dar el nombre."
DISTRICT_PACK = f"""\
[pack]
id = "{DISTRICT_PACK_ID}"
name = "{_NAME}"
version = "2026.1"
provenance = "Ridgeview Unified's tip line added to the built-in NTAC pack (fictional)."
licence = "Fictional demo district."
extends = "ntac"

[tip_line]
name = "Ridgeview SafeLine"
phone = "(555) 555-0150"
text = "(555) 555-0151"
web = "safeline.ridgeview.example"
note = "{_NOTE}"

[labels.es]  # the note and the name as the Spanish handouts print them
"{_NOTE}" = "{_NOTE_ES}"
"{_NAME}" = "Evaluación conductual de amenazas del NTAC, Ridgeview Unified"
"""

TEAM: tuple[tuple[str, Role], ...] = (
    ("Dana Whitlock-Oyelaran", Role.ADMINISTRATOR),
    ("Marcus Feldspar", Role.PSYCHOLOGIST),
    ("Lucía Ferreira-Boyd", Role.COUNSELOR),
    ("Ray Castellan", Role.LAW_ENFORCEMENT),
    ("Priya Anand-Moss", Role.TEACHER),
    ("Jonah Eberhardt-Sato", Role.MENTAL_HEALTH),
)


@dataclass(frozen=True, slots=True)
class Vignette:
    student: str
    grade: str
    came_in: str
    words: str
    context: str
    status: CaseStatus
    level: str
    closure: str = ""
    target: str = ""
    reporter: str = ""
    guardian: str = ""
    #: The reporter's relationship to the student ("classmate": another student's name, which
    #: the family's inspection copy withholds).
    relationship: str = ""
    #: The language the guardian's family reads ("" for English): its papers print in it.
    family_language: str = ""


VIGNETTES: tuple[Vignette, ...] = (
    Vignette(
        "Tobias Quennell-Marsh",
        "7",
        "Teacher, in person, same day",
        'After losing a basketball game: "I\'m gonna kill you next time, Eli"',
        "Laughing, said to a friend, apologized at once; no history.",
        CaseStatus.CLOSED,
        "low",
        "Transient: resolved on the spot with an apology; noted.",
        target="Eli Marchbanks-Tiller",
        reporter="Priya Anand-Moss",
    ),
    Vignette(
        "Kenzie Varga-Holloway",
        "8",
        "Two students, then an anonymous tip-line report",
        "In the hallway after a fight: \"you're dead tomorrow, I'll bring something\"; later a "
        'post showing a kitchen knife with "tomorrow"',
        "Parents separated last month; the target had mocked Kenzie for weeks; an older brother "
        "keeps a hunting knife at home; the basketball coach is a trusted adult.",
        CaseStatus.MANAGEMENT,
        "high",
        target="Corin Abernathy-Pell",
        reporter="Bastian Quill-Ferreira",
        guardian="Mara Varga-Holloway",
        relationship="classmate",
    ),
    Vignette(
        "Ada Lindqvist-Obi",
        "6",
        "English teacher, by email",
        'A story assignment where the narrator burns down "Maple Hollow" with "everyone who '
        'laughed" inside',
        "Has drawn similar pictures since a friend moved away; no plan, no access; a strong "
        "relationship with her grandmother.",
        CaseStatus.MONITORING,
        "moderate",
        reporter="Wendell Okonkwo-Price",
        guardian="Ingrid Lindqvist-Obi",
    ),
    Vignette(
        "Rhys Cardenas-Whitfield",
        "8",
        "Bus driver, by phone",
        '"One day this whole bus is going to pay", muttered, with a list of names seen in a '
        "notebook",
        'The list is titled "people who ruined it"; he has been researching past school attacks '
        "online; recently expelled from a club; names no friends.",
        CaseStatus.ASSESSMENT,
        "high",
        reporter="Gus Tamburlaine-Fry",
    ),
    Vignette(
        "Mateo Brightwater",
        "8",
        'A friend told a counselor ("leakage")',
        'Told a friend he "won\'t be around after spring break" and "might take some people '
        'with me"',
        "Suicidal statements, family history, access to his father's handgun. Suicide-risk "
        "protocol running in parallel.",
        CaseStatus.INQUIRY,
        "high",
        reporter="Lucía Ferreira-Boyd",
        guardian="Tomas Brightwater",
    ),
    Vignette(
        "Imani Sorensen-Achebe",
        "7",
        "Teacher found a note",
        'A note on a desk: "Mr. Dvorak will regret the grade he gave me"',
        "A grade dispute; no harm intended; relieved to talk.",
        CaseStatus.SCREENING,
        "low",
        target="Anselm Dvorak-Reyes",
        reporter="Anselm Dvorak-Reyes",
    ),
    Vignette(
        "Owen Petrakis-Lund",
        "6",
        "Classroom aide",
        'During a tantrum: "I\'ll shoot you all with my laser"',
        "Age-typical; no access; calmed quickly.",
        CaseStatus.REFERRAL,
        "",
        reporter="Hettie Brackenridge-Ola",
    ),
    Vignette(
        "Sofia Marchetti-Nakamura",
        "8",
        "Parent, by phone",
        "A cousin reports group-chat messages: \"bringing my dad's gun friday, who's in\"",
        "No gun in the home; the messages were copied from a video; joking, but others were "
        "frightened.",
        CaseStatus.MANAGEMENT,
        "moderate",
        guardian="Elena Marchetti-Nakamura",
        family_language="es",
    ),
    Vignette(
        "Liam O'Rourke-Baptiste",
        "8",
        "Anonymous app report",
        'Photo of a rifle in a car parked at school, captioned "finally"',
        "A hunting rifle left in the car after a weekend trip; no grievance; a policy violation.",
        CaseStatus.CLOSED,
        "low",
        "Dismissed at screening: not a threat after inquiry; discipline handled separately.",
    ),
    Vignette(
        "Hana Kowalczyk-Ibe",
        "7",
        "Self-referral via counselor",
        '"If they keep pushing me I\'ll bring something to make them stop"',
        "Victim of sustained bullying; isolated; strong art-teacher connection; no access.",
        CaseStatus.MANAGEMENT,
        "moderate",
        reporter="Lucía Ferreira-Boyd",
        guardian="Beata Kowalczyk-Ibe",
    ),
)

#: Extra fictional students for larger demo files, including names that test printing and
#: sorting beyond ASCII.
EXTRA_FIRST = (
    "Arlo",
    "Bea",
    "Cormac",
    "Delphine",
    "Emrys",
    "Fenna",
    "Gideon",
    "Ines",
    "Jory",
    "Keziah",
    "Lorcan",
    "Maren",
    "Niamh",
    "Oriel",
    "Perrin",
    "Quilla",
    "Saoirse",
    "Tamsin",
    "Ulric",
    "Vesna",
    "Wren",
    "Xanthe",
    "Yusuf",
    "Zinnia",
)
EXTRA_LAST = (
    "Ashgrove-Tillery",
    "Brannock-Vale",
    "Copperfield-Osei",
    "Dunmore-Achterberg",
    "Ellsworth-Nakata",
    "Fairweather-Quist",
    "Glendower-Abara",
    "Hollingbrook-Sze",
    "Ivesdale-Moreau",
    "Juniper-Kowal",
    "Kestrel-Obuya",
    "Larkspur-Wendt",
    "Merriweather-Ilunga",
    "Nettlefold-Haas",
    "Oakhurst-Mbeki",
    "Pemberton-Vasquez",
)
UNICODE_NAMES = (
    "Zoë Ngata-Lefèvre",
    "Nguyễn Thị Mai",
    "محمد الحسيني",
    "陈思雨",
    "Seán Ó Súilleabháin",
    "Björn Åkesson",
    "José María Núñez-O'Neill",
)

#: People outside the team whom the demo's plans name (all fictional).
DEMO_CONTACTS = (
    Contact(
        id="",
        name="Dale Okafor-Brandt",
        kind=ContactKind.STAFF,
        role="Basketball coach",
        organization="Maple Hollow athletics",
        contact="ext. 2207",
        notes="Kenzie's trusted adult at school; sees her every practice day.",
    ),
    Contact(
        id="",
        name="Marisol Quintana-Reyes",
        kind=ContactKind.PROVIDER,
        role="Family therapist",
        organization="Ridgeview Family Services (fictional)",
        contact="555-0148",
        notes="Takes referrals from the district; Spanish and English.",
    ),
    Contact(
        id="",
        name="Gus Tamburlaine-Fry",
        kind=ContactKind.STAFF,
        role="Bus driver",
        organization="Route 7",
        contact="",
    ),
)

#: The partner from an outside agency at the demo's last meeting (see `demo_team`).
CLINICIAN = "Dr. Nadia Fenwick-Sall"


def demo_partners(on: date) -> tuple[Contact, ...]:
    """The team's partners from outside agencies (fictional), dated from `on`: a community
    clinician whose agreement runs to the end of next school year, and a probation officer
    whose agreement ran out last month (the list and the meetings say so)."""
    return (
        Contact(
            id="",
            name=CLINICIAN,
            kind=ContactKind.PARTNER,
            role="Community mental-health clinician",
            organization="Ridgeview Family Services (fictional)",
            contact="555-0163",
            notes="Joins the monthly meeting for cases she also sees at the clinic.",
            agreement_on=on - timedelta(days=120),
            agreement_until=date(on.year + 1, 6, 30),
        ),
        Contact(
            id="",
            name="Theo Lindgren-Mabry",
            kind=ContactKind.PARTNER,
            role="Juvenile probation officer",
            organization="Ridgeview County Juvenile Probation (fictional)",
            contact="555-0191",
            agreement_on=on - timedelta(days=400),
            agreement_until=on - timedelta(days=40),
        ),
    )
