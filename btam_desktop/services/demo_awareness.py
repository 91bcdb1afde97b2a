"""The demo's all-staff awareness training: a fictional staff list of Maple Hollow (one who
has left) and two sessions this school year, so coverage shows a realistic gap."""

from __future__ import annotations

from datetime import date

from btam_desktop.domain.awareness import AwarenessSession, StaffMember, this_school_year
from btam_desktop.domain.records import today
from btam_desktop.services import awareness
from btam_desktop.services.session import Session

#: name, role, department: every one invented.
STAFF = (
    ("Orla Quenby-Vasquez", "Teacher, grade 6", "English"),
    ("Bram Ostrowski-Teague", "Bus driver", "Transportation"),
    ("Wendeline Achterberg", "School nurse", "Health office"),
    ("Ingrid Sowande-Holt", "Teacher, grade 7", "Mathematics"),
    ("Tobiah Marchbanks", "Custodian", "Facilities"),
    ("Perpetua Lindgren-Okafor", "Teacher, grade 8", "Science"),
    ("Caspian Dubrovnik-Reyes", "Paraprofessional", "Special education"),
    ("Henrietta Vole-Amari", "Front office", "Administration"),
    ("Osric Pemberton-Nwosu", "Coach", "Athletics"),
    ("Saoirse Albescu", "Librarian", "Library"),
    ("Thaddeus Quillon", "Teacher, grade 6", "Social studies"),
    ("Mirela Castellanos-Frye", "Cafeteria lead", "Food service"),
    ("Ambrose Kettleworth", "Teacher, grade 7", "Art"),
    ("Delphine Oyewole-Marsh", "Teacher, grade 8", "Music"),
    ("Fitzgerald Tamura-Boyle", "Teacher, grade 6", "Mathematics"),
    ("Genevieve Halloran-Sato", "Speech therapist", "Special education"),
    ("Hollis Ravensworth", "Bus driver", "Transportation"),
    ("Isadora Klimt-Obuya", "Teacher, grade 7", "English"),
    ("Jasper Wrenfield", "Technology aide", "Technology"),
    ("Katarina Mbeki-Dahl", "Teacher, grade 8", "Spanish"),
    ("Leopold Anscombe", "Teacher, grade 7", "Physical education"),
    ("Marisol Eastwick-Tan", "Attendance clerk", "Administration"),
    ("Nikodem Farrow", "Custodian", "Facilities"),
    ("Ottilie Brandvold", "Teacher, grade 6", "Science"),
    ("Percival Nakashima-Ruiz", "Teacher, grade 8", "Social studies"),
    ("Quintessa Moravec", "Paraprofessional", "Special education"),
    ("Rosalind Achebe-Kerr", "Cafeteria aide", "Food service"),
    ("Sebastian Thorncroft", "Band director", "Music"),
    ("Theodora Vasquez-Lund", "Substitute, long-term", "English"),
    ("Ulysses Penhallow", "Crossing guard", "Transportation"),
)
LEFT = "Ulysses Penhallow"


def add_staff_awareness(session: Session) -> None:
    lines = "\n".join(",".join(f'"{cell}"' for cell in person) for person in STAFF)
    awareness.import_staff(session, ("Name,Role,Department\n" + lines).encode())
    staff = {p.name: p for p in awareness.overview(session).staff}
    gone = staff[LEFT]
    on = today()
    year = this_school_year(on)
    awareness.save_staff(
        session,
        StaffMember(
            id=gone.id, name=gone.name, role=gone.role, department=gone.department, left_on=on
        ),
    )
    # Start of the year in August, a make-up session in October (or as late as today allows).
    first = min(date(year, 8, 20), on)
    second = min(date(year, 10, 8), on)
    ids = [staff[name].id for name, _, _ in STAFF]
    awareness.save_session(
        session,
        AwarenessSession(
            id="",
            held_on=first,
            led_by="Dana Whitlock-Oyelaran",
            topic="Start-of-year staff meeting, 20 min",
            attendee_ids=tuple(ids[:20]),
        ),
    )
    awareness.save_session(
        session,
        AwarenessSession(
            id="",
            held_on=second,
            led_by="Lucía Ferreira-Boyd",
            topic="Make-up session in the library, 15 min (with the staff handout)",
            attendee_ids=tuple(ids[18:24]),
        ),
    )
