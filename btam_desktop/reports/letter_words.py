"""The words of the notification letters, by kind of letter and language.

Three letters, one for each notification the packs ask for that goes to someone who is not a
professional partner: the student's parents or guardians, the family of a student who may have
been the target, and staff who work with the student. Each names only the student it is about
(for the target's family: their own child, never the other student) and the school, says what
happens next and whom to call; none says what the team found, which level of concern it set, or
any other student's name. Placeholders: `{first}` the named student's first name, `{school}`,
`{lead}` the team lead's name.

Written to be read at a kitchen table: short paragraphs, "usted" to families, the team named
once as the family handout names it ("threat assessment team", "equipo de evaluación de
amenazas") and then "the team". The terms are kept in `docs/glossary-es.md` ("The papers
that go home").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum


class LetterKind(StrEnum):
    PARENTS = "parents"  # the student's parents or guardians
    TARGET_FAMILY = "target_family"  # the family of a student who may have been the target
    STAFF = "staff"  # a member of staff outside the team who works with the student


@dataclass(frozen=True, slots=True)
class LetterWords:
    title: str  # the PDF's title and the letter's subject line: "About {first}"
    to: str  # "To: {name}" above the greeting
    greeting_named: str  # "Dear {name},"
    greeting: str  # no name on the notification
    paragraphs: tuple[str, ...]
    next_heading: str
    next_steps: tuple[str, ...]
    privacy: str
    questions: str  # "{lead}", "{contact}" (a second form below for no contact on file)
    questions_no_contact: str
    closing: str  # "Sincerely,"
    signed_as: str  # under the lead's name: "Threat assessment team lead"


_EN_PARENTS = LetterWords(
    title="About {first}",
    to="To: {name}",
    greeting_named="Dear {name},",
    greeting="Dear family of {first},",
    paragraphs=(
        "{school} has a threat assessment team: a few staff members who step in early "
        "when something a student says or does worries someone, so that every student "
        "is safe and gets the help they need. Our team is working with {first} now, "
        "and we want to work with you too.",
        "This is about support, not punishment. You know {first} best, and your help "
        "makes a real difference.",
    ),
    next_heading="What happens next",
    next_steps=(
        "Someone from the team will get in touch with you to talk and to answer your questions.",
        "Together we will make a support plan for {first}: what will help, who will do "
        "it and when. You will get a copy.",
        "We will keep in touch and look at how things are going with you.",
    ),
    privacy=(
        "What the team learns is kept private. It is shared only with people who need "
        "it to keep students safe."
    ),
    questions="If you have questions, please contact {lead}: {contact}. We are glad "
    "to talk with you.",
    questions_no_contact="If you have questions, please call the school and ask for "
    "{lead}. We are glad to talk with you.",
    closing="Sincerely,",
    signed_as="Threat assessment team lead",
)


_EN_TARGET = replace(
    _EN_PARENTS,
    title="About {first}'s safety at school",
    paragraphs=(
        "We are writing because our school's threat assessment team learned of "
        "something that may have been aimed at {first}. We take every concern like "
        "this seriously, and we want you to know what we are doing.",
        "We have already taken steps to keep {first} safe at {school}, and the team "
        "is working with everyone involved.",
        "The law protects every student's information, so we cannot give you details "
        "about other students or the steps the school takes with them. We can always "
        "talk with you about {first} and about how we are keeping {first} safe.",
    ),
    next_steps=(
        "Someone from the team will meet with you to go over the steps we are taking "
        "to keep {first} safe and to hear any worries you have.",
        "Please let us know right away if {first} sees or hears anything new, at school or online.",
        "If someone is in danger right now, call 911.",
    ),
    privacy=(
        "What you tell us is kept private. It is shared only with people who need it "
        "to keep students safe."
    ),
)


_EN_STAFF = replace(
    _EN_PARENTS,
    title="Supporting {first}",
    greeting="Dear colleague,",
    paragraphs=(
        "Our school's threat assessment team is working with {first}, and you are one "
        "of the adults at {school} who can help. This is about support, not "
        "punishment: please treat {first} as you always do.",
    ),
    next_heading="What we ask of you",
    next_steps=(
        "Keep an eye out, and tell me the same day if something worries you: words, "
        "posts, drawings, or a sudden change in mood or behavior.",
        "If someone is in danger right now, call 911, then tell the office.",
        "I will let you know if there is anything more the team needs from you.",
    ),
    privacy=(
        "Please keep this letter private. It is about a student, and it is shared "
        "with you only because you work with {first}. Do not pass it on."
    ),
    questions=("If you have questions, you can reach me here: {contact}. Thank you for your help."),
    questions_no_contact="If you have questions, come and find me. Thank you for your help.",
)


_ES_PARENTS = LetterWords(
    title="Sobre {first}",
    to="Para: {name}",
    greeting_named="Estimada familia de {first}:",
    greeting="Estimada familia de {first}:",
    paragraphs=(
        "En {school} contamos con un equipo de evaluación de amenazas: un grupo "
        "pequeño del personal de la escuela que actúa a tiempo cuando algo que dice o "
        "hace un estudiante le preocupa a alguien. Su propósito es que todos los "
        "estudiantes estén seguros y reciban la ayuda que necesitan. Nuestro equipo "
        "está trabajando ahora con {first}, y queremos trabajar también con ustedes.",
        "Se trata de apoyar, no de castigar. Nadie conoce a {first} mejor que "
        "ustedes, y su ayuda es muy valiosa.",
    ),
    next_heading="Los próximos pasos",
    next_steps=(
        "Alguien del equipo se pondrá en contacto con ustedes para conversar y "
        "responder a sus preguntas.",
        "Juntos prepararemos un plan de apoyo para {first}: qué le ayudará, quién se "
        "encargará de cada cosa y cuándo. Recibirán una copia.",
        "Seguiremos en contacto y veremos con ustedes cómo va todo.",
    ),
    privacy=(
        "Lo que el equipo sabe se mantiene en privado. Solo se comparte con las "
        "personas que necesitan saberlo para cuidar la seguridad de los estudiantes."
    ),
    questions="Si tienen preguntas, comuníquense con {lead}: {contact}. Con gusto "
    "hablaremos con ustedes.",
    questions_no_contact="Si tienen preguntas, llamen a la escuela y pidan hablar con "
    "{lead}. Con gusto hablaremos con ustedes.",
    closing="Atentamente,",
    signed_as="Coordinación del equipo de evaluación de amenazas",
)


_ES_TARGET = replace(
    _ES_PARENTS,
    title="Sobre la seguridad de {first} en la escuela",
    paragraphs=(
        "Les escribimos porque el equipo de evaluación de amenazas de nuestra escuela "
        "se enteró de una situación que podría afectar a {first}. Tomamos muy en serio "
        "cualquier preocupación de este tipo y queremos que sepan lo que estamos "
        "haciendo.",
        "Ya tomamos medidas para proteger a {first} en {school}, y el equipo está "
        "trabajando con todas las personas involucradas.",
        "La ley protege la información de cada estudiante. Por eso no podemos darles "
        "detalles sobre otros estudiantes ni sobre las medidas que la escuela toma con "
        "ellos. Siempre podemos hablar con ustedes sobre {first} y sobre cómo cuidamos "
        "su seguridad.",
    ),
    next_steps=(
        "Alguien del equipo se reunirá con ustedes para explicarles las medidas que "
        "estamos tomando y para escuchar cualquier preocupación que tengan.",
        "Avísennos enseguida si {first} ve u oye algo nuevo, en la escuela o en internet.",
        "Si alguien está en peligro ahora mismo, llamen al 911.",
    ),
    privacy=(
        "Lo que ustedes nos cuenten se mantiene en privado. Solo se comparte con las "
        "personas que necesitan saberlo para cuidar la seguridad de los estudiantes."
    ),
)


_ES_STAFF = replace(
    _ES_PARENTS,
    title="Apoyo para {first}",
    greeting_named="Estimado/a {name}:",
    greeting="Estimado/a colega:",
    paragraphs=(
        "El equipo de evaluación de amenazas de la escuela está trabajando con "
        "{first}, y usted es una de las personas adultas de {school} que pueden "
        "ayudar. Se trata de apoyar, no de castigar: por favor, trate a {first} como "
        "siempre.",
    ),
    next_heading="Lo que le pedimos",
    next_steps=(
        "Esté atento/a y avíseme el mismo día si algo le preocupa: palabras, "
        "publicaciones, dibujos o un cambio repentino de ánimo o de conducta.",
        "Si alguien está en peligro ahora mismo, llame al 911 y después avise a la oficina.",
        "Le avisaré si el equipo necesita algo más de usted.",
    ),
    privacy=(
        "Por favor, mantenga esta carta en privado. Contiene información sobre un "
        "estudiante y se la damos solo porque usted trabaja con {first}. No la "
        "comparta."
    ),
    questions=("Si tiene preguntas, puede comunicarse conmigo: {contact}. Gracias por su ayuda."),
    questions_no_contact="Si tiene preguntas, búsqueme en la escuela. Gracias por su ayuda.",
)


LETTERS: dict[str, dict[LetterKind, LetterWords]] = {
    "en": {
        LetterKind.PARENTS: _EN_PARENTS,
        LetterKind.TARGET_FAMILY: _EN_TARGET,
        LetterKind.STAFF: _EN_STAFF,
    },
    "es": {
        LetterKind.PARENTS: _ES_PARENTS,
        LetterKind.TARGET_FAMILY: _ES_TARGET,
        LetterKind.STAFF: _ES_STAFF,
    },
}
