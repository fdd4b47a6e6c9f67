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

## Paquetes entre asambleas (bundle/*)

error-bundle-signing-key-mismatch = la clave de firma junto a esta base de datos no coincide con la clave pública de esta asamblea: los paquetes firmados con ella serían rechazados
error-bundle-meetings-or-since = elige asambleas o una fecha (--since), no ambas cosas
error-bundle-meeting-foreign = la asamblea { $meeting } pertenece a otra asamblea: un paquete solo lleva los registros de esta asamblea
error-bundle-export-foreign-reference = no se puede exportar: { $record } { $id } remite ({ $column }) a { $target_record } { $target }, que no es de esta asamblea; un paquete solo lleva los registros de esta asamblea
error-bundle-export-not-own = no se puede exportar: { $record } { $id } no es de esta asamblea
error-bundle-too-many-recipients = un paquete puede sellarse como mucho para { $max } asambleas
error-bundle-recipient-unknown = ninguna asamblea conocida aquí es «{ $given }» (da su código, nombre, id o huella; una asamblea se conoce aquí cuando se importa uno de sus paquetes)
error-bundle-recipient-no-key = { $name } ({ $code }) no tiene ninguna clave conocida aquí: importa antes uno de sus paquetes
error-bundle-recipient-ambiguous = «{ $given }» nombra a más de una asamblea conocida aquí: da su código o su huella
error-bundle-received-not-found = no hay ningún paquete recibido con el id { $id } (`plenary bundle received` los lista)
error-bundle-undo-adopted = no se puede deshacer { $file }: hay registros hechos aquí que remiten a lo que trajo (la propuesta «{ $title }» se adoptó de una de sus propuestas). No se ha cambiado nada
error-bundle-undo-referred = no se puede deshacer { $file }: hay registros hechos aquí que remiten a lo que trajo (una propuesta adoptada, por ejemplo). No se ha cambiado nada
error-bundle-undo-later-import = no se puede deshacer { $file }: { $later }, importado después ({ $at }) de { $assembly }, puede apoyarse en él; deshaz antes esa importación. No se ha cambiado nada
error-bundle-undo-no-record = { $file } lo importó un Plenary anterior, que no guardó ningún registro para deshacerlo (en su lugar hizo una copia de seguridad antes de importar: `plenary restore`). No se ha cambiado nada
error-bundle-undo-bad-name = el registro para deshacer nombra «{ $name }», que no es una tabla ni una columna
error-bundle-undo-record-unreadable = el registro para deshacer { $file } no se puede leer ({ $detail })
error-bundle-undo-record-unknown-change = el registro para deshacer { $file } tiene un cambio «{ $change }» que no sabe leer

## Federación (federation.rs, federation/*)

error-federation-adopt-own = { $proposal } ya es una propuesta de esta asamblea; adoptar es para propuestas de otras asambleas
error-federation-already-adopted = { $proposal } ya se adoptó aquí (propuesta { $earlier })
error-federation-no-folders = todavía no hay carpetas de federación: elígelas con `plenary federation folders --inbox DIR --outbox DIR` (o en la vista de federación)
error-federation-folder-unusable = la carpeta de { $which ->
        [inbox] entrada
       *[other] salida
    } { $folder } no se puede usar: { $detail }
error-federation-folder-is-file = la carpeta de { $which ->
        [inbox] entrada
       *[other] salida
    } { $folder } es un archivo, no una carpeta
error-federation-folder-not-text = la ruta de la carpeta de { $which ->
        [inbox] entrada
       *[other] salida
    } { $folder } no es texto válido: elige otra carpeta
error-federation-bad-fingerprint = «{ $given }» no es la huella de una clave: tiene 64 dígitos hexadecimales (se admiten espacios), tal como la muestra `plenary federation folders`
error-federation-inbox-none-waits = ningún archivo de la carpeta de entrada espera la clave { $key }; ninguno espera aprobación
error-federation-inbox-key-not-waiting = ningún archivo de la carpeta de entrada espera la clave { $key }; esperan: { $waiting }
error-federation-inbox-unwatched = la carpeta de entrada { $inbox } no se puede vigilar ({ $detail }); en su lugar se revisa cada { $seconds } segundos

## Las notas de la carpeta compartida (federation/folder.rs): qué fue de cada archivo de
## la entrada y qué hizo escribir la salida. $why es un mensaje propio (el rechazo de un
## paquete, el fallo de un archivo), dicho en la misma lengua.

error-federation-note-unreadable = { $file } no se puede leer: { $why }
error-federation-note-left-alone = { $why } — se deja aparte; se vuelve a intentar cuando cambie (un archivo que aún se está copiando estará completo más tarde)
error-federation-note-own = el paquete propio de esta asamblea ({ $code }), de vuelta por las carpetas: nada que importar
error-federation-note-pending = de { $assembly } ({ $code }), cuya clave no se conoce aquí (huella { $fingerprint }): espera a que alguien compruebe la huella con esa asamblea y la apruebe
error-federation-note-imported-nothing-new = importado: todo lo que contiene ya estaba aquí
error-federation-note-imported = importado: { $new } nuevos, { $updated } actualizados, { $unchanged } sin cambios, { $deleted } borrados
error-federation-note-imported-refused = importado: { $new } nuevos, { $updated } actualizados, { $unchanged } sin cambios, { $deleted } borrados, { $refused } rechazados (`plenary bundle received` guarda el informe)
error-federation-note-imported-before = ya se importó aquí, el { $date }
error-federation-note-outbox-unchanged = nada ha cambiado desde el último paquete de salida, { $file }
error-federation-note-outbox-wrote = escrito { $file }: { $records } registros, { $deletions } borrados ({ $scope })
error-federation-note-scope-all = toda la asamblea
error-federation-note-scope-meetings = { $n ->
        [one] { $n } asamblea elegida
       *[other] { $n } asambleas elegidas
    }
error-federation-note-scope-since = cambios desde el { $date }

## La sala: teléfonos y dispositivos del equipo (room/*)

error-room-other-meeting = este dispositivo está en la sala de otra asamblea: solo puede llegar a esa asamblea
error-room-meeting-missing = ¿qué asamblea? falta `meeting`
error-room-hand-needs-device = solo la página de un participante en la sala pide la palabra desde un dispositivo
error-room-proposal-not-on-agenda = esta propuesta no está en el orden del día de la asamblea de esta sala: un dispositivo solo puede llegar a esa asamblea
error-room-no-such-command = no hay ninguna orden de sala «{ $command }»
error-room-role-may-not-call = { $role ->
        [participant] un participante
        [stack-keeper] quien lleva los turnos de palabra
        [minute-taker] quien toma el acta
        [host] el portátil anfitrión
       *[other] { $role }
    } no puede usar { $command }
error-room-no-such-record = { $what ->
        [agenda-item] no hay ningún punto del orden del día
        [stack-entry] no hay ninguna entrada en los turnos de palabra
        [clarifying-question] no hay ninguna pregunta aclaratoria
        [hand-request] no hay ninguna petición de palabra
        [meeting] no hay ninguna asamblea
        [proposal] no hay ninguna propuesta
        [amendment] no hay ninguna enmienda
        [concern] no hay ninguna objeción
        [announcement] no hay ningún anuncio
       *[other] no hay ningún { $what }
    } con el id { $id }
error-bad-id = «{ $given }» no es un id válido de { $what ->
        [agenda-item] punto del orden del día
        [stack-entry] entrada en los turnos de palabra
        [clarifying-question] pregunta aclaratoria
        [hand-request] petición de palabra
        [meeting] asamblea
        [proposal] propuesta
        [amendment] enmienda
        [concern] objeción
        [announcement] anuncio
        [action-item] tarea
        [working-group] comisión
        [person] persona
        [decision] decisión
        [bundle] paquete
       *[other] { $what }
    }
error-room-invalid-arguments = argumentos no válidos: { $detail }
error-room-cannot-encode = no se puede codificar la respuesta: { $detail }
error-room-amendment-needs-item = ¿qué lectura? un dispositivo propone una enmienda en un punto de la asamblea de su sala
error-room-bad-device-id = el id de dispositivo «{ $given }» no es válido: de 1 a { $max } letras, cifras, «-» o «_»
error-room-meeting-not-open = la asamblea { $number } no está abierta: la palabra se pide durante la asamblea
error-room-hand-already-raised = este dispositivo ya ha pedido la palabra (para { $name }): retírala antes de pedirla otra vez
error-room-no-hand-waiting = este dispositivo no tiene ninguna petición de palabra esperando a quien lleva los turnos
error-room-no-item-under-way = no hay ningún punto en curso: empieza uno antes de aceptar la petición de palabra de { $name }
error-room-hand-not-found = no hay ninguna petición de palabra con el id { $id }
error-room-hand-already-decided = la petición de palabra de { $name } ya estaba { $status ->
        [accepted] aceptada
        [declined] rechazada
        [withdrawn] retirada
        [pending] pendiente
       *[other] { $status }
    }
error-room-meeting-closed = { $meeting } está cerrada: la sala sirve una asamblea prevista o en curso
error-room-role-not-pairable = un dispositivo no puede emparejarse como { $role ->
        [participant] participante
        [host] portátil anfitrión
       *[other] { $role }
    }
error-room-pairing-code-invalid = ese código de emparejamiento no es válido: se escribió mal, ya se usó o ha caducado — pide uno nuevo en el portátil anfitrión
error-room-no-paired-device = no hay ningún dispositivo emparejado «{ $session }»
error-room-no-such-page = no existe esa página en la sala
error-room-too-many-requests = demasiadas peticiones desde este dispositivo: espera un momento y vuelve a intentarlo
error-room-no-team-ui = esta sala no sirve la interfaz del equipo: empareja desde la aplicación Plenary o sirve la sala con --ui
error-room-no-such-team-file = no existe ese archivo en la interfaz del equipo: { $path }
error-room-not-json-request = envía la petición como application/json
error-room-body-unreadable = no se pudo leer el cuerpo de la petición: { $detail }
error-room-body-not-json = el cuerpo de la petición no es JSON: { $detail }
error-room-body-not-object = el cuerpo de la petición debe ser un objeto JSON
error-room-request-interrupted = la petición se interrumpió: { $detail }
error-room-device-not-paired = este dispositivo no está emparejado con la sala (o se revocó su emparejamiento): empareja con un código del portátil anfitrión
error-room-no-device-id = este navegador no tiene id de dispositivo: abre antes la página de la sala (con las cookies activadas) o empareja este dispositivo con un código del portátil anfitrión
error-room-full = la sala ya tiene tantas páginas conectadas como puede servir
error-room-cannot-serve-on = no se puede servir la sala en { $address }: { $detail }
error-room-cannot-serve = no se puede servir la sala: { $detail }
error-room-qr-failed = no se puede hacer un código QR de { $url }: { $detail }

## Copias de seguridad y restauración (backup.rs)

error-backup-busy = la base de datos está ocupada; vuelve a intentarlo en un momento
error-backup-not-plenary = { $file } no es una base de datos de Plenary: { $why ->
        [other-passphrase] no es un archivo de base de datos SQLite, o está cifrado con otra contraseña que la de esta base de datos (¿una copia de antes de cambiar la contraseña?)
        [encrypted-into-plain] no es un archivo de base de datos SQLite, o está cifrado y esta base de datos no (restáuralo en una base de datos cifrada con la misma contraseña)
        [cannot-open] SQLite no puede abrirlo
        [cannot-read] SQLite no puede leerlo
        [no-tables] no tiene las tablas de Plenary
        [no-assembly] no tiene ninguna asamblea
       *[not-sqlite] no es un archivo de base de datos SQLite
    }; no se ha restaurado nada
error-backup-damaged = { $file } no es una base de datos de Plenary: está dañado ({ $check }); no se ha restaurado nada
error-backup-other-signing-key = esta copia es de { $name } ({ $code }), cuya clave de firma no es la que está junto a esta base de datos: restaurarla dejaría una asamblea que no puede firmar sus paquetes; no se ha restaurado nada

## Cifrado: contraseñas y el archivo de la clave de firma (rekey.rs, passphrase.rs, key_file.rs)

error-rekey-already-encrypted = esta base de datos ya está cifrada: cambia su contraseña; no se ha cambiado nada
error-rekey-not-encrypted-set-first = esta base de datos no está cifrada: pon antes una contraseña; no se ha cambiado nada
error-rekey-not-encrypted = esta base de datos no está cifrada; no se ha cambiado nada
error-rekey-in-memory = una base de datos en memoria no se puede cifrar; no se ha cambiado nada
error-rekey-database-in-use = otro programa tiene abierta esta base de datos (¿la aplicación, o `plenary room serve`?): ciérralo y vuelve a intentarlo; no se ha cambiado nada
error-passphrase-mismatch = las dos contraseñas no son iguales: escribe la nueva contraseña dos veces, exactamente igual; no se ha cambiado nada
error-passphrase-too-short = una contraseña necesita al menos { $min } caracteres (unas cuantas palabras son más fáciles de recordar y más difíciles de adivinar); no se ha cambiado nada
error-passphrase-kdf-settings = los ajustes de derivación de la clave se rechazan: { $detail }
error-passphrase-unusable = la contraseña no se puede usar: { $detail }
error-key-file-cannot-seal = no se ha podido sellar la clave de firma
error-key-file-damaged = el archivo de la clave de firma { $file } está dañado
error-key-file-sealed-plain-db = el archivo de la clave de firma { $file } está sellado con una contraseña, pero esta base de datos no está cifrada: pertenece a una copia cifrada de la base de datos
error-key-file-other-copy = el archivo de la clave de firma { $file } se selló para otra copia cifrada de esta base de datos, no para esta

## Búsqueda (search.rs)

error-search-too-long = el texto de búsqueda tiene { $chars } caracteres: como mucho { $max }
error-search-too-many-words = el texto de búsqueda tiene { $words } palabras: como mucho { $max }
error-search-no-assembly = aquí no se conoce ninguna asamblea { $id }
error-search-no-assembly-code = aquí no se conoce ninguna asamblea con el código «{ $code }»
error-search-index-stale = { $kind ->
        [wg] la comisión
        [report-back] el informe
        [proposal] la propuesta
        [decision] la decisión
        [minutes] el acta
       *[other] { $kind }
    } { $id } está en el índice de búsqueda pero no en el registro
error-search-no-wg = no hay ninguna comisión { $id }
error-search-no-proposal = no hay ninguna propuesta { $id }
error-search-no-namesakes = no se buscan homónimos de { $kind ->
        [report-back] un informe
        [decision] una decisión
        [minutes] un acta
       *[other] { $kind }
    }

## El lugar de la base de datos y los idiomas (db.rs, i18n.rs)

error-db-no-data-directory = no hay ningún directorio de datos en este sistema: usa --db RUTA o define PLENARY_DB
error-i18n-unknown-language = Plenary no habla «{ $given }»: elige uno de { $choices }

## La aplicación de escritorio (src-tauri/src)

error-shell-bundle-no-longer-waiting = ese paquete ya no espera a ser importado: elige otra vez el archivo
error-shell-no-dropped-bundle = ningún paquete soltado espera a ser previsualizado: suelta otra vez el archivo sobre la ventana
error-shell-projector-window-failed = no se puede abrir la ventana del proyector: { $detail }
error-shell-room-open-elsewhere = la sala está abierta para otra asamblea: ciérrala antes
error-shell-room-bad-bind = PLENARY_ROOM_BIND «{ $given }» no es una dirección con puerto
error-shell-room-already-open = la sala ya está abierta
error-shell-room-not-open = la sala no está abierta

## Comprobaciones de lo que se escribe (validate.rs): el nombre de un campo son palabras
## propias, dichas en la lengua de la frase.

error-field-empty = falta { $field }
error-field-too-long = { $field } tiene más de { $max } caracteres
error-field-not-one-line = { $field } debe ser una sola línea de texto (hay un carácter de control)
error-field-control-character = { $field } contiene un carácter de control
error-field-not-a-date = { $field } «{ $given }» no es una fecha: escríbela como AAAA-MM-DD, p. ej. 2026-11-26
error-field-name = el nombre
error-field-title = el título
error-field-note = la nota
error-field-notes = las notas
error-field-text = el texto
error-field-on-behalf-of = en nombre de quién
error-field-date = la fecha
error-field-response = la respuesta
error-field-reason = el motivo
error-field-description = la descripción
error-field-question = la pregunta
error-field-concern = la objeción
error-field-answer = la respuesta
error-field-amended-text = el texto enmendado
error-field-action-item = la tarea
error-field-pronouns = los pronombres
error-field-presenter = quien presenta
error-field-place = el lugar
error-field-meeting-schedule = el calendario de reuniones
error-field-contact = el contacto
error-field-by = quién
error-field-working-group-name = el nombre de la comisión
error-field-working-group = la comisión
error-field-who = quién
error-field-voice-wg = la comisión de una voz
error-field-break-spoke = la portavoz que pide la pausa
error-field-assembly-name-short = el nombre de la asamblea
error-field-role = el rol
error-field-list = la lista
error-field-change-day = el día del cambio
error-field-on = --on
error-field-summary = el resumen
error-field-asks = las peticiones
error-field-announcements = los anuncios
error-field-stance-name = el nombre de { $stance ->
        [block] un bloqueo
       *[other] una abstención
    }
error-field-stance-reason = el motivo { $stance ->
        [block] del bloqueo
       *[other] de la abstención
    } de { $name }
error-field-voice-reason = el motivo de la voz de { $wg } ({ $voice ->
        [for] a favor
        [against] en contra
        [stand-aside] abstención
        [block] bloqueo
       *[other] { $voice }
    })

## El orden del día (agenda.rs)

error-agenda-bad-allotted-time = el tiempo asignado, { $minutes }, debe estar entre 1 y 1440 minutos
error-agenda-proposal-item-needs-proposal = un punto de tipo propuesta indica su propuesta (--proposal)
error-agenda-only-proposal-item-names-proposal = solo un punto de tipo propuesta puede indicar una propuesta, no uno de tipo { $kind ->
        [process] proceso
        [report-back] informe de comisión
        [discussion] debate
        [announcement] anuncio
        [soapbox] turno abierto
       *[other] otro
    }
error-agenda-position-outside = la posición { $position } está fuera del orden del día (de 1 a { $count })
error-agenda-remove-taken-up = este punto ya se ha tratado; aplázalo en lugar de quitarlo
error-agenda-start-after-end = un punto no puede empezar a las { $start } después de haber terminado a las { $end }
error-agenda-closed-start-needs-time = esta asamblea está cerrada: indica la hora a la que empezó el punto (--at HH:MM) para corregirla
error-agenda-meeting-not-open = abre la asamblea antes de tratar sus puntos
error-agenda-item-already-active = este punto ya se está tratando
error-agenda-item-already-done = este punto ya está terminado
error-agenda-closed-end-needs-time = esta asamblea está cerrada: indica la hora a la que terminó el punto (--at HH:MM) para corregirla
error-agenda-finish-not-active = solo se puede terminar el punto que se está tratando
error-agenda-table-finished = un punto { $status ->
        [done] terminado
        [tabled] aplazado
        [active] en curso
       *[other] pendiente
    } no se puede aplazar
error-report-back-cannot-clear = no se puede vaciar «{ $given }»: los campos son { $fields }
error-report-back-wg-and-behalf = un informe lo da una comisión o alguien en nombre de otra persona, no las dos cosas
error-report-back-not-one = este punto del orden del día no es un informe de comisión
error-report-back-not-found = no hay informe de comisión para el punto { $item }
error-report-back-would-blank = esto dejaría en blanco { $fields } de este informe: si es lo que quieres, { $count ->
        [1] vacíalo
       *[other] vacíalos
    } explícitamente (--clear { $flags })
error-report-back-fields-and = { $first } y { $rest }

## Registros de otra asamblea (db.rs)

error-not-owned-proposal = esta propuesta pertenece a otra asamblea y aquí es de solo lectura; adóptala para tener tu propia copia
error-not-owned-meeting = esta asamblea pertenece a otra asamblea y aquí es de solo lectura; adóptala para tener tu propia copia
error-not-owned-decision = esta decisión pertenece a otra asamblea y aquí es de solo lectura; adóptala para tener tu propia copia
error-not-owned-ga = la asamblea { $number } pertenece a otra asamblea y aquí es de solo lectura; adóptala para tener tu propia copia
error-not-owned-wg = la comisión «{ $name }» pertenece a otra asamblea y aquí es de solo lectura; adóptala para tener tu propia copia
error-not-owned-person = { $name } pertenece a otra asamblea y aquí es de solo lectura; adóptalo para tener tu propia copia

## El tratamiento de una propuesta (proposal/hearing.rs)

error-step-not-started = sin empezar
error-step-present = presentación
error-step-clarifying-questions = preguntas aclaratorias
error-step-concerns = objeciones y enmiendas amistosas
error-step-temperature-check = toma de temperatura
error-step-call-for-consensus = llamada al consenso
error-step-vote = votación
error-step-outcome = resultado
error-hearing-not-a-proposal-item = el punto { $item } no es una propuesta: ahí no hay tratamiento
error-hearing-over = el tratamiento en { $item } ha terminado: su resultado ({ $outcome }) está anotado
error-hearing-record-tabled = esta propuesta está aplazada: anotar { $record ->
        [clarifying-questions] una pregunta aclaratoria
        [concerns] una objeción o una enmienda
        [temperature-check] una toma de temperatura
       *[other] esto
    } en { $item } la retomaría sin que nadie lo decida. Si la asamblea la retoma, lleva antes su tratamiento a un paso (proposal step … --to present)
error-hearing-record-passes-over = no hay nada anotado en el paso «{ $step }» de { $item }: anotar ahora { $record ->
        [clarifying-questions] una pregunta aclaratoria
        [concerns] una objeción o una enmienda
        [temperature-check] una toma de temperatura
       *[other] esto
    } lo saltaría en silencio. Anota lo que se planteó allí, o avanza diciendo que no se planteó nada (proposal step … --none)
error-hearing-remove-begun = el tratamiento de esta propuesta ya ha empezado en este punto: aplaza la propuesta en lugar de quitar el punto
error-hearing-proposal-not-on-agenda = la propuesta { $proposal } no está en el orden del día de { $meeting }: añádela primero como punto de tipo propuesta
error-hearing-move-already-there = no se puede pasar a «{ $step }»: el tratamiento ya está en «{ $step }»
error-hearing-move-to-outcome = no se puede pasar a «{ $step }»: al resultado se llega anotándolo: una decisión, o aplazar, retirar o devolver la propuesta
error-hearing-move-no-vote = no se puede pasar a «{ $step }»: la regla de la asamblea ({ $rule }) no tiene votación: el desacuerdo es una abstención o un bloqueo
error-hearing-move-only-outcome = no se puede pasar a «{ $step }»: desde «{ $from }» lo siguiente es anotar el resultado
error-hearing-move-one-way = no se puede pasar a «{ $step }»: desde «{ $from }» el tratamiento puede ir a «{ $next }»
error-hearing-move-two-ways = no se puede pasar a «{ $step }»: desde «{ $from }» el tratamiento puede ir a «{ $next }» o a «{ $other }»
error-hearing-nothing-recorded = { $step ->
        [clarifying-questions] no hay ninguna pregunta aclaratoria anotada
       *[other] no hay ninguna objeción ni enmienda anotada
    } en { $item }: anota lo que se planteó, o avanza diciendo que no se planteó nada (--none)
error-hearing-none-needless = «none» dice que no se planteó nada en el paso que deja el tratamiento, pero pasar de «{ $from }» a «{ $to }» no deja atrás ningún paso vacío
error-hearing-not-found = no hay tratamiento en el punto { $item }: no es un punto de tipo propuesta
error-question-not-found = no hay ninguna pregunta aclaratoria con el id { $id }
error-concern-not-found = no hay ninguna objeción con el id { $id }
error-temperature-not-found = no hay ninguna toma de temperatura con el id { $id }
error-temperature-count-too-big = { $count } manos { $hands ->
        [up] arriba
        [sideways] de lado
       *[down] abajo
    } son más de { $max }: revisa el recuento
error-temperature-no-hands = una toma de temperatura necesita al menos una mano: indica cuántas arriba, de lado y abajo

## La vida de una propuesta (proposal/lifecycle.rs)

error-proposal-status-draft = borrador
error-proposal-status-submitted = presentada
error-proposal-status-on-agenda = en un orden del día
error-proposal-status-in-process = en proceso
error-proposal-status-decided = decidida
error-proposal-status-tabled = aplazada
error-proposal-status-withdrawn = retirada
error-proposal-status-sent-back = devuelta a la comisión
error-outcome-consensus = consenso
error-outcome-passed = aprobada
error-outcome-blocked = bloqueada
error-outcome-failed = rechazada
error-outcome-tabled = aplazada
error-outcome-withdrawn = retirada
error-outcome-sent-back = devuelta a la comisión
error-proposal-final = esta propuesta { $status ->
        [withdrawn] fue retirada por quien la propuso
        [sent-back] fue devuelta para reelaborarla
       *[decided] ya se decidió
    }: ya no se puede { $action ->
        [submit] presentar
        [put-on-agenda] poner en un orden del día
        [hear] tratar
        [decide] decidir
        [table] aplazar
        [withdraw] retirar
        [send-back] devolver
       *[amend] enmendar
    }
error-proposal-submit-not-draft = solo se puede presentar un borrador; esta propuesta ya está: { $status }
error-proposal-agenda-draft = esta propuesta es un borrador: preséntala antes de ponerla en un orden del día
error-proposal-hear-not-on-agenda = esta propuesta está: { $status }; ponla en el orden del día de una asamblea antes de tratarla
error-proposal-decide-not-a-decision = { $outcome ->
        [withdrawn] retirada
       *[sent-back] devuelta
    } no es el resultado de una decisión: retira o devuelve la propuesta
error-proposal-decide-not-on-agenda = esta propuesta está: { $status }; solo se puede decidir una propuesta que está en el orden del día de una asamblea
error-proposal-already-tabled = esta propuesta ya está aplazada
error-proposal-table-not-before-ga = esta propuesta está: { $status }; solo se puede aplazar una propuesta ante la asamblea (en un orden del día o en tratamiento)
error-proposal-send-back-draft = esta propuesta aún es un borrador: no hay nada que devolver (retírala)
error-proposal-move-needs-reason = di por qué: { $outcome ->
        [withdrawn] una retirada
        [sent-back] devolver una propuesta
       *[other] un aplazamiento
    } lleva su motivo, y el acta lo recoge (p. ej. «tras 9 bloqueos, para volver con un taller»)
error-proposal-item-not-its-hearing = el punto { $item } no es un tratamiento de esta propuesta

## Versiones y enmiendas de una propuesta (proposal/versions.rs)

error-proposal-no-text = la propuesta { $id } no tiene texto
error-proposal-no-version = esta propuesta no tiene versión { $version }: sus versiones van de 1 a { $count }
error-amendment-not-found = no hay ninguna enmienda con el id { $id }
error-amendment-already-answered = esta enmienda ya fue { $status ->
        [accepted] aceptada
        [rejected] rechazada
       *[other] respondida
    }
error-amendment-text-moved-on = esta enmienda se propuso sobre la versión { $base }, pero el texto está ya en la versión { $current }: vuelve a proponerla sobre el texto actual
error-amendment-needs-by = una enmienda indica quién la propuso
error-amendment-same-text = el texto enmendado es igual que la versión { $base }: una enmienda cambia el texto
error-amendment-not-at-a-ga = esta enmienda no se propuso en una asamblea: no hay acta que corregir
error-amendment-never-answered = esta enmienda nunca se respondió: la respuesta de quien propone se anota con `proposal amendment`, no se corrige
error-amendment-later-versions = el texto está ya en la versión { $current }, hecha a partir de la versión { $touched }: corrige primero las enmiendas posteriores
error-amendment-decided-elsewhere = en otra asamblea se tomó una decisión sobre la versión { $touched } del texto: la respuesta a esta enmienda ya no puede cambiar

## Referencias cortas (refs.rs)

error-refs-no-short = no hay { $what ->
        [amendment] ninguna enmienda
        [clarifying-question] ninguna pregunta aclaratoria
        [concern] ninguna objeción
       *[stack-entry] ningún turno en la pila
    } «{ $given }» (nómbralo por la referencia corta que muestra `show`, o por su id)
error-refs-short-ambiguous = { $what ->
        [amendment] la enmienda
        [clarifying-question] la pregunta aclaratoria
        [concern] la objeción
       *[stack-entry] el turno
    } «{ $given }» es ambigua: da más dígitos de su id

## Las órdenes de la sala (room/commands.rs)

error-room-lang-not-a-code = argumentos no válidos: lang { $given } no es un código de idioma

## Errores fijos (error.rs): la base de datos, su contraseña, los archivos

error-no-assembly = esta base de datos aún no tiene asamblea: ejecuta primero `plenary init --name NOMBRE --code CÓDIGO`
error-newer-database = esta base de datos la creó un Plenary más reciente (versión del esquema { $found }; este Plenary conoce hasta la { $known }); actualiza Plenary para abrirla — la base de datos no se ha tocado
error-locked = esta base de datos está cifrada y aún no se ha desbloqueado: da primero su contraseña
error-upgrading = los registros se están poniendo al día para esta versión de Plenary; un momento
error-database = error de la base de datos: { $reason }
error-migration = la migración de la base de datos ha fallado: { $reason }
error-wrong-passphrase = la contraseña no abre esta base de datos; no se ha cambiado nada
error-io = { $context }: { $reason }
error-io-cannot-open = no se puede abrir { $path }
error-io-cannot-read = no se puede leer { $path }
error-io-cannot-write = no se puede escribir { $path }
error-io-cannot-create-folder = no se puede crear la carpeta { $path }
error-io-cannot-read-inbox = no se puede leer la carpeta de entrada { $path }
error-io-cannot-watch-inbox = no se puede empezar a vigilar la carpeta de entrada
error-io-cannot-start-checkpoint = no se puede iniciar el hilo de guardado periódico
error-io-cannot-write-key = no se puede escribir la clave de firma en { $path }
error-io-cannot-read-key = no se puede leer la clave de firma { $path }
error-io-cannot-delete-backup = no se puede borrar la copia de seguridad { $path }
error-io-cannot-flush = no se puede volcar { $path } al disco
error-io-cannot-move = no se puede mover { $from } a { $to }
error-assembly-no-key-in-memory = esta base de datos en memoria no tiene clave de firma
error-person-forget-log-busy = el nombre se ha sustituido, pero otro programa mantiene ocupada la base de datos, así que su registro puede guardar los bytes antiguos hasta que se cierre ese programa

## Conjuntos cerrados de palabras (text_enum.rs): una palabra que no es de su conjunto

error-unknown-value = «{ $given }» no es un valor de { $what }: se espera uno de { $expected }
error-what-actor = quien actúa
error-what-amendment-status = estado de enmienda
error-what-change = cambio
error-what-decision-reason = motivo de decisión
error-what-stack-entry-kind = tipo de turno en la pila
error-what-hand-request-status = estado de petición de palabra
error-what-hand-state = estado de la mano
error-what-hearing-action = acción del tratamiento
error-what-search-hit-kind = tipo de resultado de búsqueda
error-what-agenda-item-kind = tipo de punto del orden del día
error-what-agenda-item-status = estado de punto del orden del día
error-what-meeting-status = estado de asamblea
error-what-meeting-format = formato de asamblea
error-what-minutes-format = formato de acta
error-what-process-step = paso del proceso
error-what-proposal-action = acción sobre una propuesta
error-what-proposal-status = estado de propuesta
error-what-stack-reason = motivo de la pila
error-what-stack-policy = política de la pila
error-what-stance = postura
error-what-wg-category = categoría de comisión
error-what-wg-status = estado de comisión
error-what-outcome = resultado
error-what-wg-voice = voz de comisión
error-what-view = vista
error-what-room-role = rol en la sala
error-what-stack-entry-status = estado de turno en la pila
error-what-key-status = estado de clave
error-what-inbox-file-state = estado de archivo de entrada

## Qué está dañado en un registro para deshacer (stack/undo.rs)

error-undo-damaged-not-json = no es JSON
error-undo-damaged-no-table = sin tabla
error-undo-damaged-unknown-table = tabla desconocida
error-undo-damaged-no-id = sin id
error-undo-damaged-bad-row = fila incorrecta
