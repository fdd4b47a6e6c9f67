# Los mensajes de error del núcleo (src-tauri/core/src/error.rs): qué está mal y dónde.
# Los nombres, las referencias y lo que se escribió son argumentos y no se traducen.

## Compartidos

error-meeting-not-found = no hay ninguna asamblea con el id { $id }
error-item-not-found = no hay ningún punto del orden del día con el id { $id }
error-person-not-found = no hay ninguna persona con el id { $id }
error-wg-not-found = no hay ninguna comisión con el id { $id }
error-item-not-on-agenda = { $item } no está en el orden del día de { $meeting }

## Comisiones (wg.rs)

error-wg-name-taken = ya hay una comisión que se llama «{ $name }»
error-wg-status-unchanged = la comisión «{ $name }» ya está { $status ->
        [forming] en formación
        [active] activa
        [dormant] inactiva
        [dissolved] disuelta
       *[other] { $status }
    }
error-wg-status-before-since = el cambio no puede tener fecha { $on }: la comisión «{ $name }» está { $status ->
        [forming] en formación
        [active] activa
        [dormant] inactiva
        [dissolved] disuelta
       *[other] { $status }
    } desde { $since }
error-wg-foreign-proposal = la comisión «{ $name }» pertenece a otra asamblea; una propuesta nombra a una de vuestras propias comisiones
error-wg-foreign-report-back = la comisión «{ $name }» pertenece a otra asamblea; aquí solo informan vuestras propias comisiones

## Personas (person.rs)

error-person-name-taken = ya hay alguien que se llama { $other }: si { $old } y { $other } son la misma persona, fusionadlas (person merge)
error-person-merge-self = no se puede fusionar a una persona consigo misma
error-person-merge-foreign-record = { $name } aparece en un registro que pertenece a otra asamblea ({ $table }): no se puede fusionar aquí
error-person-merge-both-appear = no se puede fusionar a { $a } y { $b }: aparecen las dos donde solo puede aparecer una ({ $table })
error-person-merge-both-waiting = { $a } y { $b } esperan las dos en la pila de turnos del punto { $item } como { $kind ->
        [process] cuestión de orden
        [information] punto de información
        [clarifying] pregunta aclaratoria
        [direct-response] respuesta directa
        [speak] toma de palabra
       *[other] { $kind }
    }: quitad primero a una de la pila y luego fusionadlas
error-person-merge-both-stances = { $a } y { $b } se apartaron o bloquearon las dos en la decisión del punto { $item }: una persona no puede contar dos veces, así que siguen siendo dos personas

## Las reglas del turno de palabra (stack/policy.rs, stack/floor.rs)

error-policy-bad-base = las reglas «{ $policy }» deben empezar por fifo o progressive, no por «{ $first }»; escríbelas así: fifo|progressive[,first-time-first][,alternate:LISTA|LISTA…][,cap:N][,no-repeat]
error-policy-part-twice = las reglas «{ $policy }» dan { $part } dos veces
error-policy-bad-cap = cap:{ $cap } en las reglas debe ser un número entero de intervenciones de 1 a { $max }
error-policy-empty-list-name = alternate:{ $lists } en las reglas tiene una lista sin nombre
error-policy-bad-list-name = el nombre de lista «{ $list }» debe ser una sola línea de { $max } caracteres como máximo
error-policy-list-twice = alternate:{ $lists } en las reglas nombra la lista «{ $list }» dos veces
error-policy-list-count = alternate:{ $lists } en las reglas debe nombrar de 2 a { $max } listas, separadas por |
error-policy-takes-no-value = { $part } en las reglas no lleva valor; escríbelas así: fifo|progressive[,first-time-first][,alternate:LISTA|LISTA…][,cap:N][,no-repeat]
error-policy-needs-value = { $part } en las reglas necesita un valor ({ $part }:…); escríbelas así: fifo|progressive[,first-time-first][,alternate:LISTA|LISTA…][,cap:N][,no-repeat]
error-policy-base-twice = las reglas «{ $policy }» dan dos veces el orden de base; escríbelas así: fifo|progressive[,first-time-first][,alternate:LISTA|LISTA…][,cap:N][,no-repeat]
error-policy-unknown-part = «{ $part }» no forma parte de unas reglas del turno; escríbelas así: fifo|progressive[,first-time-first][,alternate:LISTA|LISTA…][,cap:N][,no-repeat]
error-policy-stored-damaged = las reglas del turno de palabra guardadas para esta asamblea están dañadas: { $detail }
error-policy-unchanged = las reglas del turno de palabra de la asamblea { $number } ya son { $policy }
error-policy-item-elsewhere = ese punto no está en el orden del día de la asamblea { $number }

## Deshacer en la pila de turnos (stack/undo.rs)

error-undo-damaged = el registro para deshacer de esta pila de turnos está dañado ({ $what }); no se ha deshecho nada
error-undo-no-row = no hay ninguna fila { $id } en { $table } que cambiar
error-undo-no-column = no hay ninguna columna { $column } en una fila de { $table }
error-undo-bad-value = valor erróneo en { $table }.{ $column }

## La pila de turnos (stack/actions.rs)

error-meeting-closed = la asamblea { $number } está cerrada: su acta ya no puede cambiar
error-stack-policy-stored-damaged = las reglas del turno de palabra guardadas para la asamblea { $number } están dañadas: { $detail }
error-stack-entry-not-found = no hay ningún turno con el id { $id }
error-stack-not-a-list = «{ $list }» no es una lista de la asamblea { $number }: su turno de palabra alterna entre { $lists }
error-stack-list-name-too-long = el nombre de lista «{ $list }» tiene más de { $max } caracteres
error-stack-withdraw-not-waiting = { $name } no está esperando en la pila ({ $status ->
        [speaking] tiene la palabra: usa «siguiente» para terminar la intervención
        [done] ya ha hablado
       *[other] ya se ha retirado
    }): solo se puede retirar un turno en espera
error-stack-prioritize-not-waiting = { $name } no está esperando en la pila: solo se puede dar prioridad a un turno en espera
error-stack-already-prioritized = { $name } ya tiene prioridad
error-stack-not-prioritized = { $name } no tiene prioridad
error-stack-already-closed = la pila de { $item } ya está cerrada
error-stack-already-open = la pila de { $item } ya está abierta
error-stack-pause-nobody = nadie tiene la palabra en { $item }: no hay ninguna intervención que pausar
error-stack-already-paused = la intervención de { $name } ya está en pausa
error-stack-resume-nobody = nadie tiene la palabra en { $item }: no hay ninguna intervención que reanudar
error-stack-not-paused = la intervención de { $name } no está en pausa
error-stack-limit-out-of-range = un límite por intervención de { $seconds } segundos está fuera del intervalo de 1 a { $max } segundos (una hora)
error-stack-nothing-to-undo = no hay nada que deshacer en la pila de { $item }
error-stack-name-not-waiting = { $name } no está esperando en la pila de { $item }
error-stack-name-not-waiting-kind = { $name } no está esperando en la pila de { $item } { $kind ->
        [process] con una cuestión de orden
        [information] con un punto de información
        [clarifying] con una pregunta aclaratoria
        [direct-response] con una respuesta directa
       *[speak] para tomar la palabra
    }
error-stack-name-waits-several = { $name } espera en la pila de { $item } en { $count } tipos de turno ({ $kinds }): di cuál con --kind
error-stack-closed-to-speakers = la pila de { $item } está cerrada: no admite más tomas de palabra (las cuestiones de orden, los puntos de información y las preguntas aclaratorias se siguen admitiendo); reábrela primero
error-stack-closed-to-responses = la pila de { $item } está cerrada: no admite más respuestas directas (las cuestiones de orden, los puntos de información y las preguntas aclaratorias se siguen admitiendo); reábrela primero
error-stack-not-a-spoke = { $name } no es portavoz en la asamblea { $number }: en un consejo de portavoces solo las y los portavoces piden turno, cada cual por su comisión (elige primero a la portavoz de la comisión)
error-stack-response-nobody = nadie tiene la palabra en { $item }: una respuesta directa contesta a quien está hablando
error-stack-response-to-self = { $name } tiene la palabra: una respuesta directa contesta a otra persona
error-stack-cap-reached = { $name } ya ha tenido { $had } { $had ->
        [one] intervención
       *[other] intervenciones
    } en { $item }: las reglas del turno de palabra de la asamblea { $number } permiten como máximo { $cap } por persona y punto
error-stack-already-waiting = { $name } ya está esperando en la pila de { $item } { $kind ->
        [process] con una cuestión de orden
        [information] con un punto de información
        [clarifying] con una pregunta aclaratoria
        [direct-response] con una respuesta directa
       *[speak] para tomar la palabra
    }; una persona espera como mucho una vez por tipo de turno

## Decisiones (decision.rs, proposal/decide.rs)

error-decision-not-found = no hay ninguna decisión con el id { $id }
error-decision-total-below-named = { $total } { $what ->
        [support] apoyos
        [against] votos en contra
        [stand-asides] apartamientos
        [blocks] bloqueos
        [quorum] quórum
       *[other] { $what }
    } en total, pero se nombran { $named }: el total cuenta también a las personas nombradas
error-decision-count-too-big = { $what ->
        [support] apoyos
        [against] votos en contra
        [stand-asides] apartamientos
        [blocks] bloqueos
        [quorum] quórum
       *[other] { $what }
    } { $count } es más de { $max }: revisa la cuenta
error-decision-consensus-against = en un consenso no hay votos en contra ({ $against } anotados): anota el desacuerdo como apartamiento o como bloqueo
error-decision-quorum-zero = un quórum es de al menos 1 participante (déjalo vacío si no hay)
error-decision-bad-stand-aside-limit = límite de apartamientos: { $detail }
error-decision-too-many-names = más de { $max } nombres: revisa la lista
error-decision-named-twice = { $name } aparece dos veces: una persona se aparta o bloquea una sola vez
error-decision-block-without-reason = el bloqueo de { $name } no tiene motivo: un bloqueo nominal es una objeción moral, ética o de seguridad grave y su motivo consta en el acta (un bloqueo que el acta solo contó va en el total, sin nombre)
error-decision-no-voices = no se ha dado la voz de ninguna comisión: en un consejo de portavoces la llamada al consenso cuenta una voz por comisión
error-decision-too-many-voices = más de { $max } voces: revisa la lista
error-decision-voice-twice = { $wg } aparece dos veces: una comisión tiene una sola voz
error-decision-bad-voice = la voz «{ $voice }» de { $wg } no es ninguna de for, against, stand-aside, block
error-decision-wg-block-without-reason = el bloqueo de { $wg } no tiene motivo: un bloqueo es una objeción moral, ética o de seguridad grave y su motivo consta en el acta
error-decision-no-such-wg = no hay ninguna comisión «{ $wg }» en esta asamblea
error-decision-wg-without-spoke = { $wg } no ha enviado portavoz a este consejo: solo tienen voz las comisiones con portavoz
error-decision-council-needs-voices = la asamblea { $number } es un consejo de portavoces: su llamada al consenso y su votación cuentan una voz por comisión; da la voz de cada comisión
error-decision-assembly-no-voices = la asamblea { $number } es una asamblea general: las voces de las comisiones solo se cuentan en un consejo de portavoces; da las cuentas de la sala
error-decision-amendments-pending = { $pending ->
        [one] { $pending } enmienda amistosa espera
       *[other] { $pending } enmiendas amistosas esperan
    } todavía la respuesta de quien propone: acéptalas o recházalas antes de la decisión
error-decision-unknown-rule = la regla «{ $rule }» de esta decisión no la conoce este Plenary: no se puede corregir aquí
error-decision-council-not-correctable = { $item } se decidió con las voces de las comisiones en un consejo de portavoces: no se puede corregir con las cuentas de la sala
error-decision-proposal-moved-on = la propuesta ha avanzado desde { $item } (ahora está: { $now ->
        [draft] propuesta en borrador
        [submitted] presentada
        [on-agenda] en el orden del día
        [in-process] en proceso
        [decided] decidida
        [tabled] aplazada
        [withdrawn] retirada
        [sent-back] devuelta
        [consensus] consenso
        [passed] aprobada
        [blocked] bloqueada
        [failed] rechazada
       *[other] { $now }
    }): su resultado allí ya no puede pasar de { $from ->
        [draft] propuesta en borrador
        [submitted] presentada
        [on-agenda] en el orden del día
        [in-process] en proceso
        [decided] decidida
        [tabled] aplazada
        [withdrawn] retirada
        [sent-back] devuelta
        [consensus] consenso
        [passed] aprobada
        [blocked] bloqueada
        [failed] rechazada
       *[other] { $from }
    } a { $to ->
        [draft] propuesta en borrador
        [submitted] presentada
        [on-agenda] en el orden del día
        [in-process] en proceso
        [decided] decidida
        [tabled] aplazada
        [withdrawn] retirada
        [sent-back] devuelta
        [consensus] consenso
        [passed] aprobada
        [blocked] bloqueada
        [failed] rechazada
       *[other] { $to }
    }
error-decision-dispute-without-note = di por qué se impugna la decisión: marcarla como impugnada requiere una nota

## Asambleas (meeting.rs, attendance.rs, order_of_business.rs)

error-meeting-role-too-long = el rol «{ $role }» tiene más de { $max } caracteres
error-meeting-bad-start-time = la hora de inicio «{ $time }» no es una hora del día: escríbela como HH:MM (24 horas), p. ej. 18:30
error-meeting-bad-number = el número de asamblea { $number } debe ser 1 o más
error-meeting-number-taken = ya hay una asamblea número { $number }
error-meeting-already-open = esta asamblea ya está abierta
error-meeting-already-open-and-closed = esta asamblea ya se abrió y se cerró: da la hora a la que se abrió (--at HH:MM) para corregirla
error-meeting-opens-after-close = una asamblea no puede abrirse a las { $opened } después de cerrarse a las { $closed }
error-meeting-not-open-yet = esta asamblea aún no se ha abierto: ábrela antes de cerrarla
error-meeting-already-closed = esta asamblea ya está cerrada: da la hora a la que se cerró (--at HH:MM) para corregirla
error-meeting-role-ends-before = un rol asumido desde las { $from } no puede terminar a las { $until }, antes de empezar
error-meeting-role-already-held = { $name } ya tiene el rol «{ $role }» en esta asamblea
error-meeting-role-not-held = esa persona no tiene el rol «{ $role }» en esta asamblea
error-attendance-not-a-count = la asistencia «{ $attendance }» no es un recuento: escribe un número (55), un intervalo (50-60) o un número aproximado (~50)
error-attendance-too-many = la asistencia «{ $attendance }» es de más de { $max } personas
error-attendance-bad-range = asistencia «{ $attendance }»: el extremo superior de un intervalo debe ser mayor que el inferior
error-order-of-business-agenda-exists = esta asamblea ya tiene orden del día; añade los puntos uno a uno

## Anuncios, tareas, la asamblea, páginas, olvidar (announcement.rs, action_item.rs, assembly.rs, paging.rs, person_forget.rs)

error-announcement-needs-text = un anuncio necesita su texto (--text)
error-announcement-wrong-item = los anuncios se hacen en un punto de anuncios, y este es un punto de tipo «{ $kind }»
error-announcement-not-found = no hay ningún anuncio con el id { $id }
error-action-item-not-found = no hay ninguna tarea con el id { $id }
error-assembly-bad-code = el código de asamblea «{ $code }» debe tener de 2 a 8 letras o cifras, como LDN o NYC
error-assembly-exists = esta base de datos ya tiene una asamblea ({ $name }); no se ha cambiado
error-paging-bad-cursor = el cursor de página «{ $cursor }» no lo dio esta lista (vuelve a pedir la primera página)
error-person-forget-placeholder = { $name } ya es un marcador: no queda ningún nombre que olvidar

## Reglas de decisión, correcciones, actas, la demostración (rule.rs, correction.rs, minutes/*, demo*.rs)

error-rule-unknown = regla de decisión desconocida «{ $rule }»: usa consensus, modified:P (0 < P ≤ 100, p. ej. modified:90), supermajority:A/B (p. ej. supermajority:2/3) o majority
error-rule-bad-fraction = «{ $fraction }» no es una fracción: escribe A/B con 0 < A ≤ B, p. ej. 1/3
error-correction-meeting-closed = la asamblea { $number } está cerrada: esto ya no puede cambiar (su acta puede corregirse hasta que se apruebe)
error-correction-time-skipped = las { $time } no existen el { $date } en esta zona horaria
error-correction-minutes-approved = el acta de la asamblea { $number } se aprobó en la asamblea { $by }: su registro ya no puede corregirse
error-correction-time-needed = hace falta una hora: escríbela como HH:MM (24 horas), p. ej. 19:05
error-correction-bad-time = «{ $time }» no es una hora del día: escríbela como HH:MM
error-minutes-approve-by-earlier = { $by } no puede aprobar el acta de { $meeting }: solo puede hacerlo una asamblea posterior
error-minutes-approve-open = el acta de { $meeting } puede aprobarse cuando la asamblea esté cerrada
error-minutes-approve-not-in-session = las actas las aprueba una asamblea en sesión: abre primero { $by }
error-minutes-already-approved = el acta de { $meeting } ya está aprobada
error-minutes-assembly-unknown = no se conoce la asamblea de { $meeting }
error-demo-needs-empty-database = esta base de datos ya tiene una asamblea ({ $name }); `plenary demo` necesita una base de datos vacía
error-demo-no-upcoming-meeting = la demostración no tiene ninguna asamblea próxima
error-demo-no-proposal = la demostración no tiene ninguna propuesta «{ $title }»

## Consejos de portavoces (spokes.rs)

error-spokes-assembly-no-spokes = la asamblea { $number } es una asamblea general: solo un consejo de portavoces tiene portavoces
error-spokes-assembly-no-breaks = la asamblea { $number } es una asamblea general: solo un consejo de portavoces tiene pausas de consulta
error-spokes-no-such-wg = no hay ninguna comisión «{ $wg }» en esta asamblea (`plenary wg list` las muestra)
error-spokes-wg-dissolved = { $wg } está disuelta: no envía portavoz
error-spokes-already-spoke = { $name } ya es portavoz de { $wg } en la asamblea { $number }
error-spokes-speaks-for-other = { $name } ya habla por { $other } en la asamblea { $number }: cada portavoz habla por una sola comisión
error-spokes-break-length = una pausa de consulta de { $minutes } minutos: da de 1 a { $max } minutos
error-spokes-break-not-a-spoke = { $name } no es portavoz en la asamblea { $number }: solo una portavoz puede pedir una pausa de consulta
error-spokes-break-under-way = hay en curso una pausa de consulta pedida por { $wg } en la asamblea { $number }: termínala primero
error-spokes-no-break = no hay ninguna pausa de consulta en curso en la asamblea { $number }
error-spokes-break-not-found = no hay ninguna pausa de consulta con el id { $id }

## Referencias tal como se escriben (refs.rs)

error-refs-no-meeting = no hay ninguna asamblea «{ $text }» (nómbrala por su número, como 39 o LDN-GA-39, o por su id)
error-refs-no-item = no hay ningún punto «{ $text }» (nómbralo como 39.3 o LDN-GA-39.3, o por su id)
error-refs-no-proposal = no hay ninguna propuesta «{ $text }» (nómbrala como LDN-P-2026-034, o por su id)
error-refs-no-wg = no hay ninguna comisión «{ $text }» (nómbrala por su nombre o su id; `plenary wg list` las muestra)
error-refs-no-person = esta asamblea no conoce a nadie llamado «{ $text }»

## Propuestas (proposal.rs)

error-proposal-not-found = no hay ninguna propuesta con el id { $id }
error-proposal-already-on-agenda = esta propuesta ya está en el orden del día de esta asamblea
error-proposal-dated-after-today = una propuesta no puede tener fecha { $date }, posterior a hoy ({ $today }): da el día en que se presentó
