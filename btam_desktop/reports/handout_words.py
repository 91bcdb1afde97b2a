"""The words of the handouts for students and for families, by language.

Every sentence of both papers is here and nowhere else, so a language is added by adding one
entry per handout, never by editing the layout in `public_handouts.py`. Written to be read
standing at a bulletin board: short sentences, plain words, support rather than punishment.
`{school}` is replaced with the school's name.

The Spanish is written for families, not translated word for word: "tú" to students, "usted"
to families, "aviso" rather than "denuncia" (a tip is not an accusation), "equipo de
evaluación de amenazas" as school districts in the US name the team in Spanish.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from btam_desktop.domain.team import ROLE_NAMES, Role


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
    ),
    "es": Handout(
        title="¿Te preocupa alguien? Díselo a un adulto.",
        danger="Si alguien está en peligro ahora mismo, llama al\u00a0911.",
        danger_next="O avísale enseguida al adulto más cercano.",
        intro=(
            "A veces un amigo dice, escribe o publica algo que te asusta. Tal vez era una "
            "broma. Tal vez no. No tienes que resolverlo solo."
        ),
        parts=(
            Part(
                "Habla con un adulto de confianza",
                bullets=(
                    "Un maestro, un consejero, un entrenador, la oficina de la escuela, el "
                    "chofer del autobús o tu mamá o tu papá. Cualquier adulto en quien confíes.",
                    "Cuenta lo que viste u oíste, y dónde. Si puedes, muéstrale la "
                    "publicación o el mensaje.",
                    "Díselo hoy. No necesitas estar seguro.",
                ),
            ),
            Part(
                "Puedes avisar sin dar tu nombre",
                lines=("No tienes que decir quién eres.",),
                slot=Slot.TIP_LINE,
                place=Place.RIGHT,
            ),
            Part(
                "Adultos de {school} que te ayudan",
                lines=(
                    "Estos adultos son parte del equipo de la escuela. Puedes hablar con "
                    "cualquiera de ellos.",
                ),
                slot=Slot.TEAM,
                place=Place.BELOW,
            ),
            Part(
                "Qué pasa después",
                bullets=(
                    "El equipo te escucha y averigua qué está pasando.",
                    "El objetivo es ayudar, no castigar. Un estudiante que asusta a otros "
                    "muchas veces está pasando por un momento difícil, y el equipo le busca "
                    "apoyo.",
                    "Avisar no es delatar. Puede proteger a un amigo y a los demás.",
                ),
            ),
        ),
        tip_line_lead="Usa la línea de avisos, a cualquier hora:",
        no_tip_line=(
            "Si quieres que no se sepa tu nombre, dilo. Los adultos de abajo solo lo "
            "compartirán con quienes lo necesiten para que todos estén a salvo."
        ),
        ways={"phone": "Llama", "text": "Mensaje", "web": "En internet"},
        with_contact=False,
        closing="Hiciste lo correcto al contarlo.",
    ),
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
    ),
    "es": Handout(
        title="Familias: ayúdennos a cuidar la escuela",
        danger="Si alguien está en peligro ahora mismo, llame al\u00a0911.",
        danger_next="Después, avise a la escuela.",
        intro=(
            "{school} tiene un equipo de evaluación de amenazas: personal de la escuela que "
            "actúa a tiempo cuando lo que dice o hace un estudiante le preocupa a alguien. El "
            "equipo está para apoyar a los estudiantes, no para castigarlos. Casi siempre todo "
            "termina con ayuda: consejería, un mentor o un cambio en la escuela."
        ),
        parts=(
            Part(
                "Señales que podría notar",
                bullets=(
                    "Habla de hacerle daño a alguien, aunque sea en broma",
                    "Publicaciones, dibujos o mensajes violentos",
                    "Un interés nuevo en las armas, o intentos de conseguir una",
                    "Fascinación por ataques en escuelas",
                    "Un rencor, y ganas de que alguien “la pague”",
                    "Desesperanza, o habla de suicidio",
                    "Se aísla, o regala sus cosas",
                    "Sufre acoso, o acosa a otros",
                    "Cambios repentinos de ánimo, de sueño o de calificaciones",
                ),
            ),
            Part(
                "Cómo avisar a la escuela",
                lines=(
                    "Llame o vaya a la escuela y pida hablar con alguien del equipo (ver "
                    "abajo). Cuente lo que vio u oyó, cuándo, y quién más lo sabe. Guarde los "
                    "mensajes o las capturas de pantalla.",
                ),
                slot=Slot.TIP_LINE,
                place=Place.RIGHT,
            ),
            Part(
                "Qué pasa después de un aviso",
                bullets=(
                    "Alguien del equipo se pone en contacto lo antes posible.",
                    "El equipo reúne información, muchas veces hablando con el estudiante y "
                    "con su familia.",
                    "Si un estudiante necesita ayuda, el equipo prepara un plan de apoyo y le "
                    "da seguimiento.",
                    "Lo que el equipo sabe se mantiene en privado y solo se comparte con quienes "
                    "necesitan saberlo por seguridad.",
                ),
                place=Place.LEFT,
            ),
            Part("A quién contactar en {school}", slot=Slot.TEAM, place=Place.BELOW),
        ),
        tip_line_lead="Puede avisar sin dar su nombre: use la línea de avisos, a cualquier hora.",
        no_tip_line="Si prefiere que no se sepa su nombre, dígalo cuando llame a la escuela.",
        ways={"phone": "Llame", "text": "Mensaje", "web": "En internet"},
        with_contact=True,
        closing="Gracias por ayudar a que todos los estudiantes estén seguros.",
    ),
}

LANGUAGES = tuple(STUDENT)


@dataclass(frozen=True, slots=True)
class StaffWords:
    """The staff handout (`team_documents.build_handout`): one page to pin up in the staff
    room. Spanish speaks to colleagues with *usted*."""

    danger: str
    danger_next: str
    intro: str  # "{model}": `model` below, or nothing when the pack has no name
    model: str  # " (it follows the {name} model)"
    signs_heading: str
    signs: tuple[str, ...]  # what a teacher can see or hear, in plain words
    do_heading: str
    do: tuple[str, ...]
    tell_heading: str
    columns: tuple[str, str, str]


STAFF = {
    "en": StaffWords(
        danger="If someone is in danger now: call 911",
        danger_next="Then tell a member of the team below.",
        intro="Our school has a threat assessment team{model}. It helps students in trouble "
        "before anyone gets hurt. It works only if staff tell it what they notice.",
        model=" (it follows the {name} model)",
        signs_heading="What you might see or hear",
        signs=(
            "A threat, said, written, drawn or posted, even as a joke",
            "Talk of a plan, a date, a weapon or a list of people",
            "A weapon at school, or talk of getting or bringing one",
            "Strong interest in past school attacks or in the people who carried them out",
            "Stories, drawings or posts about hurting people that worry you",
            "A grudge: saying that someone wronged them and will pay for it",
            "Talk of hopelessness, of suicide or of “not being around”",
            "A sudden change: pulling away from friends, falling grades, missed classes, new anger",
            "A student who is bullied or left out, or who bullies others",
            "Students who seem afraid of someone, or who pass on something they heard",
        ),
        do_heading="What to do",
        do=(
            "Tell a member of the team the same day, in person or by phone: what you saw or "
            "heard, the exact words if you can, when and where, and who else was there.",
            "Do not investigate on your own, and do not promise a student secrecy.",
            "You do not need to be sure. The team would rather hear ten concerns that turn out "
            "to be nothing than miss one.",
        ),
        tell_heading="Whom to tell",
        columns=("Name", "Role", "How to reach them"),
    ),
    "es": StaffWords(
        danger="¿Alguien corre peligro ahora? Llame al 911",
        danger_next="Después avise a un miembro del equipo de la lista de abajo.",
        intro="Nuestra escuela tiene un equipo de evaluación de amenazas{model}. Ayuda a los "
        "estudiantes con problemas antes de que alguien salga lastimado. Solo funciona si el "
        "personal le cuenta lo que nota.",
        model=" (sigue el modelo “{name}”)",  # the name is the pack's [labels.es]
        signs_heading="Lo que usted podría ver u oír",
        signs=(
            "Una amenaza dicha, escrita, dibujada o publicada, aunque sea en broma",
            "Hablar de un plan, una fecha, un arma o una lista de personas",
            "Un arma en la escuela, o hablar de conseguir o traer una",
            "Mucho interés en ataques a escuelas del pasado o en quienes los cometieron",
            "Cuentos, dibujos o publicaciones sobre lastimar a otros que le preocupen",
            "Un rencor: decir que alguien le hizo daño y que lo va a pagar",
            "Hablar de no tener esperanza, de suicidio o de “ya no estar”",
            "Un cambio repentino: se aleja de sus amistades, baja en sus notas, falta a clase, "
            "se enoja",
            "Un estudiante que sufre acoso o queda excluido, o que acosa a otros",
            "Estudiantes que parecen tener miedo de alguien, o que cuentan algo que oyeron",
        ),
        do_heading="Qué hacer",
        do=(
            "Avise a un miembro del equipo el mismo día, en persona o por teléfono: qué vio u "
            "oyó, las palabras exactas si puede, cuándo, dónde y quién más estaba.",
            "No indague por su cuenta y no le prometa a un estudiante guardar el secreto.",
            "No hace falta estar seguro. El equipo prefiere oír diez preocupaciones que no eran "
            "nada a dejar pasar una.",
        ),
        tell_heading="A quién avisar",
        columns=("Nombre", "Función", "Cómo comunicarse"),
    ),
}

#: The team's roles as each handout names them, and the lead's mark after the role.
ROLES: dict[str, dict[Role, str]] = {
    "en": ROLE_NAMES,
    "es": {
        Role.ADMINISTRATOR: "Administración",
        Role.TEAM_LEAD: "Coordinación del equipo",
        Role.COUNSELOR: "Consejería",
        Role.PSYCHOLOGIST: "Psicología escolar",
        Role.SOCIAL_WORKER: "Trabajo social",
        Role.LAW_ENFORCEMENT: "Oficial de seguridad escolar / policía",
        Role.TEACHER: "Maestro o maestra",
        Role.SPECIAL_EDUCATION: "Coordinación de educación especial",
        Role.MENTAL_HEALTH: "Enlace de salud mental del distrito",
        Role.NURSE: "Enfermería escolar",
        Role.OTHER: "Personal de la escuela",
    },
}
LEAD = {"en": " (team lead)", "es": " (coordina el equipo)"}
