# La vista previa del acta en la aplicación (ui/src/views/minutes).

## La barra de herramientas

minutes-view-back = {"← "}
minutes-view-meeting = Asamblea
minutes-view-redact = Ocultar nombres
minutes-view-include-speakers = Incluir las intervenciones
minutes-view-include-equity = Incluir el reparto del tiempo de palabra
minutes-view-export = Exportar
minutes-view-export-as = Exportar como { $format }
minutes-view-print = Imprimir…
minutes-view-saving = Guardando…
minutes-view-saved-to = Guardado en { $path }
minutes-view-saved-to-files = Guardado en { $n } archivos:
minutes-view-export-cancelled = Exportación cancelada; no se guardó nada.
minutes-view-live = Vista previa en directo, actualizada a las
minutes-view-as-of = Vista previa de las
minutes-view-redacted = · nombres ocultos (también al exportar)
minutes-view-with-speakers = · con las intervenciones
minutes-view-loading = Cargando el acta…

## Aprobación

minutes-view-approve = Aprobar esta acta
minutes-view-approve-hint = El acta la aprueba una asamblea posterior mientras está reunida.
minutes-view-approved-by = Aprobada por
minutes-view-approve-option = { $reference } — { $date } (abierta)
minutes-view-approve-none = No hay ninguna asamblea abierta ahora: abre la asamblea que la aprueba y vuelve aquí.
minutes-view-loading-meetings = Cargando las asambleas…
minutes-view-approved-result = El acta de { $reference } queda aprobada en { $at }.
minutes-view-still-draft = El acta de { $reference } sigue siendo un borrador.

## El documento

minutes-view-in-progress = · asamblea en curso
minutes-view-not-yet-held = · asamblea aún no celebrada
minutes-view-ga-number = — Asamblea { $number }
minutes-view-status-draft = Borrador (aún sin aprobar)
minutes-view-status-approved = Aprobada en { $reference }
minutes-view-status-approved-on = Aprobada en { $reference } el { $date }
minutes-view-spoke-from = (desde las { $at })
minutes-view-spoke-until = (hasta las { $at })
minutes-view-consult = Pausa de consulta { $start }–{ $end }, pedida por { $name }, portavoz de { $wg } ({ $minutes } min solicitados)
minutes-view-consult-during = Pausa de consulta { $start }–{ $end }, pedida por { $name }, portavoz de { $wg } ({ $minutes } min solicitados), durante { $item }
minutes-view-empty = El orden del día de esta asamblea está vacío.
minutes-view-kind-process = Proceso
minutes-view-kind-report-back = Informe de comisión
minutes-view-kind-proposal = Propuesta
minutes-view-kind-discussion = Debate
minutes-view-kind-announcement = Anuncios
minutes-view-kind-soapbox = Micro abierto
minutes-view-kind-other = Otro
minutes-view-who = quién:
minutes-view-speech = { $kind }, { $at }

## Una propuesta tratada

minutes-view-proposed-by = Propuesta por
minutes-view-asked-by = (preguntó { $name })
minutes-view-answer = Respuesta:
minutes-view-answer-by = Respuesta de { $name }:
minutes-view-not-answered = Sin respuesta.
minutes-view-raised-by = (planteada por { $name })
minutes-view-addressed = Atendida
minutes-view-not-addressed = Sin atender
minutes-view-amendment = { $amendment }, propuesta por { $name } — { $result }. El texto con la enmienda:
minutes-view-amendment-n = Enmienda { $n }
minutes-view-temperature = { $n ->
    [one] Toma de temperatura
   *[other] Tomas de temperatura
  }
minutes-view-not-binding = (no vinculante)
minutes-view-temperature-line = Arriba { $up } · de lado { $sideways } · abajo { $down }
minutes-view-rule = Regla:
minutes-view-rule-line = { $rule }.
minutes-view-rule-chosen = { $rule } — elegida para esta decisión; la regla habitual de la asamblea es { $default }.
minutes-view-rule-consensus = consenso
minutes-view-rule-majority = mayoría simple
minutes-view-rule-modified = consenso modificado al { $percent }
minutes-view-rule-supermajority = mayoría cualificada de { $share }
minutes-view-counted = Recuento:
minutes-view-quorum-and-limit = Quórum y límite
minutes-view-quorum = Quórum
minutes-view-limit = Límite de abstenciones
minutes-view-entered-by = Anotado por { $by }.
minutes-view-outcome = Resultado:
minutes-view-outcome-consensus = Consenso
minutes-view-outcome-passed = Aprobada
minutes-view-outcome-blocked = Bloqueada
minutes-view-outcome-failed = No aprobada
minutes-view-outcome-tabled = Aplazada
minutes-view-outcome-withdrawn = Retirada
minutes-view-outcome-sent-back = Devuelta a la comisión
minutes-view-disputed = Impugnada.
minutes-view-text-as-decided = Texto decidido
