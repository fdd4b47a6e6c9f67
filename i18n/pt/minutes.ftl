# A ata (src-tauri/core/src/minutes/, decision.rs, stack/policy.rs), no vocabulário das
# assembleias: ata, facilitação, inscrições, bloqueio, grupo de trabalho.

## Pontuação e unidades

colon = { $text }:
# Between the names of a list ("Ana, Bo").
comma = {", "}
list-separator = {"; "}
percent = { $n }%
decimal = { $int },{ $frac }
duration-min-s = { $min } min { $s } s
duration-s = { $s } s
turn-from-until = { $name } ({ $from }–{ $until })
turn-from = { $name } (a partir das { $from })
turn-until = { $name } (até às { $until })

## Cabeçalho

minutes-title = { $assembly } — Assembleia { $number } ({ $reference })
fact-date = Data
fact-place = Local
fact-format = Formato
fact-attendance = Presenças
fact-opened = Abertura
fact-closed = Encerramento
attendance-about = cerca de { $n }
format-spokes-council = conselho de porta-vozes
label-minutes = Ata
minutes-draft = rascunho (ainda não aprovada)
minutes-approved = aprovada na assembleia { $reference }
redacted-note = Nesta cópia, os nomes das pessoas foram substituídos por “Participante N”.
label-spokes = Porta-vozes
label-consult-breaks = Pausas para consulta
consult-break = { $start }–{ $end }, pedida por { $name }, porta-voz de { $wg } ({ $minutes } { $minutes ->
    [one] minuto pedido
   *[other] minutos pedidos
  })
consult-break-during = { $line }, durante { $item }
label-floor-policy-changed = Mudanças na ordem das falas
policy-change = { $before } → { $after }
policy-change-during = { $line } (durante { $item })

## Funções

role-facilitator = { $n ->
    [one] Facilitação
   *[other] Facilitação
  }
role-stack-keeper = { $n ->
    [one] Inscrições
   *[other] Inscrições
  }
role-timekeeper = { $n ->
    [one] Controlo do tempo
   *[other] Controlo do tempo
  }
role-minute-taker = { $n ->
    [one] Ata
   *[other] Ata
  }
role-vibes-watcher = { $n ->
    [one] Cuidado do ambiente
   *[other] Cuidado do ambiente
  }

## Quem registou

actor-facilitator = facilitação
actor-stack-keeper = inscrições
actor-timekeeper = controlo do tempo
actor-minute-taker = ata
actor-participant = participante
actor-cli = linha de comandos
actor-demo = demonstração
actor-import = importação

## Pontos da ordem de trabalhos

item-kind-process = processo
item-kind-report-back = informe de grupo
item-kind-proposal = proposta
item-kind-discussion = debate
item-kind-announcement = anúncio
item-kind-soapbox = microfone aberto
item-kind-other = outro
item-allotted = previsto { $min } min
item-actual = real { $min } min ({ $start }–{ $end })
item-started = começou às { $at }
item-status-pending = não tratado
item-status-active = em curso
item-status-done = tratado
item-status-tabled = adiado
label-working-group = Grupo de trabalho
label-on-behalf-of = Em nome de
label-report-back = Informe
label-presented-by = Apresentado por
label-asks = Pedidos
label-announcements = Anúncios
announcement-by-for = { $name }, por { $whom }
on-behalf-of = por { $whom }
label-action-items = Tarefas
label-notes = Notas

## Falas

label-speakers = Falas
speech = { $name } — { $kind }, { $at }
speech-time = { $line }, { $time }
speech-over = { $line } (excedeu o tempo em { $time })
entry-process = questão de ordem
entry-information = ponto de informação
entry-clarifying = pergunta de esclarecimento
entry-direct-response = resposta direta
entry-speak = inscrição para falar

## Uma proposta

proposal-heading = Proposta { $reference }: { $title }
proposed-by = Proposta por { $name }
label-text-as-submitted = Texto apresentado
label-clarifying-questions = Perguntas de esclarecimento
said-by = {" "}({ $name })
question-answered = {" "}— resposta{ $by }: { $answer }
question-not-answered = {" "}— sem resposta
no-questions = Não houve perguntas de esclarecimento.
label-concerns = Preocupações
concern-addressed = {" "}— atendida
concern-addressed-with = {" "}— atendida: { $response }
concern-not-addressed = {" "}— não atendida
no-concerns = Não foram levantadas preocupações.
label-friendly-amendments = Emendas amigáveis
amendment-line = Emenda { $n }, proposta por { $name } — { $result }:
amendment-offered = Proposta por { $name } — { $result }:
amendment-accepted-version = aceite por quem propôs (versão { $version })
amendment-accepted = aceite por quem propôs
amendment-rejected = não aceite por quem propôs
amendment-pending = à espera da resposta de quem propôs
no-amendments = Não foram oferecidas emendas amigáveis.
label-temperature-check = Medição da temperatura
temperature = para cima { $up } · de lado { $sideways } · para baixo { $down }
text-as-decided = Texto decidido (versão { $version })

## A decisão

label-decision = Decisão
decision-line = { $decision } por { $rule }: { $counted }
decision-rule-chosen = { $rule } (escolhido pela assembleia em vez da regra habitual, { $default })
decision-quorum = quórum { $n }
decision-stand-aside-limit = limite de abstenções { $limit }
rule-consensus = consenso
rule-modified = consenso modificado ({ $percent }%)
rule-supermajority = maioria qualificada de { $share }
rule-majority = maioria
wg-voice = { $wg }: { $voice }
voice-for = a favor
voice-against = contra
voice-stand-aside = abstenção
voice-block = bloqueio
label-stand-aside = Abstenção
label-block = Bloqueio
label-disputed = Contestada
outcome = Resultado: { $outcome }
outcome-entered-by = { $explanation } (registado por: { $by })
outcome-by-why = {" "}— por { $by }: { $why }
outcome-by = {" "}— por { $by }
by-the-proposers = quem propôs
by-the-ga = decisão da assembleia
status-note-corrected = corrigido depois da assembleia
status-note-taken-off = retirado da ordem de trabalhos
outcome-consensus = consenso
outcome-passed = aprovada
outcome-blocked = bloqueada
outcome-failed = rejeitada
outcome-tabled = adiada
outcome-withdrawn = retirada
outcome-sent-back = devolvida ao grupo

## Contagem e motivo do resultado

count-blocks = { $n ->
    [one] { $n } bloqueio
   *[other] { $n } bloqueios
  }
count-stand-asides = { $n ->
    [one] { $n } abstenção
   *[other] { $n } abstenções
  }
count-for = { $n } a favor
count-against = { $n } contra
count-working-groups = { $n ->
    [one] { $n } grupo de trabalho
   *[other] { $n } grupos de trabalho
  }
counted-support = { $n } de acordo
counted-blocks-unnamed = { $blocks } (nomes e motivos não registados)
counted-blocks-some-unnamed = { $blocks } ({ $unnamed } sem nome nem motivo registado)
counted-vote = votação: { $support } a favor, { $against } contra — { $ratio }, { $threshold }
counted-none = { $outcome } (sem contagem)
counted-wg-voices = { $wgs }: { $voices }
counted-wg-voices-vote = { $words } — { $ratio }, { $threshold }
threshold-at-least = pelo menos { $share }
threshold-below = abaixo de { $share }
threshold-more-than-half = mais de metade
threshold-not-more-than-half = não mais de metade
explain-no-quorum = { $outcome }: participaram { $n }, menos do que o quórum de { $quorum }
explain-too-many-stand-asides = { $outcome }: { $n } de { $of } abstiveram-se, no limite de { $limit } ou acima
explain-no-blocks = { $outcome }: nenhum bloqueio
explain-blocks = { $outcome }: { $blocks } em consenso
explain-blocks-no-vote = { $outcome }: { $blocks } e sem votação
explain-no-blocks-no-against = { $outcome }: nenhum bloqueio nem voto contra
explain-vote = { $outcome }: votação { $support } a favor, { $against } contra — { $ratio }, { $threshold }
explain-no-votes = { $outcome }: ninguém votou a favor nem contra

## Ordem das falas

policy-progressive = inscrições progressivas
policy-fifo = por ordem de inscrição
policy-first-time-first = primeiro quem ainda não falou
policy-alternate = listas alternadas: { $lists }
policy-cap = no máximo { $n } { $n ->
    [one] fala
   *[other] falas
  } por pessoa e por ponto
policy-no-repeat = ninguém duas vezes seguidas

## Distribuição do tempo de fala

label-airtime-equity = Distribuição do tempo de fala
equity-gini = Gini do tempo de fala: { $gini } (0 = todos falaram o mesmo), sobre { $n } pessoas ({ $note })
present-lower-bound = { $label } presentes: contam-se { $n } (o mínimo)
present-counted-as = { $label } presentes: contam-se { $n }
present = { $label } presentes
present-fewer = { $label } presentes registados, menos do que as { $speakers } pessoas que falaram: só sobre quem falou
present-not-recorded = presenças não registadas: só sobre quem falou
equity-nobody-spoke = Ninguém falou
equity-speeches = { $speakers ->
    [one] { $speakers } pessoa falou
   *[other] { $speakers } pessoas falaram
  }, { $speeches ->
    [one] { $speeches } fala
   *[other] { $speeches } falas
  }, { $time } no total; { $first } pela primeira vez
equity-no-list = nenhuma lista escolhida
equity-list = lista { $list }
equity-list-share = { $list }: { $time } do tempo, { $people } das pessoas ({ $n })
equity-person = { $name }: { $share } ({ $speeches } { $speeches ->
    [one] fala
   *[other] falas
  }, { $time })

## Correções

heading-corrections = Corrigido depois da assembleia
correction-made = { $at } ({ $by }): { $line }
correction = { $what }: { $before } → { $after }
correction-none = (nada)

correction-of-item = ponto { $item }: { $what }
correction-item-started = início
correction-item-ended = fim
correction-item-notes = notas
correction-report-back-presenter = quem apresenta o informe
correction-report-back-summary = resumo do informe
correction-report-back-asks = pedidos do informe
correction-report-back-announcements = anúncios do informe
correction-announcement-by = anúncio feito por
correction-announcement = anúncio
correction-decision-rule = regra de decisão
correction-decision = decisão
correction-stand-asides = abstenções com nome
correction-blocks = bloqueios com nome
correction-amendment = emenda amigável de { $name }
correction-opened = hora de abertura
correction-closed = hora de encerramento
correction-attendance = presenças
correction-planned-start = início previsto
correction-role-added = { $role }: entrada
correction-role-removed = { $role }: saída
correction-role-times = { $role }: horário
correction-on-behalf = por { $whom }: { $text }
correction-role-from = { $name } (a partir das { $from })
correction-role-until = { $name } (até às { $until })
correction-role-between = { $name } ({ $from }–{ $until })
correction-rule-quorum = { $rule }, quórum { $quorum }
correction-rule-limit = { $rule }, limite de abstenções { $limit }
correction-rule-quorum-limit = { $rule }, quórum { $quorum }, limite de abstenções { $limit }
correction-outcome = { $outcome } ({ $counted })

## CSV

csv-meeting = assembleia
csv-item = ponto
csv-proposal = proposta
csv-title = título
csv-proposer = proponente
csv-working-group = grupo_de_trabalho
csv-outcome = resultado
csv-outcome-by = resultado_por
csv-outcome-reason = resultado_motivo
csv-rule = regra
csv-default-rule = regra_habitual
csv-support = a_favor
csv-against = contra
csv-stand-asides = abstenções
csv-blocks = bloqueios
csv-counted = contagem
csv-quorum = quórum
csv-stand-aside-limit = limite_abstenções
csv-named-stand-asides = abstenções_nomeadas
csv-named-blocks = bloqueios_nomeados
csv-decided-version = versão_decidida
csv-text-as-decided = texto_decidido
csv-entered-by = registado_por
csv-disputed = contestada
csv-dispute-note = nota_contestação
csv-wg-voices = vozes_dos_grupos
csv-order = ordem
csv-name = nome
csv-kind = tipo
csv-started-at = início
csv-ended-at = fim
csv-seconds = segundos
csv-overrun-seconds = segundos_a_mais
csv-status = estado
csv-allotted-minutes = minutos_previstos
csv-actual-minutes = minutos_reais
csv-presenter = apresentado_por
csv-summary = resumo
csv-asks = pedidos
csv-announcements = anúncios
csv-notes = notas
csv-corrected-at = corrigido_em
csv-by = por
csv-what = o_quê
csv-before = antes
csv-after = depois
csv-yes = sim
csv-no = não

## Cópias anonimizadas

participant-n = Participante { $n }

agenda-title-welcome = Boas-vindas, funcionamento e papéis
agenda-title-report-back = Informe de grupo: { $wg }
agenda-title-announcements = Anúncios
agenda-title-soapbox = Microfone aberto
agenda-title-closing = Encerramento
