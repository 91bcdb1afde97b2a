"""The words of the parent inspection packet, by language.

Every sentence, heading and label of the packet is here and nowhere else: the service builds
the snapshot with keys (a section, a field, a withholding reason) and the layout in
`inspection.py` looks them up, so a language is added by adding one `InspectionWords`. The
stored values (a stage, a channel, an intervention's kind) come in the words the app's other
documents use; `values` gives each in the packet's language (one not there prints as it is),
and the dates print as the language writes them (`day_text`).

The Spanish speaks to the family with *usted* / *ustedes*, keeps the FERPA citations as they
are and uses the terms of `docs/glossary-es.md`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from btam_desktop.reports.family_words import letter_date


@dataclass(frozen=True, slots=True)
class InspectionWords:
    title: str
    intro: tuple[str, ...]
    student_facts: dict[str, str]
    case_heading: str  # "{number}"
    case_facts: dict[str, str]
    sections: dict[str, str]
    labels: dict[str, str]
    nothing: str  # under a section with no record
    #: A withheld passage in place: "{reason}" is the reason's short words.
    mark: str
    reasons: dict[str, str]  # short: "other students' information"
    explanations: dict[str, str]  # why the law lets the school withhold it
    withheld_heading: str
    withheld_intro: str
    one_passage: str  # "{count} passage withheld: {reason}"
    passages: str
    nothing_withheld: str
    disclosures_heading: str
    disclosures_intro: str
    disclosure_columns: tuple[str, str, str, str, str]
    no_disclosures: str
    within_team: str
    #: A stored value as the English packet prints it -> the same in this language.
    values: dict[str, str]
    #: A day, "2026-12-07", as this language writes it ("" code: left as it is).
    day_text: Callable[[date], str]
    #: Why a member of staff got the staff letter, as the log of copies records it.
    works_with: str = "Works with {student}"
    #: The app's own names of the screening decisions, for a model without its own
    #: (`[screening_outcomes]`): decision code -> words; English prints the code in words.
    screening: dict[str, str] = field(default_factory=dict)
    #: The app's closing checklist (`domain/plan.DEFAULT_CLOSURE_CHECKLIST`): item -> words
    #: (an item not here prints as stored), and how a ticked and an unticked item read.
    closure_items: dict[str, str] = field(default_factory=dict)
    ticked: tuple[str, str] = ("yes", "no")


ENGLISH = InspectionWords(
    title="Your child's record: inspection copy",
    intro=(
        "Federal law (FERPA, 34 CFR 99.10) gives parents the right to inspect and review "
        "their child's education records. This copy holds everything the school's threat "
        "assessment team keeps about the student named below: every case, the reports that "
        "started them, what the team looked into, its assessments, the plans and how they "
        "went, who was told, what team meetings decided, and every copy of these records the "
        "team made.",
        "Where a record also holds information about another student, or names a person who "
        "asked the school to keep their identity confidential, that passage is replaced by a "
        "note such as [withheld: other students' information]. The last page counts them by "
        "reason.",
        "If you believe something here is wrong or misleading, you may ask the school in "
        "writing to change it (34 CFR 99.20). Attachments listed here can be shown to you at "
        "the school.",
    ),
    student_facts={
        "student": "Student",
        "grade": "Grade",
        "student_id": "Student id",
        "born": "Date of birth",
        "school": "School",
        "cases": "Cases",
    },
    case_heading="Case {number}",
    case_facts={
        "status": "Stage",
        "opened_on": "Opened",
        "level": "Level of concern",
        "case_manager": "Case manager",
        "next_review": "Next review",
        "closed_on": "Closed",
        "closure_reason": "Why it was closed",
        "summary": "Summary",
    },
    sections={
        "people": "People in the case",
        "referrals": "Reports of concern",
        "attachments": "Attachments",
        "screening": "Screening",
        "inquiry": "What the team looked into",
        "interviews": "Interviews",
        "assessments": "Assessments",
        "plans": "Plans",
        "checkins": "Check-ins",
        "reviews": "Reviews",
        "closures": "Closing the case",
        "notifications": "Who was told",
        "meetings": "Team meeting decisions",
        "actions": "Tasks from team meetings",
    },
    labels={
        "name": "Name",
        "grade": "Grade",
        "student_id": "Student id",
        "school": "School",
        "notes": "Notes",
        "reported_by": "Reported by",
        "where": "Where",
        "verbatim": "Words as reported",
        "narrative": "What happened",
        "weapon": "A weapon was mentioned",
        "imminent": "Imminent danger was reported",
        "emergency_actions": "Steps taken at once",
        "prior_concerns": "Earlier concerns",
        "targets": "Named as the person threatened",
        "stage": "Added at",
        "added": "Added",
        "decision": "Decision",
        "reason": "Reason",
        "decided_by": "Decided by",
        "status": "Status",
        "findings": "Findings",
        "sources": "Sources",
        "found_on": "Found on",
        "corroborated": "Corroborated",
        "interviewee": "Interviewed",
        "interviewer": "Interviewer",
        "others_present": "Also present",
        "model": "Model",
        "level": "Level of concern",
        "rationale": "Rationale",
        "risk_factors": "Risk factors",
        "protective_factors": "Protective factors",
        "present": "Team members present",
        "dissent": "A different view",
        "goals": "Goals",
        "plan_item": "Plan item",
        "observations": "Observations",
        "trend": "Trend",
        "by": "By",
        "progress": "Progress",
        "next_review": "Next review",
        "summary": "Summary",
        "checklist": "Closing checklist",
        "watcher": "Watches for renewed concern",
        "recipient_name": "Name",
        "method": "How",
        "shared": "What was shared",
        "legal_basis": "Legal basis",
        "rationale_meeting": "Why",
        "minutes": "Minutes",
        "what": "What",
        "assignee": "Who",
        "due_on": "Due",
        "done_on": "Done",
        "yes": "Yes",
    },
    nothing="Nothing recorded.",
    mark="[withheld: {reason}]",
    reasons={
        "confidential_reporter": "a reporter who asked to stay confidential",
        "other_students": "other students' information",
        "others_safety": "another person's safety plan",
    },
    explanations={
        "confidential_reporter": "The person who reported the concern asked the school to keep "
        "their identity confidential. Their name, and anything that would identify them, is "
        "left out.",
        "other_students": "A parent may see only the part of a record that is about their own "
        "child (34 CFR 99.12(a)). The names of other students (a student who was threatened, "
        "a witness, a student who reported) and what identifies them are left out.",
        "others_safety": "Steps the team took to protect another person are part of that "
        "person's record, not the student's, and are left out.",
    },
    withheld_heading="What was withheld and why",
    withheld_intro="Each passage counted below was replaced in place by a note that gives its "
    "reason. Everything else the team keeps about the student is in this copy.",
    one_passage="{count} passage withheld: {reason}",
    passages="{count} passages withheld: {reason}",
    nothing_withheld="Nothing was withheld: this copy holds every record about the student "
    "word for word.",
    disclosures_heading="Copies of these records",
    disclosures_intro="Every printed or saved copy of the student's records is logged. Those "
    "given to someone outside the team name the recipient and the legal basis (34 CFR 99.32).",
    disclosure_columns=("When", "Document", "Given to", "Legal basis", "By"),
    no_disclosures="No copy of the student's records has been made.",
    within_team="Within the team",
    values={},
    day_text=date.isoformat,
)


SPANISH = InspectionWords(
    title="El expediente de su hijo o hija: copia para revisión de la familia",
    intro=(
        "La ley federal (FERPA, 34 CFR 99.10) da a los padres el derecho de revisar el "
        "expediente escolar de su hijo o hija. Esta copia contiene todo lo que el equipo de "
        "evaluación de amenazas de la escuela guarda sobre el estudiante nombrado arriba: cada "
        "caso, los reportes que lo iniciaron, lo que el equipo averiguó, sus evaluaciones, los "
        "planes y cómo fueron, a quién se informó, lo que decidieron las reuniones del equipo "
        "y cada copia de estos documentos que hizo el equipo.",
        "Cuando un documento también contiene información sobre otro estudiante, o nombra a "
        "una persona que pidió a la escuela mantener su identidad en privado, esa parte se "
        "reemplaza por una nota como [no se muestra: información de otros estudiantes]. La "
        "última página las cuenta, con el motivo de cada una.",
        "Si ustedes creen que algo aquí no es correcto o da una idea equivocada, pueden pedir "
        "por escrito a la escuela que lo cambie (34 CFR 99.20). Los archivos adjuntos de la "
        "lista se les pueden mostrar en la escuela.",
    ),
    student_facts={
        "student": "Estudiante",
        "grade": "Grado",
        "student_id": "Número de estudiante",
        "born": "Fecha de nacimiento",
        "school": "Escuela",
        "cases": "Casos",
    },
    case_heading="Caso {number}",
    case_facts={
        "status": "Etapa",
        "opened_on": "Abierto el",
        "level": "Nivel de preocupación",
        "case_manager": "Responsable del caso",
        "next_review": "Próxima revisión",
        "closed_on": "Cerrado el",
        "closure_reason": "Por qué se cerró",
        "summary": "Resumen",
    },
    sections={
        "people": "Personas en el caso",
        "referrals": "Reportes de preocupación",
        "attachments": "Archivos adjuntos",
        "screening": "Evaluación inicial",
        "inquiry": "Lo que el equipo averiguó",
        "interviews": "Entrevistas",
        "assessments": "Evaluaciones",
        "plans": "Planes",
        "checkins": "Seguimientos",
        "reviews": "Revisiones",
        "closures": "Cierre del caso",
        "notifications": "A quién se informó",
        "meetings": "Decisiones de las reuniones del equipo",
        "actions": "Tareas de las reuniones del equipo",
    },
    labels={
        "name": "Nombre",
        "grade": "Grado",
        "student_id": "Número de estudiante",
        "school": "Escuela",
        "notes": "Notas",
        "reported_by": "Quién reportó",
        "where": "Dónde",
        "verbatim": "Palabras tal como se reportaron",
        "narrative": "Qué pasó",
        "weapon": "Se mencionó un arma",
        "imminent": "Se reportó peligro inminente",
        "emergency_actions": "Medidas tomadas de inmediato",
        "prior_concerns": "Preocupaciones anteriores",
        "targets": "Nombrada como la persona amenazada",
        "stage": "Agregado en la etapa",
        "added": "Agregado el",
        "decision": "Decisión",
        "reason": "Motivo",
        "decided_by": "Decidido por",
        "status": "Estado",
        "findings": "Lo que se encontró",
        "sources": "Fuentes",
        "found_on": "Fecha",
        "corroborated": "Confirmado",
        "interviewee": "Persona entrevistada",
        "interviewer": "Entrevistó",
        "others_present": "También presentes",
        "model": "Modelo",
        "level": "Nivel de preocupación",
        "rationale": "Razones",
        "risk_factors": "Factores de riesgo",
        "protective_factors": "Factores de protección",
        "present": "Miembros del equipo presentes",
        "dissent": "Una opinión distinta",
        "goals": "Lo que queremos lograr",
        "plan_item": "Parte del plan",
        "observations": "Observaciones",
        "trend": "Tendencia",
        "by": "Por",
        "progress": "Avance",
        "next_review": "Próxima revisión",
        "summary": "Resumen",
        "checklist": "Lista de cierre",
        "watcher": "Quién está atento por si vuelve la preocupación",
        "recipient_name": "Nombre",
        "method": "Cómo",
        "shared": "Qué se compartió",
        "legal_basis": "Base legal",
        "rationale_meeting": "Por qué",
        "minutes": "Acta",
        "what": "Qué",
        "assignee": "Quién",
        "due_on": "Para el",
        "done_on": "Hecho el",
        "yes": "Sí",
    },
    nothing="No hay nada registrado.",
    mark="[no se muestra: {reason}]",
    reasons={
        "confidential_reporter": "una persona que reportó y pidió quedar en privado",
        "other_students": "información de otros estudiantes",
        "others_safety": "el plan de seguridad de otra persona",
    },
    explanations={
        "confidential_reporter": "La persona que reportó la preocupación pidió a la escuela "
        "mantener su identidad en privado. No se muestran su nombre ni nada que permita "
        "saber quién es.",
        "other_students": "Los padres pueden ver solo la parte de un documento que trata de "
        "su propio hijo o hija (34 CFR 99.12(a)). No se muestran los nombres de otros "
        "estudiantes (un estudiante amenazado, un testigo, un estudiante que reportó) ni lo "
        "que permita saber quiénes son.",
        "others_safety": "Las medidas que tomó el equipo para proteger a otra persona son "
        "parte del expediente de esa persona, no del estudiante, y no se muestran.",
    },
    withheld_heading="Lo que no se muestra y por qué",
    withheld_intro="Cada parte que se cuenta abajo se reemplazó por una nota que dice el "
    "motivo. Todo lo demás que el equipo guarda sobre el estudiante está en esta copia.",
    one_passage="{count} parte no se muestra: {reason}",
    passages="{count} partes no se muestran: {reason}",
    nothing_withheld="No se quitó nada: esta copia contiene, palabra por palabra, todos los "
    "documentos sobre el estudiante.",
    disclosures_heading="Copias de estos documentos",
    disclosures_intro="Cada copia impresa o guardada del expediente del estudiante queda "
    "registrada. Las que se entregaron a alguien fuera del equipo dicen a quién y con qué base "
    "legal (34 CFR 99.32).",
    disclosure_columns=("Cuándo", "Documento", "Entregada a", "Base legal", "Por"),
    no_disclosures="No se ha hecho ninguna copia del expediente del estudiante.",
    within_team="Dentro del equipo",
    values={
        # why a case closed at screening (the team's reason follows)
        "Dismissed at screening": "Se descartó en la evaluación inicial",
        "Handled at screening level": "Se atendió en la evaluación inicial",
        # stages of a case
        "Referral": "Remisión",
        "Screening": "Evaluación inicial",
        "Inquiry": "Indagación",
        "Assessment": "Evaluación",
        "Management": "Gestión",
        "Monitoring": "Monitoreo",
        "Closed": "Cerrado",
        # how a report came in
        "In person": "En persona",
        "Phone": "Por teléfono",
        "Email": "Por correo electrónico",
        "Tip line": "Línea de avisos",
        "App or online form": "Aplicación o formulario en línea",
        "Other": "Otro",
        # people in the case
        "Student": "Estudiante",
        "Subject": "Estudiante",
        "Target": "Persona amenazada",
        "Witness": "Testigo",
        "Guardian": "Madre, padre o tutor",
        "Reporter": "Quien reporta",
        "Anonymous": "Anónimo",
        # what the team looked into
        "Not started": "Sin empezar",
        "Answered": "Respondido",
        "Unknown": "Se desconoce",
        "Yes": "Sí",
        "No": "No",
        "Conflicting": "Hay versiones distintas",
        "Not applicable": "No corresponde",
        # plans and how they went
        "Planned": "Planeado",
        "Active": "En curso",
        "Done": "Hecho",
        "Discontinued": "Suspendido",
        # a check-in's trend is the concern's ("Concern going up"), not the student's
        "Up": "La preocupación aumenta",
        "Steady": "Sin cambios",
        "Down": "La preocupación disminuye",
        "Version": "Versión",
        # what a review decided (the window's words)
        "Continue the plan": "Continuar el plan",
        "Revise the plan": "Modificar el plan",
        "Reassess": "Volver a evaluar",
        "Step down to monitoring": "Bajar a monitoreo",
        "Close the case": "Cerrar el caso",
        "phone": "por teléfono",
        "email": "por correo electrónico",
        "in person": "en persona",
        "letter": "por carta",
        "meeting": "en una reunión",
        "approved": "aprobada",
        # what a plan's item is
        "Supervision": "Supervisión",
        "Counseling or mental-health referral": "Consejería o remisión a salud mental",
        "Family meeting": "Reunión con la familia",
        "Mentoring / trusted adult": "Mentoría / un adulto de confianza",
        "Academic support": "Apoyo académico",
        "Schedule or environment change": "Cambio de horario o de entorno",
        "Weapons-access counseling with the family": "Orientación a la familia sobre el acceso "
        "a armas",
        "Safety plan for the target": "Plan de seguridad para la persona amenazada",
        "Law-enforcement liaison": "Enlace con la policía",
        "Community services referral": "Remisión a servicios de la comunidad",
        "Disciplinary action": "Medida disciplinaria",
        "Re-entry plan": "Plan de reingreso",
        "Safety plan with the student": "Plan de seguridad con el estudiante",
        "not yet approved": "todavía sin aprobar",
        # who was told, and on what basis
        "Parents or guardians": "Padres o tutores",
        "The target and their parents": "La persona amenazada y su familia",
        "Law enforcement": "Policía",
        "Outside agency": "Otra agencia",
        "Other school staff": "Otro personal de la escuela",
        "Receiving school": "Escuela que recibe al estudiante",
        "School official": "Personal de la escuela",
        "Health or safety emergency": "Emergencia de salud o seguridad",
        "Consent": "Consentimiento",
        "Parent or guardian": "Madre, padre o tutor",
        "Subpoena or court order": "Citación u orden judicial",
        # the documents in the log of copies
        "Support plan": "Plan de apoyo",
        "Parent/student plan": "Plan de apoyo (copia para la familia)",
        "Notification letter": "Carta",
        "Meeting agenda": "Agenda de la reunión",
        "Meeting minutes": "Acta de la reunión",
        "Transfer packet": "Paquete de traslado",
        "Safety plan (the student's)": "Plan de seguridad (del estudiante)",
        "Case list (CSV)": "Lista de casos (CSV)",
        "Disclosure records (CSV)": "Registro de divulgaciones (CSV)",
        "Intervention plan": "Plan de intervención",
        "Case summary": "Resumen del caso",
        "Letter": "Carta",
        "Safety plan": "Plan de seguridad",
        "Record of disclosures": "Registro de divulgaciones",
        "Inspection copy of the student's record": "Copia para revisión de la familia",
        "Inspection copy for the family": "Copia para revisión de la familia",
        "Saved as PDF": "Guardada como PDF",
        "Saved as PDF (encrypted)": "Guardada como PDF (cifrada)",
        "once": "una vez",
        "Printed": "Impresa",
        "The student's parent or guardian (FERPA, 34 CFR 99.10)": "Madre, padre o tutor del "
        "estudiante (FERPA, 34 CFR 99.10)",
        "School official with a legitimate educational interest (FERPA, 34 CFR 99.31(a)(1))": (
            "Personal de la escuela con un interés educativo legítimo (FERPA, 34 CFR 99.31(a)(1))"
        ),
        "Health or safety emergency (FERPA, 34 CFR 99.36)": "Emergencia de salud o seguridad "
        "(FERPA, 34 CFR 99.36)",
        "Written consent of the parent or eligible student (FERPA, 34 CFR 99.30)": (
            "Consentimiento por escrito de la madre, el padre o tutor, o del estudiante "
            "mayor de edad "
            "(FERPA, 34 CFR 99.30)"
        ),
        "Subpoena or court order (FERPA, 34 CFR 99.31(a)(9))": "Citación u orden judicial "
        "(FERPA, 34 CFR 99.31(a)(9))",
        "Other lawful basis": "Otra base legal",
        "Inspection and review of the student's education records (34 CFR 99.10)": "Revisión "
        "del expediente escolar del estudiante por la familia (34 CFR 99.10)",
    },
    day_text=lambda day: letter_date(day, "es"),
    works_with="Trabaja con {student}",
    screening={
        "dismiss": "Se descarta: no es un asunto del equipo",
        "handle": "Se atiende en la evaluación inicial",
        "inquiry": "Se pasa a la indagación",
    },
    closure_items={
        "Interventions done or handed over": "Las intervenciones se completaron o quedaron a "
        "cargo de otra persona",
        "Notifications done and logged": "Las notificaciones se hicieron y quedaron registradas",
        "Level of concern low at the last review": "El nivel de preocupación era bajo en la "
        "última revisión",
        "A named person watches for renewed concern": "Una persona designada está atenta por si "
        "vuelve la preocupación",
    },
    ticked=("sí", "no"),
)

#: The packet's languages by code (`domain/language.PAPER_LANGUAGES` names them).
LANGUAGES = {"en": ENGLISH, "es": SPANISH}


def words(language: str) -> InspectionWords:
    return LANGUAGES[language]
