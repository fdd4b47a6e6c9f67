# As palavras do modo assembleia (ui/src/views/meeting).

## Códigos em palavras

meeting-kind-process = Processo
meeting-kind-report-back = Informe de grupo
meeting-kind-proposal = Proposta
meeting-kind-discussion = Debate
meeting-kind-announcement = Anúncios
meeting-kind-soapbox = Microfone aberto
meeting-kind-other = Outro
meeting-item-pending = Pendente
meeting-item-active = Em curso
meeting-item-done = Concluído
meeting-item-tabled = Adiado
meeting-status-planned = Prevista
meeting-status-open = Aberta
meeting-status-closed = Encerrada
meeting-duration-min = { $min } min
meeting-duration-h = { $h } h
meeting-duration-h-min = { $h } h { $min } min
meeting-item-name = { $reference } «{ $title }»

## A vista da assembleia

meeting-breadcrumb = Localização
meeting-back = ← Início
meeting-stack-link = Inscrições →
meeting-minutes-link = Ata →
meeting-open-projector = Abrir o projetor
meeting-with-equity = com a repartição do tempo de intervenção
meeting-not-available = Assembleia indisponível
meeting-loading = A carregar a assembleia…
meeting-spokes-council = Conselho de porta-vozes
meeting-correcting = Esta assembleia está encerrada: as alterações ficam como correções e constam da ata.
meeting-read-only = O registo desta assembleia pode ser lido mas já não alterado:
meeting-corrected = Corrigido depois da assembleia
meeting-none = (nada)
meeting-mode = Modo assembleia
meeting-now = Agora
meeting-finish-item = Concluir { $reference }
meeting-take-up-next = Passar ao seguinte: { $reference }
meeting-take-up-next-label = Passar ao seguinte: { $item }
meeting-stack-panel = Inscrições
meeting-process-panel = Processo de consenso
meeting-coming-up = A seguir
meeting-nothing-left = Nada mais na ordem de trabalhos depois deste ponto.
meeting-report-back-notes-of = O informe, as notas e as tarefas de { $reference }:
meeting-notes-of = As notas e as tarefas de { $reference }:
meeting-in-agenda-item = no seu ponto da ordem de trabalhos, mais abaixo
meeting-roles-aside = Funções
meeting-prepared = Ordem de trabalhos preparada: { $n } pontos, previsto { $planned }.

## O cabeçalho

meeting-planned = Previsto: { $time }
meeting-opened-at-time = Aberta às { $time }
meeting-closed-at-time = Encerrada às { $time }
meeting-open-at = Às
meeting-open-at-note = (HH:MM, para passar a limpo)
meeting-open-at-now = agora
meeting-open = Abrir a assembleia
meeting-close-ask = Encerrar a assembleia…
meeting-close-question = Encerrar { $reference }? A ordem de trabalhos deixa de mudar; o registo ainda pode ser corrigido (cada correção consta da ata) até a ata ser aprovada.
meeting-closed-at = Encerrada às
meeting-closed-at-note = (HH:MM, para passar a limpo; vazio: agora)
meeting-close = Encerrar a assembleia
meeting-keep-open = Mantê-la aberta
meeting-start-form = Hora de início prevista
meeting-starts-at = Começa às
meeting-set = Definir
meeting-start-cleared = Hora de início apagada.
meeting-start-saved = Hora de início guardada: { $time }.
meeting-opened-at = Aberta às
meeting-opened-form = Hora a que a assembleia abriu
meeting-closed-form = Hora a que a assembleia encerrou
meeting-time-saved-opened = Aberta às { $time }.
meeting-time-saved-closed = Encerrada às { $time }.
meeting-time-saved-opened-correction = Aberta às { $time } (fica como correção).
meeting-time-saved-closed-correction = Encerrada às { $time } (fica como correção).

## O horário

meeting-starts = Começa às { $time }
meeting-planned-end = fim previsto { $time }
meeting-next-day = (no dia seguinte)
meeting-no-start = Sem hora de início: defina uma para ver o fim previsto
meeting-pace = A este ritmo, termina às { $time }
meeting-pace-late = — { $n } min depois do fim previsto
meeting-pace-on-time = — dentro do tempo

## O cronómetro do ponto

meeting-under-way = Em curso
meeting-item-time = Tempo neste ponto
meeting-timer-of = de { $time }
meeting-timer-s = { $s } s
meeting-timer-over = { $time } a mais
meeting-timer-left = faltam { $time }
meeting-timer-item-over = { $name } excedeu o seu tempo.

## A ordem de trabalhos

meeting-agenda = Ordem de trabalhos
meeting-agenda-count = { $n ->
    [one] { $n } ponto
   *[other] { $n } pontos
  }
meeting-agenda-keys = Alt+↑ e Alt+↓ movem o ponto em foco; os pontos também podem ser arrastados.
meeting-agenda-empty = A ordem de trabalhos está vazia.
meeting-agenda-empty-prepare = Prepare-a a partir da ordem habitual, ou acrescente os pontos um a um mais abaixo.
meeting-no-item-under-way = Nenhum ponto em curso. «Iniciar» abre um.
meeting-moved = «{ $title }» é agora o ponto { $position } de { $count }.
meeting-removed = Retirado «{ $title }».
meeting-step-start = { $item } está em curso.
meeting-step-finish = { $item } está concluído.
meeting-step-table = { $item } fica adiado.
meeting-table-form = Adiar { $reference }
meeting-table-why = Porque é adiado { $item }?
meeting-table-why-note = A sua proposta é adiada com ele; a ata regista o motivo.
meeting-table = Adiar
meeting-keep-it = Mantê-lo
meeting-no-time-set = sem tempo definido
meeting-process-link = Processo de consenso →
meeting-process-link-label = Processo de consenso de { $item }
meeting-proposal-page = Página da proposta
meeting-item-stack-label = Inscrições de { $item }
meeting-take-up = Iniciar
meeting-take-up-label = Iniciar { $item }
meeting-finish = Concluir
meeting-finish-label = Concluir { $item }
meeting-table-label = Adiar { $item }
meeting-move-up = Subir { $item }
meeting-move-down = Descer { $item }
meeting-remove = Retirar
meeting-remove-label = Retirar { $item }
meeting-remove-question = Retirar «{ $title }» da ordem de trabalhos?
meeting-keep = Manter
meeting-started-time = Começou às { $time }
meeting-ended-time = · terminou às { $time }
meeting-notes-heading = Notas de quem faz a ata
meeting-nothing-recorded = Nada registado neste ponto.
meeting-item-corrections = Correções de { $reference }
meeting-started-at = Começou às
meeting-ended-at = Terminou às
meeting-take-up-at = Iniciar a esta hora
meeting-finish-at = Concluir a esta hora
meeting-started-form = Hora a que começou { $reference }
meeting-ended-form = Hora a que terminou { $reference }
meeting-save = Guardar
meeting-optional = (opcional)

## Funções

meeting-roles = Funções
meeting-roles-none = Ainda ninguém tem uma função.
meeting-role-from = (a partir das { $time })
meeting-role-until = (até às { $time })
meeting-role-remove-label = Retirar { $name } da função de { $role }
meeting-role-form = Dar uma função a uma pessoa
meeting-role = Função
meeting-role-own = (ou qualquer função vossa)
meeting-role-name = Nome
meeting-role-from-label = A partir das
meeting-role-from-hint = (HH:MM, se assumiu mais tarde)
meeting-role-until-label = Até às
meeting-role-until-hint = (HH:MM, se deixou mais cedo)
meeting-role-add = Dar a função

## A sala

meeting-room = A sala
meeting-room-intro = Servir esta assembleia na rede local: os telemóveis acompanham-na e põem o braço no ar, e um segundo portátil emparelha-se para as inscrições ou para a ata.
meeting-room-open = Abrir a sala
meeting-room-elsewhere = A sala está aberta noutra assembleia.
meeting-room-close = Fechar a sala
meeting-room-participants-open = Os participantes abrem
meeting-room-qr = Código QR do endereço da sala, { $url }
meeting-room-codes = Códigos de emparelhamento
meeting-room-codes-note = (cada um serve uma vez, durante 5 minutos)
meeting-room-team-open = No dispositivo da equipa, abra
meeting-room-team-type = e escreva o código.
meeting-room-none-waiting = Nenhum à espera.
meeting-room-code-left = (faltam { $n } min)
meeting-room-role-stack-keeper = inscrições
meeting-room-role-minute-taker = ata
meeting-room-new-code-stack-keeper = Código novo para as inscrições
meeting-room-new-code-minute-taker = Código novo para a ata
meeting-room-paired = Dispositivos emparelhados
meeting-room-none = Nenhum.
meeting-room-revoke = Revogar
meeting-room-revoke-label = Revogar o dispositivo { $id } ({ $role })

## Tempo de intervenção, notas, tarefas, presenças

meeting-airtime-refresh = Atualizar os números
meeting-notes-saving = A guardar…
meeting-notes-error = Não guardado — o seu texto fica aqui. Ctrl+Enter tenta de novo.
meeting-notes-unsaved-auto = Ainda não guardado — guarda-se daqui a pouco, ao sair do campo ou com Ctrl+Enter.
meeting-notes-unsaved = Ainda não guardado — guarda-se ao sair do campo ou com Ctrl+Enter.
meeting-notes-saved = Guardado.
meeting-notes-hint-auto = Guarda-se enquanto escreve (após uma pausa), ao sair do campo ou com Ctrl+Enter.
meeting-notes-hint = Guarda-se ao sair do campo ou com Ctrl+Enter.
meeting-actions-loading = A carregar as tarefas…
meeting-actions = Tarefas
meeting-action-remove-label = Retirar a tarefa «{ $text }»
meeting-actions-none = Nenhuma ainda.
meeting-action-form = Tarefa nova para { $reference }
meeting-action-what = O que vai ser feito
meeting-action-who = Quem
meeting-action-add = Acrescentar
meeting-attendance-cleared = Presenças apagadas.
meeting-attendance-saved = Presenças guardadas: { $attendance }.
meeting-attendance-form = Registar as presenças
meeting-attendance = Presenças
meeting-attendance-hint = (55, 50-60 ou ~50)

## Informes e anúncios

meeting-rb = Informe de grupo
meeting-rb-of = Informe de { $wg }
meeting-rb-behalf-of = Informe em nome de { $whom }
meeting-rb-behalf = Em nome de
meeting-rb-behalf-hint = (outra assembleia, um caucus, uma pessoa)
meeting-rb-presenter = Apresentado por
meeting-rb-summary = Resumo
meeting-rb-asks = Pedidos
meeting-rb-asks-hint = (pessoas, dinheiro, apoio…)
meeting-rb-announcements = Anúncios
meeting-rb-none = Não foi registado nenhum informe.
meeting-rb-form = Informe de { $reference }
meeting-rb-field-presenter = quem apresenta
meeting-rb-field-summary = o resumo
meeting-rb-field-asks = os pedidos
meeting-rb-field-announcements = os anúncios
meeting-rb-field-on-behalf-of = em nome de quem
meeting-rb-blank-one = Isto apaga { $fields }. Apagar?
meeting-rb-blank-many = Isto apaga { $fields }. Apagá-los?
meeting-rb-blank = Apagar e guardar
meeting-rb-keep = Manter o texto
meeting-rb-save = Guardar o informe
meeting-rb-ctrl-enter = Ctrl+Enter numa caixa de texto também guarda.
meeting-rb-saved = Informe guardado.
meeting-ann-by-for = { $name }, por { $whom }
meeting-ann-for = por { $whom }
meeting-ann-made = Anúncios feitos
meeting-ann-none = Ainda não há anúncios registados.
meeting-ann-take-back = Retirar
meeting-ann-take-back-label = Retirar o anúncio { $n }
meeting-ann-form = Registar um anúncio em { $reference }
meeting-ann-by = Por
meeting-ann-text = Anúncio
meeting-ann-add = Registar o anúncio

## Preparar a ordem de trabalhos

meeting-add-heading = Acrescentar à ordem de trabalhos
meeting-add-kind = Tipo
meeting-add-wg = Grupo de trabalho
meeting-add-choose-wg = Escolha um grupo de trabalho…
meeting-add-find-proposal = Procurar uma proposta
meeting-add-title-or-reference = Título ou referência
meeting-add-choose-proposal = Escolha uma proposta…
meeting-add-looking = A procurar propostas…
meeting-add-none-matches = Nenhuma proposta que possa ir a esta ordem de trabalhos corresponde.
meeting-add-none-now = De momento nenhuma proposta pode ir a esta ordem de trabalhos.
meeting-add-newest = As { $shown } mais recentes de { $total }: escreva para afinar.
meeting-add-proposals = { $n ->
    [one] 1 proposta
   *[other] { $n } propostas
  }
meeting-add-title = Título
meeting-add-minutes = Minutos
meeting-add-item = Acrescentar o ponto
meeting-add-added = Acrescentado { $item }.
meeting-prepare-heading = Preparar a partir da ordem habitual
meeting-prepare-intro = Boas-vindas e processo, os informes dos grupos de trabalho, propostas, anúncios, microfone aberto e encerramento. Depois os pontos podem ser movidos, acrescentados ou retirados.
meeting-prepare-loading = A carregar grupos de trabalho e propostas…
meeting-prepare-submit = Preparar a ordem de trabalhos
meeting-prepare-wgs = Grupos de trabalho que fazem informe
meeting-prepare-no-wgs = Nenhum grupo de trabalho está ativo ou em formação.
meeting-prepare-proposals = Propostas a ouvir
meeting-prepare-no-proposals = Nenhuma proposta está à espera de ser ouvida.
meeting-prepare-count = { $wgs ->
    [one] 1 informe
   *[other] { $wgs } informes
  }, { $proposals ->
    [one] 1 proposta
   *[other] { $proposals } propostas
  }

## Conselho de porta-vozes

meeting-council-intro = Um porta-voz por grupo de trabalho; só os porta-vozes se inscrevem, e as decisões contam uma voz por grupo.
meeting-council-speaks-for = { $name } fala por { $wg }.
meeting-council-called = Pausa de consulta pedida por { $name }.
meeting-council-break = Pausa de consulta
meeting-council-break-by = pedida por { $wg } ({ $name }), { $minutes } min desde as { $time }
meeting-council-ended = Pausa de consulta terminada.
meeting-council-end = Terminar a pausa de consulta
meeting-council-no-wgs = Nenhum grupo de trabalho pode enviar porta-voz: acrescente grupos primeiro.
meeting-council-no-spoke = ainda sem porta-voz
meeting-council-spoke-form = Escolher o porta-voz de um grupo de trabalho
meeting-council-spoke = Porta-voz
meeting-council-make-spoke = Nomear porta-voz
meeting-council-call = Pedir uma pausa de consulta
meeting-council-called-by = Pedida por
meeting-council-breaks = Pausas de consulta
meeting-council-past = { $wg } ({ $name }, { $minutes } min pedidos)
