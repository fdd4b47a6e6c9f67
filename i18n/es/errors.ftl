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
