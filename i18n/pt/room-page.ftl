# The participants' page (src-tauri/core/src/room/page, served by the room's server): a
# phone on the room's network follows the meeting and asks for the floor. It speaks the
# app's language. The kinds of hand are the minutes' (entry-…), a hearing's steps the
# projector's (projector-step-…), why a hand stands where it does the stack's
# (stack-reason-…).

room-page-title = Plenary — a sala
room-page-connecting = A ligar à sala…
room-page-connected = Ligado: esta página acompanha a assembleia em direto.
room-page-reconnecting = A voltar a ligar à sala…
room-page-closed = A sala está fechada.
room-page-unreachable = Não é possível contactar a sala.
room-page-refused = A sala recusou o pedido (HTTP { $status }).
room-page-now = Agora
room-page-floor = A palavra
room-page-next = A seguir
room-page-raise = Pedir a palavra
room-page-name = O teu nome
room-page-kind = Para
room-page-kind-speak = falar
room-page-kind-direct-response = responder diretamente a quem fala
room-page-kind-clarifying = fazer uma pergunta de esclarecimento
room-page-kind-information = fazer um ponto de informação
room-page-kind-process = levantar uma questão de ordem
room-page-withdraw = Retirar o meu pedido
room-page-proposal = A proposta
room-page-agenda = Ordem de trabalhos
room-page-not-open = { $meeting } — ainda não começou
room-page-nothing-under-way = Ainda nada em curso.
room-page-nobody-has-floor = Ninguém tem a palavra.
room-page-speaker = { $name } ({ $kind })
room-page-entry = { $name } — { $kind }
room-page-more = e mais { $n }
room-page-nobody-waiting = Ninguém à espera.
room-page-stack-closed = As inscrições estão fechadas.
room-page-item-under-way = { $item } — em curso
room-page-item-done = { $item } — concluído
room-page-item-tabled = { $item } — adiado
room-page-proposal-title = { $reference } { $title } (versão { $version })
room-page-step = Passo: { $step }
room-page-clock-of-minutes = { $clock } de { $minutes } min
room-page-clock-of = { $clock } de { $limit }
room-page-clock-paused = { $clock } (em pausa)
room-page-has-floor = { $name } tem a palavra.
room-page-hand-pending = Pediste a palavra ({ $kind }): à espera de quem gere as inscrições.
room-page-hand-waiting = Estás em { $ord ->
   *[other] { $n }.º
  } lugar nas inscrições — { $policy }: { $reason }.
room-page-hand-on-stack = Estás inscrito para falar.
room-page-hand-speaking = Tens a palavra.
room-page-hand-spoken = Já falaste. Pede a palavra de novo para voltar a falar.
room-page-hand-declined = Desta vez o teu pedido não foi aceite.
room-page-hand-down = Não pediste a palavra.
