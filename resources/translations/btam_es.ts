<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>No printer is chosen, and no printer is set up on this computer.</source>
        <extracomment>Pages are rendered as images for the printer; more than this many dots per inch only makes the print job bigger.</extracomment>
        <translation>No se eligió ninguna impresora, y no hay ninguna impresora configurada en esta computadora.</translation>
    </message>
    <message>
        <source>No printer is chosen.</source>
        <translation>No se eligió ninguna impresora.</translation>
    </message>
    <message>
        <source>There is no printer “%1” on this computer (any more).</source>
        <translation>Ya no hay ninguna impresora “%1” en esta computadora.</translation>
    </message>
    <message>
        <source>The printer “%1” reports an error.</source>
        <translation>La impresora “%1” informa de un error.</translation>
    </message>
    <message>
        <source>The printer could not be opened: nothing was sent.</source>
        <translation>No se pudo abrir la impresora: no se envió nada.</translation>
    </message>
    <message>
        <source>The printer reported an error while printing.</source>
        <translation>La impresora informó de un error al imprimir.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The print system did not take the job: %1.</source>
        <translation>El sistema de impresión no aceptó el trabajo: %1.</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 de %2)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Saved by %1 on %2</source>
        <translation>Guardado por %1 el %2</translation>
    </message>
    <message>
        <source>Assessment %1 — %2</source>
        <translation>Evaluación %1 — %2</translation>
    </message>
    <message>
        <source> (latest)</source>
        <translation> (la más reciente)</translation>
    </message>
    <message>
        <source>Level of concern:</source>
        <translation>Nivel de preocupación:</translation>
    </message>
    <message>
        <source>Assessed on %1</source>
        <translation>Evaluado el %1</translation>
    </message>
    <message>
        <source>Rationale: why the team reached this level</source>
        <translation>Fundamento: por qué el equipo llegó a este nivel</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Miembros presentes</translation>
    </message>
    <message>
        <source>Dissent by %1</source>
        <translation>Desacuerdo de %1</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Factores de riesgo</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Factores de protección</translation>
    </message>
    <message>
        <source>Requires next</source>
        <translation>Requiere después</translation>
    </message>
    <message>
        <source>Risk factors no intervention reduces yet</source>
        <translation>Factores de riesgo que ninguna intervención reduce todavía</translation>
    </message>
    <message>
        <source>Protective factors no intervention strengthens yet</source>
        <translation>Factores de protección que ninguna intervención refuerza todavía</translation>
    </message>
    <message>
        <source>Interventions to reassign</source>
        <translation>Intervenciones para reasignar</translation>
    </message>
    <message>
        <source> (left the team)</source>
        <translation> (ya no está en el equipo)</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisar antes del</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reduces</source>
        <translation>Reduce</translation>
    </message>
    <message>
        <source>Strengthens</source>
        <translation>Refuerza</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No plan saved yet. New plan… writes the first version.</source>
        <translation>Todavía no se ha guardado ningún plan. Plan nuevo… escribe la primera versión.</translation>
    </message>
    <message>
        <source>Support plan, version %1</source>
        <translation>Plan de apoyo, versión %1</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Not yet addressed</source>
        <translation>Aún sin atender</translation>
    </message>
    <message>
        <source>Not screened yet.</source>
        <translation>Todavía sin evaluación inicial.</translation>
    </message>
    <message>
        <source>Decided by %1 with %2 on %3</source>
        <translation>Decidido por %1 con %2 el %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>the %1</source>
        <extracomment>Fields people write, named as the case page names them (&quot;the summary&quot;).</extracomment>
        <translation>el campo %1</translation>
    </message>
    <message>
        <source>the</source>
        <translation>el</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>un antiguo miembro</translation>
    </message>
    <message>
        <source>%1&apos;s %2 replaced %3&apos;s</source>
        <translation>%2: la versión de %1 reemplazó la de %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Two versions of %1</source>
        <translation>Dos versiones: %1</translation>
    </message>
    <message>
        <source>%n versions of %1</source>
        <translation>%n versiones de %1</translation>
    </message>
    <message>
        <source>Two versions of the support plan were written from the same one</source>
        <translation>Dos versiones del plan de apoyo se escribieron a partir de la misma</translation>
    </message>
    <message>
        <source>Two versions of the assessment were written from the same one</source>
        <translation>Dos versiones de la evaluación se escribieron a partir de la misma</translation>
    </message>
    <message>
        <source>A record was deleted on one laptop and changed on another</source>
        <translation>Un registro se eliminó en una laptop y se cambió en otra</translation>
    </message>
    <message>
        <source>Case number %1 was given to two cases</source>
        <translation>El número de caso %1 se dio a dos casos</translation>
    </message>
    <message>
        <source>Changes made at once on two laptops</source>
        <translation>Cambios hechos a la vez en dos laptops</translation>
    </message>
    <message>
        <source>Case %1</source>
        <extracomment>A record of each table, as people name it.</extracomment>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>El equipo</translation>
    </message>
    <message>
        <source>%1: %2 changed to: %3</source>
        <translation>%1: %2 cambió a: %3</translation>
    </message>
    <message>
        <source>%1: a new %2: %3</source>
        <translation>%1: se agregó un registro (%2): %3</translation>
    </message>
    <message>
        <source>%1: a new %2</source>
        <translation>%1: se agregó un registro (%2)</translation>
    </message>
    <message>
        <source>%1: a %2 removed</source>
        <translation>%1: se quitó un registro (%2)</translation>
    </message>
    <message>
        <source>A change with nothing to apply (its record of who did what)</source>
        <translation>Un cambio sin nada que aplicar (su registro de quién hizo qué)</translation>
    </message>
    <message>
        <source>%1 (and %n more)</source>
        <translation>%1 (y %n más)</translation>
    </message>
    <message>
        <source>Urgent: in %1</source>
        <extracomment>The titles of the items the agenda builds without a case (the chair&apos;s own stay as typed).</extracomment>
        <translation>Urgente: en %1</translation>
    </message>
    <message>
        <source>New referral, received %1</source>
        <translation>Nueva remisión, recibida el %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Review due %1</source>
        <translation>Revisión pendiente para el %1</translation>
    </message>
    <message>
        <source>1 intervention</source>
        <translation>1 intervención</translation>
    </message>
    <message>
        <source>%1 interventions</source>
        <translation>%1 intervenciones</translation>
    </message>
    <message>
        <source>1 inquiry item</source>
        <translation>1 punto de indagación</translation>
    </message>
    <message>
        <source>%1 inquiry items</source>
        <translation>%1 puntos de indagación</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>Atrasado: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Still to notify: %1</source>
        <translation>Falta avisar a: %1</translation>
    </message>
    <message>
        <source>The last review proposed closing</source>
        <translation>La última revisión propuso cerrar el caso</translation>
    </message>
    <message>
        <source>%1 (no training recorded)</source>
        <translation>%1 (sin capacitación registrada)</translation>
    </message>
    <message>
        <source>%1 (lapsed %2)</source>
        <translation>%1 (venció el %2)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (vence el %2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source> — done %1</source>
        <translation> — hecho el %1</translation>
    </message>
    <message>
        <source>These minutes are approved and locked.</source>
        <translation>Esta acta está aprobada y cerrada.</translation>
    </message>
    <message>
        <source>Only the chair of the meeting approves its minutes.</source>
        <translation>Solo quien preside la reunión aprueba su acta.</translation>
    </message>
    <message>
        <source>Record who attended (Attendance tab) before approving the minutes.</source>
        <translation>Registre quién asistió (pestaña Asistencia) antes de aprobar el acta.</translation>
    </message>
    <message>
        <source>The meeting is on %1: its minutes can be approved from that day on.</source>
        <translation>La reunión es el %1: su acta se puede aprobar a partir de ese día.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>%1 (confidential identity)</source>
        <translation>%1 (identidad confidencial)</translation>
    </message>
    <message>
        <source>IMMINENT DANGER</source>
        <translation>PELIGRO INMINENTE</translation>
    </message>
    <message>
        <source>weapon</source>
        <translation>arma</translation>
    </message>
    <message>
        <source> · received by %1</source>
        <translation> · recibido por %1</translation>
    </message>
    <message>
        <source>A former member</source>
        <extracomment>The screening decisions as the timeline&apos;s sentences name them. A level of concern as the case&apos;s model names it, by (pack id, level id).</extracomment>
        <translation>Un antiguo miembro</translation>
    </message>
    <message>
        <source>opened the case as a referral</source>
        <translation>abrió el caso como remisión</translation>
    </message>
    <message>
        <source>moved the case from %1 to %2</source>
        <translation>pasó el caso de %1 a %2</translation>
    </message>
    <message>
        <source>reopened the case into %1</source>
        <translation>reabrió el caso en %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>cambió %1</translation>
    </message>
    <message>
        <source>an anonymous</source>
        <translation>un reporte anónimo</translation>
    </message>
    <message>
        <source>a confidential</source>
        <translation>un reporte confidencial</translation>
    </message>
    <message>
        <source>a</source>
        <translation>un reporte</translation>
    </message>
    <message>
        <source>took in %1 report (%2)</source>
        <translation>recibió %1 (%2)</translation>
    </message>
    <message>
        <source>, imminent danger</source>
        <translation>, peligro inminente</translation>
    </message>
    <message>
        <source>ended an open meeting task when the case closed</source>
        <translation>terminó una tarea de reunión abierta al cerrarse el caso</translation>
    </message>
    <message>
        <source>recorded the screening decision: %1</source>
        <translation>registró la decisión de la evaluación inicial: %1</translation>
    </message>
    <message>
        <source>attached evidence (%1, %2 KB)</source>
        <translation>adjuntó evidencia (%1, %2 KB)</translation>
    </message>
    <message>
        <source>added the inquiry checklist (%1 items)</source>
        <translation>agregó la lista de indagación (%1 puntos)</translation>
    </message>
    <message>
        <source>added a checklist item</source>
        <translation>agregó un punto a la lista</translation>
    </message>
    <message>
        <source>updated a checklist item (%1)</source>
        <translation>actualizó un punto de la lista (%1)</translation>
    </message>
    <message>
        <source>added interview notes (%1)</source>
        <translation>agregó notas de entrevista (%1)</translation>
    </message>
    <message>
        <source>recorded assessment %1: %2</source>
        <translation>registró la evaluación %1: %2</translation>
    </message>
    <message>
        <source>saved plan version %1</source>
        <translation>guardó la versión %1 del plan</translation>
    </message>
    <message>
        <source> (1 intervention)</source>
        <translation> (1 intervención)</translation>
    </message>
    <message>
        <source> (%1 interventions)</source>
        <translation> (%1 intervenciones)</translation>
    </message>
    <message>
        <source>logged a notification (%1)</source>
        <translation>registró una notificación (%1)</translation>
    </message>
    <message>
        <source>added a check-in (concern %1)</source>
        <translation>agregó un seguimiento (preocupación: %1)</translation>
    </message>
    <message>
        <source>recorded a review: %1</source>
        <translation>registró una revisión: %1</translation>
    </message>
    <message>
        <source>added a person (%1)</source>
        <translation>agregó a una persona (%1)</translation>
    </message>
    <message>
        <source>set the family&apos;s language for papers to %1</source>
        <translation>indicó el idioma de la familia para los documentos: %1</translation>
    </message>
    <message>
        <source>saved the program-evaluation fields</source>
        <translation>guardó los datos de evaluación del programa</translation>
    </message>
    <message>
        <source>suggested a referral to a community service</source>
        <translation>sugirió una remisión a un servicio de la comunidad</translation>
    </message>
    <message>
        <source>recorded a step of a referral to a service: %1</source>
        <translation>registró un paso de una remisión a un servicio: %1</translation>
    </message>
    <message>
        <source>recorded a decision at a team meeting</source>
        <translation>registró una decisión en una reunión del equipo</translation>
    </message>
    <message>
        <source>added an action at a team meeting</source>
        <translation>agregó una tarea en una reunión del equipo</translation>
    </message>
    <message>
        <source>put the case on legal hold</source>
        <translation>puso el caso bajo retención legal</translation>
    </message>
    <message>
        <source>lifted the legal hold</source>
        <translation>levantó la retención legal</translation>
    </message>
    <message>
        <source>kept the case past its retention date, to review on %1</source>
        <translation>conservó el caso después de su fecha de conservación, para revisarlo el %1</translation>
    </message>
    <message>
        <source>removed the level label under the retention rules</source>
        <translation>quitó la etiqueta de nivel según las reglas de conservación</translation>
    </message>
    <message>
        <source>sent a transfer packet to a receiving school</source>
        <translation>envió un paquete de traslado a una escuela receptora</translation>
    </message>
    <message>
        <source>, after the deadline</source>
        <translation>, después de la fecha límite</translation>
    </message>
    <message>
        <source>received the case from another school (transfer packet)</source>
        <translation>recibió el caso de otra escuela (paquete de traslado)</translation>
    </message>
    <message>
        <source>marked the case: risk of harm to self identified</source>
        <translation>marcó el caso: riesgo de hacerse daño identificado</translation>
    </message>
    <message>
        <source>removed the harm-to-self mark (the reason is on the Harm to self tab)</source>
        <translation>quitó la marca de riesgo de hacerse daño (el motivo está en la pestaña Riesgo de hacerse daño)</translation>
    </message>
    <message>
        <source>recorded a step of the suicide-risk protocol</source>
        <translation>registró un paso del protocolo ante el riesgo de suicidio</translation>
    </message>
    <message>
        <source>saved the safety plan</source>
        <translation>guardó el plan de seguridad</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> para %1</translation>
    </message>
    <message>
        <source>, to someone outside the team</source>
        <translation>, para alguien fuera del equipo</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>As %1 sent it (their case %2), read-only. Your team&apos;s own work on this case is on the other tabs.</source>
        <translation>Tal como lo envió %1 (caso %2 de esa escuela), solo lectura. El trabajo de su equipo en este caso está en las otras pestañas.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP o plan 504</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Their case</source>
        <translation>El caso en la otra escuela</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Level of concern</source>
        <translation>Nivel de preocupación</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Referrals (%1)</source>
        <translation>Remisiones (%1)</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>reportado por %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Reporte %1</translation>
    </message>
    <message>
        <source>a weapon</source>
        <translation>un arma</translation>
    </message>
    <message>
        <source>imminent</source>
        <translation>inminente</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Se reportó</translation>
    </message>
    <message>
        <source>Words as reported</source>
        <translation>Palabras tal como se reportaron</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Emergency actions</source>
        <translation>Medidas de emergencia</translation>
    </message>
    <message>
        <source>Prior concerns</source>
        <translation>Preocupaciones previas</translation>
    </message>
    <message>
        <source>Assessments (%1)</source>
        <translation>Evaluaciones (%1)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Plan, version %1</source>
        <translation>Plan, versión %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>Revisiones (%1)</translation>
    </message>
    <message>
        <source>Not sent (a receiving school&apos;s copy leaves them out): %1.</source>
        <translation>Lo que no se envió (la copia para una escuela receptora lo deja fuera): %1.</translation>
    </message>
    <message>
        <source>no agreement recorded</source>
        <translation>no hay acuerdo registrado</translation>
    </message>
    <message>
        <source>agreement starts on %1</source>
        <translation>el acuerdo empieza el %1</translation>
    </message>
    <message>
        <source>agreement expired on %1</source>
        <translation>el acuerdo venció el %1</translation>
    </message>
    <message>
        <source>agreement expires on %1</source>
        <translation>el acuerdo vence el %1</translation>
    </message>
    <message>
        <source>Agreement, no end date</source>
        <translation>Acuerdo sin fecha de fin</translation>
    </message>
    <message>
        <source>Agreement until %1</source>
        <translation>Acuerdo hasta el %1</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Sin acuerdo</translation>
    </message>
    <message>
        <source>Agreement starts %1</source>
        <translation>El acuerdo empieza el %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Venció el %1</translation>
    </message>
    <message>
        <source>Agreement until %1 (ends soon)</source>
        <translation>Acuerdo hasta el %1 (vence pronto)</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action item for %1</source>
        <translation>Tarea de la reunión para %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>(choose who)</source>
        <translation>(elija a alguien)</translation>
    </message>
    <message>
        <source>&amp;Becomes:</source>
        <translation>&amp;Se convierte en:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>Q&amp;ué:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Vence:</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a team member</source>
        <translation>Agregar un miembro del equipo</translation>
    </message>
    <message>
        <source>The new member types their own passphrase here, on this computer.</source>
        <translation>El nuevo miembro escribe aquí su propia frase de contraseña, en esta computadora.</translation>
    </message>
    <message>
        <source>Team &amp;lead (may add and remove members)</source>
        <translation>&amp;Coordinador/a del equipo (puede agregar y quitar miembros)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Addendum to approved minutes</source>
        <translation>Adenda al acta aprobada</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>&amp;Corrección:</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Add an agenda item</source>
        <translation>Agregar un punto a la agenda</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>For example: spring training dates</source>
        <translation>Por ejemplo: fechas de la capacitación de primavera</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Punto:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment %1 — %2</source>
        <translation>Evaluación %1 — %2</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Miembros presentes</translation>
    </message>
    <message>
        <source>(no dissent)</source>
        <translation>(sin desacuerdo)</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Factores de riesgo</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Factores de protección</translation>
    </message>
    <message>
        <source>Others not listed, separated by ;</source>
        <translation>Otros que no están en la lista, separados por ;</translation>
    </message>
    <message>
        <source>&amp;Level of concern *</source>
        <translation>&amp;Nivel de preocupación *</translation>
    </message>
    <message>
        <source>&amp;Rationale: why the team reached this level *</source>
        <translation>&amp;Fundamento: por qué el equipo llegó a este nivel *</translation>
    </message>
    <message>
        <source>Members &amp;present *</source>
        <translation>Miembros &amp;presentes *</translation>
    </message>
    <message>
        <source>&amp;Dissent by</source>
        <translation>&amp;Desacuerdo de</translation>
    </message>
    <message>
        <source>Their &amp;view</source>
        <translation>Su &amp;versión</translation>
    </message>
    <message>
        <source>Ris&amp;k factors</source>
        <translation>Factores de ries&amp;go</translation>
    </message>
    <message>
        <source>Other risk factors</source>
        <translation>Otros factores de riesgo</translation>
    </message>
    <message>
        <source>Pro&amp;tective factors</source>
        <translation>Factores de pro&amp;tección</translation>
    </message>
    <message>
        <source>Other protective factors</source>
        <translation>Otros factores de protección</translation>
    </message>
    <message>
        <source>Risk of harm to s&amp;elf identified (the school&apos;s suicide-risk protocol follows)</source>
        <extracomment>Ticked: the case is marked &quot;risk of harm to self identified&quot; once this is saved.</extracomment>
        <translation>Se identificó riesgo de &amp;hacerse daño (se sigue el protocolo de la escuela ante el riesgo de suicidio)</translation>
    </message>
    <message>
        <source>Assessment form</source>
        <translation>Formulario de evaluación</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Guardar evaluación</translation>
    </message>
    <message numerus="yes">
        <source>Review every %n day(s).</source>
        <translation>
            <numerusform>Revisar cada %n día.</numerusform>
            <numerusform>Revisar cada %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requires next</source>
        <translation>Requiere después</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>Assessment version</source>
        <translation>Versión de la evaluación</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>Under another &amp;model…</source>
        <translation>Con otro &amp;modelo…</translation>
    </message>
    <message>
        <source>Assess this case under a second model; the team&apos;s model stays as it is.</source>
        <translation>Evaluar este caso con un segundo modelo; el modelo del equipo no cambia.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source> (latest)</source>
        <translation> (la más reciente)</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;Nueva versión…</translation>
    </message>
    <message>
        <source>No assessment yet. New assessment… opens the form of the case&apos;s model.</source>
        <translation>Todavía no hay evaluación. Nueva evaluación… abre el formulario del modelo del caso.</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Others present, e.g. a teacher who knows the student</source>
        <translation>Otros presentes, p. ej. un maestro que conoce al estudiante</translation>
    </message>
    <message>
        <source>Partners from outside agencies:</source>
        <translation>Colaboradores de agencias externas:</translation>
    </message>
    <message>
        <source>Partners present</source>
        <translation>Colaboradores presentes</translation>
    </message>
    <message>
        <source>Partner agreements</source>
        <translation>Acuerdos con colaboradores</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>&amp;Guardar asistencia</translation>
    </message>
    <message>
        <source>Who is here:</source>
        <translation>Quién está aquí:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Invitados:</translation>
    </message>
    <message>
        <source>Quorum: </source>
        <translation>Quórum: </translation>
    </message>
    <message>
        <source>⚠ %1: %2. Partners take part only under a current agreement.</source>
        <translation>⚠ %1: %2. Los colaboradores solo participan con un acuerdo vigente.</translation>
    </message>
    <message>
        <source>Note: %1: %2.</source>
        <translation>Nota: %1: %2.</translation>
    </message>
    <message>
        <source>Partner without a current agreement</source>
        <translation>Colaborador/a sin acuerdo vigente</translation>
    </message>
    <message>
        <source>Record %1 as present without a current agreement? Partners from outside agencies see student records only under a written agreement with the school (the records stay under its control and are not disclosed further); the minutes will show that it was missing.</source>
        <translation>¿Registrar a %1 como presente sin un acuerdo vigente? Los colaboradores de agencias externas solo ven expedientes de estudiantes con un acuerdo por escrito con la escuela (los expedientes siguen bajo el control de la escuela y no se divulgan a nadie más); el acta mostrará que faltaba el acuerdo.</translation>
    </message>
    <message>
        <source>Record as present</source>
        <translation>Registrar como presente</translation>
    </message>
</context>
<context>
    <name>AudienceFields</name>
    <message>
        <source>This copy goes &amp;outside the team</source>
        <translation>Esta copia sale &amp;fuera del equipo</translation>
    </message>
    <message>
        <source>Who receives it (person and organization)</source>
        <translation>Quién lo recibe (persona y organización)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>School official with a legitimate educational interest</source>
        <translation>Funcionario/a escolar con un interés educativo legítimo</translation>
    </message>
    <message>
        <source>Health or safety emergency</source>
        <translation>Emergencia de salud o seguridad</translation>
    </message>
    <message>
        <source>Subpoena or court order</source>
        <translation>Citación u orden judicial</translation>
    </message>
    <message>
        <source>Parent or guardian, or the eligible student</source>
        <translation>Padre, madre o tutor, o el estudiante con derecho propio</translation>
    </message>
    <message>
        <source>A school the student is moving to</source>
        <translation>Una escuela a la que se cambia el estudiante</translation>
    </message>
    <message>
        <source>Written consent of the parent or eligible student</source>
        <translation>Consentimiento por escrito del padre, madre o tutor, o del estudiante con derecho propio</translation>
    </message>
    <message>
        <source>Other lawful basis (say which)</source>
        <translation>Otra base legal (indique cuál)</translation>
    </message>
    <message>
        <source>Interest or purpose</source>
        <translation>Interés o propósito</translation>
    </message>
    <message>
        <source>The threat</source>
        <translation>La amenaza</translation>
    </message>
    <message>
        <source>The articulable and significant threat to the health or safety of the student or others: what was said or done, and why it could not wait.</source>
        <translation>La amenaza concreta e importante para la salud o la seguridad del estudiante o de otras personas: qué se dijo o se hizo, y por qué no podía esperar.</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Base legal:</translation>
    </message>
    <message>
        <source>&amp;Interest or purpose:</source>
        <translation>&amp;Interés o propósito:</translation>
    </message>
    <message>
        <source>&amp;Threat:</source>
        <translation>&amp;Amenaza:</translation>
    </message>
    <message>
        <source>Needed: the lawful basis, in words</source>
        <translation>Se necesita: la base legal, en palabras</translation>
    </message>
    <message>
        <source>Optional: why they need it, or the order&apos;s number</source>
        <translation>Opcional: por qué la necesitan, o el número de la orden</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>BTAM meeting agenda</source>
        <extracomment>Type scale for the projector (1.25-1.5 per the conventions): readable from the back row. The window height SCALE is meant for (a 1280x720 projector); taller screens scale up to MAX_GROWTH times that, so a 1920x1080 wall shows letters half as large again. One line of the agenda list: its text, and the index of its agenda item (None: a section&apos;s heading, which cannot be chosen).</extracomment>
        <translation>Agenda de la reunión de BTAM</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AwarenessPane</name>
    <message>
        <source>Coverage this school year</source>
        <translation>Cobertura en este ciclo escolar</translation>
    </message>
    <message>
        <source>Result of the last import</source>
        <translation>Resultado de la última importación</translation>
    </message>
    <message>
        <source>Awareness sessions</source>
        <translation>Sesiones de concientización</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Dirigida por</translation>
    </message>
    <message>
        <source>Topic and format</source>
        <translation>Tema y formato</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Record a sessi&amp;on…</source>
        <translation>Registrar una s&amp;esión…</translation>
    </message>
    <message>
        <source>C&amp;hange session…</source>
        <translation>Cambiar la sesi&amp;ón…</translation>
    </message>
    <message>
        <source>Print sign-&amp;in sheet…</source>
        <translation>Imprimir hoja de &amp;asistencia…</translation>
    </message>
    <message>
        <source>Remove session…</source>
        <translation>Quitar sesión…</translation>
    </message>
    <message>
        <source>Not yet trained</source>
        <translation>Todavía sin capacitación</translation>
    </message>
    <message>
        <source>Staff not yet trained this school year</source>
        <translation>Personal todavía sin capacitación en este ciclo escolar</translation>
    </message>
    <message>
        <source>Print co&amp;verage…</source>
        <translation>Imprimir co&amp;bertura…</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>Lista del personal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>At the school</source>
        <translation>En la escuela</translation>
    </message>
    <message>
        <source>A&amp;dd someone…</source>
        <translation>A&amp;gregar a alguien…</translation>
    </message>
    <message>
        <source>Import names from &amp;CSV…</source>
        <translation>Importar nombres de &amp;CSV…</translation>
    </message>
    <message>
        <source>Chan&amp;ge details…</source>
        <translation>Cambiar &amp;datos…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No staff list yet: import one from a CSV file or add people.</source>
        <translation>Todavía no hay lista del personal: impórtela de un archivo CSV o agregue personas.</translation>
    </message>
    <message>
        <source>%1 of %2 staff this school year (%3)</source>
        <translation>%1 de %2 miembros del personal en este ciclo escolar (%3)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Left (marked %1)</source>
        <translation>Ya no está (se marcó el %1)</translation>
    </message>
    <message>
        <source>Not yet trained this school year (%1)</source>
        <translation>Todavía sin capacitación en este ciclo escolar (%1)</translation>
    </message>
    <message>
        <source>Remove the session</source>
        <translation>Quitar la sesión</translation>
    </message>
    <message>
        <source>Remove the session %1? Its attendance goes with it: the people who attended only this one count as not yet trained.</source>
        <translation>¿Quitar la sesión %1? Su asistencia se quita con ella: quienes solo asistieron a esta cuentan como todavía sin capacitación.</translation>
    </message>
    <message>
        <source>Import staff names</source>
        <translation>Importar nombres del personal</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: added %2 to the staff list.</source>
        <translation>%1: nombres agregados a la lista del personal: %2.</translation>
    </message>
    <message>
        <source>%1 already on the list.</source>
        <translation>Ya estaban en la lista: %1.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the case file</source>
        <translation>Hacer una copia de seguridad del archivo de casos</translation>
    </message>
    <message>
        <source>BTAM Desktop writes an encrypted copy of the whole case file into a new folder in the folder you choose, then opens the copy and checks it. The same passphrases open it, and nothing in it is readable without one. Keep a copy away from this computer, locked up like paper records.</source>
        <translation>BTAM Desktop escribe una copia cifrada de todo el archivo de casos en una carpeta nueva dentro de la carpeta que usted elija; luego abre la copia y la revisa. Las mismas frases de contraseña la abren, y nada de ella se puede leer sin una. Guarde una copia lejos de esta computadora, bajo llave como los expedientes en papel.</translation>
    </message>
    <message>
        <source>Save the copy &amp;in:</source>
        <translation>Guardar la copia &amp;en:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the folder for the copy.</source>
        <translation>Elija la carpeta para la copia.</translation>
    </message>
    <message>
        <source>Step 1 of 2: writing the encrypted copy…</source>
        <translation>Paso 1 de 2: escribiendo la copia cifrada…</translation>
    </message>
    <message>
        <source>BTAM Desktop is still saving. Try again in a moment.</source>
        <translation>BTAM Desktop todavía está guardando. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Step 2 of 2: opening the copy and checking it…
%1</source>
        <translation>Paso 2 de 2: abriendo la copia y revisándola…
%1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: opens, %n cases, check clean.</source>
        <translation>
            <numerusform>Copia verificada: se abre, %n caso, revisión sin problemas.</numerusform>
            <numerusform>Copia verificada: se abre, %n casos, revisión sin problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was written and opens, but its check found problems:
%1
%2
Do not rely on this copy. Check the case file itself (btam-desktop check) and back up again.</source>
        <translation>La copia se escribió y se abre, pero su revisión encontró problemas:
%1
%2
No confíe en esta copia. Revise el archivo de casos (btam-desktop check) y vuelva a hacer una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Case closed</source>
        <translation>Caso cerrado</translation>
    </message>
    <message>
        <source>The case is closed. These open tasks ended with it:</source>
        <translation>El caso está cerrado. Estas tareas abiertas terminaron con él:</translation>
    </message>
</context>
<context>
    <name>CaseFileFlow</name>
    <message>
        <source>Open a case file (a folder ending in .btam)</source>
        <extracomment>Errors after which the file itself needs attention: offer a backup. Status-bar text asking for a backup (&quot;&quot; when the last verified one is recent enough). Whether the member signed in leads the team (False while locked): lead-only commands. Milliseconds that replace the team&apos;s idle minutes when set. Only code can set it (the tests set a short one); nothing a user can edit, such as the settings file, reaches it, so the team&apos;s auto-lock cannot be lengthened from outside the case file.</extracomment>
        <translation>Abrir un archivo de casos (una carpeta que termina en .btam)</translation>
    </message>
    <message>
        <source>BTAM Desktop is still saving. Try again in a moment.</source>
        <translation>BTAM Desktop todavía está guardando. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Signed in as %1 · unlocked</source>
        <translation>Sesión de %1 · desbloqueado</translation>
    </message>
    <message>
        <source>This case file has no verified backup yet.</source>
        <translation>Este archivo de casos todavía no tiene una copia de seguridad verificada.</translation>
    </message>
    <message numerus="yes">
        <source>The team asks for one every %n days.</source>
        <translation>
            <numerusform>El equipo pide una cada %n día.</numerusform>
            <numerusform>El equipo pide una cada %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team asks for one every day.</source>
        <translation>El equipo pide una cada día.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %n days ago.</source>
        <translation>
            <numerusform>Última copia de seguridad verificada: hace %n día.</numerusform>
            <numerusform>Última copia de seguridad verificada: hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a new passphrase. Unlock with it now, and put the recovery kit back in the safe.</source>
        <translation>%1 tiene una nueva frase de contraseña. Desbloquee con ella ahora y vuelva a guardar el kit de recuperación en la caja fuerte.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restored from %1. The case file as it was is kept as %2. Unlock with the passphrase you had when the backup was made.</source>
        <translation>Restaurado desde %1. El archivo de casos como estaba se guarda como %2. Desbloquee con la frase de contraseña que tenía cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>Type your passphrase first, then choose the backup to restore.</source>
        <translation>Escriba primero su frase de contraseña y luego elija la copia que quiere restaurar.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>BTAM Desktop</source>
        <translation>BTAM Desktop</translation>
    </message>
</context>
<context>
    <name>CaseListScreen</name>
    <message>
        <source>Search case number, names or notes  (Ctrl+F)</source>
        <extracomment>Rows asked for first on unlock (more than a screen holds): on a large file they are on screen in a fraction of the time the whole list takes, which follows.</extracomment>
        <translation>Buscar por número de caso, nombres o notas  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Filter by level of concern</source>
        <translation>Filtrar por nivel de preocupación</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Filter by case manager</source>
        <translation>Filtrar por responsable del caso</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Revisión atrasada</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Número de casos que se muestran</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · atrasada</translation>
    </message>
    <message>
        <source>No cases yet. A case starts with a report of concerning behavior.</source>
        <translation>Todavía no hay casos. Un caso empieza con un reporte de una conducta preocupante.</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Nueva &amp;remisión…</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nueva remisión</translation>
    </message>
    <message>
        <source>S&amp;tudent&apos;s record…</source>
        <translation>Expe&amp;diente del estudiante…</translation>
    </message>
    <message>
        <source>All case managers</source>
        <translation>Todas las personas responsables de caso</translation>
    </message>
    <message>
        <source>%1 cases shown; loading the rest…</source>
        <translation>Se muestran %1 casos; cargando el resto…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 de %2 casos</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>← All cases</source>
        <extracomment>How the people of a case are named in its table (translated where shown). The case, its guardian and the language the family reads (&quot;&quot; for not said). The fields as the last Save sent them: a reload after it shows what was stored. The stored summary the person&apos;s editing started from (&quot;what the editor saw&quot;): a save replaces only that version, so one another laptop delivered meanwhile is kept beside it (a conflict the team resolves), never overwritten unseen.</extracomment>
        <translation>← Todos los casos</translation>
    </message>
    <message>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Volver a la lista de casos (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Mover a…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Impri&amp;mir…</translation>
    </message>
    <message>
        <source>Case &amp;summary…</source>
        <translation>&amp;Resumen del caso…</translation>
    </message>
    <message>
        <source>Intervention &amp;plan…</source>
        <translation>&amp;Plan de intervención…</translation>
    </message>
    <message>
        <source>Plan for &amp;parents and student…</source>
        <translation>Plan para la &amp;familia y el estudiante…</translation>
    </message>
    <message>
        <source>Record of &amp;disclosures (the student)…</source>
        <translation>Registro de &amp;divulgaciones (el estudiante)…</translation>
    </message>
    <message>
        <source>&amp;Inspection copy for the family (the student)…</source>
        <translation>&amp;Copia para revisión de la familia (el estudiante)…</translation>
    </message>
    <message>
        <source>&amp;Transfer packet (new school)…</source>
        <translation>Paquete de &amp;traslado (nueva escuela)…</translation>
    </message>
    <message>
        <source>S&amp;tudent&apos;s record…</source>
        <translation>Expe&amp;diente del estudiante…</translation>
    </message>
    <message>
        <source>Every case and record of this student (Ctrl+Shift+R)</source>
        <translation>Todos los casos y registros de este estudiante (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Program &amp;evaluation…</source>
        <translation>E&amp;valuación del programa…</translation>
    </message>
    <message>
        <source>The student&apos;s groups and the case&apos;s outcomes, for program evaluation only</source>
        <translation>Los grupos del estudiante y los resultados del caso, solo para la evaluación del programa</translation>
    </message>
    <message>
        <source>No review date</source>
        <translation>Sin fecha de revisión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>People in this case</source>
        <translation>Personas en este caso</translation>
    </message>
    <message>
        <source>Language the family reads</source>
        <extracomment>The guardian&apos;s language: the family&apos;s papers print in it (saved when chosen).</extracomment>
        <translation>Idioma que lee la familia</translation>
    </message>
    <message>
        <source>Not said (English)</source>
        <translation>Sin indicar (inglés)</translation>
    </message>
    <message>
        <source>The family&apos;s plan and the letter to the family print in this language; you can still choose another when you print.</source>
        <translation>El plan para la familia y la carta a la familia se imprimen en este idioma; puede elegir otro al imprimir.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>About your last save</source>
        <extracomment>What the last save should tell the person (both versions kept), until the next.</extracomment>
        <translation>Sobre lo último que guardó</translation>
    </message>
    <message>
        <source>What was reported (&amp;summary):</source>
        <translation>Qué se reportó (&amp;resumen):</translation>
    </message>
    <message>
        <source>&amp;Level of concern:</source>
        <translation>&amp;Nivel de preocupación:</translation>
    </message>
    <message>
        <source>Case &amp;manager:</source>
        <translation>&amp;Responsable del caso:</translation>
    </message>
    <message>
        <source>Next &amp;review:</source>
        <translation>Próxima &amp;revisión:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personas:</translation>
    </message>
    <message>
        <source>Family&apos;s lan&amp;guage:</source>
        <translation>&amp;Idioma de la familia:</translation>
    </message>
    <message>
        <source>Case stages</source>
        <extracomment>What another school sent (a case received with a transfer packet); a tab only then.</extracomment>
        <translation>Etapas del caso</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Indagación</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Harm to self</source>
        <translation>Riesgo de hacerse daño</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Printed &amp;&amp; shared</source>
        <translation>Impresos y compartidos</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Two versions of a field of this case wait for a person (Review… resolves them).</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Student&apos;s record</source>
        <translation>Expediente del estudiante</translation>
    </message>
    <message>
        <source>URGENT  </source>
        <translation>URGENTE  </translation>
    </message>
    <message>
        <source>Status: %1   ·   Level of concern: %2   ·   Case manager: %3   ·   Opened %4</source>
        <translation>Estado: %1   ·   Nivel de preocupación: %2   ·   Responsable del caso: %3   ·   Abierto el %4</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>None: the team leads are asked to choose</source>
        <translation>Ninguno: se pide a los coordinadores del equipo que elijan</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>un antiguo miembro</translation>
    </message>
    <message>
        <source>%1 (left the team)</source>
        <translation>%1 (ya no está en el equipo)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case</source>
        <extracomment>Where a case with no next review sorts: after every date, as `date.max` did. Cases with versions waiting for a person (To review): marked in the Priority column.</extracomment>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Responsable del caso</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Level of concern (the latest assessment)</source>
        <translation>Nivel de preocupación (la evaluación más reciente)</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>Caso %1 · %2</translation>
    </message>
    <message>
        <source>Urgent: imminent danger was reported at intake.</source>
        <translation>Urgente: en la recepción se reportó un peligro inminente.</translation>
    </message>
    <message>
        <source>To review: two versions of something in it wait for a person.</source>
        <translation>Por revisar: dos versiones de algo que contiene esperan a una persona.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Level of concern: %1</source>
        <translation>Nivel de preocupación: %1</translation>
    </message>
    <message>
        <source>Next review: none set</source>
        <translation>Próxima revisión: sin fecha</translation>
    </message>
    <message numerus="yes">
        <source>Next review: %1, overdue by %n day(s)</source>
        <translation>
            <numerusform>Próxima revisión: %1, atrasada por %n día</numerusform>
            <numerusform>Próxima revisión: %1, atrasada por %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Próxima revisión: %1</translation>
    </message>
    <message>
        <source>Case manager: %1</source>
        <translation>Responsable del caso: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Última actividad: %1</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · atrasada</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>Import referrals</source>
        <extracomment>A referral was saved (from any area, with Ctrl+N): the case it went to is shown. Other staff and outside providers on the team&apos;s list (plans and check-ins name them). Open conflicts of the case file (ui/sync_status.py reads them). The Plan tab&apos;s dialogs and Program evaluation… (ui/screens/cases/case_actions.py).</extracomment>
        <translation>Importar remisiones</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>Assess under another model</source>
        <translation>Evaluar con otro modelo</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Adjuntar evidencia</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); nothing was attached.</source>
        <translation>No se puede leer %1 (%2); no se adjuntó nada.</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Reabrir el caso</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <source>Why? (kept in the case record)</source>
        <translation>¿Por qué? (se guarda en el expediente del caso)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambiar su frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Held &amp;by:</source>
        <translation>&amp;Hecho por:</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>Cuá&amp;ndo:</translation>
    </message>
    <message>
        <source>&amp;Observations:</source>
        <translation>&amp;Observaciones:</translation>
    </message>
    <message>
        <source>&amp;Trend:</source>
        <translation>&amp;Tendencia:</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <source>only if interventions are still open</source>
        <extracomment>The items as stored (English): each box shows its item in the window&apos;s language.</extracomment>
        <translation>solo si todavía hay intervenciones abiertas</translation>
    </message>
    <message>
        <source>Closing &amp;summary:</source>
        <translation>Re&amp;sumen del cierre:</translation>
    </message>
    <message>
        <source>&amp;Who watches for renewed concern:</source>
        <translation>&amp;Quién vigila si vuelve la preocupación:</translation>
    </message>
    <message>
        <source>&amp;Reason to close anyway:</source>
        <translation>&amp;Motivo para cerrarlo de todos modos:</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Versions to review</source>
        <extracomment>Review… on the conflict shown (a ConflictReview).</extracomment>
        <translation>Versiones por revisar</translation>
    </message>
    <message>
        <source>Revie&amp;w…</source>
        <translation>Re&amp;visar…</translation>
    </message>
    <message>
        <source>Compare the versions and choose (Alt+W)</source>
        <translation>Comparar las versiones y elegir (Alt+W)</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more to review)</source>
        <translation>
            <numerusform> (y %n más por revisar)</numerusform>
            <numerusform> (y %n más por revisar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>BTAM Desktop is still saving a change. Try again in a moment.</source>
        <translation>BTAM Desktop todavía está guardando un cambio. Vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <source>Add someone outside the team</source>
        <translation>Agregar a alguien de fuera del equipo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>For example: basketball coach, family therapist</source>
        <translation>Por ejemplo: entrenador de básquetbol, terapeuta familiar</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Agreement si&amp;gned on:</source>
        <translation>Acuerdo &amp;firmado el:</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Acuerdo firmado el</translation>
    </message>
    <message>
        <source>Agreement e&amp;xpires on:</source>
        <translation>El acuerdo &amp;vence el:</translation>
    </message>
    <message>
        <source>Agreement expires on</source>
        <translation>El acuerdo vence el</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Other staff, outside providers and partners</source>
        <translation>Otro personal, proveedores externos y colaboradores</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>People who are not on the team but whom plans, check-ins and notifications name: other school staff (a coach, the nurse) and outside providers; and the team&apos;s partners from outside agencies, who attend meetings under a written agreement. They have no passphrase and never open the case file.</source>
        <translation>Personas que no son del equipo pero que aparecen en planes, seguimientos y notificaciones: otro personal de la escuela (un entrenador, la enfermera) y proveedores externos; y los colaboradores del equipo de agencias externas, que asisten a las reuniones con un acuerdo por escrito. No tienen frase de contraseña y nunca abren el archivo de casos.</translation>
    </message>
    <message>
        <source>A&amp;dd someone…</source>
        <translation>A&amp;gregar a alguien…</translation>
    </message>
    <message>
        <source>Ch&amp;ange details…</source>
        <translation>Cam&amp;biar datos…</translation>
    </message>
    <message>
        <source>Take off the &amp;list…</source>
        <translation>Quitar de la &amp;lista…</translation>
    </message>
    <message>
        <source>Take %1 off the list</source>
        <translation>Quitar a %1 de la lista</translation>
    </message>
    <message>
        <source>Take %1 off the list? Plans and check-ins that name them keep their name; they are no longer offered for new ones.</source>
        <translation>¿Quitar a %1 de la lista? Los planes y seguimientos que lo nombran conservan su nombre; ya no se ofrece para nuevos.</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Quitar de la lista</translation>
    </message>
</context>
<context>
    <name>CreateCaseFileDialog</name>
    <message>
        <source>New case file</source>
        <translation>Nuevo archivo de casos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>The school</source>
        <translation>La escuela</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Escuela:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <source>You, the first team lead</source>
        <translation>Usted, el primer coordinador/a del equipo</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your r&amp;ole:</source>
        <translation>Su &amp;función:</translation>
    </message>
    <message>
        <source>The case file</source>
        <translation>El archivo de casos</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Save the case file as</source>
        <translation>Guardar el archivo de casos como</translation>
    </message>
    <message>
        <source>Case files (*.btam)</source>
        <translation>Archivos de casos (*.btam)</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on %1</source>
        <translation>Decisión sobre %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Fundamento:</translation>
    </message>
    <message>
        <source>D&amp;issent (who, and why):</source>
        <translation>Desa&amp;cuerdo (quién y por qué):</translation>
    </message>
</context>
<context>
    <name>DemoPassphraseDialog</name>
    <message>
        <source>Demo case file</source>
        <translation>Archivo de casos de demostración</translation>
    </message>
    <message>
        <source>The demo case file holds fictional people only. Choose a passphrase: every one of the six fictional team members gets it, so you can sign in as any of them.</source>
        <translation>El archivo de casos de demostración solo tiene personas ficticias. Elija una frase de contraseña: cada uno de los seis miembros ficticios del equipo la recibe, así que puede entrar como cualquiera de ellos.</translation>
    </message>
    <message>
        <source>Create the demo</source>
        <translation>Crear la demostración</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy case %1</source>
        <translation>Destruir el caso %1</translation>
    </message>
    <message>
        <source>Destroy %1 for good: the case and everything recorded under it (people, reports, screening, inquiry, attachments, assessments, plans, notifications, check-ins, reviews, meeting items about it, its record of disclosures) are removed from this case file, and from the team&apos;s other laptops when they sync. This cannot be undone.

The team history keeps one line: that the case was destroyed, when, by whom and under which rule.

Backups and exports made before today still hold the case: destroy them or lock them away as the guide says.</source>
        <translation>¿Destruir %1 para siempre? El caso y todo lo registrado en él (personas, reportes, evaluación inicial, indagación, archivos adjuntos, evaluaciones, planes, notificaciones, seguimientos, revisiones, puntos de reuniones sobre él, su registro de divulgaciones) se eliminan de este archivo de casos, y de las otras laptops del equipo cuando sincronicen. No se puede deshacer.

El historial del equipo guarda una línea: que el caso se destruyó, cuándo, quién lo hizo y según qué regla.

Las copias de seguridad y exportaciones hechas antes de hoy todavía contienen el caso: destrúyalas o guárdelas bajo llave como indica la guía.</translation>
    </message>
    <message>
        <source>Case number, typed to confirm</source>
        <translation>Número de caso, escrito para confirmar</translation>
    </message>
    <message>
        <source>&amp;Type the case number to confirm:</source>
        <translation>&amp;Escriba el número del caso para confirmar:</translation>
    </message>
</context>
<context>
    <name>DisclosureLog</name>
    <message>
        <source>Disclosure log: printed and saved documents</source>
        <translation>Registro de divulgaciones: documentos impresos y guardados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <source>Interest, or the threat</source>
        <translation>Interés, o la amenaza</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (cifrado)</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> para %1</translation>
    </message>
    <message>
        <source>A former member</source>
        <translation>Un antiguo miembro</translation>
    </message>
    <message>
        <source>Within the team</source>
        <translation>Dentro del equipo</translation>
    </message>
    <message>
        <source>Threat: %1</source>
        <translation>Amenaza: %1</translation>
    </message>
    <message>
        <source>Document id %1</source>
        <translation>Documento núm. %1</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Enrollment %1</source>
        <extracomment>Enough for any school; the domain checks the groups against the total.</extracomment>
        <translation>Matrícula %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Total enrollment</source>
        <translation>Matrícula total</translation>
    </message>
    <message>
        <source>&amp;Total enrollment:</source>
        <translation>Matrícula &amp;total:</translation>
    </message>
    <message>
        <source>Race/ethnicity</source>
        <translation>Raza/etnia</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>Otros grupos</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP o plan 504</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Estudiante de inglés</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>For program evaluation</source>
        <translation>Para la evaluación del programa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>For program evaluation only: counted on the Statistics screen, where small counts are hidden, and never printed on a case document. Leave anything not known as “Not recorded”.</source>
        <translation>Solo para la evaluación del programa: se cuenta en la pantalla Estadísticas, donde los conteos pequeños quedan ocultos, y nunca se imprime en un documento del caso. Deje lo que no se sepa como “Sin registrar”.</translation>
    </message>
    <message>
        <source>For program evaluation: the student</source>
        <translation>Para la evaluación del programa: el estudiante</translation>
    </message>
    <message>
        <source>&amp;Hispanic or Latino:</source>
        <translation>&amp;Hispano o latino:</translation>
    </message>
    <message>
        <source>Race (one or more):</source>
        <translation>Raza (una o más):</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>&amp;Disability category (IEP):</source>
        <translation>Categoría de &amp;discapacidad (IEP):</translation>
    </message>
    <message>
        <source>English &amp;learner:</source>
        <translation>Estudiante de &amp;inglés:</translation>
    </message>
    <message>
        <source>For program evaluation: what came of the case</source>
        <translation>Para la evaluación del programa: el resultado del caso</translation>
    </message>
    <message>
        <source>Services connected:</source>
        <translation>Servicios vinculados:</translation>
    </message>
    <message>
        <source>Disci&amp;pline:</source>
        <translation>Dis&amp;ciplina:</translation>
    </message>
    <message>
        <source>Law &amp;enforcement:</source>
        <translation>&amp;Policía:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>%1 · %2 bytes · SHA-256 %3</source>
        <translation>%1 · %2 bytes · SHA-256 %3</translation>
    </message>
    <message>
        <source>This attachment has not arrived on this laptop yet. Its file comes through the sync folder after the laptop that added it syncs; it appears here after this laptop&apos;s next sync.</source>
        <translation>Este archivo adjunto todavía no ha llegado a esta laptop. Su archivo llega por la carpeta de sincronización después de que sincroniza la laptop que lo agregó; aparece aquí después de la próxima sincronización de esta laptop.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>This picture cannot be shown (damaged or unknown format).</source>
        <translation>Esta imagen no se puede mostrar (dañada o de formato desconocido).</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>No preview for this kind of file. It is kept, encrypted, inside the case file.</source>
        <translation>No hay vista previa para este tipo de archivo. Se guarda, cifrado, dentro del archivo de casos.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the case list as CSV</source>
        <translation>Exportar la lista de casos como CSV</translation>
    </message>
    <message>
        <source>Export the disclosure records as CSV</source>
        <translation>Exportar los registros de divulgación como CSV</translation>
    </message>
    <message>
        <source>The file is not encrypted and names every student in the case file: it is a student record. Keep it safe and delete it when done (FERPA). The export is logged as a disclosure. Cells that a spreadsheet would run as a formula start with a quote (&apos;).</source>
        <translation>El archivo no está cifrado y nombra a todos los estudiantes del archivo de casos: es un expediente estudiantil. Guárdelo en un lugar seguro y bórrelo cuando termine (FERPA). La exportación queda registrada como divulgación. Las celdas que una hoja de cálculo ejecutaría como fórmula empiezan con un apóstrofo (&apos;).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Guardar como CSV…</translation>
    </message>
    <message>
        <source>Your district has turned off saving files on this computer.</source>
        <translation>Su distrito desactivó guardar archivos en esta computadora.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved (not encrypted) and logged: %1 rows in %2</source>
        <translation>Guardado (sin cifrar) y registrado: %1 filas en %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>BTAM Desktop user guide</source>
        <translation>Guía de uso de BTAM Desktop</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>The user guide was not installed with this copy.</source>
        <translation>La guía de uso no se instaló con esta copia.</translation>
    </message>
</context>
<context>
    <name>HarmTab</name>
    <message>
        <source>Harm to self</source>
        <extracomment>Where the risk was found, as a sentence ends: &quot;... identified on 2026-10-02 at screening&quot;. The line under the case&apos;s facts while the mark is in force (the page shows it).</extracomment>
        <translation>Riesgo de hacerse daño</translation>
    </message>
    <message>
        <source>Risk of harm to self</source>
        <translation>Riesgo de hacerse daño</translation>
    </message>
    <message>
        <source>&amp;Mark: risk of harm to self identified…</source>
        <translation>Marcar: riesgo de &amp;hacerse daño identificado…</translation>
    </message>
    <message>
        <source>Remove the mar&amp;k…</source>
        <translation>&amp;Quitar la marca…</translation>
    </message>
    <message>
        <source>Marks removed</source>
        <translation>Marcas quitadas</translation>
    </message>
    <message>
        <source>The school&apos;s suicide-risk protocol</source>
        <translation>El protocolo de la escuela ante el riesgo de suicidio</translation>
    </message>
    <message>
        <source>Protocol steps recorded</source>
        <translation>Pasos del protocolo registrados</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Usually</source>
        <translation>Suele hacerlo</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <source>By · note</source>
        <translation>Quién · nota</translation>
    </message>
    <message>
        <source>Steps of the protocol</source>
        <translation>Pasos del protocolo</translation>
    </message>
    <message>
        <source>&amp;Record a step…</source>
        <translation>Regis&amp;trar un paso…</translation>
    </message>
    <message>
        <source>Safety plan with the student</source>
        <translation>Plan de seguridad con el estudiante</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>&amp;Write the safety plan…</source>
        <translation>&amp;Escribir el plan de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Print the safety plan…</source>
        <translation>Imprimir el plan de &amp;seguridad…</translation>
    </message>
    <message>
        <source>This app does not judge suicide risk. It records that the school&apos;s protocol was followed, by whom and when. The protocol and the school&apos;s trained professionals decide what to do. In an emergency, call 911; the 988 Suicide &amp; Crisis Lifeline answers calls and texts at any hour.</source>
        <translation>Esta aplicación no determina el riesgo de suicidio. Registra que se siguió el protocolo de la escuela, quién lo siguió y cuándo. El protocolo y los profesionales capacitados de la escuela deciden qué hacer. En una emergencia, llame al 911; la Línea 988 de Prevención del Suicidio y Crisis atiende llamadas y mensajes de texto a cualquier hora.</translation>
    </message>
    <message>
        <source>About this tab</source>
        <translation>Sobre esta pestaña</translation>
    </message>
    <message>
        <source>The team&apos;s model names no suicide-risk protocol.</source>
        <translation>El modelo del equipo no nombra ningún protocolo ante el riesgo de suicidio.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps recorded</source>
        <translation>%1: %2 de %3 pasos registrados</translation>
    </message>
    <message>
        <source>No risk of harm to self is recorded for this case.</source>
        <translation>Este caso no tiene registrado ningún riesgo de hacerse daño.</translation>
    </message>
    <message>
        <source>Risk of harm to self identified on %1%2, %3.</source>
        <translation>Riesgo de hacerse daño identificado el %1%2, %3.</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>Marked on %1, removed on %2: %3</source>
        <translation>Se marcó el %1 y se quitó la marca el %2: %3</translation>
    </message>
    <message>
        <source>⚑ Risk of harm to self identified. %1 (Harm to self tab)</source>
        <translation>⚑ Riesgo de hacerse daño identificado. %1 (pestaña Riesgo de hacerse daño)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>No safety plan is written yet.</source>
        <translation>Todavía no se ha escrito un plan de seguridad.</translation>
    </message>
    <message>
        <source>Made with the student on %1%2. Last saved by %3.</source>
        <translation>Hecho con el estudiante el %1%2. Lo guardó por última vez %3.</translation>
    </message>
    <message>
        <source>, together with %1</source>
        <translation>, junto con %1</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>un antiguo miembro</translation>
    </message>
    <message>
        <source>&amp;Edit the safety plan…</source>
        <translation>&amp;Editar el plan de seguridad…</translation>
    </message>
    <message>
        <source>The support plan has a &apos;Safety plan with the student&apos; item.</source>
        <translation>El plan de apoyo tiene la intervención “Plan de seguridad con el estudiante”.</translation>
    </message>
    <message>
        <source>Not on the support plan yet: add a &apos;Safety plan with the student&apos; item on the Plan tab, so reviews follow it.</source>
        <translation>Todavía no está en el plan de apoyo: agregue la intervención “Plan de seguridad con el estudiante” en la pestaña Plan, para que las revisiones lo tengan en cuenta.</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>A change from a removed member&apos;s laptop</source>
        <translation>Un cambio de la laptop de un miembro que salió</translation>
    </message>
    <message>
        <source>Written by %1, after they were removed from the team. It is not in the case file: a team lead decides whether it should be.</source>
        <translation>Escrito por %1 después de que se le quitara del equipo. No está en el archivo de casos: un/a coordinador/a del equipo decide si debe estar.</translation>
    </message>
    <message>
        <source>What the change does</source>
        <translation>Qué hace el cambio</translation>
    </message>
    <message>
        <source>Import applies it as %1&apos;s own change.</source>
        <translation>Al importarlo se aplica como un cambio hecho por %1.</translation>
    </message>
    <message>
        <source>The earlier change from that laptop still waiting is imported with it: it builds on it.</source>
        <translation>El cambio anterior de esa laptop que sigue esperando se importa con este: se basa en él.</translation>
    </message>
    <message numerus="yes">
        <source>The %n earlier changes from that laptop still waiting are imported with it: it builds on them.</source>
        <translation>
            <numerusform>El cambio anterior de esa laptop que sigue esperando se importa con este: se basa en él.</numerusform>
            <numerusform>Los %n cambios anteriores de esa laptop que siguen esperando se importan con este: se basa en ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard drops it for good, on every laptop.</source>
        <translation>Descartar lo elimina para siempre, en todas las laptops.</translation>
    </message>
    <message>
        <source>The later change from that laptop is discarded with it: it may build on it.</source>
        <translation>El cambio posterior de esa laptop se descarta con este: puede basarse en él.</translation>
    </message>
    <message numerus="yes">
        <source>The %n later changes from that laptop are discarded with it: they may build on it.</source>
        <translation>
            <numerusform>El cambio posterior de esa laptop se descarta con este: puede basarse en él.</numerusform>
            <numerusform>Los %n cambios posteriores de esa laptop se descartan con este: pueden basarse en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más adelante</translation>
    </message>
    <message>
        <source>Only a team lead can import or discard it.</source>
        <translation>Solo un/a coordinador/a del equipo puede importarlo o descartarlo.</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>¿Descartar este cambio?</translation>
    </message>
    <message>
        <source>The change is dropped on every laptop and cannot be brought back. The audit log records that you discarded it.</source>
        <translation>El cambio se elimina en todas las laptops y no se puede recuperar. El registro de auditoría anota que usted lo descartó.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Seguir esperando</translation>
    </message>
</context>
<context>
    <name>HoldAnyDialog</name>
    <message>
        <source>Legal hold on a case</source>
        <translation>Retención legal de un caso</translation>
    </message>
    <message>
        <source>Place hold</source>
        <translation>Poner la retención</translation>
    </message>
    <message>
        <source>While a case is on legal hold nothing of it can be destroyed and its level label is kept, whatever the retention rules say. The hold shows on this list until a lead lifts it.</source>
        <translation>Mientras un caso está en retención legal no se puede destruir nada de él y se conserva su nivel de preocupación, digan lo que digan las reglas de conservación. La retención aparece en esta lista hasta que un/a coordinador/a la levante.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Lift the legal hold on case %1</source>
        <translation>Levantar la retención legal del caso %1</translation>
    </message>
    <message>
        <source>Lift hold</source>
        <translation>Levantar la retención</translation>
    </message>
    <message>
        <source>Lift the legal hold on %1. The hold and why it was lifted stay in the case file&apos;s history.</source>
        <translation>Levantar la retención legal de %1. La retención y el motivo por el que se levantó quedan en el historial del archivo de casos.</translation>
    </message>
    <message>
        <source>Legal hold on case %1</source>
        <translation>Retención legal del caso %1</translation>
    </message>
    <message>
        <source>Place hold</source>
        <translation>Poner la retención</translation>
    </message>
    <message>
        <source>Put %1 on legal hold: while it is held, nothing of it can be destroyed and its level label is kept.</source>
        <translation>Poner %1 bajo retención legal: mientras esté retenido, no se puede destruir nada de él y se conserva su etiqueta de nivel.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import referrals from %1</source>
        <translation>Importar remisiones de %1</translation>
    </message>
    <message>
        <source>How each column is read</source>
        <translation>Cómo se lee cada columna</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>Preview of the referrals</source>
        <translation>Vista previa de las remisiones</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Quien reporta</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Qué se va a importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>First referrals:</source>
        <translation>Primeras remisiones:</translation>
    </message>
    <message>
        <source>Read %1 as</source>
        <translation>Leer %1 como</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 referral(s) will be imported in one step. Columns not imported: %2.</source>
        <translation>Se importarán %1 remisiones en un solo paso. Columnas que no se importan: %2.</translation>
    </message>
</context>
<context>
    <name>ImportPacketDialog</name>
    <message>
        <source>Import a transfer packet</source>
        <translation>Importar un paquete de traslado</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>A packet from the school a student comes from becomes a new case of your team, with what they sent on its Received tab (read-only).</source>
        <translation>Un paquete de la escuela de la que viene un estudiante se convierte en un caso nuevo de su equipo, con lo que enviaron en la pestaña Recibido (solo lectura).</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No se eligió ningún archivo</translation>
    </message>
    <message>
        <source>Packet file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Packet:</source>
        <translation>Paquete:</translation>
    </message>
    <message>
        <source>Packet &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña del paquete:</translation>
    </message>
    <message>
        <source>Transfer packets (*%1);;All files (*)</source>
        <translation>Paquetes de traslado (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the packet file.</source>
        <translation>Elija el archivo del paquete.</translation>
    </message>
    <message>
        <source>Type the passphrase the sending school gave you.</source>
        <translation>Escriba la frase de contraseña que le dio la escuela de origen.</translation>
    </message>
    <message>
        <source>Opening the packet…</source>
        <translation>Abriendo el paquete…</translation>
    </message>
</context>
<context>
    <name>InquiryTab</name>
    <message>
        <source>Inquiry progress</source>
        <translation>Avance de la indagación</translation>
    </message>
    <message>
        <source>Inquiry checklist</source>
        <translation>Lista de indagación</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Corroborated by another source</source>
        <translation>&amp;Confirmado por otra fuente</translation>
    </message>
    <message>
        <source>Evidence linked to this item</source>
        <translation>Evidencia vinculada a este punto</translation>
    </message>
    <message>
        <source>Save &amp;item</source>
        <translation>Guardar &amp;punto</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Asignado a:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Conclusiones:</translation>
    </message>
    <message>
        <source>S&amp;ource(s):</source>
        <translation>&amp;Fuente(s):</translation>
    </message>
    <message>
        <source>Found &amp;on:</source>
        <translation>Encontrado &amp;en:</translation>
    </message>
    <message>
        <source>None attached to the case (Referral tab)</source>
        <translation>Ninguno adjunto al caso (pestaña Remisión)</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>E&amp;videncia:</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Notas de entrevista</translation>
    </message>
    <message>
        <source>Add checklist ite&amp;m…</source>
        <translation>Agregar un punto a la &amp;lista…</translation>
    </message>
    <message>
        <source>Add intervie&amp;w notes…</source>
        <translation>Agregar notas de &amp;entrevista…</translation>
    </message>
    <message>
        <source>Interviews:</source>
        <translation>Entrevistas:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <source>%1 of %2 looked into (%3 answered, %4 unknown, %5 conflicting)</source>
        <translation>%1 de %2 revisados (%3 con respuesta, %4 desconocidos, %5 contradictorios)</translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n atrasada</numerusform>
            <numerusform> · %n atrasadas</numerusform>
        </translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (atrasado)</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Fuente: </translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · by %4</source>
        <translation>%1 · %2 (%3) · a cargo de %4</translation>
    </message>
    <message>
        <source>; also present: %1</source>
        <translation>; también presentes: %1</translation>
    </message>
    <message>
        <source>Add a checklist item</source>
        <translation>Agregar un punto a la lista</translation>
    </message>
    <message>
        <source>What should the team find out, or whom should it consult?</source>
        <translation>¿Qué debe averiguar el equipo, o a quién debe consultar?</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New referral</source>
        <translation>Nueva remisión</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Peligro inminente</translation>
    </message>
    <message>
        <source>&amp;Is anyone in danger right now?</source>
        <translation>¿&amp;Hay alguien en peligro ahora mismo?</translation>
    </message>
    <message>
        <source>1. Call 911 or the school police now.
2. Secure the area; move others away.
3. Tell the administrator on duty.
4. Keep the student supervised by an adult at all times.
Then record below who was called and when, and go on with this form.</source>
        <translation>1. Llame ahora al 911 o a la policía escolar.
2. Asegure el área; aleje a las demás personas.
3. Avise al administrador de turno.
4. Mantenga al estudiante siempre bajo la supervisión de un adulto.
Luego anote abajo a quién se llamó y cuándo, y siga con este formulario.</translation>
    </message>
    <message>
        <source>Who was called and when</source>
        <translation>A quién se llamó y cuándo</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>El reporte</translation>
    </message>
    <message>
        <source>Na&amp;med</source>
        <translation>Con &amp;nombre</translation>
    </message>
    <message>
        <source>An&amp;onymous</source>
        <translation>An&amp;ónimo</translation>
    </message>
    <message>
        <source>Con&amp;fidential identity</source>
        <translation>Identidad con&amp;fidencial</translation>
    </message>
    <message>
        <source>e.g. teacher, parent, classmate</source>
        <translation>p. ej. maestro, padre o madre, compañero de clase</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Recibido:</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>Recibido &amp;por:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Cómo:</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>Quien reporta:</translation>
    </message>
    <message>
        <source>Reporter&apos;s &amp;name:</source>
        <translation>&amp;Nombre de quien reporta:</translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation>&amp;Relación:</translation>
    </message>
    <message>
        <source>The student</source>
        <translation>El estudiante</translation>
    </message>
    <message>
        <source>Existing cases for this student</source>
        <translation>Casos existentes de este estudiante</translation>
    </message>
    <message>
        <source>Is this the same student?</source>
        <translation>¿Es la misma persona?</translation>
    </message>
    <message>
        <source>&amp;Yes, the same student</source>
        <translation>&amp;Sí, es la misma persona</translation>
    </message>
    <message>
        <source>No, someone &amp;else</source>
        <translation>No, es &amp;otra persona</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>Has an &amp;IEP or 504 plan</source>
        <translation>Tiene un &amp;IEP o un plan 504</translation>
    </message>
    <message>
        <source>names, separated by ;</source>
        <translation>nombres, separados por ;</translation>
    </message>
    <message>
        <source>&amp;Student&apos;s name:</source>
        <translation>&amp;Nombre del estudiante:</translation>
    </message>
    <message>
        <source>Add to case:</source>
        <translation>Agregar al caso:</translation>
    </message>
    <message>
        <source>Student &amp;ID:</source>
        <translation>&amp;ID del estudiante:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>Es&amp;cuela:</translation>
    </message>
    <message>
        <source>&amp;Target(s):</source>
        <translation>&amp;Personas amenazadas:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>A &amp;weapon was mentioned or seen</source>
        <translation>Se mencionó o se vio un &amp;arma</translation>
    </message>
    <message>
        <source>Locatio&amp;n:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>What was said or &amp;done:</source>
        <translation>Qué se dijo o se &amp;hizo:</translation>
    </message>
    <message>
        <source>&amp;Verbatim words:</source>
        <translation>&amp;Palabras exactas:</translation>
    </message>
    <message>
        <source>&amp;Prior known concerns:</source>
        <translation>&amp;Preocupaciones previas conocidas:</translation>
    </message>
    <message>
        <source>Referral form</source>
        <translation>Formulario de remisión</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Guardar remisión</translation>
    </message>
    <message>
        <source>A new case</source>
        <translation>Un caso nuevo</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>grado %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nació el %1</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>(closed: opens a new case after it)</source>
        <translation>(cerrado: abre un caso nuevo después)</translation>
    </message>
    <message>
        <source>student id %1</source>
        <translation>ID del estudiante %1</translation>
    </message>
    <message>
        <source>Is this the same %1? (Case %2)</source>
        <translation>¿Es la misma persona: %1? (Caso %2)</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <source>Intervention</source>
        <extracomment>A notification&apos;s basis is never the family&apos;s own (that one is for a family&apos;s copy). On the review form, choosing Close says what comes next. Translated where shown (fields.combo). A check-in&apos;s trend: the dialog&apos;s choices and the Plan tab&apos;s list say it so. The app&apos;s closing checklist, translated where shown (a label here makes it a catalogue string). What is stored is the item&apos;s English, as `domain/plan` writes it, whatever the window&apos;s language: the inspection copy says it again in the family&apos;s language. The responsible person of an intervention is a member id, or this prefix and a contact id.</extracomment>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Someone not listed (name below)</source>
        <translation>Alguien que no está en la lista (nombre abajo)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Risk factors it reduces</source>
        <translation>Factores de riesgo que reduce</translation>
    </message>
    <message>
        <source>Protective factors it strengthens</source>
        <translation>Factores de protección que refuerza</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>Áre&amp;a:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Outside &amp;provider:</source>
        <translation>&amp;Proveedor externo:</translation>
    </message>
    <message>
        <source>Serv&amp;ice:</source>
        <translation>Serv&amp;icio:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Empie&amp;za:</translation>
    </message>
    <message>
        <source>Re&amp;view by:</source>
        <translation>Re&amp;visar antes del:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Esta&amp;do:</translation>
    </message>
    <message>
        <source>Reason (if discontinued):</source>
        <translation>Motivo (si se suspendió):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Reduces:</source>
        <translation>Reduce:</translation>
    </message>
    <message>
        <source>Strengthens:</source>
        <translation>Refuerza:</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Interview notes</source>
        <translation>Notas de entrevista</translation>
    </message>
    <message>
        <source>(no checklist item)</source>
        <translation>(ningún punto de la lista)</translation>
    </message>
    <message>
        <source>&amp;Who was interviewed:</source>
        <translation>&amp;Persona entrevistada:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Interviewed &amp;by:</source>
        <translation>Entrevistado/a &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Also present:</source>
        <translation>&amp;También presentes:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Answers checklist &amp;item:</source>
        <translation>Responde al &amp;punto de la lista:</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Guardar notas</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>Keep case %1</source>
        <translation>Conservar el caso %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep %1 and review it again on the date below.</source>
        <translation>Conservar %1 y volver a revisarlo en la fecha de abajo.</translation>
    </message>
    <message>
        <source>Reason for keeping the case</source>
        <translation>Motivo para conservar el caso</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Fecha de la próxima revisión</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>&amp;Próxima revisión:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>1-2 days</source>
        <translation>1-2 días</translation>
    </message>
    <message>
        <source>15-30 days</source>
        <translation>15-30 días</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3-7 días</translation>
    </message>
    <message>
        <source>8-14 days</source>
        <translation>8-14 días</translation>
    </message>
    <message>
        <source>A named person watches for renewed concern</source>
        <translation>Una persona designada está atenta por si vuelve la preocupación</translation>
    </message>
    <message>
        <source>Academic support</source>
        <translation>Apoyo académico</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
    <message>
        <source>Alternative placement</source>
        <translation>Colocación alternativa</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Indígena de las Américas o nativo de Alaska</translation>
    </message>
    <message>
        <source>Annual report (aggregate figures)</source>
        <translation>Informe anual (cifras globales)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Con respuesta</translation>
    </message>
    <message>
        <source>App or online form</source>
        <translation>Aplicación o formulario en línea</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según se necesite</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asiático</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Autism</source>
        <translation>Trastorno del espectro autista</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Negro o afroamericano</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Formularios en blanco</translation>
    </message>
    <message>
        <source>Case list (CSV)</source>
        <translation>Lista de casos (CSV)</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Responsable del caso</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>Revisión del caso</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>Cases closed after an assessment: level at closure against the first</source>
        <translation>Casos cerrados después de una evaluación: nivel al cerrar comparado con el primero</translation>
    </message>
    <message>
        <source>Cases closed, by how they closed</source>
        <translation>Casos cerrados, según cómo se cerraron</translation>
    </message>
    <message>
        <source>Cases closed, by level of concern at closure</source>
        <translation>Casos cerrados, según el nivel de preocupación al cerrar</translation>
    </message>
    <message>
        <source>Cases opened, by English learner, beside enrollment</source>
        <translation>Casos abiertos, según la condición de estudiante de inglés, comparados con la matrícula</translation>
    </message>
    <message>
        <source>Cases opened, by IEP or 504 plan, beside enrollment</source>
        <translation>Casos abiertos, según IEP o plan 504, comparados con la matrícula</translation>
    </message>
    <message>
        <source>Cases opened, by discipline</source>
        <translation>Casos abiertos, según las medidas disciplinarias</translation>
    </message>
    <message>
        <source>Cases opened, by how the first report came in</source>
        <translation>Casos abiertos, según cómo llegó el primer reporte</translation>
    </message>
    <message>
        <source>Cases opened, by law-enforcement involvement</source>
        <translation>Casos abiertos, según la participación de la policía</translation>
    </message>
    <message>
        <source>Cases opened, by level of concern at first assessment</source>
        <translation>Casos abiertos, según el nivel de preocupación en la primera evaluación</translation>
    </message>
    <message>
        <source>Cases opened, by month</source>
        <translation>Casos abiertos, por mes</translation>
    </message>
    <message>
        <source>Cases opened, by the student&apos;s race/ethnicity, beside enrollment</source>
        <translation>Casos abiertos, según la raza/etnia del estudiante, comparados con la matrícula</translation>
    </message>
    <message>
        <source>Cases opened, by the student&apos;s sex, beside enrollment</source>
        <translation>Casos abiertos, según el sexo del estudiante, comparados con la matrícula</translation>
    </message>
    <message>
        <source>Cases opened, with harm to self identified</source>
        <translation>Casos abiertos con riesgo de hacerse daño identificado</translation>
    </message>
    <message>
        <source>Close (then use Close case…)</source>
        <translation>Cerrar (luego use Cerrar caso…)</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Closed after assessment</source>
        <translation>Cerrado después de la evaluación</translation>
    </message>
    <message>
        <source>Closed after inquiry</source>
        <translation>Cerrado después de la indagación</translation>
    </message>
    <message>
        <source>Closed during management</source>
        <translation>Cerrado durante la gestión</translation>
    </message>
    <message>
        <source>Closed during monitoring</source>
        <translation>Cerrado durante el monitoreo</translation>
    </message>
    <message>
        <source>Community services referral</source>
        <translation>Remisión a servicios comunitarios</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Concern going down</source>
        <translation>La preocupación disminuye</translation>
    </message>
    <message>
        <source>Concern going up</source>
        <translation>La preocupación aumenta</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>Contradictorio</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Continue the plan</source>
        <translation>Continuar el plan</translation>
    </message>
    <message>
        <source>Counseling</source>
        <translation>Consejería</translation>
    </message>
    <message>
        <source>Counseling or mental-health referral</source>
        <translation>Remisión a consejería o salud mental</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Consejero/a</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Days from the first report to screening</source>
        <translation>Días desde el primer reporte hasta la evaluación inicial</translation>
    </message>
    <message>
        <source>Days from the first report to the first assessment</source>
        <translation>Días desde el primer reporte hasta la primera evaluación</translation>
    </message>
    <message>
        <source>Deaf-blindness</source>
        <translation>Sordoceguera</translation>
    </message>
    <message>
        <source>Deafness</source>
        <translation>Sordera</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Disciplinary action</source>
        <translation>Medida disciplinaria</translation>
    </message>
    <message>
        <source>Disclosure records (CSV)</source>
        <translation>Registros de divulgación (CSV)</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Dismissed at screening</source>
        <translation>Descartado en la evaluación inicial</translation>
    </message>
    <message>
        <source>District mental-health liaison</source>
        <translation>Enlace de salud mental del distrito</translation>
    </message>
    <message>
        <source>District roll-up (aggregate figures)</source>
        <translation>Resumen para el distrito (cifras agregadas)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Emotional disturbance</source>
        <translation>Trastorno emocional</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Estudiante de inglés</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Expulsión</translation>
    </message>
    <message>
        <source>Family consent</source>
        <translation>Consentimiento de la familia</translation>
    </message>
    <message>
        <source>Family meeting</source>
        <translation>Reunión con la familia</translation>
    </message>
    <message>
        <source>Family support</source>
        <translation>Apoyo familiar</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>First appointment</source>
        <translation>Primera cita</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor/a</translation>
    </message>
    <message>
        <source>Handled at screening level</source>
        <translation>Atendido en la evaluación inicial</translation>
    </message>
    <message>
        <source>Harm to self identified</source>
        <translation>Riesgo de hacerse daño identificado</translation>
    </message>
    <message>
        <source>Health or safety emergency</source>
        <translation>Emergencia de salud o seguridad</translation>
    </message>
    <message>
        <source>Hearing impairment</source>
        <translation>Impedimento auditivo</translation>
    </message>
    <message>
        <source>Hispanic/Latino (of any race)</source>
        <translation>Hispano o latino (de cualquier raza)</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP o plan 504</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>In-school discipline</source>
        <translation>Medida disciplinaria dentro de la escuela</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Indagación</translation>
    </message>
    <message>
        <source>Inquiry item</source>
        <translation>Punto de indagación</translation>
    </message>
    <message>
        <source>Inspection copy for the family</source>
        <translation>Copia para revisión de la familia</translation>
    </message>
    <message>
        <source>Intellectual disability</source>
        <translation>Discapacidad intelectual</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Intervention in the plan</source>
        <translation>Intervención del plan</translation>
    </message>
    <message>
        <source>Intervention plan</source>
        <translation>Plan de intervención</translation>
    </message>
    <message>
        <source>Interventions done or handed over</source>
        <translation>Intervenciones completadas o a cargo de otra persona</translation>
    </message>
    <message>
        <source>Interventions in the plans of cases opened: planned and delivered</source>
        <translation>Intervenciones en los planes de los casos abiertos: previstas y realizadas</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Law enforcement consulted</source>
        <translation>Se consultó a la policía</translation>
    </message>
    <message>
        <source>Law-enforcement liaison</source>
        <translation>Enlace con la policía</translation>
    </message>
    <message>
        <source>Level of concern low at the last review</source>
        <translation>Nivel de preocupación bajo en la última revisión</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <source>Meeting action</source>
        <translation>Tarea de la reunión</translation>
    </message>
    <message>
        <source>Meeting agenda</source>
        <translation>Agenda de la reunión</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Acta de la reunión</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Mental-health referral</source>
        <translation>Remisión a salud mental</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <source>Mentoring / trusted adult</source>
        <translation>Mentoría / adulto de confianza</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoreo</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Multiple disabilities</source>
        <translation>Discapacidades múltiples</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>Nativo de Hawái u otras islas del Pacífico</translation>
    </message>
    <message>
        <source>New referrals</source>
        <translation>Remisiones nuevas</translation>
    </message>
    <message>
        <source>No IEP or 504 plan</source>
        <translation>Sin IEP ni plan 504</translation>
    </message>
    <message>
        <source>No discipline</source>
        <translation>Ninguna medida disciplinaria</translation>
    </message>
    <message>
        <source>No law-enforcement involvement</source>
        <translation>Sin participación de la policía</translation>
    </message>
    <message>
        <source>No level recorded</source>
        <translation>Sin nivel registrado</translation>
    </message>
    <message>
        <source>Nonbinary (X)</source>
        <translation>No binario (X)</translation>
    </message>
    <message>
        <source>Not an English learner</source>
        <translation>No es estudiante de inglés</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No corresponde</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>No identificado</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Notification letter</source>
        <translation>Carta de notificación</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notifications done and logged</source>
        <translation>Notificaciones hechas y registradas</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Orthopedic impairment</source>
        <translation>Impedimento ortopédico</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Otros asuntos</translation>
    </message>
    <message>
        <source>Other health impairment</source>
        <translation>Otro impedimento de salud</translation>
    </message>
    <message>
        <source>Other school staff</source>
        <translation>Otro personal de la escuela</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Otro servicio</translation>
    </message>
    <message>
        <source>Outside agency</source>
        <translation>Agencia externa</translation>
    </message>
    <message>
        <source>Outside provider</source>
        <translation>Proveedor externo</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <translation>Más de 30 días</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation>Trabajo atrasado</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Padre, madre o tutor</translation>
    </message>
    <message>
        <source>Parent/student plan</source>
        <translation>Plan para la familia y el estudiante</translation>
    </message>
    <message>
        <source>Parents or guardians of the student</source>
        <translation>Padres o tutores del estudiante</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Plan &amp; check-ins</source>
        <translation>Plan y seguimientos</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Printing &amp; disclosures</source>
        <translation>Impresiones y divulgaciones</translation>
    </message>
    <message>
        <source>Proposed for closure</source>
        <translation>Propuestos para cierre</translation>
    </message>
    <message>
        <source>Protective factors across the cases opened: in how many cases each came up</source>
        <translation>Factores de protección en los casos abiertos: en cuántos casos aparece cada uno</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Razón</translation>
    </message>
    <message>
        <source>Re-entry plan</source>
        <translation>Plan de reingreso</translation>
    </message>
    <message>
        <source>Reassess</source>
        <translation>Volver a evaluar</translation>
    </message>
    <message>
        <source>Receiving school</source>
        <translation>Escuela receptora</translation>
    </message>
    <message>
        <source>Record of disclosures</source>
        <translation>Registro de divulgaciones</translation>
    </message>
    <message>
        <source>Recovery kit</source>
        <translation>Kit de recuperación</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Referral to a service</source>
        <translation>Remisión a un servicio</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Remitida</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Quien reporta</translation>
    </message>
    <message>
        <source>Reports &amp; screening</source>
        <translation>Reportes y evaluación inicial</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Revisiones pendientes</translation>
    </message>
    <message>
        <source>Revise the plan</source>
        <translation>Modificar el plan</translation>
    </message>
    <message>
        <source>Risk factors across the cases opened: in how many cases each came up</source>
        <translation>Factores de riesgo en los casos abiertos: en cuántos casos aparece cada uno</translation>
    </message>
    <message>
        <source>Safety plan (the student&apos;s)</source>
        <translation>Plan de seguridad (del estudiante)</translation>
    </message>
    <message>
        <source>Safety plan for the target</source>
        <translation>Plan de seguridad para la persona amenazada</translation>
    </message>
    <message>
        <source>Safety plan with the student</source>
        <translation>Plan de seguridad con el estudiante</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>El mismo día</translation>
    </message>
    <message>
        <source>Schedule or environment change</source>
        <translation>Cambio de horario o de entorno</translation>
    </message>
    <message>
        <source>School nurse</source>
        <translation>Enfermero/a escolar</translation>
    </message>
    <message>
        <source>School official</source>
        <translation>Funcionario/a escolar</translation>
    </message>
    <message>
        <source>School psychologist</source>
        <translation>Psicólogo/a escolar</translation>
    </message>
    <message>
        <source>School resource officer / law enforcement</source>
        <translation>Oficial de recursos escolares / policía</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Evaluación inicial</translation>
    </message>
    <message>
        <source>Services connected in cases opened (a case may count in several rows)</source>
        <translation>Servicios vinculados en los casos abiertos (un caso puede contar en varias filas)</translation>
    </message>
    <message>
        <source>Share of cases</source>
        <translation>Porcentaje de casos</translation>
    </message>
    <message>
        <source>Share of enrollment</source>
        <translation>Porcentaje de la matrícula</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Trabajador/a social</translation>
    </message>
    <message>
        <source>Special education coordinator</source>
        <translation>Coordinador/a de educación especial</translation>
    </message>
    <message>
        <source>Specific learning disability</source>
        <translation>Discapacidad específica del aprendizaje</translation>
    </message>
    <message>
        <source>Speech or language impairment</source>
        <translation>Impedimento del habla o del lenguaje</translation>
    </message>
    <message>
        <source>Staff awareness coverage</source>
        <translation>Cobertura de la concientización del personal</translation>
    </message>
    <message>
        <source>Staff awareness sign-in sheet</source>
        <translation>Hoja de asistencia a la concientización del personal</translation>
    </message>
    <message>
        <source>Staff handout</source>
        <translation>Hoja para el personal</translation>
    </message>
    <message>
        <source>State report (aggregate figures, CSV)</source>
        <translation>Informe para el estado (cifras totales, CSV)</translation>
    </message>
    <message>
        <source>Status &amp; case edits</source>
        <translation>Estado y cambios del caso</translation>
    </message>
    <message>
        <source>Stayed the same</source>
        <translation>Se mantuvo igual</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Step down to monitoring</source>
        <translation>Bajar a monitoreo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Estudiante en cuestión</translation>
    </message>
    <message>
        <source>Subpoena or court order</source>
        <translation>Citación u orden judicial</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Persona amenazada</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Maestro/a</translation>
    </message>
    <message>
        <source>Team lead / chair</source>
        <translation>Coordinador/a del equipo / presidente/a</translation>
    </message>
    <message>
        <source>Team partner (outside agency)</source>
        <translation>Colaborador/a del equipo (agencia externa)</translation>
    </message>
    <message>
        <source>Team roster and training</source>
        <translation>Lista del equipo y capacitaciones</translation>
    </message>
    <message>
        <source>The most frequent risk factors: cases whose plan works on them, by plan domain</source>
        <translation>Los factores de riesgo más frecuentes: casos cuyo plan trabaja sobre ellos, por área del plan</translation>
    </message>
    <message>
        <source>The target and their parents</source>
        <translation>La persona amenazada y sus padres</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Tip line</source>
        <translation>Línea de avisos</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Training due</source>
        <translation>Capacitación pendiente</translation>
    </message>
    <message>
        <source>Transfer packet</source>
        <translation>Paquete de traslado</translation>
    </message>
    <message>
        <source>Traumatic brain injury</source>
        <translation>Lesión cerebral traumática</translation>
    </message>
    <message>
        <source>Two or more races</source>
        <translation>Dos o más razas</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Visual impairment</source>
        <translation>Impedimento visual</translation>
    </message>
    <message>
        <source>Weapons-access counseling with the family</source>
        <translation>Consejería a la familia sobre el acceso a armas</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Went down</source>
        <translation>Bajó</translation>
    </message>
    <message>
        <source>Went up</source>
        <translation>Subió</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Youth program</source>
        <translation>Programa juvenil</translation>
    </message>
    <message>
        <source>a receiving school</source>
        <translation>una escuela receptora</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>tarea de la reunión</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>punto de la agenda</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>at an assessment</source>
        <translation>en una evaluación</translation>
    </message>
    <message>
        <source>at screening</source>
        <translation>en la evaluación inicial</translation>
    </message>
    <message>
        <source>attendance at a staff awareness session</source>
        <translation>asistencia a una sesión de concientización del personal</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>closure</source>
        <translation>cierre</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>disclosure record</source>
        <translation>registro de divulgación</translation>
    </message>
    <message>
        <source>dismiss</source>
        <translation>descartar</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>evidence file</source>
        <translation>archivo de evidencia</translation>
    </message>
    <message>
        <source>going down</source>
        <translation>bajando</translation>
    </message>
    <message>
        <source>going up</source>
        <translation>subiendo</translation>
    </message>
    <message>
        <source>handle at screening level</source>
        <translation>resolver en la evaluación inicial</translation>
    </message>
    <message>
        <source>handled at screening level</source>
        <translation>resuelto en la evaluación inicial</translation>
    </message>
    <message>
        <source>inquiry item</source>
        <translation>punto de indagación</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entrevista</translation>
    </message>
    <message>
        <source>law enforcement</source>
        <translation>policía</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>notificación</translation>
    </message>
    <message>
        <source>on the case page</source>
        <translation>en la página del caso</translation>
    </message>
    <message>
        <source>other school staff</source>
        <translation>otro personal de la escuela</translation>
    </message>
    <message>
        <source>outside agency</source>
        <translation>agencia externa</translation>
    </message>
    <message>
        <source>parents or guardians</source>
        <translation>padres o tutores</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>person on the staff list</source>
        <translation>persona de la lista del personal</translation>
    </message>
    <message>
        <source>plan version</source>
        <translation>versión del plan</translation>
    </message>
    <message>
        <source>proceed to inquiry</source>
        <translation>pasar a indagación</translation>
    </message>
    <message>
        <source>receiving school</source>
        <translation>escuela receptora</translation>
    </message>
    <message>
        <source>referral to a service</source>
        <translation>remisión a un servicio</translation>
    </message>
    <message>
        <source>report</source>
        <translation>reporte</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>evaluación inicial</translation>
    </message>
    <message>
        <source>service on the directory</source>
        <translation>servicio del directorio</translation>
    </message>
    <message>
        <source>staff awareness session</source>
        <translation>sesión de concientización del personal</translation>
    </message>
    <message>
        <source>staff member or provider</source>
        <translation>miembro del personal o proveedor</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>cambio de estado</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>step of a referral to a service</source>
        <translation>paso de una remisión a un servicio</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>miembro del equipo</translation>
    </message>
    <message>
        <source>the case manager</source>
        <translation>la persona responsable del caso</translation>
    </message>
    <message>
        <source>the level of concern</source>
        <translation>el nivel de preocupación</translation>
    </message>
    <message>
        <source>the next review date</source>
        <translation>la fecha de la próxima revisión</translation>
    </message>
    <message>
        <source>the school administrator</source>
        <translation>el/la administrador/a de la escuela</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <source>the target and their parents</source>
        <translation>la persona amenazada y sus padres</translation>
    </message>
    <message>
        <source>training record</source>
        <translation>registro de capacitación</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No case file open</source>
        <translation>No hay ningún archivo de casos abierto</translation>
    </message>
    <message>
        <source>Signed-in member and lock state</source>
        <translation>Miembro con sesión y estado del bloqueo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Recordatorio de copia de seguridad</translation>
    </message>
    <message>
        <source>Team sync</source>
        <extracomment>Team sync: &quot;Synced 10:42&quot;, or what is wrong (ui/sync_status.py says which).</extracomment>
        <translation>Sincronización del equipo</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer una copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New case &amp;file…</source>
        <translation>Nuevo &amp;archivo de casos…</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Nueva &amp;remisión…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Abrir archivo de casos…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Import referrals…</source>
        <translation>&amp;Importar remisiones…</translation>
    </message>
    <message>
        <source>Import transfer pac&amp;ket…</source>
        <translation>Importar pa&amp;quete de traslado…</translation>
    </message>
    <message>
        <source>&amp;What is on screen…</source>
        <translation>&amp;Lo que hay en pantalla…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Case list as CSV…</source>
        <translation>&amp;Lista de casos en CSV…</translation>
    </message>
    <message>
        <source>&amp;Disclosure records as CSV…</source>
        <translation>&amp;Registros de divulgación en CSV…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>My &amp;tasks</source>
        <translation>Mis &amp;tareas</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Reuniones</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>Stat&amp;istics</source>
        <translation>Estad&amp;ísticas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>&amp;Buscar un caso</translation>
    </message>
    <message>
        <source>Meeting m&amp;ode</source>
        <translation>M&amp;odo reunión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;Blank forms…</source>
        <translation>&amp;Formularios en blanco…</translation>
    </message>
    <message>
        <source>&amp;Staff handout…</source>
        <translation>Hoja para el &amp;personal…</translation>
    </message>
    <message>
        <source>Handout for s&amp;tudents…</source>
        <translation>Hoja para los &amp;estudiantes…</translation>
    </message>
    <message>
        <source>Handout for &amp;families…</source>
        <translation>Hoja para las &amp;familias…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nueva remisión</translation>
    </message>
    <message>
        <source>Take in a report of concerning behavior (Ctrl+N)</source>
        <translation>Recibir un reporte de conducta preocupante (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find a case by number, name or notes (Ctrl+F)</source>
        <translation>Buscar un caso por número, nombre o notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print what is on screen: a case, a meeting, the roster (Ctrl+P)</source>
        <translation>Imprimir lo que hay en pantalla: un caso, una reunión, la lista del equipo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the case file now (Ctrl+L)</source>
        <translation>Bloquear ahora el archivo de casos (Ctrl+L)</translation>
    </message>
    <message>
        <source>Open a case, a meeting, the Team page or Statistics to print it.</source>
        <translation>Abra un caso, una reunión, la página Equipo o Estadísticas para imprimirlo.</translation>
    </message>
    <message>
        <source>BTAM Desktop</source>
        <translation>BTAM Desktop</translation>
    </message>
</context>
<context>
    <name>MakePacketDialog</name>
    <message>
        <source>Transfer packet for case %1</source>
        <translation>Paquete de traslado del caso %1</translation>
    </message>
    <message>
        <source>&amp;Make packet…</source>
        <translation>&amp;Preparar paquete…</translation>
    </message>
    <message>
        <source>For the school the student moves to: the case summary as a receiving school reads it (others&apos; names as initials, only the sections it needs), and the same as a file their BTAM Desktop imports as a new case. Both are encrypted with the passphrase below: give it to the receiving team by phone or in person, never with the files. The transfer is logged as a disclosure.</source>
        <translation>Para la escuela a la que se cambia el estudiante: el resumen del caso tal como lo lee una escuela receptora (los nombres de otras personas en iniciales, solo las secciones que necesita), y lo mismo en un archivo que su BTAM Desktop importa como caso nuevo. Los dos se cifran con la frase de contraseña de abajo: désela al equipo receptor por teléfono o en persona, nunca junto con los archivos. El traslado queda registrado como divulgación.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>&amp;Receiving school:</source>
        <translation>&amp;Escuela receptora:</translation>
    </message>
    <message>
        <source>Record &amp;requested on:</source>
        <translation>Expediente &amp;solicitado el:</translation>
    </message>
    <message>
        <source>Packet &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña del paquete:</translation>
    </message>
    <message>
        <source>The team&apos;s model names no deadline for a transfer.</source>
        <translation>El modelo del equipo no fija una fecha límite para un traslado.</translation>
    </message>
    <message>
        <source>Due by %1: %2 school days under the team&apos;s model.</source>
        <translation>Fecha límite: %1 (%2 días escolares según el modelo del equipo).</translation>
    </message>
    <message>
        <source>Transfer packets (*%1)</source>
        <translation>Paquetes de traslado (*%1)</translation>
    </message>
    <message>
        <source>Name the school the student moves to.</source>
        <translation>Escriba el nombre de la escuela a la que se cambia el estudiante.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase (see the advice above).</source>
        <translation>Elija una frase de contraseña más segura (vea los consejos de arriba).</translation>
    </message>
    <message>
        <source>Making the packet…</source>
        <translation>Preparando el paquete…</translation>
    </message>
    <message>
        <source>Wrote the packet %1 and the readable summary %2.</source>
        <translation>Se guardaron el paquete %1 y el resumen legible %2.</translation>
    </message>
    <message>
        <source>Both open with the passphrase. The transfer is logged as a disclosure.</source>
        <translation>Los dos se abren con la frase de contraseña. El traslado queda registrado como divulgación.</translation>
    </message>
    <message>
        <source>Due by %1.</source>
        <translation>Fecha límite: %1.</translation>
    </message>
    <message>
        <source>Transfer packet made</source>
        <translation>Paquete de traslado listo</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Risk of harm to self identified</source>
        <translation>Riesgo de hacerse daño identificado</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>&amp;Marcar</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Identified &amp;on:</source>
        <translation>Identificado &amp;el:</translation>
    </message>
    <message>
        <source>Identified &amp;by:</source>
        <translation>Identificado &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>&amp;Detectado:</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>BTAM meeting</source>
        <translation>Reunión de BTAM</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Why it is on the agenda</source>
        <translation>Por qué está en la agenda</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <source>Recorded for this item</source>
        <translation>Registrado para este punto</translation>
    </message>
    <message>
        <source>Time on this item</source>
        <translation>Tiempo en este punto</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Decision…</source>
        <translation>&amp;Decisión…</translation>
    </message>
    <message>
        <source>&amp;Action…</source>
        <translation>&amp;Acción…</translation>
    </message>
    <message>
        <source>Audie&amp;nce</source>
        <translation>&amp;Público</translation>
    </message>
    <message>
        <source>Open the agenda for the room (P)</source>
        <translation>Abrir la agenda para la sala (P)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Salir (Esc)</translation>
    </message>
    <message>
        <source>The current item</source>
        <translation>El punto actual</translation>
    </message>
    <message>
        <source>Item %1 of %2 · %3</source>
        <translation>Punto %1 de %2 · %3</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Names and the summary are shown for this item. R hides them.</source>
        <translation>Se muestran los nombres y el resumen de este punto. R los oculta.</translation>
    </message>
    <message>
        <source>Student shown by initials. R reveals the name for this item only.</source>
        <translation>Estudiante mostrado por sus iniciales. R muestra el nombre solo para este punto.</translation>
    </message>
    <message>
        <source>Hide (&amp;R)</source>
        <translation>Ocultar (&amp;R)</translation>
    </message>
    <message>
        <source>Decision: </source>
        <translation>Decisión: </translation>
    </message>
    <message>
        <source>Nothing recorded for this item yet.</source>
        <translation>Todavía no hay nada registrado para este punto.</translation>
    </message>
    <message>
        <source>Time on this item: %1 of %2 min%3</source>
        <translation>Tiempo en este punto: %1 de %2 min%3</translation>
    </message>
    <message>
        <source> — over time</source>
        <translation> — pasado de tiempo</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>&amp;Schedule meeting…</source>
        <translation>&amp;Programar reunión…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>&amp;Calendar (.ics)…</source>
        <translation>&amp;Calendario (.ics)…</translation>
    </message>
    <message>
        <source>Save the meeting for a calendar: time and place only</source>
        <translation>Guardar la reunión para un calendario: solo hora y lugar</translation>
    </message>
    <message>
        <source>Meeting &amp;mode (F11)</source>
        <translation>&amp;Modo reunión (F11)</translation>
    </message>
    <message>
        <source>A&amp;pprove minutes</source>
        <translation>A&amp;probar el acta</translation>
    </message>
    <message>
        <source>Add adde&amp;ndum…</source>
        <translation>Agregar una ade&amp;nda…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Agenda (initials only)…</source>
        <translation>Agenda (solo iniciales)…</translation>
    </message>
    <message>
        <source>Minutes (initials only)…</source>
        <translation>Acta (solo iniciales)…</translation>
    </message>
    <message>
        <source>Why the minutes cannot be approved yet</source>
        <translation>Por qué todavía no se puede aprobar el acta</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>A&amp;sistencia</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>A&amp;cta</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Show student &amp;names</source>
        <translation>Mostrar los &amp;nombres de los estudiantes</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes for the selected item</source>
        <translation>Acta del punto seleccionado</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Add ite&amp;m…</source>
        <translation>Agregar pun&amp;to…</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Quitar punto</translation>
    </message>
    <message>
        <source>Re&amp;build from what is due</source>
        <translation>Re&amp;hacer con lo pendiente</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Abrir caso</translation>
    </message>
    <message>
        <source>Time for this item:</source>
        <translation>Tiempo para este punto:</translation>
    </message>
    <message>
        <source>No meeting yet. Schedule one to build its agenda.</source>
        <translation>Todavía no hay reuniones. Programe una para preparar su agenda.</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>sin elegir</translation>
    </message>
    <message>
        <source>Minutes approved %1 by %2</source>
        <translation>Acta aprobada el %1 por %2</translation>
    </message>
    <message>
        <source>Minutes open</source>
        <translation>Acta abierta</translation>
    </message>
    <message>
        <source>%1 · chair %2 · notes %3 · %4</source>
        <translation>%1 · preside %2 · acta de %3 · %4</translation>
    </message>
    <message>
        <source>Approve and lock the minutes</source>
        <translation>Aprobar y cerrar el acta</translation>
    </message>
    <message>
        <source>%1 items · %2 minutes planned (meeting booked for %3)</source>
        <translation>%1 puntos · %2 minutos previstos (reunión reservada para %3)</translation>
    </message>
    <message>
        <source> — over time</source>
        <translation> — pasado de tiempo</translation>
    </message>
    <message>
        <source>Save the meeting for a calendar</source>
        <translation>Guardar la reunión para un calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>MemberDetailsDialog</name>
    <message>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Also covers</source>
        <translation>También cubre</translation>
    </message>
    <message>
        <source>Extension, e-mail or phone</source>
        <translation>Extensión, correo electrónico o teléfono</translation>
    </message>
    <message>
        <source>Left the team on:</source>
        <translation>Salió del equipo el:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Also &amp;covers:</source>
        <translation>También &amp;cubre:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation>Activo &amp;desde:</translation>
    </message>
    <message>
        <source>Left the team on</source>
        <translation>Salió del equipo el</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas de la reunión</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Record &amp;decision…</source>
        <translation>Registrar &amp;decisión…</translation>
    </message>
    <message>
        <source>Add a&amp;ction item…</source>
        <translation>Agregar una &amp;tarea…</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Decisiones:</translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation>Tareas de la reunión:</translation>
    </message>
    <message>
        <source>Addenda (after approval):</source>
        <translation>Adendas (después de la aprobación):</translation>
    </message>
    <message>
        <source>Rationale: </source>
        <translation>Fundamento: </translation>
    </message>
    <message>
        <source>Dissent: </source>
        <translation>Desacuerdo: </translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <extracomment>zxcvbn scores 0-4; below 3 (&quot;safely unguessable&quot;) we ask for more.</extracomment>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Consejos para la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters. A short sentence is easy to remember.</source>
        <translation>
            <numerusform>Use al menos %n carácter. Una oración corta es fácil de recordar.</numerusform>
            <numerusform>Use al menos %n caracteres. Una oración corta es fácil de recordar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Suficientemente fuerte.</translation>
    </message>
    <message>
        <source>Too easy to guess. </source>
        <translation>Demasiado fácil de adivinar. </translation>
    </message>
    <message>
        <source>The two entries are not the same yet.</source>
        <translation>Las dos entradas todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Log a notification</source>
        <translation>Registrar una notificación</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>(not on the list: type the name)</source>
        <translation>(no está en la lista: escriba el nombre)</translation>
    </message>
    <message>
        <source>phone, meeting, letter, email</source>
        <translation>teléfono, reunión, carta, correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>From the &amp;list:</source>
        <translation>De la &amp;lista:</translation>
    </message>
    <message>
        <source>&amp;Name(s):</source>
        <translation>No&amp;mbre(s):</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>Cuá&amp;ndo:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Cómo:</translation>
    </message>
    <message>
        <source>What was &amp;shared:</source>
        <translation>Qué se compar&amp;tió:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Base legal:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Support plan, version %1</source>
        <translation>Plan de apoyo, versión %1</translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation>Metas del plan</translation>
    </message>
    <message>
        <source>&amp;Add intervention…</source>
        <translation>&amp;Agregar intervención…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Starts from version %1</source>
        <translation>Parte de la versión %1</translation>
    </message>
    <message>
        <source>No plan saved yet</source>
        <translation>Todavía no se ha guardado ningún plan</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Versión del plan</translation>
    </message>
    <message>
        <source>Factors not yet addressed</source>
        <translation>Factores aún sin atender</translation>
    </message>
    <message>
        <source>Save &amp;plan</source>
        <translation>Guardar &amp;plan</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Metas:</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisar antes del</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Unsaved changes (version %1 on file)</source>
        <translation>Cambios sin guardar (versión %1 guardada)</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Support plan</source>
        <translation>Plan de apoyo</translation>
    </message>
    <message>
        <source>New &amp;plan…</source>
        <translation>&amp;Plan nuevo…</translation>
    </message>
    <message>
        <source>Notifications log</source>
        <translation>Registro de notificaciones</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Log a &amp;notification…</source>
        <translation>&amp;Notificación nueva…</translation>
    </message>
    <message>
        <source>Print le&amp;tter…</source>
        <translation>Imprimir &amp;carta…</translation>
    </message>
    <message>
        <source>Choose a notification to the family, a target&apos;s family or staff first.</source>
        <translation>Primero elija una notificación a la familia, a la familia de una persona amenazada o al personal.</translation>
    </message>
    <message>
        <source>Add a chec&amp;k-in…</source>
        <translation>&amp;Seguimiento nuevo…</translation>
    </message>
    <message>
        <source>Record a re&amp;view…</source>
        <translation>Re&amp;visión nueva…</translation>
    </message>
    <message>
        <source>C&amp;lose this case…</source>
        <translation>Ce&amp;rrar este caso…</translation>
    </message>
    <message>
        <source>End the plan and the reviews; the record stays and can be reopened.</source>
        <translation>Terminar el plan y las revisiones; el registro se conserva y se puede reabrir.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>New versi&amp;on…</source>
        <translation>Nueva versi&amp;ón…</translation>
    </message>
    <message>
        <source> · next %1</source>
        <translation> · próxima: %1</translation>
    </message>
</context>
<context>
    <name>PreventionHeader</name>
    <message>
        <source>Prevention: factors across cases</source>
        <translation>Prevención: los factores en el conjunto de los casos</translation>
    </message>
    <message>
        <source>The risk and protective factors named in the latest assessment of each case opened in %1, counted across the cases (a case once under each factor it names, so a total counts it as often), and where the plans work on the risk factors named most: what to plan school-wide prevention on, not only case by case. Factors a team typed in are counted together, never quoted.</source>
        <translation>Los factores de riesgo y de protección nombrados en la evaluación más reciente de cada caso abierto en %1, contados en el conjunto de los casos (un caso cuenta una vez en cada factor que nombra, así que un total puede contarlo varias veces), y dónde trabajan los planes sobre los factores de riesgo más nombrados: en qué basar la prevención para toda la escuela, no solo caso por caso. Los factores que escribió un equipo se cuentan juntos y nunca se citan.</translation>
    </message>
    <message>
        <source>The factors named most</source>
        <translation>Los factores más nombrados</translation>
    </message>
    <message>
        <source>Risk factors named most: %1.</source>
        <translation>Factores de riesgo más nombrados: %1.</translation>
    </message>
    <message>
        <source>Protective factors named most: %1.</source>
        <translation>Factores de protección más nombrados: %1.</translation>
    </message>
    <message>
        <source>none in %1 or more cases (smaller counts are hidden)</source>
        <translation>ninguno en %1 casos o más (los conteos menores quedan ocultos)</translation>
    </message>
    <message>
        <source>%1 (%2 cases)</source>
        <translation>%1 (%2 casos)</translation>
    </message>
    <message>
        <source>Where the plans work on them (cases, by plan domain):</source>
        <translation>Dónde trabajan los planes sobre ellos (casos, por área del plan):</translation>
    </message>
    <message>
        <source>• %1: %2.</source>
        <translation>• %1: %2.</translation>
    </message>
    <message>
        <source>no plan item yet</source>
        <translation>ninguna intervención en el plan todavía</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <extracomment>The copy names its recipient on paper: rebuilt this long after the last keystroke. Handouts for students and families: for anyone, with no recipient and no password. The annual report: counts only, no student identified; no recipient and no password either. Papers written in several languages: the handouts, the family&apos;s plan, the letters, the inspection copy. Papers whose recipient the service names (the family, the letter&apos;s reader): they always leave the team, to that recipient unless the person printing names another.</extracomment>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>Include &amp;earlier assessments</source>
        <translation>Incluir evaluaciones &amp;anteriores</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <source>The team (everything)</source>
        <translation>El equipo (todo)</translation>
    </message>
    <message>
        <source>The school administrator</source>
        <translation>El/la administrador/a de la escuela</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>A receiving school</source>
        <translation>Una escuela receptora</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Language of the paper</source>
        <extracomment>The paper&apos;s language (each named in its own words). Unless the request names one, the service&apos;s default (the family&apos;s language) is shown once the first copy is built.</extracomment>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>Protect the saved PDF with a &amp;password</source>
        <translation>Proteger el PDF guardado con una &amp;contraseña</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>&amp;New suggestion</source>
        <translation>&amp;Nueva sugerencia</translation>
    </message>
    <message>
        <source>Give the password to the reader another way (by phone, not in the same email).</source>
        <translation>Dé la contraseña a quien lo lea por otro medio (por teléfono, no en el mismo correo).</translation>
    </message>
    <message>
        <source>Building the document…</source>
        <translation>Preparando el documento…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Antes de imprimir</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;repared for:</source>
        <translation>P&amp;reparado para:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>A printed or saved copy leaves the encrypted case file. It is a student record: do not pass it on (FERPA). Every print and save is logged with the case.</source>
        <translation>Una copia impresa o guardada sale del archivo de casos cifrado. Es un expediente del estudiante: no la comparta (FERPA). Cada impresión y cada copia guardada quedan registradas en el caso.</translation>
    </message>
    <message>
        <source>Print options</source>
        <translation>Opciones de impresión</translation>
    </message>
    <message>
        <source>This handout holds no student data and carries no CONFIDENTIAL stamp: print as many copies as you like. Printing and saving it is logged.</source>
        <translation>Esta hoja no tiene datos de estudiantes y no lleva el sello CONFIDENCIAL: imprima todas las copias que quiera. Imprimirla y guardarla queda registrado.</translation>
    </message>
    <message>
        <source>Aggregate figures: counts only, every small count hidden, no student identified. No CONFIDENTIAL stamp; printing and saving it is logged.</source>
        <translation>Cifras globales: solo conteos, todos los conteos pequeños ocultos, ningún estudiante identificado. Sin sello CONFIDENCIAL; imprimirlo y guardarlo queda registrado.</translation>
    </message>
    <message>
        <source>A copy for the family always leaves the team.</source>
        <translation>Una copia para la familia siempre sale del equipo.</translation>
    </message>
    <message>
        <source>Your district has turned off saving PDFs on this computer: print.</source>
        <translation>Su distrito desactivó guardar archivos PDF en esta computadora: imprima.</translation>
    </message>
    <message>
        <source>%1: %2 page(s), document %3</source>
        <translation>%1: %2 página(s), documento %3</translation>
    </message>
    <message>
        <source>Updating the copy for its recipient…</source>
        <translation>Actualizando la copia para quien la recibe…</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Set one up, or use Save as PDF…</source>
        <translation>No hay ninguna impresora configurada en esta computadora. Configure una o use Guardar como PDF…</translation>
    </message>
    <message>
        <source>Not printed, and nothing logged. %1</source>
        <translation>No se imprimió y no se registró nada. %1</translation>
    </message>
    <message>
        <source>Sent to %1, which took the job, and logged.</source>
        <translation>Enviado a %1, que recibió el trabajo, y registrado.</translation>
    </message>
    <message>
        <source>%1 took the job, but logging it failed: %2. Cancel the job in the printer&apos;s queue if it should not print, or note it in the case.</source>
        <translation>%1 recibió el trabajo, pero no se pudo registrar: %2. Cancele el trabajo en la cola de la impresora si no debe imprimirse, o anótelo en el caso.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved, encrypted, and logged: %1</source>
        <translation>Guardado, cifrado y registrado: %1</translation>
    </message>
    <message>
        <source>Saved (not encrypted) and logged: %1</source>
        <translation>Guardado (sin cifrar) y registrado: %1</translation>
    </message>
</context>
<context>
    <name>ReceivedView</name>
    <message>
        <source>Received from another school</source>
        <translation>Recibido de otra escuela</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message numerus="yes">
        <source>%n intervention(s) belong to a member who left the team: reassign them.</source>
        <translation>
            <numerusform>%n intervención corresponde a un miembro que ya no está en el equipo: asígnela a otra persona.</numerusform>
            <numerusform>%n intervenciones corresponden a un miembro que ya no está en el equipo: asígnelas a otra persona.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>¿Olvidó su frase de contraseña?</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Definir la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type the recovery code from the recovery kit of %1 (the page the team lead printed when the case file was made, kept in the principal&apos;s or district&apos;s safe). Then choose a new passphrase: your old one stops working. Nothing else in the case file changes.</source>
        <translation>Escriba el código de recuperación del kit de recuperación de %1 (la página que imprimió el/la coordinador/a del equipo cuando se creó el archivo de casos, guardada en la caja fuerte del director o del distrito). Luego elija una frase de contraseña nueva: la anterior deja de funcionar. No cambia nada más en el archivo de casos.</translation>
    </message>
    <message>
        <source>14 groups of 4 letters and digits</source>
        <translation>14 grupos de 4 letras y números</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Revisando el código de recuperación…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <source>This code opens the case file if every passphrase is forgotten. It is shown only now. Write it down, put it in a sealed envelope in the principal&apos;s or district&apos;s safe, and do not keep it on this computer.</source>
        <translation>Este código abre el archivo de casos si se olvidan todas las frases de contraseña. Solo se muestra ahora. Anótelo, guárdelo en un sobre cerrado en la caja fuerte del director o del distrito, y no lo guarde en esta computadora.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print the recovery kit…</source>
        <translation>&amp;Imprimir el kit de recuperación…</translation>
    </message>
    <message>
        <source>A page with the code and what to do with it, for the safe (printed only)</source>
        <translation>Una página con el código y qué hacer con él, para la caja fuerte (solo impresa)</translation>
    </message>
    <message>
        <source>I have &amp;written the code down and will lock it away</source>
        <translation>He &amp;anotado el código y lo guardaré bajo llave</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reports received</source>
        <translation>Reportes recibidos</translation>
    </message>
    <message>
        <source>Screening decision</source>
        <translation>Decisión de la evaluación inicial</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Evaluación inicial</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Add a re&amp;port…</source>
        <translation>Agregar un re&amp;porte…</translation>
    </message>
    <message>
        <source>Scr&amp;een…</source>
        <translation>&amp;Evaluación inicial…</translation>
    </message>
    <message>
        <source>A&amp;ttach evidence…</source>
        <translation>Ad&amp;juntar evidencia…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>none yet: drop files here</source>
        <translation>ninguno todavía: suelte archivos aquí</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Suelte aquí los archivos para adjuntarlos</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Case %1</source>
        <extracomment>The kinds of conflict (`ConflictReview.kind`), and what `chosen` says for an edit against a delete. How much of a member&apos;s name a Keep button shows. Text on a projector: a little larger than the window&apos;s.</extracomment>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Why it was not resolved</source>
        <translation>Por qué no se resolvió</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>The version you keep replaces both on every laptop. To keep parts of both, choose Later, then save a new version on the case&apos;s %1 tab: it replaces both.</source>
        <translation>La versión que conserve reemplaza a ambas en todas las laptops. Para conservar partes de las dos, elija Más adelante y luego guarde una versión nueva en la pestaña %1 del caso: reemplaza a ambas.</translation>
    </message>
    <message>
        <source>One case keeps %1; the other gets the next free number of its school year. If %1 is already on paper for the case you renumber, write the new number on that paper. The audit log keeps both numbers.</source>
        <translation>Un caso conserva el %1; el otro recibe el siguiente número libre de su ciclo escolar. Si el %1 ya está en papel para el caso al que le cambia el número, escriba el número nuevo en ese papel. El registro de auditoría guarda los dos números.</translation>
    </message>
    <message>
        <source>Keep it deleted: the change made meanwhile is deleted with it. Restore it: the record comes back with the change.</source>
        <translation>Dejarlo eliminado: el cambio hecho mientras tanto se elimina con él. Restaurarlo: el registro vuelve con el cambio.</translation>
    </message>
    <message>
        <source>What both started from</source>
        <translation>De qué partieron las dos</translation>
    </message>
    <message>
        <source>Not known: the versions&apos; history does not say what they started from (one was written without seeing the other&apos;s earlier text).</source>
        <translation>Se desconoce: el historial de las versiones no dice de qué partieron (una se escribió sin ver el texto anterior de la otra).</translation>
    </message>
    <message>
        <source>The case %1 opened</source>
        <translation>El caso que abrió %1</translation>
    </message>
    <message>
        <source>%1&apos;s version</source>
        <translation>Versión de %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>escrito %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Differences, word by word: [-struck through-] only in %1&apos;s version, {+underlined+} only in %2&apos;s version.</source>
        <translation>Diferencias, palabra por palabra: [-tachado-] solo en la versión de %1, {+subrayado+} solo en la versión de %2.</translation>
    </message>
    <message>
        <source>Differences, word by word</source>
        <translation>Diferencias, palabra por palabra</translation>
    </message>
    <message>
        <source>&amp;Combine…</source>
        <translation>&amp;Combinar…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más adelante</translation>
    </message>
    <message>
        <source>&amp;Keep it deleted</source>
        <translation>&amp;Dejarlo eliminado</translation>
    </message>
    <message>
        <source>The record stays deleted</source>
        <translation>El registro sigue eliminado</translation>
    </message>
    <message>
        <source>&amp;Restore it</source>
        <translation>&amp;Restaurarlo</translation>
    </message>
    <message>
        <source>The record comes back, changed</source>
        <translation>El registro vuelve, con el cambio</translation>
    </message>
    <message>
        <source>New number for %1&apos;s case (&amp;%2)</source>
        <translation>Número nuevo para el caso de %1 (&amp;%2)</translation>
    </message>
    <message>
        <source>Give the case %1 opened the next free number</source>
        <translation>Dar al caso que abrió %1 el siguiente número libre</translation>
    </message>
    <message>
        <source>Keep %1&apos;s (&amp;%2)</source>
        <translation>Conservar la de %1 (&amp;%2)</translation>
    </message>
    <message>
        <source>Keep this version: %1</source>
        <translation>Conservar esta versión: %1</translation>
    </message>
    <message>
        <source>C&amp;ombined text: both versions are below, one after the other. Edit them into one text; it replaces every version on every laptop.</source>
        <translation>Texto &amp;combinado: las dos versiones están abajo, una después de la otra. Júntelas en un solo texto; reemplaza todas las versiones en todas las laptops.</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Texto combinado</translation>
    </message>
    <message>
        <source>&amp;Save combined text</source>
        <translation>&amp;Guardar texto combinado</translation>
    </message>
    <message>
        <source>&amp;Back to the versions</source>
        <translation>&amp;Volver a las versiones</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <extracomment>The backup folder and the passphrase that opened it: replace the case file with it.</extracomment>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>First a restore drill: the backup is restored into a temporary place, opened, its counts compared and checked, and the trial copy deleted. The case file is not touched. If the drill passes, you can then replace the case file with the backup; the case file as it is now is kept beside it, renamed.</source>
        <translation>Primero, un simulacro de restauración: la copia se restaura en un lugar temporal, se abre, se comparan y se revisan sus conteos, y la copia de prueba se borra. El archivo de casos no se toca. Si el simulacro sale bien, puede reemplazar el archivo de casos con la copia; el archivo de casos actual se guarda al lado, con otro nombre.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Carpeta de la copia:</translation>
    </message>
    <message>
        <source>Your &amp;passphrase for it:</source>
        <translation>Su &amp;frase de contraseña para ella:</translation>
    </message>
    <message>
        <source>The passphrase you had when the backup was made, if you changed it since.</source>
        <translation>La frase de contraseña que tenía cuando se hizo la copia, si la cambió desde entonces.</translation>
    </message>
    <message>
        <source>&amp;Try the backup</source>
        <translation>&amp;Probar la copia</translation>
    </message>
    <message>
        <source>&amp;Replace the case file with this backup</source>
        <translation>&amp;Reemplazar el archivo de casos con esta copia</translation>
    </message>
    <message>
        <source>Choose the backup (a folder ending in .btam)</source>
        <translation>Elija la copia de seguridad (una carpeta que termina en .btam)</translation>
    </message>
    <message>
        <source>Choose the backup and type your passphrase for it.</source>
        <translation>Elija la copia de seguridad y escriba su frase de contraseña para ella.</translation>
    </message>
    <message>
        <source>Restoring into a temporary place, opening it, comparing counts…</source>
        <translation>Restaurando en un lugar temporal, abriéndolo, comparando conteos…</translation>
    </message>
    <message>
        <source>BTAM Desktop is still saving. Try again in a moment.</source>
        <translation>BTAM Desktop todavía está guardando. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>The backup holds the case file as it was on %1; the case file has %n cases now.</source>
        <translation>
            <numerusform>La copia guarda el archivo de casos como estaba el %1; ahora el archivo de casos tiene %n caso.</numerusform>
            <numerusform>La copia guarda el archivo de casos como estaba el %1; ahora el archivo de casos tiene %n casos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore drill passed: the backup was restored into a temporary place, opened, and its counts match (%n cases). Its check is clean, and the trial copy was deleted.</source>
        <translation>
            <numerusform>El simulacro de restauración salió bien: la copia se restauró en un lugar temporal, se abrió y sus conteos coinciden (%n caso). Su revisión no tiene problemas y la copia de prueba se borró.</numerusform>
            <numerusform>El simulacro de restauración salió bien: la copia se restauró en un lugar temporal, se abrió y sus conteos coinciden (%n casos). Su revisión no tiene problemas y la copia de prueba se borró.</numerusform>
        </translation>
    </message>
    <message>
        <source>• rows differ from the backup in: %1</source>
        <translation>• filas que difieren de la copia en: %1</translation>
    </message>
    <message>
        <source>• the trial copy could not be deleted (it is encrypted): %1</source>
        <translation>• no se pudo borrar la copia de prueba (está cifrada): %1</translation>
    </message>
    <message>
        <source>Restore drill failed; do not rely on this backup:
%1</source>
        <translation>El simulacro de restauración falló; no confíe en esta copia:
%1</translation>
    </message>
</context>
<context>
    <name>RetentionPane</name>
    <message>
        <source>Retention rules</source>
        <translation>Reglas de conservación</translation>
    </message>
    <message>
        <source>⚠ Backups and exports made before a destruction still hold the destroyed case. After destroying, destroy or lock away older backups, exported files and printed copies as the guide explains.</source>
        <translation>⚠ Las copias de seguridad y exportaciones hechas antes de una destrucción todavía contienen el caso destruido. Después de destruirlo, destruya o guarde bajo llave las copias anteriores, los archivos exportados y las copias impresas, como explica la guía.</translation>
    </message>
    <message>
        <source>About backups and exports</source>
        <translation>Sobre las copias de seguridad y las exportaciones</translation>
    </message>
    <message>
        <source>Old records due</source>
        <translation>Registros antiguos pendientes</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>About the selected case</source>
        <translation>Sobre el caso seleccionado</translation>
    </message>
    <message>
        <source>Nothing is due: no closed case has reached its date.</source>
        <translation>No hay nada pendiente: ningún caso cerrado ha llegado a su fecha.</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>&amp;Destruir…</translation>
    </message>
    <message>
        <source>&amp;Keep…</source>
        <translation>&amp;Conservar…</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>&amp;Retención legal…</translation>
    </message>
    <message>
        <source>&amp;Lift hold…</source>
        <translation>&amp;Levantar la retención…</translation>
    </message>
    <message>
        <source>Remove the level &amp;label…</source>
        <translation>Quitar la &amp;etiqueta de nivel…</translation>
    </message>
    <message>
        <source>Hold &amp;another case…</source>
        <translation>Retener &amp;otro caso…</translation>
    </message>
    <message>
        <source>A legal hold on any case, due or not: a records request, litigation</source>
        <translation>Una retención legal sobre cualquier caso, le toque o no: una solicitud de expedientes, un litigio</translation>
    </message>
    <message>
        <source>Review old records</source>
        <translation>Revisar registros antiguos</translation>
    </message>
    <message>
        <source>Retention rules of %1:</source>
        <translation>Reglas de conservación de %1:</translation>
    </message>
    <message>
        <source>%1 names no retention rules, so every case is kept: nothing is offered for destruction. A district pack can add the district&apos;s schedule.</source>
        <translation>%1 no tiene reglas de conservación, así que se conservan todos los casos: no se ofrece destruir nada. Un paquete del distrito puede agregar el calendario del distrito.</translation>
    </message>
    <message>
        <source>Destroy case %1…</source>
        <translation>Destruir el caso %1…</translation>
    </message>
    <message>
        <source>Destroy case %1</source>
        <translation>Destruir el caso %1</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destruir</translation>
    </message>
    <message>
        <source>Remove the level label of case %1</source>
        <translation>Quitar la etiqueta de nivel del caso %1</translation>
    </message>
    <message>
        <source>Remove the level label “%1” from %2? The case is kept; only its level of concern is cleared, so the label does not outlive its reason. The team history records that it was removed and under which rule.</source>
        <translation>¿Quitar la etiqueta de nivel “%1” de %2? El caso se conserva; solo se borra su nivel de preocupación, para que la etiqueta no dure más que su motivo. El historial del equipo registra que se quitó y según qué regla.</translation>
    </message>
    <message>
        <source>Remove the label</source>
        <translation>Quitar la etiqueta</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Registrar revisión</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>Cuá&amp;ndo:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Asistentes:</translation>
    </message>
    <message>
        <source>Plan &amp;progress:</source>
        <translation>A&amp;vance del plan:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>&amp;Próxima revisión:</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Changes made at once on two laptops. Both versions are kept, and printed documents show both, until someone here chooses. Press Enter on a row to compare the versions.</source>
        <extracomment>A conflict to resolve (a ConflictReview). A conflict the dialog does not resolve: its case, to look at (case id). A change from a removed member&apos;s laptop, to review (a HeldChange).</extracomment>
        <translation>Cambios hechos a la vez en dos laptops. Se conservan las dos versiones, y los documentos impresos muestran ambas, hasta que alguien aquí elija. Pulse Intro en una fila para comparar las versiones.</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Changes from a removed member&apos;s laptop</source>
        <translation>Cambios de la laptop de un miembro que salió</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>un antiguo miembro</translation>
    </message>
    <message>
        <source>1 change from %1&apos;s laptop arrived after they were removed from the team. It is not in the case file until a team lead imports it. Press Enter on the row to see what it does.</source>
        <translation>1 cambio de la laptop de %1 llegó después de que se le quitara del equipo. No está en el archivo de casos hasta que un/a coordinador/a del equipo lo importe. Pulse Intro en la fila para ver qué hace.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes from %1&apos;s laptop arrived after they were removed from the team. They are not in the case file until a team lead imports them. Press Enter on a row to see what it does.</source>
        <translation>
            <numerusform>%n cambio de la laptop de %1 llegó después de que se le quitara del equipo. No está en el archivo de casos hasta que un/a coordinador/a del equipo lo importe. Pulse Intro en una fila para ver qué hace.</numerusform>
            <numerusform>%n cambios de la laptop de %1 llegaron después de que se le quitara del equipo. No están en el archivo de casos hasta que un/a coordinador/a del equipo los importe. Pulse Intro en una fila para ver qué hace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollupExport</name>
    <message>
        <source>Export district roll-up</source>
        <extracomment>The last message box shown (tests read it).</extracomment>
        <translation>Exportar resumen para el distrito</translation>
    </message>
    <message>
        <source>District roll-up (*.json)</source>
        <translation>Resumen para el distrito (*.json)</translation>
    </message>
    <message>
        <source>Your district has turned off saving files on this computer.</source>
        <translation>Su distrito desactivó guardar archivos en esta computadora.</translation>
    </message>
    <message>
        <source>Saved and logged: the %1 roll-up in %2, signed by %3 with the key
%4

Give the file to the district and read them this fingerprint, so they can check that the file is yours. It holds counts only, with small counts hidden.</source>
        <translation>Guardado y registrado: el resumen de %1 en %2, firmado por %3 con la clave
%4

Entregue el archivo al distrito y léales esta huella digital, para que puedan comprobar que el archivo es suyo. Contiene solo recuentos, con los recuentos pequeños ocultos.</translation>
    </message>
    <message>
        <source>District roll-up</source>
        <translation>Resumen para el distrito</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Safety plan with the student</source>
        <translation>Plan de seguridad con el estudiante</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Who sat with the student</source>
        <translation>Quién hizo el plan con el estudiante</translation>
    </message>
    <message>
        <source>Made &amp;on:</source>
        <translation>Hecho &amp;el:</translation>
    </message>
    <message>
        <source>Made &amp;with:</source>
        <translation>Hecho &amp;con:</translation>
    </message>
    <message>
        <source>&amp;Warning signs (the student&apos;s words):</source>
        <translation>&amp;Señales de alerta (en palabras del estudiante):</translation>
    </message>
    <message>
        <source>Things to &amp;do on their own:</source>
        <translation>Cosas que puede &amp;hacer por su cuenta:</translation>
    </message>
    <message>
        <source>&amp;People and places that help:</source>
        <translation>&amp;Personas y lugares que ayudan:</translation>
    </message>
    <message>
        <source>&amp;Adults to contact:</source>
        <translation>&amp;Adultos a quienes acudir:</translation>
    </message>
    <message>
        <source>&amp;Crisis line:</source>
        <translation>&amp;Línea de crisis:</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Meeting details</source>
        <translation>Datos de la reunión</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>Programar una reunión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(sin elegir todavía)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Empieza a las:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Preside:</translation>
    </message>
    <message>
        <source>&amp;Note-taker:</source>
        <translation>&amp;Toma el acta:</translation>
    </message>
    <message>
        <source>The agenda is built from what is due by this date; you can change it after.</source>
        <translation>La agenda se prepara con lo pendiente hasta esta fecha; puede cambiarla después.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Screening decision</source>
        <translation>Decisión de la evaluación inicial</translation>
    </message>
    <message>
        <source>Proceed to &amp;inquiry</source>
        <translation>Pasar a &amp;indagación</translation>
    </message>
    <message>
        <source>&amp;Handle at screening level (e.g. a transient threat resolved)</source>
        <translation>Res&amp;olver en la evaluación inicial (p. ej., una amenaza pasajera ya resuelta)</translation>
    </message>
    <message>
        <source>&amp;Dismiss: not a threat-assessment matter</source>
        <translation>&amp;Descartar: no es un asunto de evaluación de amenazas</translation>
    </message>
    <message>
        <source>Decided with (&amp;second member):</source>
        <translation>Decidido con (&amp;segundo miembro):</translation>
    </message>
    <message>
        <source>Case &amp;manager (for an inquiry):</source>
        <translation>&amp;Responsable del caso (para una indagación):</translation>
    </message>
    <message>
        <source>&amp;Reason (required to dismiss or close):</source>
        <translation>&amp;Motivo (obligatorio para descartar o cerrar):</translation>
    </message>
    <message>
        <source>Risk of harm to s&amp;elf identified (the school&apos;s suicide-risk protocol follows)</source>
        <extracomment>Ticked: the case is marked &quot;risk of harm to self identified&quot; once this is saved.</extracomment>
        <translation>Se identificó riesgo de &amp;hacerse daño (se sigue el protocolo de la escuela ante el riesgo de suicidio)</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrar decisión</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Agregar un servicio</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Phone, address, web site, whom to ask for</source>
        <translation>Teléfono, dirección, sitio web, por quién preguntar</translation>
    </message>
    <message>
        <source>For example: English, Spanish</source>
        <translation>Por ejemplo: inglés, español</translation>
    </message>
    <message>
        <source>For example: free, sliding scale, Medicaid</source>
        <translation>Por ejemplo: gratis, tarifa según ingresos, Medicaid</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Co&amp;st:</source>
        <translation>&amp;Costo:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
</context>
<context>
    <name>ServiceReferralsPane</name>
    <message>
        <source>Referrals to services</source>
        <translation>Remisiones a servicios</translation>
    </message>
    <message>
        <source>Suggest a ser&amp;vice…</source>
        <translation>S&amp;ugerir un servicio…</translation>
    </message>
    <message>
        <source>Ne&amp;xt step…</source>
        <translation>Siguiente p&amp;aso…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>siguiente: %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>no step since %1 (%2 days)</source>
        <translation>ningún paso desde el %1 (%2 días)</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>para: %1</translation>
    </message>
</context>
<context>
    <name>ServicesPane</name>
    <message>
        <source>Services directory</source>
        <translation>Directorio de servicios</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <source>The services the school connects students and families to. A plan&apos;s intervention can name one, and each case&apos;s Plan tab follows its referrals from the suggestion to the end. A service taken off the list stays on record for the referrals that named it.</source>
        <translation>Los servicios con los que la escuela pone en contacto a los estudiantes y a las familias. Una intervención del plan puede nombrar uno, y la pestaña Plan de cada caso sigue sus remisiones desde la sugerencia hasta el final. Un servicio que se quita de la lista sigue registrado para las remisiones que lo nombraron.</translation>
    </message>
    <message>
        <source>A&amp;dd a service…</source>
        <translation>&amp;Agregar un servicio…</translation>
    </message>
    <message>
        <source>Change de&amp;tails…</source>
        <translation>Cambiar da&amp;tos…</translation>
    </message>
    <message>
        <source>Take off the l&amp;ist…</source>
        <translation>&amp;Quitar de la lista…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Taken off %1</source>
        <translation>Se quitó el %1</translation>
    </message>
    <message>
        <source>Put back on the l&amp;ist</source>
        <translation>Poner de &amp;nuevo en la lista</translation>
    </message>
    <message>
        <source>Take %1 off the list</source>
        <translation>Quitar a %1 de la lista</translation>
    </message>
    <message>
        <source>Take %1 off the list? Referrals that named it keep its name; it is no longer offered for new ones.</source>
        <translation>¿Quitar %1 de la lista? Las remisiones que lo nombran conservan su nombre; ya no se ofrece para remisiones nuevas.</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Quitar de la lista</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Change the session</source>
        <translation>Cambiar la sesión</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>Registrar una sesión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Who led it</source>
        <translation>Quién la dirigió</translation>
    </message>
    <message>
        <source>For example: start-of-year staff meeting, 20 min</source>
        <translation>Por ejemplo: reunión del personal al inicio del año, 20 min</translation>
    </message>
    <message>
        <source>Type part of a name, role or department</source>
        <translation>Escriba parte de un nombre, una función o un departamento</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Quiénes asistieron</translation>
    </message>
    <message>
        <source>How many attended</source>
        <translation>Cuántos asistieron</translation>
    </message>
    <message>
        <source>Tick all s&amp;hown</source>
        <translation>Marcar todos los &amp;visibles</translation>
    </message>
    <message>
        <source>&amp;Untick all shown</source>
        <translation>&amp;Desmarcar todos los visibles</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>&amp;Dirigida por:</translation>
    </message>
    <message>
        <source>&amp;Topic and format:</source>
        <translation>&amp;Tema y formato:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Attended:</source>
        <translation>&amp;Asistieron:</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 de %2 marcados</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>&amp;Change my passphrase…</source>
        <extracomment>The column&apos;s width in average characters: notes wrap at a readable line length instead of running the width of a wide screen.</extracomment>
        <translation>&amp;Cambiar mi frase de contraseña…</translation>
    </message>
    <message>
        <source>Follow this computer</source>
        <translation>Igual que esta computadora</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscura</translation>
    </message>
    <message>
        <source>A new language shows the next time you start BTAM Desktop.</source>
        <translation>El nuevo idioma aparece la próxima vez que abra BTAM Desktop.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Apply for the &amp;team</source>
        <translation>Aplicar para el &amp;equipo</translation>
    </message>
    <message>
        <source>Use this &amp;model for the team</source>
        <translation>Usar este &amp;modelo para el equipo</translation>
    </message>
    <message>
        <source>&amp;Import a district pack…</source>
        <translation>&amp;Importar un paquete del distrito…</translation>
    </message>
    <message>
        <source>You, on this computer</source>
        <translation>Usted, en esta computadora</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The team, on every computer</source>
        <translation>El equipo, en todas las computadoras</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>Remind to back &amp;up after:</source>
        <translation>Recordar la copia de seg&amp;uridad después de:</translation>
    </message>
    <message>
        <source>The team&apos;s model pack</source>
        <translation>El paquete del modelo del equipo</translation>
    </message>
    <message>
        <source>&amp;Model pack:</source>
        <translation>&amp;Paquete del modelo:</translation>
    </message>
    <message>
        <source>On every computer of the team, the app locks itself after this many idle minutes, and the status bar asks for a backup when the last verified one is older than this many days.</source>
        <translation>En todas las computadoras del equipo, la aplicación se bloquea sola tras estos minutos de inactividad, y la barra de estado pide una copia de seguridad cuando la última verificada tiene más de estos días.</translation>
    </message>
    <message>
        <source>Only a team lead can change the auto-lock time and backup reminder.</source>
        <translation>Solo un/a coordinador/a del equipo puede cambiar el tiempo de bloqueo automático y el recordatorio de copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <source>Add someone to the staff list</source>
        <translation>Agregar a alguien a la lista del personal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>For example: teacher, bus driver, nurse</source>
        <translation>Por ejemplo: maestro/a, chofer de autobús, enfermero/a</translation>
    </message>
    <message>
        <source>No &amp;longer at the school</source>
        <translation>Ya no está en la &amp;escuela</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>The figure the section starts at.</extracomment>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <source>School year</source>
        <extracomment>How much larger the figures read with &quot;Large type&quot; on (a projector at the back of a room). The rows and columns the domain names, gathered in one dict of the UI so that tools/translations.py (which reads the UI&apos;s upper-case dicts of words) gives each its Spanish; `words` then finds them. The last line this screen put in the status bar.</extracomment>
        <translation>Ciclo escolar</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>Ciclo &amp;escolar:</translation>
    </message>
    <message>
        <source>&amp;Large type, for a projector</source>
        <translation>&amp;Letra grande, para un proyector</translation>
    </message>
    <message>
        <source>Print &amp;annual report…</source>
        <extracomment>The same figures on paper, for the school board or the district (Ctrl+P too).</extracomment>
        <translation>Imprimir &amp;informe anual…</translation>
    </message>
    <message>
        <source>&amp;Enrollment…</source>
        <extracomment>The school&apos;s enrollment of the year shown, for the share of each group.</extracomment>
        <translation>&amp;Matrícula…</translation>
    </message>
    <message>
        <source>Export &amp;state report…</source>
        <extracomment>The state&apos;s yearly collection as CSV: only when the team&apos;s model maps one.</extracomment>
        <translation>E&amp;xportar el informe para el estado…</translation>
    </message>
    <message>
        <source>Export &amp;district roll-up…</source>
        <extracomment>The year&apos;s figures in a file signed with the lead&apos;s key, for the district.</extracomment>
        <translation>Exportar resumen para el &amp;distrito…</translation>
    </message>
    <message>
        <source>Summary of the year</source>
        <translation>Resumen del año</translation>
    </message>
    <message>
        <source>What is not counted</source>
        <translation>Qué no se cuenta</translation>
    </message>
    <message>
        <source>Statistics: is our program working?</source>
        <translation>Estadísticas: ¿funciona nuestro programa?</translation>
    </message>
    <message>
        <source>Export state report</source>
        <translation>Exportar el informe para el estado</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>State report saved and logged: %1 fields in %2 (counts only, not encrypted).</source>
        <translation>Informe para el estado guardado y registrado: %1 datos en %2 (solo cifras, sin cifrar).</translation>
    </message>
    <message>
        <source>Saving the state report…</source>
        <translation>Guardando el informe para el estado…</translation>
    </message>
    <message>
        <source>%1, filled from these figures</source>
        <translation>%1, con estas mismas cifras</translation>
    </message>
    <message>
        <source>The team&apos;s model maps no state report.</source>
        <translation>El modelo del equipo no incluye un informe para el estado.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3): %4 cases opened, %5 closed.</source>
        <translation>%1 (del %2 al %3): %4 casos abiertos, %5 cerrados.</translation>
    </message>
    <message>
        <source>%2 to %3: %4 cases opened, %5 closed.</source>
        <translation>Del %2 al %3: %4 casos abiertos, %5 cerrados.</translation>
    </message>
    <message>
        <source>Counts from 1 to %1 show as “%2”, and so does any count a total would give away: no student can be picked out. With few cases most counts are hidden.</source>
        <translation>Los conteos de 1 a %1 aparecen como “%2”, igual que cualquier conteo que un total dejaría adivinar: no se puede identificar a ningún estudiante. Con pocos casos, la mayoría de los conteos quedan ocultos.</translation>
    </message>
    <message>
        <source>Not counted yet: %1. These fields come in a later version; until then the figures cannot show whether any group is over-represented.</source>
        <translation>Todavía no se cuenta: %1. Estos campos llegan en una versión posterior; hasta entonces, las cifras no pueden mostrar si algún grupo está sobrerrepresentado.</translation>
    </message>
    <message>
        <source>Groups and outcomes come from the fields marked “For program evaluation” on each case. The ratio is a group&apos;s share of cases divided by its share of enrollment: above 1, the group has more of the cases than of the students.</source>
        <translation>Los grupos y los resultados vienen de los campos marcados “Para la evaluación del programa” en cada caso. El índice es la proporción de los casos que corresponde a un grupo dividida entre su proporción de la matrícula: por encima de 1, el grupo tiene una parte mayor de los casos que de los estudiantes.</translation>
    </message>
    <message>
        <source>No enrollment is typed in for %1 yet: press Enrollment… to compare.</source>
        <translation>Todavía no se ha escrito la matrícula de %1: pulse Matrícula… para comparar.</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfica: %1</translation>
    </message>
    <message>
        <source>The same counts as the table beside it.</source>
        <translation>Los mismos conteos que la tabla de al lado.</translation>
    </message>
    <message>
        <source>Median: 1 day (%2 cases).</source>
        <translation>Mediana: 1 día (%2 casos).</translation>
    </message>
    <message>
        <source>Median: %1 days (%2 cases).</source>
        <translation>Mediana: %1 días (%2 casos).</translation>
    </message>
    <message>
        <source>Median: not shown, fewer than %1 cases.</source>
        <translation>Mediana: no se muestra, menos de %1 casos.</translation>
    </message>
    <message>
        <source>Median of %1</source>
        <translation>Mediana de %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>fewer than %1, hidden</source>
        <translation>menos de %1, oculto</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>no se muestra</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Record a step of the protocol</source>
        <translation>Registrar un paso del protocolo</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Someone else (type the name)</source>
        <translation>Otra persona (escriba el nombre)</translation>
    </message>
    <message>
        <source>e.g. the district&apos;s crisis counselor</source>
        <translation>p. ej. el consejero de crisis del distrito</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Paso:</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>Hecho &amp;el:</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>Hec&amp;ho por:</translation>
    </message>
    <message>
        <source>Or &amp;name:</source>
        <translation>O &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>Registrar paso</translation>
    </message>
    <message>
        <source>For example: Ms. Alvarez, mother</source>
        <translation>Por ejemplo: Sra. Alvarez, madre</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Consent given by:</source>
        <translation>&amp;Consentimiento dado por:</translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message>
        <source>Student&apos;s record</source>
        <extracomment>Opens the student&apos;s record from the case list and the case page.</extracomment>
        <translation>Expediente del estudiante</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>About the student</source>
        <translation>Sobre el estudiante</translation>
    </message>
    <message>
        <source>The student&apos;s cases and records, by date</source>
        <translation>Los casos y registros del estudiante, por fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>The chosen record in full</source>
        <translation>El registro elegido completo</translation>
    </message>
    <message>
        <source>One student, several records</source>
        <translation>Un estudiante, varios registros</translation>
    </message>
    <message>
        <source>Records merged into this student</source>
        <translation>Registros unidos a este estudiante</translation>
    </message>
    <message>
        <source>&amp;Separate…</source>
        <translation>&amp;Separar…</translation>
    </message>
    <message>
        <source>Separate the chosen merge</source>
        <translation>Separar la unión elegida</translation>
    </message>
    <message>
        <source>Another student to merge with</source>
        <translation>Otro estudiante con quien unirlo</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Unir…</translation>
    </message>
    <message>
        <source>Merge with the chosen student</source>
        <translation>Unir con el estudiante elegido</translation>
    </message>
    <message>
        <source>Merged:</source>
        <translation>Unidos:</translation>
    </message>
    <message>
        <source>Same student &amp;as:</source>
        <translation>Mismo estudiante &amp;que:</translation>
    </message>
    <message>
        <source>Only a team lead can merge or separate records.</source>
        <translation>Solo un/a coordinador/a del equipo puede unir o separar registros.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Open this case</source>
        <translation>&amp;Abrir este caso</translation>
    </message>
    <message>
        <source>Student&apos;s record: %1</source>
        <translation>Expediente del estudiante: %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>un antiguo miembro</translation>
    </message>
    <message>
        <source>The student of case %1 is the student of case %2 (said by %3, %4)</source>
        <translation>El estudiante del caso %1 es el del caso %2 (según %3, %4)</translation>
    </message>
    <message>
        <source>No merged records.</source>
        <translation>No hay registros unidos.</translation>
    </message>
    <message>
        <source>The cases above share a student id.</source>
        <translation>Los casos de arriba comparten el ID del estudiante.</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>grado %1</translation>
    </message>
    <message>
        <source>student id %1</source>
        <translation>ID del estudiante %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nació el %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>caso %1</translation>
    </message>
    <message>
        <source>cases %1</source>
        <translation>casos %1</translation>
    </message>
    <message>
        <source>no student id</source>
        <translation>sin ID del estudiante</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Case %1 · %2 · recorded as %3</source>
        <translation>Caso %1 · %2 · registrado como %3</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>reporter kept confidential</source>
        <translation>identidad confidencial de quien reporta</translation>
    </message>
    <message>
        <source>named reporter</source>
        <translation>quien reporta dio su nombre</translation>
    </message>
    <message>
        <source>Report (%1, %2)</source>
        <translation>Reporte (%1, %2)</translation>
    </message>
    <message>
        <source>Screening: %1</source>
        <translation>Evaluación inicial: %1</translation>
    </message>
    <message>
        <source>Assessment, version %1 (level of concern: %2)</source>
        <translation>Evaluación, versión %1 (nivel de preocupación: %2)</translation>
    </message>
    <message>
        <source>Intervention plan, version %1 (%2 interventions)</source>
        <translation>Plan de intervención, versión %1 (%2 intervenciones)</translation>
    </message>
    <message>
        <source>Notified %1 (%2; %3)</source>
        <translation>Se notificó a %1 (%2; %3)</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>— se imprimió</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>— se guardó</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>— se exportó</translation>
    </message>
    <message>
        <source>to %1 (%2)</source>
        <translation>para %1 (%2)</translation>
    </message>
    <message>
        <source>within the team</source>
        <translation>dentro del equipo</translation>
    </message>
    <message>
        <source>Merge two students&apos; records</source>
        <translation>Unir los registros de dos estudiantes</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 will show as one student: their cases, reports and disclosures together. A team lead can separate them again.</source>
        <translation>%1 (%2) y %3 aparecerán como un solo estudiante: sus casos, reportes y divulgaciones juntos. Un/a coordinador/a del equipo puede volver a separarlos.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unir</translation>
    </message>
    <message>
        <source>Separate two records</source>
        <translation>Separar dos registros</translation>
    </message>
    <message>
        <source>%1

The two records will show as two students again (unless they carry the same student id). The merge stays in the history.</source>
        <translation>%1

Los dos registros volverán a aparecer como dos estudiantes (a menos que tengan el mismo ID del estudiante). La unión queda en el historial.</translation>
    </message>
    <message>
        <source>Separate</source>
        <translation>Separar</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest a service</source>
        <translation>Sugerir un servicio</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Sugerir</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vicio:</translation>
    </message>
    <message>
        <source>&amp;For the intervention:</source>
        <translation>&amp;Para la intervención:</translation>
    </message>
    <message>
        <source>&amp;Suggested on:</source>
        <translation>&amp;Sugerida el:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The directory has no services yet: add them on Team ▸ Services.</source>
        <translation>El directorio todavía no tiene servicios: agréguelos en Equipo ▸ Servicios.</translation>
    </message>
</context>
<context>
    <name>SyncPane</name>
    <message>
        <source>Each laptop keeps its own copy of the case file. The copies exchange their changes through a folder the team shares: a school network share, a USB stick or a Syncthing folder. Only encrypted, signed files go there. This laptop syncs when it is unlocked, every minute while it stays unlocked, and when it locks.</source>
        <translation>Cada laptop guarda su propia copia del archivo de casos. Las copias intercambian sus cambios mediante una carpeta que el equipo comparte: una carpeta de red de la escuela, una memoria USB o una carpeta de Syncthing. Allí solo van archivos cifrados y firmados. Esta laptop sincroniza al desbloquearse, cada minuto mientras sigue desbloqueada y al bloquearse.</translation>
    </message>
    <message>
        <source>Sync folder of this laptop</source>
        <translation>Carpeta de sincronización de esta laptop</translation>
    </message>
    <message>
        <source>for example: at home, office, projector</source>
        <translation>por ejemplo: en casa, oficina, proyector</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Nombre de esta laptop</translation>
    </message>
    <message>
        <source>Shown to the team beside what you write on this laptop, where two versions wait for a person: &quot;Lucía, 18:05 (at home)&quot;.</source>
        <translation>Se muestra al equipo junto a lo que usted escribe en esta laptop, cuando dos versiones esperan a una persona: &quot;Lucía, 18:05 (en casa)&quot;.</translation>
    </message>
    <message>
        <source>Sa&amp;ve name</source>
        <translation>Guar&amp;dar nombre</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problema de sincronización</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Stop syncing on this &amp;laptop</source>
        <translation>Dejar de sincronizar en esta &amp;laptop</translation>
    </message>
    <message>
        <source>&amp;Accept changes that wait for the clock…</source>
        <extracomment>A lead&apos;s way past a wrong clock: shown only to leads, only while changes wait.</extracomment>
        <translation>&amp;Aceptar los cambios que esperan por el reloj…</translation>
    </message>
    <message>
        <source>Files in the folder that could not be applied (tried again at every sync):</source>
        <translation>Archivos de la carpeta que no se pudieron aplicar (se vuelve a intentar en cada sincronización):</translation>
    </message>
    <message>
        <source>Files that could not be applied</source>
        <translation>Archivos que no se pudieron aplicar</translation>
    </message>
    <message>
        <source>Set on two laptops at once and reconciled without asking (dates, who is responsible): the newer value shows on every laptop.</source>
        <translation>Definido en dos laptops a la vez y conciliado sin preguntar (fechas, quién es responsable): el valor más reciente aparece en todas las laptops.</translation>
    </message>
    <message>
        <source>Reconciled automatically at the last sync</source>
        <translation>Conciliado automáticamente en la última sincronización</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation>Carpeta de sincronización:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <source>This lapt&amp;op&apos;s name:</source>
        <translation>Nombre de esta lapt&amp;op:</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync folder</source>
        <translation>Elegir la carpeta de sincronización del equipo</translation>
    </message>
    <message>
        <source>Accept changes that wait for the clock</source>
        <translation>Aceptar los cambios que esperan por el reloj</translation>
    </message>
    <message>
        <source>Apply %1&apos;s waiting changes now, on every laptop?

Their laptop&apos;s clock is %2 day(s) ahead. Until it is corrected, what they write counts as newer than what others write at the same time. Ask them to correct the date and time on their laptop first.</source>
        <translation>¿Aplicar ahora los cambios pendientes de %1, en todas las laptops?

El reloj de su laptop va %2 día(s) adelantado. Hasta que se corrija, lo que escriba cuenta como más reciente que lo que otros escriben al mismo tiempo. Pídale primero que corrija la fecha y la hora de su laptop.</translation>
    </message>
    <message>
        <source>Not set up: this laptop keeps its changes until a sync folder is chosen.</source>
        <translation>Sin configurar: esta laptop guarda sus cambios hasta que se elija una carpeta de sincronización.</translation>
    </message>
    <message>
        <source>(the team)</source>
        <translation>(el equipo)</translation>
    </message>
    <message>
        <source>This laptop does not sync.</source>
        <translation>Esta laptop no sincroniza.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Todavía sin sincronizar.</translation>
    </message>
    <message>
        <source>%1 — %2; %3.</source>
        <translation>%1 — %2; %3.</translation>
    </message>
    <message>
        <source>This laptop moved to the team&apos;s new key (a team lead removed a member).</source>
        <translation>Esta laptop pasó a la nueva clave del equipo (un/a coordinador/a quitó a un miembro).</translation>
    </message>
    <message>
        <source>%1 that arrived wait for earlier changes from the same laptop, which are not in the folder yet: they are applied as soon as those arrive.</source>
        <translation>%1 que llegaron esperan cambios anteriores de la misma laptop que aún no están en la carpeta: se aplican en cuanto lleguen.</translation>
    </message>
    <message>
        <source>Files of other programs in the folder, left alone: %1.</source>
        <translation>Archivos de otros programas en la carpeta, que no se tocan: %1.</translation>
    </message>
    <message>
        <source>%1&apos;s laptop clock is %2 day(s) ahead: their changes wait until the clocks agree or a team lead accepts them.</source>
        <translation>El reloj de la laptop de %1 va %2 día(s) adelantado: sus cambios esperan hasta que los relojes coincidan o un/a coordinador/a del equipo los acepte.</translation>
    </message>
    <message>
        <source> (see To review)</source>
        <translation> (vea Por revisar)</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source> and 1 attachment</source>
        <translation> y 1 archivo adjunto</translation>
    </message>
    <message numerus="yes">
        <source> and %n attachments</source>
        <translation>
            <numerusform> y %n archivo adjunto</numerusform>
            <numerusform> y %n archivos adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new to send</source>
        <translation>nada nuevo que enviar</translation>
    </message>
    <message>
        <source>sent %1 in %2</source>
        <translation>enviado %1 en %2</translation>
    </message>
    <message>
        <source>nothing new arrived</source>
        <translation>no llegó nada nuevo</translation>
    </message>
    <message>
        <source>received %1 in %2</source>
        <translation>recibido %1 en %2</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, de %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>BTAM Desktop is still saving a change. Try again in a moment.</source>
        <extracomment>How often an unlocked laptop syncs (sync research 4.5: &quot;poll every 60 s while unlocked&quot;). The status-bar line (&quot;&quot; when this laptop does not sync). Anything Team ▸ Sync shows changed: the folder, a result, a problem, the conflicts. Why the last sync did not happen (None after one that did). The open conflicts with their versions, for To review, the banners and the dialog. Changes a removed member&apos;s laptop wrote after the removal: they wait for a lead. What the last attempt to choose or forget a folder ran into, for Team ▸ Sync. While a large arrival is taken in a few files a call: what the calls so far took in, and (files done, files in all) for the status bar. What this laptop is called beside the changes it makes (&quot;&quot; for nothing).</extracomment>
        <translation>BTAM Desktop todavía está guardando un cambio. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Not synced: the sync folder is not reachable</source>
        <translation>Sin sincronizar: no se puede llegar a la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Not synced: see Team ▸ Sync</source>
        <translation>Sin sincronizar: vea Equipo ▸ Sincronización</translation>
    </message>
    <message>
        <source> (last synced %1)</source>
        <translation> (última sincronización: %1)</translation>
    </message>
    <message>
        <source>Receiving the team&apos;s changes… %1 of %2 files</source>
        <translation>Recibiendo los cambios del equipo… %1 de %2 archivos</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>You were removed from this team by %1: this laptop keeps what it had and sends nothing more</source>
        <translation>%1 lo quitó de este equipo: esta laptop conserva lo que tenía y ya no envía nada</translation>
    </message>
    <message>
        <source>%1 removed %2 from the team at the same time as this laptop&apos;s removal, and the team follows %1&apos;s new key: this laptop sends nothing more. Make a fresh copy from the sync folder (btam-desktop join), then repeat your removal there</source>
        <translation>%1 quitó a %2 del equipo al mismo tiempo que se quitaba esta laptop, y el equipo sigue la nueva clave de %1: esta laptop ya no envía nada. Haga una copia nueva desde la carpeta de sincronización (btam-desktop join) y luego repita allí lo que quitó</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>un miembro</translation>
    </message>
    <message>
        <source>1 file could not be applied</source>
        <translation>1 archivo no se pudo aplicar</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be applied</source>
        <translation>
            <numerusform>%n archivo no se pudo aplicar</numerusform>
            <numerusform>%n archivos no se pudieron aplicar</numerusform>
        </translation>
    </message>
    <message>
        <source>1 to review</source>
        <translation>1 por revisar</translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n por revisar</numerusform>
            <numerusform>%n por revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change from a removed member waits for a lead</source>
        <translation>1 cambio de un miembro que salió espera a un/a coordinador/a</translation>
    </message>
    <message numerus="yes">
        <source>%n changes from a removed member wait for a lead</source>
        <translation>
            <numerusform>%n cambio de un miembro que salió espera a un/a coordinador/a</numerusform>
            <numerusform>%n cambios de un miembro que salió esperan a un/a coordinador/a</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change comes from a newer BTAM Desktop: update this laptop to see it</source>
        <translation>1 cambio viene de una versión más reciente de BTAM Desktop: actualice esta laptop para verlo</translation>
    </message>
    <message numerus="yes">
        <source>%n changes come from a newer BTAM Desktop: update this laptop to see them</source>
        <translation>
            <numerusform>%n cambio viene de una versión más reciente de BTAM Desktop: actualice esta laptop para verlo</numerusform>
            <numerusform>%n cambios vienen de una versión más reciente de BTAM Desktop: actualice esta laptop para verlos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change waits for an earlier one</source>
        <translation>1 cambio espera otro anterior</translation>
    </message>
    <message numerus="yes">
        <source>%n changes wait for earlier ones</source>
        <translation>
            <numerusform>%n cambio espera otros anteriores</numerusform>
            <numerusform>%n cambios esperan otros anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attachment has not arrived yet</source>
        <translation>1 archivo adjunto aún no ha llegado</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments have not arrived yet</source>
        <translation>
            <numerusform>%n archivo adjunto aún no ha llegado</numerusform>
            <numerusform>%n archivos adjuntos aún no han llegado</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s laptop clock is %2 day(s) ahead: their changes wait for a lead</source>
        <translation>El reloj de la laptop de %1 va %2 día(s) adelantado: sus cambios esperan a un/a coordinador/a</translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <source>Task summary</source>
        <translation>Resumen de las tareas</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mis tareas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>Meeting tasks are ticked off here; case work is finished in its case.</source>
        <translation>Las tareas de la reunión se marcan aquí; el trabajo de cada caso se termina en su caso.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1 overdue · %2 this week · %3 later</source>
        <translation>%1 atrasadas · %2 esta semana · %3 más adelante</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Team composition</source>
        <translation>Composición del equipo</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Active since</source>
        <translation>Activo desde</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Training records of the selected member</source>
        <translation>Registros de capacitación del miembro seleccionado</translation>
    </message>
    <message>
        <source>Adding a member gives them their own key: they type their passphrase on this laptop. Removing a member gives the case file a new key their passphrase cannot open; it takes a few seconds and everyone else keeps their passphrase.</source>
        <translation>Al agregar un miembro, recibe su propia clave: escribe su frase de contraseña en esta laptop. Al quitar un miembro, el archivo de casos recibe una clave nueva que su frase de contraseña no puede abrir; tarda unos segundos y todos los demás conservan su frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar detalles…</translation>
    </message>
    <message>
        <source>Record &amp;training…</source>
        <translation>Registrar &amp;capacitación…</translation>
    </message>
    <message>
        <source>Remove training &amp;record</source>
        <translation>Quitar el &amp;registro de capacitación</translation>
    </message>
    <message>
        <source>&amp;Print roster…</source>
        <translation>&amp;Imprimir lista del equipo…</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Agregar miembro…</translation>
    </message>
    <message>
        <source>Re&amp;move member…</source>
        <translation>&amp;Quitar miembro…</translation>
    </message>
    <message>
        <source>Training of the selected member:</source>
        <translation>Capacitación del miembro seleccionado:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <source>Team page</source>
        <translation>Página del equipo</translation>
    </message>
    <message>
        <source>Team &amp;members</source>
        <translation>&amp;Miembros del equipo</translation>
    </message>
    <message>
        <source>Other staff, providers &amp;&amp; &amp;partners</source>
        <translation>Otro personal, &amp;proveedores y colaboradores</translation>
    </message>
    <message>
        <source>Staff a&amp;wareness</source>
        <translation>Conc&amp;ientización del personal</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>Ser&amp;vicios</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>Old &amp;records</source>
        <translation>&amp;Registros antiguos</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation> (coordinador/a)</translation>
    </message>
    <message>
        <source>Remove %1 from the team…</source>
        <translation>Quitar a %1 del equipo…</translation>
    </message>
    <message>
        <source>Remove %1 from the team</source>
        <translation>Quitar a %1 del equipo</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Their passphrase will stop working on this case file.</source>
        <translation>Su frase de contraseña dejará de funcionar en este archivo de casos.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another team lead.</source>
        <translation>No puede quitarse a sí mismo; pídaselo a otro/a coordinador/a del equipo.</translation>
    </message>
    <message>
        <source>The last team lead cannot be removed.</source>
        <translation>No se puede quitar al último coordinador/a del equipo.</translation>
    </message>
    <message>
        <source>No training recorded.</source>
        <translation>No hay capacitaciones registradas.</translation>
    </message>
    <message>
        <source>Remove %1 from the team — their passphrase will stop working. The case file gets a new key that their passphrase cannot open, and the team&apos;s other laptops move to it at their next sync.

Also, today:
• Remove their access to the team&apos;s sync folder (the share&apos;s permission, their Syncthing device, the USB stick): until every laptop has synced, teammates may still publish under the old key there, and changes their laptop writes there are still accepted.
• Backups made before today still open with their passphrase: lock them away or destroy them.</source>
        <translation>Quitar a %1 del equipo: su frase de contraseña dejará de funcionar. El archivo de casos recibe una clave nueva que su frase de contraseña no puede abrir, y las otras laptops del equipo pasan a ella en su próxima sincronización.

Además, hoy mismo:
• Quítele el acceso a la carpeta de sincronización del equipo (el permiso de la carpeta compartida, su dispositivo de Syncthing, la memoria USB): hasta que todas las laptops hayan sincronizado, los compañeros aún pueden publicar allí con la clave anterior, y los cambios que su laptop escriba allí todavía se aceptan.
• Las copias de seguridad hechas antes de hoy todavía se abren con su frase de contraseña: guárdelas bajo llave o destrúyalas.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Show events of kind</source>
        <extracomment>A check-in&apos;s trend as the timeline&apos;s sentence names it (&quot;added a check-in (concern going down)&quot;). The levels of concern of the models the case was assessed under (the page&apos;s).</extracomment>
        <translation>Mostrar eventos del tipo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>Cronología del caso</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>All events (%1)</source>
        <translation>Todos los eventos (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No events of this kind yet.</source>
        <translation>Todavía no hay eventos de este tipo.</translation>
    </message>
    <message>
        <source>%1, %2 times</source>
        <translation>%1, %2 veces</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Record training</source>
        <translation>Registrar capacitación</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>For example: BTAM team training, annual refresher</source>
        <translation>Por ejemplo: capacitación del equipo BTAM, repaso anual</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Curso:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Vence:</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Where the case file is</source>
        <translation>Dónde está el archivo de casos</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Open &amp;another case file…</source>
        <translation>Abrir &amp;otro archivo de casos…</translation>
    </message>
    <message>
        <source>F&amp;orgot your passphrase?</source>
        <translation>¿&amp;Olvidó su frase de contraseña?</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Revisando la frase de contraseña…</translation>
    </message>
    <message>
        <source>The list of members is still being read. Try again.</source>
        <translation>Todavía se está leyendo la lista de miembros. Vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase did not open the case file. Try again in %n second(s).</source>
        <translation>
            <numerusform>Esa frase de contraseña no abrió el archivo de casos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Esa frase de contraseña no abrió el archivo de casos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnmarkDialog</name>
    <message>
        <source>Remove the mark</source>
        <translation>Quitar la marca</translation>
    </message>
    <message>
        <source>&amp;Remove the mark</source>
        <translation>&amp;Quitar la marca</translation>
    </message>
    <message>
        <source>&amp;Why? (kept with the case)</source>
        <translation>¿&amp;Por qué? (se guarda con el caso)</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>BTAM Desktop</source>
        <translation>BTAM Desktop</translation>
    </message>
    <message>
        <source>Encrypted case files for your school&apos;s threat assessment team. Everything stays on this computer.</source>
        <translation>Archivos de casos cifrados para el equipo de evaluación de amenazas de su escuela. Todo se queda en esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Open a case file…</source>
        <translation>&amp;Abrir un archivo de casos…</translation>
    </message>
    <message>
        <source>Create a &amp;new case file…</source>
        <translation>Crear un archivo de casos &amp;nuevo…</translation>
    </message>
    <message>
        <source>Try the &amp;demo (fictional people only)</source>
        <translation>Probar la &amp;demostración (solo personas ficticias)</translation>
    </message>
    <message>
        <source>&amp;Recent case files:</source>
        <translation>Archivos de casos &amp;recientes:</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>Archivos de casos recientes</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Areas</source>
        <extracomment>The team&apos;s record was read again (a setting or the last backup changed): SignedIn. This laptop&apos;s team sync: at unlock, every minute, at lock (ui/sync_status.py).</extracomment>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mis tareas</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>1 conflict waits for a person</source>
        <translation>1 conflicto espera a una persona</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts wait for a person</source>
        <translation>
            <numerusform>%n conflicto espera a una persona</numerusform>
            <numerusform>%n conflictos esperan a una persona</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change from a removed member waits for a lead</source>
        <translation>1 cambio de un miembro que salió espera a un/a coordinador/a</translation>
    </message>
    <message numerus="yes">
        <source>%n changes from a removed member wait for a lead</source>
        <translation>
            <numerusform>%n cambio de un miembro que salió espera a un/a coordinador/a</numerusform>
            <numerusform>%n cambios de un miembro que salió esperan a un/a coordinador/a</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a district pack</source>
        <translation>Importar un paquete del distrito</translation>
    </message>
    <message>
        <source>Model packs (*.toml)</source>
        <translation>Paquetes de modelo (*.toml)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a text file (%2).</source>
        <translation>No se puede leer %1 como archivo de texto (%2).</translation>
    </message>
</context>
<context>
    <name>_FileDialog</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Progress and result</source>
        <translation>Avance y resultado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>The people an interview can be with (translated where shown).</extracomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>For example: the records request from counsel of March 3</source>
        <translation>Por ejemplo: la solicitud de expedientes del abogado del 3 de marzo</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>  ✓ approved</source>
        <translation>  ✓ aprobado</translation>
    </message>
    <message>
        <source>case %1 (%2)</source>
        <translation>caso %1 (%2)</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>caso %1</translation>
    </message>
    <message>
        <source>Due for destruction</source>
        <translation>Pendiente de destrucción</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Level label due for removal</source>
        <translation>Etiqueta de nivel pendiente de quitar</translation>
    </message>
    <message>
        <source>On legal hold</source>
        <translation>Con retención legal</translation>
    </message>
    <message>
        <source>%1: %2 people</source>
        <translation>%1: %2 personas</translation>
    </message>
    <message>
        <source> (models recommend %1 to %2)</source>
        <translation> (los modelos recomiendan de %1 a %2)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>faltan: %1</translation>
    </message>
    <message>
        <source>every role the model requires is present</source>
        <translation>están todas las funciones que pide el modelo</translation>
    </message>
    <message>
        <source>Current to %1</source>
        <translation>Al día hasta el %1</translation>
    </message>
    <message>
        <source>Due: expires %1</source>
        <translation>Pendiente: vence el %1</translation>
    </message>
    <message>
        <source>Lapsed on %1</source>
        <translation>Venció el %1</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <source>%1 · %2%3 · %4 h · expires %5</source>
        <translation>%1 · %2%3 · %4 h · vence el %5</translation>
    </message>
    <message>
        <source> (lapsed)</source>
        <translation> (vencida)</translation>
    </message>
</context>
</TS>
