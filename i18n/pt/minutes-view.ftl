# A pré-visualização da ata na aplicação (ui/src/views/minutes).

## A barra de ferramentas

minutes-view-back = {"← "}
minutes-view-meeting = Assembleia
minutes-view-redact = Ocultar nomes
minutes-view-include-speakers = Incluir as intervenções
minutes-view-include-equity = Incluir a equidade do tempo de palavra
minutes-view-export = Exportar
minutes-view-export-as = Exportar como { $format }
minutes-view-print = Imprimir…
minutes-view-saving = A guardar…
minutes-view-saved-to = Guardada em { $path }
minutes-view-saved-to-files = Guardada em { $n } ficheiros:
minutes-view-export-cancelled = Exportação cancelada; nada foi guardado.
minutes-view-live = Pré-visualização em direto, atualizada às
minutes-view-as-of = Pré-visualização das
minutes-view-redacted = · nomes ocultos (também nas exportações)
minutes-view-with-speakers = · com as intervenções
minutes-view-loading = A carregar a ata…

## Aprovação

minutes-view-approve = Aprovar esta ata
minutes-view-approve-hint = A ata é aprovada por uma assembleia seguinte enquanto está reunida.
minutes-view-approved-by = Aprovada por
minutes-view-approve-option = { $reference } — { $date } (aberta)
minutes-view-approve-none = Não há nenhuma assembleia aberta agora: abra a assembleia que a aprova e volte aqui.
minutes-view-loading-meetings = A carregar as assembleias…
minutes-view-approved-result = A ata de { $reference } está aprovada em { $at }.
minutes-view-still-draft = A ata de { $reference } ainda é um rascunho.

## O documento

minutes-view-in-progress = · assembleia a decorrer
minutes-view-not-yet-held = · assembleia ainda não realizada
minutes-view-ga-number = — Assembleia { $number }
minutes-view-status-draft = Rascunho (ainda não aprovada)
minutes-view-status-approved = Aprovada em { $reference }
minutes-view-status-approved-on = Aprovada em { $reference } a { $date }
minutes-view-spoke-from = (a partir das { $at })
minutes-view-spoke-until = (até às { $at })
minutes-view-consult = Pausa de consulta { $start }–{ $end }, pedida por { $name }, porta-voz de { $wg } ({ $minutes } min pedidos)
minutes-view-consult-during = Pausa de consulta { $start }–{ $end }, pedida por { $name }, porta-voz de { $wg } ({ $minutes } min pedidos), durante { $item }
minutes-view-empty = A ordem de trabalhos desta assembleia está vazia.
minutes-view-kind-process = Processo
minutes-view-kind-report-back = Informe de grupo
minutes-view-kind-proposal = Proposta
minutes-view-kind-discussion = Debate
minutes-view-kind-announcement = Anúncios
minutes-view-kind-soapbox = Microfone aberto
minutes-view-kind-other = Outro
minutes-view-who = quem:
minutes-view-speech = { $kind }, { $at }

## Uma proposta ouvida

minutes-view-proposed-by = Proposta por
minutes-view-asked-by = (perguntou { $name })
minutes-view-answer = Resposta:
minutes-view-answer-by = Resposta de { $name }:
minutes-view-not-answered = Sem resposta.
minutes-view-raised-by = (levantada por { $name })
minutes-view-addressed = Atendida
minutes-view-not-addressed = Não atendida
minutes-view-amendment = { $amendment }, proposta por { $name } — { $result }. O texto com a emenda:
minutes-view-amendment-n = Emenda { $n }
minutes-view-temperature = { $n ->
    [one] Medição da temperatura
   *[other] Medições da temperatura
  }
minutes-view-not-binding = (não vinculativa)
minutes-view-temperature-line = Para cima { $up } · de lado { $sideways } · para baixo { $down }
minutes-view-rule = Regra:
minutes-view-rule-line = { $rule }.
minutes-view-rule-chosen = { $rule } — escolhida para esta decisão; a regra habitual da assembleia é { $default }.
minutes-view-rule-consensus = consenso
minutes-view-rule-majority = maioria simples
minutes-view-rule-modified = consenso modificado a { $percent }
minutes-view-rule-supermajority = maioria qualificada de { $share }
minutes-view-counted = Contagem:
minutes-view-quorum-and-limit = Quórum e limite
minutes-view-quorum = Quórum
minutes-view-limit = Limite de abstenções
minutes-view-entered-by = Registado por { $by }.
minutes-view-outcome = Resultado:
minutes-view-outcome-consensus = Consenso
minutes-view-outcome-passed = Aprovada
minutes-view-outcome-blocked = Bloqueada
minutes-view-outcome-failed = Não aprovada
minutes-view-outcome-tabled = Adiada
minutes-view-outcome-withdrawn = Retirada
minutes-view-outcome-sent-back = Devolvida ao grupo de trabalho
minutes-view-disputed = Contestada.
minutes-view-text-as-decided = Texto decidido
