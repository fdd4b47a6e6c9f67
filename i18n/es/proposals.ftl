# Las pantallas de las propuestas (ui/src/views/proposals). Las frases de la decisión
# (recuentos, resultado, motivo) son las de minutes.ftl, compartidas con el acta.

## Palabras por código (labels.ts)

proposal-group-draft = Borradores
proposal-group-submitted = Presentadas
proposal-group-on-agenda = En un orden del día
proposal-group-in-process = En proceso
proposal-group-decided = Decididas
proposal-group-tabled = Aplazadas
proposal-group-withdrawn = Retiradas
proposal-group-sent-back = Devueltas
proposal-status-draft = borrador
proposal-status-submitted = presentada
proposal-status-on-agenda = en un orden del día
proposal-status-in-process = en proceso
proposal-status-decided = decidida
proposal-status-tabled = aplazada
proposal-status-withdrawn = retirada
proposal-status-sent-back = devuelta a la comisión
proposal-meeting-status-planned = prevista
proposal-meeting-status-open = abierta
proposal-meeting-status-closed = cerrada
proposal-item-status-pending = Pendiente
proposal-item-status-active = En curso
proposal-item-status-done = Hecho
proposal-item-status-tabled = Aplazado
proposal-step-not-started = Sin empezar
proposal-step-present = Presentación
proposal-step-clarifying-questions = Preguntas aclaratorias
proposal-step-concerns = Objeciones y enmiendas amistosas
proposal-step-temperature-check = Toma de temperatura
proposal-step-call-for-consensus = Llamada al consenso
proposal-step-vote = Votación
proposal-step-outcome = Resultado
proposal-step-short-concerns = Objeciones y enmiendas
proposal-step-hint-not-started = El proceso no ha empezado.
proposal-step-hint-present = Quien propone lee el texto.
proposal-step-hint-clarifying-questions = Preguntas, que responde quien propone.
proposal-step-hint-concerns = Objeciones; enmiendas amistosas que quien propone acepta o no.
proposal-step-hint-temperature-check = Opcional, no vinculante: manos arriba, de lado, abajo.
proposal-step-hint-call-for-consensus = Apoyos, abstenciones y bloqueos.
proposal-step-hint-vote = A favor y en contra, cuando se mantienen bloqueos.
proposal-step-hint-outcome = Se anota con la regla y los recuentos.
proposal-outcome-consensus = Consenso
proposal-outcome-passed = Aprobada
proposal-outcome-blocked = Bloqueada
proposal-outcome-failed = Rechazada
proposal-outcome-tabled = Aplazada
proposal-outcome-withdrawn = Retirada
proposal-outcome-sent-back = Devuelta
proposal-amendment-status-pending = a la espera de quien propone
proposal-amendment-status-accepted = aceptada
proposal-amendment-status-rejected = rechazada
proposal-move-table = Aplazar
proposal-move-withdraw = Retirar
proposal-move-send-back = Devolver a la comisión
proposal-move-hint-table = Dejarla para más adelante: podrá tratarse en otra asamblea.
proposal-move-hint-withdraw = Quien propone la retira.
proposal-move-hint-send-back = Su comisión la vuelve a trabajar.
proposal-move-done-table = aplazada
proposal-move-done-withdraw = retirada
proposal-move-done-send-back = devuelta
proposal-actor-facilitator = la moderación
proposal-actor-stack-keeper = el turno de palabra
proposal-actor-timekeeper = el control del tiempo
proposal-actor-minute-taker = el acta
proposal-actor-participant = una persona en la sala
proposal-actor-cli = la línea de órdenes
proposal-actor-demo = la demostración
proposal-actor-import = una importación
proposal-rule-consensus = Consenso (un bloqueo detiene la propuesta)
proposal-rule-modified-90 = Consenso modificado, 90 % (Nueva York, Boston)
proposal-rule-modified-80 = Consenso modificado, 80 % (Seattle)
proposal-rule-modified-70 = Consenso modificado, 70 % (Berkeley)
proposal-rule-supermajority-2-3 = Mayoría de dos tercios
proposal-rule-supermajority-3-4 = Mayoría de tres cuartos
proposal-rule-majority = Mayoría simple (más de la mitad)
proposal-participants = { $n ->
    [one] { $n } participante
   *[other] { $n } participantes
  }

## La página de una propuesta

proposal-breadcrumb = Ruta de navegación
proposal-back-to-board = ← Propuestas
proposal-not-available = Propuesta no disponible
proposal-loading = Cargando la propuesta…
proposal-meta-wg = comisión { $name }
proposal-meta-proposer = propuesta por { $name }
proposal-meta-since = desde el { $date }
proposal-derived-from = adoptada de { $source }
proposal-derived-from-original = { $reference } de { $assembly }
proposal-derived-from-unknown = una propuesta de otra asamblea
proposal-meta-rule = regla de la asamblea { $rule }
proposal-another-assembly = otra asamblea
proposal-imported-read-only = Propuesta de otra asamblea, solo lectura.
proposal-imported-adopted-as = Adoptada aquí como { $copy }, que sigue nuestro propio proceso.
proposal-imported-our-copy = nuestra propuesta
proposal-imported-title = Propuesta de otra asamblea, solo lectura
proposal-imported-adopt-hint = {" "}— adóptala para llevarla por vuestro propio proceso.
proposal-imported-adopt-link = Adoptarla en Federación →
proposal-submit = Presentar a la asamblea
proposal-text-heading = El texto
proposal-version-of = versión { $n } de { $of }
proposal-compare-heading = Comparar versiones
proposal-amendments-heading = Enmiendas amistosas
proposal-offer-between = Ofrecer una enmienda entre asambleas
proposal-hearings-heading = Tratamientos en asamblea
proposal-no-hearings = Aún no está en el orden del día de ninguna asamblea.
proposal-hearing-when = { $date }, { $status }
proposal-hearing-step = paso: { $step }
proposal-outcome-by = por { $name }
proposal-outcome-by-why-separator = {": "}
proposal-run-process-at = Llevar el proceso en { $item } →
proposal-process-at = El proceso en { $item } →
proposal-questions-heading = Preguntas aclaratorias
proposal-concerns-heading = Objeciones
proposal-temperature-heading = Tomas de temperatura
proposal-side-label = Versiones e historial
proposal-versions-heading = Versiones
proposal-version-n = Versión { $n }
proposal-version-as-submitted = tal como se presentó
proposal-version-from-amendment-at = de la enmienda de { $name } en { $item }
proposal-version-from-amendment-between = de la enmienda de { $name } entre asambleas
proposal-version-from-an-amendment = de una enmienda
proposal-version-text = Texto de la versión { $n }
proposal-history-heading = Historial de estados
proposal-name-placeholder = nombre

## Comparar versiones

proposal-compare-from = Desde la versión
proposal-compare-to = Hasta la versión
proposal-compare-legend = Versión { $from } → versión { $to }: palabras { $added } y { $removed }.
proposal-compare-added = añadidas
proposal-compare-removed = quitadas

## El panel del proceso

proposal-process-not-a-hearing = Este punto del orden del día no trata esta propuesta.
proposal-process-announce-step = Ahora en: { $step }.
proposal-process-announce-outcome = Resultado anotado: { $outcome }.
proposal-process-announce-corrected = Decisión corregida: { $outcome }. La corrección queda en el acta.
proposal-process-back-to-agenda = ← Orden del día de { $meeting }
proposal-process-back-to-meeting = ← La asamblea
proposal-process-proposal-link = Página de la propuesta, versiones e historial →
proposal-process-not-available = Proceso no disponible
proposal-process-rule = regla { $rule }
proposal-process-item = punto
proposal-process-correcting = { $meeting } está cerrada: sus pasos ya no cambian, pero lo anotado puede corregirse hasta que se apruebe su acta; cada corrección se guarda y aparece en el acta.
proposal-process-read-only = Este registro puede leerse pero ya no cambiarse: { $reason }.
proposal-process-closed-meeting = { $meeting } está cerrada: este tratamiento puede leerse, ya no cambiarse.
proposal-process-closed-proposal = La propuesta está { $status }: ya no está ante la asamblea.
proposal-process-decision-waits = Aún hay enmiendas amistosas a la espera de la respuesta de quien propone (abajo: { $accept } acepta, { $reject } rechaza); la decisión viene después.
proposal-process-decision-on-host = La moderación anota el resultado en el portátil principal; aparecerá aquí cuando esté anotado.
proposal-process-outcome-heading = Resultado
proposal-process-correct-cancel = Cancelar la corrección
proposal-process-correct-open = Corregir esta decisión…
proposal-process-outcome-recorded-at = anotado en { $item }.
proposal-process-outcome-by = Por { $name }
proposal-process-offer-amendment = Ofrecer una enmienda amistosa
proposal-process-temperature-note = opcional, no vinculante
proposal-process-side-label = El texto y otros resultados
proposal-process-version-of-submitted = versión { $n } de { $of } (tal como se presentó)
proposal-process-every-version = Todas las versiones, comparadas palabra por palabra
proposal-process-other-outcomes = Otros resultados

## Los pasos

proposal-step-track-label = Pasos del proceso de consenso
proposal-step-current = (paso actual)
proposal-step-passed = (hecho)
proposal-step-optional = opcional
proposal-step-moves-label = Avanzar el proceso
proposal-step-move-next = Siguiente: { $step }
proposal-step-move-back = Volver a { $step }
proposal-step-move-go-to = Ir a { $step }
proposal-step-move-no-questions-next = Sin preguntas — siguiente: { $step }
proposal-step-move-no-questions-go-to = Sin preguntas — ir a: { $step }
proposal-step-move-no-concerns-next = Sin objeciones — siguiente: { $step }
proposal-step-move-no-concerns-go-to = Sin objeciones — ir a: { $step }

## Preguntas aclaratorias

proposal-questions-none = Aún no hay preguntas aclaratorias.
proposal-questions-answer = Respuesta:
proposal-questions-answer-by = Respuesta ({ $name }):
proposal-questions-answer-form = Respuesta a «{ $question }»
proposal-questions-answer-label = Respuesta
proposal-questions-answer-label-by = Respuesta de { $name }
proposal-questions-answer-placeholder = La respuesta de quien propone
proposal-questions-answer-placeholder-by = La respuesta de quien propone ({ $name })
proposal-questions-answer-save = Guardar la respuesta
proposal-questions-not-answered = Sin respuesta.
proposal-questions-form = Anotar una pregunta aclaratoria
proposal-questions-question = Pregunta
proposal-questions-asked-by = Preguntada por
proposal-questions-add = Anotar la pregunta

## Objeciones

proposal-concerns-none = No se han planteado objeciones.
proposal-concerns-addressed = atendida
proposal-concerns-open = abierta
proposal-concerns-response = Respuesta:
proposal-concerns-address-form = Atender la objeción «{ $concern }»
proposal-concerns-how-addressed = Cómo se atendió
proposal-concerns-how-addressed-placeholder = Cómo se atendió (opcional)
proposal-concerns-mark-addressed = Marcar como atendida
proposal-concerns-form = Anotar una objeción
proposal-concerns-concern = Objeción
proposal-concerns-raised-by = Planteada por
proposal-concerns-add = Anotar la objeción

## Tomas de temperatura

proposal-temperature-none = No se ha tomado la temperatura.
proposal-temperature-up = { $count } arriba
proposal-temperature-sideways = { $count } de lado
proposal-temperature-down = { $count } abajo
proposal-temperature-form = Anotar una toma de temperatura
proposal-temperature-up-label = Arriba
proposal-temperature-sideways-label = De lado
proposal-temperature-down-label = Abajo
proposal-temperature-note = Nota
proposal-temperature-record = Anotar la toma de temperatura

## Enmiendas amistosas

proposal-amendment-announce-accepted = Enmienda de { $name } aceptada.
proposal-amendment-announce-accepted-version = Enmienda de { $name } aceptada: el texto es ahora la versión { $version }.
proposal-amendment-announce-rejected = Enmienda de { $name } rechazada.
proposal-amendment-announce-corrected = Corregido: la enmienda de { $name } está ahora { $status }.
proposal-amendment-keys = Responde quien propone: en una enmienda pendiente, { $accept } acepta, { $reject } rechaza.
proposal-amendment-none = No hay enmiendas amistosas.
proposal-amendment-offered-by = Ofrecida por { $name }
proposal-amendment-on-version = sobre la versión { $n }
proposal-amendment-at = en { $item }
proposal-amendment-between = entre asambleas
proposal-amendment-made-version = dio la versión { $n }
proposal-amendment-answer-group = La respuesta de quien propone a la enmienda de { $name }
proposal-amendment-accept = Aceptar
proposal-amendment-accept-label = Aceptar la enmienda de { $name }
proposal-amendment-reject = Rechazar
proposal-amendment-reject-label = Rechazar la enmienda de { $name }
proposal-amendment-correct-rejected = Corregir: fue rechazada
proposal-amendment-correct-accepted = Corregir: fue aceptada
proposal-amendment-correct-rejected-label = Corregir: fue rechazada (la enmienda de { $name })
proposal-amendment-correct-accepted-label = Corregir: fue aceptada (la enmienda de { $name })
proposal-amendment-form-text = El texto entero con la enmienda
proposal-amendment-form-hint = Edita el texto actual; Ctrl+Intro ofrece la enmienda.
proposal-amendment-form-by = Ofrecida por
proposal-amendment-form-offer = Ofrecer la enmienda
proposal-amendment-form-reset = Volver a empezar desde el texto actual

## La llamada al consenso y la votación

proposal-decision-form-label = Llamada al consenso
proposal-decision-form-correct-label = Corregir la decisión
proposal-decision-form-rule = Regla { $rule }: { $words }.
proposal-decision-form-hint = No se anota nada hasta que confirmes.
proposal-decision-form-correcting-hint = El formulario contiene lo que se anotó: cambia lo que el acta recogió mal. La corrección se guarda y aparece en el acta.
proposal-decision-form-call = La llamada al consenso
proposal-decision-form-agreed = De acuerdo
proposal-decision-form-agreed-note = (un recuento, si se hizo)
proposal-decision-form-stand-aside-total = Abstenciones en total
proposal-decision-form-those-named = = las nombradas
proposal-decision-form-stand-aside-total-hint = Cuenta también las nombradas; vacío significa solo las nombradas.
proposal-decision-form-block-total = Bloqueos en total
proposal-decision-form-block-total-hint = Cuenta también los nombrados: para bloqueos que la sala solo contó, sin nombres. Vacío significa solo los nombrados.
proposal-decision-form-named-stand-asides = Abstenciones que dan su nombre
proposal-decision-form-reason-optional = (motivo opcional)
proposal-decision-form-name = Nombre
proposal-decision-form-who-stands-aside = quién se abstiene
proposal-decision-form-reason = Motivo
proposal-decision-form-optional = (opcional)
proposal-decision-form-remove-stand-aside = Quitar la abstención { $n }
proposal-decision-form-remove-stand-aside-named = Quitar la abstención { $n } ({ $name })
proposal-decision-form-add-stand-aside = + Nombrar una abstención
proposal-decision-form-named-blocks = Bloqueos con nombre
proposal-decision-form-reason-required = (motivo obligatorio)
proposal-decision-form-block-hint = Una objeción moral, ética o de seguridad grave: quién bloquea y por qué (consta en acta). Los bloqueos solo contados van en el total de arriba.
proposal-decision-form-who-blocks = quién bloquea
proposal-decision-form-required = (obligatorio)
proposal-decision-form-remove-block = Quitar el bloqueo { $n }
proposal-decision-form-remove-block-named = Quitar el bloqueo { $n } ({ $name })
proposal-decision-form-add-block = + Nombrar un bloqueo
proposal-decision-form-vote = La votación
proposal-decision-form-vote-note = (si la hubo)
proposal-decision-form-vote-hint = Lo que contó la sala, con quienes bloquean incluidos según votaron. Deja ambos vacíos si la llamada no pasó a votación.
proposal-decision-form-for = A favor
proposal-decision-form-against = En contra
proposal-decision-form-options = Quórum, límite de abstenciones, otra regla
proposal-decision-form-quorum = Quórum
proposal-decision-form-quorum-note = (participantes)
proposal-decision-form-limit = Límite de abstenciones
proposal-decision-form-limit-example = p. ej. 1/3
proposal-decision-form-other-rule = Otra regla
proposal-decision-form-other-rule-note = (si la asamblea lo decide)
proposal-decision-form-preview = Ver el resultado
proposal-decision-form-text = El texto que se decide
proposal-decision-form-text-version = (versión { $n })
proposal-decision-form-how = Introduce los recuentos y luego { $button }: el núcleo aplica la regla y tú confirmas lo que muestra.
proposal-decision-preview-heading = Resultado, si se confirma:
proposal-decision-preview-rule = regla { $rule }
proposal-decision-preview-rule-other = regla { $rule } (no la de la asamblea, { $assembly })
proposal-decision-counts = { $counted } — { $participants }
proposal-decision-preview-becomes = la propuesta queda { $status }
proposal-decision-preview-stand-aside = Abstención:
proposal-decision-preview-block = Bloqueo:
proposal-decision-confirm = Confirmar y anotar: { $outcome }
proposal-decision-confirm-correction = Confirmar la corrección: { $outcome }
proposal-decision-back = Volver al formulario

## Una decisión anotada

proposal-decision-record-label = Decisión en { $item }
proposal-decision-record-at = en { $item }
proposal-decision-record-rule = Regla
proposal-decision-record-default-rule = (la regla de la asamblea era { $rule })
proposal-decision-record-counts = Recuentos
proposal-decision-record-quorum = {"; "}quórum { $n }
proposal-decision-record-limit = {"; "}límite de abstenciones { $limit }
proposal-decision-record-wg-voices = Voces de las comisiones
proposal-decision-record-stood-aside = Se abstuvieron
proposal-decision-record-blocked = Bloquearon
proposal-decision-record-text = Texto decidido
proposal-decision-record-version = versión { $n }
proposal-decision-record-entered-by = Anotado por
proposal-decision-record-entered = { $by }, { $at }
proposal-decision-record-disputed = Impugnada:
proposal-decision-dispute-form = Marcar la decisión como impugnada
proposal-decision-dispute-note = Qué salió mal (obligatorio)
proposal-decision-dispute-save = Marcar como impugnada
proposal-decision-dispute-cancel = Cancelar
proposal-decision-dispute-clear = Quitar la marca de impugnada
proposal-decision-dispute-open = Marcar como impugnada…

## La llamada de un consejo de portavoces

proposal-council-form-label = Llamada al consenso por comisiones
proposal-council-form-rule = Regla { $rule }, aplicada a las voces de las comisiones: una voz por comisión, dada por su portavoz.
proposal-council-no-spokes = Ninguna comisión ha enviado aún portavoz a este consejo.
proposal-council-voices = La voz de cada comisión
proposal-council-voice-none = sin voz
proposal-council-voice-stand-aside = abstención
proposal-council-reason-label = Motivo de { $wg } (opcional)
proposal-council-reason-label-block = Motivo de { $wg } (obligatorio para un bloqueo)
proposal-council-reason-optional = motivo (opcional)
proposal-council-reason-required = motivo (obligatorio)
proposal-council-other-rule-note = (si el consejo lo decide)
proposal-council-preview-rule = Regla { $rule }; la propuesta queda { $status }.

## Aplazar, retirar, devolver

proposal-move-ask = { $move }…
proposal-move-dialog-table = Aplazar la propuesta
proposal-move-dialog-withdraw = Retirar la propuesta
proposal-move-dialog-send-back = Devolver la propuesta a la comisión
proposal-move-why = Por qué
proposal-move-why-required = (obligatorio: consta en el acta)
proposal-move-by = Quién lo decide
proposal-move-by-facilitator = la moderación
proposal-move-by-proposers = quienes proponen
proposal-move-by-ga = la asamblea
proposal-move-keep = Mantenerla

## El tablero

proposal-board-back-to-dashboard = ← Inicio
proposal-board-heading = Propuestas
proposal-board-count-all = { $n } en total
proposal-board-count-match = { $n } coinciden
proposal-board-filters = Filtrar las propuestas
proposal-board-filter-status = Estado
proposal-board-any-status = Cualquier estado
proposal-board-filter-year = Año
proposal-board-any-year = Cualquier año
proposal-board-none-yet = Aún no hay propuestas.
proposal-board-none-match = Ninguna propuesta coincide.
proposal-board-col-reference = Referencia
proposal-board-col-title = Título
proposal-board-col-by = Comisión / quien propone
proposal-board-col-outcome = Último resultado
proposal-board-no-outcome = aún ninguno
proposal-board-pager-noun-draft = borradores
proposal-board-pager-noun-submitted = propuestas presentadas
proposal-board-pager-noun-on-agenda = propuestas en un orden del día
proposal-board-pager-noun-in-process = propuestas en proceso
proposal-board-pager-noun-decided = propuestas decididas
proposal-board-pager-noun-tabled = propuestas aplazadas
proposal-board-pager-noun-withdrawn = propuestas retiradas
proposal-board-pager-noun-sent-back = propuestas devueltas
proposal-new-proposal-open = Nueva propuesta
proposal-new-proposal-hide = Ocultar el formulario de nueva propuesta
proposal-new-proposal-title = Título
proposal-new-proposal-text = Texto
proposal-new-proposal-text-hint = Lo que se pide decidir a la asamblea. Ctrl+Intro la envía.
proposal-new-proposal-wg = Comisión
proposal-new-proposal-wg-none = — ninguna —
proposal-new-proposal-by = Quien propone
proposal-new-proposal-date = Presentada el
proposal-new-proposal-date-note = (opcional: un día pasado)
proposal-new-proposal-date-hint = Vacío significa hoy. Una propuesta de la historia de la asamblea toma el año de su referencia de su propio día.
proposal-new-proposal-draft = Dejarla como borrador (aún sin presentar a la asamblea)
proposal-new-proposal-save-draft = Guardar el borrador
proposal-new-proposal-submit = Presentar la propuesta
proposal-new-proposal-draft-saved = Borrador guardado:
proposal-new-proposal-submitted = Propuesta presentada:
