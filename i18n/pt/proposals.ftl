# Os ecrãs das propostas (ui/src/views/proposals). As frases da decisão (contagens,
# resultado, motivo) são as de minutes.ftl, partilhadas com a ata.

## Palavras por código (labels.ts)

proposal-group-draft = Rascunhos
proposal-group-submitted = Apresentadas
proposal-group-on-agenda = Numa ordem de trabalhos
proposal-group-in-process = Em processo
proposal-group-decided = Decididas
proposal-group-tabled = Adiadas
proposal-group-withdrawn = Retiradas
proposal-group-sent-back = Devolvidas
proposal-status-draft = rascunho
proposal-status-submitted = apresentada
proposal-status-on-agenda = numa ordem de trabalhos
proposal-status-in-process = em processo
proposal-status-decided = decidida
proposal-status-tabled = adiada
proposal-status-withdrawn = retirada
proposal-status-sent-back = devolvida ao grupo
proposal-meeting-status-planned = prevista
proposal-meeting-status-open = aberta
proposal-meeting-status-closed = encerrada
proposal-item-status-pending = Pendente
proposal-item-status-active = Em curso
proposal-item-status-done = Feito
proposal-item-status-tabled = Adiado
proposal-step-not-started = Não iniciado
proposal-step-present = Apresentação
proposal-step-clarifying-questions = Perguntas de esclarecimento
proposal-step-concerns = Preocupações e emendas amigáveis
proposal-step-temperature-check = Medição da temperatura
proposal-step-call-for-consensus = Apelo ao consenso
proposal-step-vote = Votação
proposal-step-outcome = Resultado
proposal-step-short-concerns = Preocupações e emendas
proposal-step-hint-not-started = O processo ainda não começou.
proposal-step-hint-present = Quem propõe lê o texto.
proposal-step-hint-clarifying-questions = Perguntas, respondidas por quem propõe.
proposal-step-hint-concerns = Preocupações; emendas amigáveis que quem propõe aceita ou não.
proposal-step-hint-temperature-check = Opcional, não vinculativa: mãos para cima, de lado, para baixo.
proposal-step-hint-call-for-consensus = Apoios, abstenções e bloqueios.
proposal-step-hint-vote = A favor e contra, quando há bloqueios que se mantêm.
proposal-step-hint-outcome = Registado com a regra e as contagens.
proposal-outcome-consensus = Consenso
proposal-outcome-passed = Aprovada
proposal-outcome-blocked = Bloqueada
proposal-outcome-failed = Rejeitada
proposal-outcome-tabled = Adiada
proposal-outcome-withdrawn = Retirada
proposal-outcome-sent-back = Devolvida
proposal-amendment-status-pending = à espera de quem propôs
proposal-amendment-status-accepted = aceite
proposal-amendment-status-rejected = rejeitada
proposal-move-table = Adiar
proposal-move-withdraw = Retirar
proposal-move-send-back = Devolver ao grupo de trabalho
proposal-move-hint-table = Deixá-la para depois: pode voltar a ser ouvida numa assembleia seguinte.
proposal-move-hint-withdraw = Quem propôs retira-a.
proposal-move-hint-send-back = O seu grupo de trabalho volta a trabalhá-la.
proposal-move-done-table = adiada
proposal-move-done-withdraw = retirada
proposal-move-done-send-back = devolvida
proposal-actor-facilitator = a facilitação
proposal-actor-stack-keeper = as inscrições
proposal-actor-timekeeper = o controlo do tempo
proposal-actor-minute-taker = a ata
proposal-actor-participant = uma pessoa na sala
proposal-actor-cli = a linha de comandos
proposal-actor-demo = a demonstração
proposal-actor-import = uma importação
proposal-rule-consensus = Consenso (um bloqueio trava a proposta)
proposal-rule-modified-90 = Consenso modificado, 90% (Nova Iorque, Boston)
proposal-rule-modified-80 = Consenso modificado, 80% (Seattle)
proposal-rule-modified-70 = Consenso modificado, 70% (Berkeley)
proposal-rule-supermajority-2-3 = Maioria de dois terços
proposal-rule-supermajority-3-4 = Maioria de três quartos
proposal-rule-majority = Maioria simples (mais de metade)
proposal-participants = { $n ->
    [one] { $n } participante
   *[other] { $n } participantes
  }

## A página de uma proposta

proposal-breadcrumb = Caminho de navegação
proposal-back-to-board = ← Propostas
proposal-not-available = Proposta indisponível
proposal-loading = A carregar a proposta…
proposal-meta-wg = grupo de trabalho { $name }
proposal-meta-proposer = proposta por { $name }
proposal-meta-since = desde { $date }
proposal-derived-from = adotada de { $source }
proposal-derived-from-original = { $reference } de { $assembly }
proposal-derived-from-unknown = uma proposta de outra assembleia
proposal-meta-rule = regra da assembleia { $rule }
proposal-another-assembly = outra assembleia
proposal-imported-read-only = Proposta de outra assembleia, só de leitura.
proposal-imported-adopted-as = Adotada aqui como { $copy }, que segue o nosso próprio processo.
proposal-imported-our-copy = a nossa proposta
proposal-imported-title = Proposta de outra assembleia, só de leitura
proposal-imported-adopt-hint = {" "}— adotem-na para a levar pelo vosso próprio processo.
proposal-imported-adopt-link = Adotá-la em Federação →
proposal-submit = Apresentar à assembleia
proposal-text-heading = O texto
proposal-version-of = versão { $n } de { $of }
proposal-compare-heading = Comparar versões
proposal-amendments-heading = Emendas amigáveis
proposal-offer-between = Oferecer uma emenda entre assembleias
proposal-hearings-heading = Passagens em assembleia
proposal-no-hearings = Ainda não está na ordem de trabalhos de nenhuma assembleia.
proposal-hearing-when = { $date }, { $status }
proposal-hearing-step = passo: { $step }
proposal-outcome-by = por { $name }
proposal-outcome-by-why-separator = {": "}
proposal-run-process-at = Conduzir o processo em { $item } →
proposal-process-at = O processo em { $item } →
proposal-questions-heading = Perguntas de esclarecimento
proposal-concerns-heading = Preocupações
proposal-temperature-heading = Medições da temperatura
proposal-side-label = Versões e histórico
proposal-versions-heading = Versões
proposal-version-n = Versão { $n }
proposal-version-as-submitted = tal como apresentada
proposal-version-from-amendment-at = da emenda de { $name } em { $item }
proposal-version-from-amendment-between = da emenda de { $name } entre assembleias
proposal-version-from-an-amendment = de uma emenda
proposal-version-text = Texto da versão { $n }
proposal-history-heading = Histórico de estados
proposal-name-placeholder = nome

## Comparar versões

proposal-compare-from = Da versão
proposal-compare-to = Para a versão
proposal-compare-legend = Versão { $from } → versão { $to }: palavras { $added } e { $removed }.
proposal-compare-added = acrescentadas
proposal-compare-removed = retiradas

## O painel do processo

proposal-process-not-a-hearing = Este ponto da ordem de trabalhos não trata esta proposta.
proposal-process-announce-step = Agora em: { $step }.
proposal-process-announce-outcome = Resultado registado: { $outcome }.
proposal-process-announce-corrected = Decisão corrigida: { $outcome }. A correção fica na ata.
proposal-process-back-to-agenda = ← Ordem de trabalhos de { $meeting }
proposal-process-back-to-meeting = ← A assembleia
proposal-process-proposal-link = Página da proposta, versões e histórico →
proposal-process-not-available = Processo indisponível
proposal-process-rule = regra { $rule }
proposal-process-item = ponto
proposal-process-correcting = { $meeting } está encerrada: os passos já não mudam, mas o que foi registado pode ser corrigido até a ata ser aprovada — cada correção fica guardada e listada na ata.
proposal-process-read-only = Este registo pode ser lido mas já não alterado: { $reason }.
proposal-process-closed-meeting = { $meeting } está encerrada: esta passagem pode ser lida, já não alterada.
proposal-process-closed-proposal = A proposta está { $status }: já não está perante a assembleia.
proposal-process-decision-waits = Há emendas amigáveis à espera da resposta de quem propôs (abaixo: { $accept } aceita, { $reject } rejeita); a decisão vem depois.
proposal-process-decision-on-host = A facilitação regista o resultado no portátil principal; aparece aqui depois de registado.
proposal-process-outcome-heading = Resultado
proposal-process-correct-cancel = Cancelar a correção
proposal-process-correct-open = Corrigir esta decisão…
proposal-process-outcome-recorded-at = registado em { $item }.
proposal-process-outcome-by = Por { $name }
proposal-process-offer-amendment = Oferecer uma emenda amigável
proposal-process-temperature-note = opcional, não vinculativa
proposal-process-side-label = O texto e outros desfechos
proposal-process-version-of-submitted = versão { $n } de { $of } (tal como apresentada)
proposal-process-every-version = Todas as versões, comparadas palavra a palavra
proposal-process-other-outcomes = Outros desfechos

## Os passos

proposal-step-track-label = Passos do processo de consenso
proposal-step-current = (passo atual)
proposal-step-passed = (feito)
proposal-step-optional = opcional
proposal-step-moves-label = Avançar o processo
proposal-step-move-next = Seguinte: { $step }
proposal-step-move-back = Voltar a { $step }
proposal-step-move-go-to = Ir para { $step }
proposal-step-move-no-questions-next = Sem perguntas — seguinte: { $step }
proposal-step-move-no-questions-go-to = Sem perguntas — ir para: { $step }
proposal-step-move-no-concerns-next = Sem preocupações — seguinte: { $step }
proposal-step-move-no-concerns-go-to = Sem preocupações — ir para: { $step }

## Perguntas de esclarecimento

proposal-questions-none = Ainda não há perguntas de esclarecimento.
proposal-questions-answer = Resposta:
proposal-questions-answer-by = Resposta ({ $name }):
proposal-questions-answer-form = Resposta a «{ $question }»
proposal-questions-answer-label = Resposta
proposal-questions-answer-label-by = Resposta de { $name }
proposal-questions-answer-placeholder = A resposta de quem propôs
proposal-questions-answer-placeholder-by = A resposta de quem propôs ({ $name })
proposal-questions-answer-save = Guardar a resposta
proposal-questions-not-answered = Sem resposta.
proposal-questions-form = Registar uma pergunta de esclarecimento
proposal-questions-question = Pergunta
proposal-questions-asked-by = Feita por
proposal-questions-add = Registar a pergunta

## Preocupações

proposal-concerns-none = Não foram levantadas preocupações.
proposal-concerns-addressed = atendida
proposal-concerns-open = em aberto
proposal-concerns-response = Resposta:
proposal-concerns-address-form = Atender a preocupação «{ $concern }»
proposal-concerns-how-addressed = Como foi atendida
proposal-concerns-how-addressed-placeholder = Como foi atendida (opcional)
proposal-concerns-mark-addressed = Marcar como atendida
proposal-concerns-form = Registar uma preocupação
proposal-concerns-concern = Preocupação
proposal-concerns-raised-by = Levantada por
proposal-concerns-add = Registar a preocupação

## Medições da temperatura

proposal-temperature-none = Não foi medida a temperatura.
proposal-temperature-up = { $count } para cima
proposal-temperature-sideways = { $count } de lado
proposal-temperature-down = { $count } para baixo
proposal-temperature-form = Registar uma medição da temperatura
proposal-temperature-up-label = Para cima
proposal-temperature-sideways-label = De lado
proposal-temperature-down-label = Para baixo
proposal-temperature-note = Nota
proposal-temperature-record = Registar a medição

## Emendas amigáveis

proposal-amendment-announce-accepted = Emenda de { $name } aceite.
proposal-amendment-announce-accepted-version = Emenda de { $name } aceite: o texto é agora a versão { $version }.
proposal-amendment-announce-rejected = Emenda de { $name } rejeitada.
proposal-amendment-announce-corrected = Corrigido: a emenda de { $name } está agora { $status }.
proposal-amendment-keys = Responde quem propôs: numa emenda pendente, { $accept } aceita, { $reject } rejeita.
proposal-amendment-none = Não há emendas amigáveis.
proposal-amendment-offered-by = Oferecida por { $name }
proposal-amendment-on-version = sobre a versão { $n }
proposal-amendment-at = em { $item }
proposal-amendment-between = entre assembleias
proposal-amendment-made-version = deu a versão { $n }
proposal-amendment-answer-group = A resposta de quem propôs à emenda de { $name }
proposal-amendment-accept = Aceitar
proposal-amendment-accept-label = Aceitar a emenda de { $name }
proposal-amendment-reject = Rejeitar
proposal-amendment-reject-label = Rejeitar a emenda de { $name }
proposal-amendment-correct-rejected = Corrigir: foi rejeitada
proposal-amendment-correct-accepted = Corrigir: foi aceite
proposal-amendment-correct-rejected-label = Corrigir: foi rejeitada (a emenda de { $name })
proposal-amendment-correct-accepted-label = Corrigir: foi aceite (a emenda de { $name })
proposal-amendment-form-text = O texto inteiro com a emenda
proposal-amendment-form-hint = Edite o texto atual; Ctrl+Enter oferece a emenda.
proposal-amendment-form-by = Oferecida por
proposal-amendment-form-offer = Oferecer a emenda
proposal-amendment-form-reset = Recomeçar a partir do texto atual

## O apelo ao consenso e a votação

proposal-decision-form-label = Apelo ao consenso
proposal-decision-form-correct-label = Corrigir a decisão
proposal-decision-form-rule = Regra { $rule }: { $words }.
proposal-decision-form-hint = Nada é registado até confirmar.
proposal-decision-form-correcting-hint = O formulário tem o que foi registado: altere o que a ata registou mal. A correção fica guardada e listada na ata.
proposal-decision-form-call = O apelo ao consenso
proposal-decision-form-agreed = De acordo
proposal-decision-form-agreed-note = (uma contagem, se foi feita)
proposal-decision-form-stand-aside-total = Abstenções no total
proposal-decision-form-those-named = = as nomeadas
proposal-decision-form-stand-aside-total-hint = Conta também as nomeadas; vazio significa só as nomeadas.
proposal-decision-form-block-total = Bloqueios no total
proposal-decision-form-block-total-hint = Conta também os nomeados: para bloqueios que a sala só contou, sem nomes. Vazio significa só os nomeados.
proposal-decision-form-named-stand-asides = Abstenções que dão o nome
proposal-decision-form-reason-optional = (motivo opcional)
proposal-decision-form-name = Nome
proposal-decision-form-who-stands-aside = quem se abstém
proposal-decision-form-reason = Motivo
proposal-decision-form-optional = (opcional)
proposal-decision-form-remove-stand-aside = Retirar a abstenção { $n }
proposal-decision-form-remove-stand-aside-named = Retirar a abstenção { $n } ({ $name })
proposal-decision-form-add-stand-aside = + Nomear uma abstenção
proposal-decision-form-named-blocks = Bloqueios com nome
proposal-decision-form-reason-required = (motivo obrigatório)
proposal-decision-form-block-hint = Uma objeção moral, ética ou de segurança grave: quem bloqueia, e porquê (fica na ata). Os bloqueios só contados vão no total acima.
proposal-decision-form-who-blocks = quem bloqueia
proposal-decision-form-required = (obrigatório)
proposal-decision-form-remove-block = Retirar o bloqueio { $n }
proposal-decision-form-remove-block-named = Retirar o bloqueio { $n } ({ $name })
proposal-decision-form-add-block = + Nomear um bloqueio
proposal-decision-form-vote = A votação
proposal-decision-form-vote-note = (se houve)
proposal-decision-form-vote-hint = O que a sala contou, com quem bloqueia incluído conforme votou. Deixe ambos vazios se o apelo não foi a votos.
proposal-decision-form-for = A favor
proposal-decision-form-against = Contra
proposal-decision-form-options = Quórum, limite de abstenções, outra regra
proposal-decision-form-quorum = Quórum
proposal-decision-form-quorum-note = (participantes)
proposal-decision-form-limit = Limite de abstenções
proposal-decision-form-limit-example = p. ex. 1/3
proposal-decision-form-other-rule = Outra regra
proposal-decision-form-other-rule-note = (se a assembleia o decidir)
proposal-decision-form-preview = Ver o resultado
proposal-decision-form-text = O texto a decidir
proposal-decision-form-text-version = (versão { $n })
proposal-decision-form-how = Introduza as contagens e depois { $button }: o núcleo aplica a regra e confirma o que ele mostra.
proposal-decision-preview-heading = Resultado, se confirmado:
proposal-decision-preview-rule = regra { $rule }
proposal-decision-preview-rule-other = regra { $rule } (não a da assembleia, { $assembly })
proposal-decision-counts = { $counted } — { $participants }
proposal-decision-preview-becomes = a proposta fica { $status }
proposal-decision-preview-stand-aside = Abstenção:
proposal-decision-preview-block = Bloqueio:
proposal-decision-confirm = Confirmar e registar: { $outcome }
proposal-decision-confirm-correction = Confirmar a correção: { $outcome }
proposal-decision-back = Voltar ao formulário

## Uma decisão registada

proposal-decision-record-label = Decisão em { $item }
proposal-decision-record-at = em { $item }
proposal-decision-record-rule = Regra
proposal-decision-record-default-rule = (a regra da assembleia era { $rule })
proposal-decision-record-counts = Contagens
proposal-decision-record-quorum = {"; "}quórum { $n }
proposal-decision-record-limit = {"; "}limite de abstenções { $limit }
proposal-decision-record-wg-voices = Vozes dos grupos de trabalho
proposal-decision-record-stood-aside = Abstiveram-se
proposal-decision-record-blocked = Bloquearam
proposal-decision-record-text = Texto decidido
proposal-decision-record-version = versão { $n }
proposal-decision-record-entered-by = Registado por
proposal-decision-record-entered = { $by }, { $at }
proposal-decision-record-disputed = Contestada:
proposal-decision-dispute-form = Marcar a decisão como contestada
proposal-decision-dispute-note = O que correu mal (obrigatório)
proposal-decision-dispute-save = Marcar como contestada
proposal-decision-dispute-cancel = Cancelar
proposal-decision-dispute-clear = Retirar a marca de contestada
proposal-decision-dispute-open = Marcar como contestada…

## O apelo de um conselho de porta-vozes

proposal-council-form-label = Apelo ao consenso por grupos de trabalho
proposal-council-form-rule = Regra { $rule }, aplicada às vozes dos grupos de trabalho: uma voz por grupo, dada pelo seu porta-voz.
proposal-council-no-spokes = Nenhum grupo de trabalho enviou ainda porta-voz a este conselho.
proposal-council-voices = A voz de cada grupo de trabalho
proposal-council-voice-none = sem voz
proposal-council-voice-stand-aside = abstenção
proposal-council-reason-label = Motivo de { $wg } (opcional)
proposal-council-reason-label-block = Motivo de { $wg } (obrigatório para um bloqueio)
proposal-council-reason-optional = motivo (opcional)
proposal-council-reason-required = motivo (obrigatório)
proposal-council-other-rule-note = (se o conselho o decidir)
proposal-council-preview-rule = Regra { $rule }; a proposta fica { $status }.

## Adiar, retirar, devolver

proposal-move-ask = { $move }…
proposal-move-dialog-table = Adiar a proposta
proposal-move-dialog-withdraw = Retirar a proposta
proposal-move-dialog-send-back = Devolver a proposta ao grupo de trabalho
proposal-move-why = Porquê
proposal-move-why-required = (obrigatório: fica na ata)
proposal-move-by = Por quem
proposal-move-by-facilitator = a facilitação
proposal-move-by-proposers = quem propôs
proposal-move-by-ga = a assembleia
proposal-move-keep = Mantê-la

## O quadro

proposal-board-back-to-dashboard = ← Início
proposal-board-heading = Propostas
proposal-board-count-all = { $n } no total
proposal-board-count-match = { $n } correspondem
proposal-board-filters = Filtrar as propostas
proposal-board-filter-status = Estado
proposal-board-any-status = Qualquer estado
proposal-board-filter-year = Ano
proposal-board-any-year = Qualquer ano
proposal-board-none-yet = Ainda não há propostas.
proposal-board-none-match = Nenhuma proposta corresponde.
proposal-board-col-reference = Referência
proposal-board-col-title = Título
proposal-board-col-by = Grupo de trabalho / quem propõe
proposal-board-col-outcome = Último resultado
proposal-board-no-outcome = ainda nenhum
proposal-board-pager-noun-draft = rascunhos
proposal-board-pager-noun-submitted = propostas apresentadas
proposal-board-pager-noun-on-agenda = propostas numa ordem de trabalhos
proposal-board-pager-noun-in-process = propostas em processo
proposal-board-pager-noun-decided = propostas decididas
proposal-board-pager-noun-tabled = propostas adiadas
proposal-board-pager-noun-withdrawn = propostas retiradas
proposal-board-pager-noun-sent-back = propostas devolvidas
proposal-new-proposal-open = Nova proposta
proposal-new-proposal-hide = Esconder o formulário de nova proposta
proposal-new-proposal-title = Título
proposal-new-proposal-text = Texto
proposal-new-proposal-text-hint = O que se pede à assembleia que decida. Ctrl+Enter apresenta.
proposal-new-proposal-wg = Grupo de trabalho
proposal-new-proposal-wg-none = — nenhum —
proposal-new-proposal-by = Quem propõe
proposal-new-proposal-date = Apresentada em
proposal-new-proposal-date-note = (opcional: um dia passado)
proposal-new-proposal-date-hint = Vazio significa hoje. Uma proposta da história da assembleia tira o ano da sua referência do seu próprio dia.
proposal-new-proposal-draft = Guardá-la como rascunho (ainda não apresentada à assembleia)
proposal-new-proposal-save-draft = Guardar o rascunho
proposal-new-proposal-submit = Apresentar a proposta
proposal-new-proposal-draft-saved = Rascunho guardado:
proposal-new-proposal-submitted = Proposta apresentada:
