# El acta (src-tauri/core/src/minutes/, decision.rs, stack/policy.rs), en el vocabulario de
# las asambleas del 15-M: acta, moderación, turno de palabra, bloqueo, comisión.

## Puntuación y unidades

colon = { $text }:
# Between the names of a list ("Ana, Bo").
comma = {", "}
list-separator = {"; "}
percent = { $n } %
decimal = { $int },{ $frac }
duration-min-s = { $min } min { $s } s
duration-s = { $s } s
turn-from-until = { $name } ({ $from }–{ $until })
turn-from = { $name } (desde las { $from })
turn-until = { $name } (hasta las { $until })

## Encabezado

minutes-title = { $assembly } — Asamblea { $number } ({ $reference })
fact-date = Fecha
fact-place = Lugar
fact-format = Formato
fact-attendance = Asistencia
fact-opened = Apertura
fact-closed = Cierre
attendance-about = unas { $n }
format-spokes-council = consejo de portavoces
label-minutes = Acta
minutes-draft = borrador (aún sin aprobar)
minutes-approved = aprobada en la asamblea { $reference }
redacted-note = En esta copia, los nombres de las personas se sustituyen por «Participante N».
label-spokes = Portavoces
label-consult-breaks = Pausas de consulta
consult-break = { $start }–{ $end }, pedida por { $name }, portavoz de { $wg } ({ $minutes } { $minutes ->
    [one] minuto pedido
   *[other] minutos pedidos
  })
consult-break-during = { $line }, durante { $item }
label-floor-policy-changed = Cambios en el orden de palabra
policy-change = { $before } → { $after }
policy-change-during = { $line } (durante { $item })

## Roles

role-facilitator = { $n ->
   *[other] Moderación
  }
role-stack-keeper = { $n ->
   *[other] Turno de palabra
  }
role-timekeeper = { $n ->
   *[other] Control del tiempo
  }
role-minute-taker = { $n ->
   *[other] Acta
  }
role-vibes-watcher = { $n ->
   *[other] Ambiente y cuidados
  }

## Quién lo anotó

actor-facilitator = moderación
actor-stack-keeper = turno de palabra
actor-timekeeper = control del tiempo
actor-minute-taker = acta
actor-participant = participante
actor-cli = línea de órdenes
actor-demo = demostración
actor-import = importación

## Puntos del orden del día

item-kind-process = proceso
item-kind-report-back = informe de comisión
item-kind-proposal = propuesta
item-kind-discussion = debate
item-kind-announcement = anuncio
item-kind-soapbox = micro abierto
item-kind-other = otro
item-allotted = previsto { $min } min
item-actual = real { $min } min ({ $start }–{ $end })
item-started = empezado a las { $at }
item-status-pending = no tratado
item-status-active = en curso
item-status-done = tratado
item-status-tabled = aplazado
label-working-group = Comisión
label-on-behalf-of = En nombre de
label-report-back = Informe
label-presented-by = Presentado por
label-asks = Peticiones
label-announcements = Anuncios
announcement-by-for = { $name }, por { $whom }
on-behalf-of = por { $whom }
label-action-items = Tareas
label-notes = Notas

## Turnos de palabra

label-speakers = Intervenciones
speech = { $name } — { $kind }, { $at }
speech-time = { $line }, { $time }
speech-over = { $line } (se pasó { $time } del tiempo)
entry-process = cuestión de orden
entry-information = punto de información
entry-clarifying = pregunta aclaratoria
entry-direct-response = respuesta directa
entry-speak = toma de palabra

## Propuesta

proposal-heading = Propuesta { $reference }: { $title }
proposed-by = Propuesta por { $name }
label-text-as-submitted = Texto presentado
label-clarifying-questions = Preguntas aclaratorias
said-by = {" "}({ $name })
question-answered = {" "}— respuesta{ $by }: { $answer }
question-not-answered = {" "}— sin respuesta
no-questions = No hubo preguntas aclaratorias.
label-concerns = Objeciones
concern-addressed = {" "}— atendida
concern-addressed-with = {" "}— atendida: { $response }
concern-not-addressed = {" "}— sin atender
no-concerns = No se plantearon objeciones.
label-friendly-amendments = Enmiendas amistosas
amendment-line = Enmienda { $n }, propuesta por { $name } — { $result }:
amendment-offered = Propuesta por { $name } — { $result }:
amendment-accepted-version = aceptada por quien propone (versión { $version })
amendment-accepted = aceptada por quien propone
amendment-rejected = no aceptada por quien propone
amendment-pending = a la espera de respuesta de quien propone
no-amendments = No se ofrecieron enmiendas amistosas.
label-temperature-check = Toma de temperatura
temperature = arriba { $up } · de lado { $sideways } · abajo { $down }
text-as-decided = Texto decidido (versión { $version })

## La decisión

label-decision = Decisión
decision-line = { $decision } por { $rule }: { $counted }
decision-rule-chosen = { $rule } (la asamblea lo eligió en lugar de su regla habitual, { $default })
decision-quorum = quórum { $n }
decision-stand-aside-limit = límite de abstenciones { $limit }
rule-consensus = consenso
rule-modified = consenso modificado ({ $percent } %)
rule-supermajority = mayoría cualificada de { $share }
rule-majority = mayoría
wg-voice = { $wg }: { $voice }
voice-for = a favor
voice-against = en contra
voice-stand-aside = abstención
voice-block = bloqueo
label-stand-aside = Abstención
label-block = Bloqueo
label-disputed = Impugnada
outcome = Resultado: { $outcome }
outcome-entered-by = { $explanation } (anotado por: { $by })
outcome-by-why = {" "}— por { $by }: { $why }
outcome-by = {" "}— por { $by }
by-the-proposers = quienes proponen
by-the-ga = la asamblea
status-note-corrected = corregido después de la asamblea
status-note-taken-off = retirado del orden del día
outcome-consensus = consenso
outcome-passed = aprobada
outcome-blocked = bloqueada
outcome-failed = rechazada
outcome-tabled = aplazada
outcome-withdrawn = retirada
outcome-sent-back = devuelta a la comisión

## Recuento y motivo del resultado

count-blocks = { $n ->
    [one] 1 bloqueo
   *[other] { $n } bloqueos
  }
count-stand-asides = { $n ->
    [one] 1 abstención
   *[other] { $n } abstenciones
  }
count-for = { $n } a favor
count-against = { $n } en contra
count-working-groups = { $n ->
    [one] 1 comisión
   *[other] { $n } comisiones
  }
counted-support = { $n } de acuerdo
counted-blocks-unnamed = { $blocks } (sin nombres ni motivos anotados)
counted-blocks-some-unnamed = { $blocks } ({ $unnamed } sin nombre ni motivo anotado)
counted-vote = votación: { $support } a favor, { $against } en contra — { $ratio }, { $threshold }
counted-none = { $outcome } (sin recuento)
counted-wg-voices = { $wgs }: { $voices }
counted-wg-voices-vote = { $words } — { $ratio }, { $threshold }
threshold-at-least = al menos { $share }
threshold-below = menos de { $share }
threshold-more-than-half = más de la mitad
threshold-not-more-than-half = no más de la mitad
explain-no-quorum = { $outcome }: participaron { $n }, menos que el quórum de { $quorum }
explain-too-many-stand-asides = { $outcome }: { $n } de { $of } se abstuvieron, igual o más que el límite de { $limit }
explain-no-blocks = { $outcome }: ningún bloqueo
explain-blocks = { $outcome }: { $blocks } en consenso
explain-blocks-no-vote = { $outcome }: { $blocks } y sin votación
explain-no-blocks-no-against = { $outcome }: ningún bloqueo ni voto en contra
explain-vote = { $outcome }: votación { $support } a favor, { $against } en contra — { $ratio }, { $threshold }
explain-no-votes = { $outcome }: nadie votó a favor ni en contra

## Orden de palabra

policy-progressive = turno progresivo
policy-fifo = por orden de llegada
policy-first-time-first = primero quien no ha hablado
policy-alternate = listas alternas: { $lists }
policy-cap = como mucho { $n } { $n ->
    [one] intervención
   *[other] intervenciones
  } por persona y punto
policy-no-repeat = nadie dos veces seguidas

## Reparto del tiempo de palabra

label-airtime-equity = Reparto del tiempo de palabra
equity-gini = Gini del tiempo de palabra: { $gini } (0 = todo el mundo habló lo mismo), sobre { $n } personas ({ $note })
present-lower-bound = { $label } presentes: se cuentan { $n } (el mínimo)
present-counted-as = { $label } presentes: se cuentan { $n }
present = { $label } presentes
present-fewer = { $label } presentes según el acta, menos que las { $speakers } personas que hablaron: solo sobre quienes hablaron
present-not-recorded = asistencia no anotada: solo sobre quienes hablaron
equity-nobody-spoke = Nadie habló
equity-speeches = { $speakers ->
    [one] 1 persona habló
   *[other] { $speakers } personas hablaron
  }, { $speeches ->
    [one] 1 intervención
   *[other] { $speeches } intervenciones
  }, { $time } en total; { $first } por primera vez
equity-no-list = sin lista elegida
equity-list = lista { $list }
equity-list-share = { $list }: { $time } del tiempo, { $people } de las personas ({ $n })
equity-person = { $name }: { $share } ({ $speeches } { $speeches ->
    [one] intervención
   *[other] intervenciones
  }, { $time })

## Correcciones

heading-corrections = Corregido después de la asamblea
correction-made = { $at } ({ $by }): { $line }
correction = { $what }: { $before } → { $after }
correction-none = (nada)

correction-of-item = punto { $item }: { $what }
correction-item-started = inicio
correction-item-ended = final
correction-item-notes = notas
correction-report-back-presenter = quién presenta el informe
correction-report-back-summary = resumen del informe
correction-report-back-asks = peticiones del informe
correction-report-back-announcements = anuncios del informe
correction-announcement-by = anuncio hecho por
correction-announcement = anuncio
correction-decision-rule = regla de decisión
correction-decision = decisión
correction-stand-asides = abstenciones con nombre
correction-blocks = bloqueos con nombre
correction-amendment = enmienda amistosa de { $name }
correction-opened = hora de apertura
correction-closed = hora de cierre
correction-attendance = asistencia
correction-planned-start = inicio previsto
correction-role-added = { $role }: alta
correction-role-removed = { $role }: baja
correction-role-times = { $role }: horario
correction-on-behalf = por { $whom }: { $text }
correction-role-from = { $name } (desde las { $from })
correction-role-until = { $name } (hasta las { $until })
correction-role-between = { $name } ({ $from }–{ $until })
correction-rule-quorum = { $rule }, quórum { $quorum }
correction-rule-limit = { $rule }, límite de abstenciones { $limit }
correction-rule-quorum-limit = { $rule }, quórum { $quorum }, límite de abstenciones { $limit }
correction-outcome = { $outcome } ({ $counted })

## CSV

csv-meeting = asamblea
csv-item = punto
csv-proposal = propuesta
csv-title = título
csv-proposer = propone
csv-working-group = comisión
csv-outcome = resultado
csv-outcome-by = resultado_por
csv-outcome-reason = resultado_motivo
csv-rule = regla
csv-default-rule = regla_habitual
csv-support = a_favor
csv-against = en_contra
csv-stand-asides = abstenciones
csv-blocks = bloqueos
csv-counted = recuento
csv-quorum = quórum
csv-stand-aside-limit = límite_abstenciones
csv-named-stand-asides = abstenciones_nombradas
csv-named-blocks = bloqueos_nombrados
csv-decided-version = versión_decidida
csv-text-as-decided = texto_decidido
csv-entered-by = anotado_por
csv-disputed = impugnada
csv-dispute-note = nota_impugnación
csv-wg-voices = voces_comisiones
csv-order = orden
csv-name = nombre
csv-kind = tipo
csv-started-at = inicio
csv-ended-at = fin
csv-seconds = segundos
csv-overrun-seconds = segundos_de_más
csv-status = estado
csv-allotted-minutes = minutos_previstos
csv-actual-minutes = minutos_reales
csv-presenter = presenta
csv-summary = resumen
csv-asks = peticiones
csv-announcements = anuncios
csv-notes = notas
csv-corrected-at = corregido_el
csv-by = por
csv-what = qué
csv-before = antes
csv-after = después
csv-yes = sí
csv-no = no

## Copias anonimizadas

participant-n = Participante { $n }

agenda-title-welcome = Bienvenida, metodología y roles
agenda-title-report-back = Informe de comisión: { $wg }
agenda-title-announcements = Anuncios
agenda-title-soapbox = Micro abierto
agenda-title-closing = Cierre
