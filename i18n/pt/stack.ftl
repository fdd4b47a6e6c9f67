# As palavras das inscrições (ui/src/views/stack, lib/floorAnnouncements.ts).
# Os nomes dos tipos de inscrição são os da ata (entry-…, minutes.ftl).

## Os tipos de inscrição: o gesto de cada um

stack-signal-process = triângulo
stack-signal-information = um dedo no ar
stack-signal-clarifying = mão em «C»
stack-signal-direct-response = os dois indicadores
stack-signal-speak = mão no ar

## Porque está uma inscrição no seu lugar

stack-reason-direct-response-to = resposta direta a { $name }
stack-reason-in-order-added = por ordem de inscrição
stack-reason-prioritized = com prioridade
stack-reason-first-time-today = fala pela primeira vez hoje
stack-reason-spoken-today = já falou hoje
stack-reason-prioritized-and = com prioridade, { $why }
stack-reason-no-repeat = passa à frente: quem se seguia acabou de falar
stack-reason-list-turn = vez da lista { $list }
stack-reason-list-turn-and = vez da lista { $list }, { $why }
stack-reason-over-cap = espera: já teve { $n } { $n ->
    [one] intervenção
   *[other] intervenções
  } neste ponto, o limite é { $cap }

## Porque não é aceite agora um tipo

stack-why-meeting-closed = { $meeting } está encerrada
stack-why-stack-closed = as inscrições estão fechadas
stack-why-nobody-speaking = ninguém tem a palavra
stack-why-foreign = { $meeting } pertence a outra assembleia

## O que «Anular» anularia

stack-undo-add = a inscrição de alguém
stack-undo-next = a passagem da palavra
stack-undo-withdraw = uma desistência
stack-undo-prioritize = a prioridade dada
stack-undo-unprioritize = a prioridade retirada
stack-undo-close = o fecho das inscrições
stack-undo-reopen = a reabertura das inscrições
stack-undo-pause = a pausa
stack-undo-resume = o retomar
stack-undo-limit = o tempo por intervenção
stack-undo-policy = a mudança das regras das inscrições
stack-undone-add = a inscrição de { $name } ({ $kind }{ $for ->
        [yes] , por { $wg }
       *[no] {""}
    }{ $prioritized ->
        [yes] , com prioridade
       *[no] {""}
    }{ $listed ->
        [yes] , lista { $list }
       *[no] {""}
    })
stack-undone-next-floor = a palavra dada a { $name }
stack-undone-next-finished = o fim da intervenção de { $name }, ninguém à espera
stack-undone-withdraw = a desistência de { $name } ({ $kind })
stack-undone-prioritize = a prioridade dada a { $name }
stack-undone-unprioritize = a prioridade retirada a { $name }
stack-undone-close = o fecho das inscrições
stack-undone-reopen = a reabertura das inscrições
stack-undone-pause = a pausa de { $name }
stack-undone-resume = o recomeço de { $name }
stack-undone-limit = o tempo por intervenção fixado em { $limit }
stack-undone-limit-none = sem limite
stack-undone-limit-min = { $n } min
stack-undone-limit-s = { $n } s
stack-undone-policy = as regras das inscrições mudadas para: { $policy }

## Tempos

stack-limit-min = { $min } min

## A vista

stack-title = Inscrições
stack-breadcrumb = Localização
stack-meeting = Assembleia
stack-minutes-link = Ata →
stack-item-status = ponto { $status }
stack-meeting-status = { $meeting } { $status }
stack-item = Ponto
stack-item-option = { $reference } { $title } ({ $status })
stack-item-under-way = em curso
stack-follow = Seguir o ponto em curso ({ $reference })
stack-no-items = Esta assembleia ainda não tem pontos na ordem de trabalhos: acrescente-os na
stack-no-items-link = vista da assembleia
stack-read-only = { $meeting } está encerrada: as suas inscrições podem ser lidas mas já não alteradas.
stack-add-form = Inscrever
stack-name = Nome
stack-name-enter = (Enter inscreve)
stack-add = Inscrever
stack-adding-as = Inscrição como
stack-adding-prioritized = , com prioridade
stack-prioritize-new = Dar prioridade
stack-list = Lista
stack-list-their-choice = (à escolha da pessoa)
stack-list-none = nenhuma
stack-keys-line-add = inscrever
stack-keys-line-kind = tipo
stack-keys-line-prioritize = prioridade
stack-keys-line-next = seguinte
stack-keys-line-undo = anular
stack-keys-line-note = não ao escrever num campo de outro painel
stack-keys = Teclas
stack-key-enter = inscrever o nome
stack-key-enter-pick = escolher uma pessoa conhecida
stack-key-enter-clear = limpar
stack-key-kinds = tipo: questão de ordem, informação, esclarecimento, resposta direta, falar
stack-key-prioritize = dar prioridade a quem está a ser inscrito
stack-key-next = próxima intervenção
stack-key-undo = anular a última ação das inscrições (com o campo do nome vazio)
stack-key-accept = aceitar a mão no ar mais antiga da sala

## O campo do nome

stack-people-known = Pessoas que a assembleia conhece

## Os tipos

stack-kind-legend = Tipo de inscrição

## A palavra

stack-speaking-now = Tem a palavra
stack-for-wg = por { $wg }
stack-responds-to = a
stack-prioritized-mark = ★ com prioridade
stack-nobody = Ninguém tem a palavra
stack-next = Próxima intervenção
stack-resume = Retomar
stack-pause = Pausa
stack-then = A seguir:
stack-then-nobody-ends = Ninguém à espera: «seguinte» termina esta intervenção.
stack-then-nobody = Ninguém à espera.

## O cronómetro

stack-timer-label = Tempo de intervenção de { $name }
stack-timer-of = de { $limit }
stack-timer-no-limit = sem limite de tempo
stack-timer-over = { $time } a mais
stack-timer-wrap-up = faltam { $time }: é altura de concluir
stack-timer-left = faltam { $time }
stack-timer-paused = Em pausa

## A lista de espera

stack-waiting = À espera
stack-empty = Ninguém à espera.
stack-why-here = porquê aqui:{" "}
stack-entry-list = lista { $list }
stack-prioritize = Prioridade
stack-prioritize-label = Dar prioridade a { $name } ({ $kind })
stack-withdraw = Retirar
stack-withdraw-label = Retirar { $name } ({ $kind })

## Anular, fechar, o tempo por intervenção

stack-settings = Definições das inscrições
stack-undo = Anular
stack-would-undo = anularia:
stack-nothing-to-undo = nada a anular
stack-closed-banner = Inscrições fechadas:
stack-closed-only = só questões de ordem, informações e esclarecimentos
stack-reopen = Reabrir as inscrições
stack-open-banner = Inscrições abertas: todos os tipos são aceites
stack-close = Fechar as inscrições
stack-limit-label = Tempo por intervenção
stack-limit-none = sem limite
stack-limit-set = Definir
stack-limit-now-none = Sem limite.
stack-limit-now = Agora { $limit }.
stack-limit-hint = Minutos (2) ou minutos:segundos (1:30); vazio para nenhum.
stack-limit-read = Tempo por intervenção: { $limit }
stack-limit-error = Escreva o limite em minutos (2) ou minutos:segundos (1:30); deixe vazio para não haver limite.

## As regras das inscrições

stack-policy-title = Regras das inscrições
stack-policy-change = Mudar as regras das inscrições…
stack-policy-form = Mudar as regras das inscrições
stack-policy-order = Ordem
stack-policy-first-time = Primeiro quem ainda não falou
stack-policy-lists = Alternar entre listas
stack-policy-lists-none = nenhuma
stack-policy-lists-hint = Nomes separados por «|», p. ex. «mulheres e pessoas não binárias | aberta». Quem não escolheu lista espera na última.
stack-policy-cap = Máximo de intervenções por pessoa e por ponto
stack-policy-cap-none = sem máximo
stack-policy-no-repeat = Ninguém duas vezes seguidas
stack-policy-reason = Motivo
stack-policy-reason-note = (para a ata)
stack-policy-apply = Mudar as regras
stack-policy-cancel = Cancelar
stack-policy-fifo-option = Por ordem de inscrição
stack-policy-progressive-option = Inscrições progressivas

## Mãos no ar a partir dos telemóveis

stack-hands-title = Mãos no ar na sala
stack-hand-accept = Aceitar
stack-hand-accept-label = Aceitar { $name } ({ $kind }) nas inscrições
stack-hand-decline = Recusar
stack-hand-decline-label = Recusar a mão de { $name }
stack-hands-more = e mais { $n }

## Tempo de intervenção

stack-chart-title = Tempo de intervenção
stack-chart-summary = { $speeches } { $speeches ->
    [one] intervenção
   *[other] intervenções
  } de { $people ->
    [one] 1 pessoa
   *[other] { $people } pessoas
  }, { $time } no total
stack-chart-people = { $n ->
    [one] 1 pessoa
   *[other] { $n } pessoas
  }
stack-chart-first-time = { $n ->
    [one] falou
   *[other] falaram
  } pela primeira vez
stack-chart-none = Ainda ninguém terminou uma intervenção nesta assembleia.
stack-chart-over = { $n } a mais
stack-chart-first-mark = primeira vez
stack-loading = A carregar…

## Repartição do tempo de intervenção

stack-airtime-title = Repartição do tempo de intervenção
stack-airtime-no-speeches = ainda sem intervenções
stack-airtime-no-list = sem lista
stack-airtime-gini = Gini do tempo de intervenção:
stack-airtime-on = em { $item }
stack-airtime-this-item = este ponto
stack-airtime-at = em { $meeting }
stack-airtime-gini-note = (0 = todas as pessoas falaram o mesmo; perto de 1 = poucas pessoas ocuparam a palavra)
stack-airtime-counted = Contado sobre { $n } pessoas: { $note }.
stack-airtime-shares = { $time } do tempo · { $people } das pessoas ({ $n })
stack-airtime-last = Últimas intervenções, a mais recente primeiro:

## O que ouve um leitor de ecrã

stack-say-minutes = { $n ->
    [one] 1 minuto
   *[other] { $n } minutos
  }
stack-say-seconds = { $n ->
    [one] 1 segundo
   *[other] { $n } segundos
  }
stack-say-undone = Anulado: { $what }.
stack-say-floor = { $name } tem a palavra ({ $kind }).
stack-say-nobody = Ninguém tem a palavra.
stack-say-paused = Intervenção de { $name } em pausa.
stack-say-resumed = Intervenção de { $name } retomada.
stack-say-joined = { $name } inscreveu-se ({ $kind }): lugar { $place } de { $count }.
stack-say-joined-prioritized = { $name } inscreveu-se ({ $kind }): lugar { $place } de { $count }, com prioridade.
stack-say-prioritized = { $name } com prioridade: agora no lugar { $place }.
stack-say-unprioritized = { $name } já sem prioridade: agora no lugar { $place }.
stack-say-left = { $name } saiu das inscrições.
stack-say-closed = Inscrições fechadas: só questões de ordem, informações e esclarecimentos.
stack-say-reopened = Inscrições reabertas.
stack-say-limit = Tempo por intervenção: { $limit }.
stack-say-time-left = { $name }: faltam { $time }.
stack-say-time-up = Acabou o tempo de { $name }.

## Estados

stack-item-status-pending = pendente
stack-item-status-active = em curso
stack-item-status-done = concluído
stack-item-status-tabled = adiado
stack-meeting-planned = prevista
stack-meeting-open = aberta
stack-meeting-closed = encerrada
