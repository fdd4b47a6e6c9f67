# As mensagens de erro do núcleo (src-tauri/core/src/error.rs): o que está errado e onde.
# Os nomes, as referências e o que foi escrito são argumentos e nunca se traduzem.

## Partilhadas

error-meeting-not-found = não há nenhuma assembleia com o id { $id }
error-item-not-found = não há nenhum ponto da ordem de trabalhos com o id { $id }
error-person-not-found = não há nenhuma pessoa com o id { $id }
error-wg-not-found = não há nenhum grupo de trabalho com o id { $id }
error-item-not-on-agenda = { $item } não está na ordem de trabalhos de { $meeting }

## Grupos de trabalho (wg.rs)

error-wg-name-taken = já existe um grupo de trabalho chamado «{ $name }»
error-wg-status-unchanged = o grupo de trabalho «{ $name }» já está { $status ->
        [forming] em formação
        [active] ativo
        [dormant] inativo
        [dissolved] dissolvido
       *[other] { $status }
    }
error-wg-status-before-since = a mudança não pode ter a data { $on }: o grupo de trabalho «{ $name }» está { $status ->
        [forming] em formação
        [active] ativo
        [dormant] inativo
        [dissolved] dissolvido
       *[other] { $status }
    } desde { $since }
error-wg-foreign-proposal = o grupo de trabalho «{ $name }» pertence a outra assembleia; uma proposta nomeia um dos vossos próprios grupos de trabalho
error-wg-foreign-report-back = o grupo de trabalho «{ $name }» pertence a outra assembleia; aqui só os vossos próprios grupos de trabalho apresentam relatório

## Pessoas (person.rs)

error-person-name-taken = já existe alguém chamado { $other }: se { $old } e { $other } são a mesma pessoa, juntem-nas (person merge)
error-person-merge-self = não é possível juntar uma pessoa consigo mesma
error-person-merge-foreign-record = { $name } aparece num registo que pertence a outra assembleia ({ $table }): não é possível juntar aqui
error-person-merge-both-appear = não é possível juntar { $a } e { $b }: ambas aparecem onde só pode aparecer uma ({ $table })
error-person-merge-both-waiting = { $a } e { $b } esperam ambas nas inscrições do ponto { $item } na mesma fila ({ $kind ->
        [process] questão de ordem
        [information] ponto de informação
        [clarifying] pergunta de esclarecimento
        [direct-response] resposta direta
        [speak] inscrição para falar
       *[other] { $kind }
    }): retirem primeiro uma delas das inscrições e depois juntem-nas
error-person-merge-both-stances = { $a } e { $b } afastaram-se ou bloquearam ambas na decisão do ponto { $item }: uma pessoa não pode contar duas vezes, por isso continuam a ser duas pessoas

## As regras das inscrições (stack/policy.rs, stack/floor.rs)

error-policy-bad-base = as regras «{ $policy }» devem começar por fifo ou progressive, não por «{ $first }»; escrevam-nas assim: fifo|progressive[,first-time-first][,alternate:LISTA|LISTA…][,cap:N][,no-repeat]
error-policy-part-twice = as regras «{ $policy }» indicam { $part } duas vezes
error-policy-bad-cap = cap:{ $cap } nas regras deve ser um número inteiro de intervenções de 1 a { $max }
error-policy-empty-list-name = alternate:{ $lists } nas regras tem uma lista sem nome
error-policy-bad-list-name = o nome de lista «{ $list }» deve ser uma só linha com { $max } caracteres no máximo
error-policy-list-twice = alternate:{ $lists } nas regras nomeia a lista «{ $list }» duas vezes
error-policy-list-count = alternate:{ $lists } nas regras deve nomear de 2 a { $max } listas, separadas por |
error-policy-takes-no-value = { $part } nas regras não leva valor; escrevam-nas assim: fifo|progressive[,first-time-first][,alternate:LISTA|LISTA…][,cap:N][,no-repeat]
error-policy-needs-value = { $part } nas regras precisa de um valor ({ $part }:…); escrevam-nas assim: fifo|progressive[,first-time-first][,alternate:LISTA|LISTA…][,cap:N][,no-repeat]
error-policy-base-twice = as regras «{ $policy }» indicam duas vezes a ordem de base; escrevam-nas assim: fifo|progressive[,first-time-first][,alternate:LISTA|LISTA…][,cap:N][,no-repeat]
error-policy-unknown-part = «{ $part }» não faz parte das regras das inscrições; escrevam-nas assim: fifo|progressive[,first-time-first][,alternate:LISTA|LISTA…][,cap:N][,no-repeat]
error-policy-stored-damaged = as regras das inscrições guardadas para esta assembleia estão danificadas: { $detail }
error-policy-unchanged = as regras das inscrições da assembleia { $number } já são { $policy }
error-policy-item-elsewhere = esse ponto não está na ordem de trabalhos da assembleia { $number }

## Anular nas inscrições (stack/undo.rs)

error-undo-damaged = o registo para anular destas inscrições está danificado ({ $what }); nada foi anulado
error-undo-no-row = não há nenhuma linha { $id } em { $table } para alterar
error-undo-no-column = não há nenhuma coluna { $column } numa linha de { $table }
error-undo-bad-value = valor errado em { $table }.{ $column }

## As inscrições (stack/actions.rs)

error-meeting-closed = a assembleia { $number } está encerrada: a sua ata já não pode mudar
error-stack-policy-stored-damaged = as regras das inscrições guardadas para a assembleia { $number } estão danificadas: { $detail }
error-stack-entry-not-found = não há nenhuma inscrição com o id { $id }
error-stack-not-a-list = «{ $list }» não é uma lista da assembleia { $number }: a palavra alterna entre { $lists }
error-stack-list-name-too-long = o nome de lista «{ $list }» tem mais de { $max } caracteres
error-stack-withdraw-not-waiting = { $name } não está à espera nas inscrições ({ $status ->
        [speaking] tem a palavra: usem «seguinte» para terminar a intervenção
        [done] já falou
       *[other] já desistiu
    }): só se pode retirar uma inscrição em espera
error-stack-prioritize-not-waiting = { $name } não está à espera nas inscrições: só se pode dar prioridade a uma inscrição em espera
error-stack-already-prioritized = { $name } já tem prioridade
error-stack-not-prioritized = { $name } não tem prioridade
error-stack-already-closed = as inscrições de { $item } já estão fechadas
error-stack-already-open = as inscrições de { $item } já estão abertas
error-stack-pause-nobody = ninguém tem a palavra em { $item }: não há nenhuma intervenção para pausar
error-stack-already-paused = a intervenção de { $name } já está em pausa
error-stack-resume-nobody = ninguém tem a palavra em { $item }: não há nenhuma intervenção para retomar
error-stack-not-paused = a intervenção de { $name } não está em pausa
error-stack-limit-out-of-range = um limite de { $seconds } segundos por intervenção está fora do intervalo de 1 a { $max } segundos (uma hora)
error-stack-nothing-to-undo = não há nada para anular nas inscrições de { $item }
error-stack-name-not-waiting = { $name } não está à espera nas inscrições de { $item }
error-stack-name-not-waiting-kind = { $name } não está à espera nas inscrições de { $item } { $kind ->
        [process] com uma questão de ordem
        [information] com um ponto de informação
        [clarifying] com uma pergunta de esclarecimento
        [direct-response] com uma resposta direta
       *[speak] para falar
    }
error-stack-name-waits-several = { $name } está à espera nas inscrições de { $item } em { $count } filas ({ $kinds }): indiquem qual com --kind
error-stack-closed-to-speakers = as inscrições de { $item } estão fechadas: não aceitam mais inscrições para falar (as questões de ordem, os pontos de informação e as perguntas de esclarecimento continuam a ser aceites); reabram-nas primeiro
error-stack-closed-to-responses = as inscrições de { $item } estão fechadas: não aceitam mais respostas diretas (as questões de ordem, os pontos de informação e as perguntas de esclarecimento continuam a ser aceites); reabram-nas primeiro
error-stack-not-a-spoke = { $name } não é porta-voz na assembleia { $number }: num conselho de porta-vozes só os porta-vozes se inscrevem, cada um pelo seu grupo de trabalho (escolham primeiro o porta-voz do grupo)
error-stack-response-nobody = ninguém tem a palavra em { $item }: uma resposta direta responde a quem está a falar
error-stack-response-to-self = { $name } tem a palavra: uma resposta direta responde a outra pessoa
error-stack-cap-reached = { $name } já teve { $had } { $had ->
        [one] intervenção
       *[other] intervenções
    } em { $item }: as regras das inscrições da assembleia { $number } permitem no máximo { $cap } por pessoa e por ponto
error-stack-already-waiting = { $name } já está à espera nas inscrições de { $item } { $kind ->
        [process] com uma questão de ordem
        [information] com um ponto de informação
        [clarifying] com uma pergunta de esclarecimento
        [direct-response] com uma resposta direta
       *[speak] para falar
    }; uma pessoa espera no máximo uma vez por fila

## Decisões (decision.rs, proposal/decide.rs)

error-decision-not-found = não há nenhuma decisão com o id { $id }
error-decision-total-below-named = { $total } { $what ->
        [support] apoios
        [against] votos contra
        [stand-asides] afastamentos
        [blocks] bloqueios
        [quorum] quórum
       *[other] { $what }
    } no total, mas { $named } estão nomeados: o total conta também os nomeados
error-decision-count-too-big = { $what ->
        [support] apoios
        [against] votos contra
        [stand-asides] afastamentos
        [blocks] bloqueios
        [quorum] quórum
       *[other] { $what }
    } { $count } é mais do que { $max }: verifiquem a contagem
error-decision-consensus-against = num consenso não há votos contra ({ $against } registados): registem o desacordo como afastamento ou como bloqueio
error-decision-quorum-zero = um quórum é de pelo menos 1 participante (deixem-no vazio se não houver)
error-decision-bad-stand-aside-limit = limite de afastamentos: { $detail }
error-decision-too-many-names = mais de { $max } nomes: verifiquem a lista
error-decision-named-twice = { $name } aparece duas vezes: uma pessoa afasta-se ou bloqueia uma só vez
error-decision-block-without-reason = o bloqueio de { $name } não tem motivo: um bloqueio nominal é uma objeção moral, ética ou de segurança grave e o seu motivo fica na ata (um bloqueio apenas contado entra no total, sem nome)
error-decision-no-voices = não foi dada a voz de nenhum grupo de trabalho: num conselho de porta-vozes o apelo ao consenso conta uma voz por grupo
error-decision-too-many-voices = mais de { $max } vozes: verifiquem a lista
error-decision-voice-twice = { $wg } aparece duas vezes: um grupo de trabalho tem uma só voz
error-decision-bad-voice = a voz «{ $voice }» de { $wg } não é nenhuma de for, against, stand-aside, block
error-decision-wg-block-without-reason = o bloqueio de { $wg } não tem motivo: um bloqueio é uma objeção moral, ética ou de segurança grave e o seu motivo fica na ata
error-decision-no-such-wg = não há nenhum grupo de trabalho «{ $wg }» nesta assembleia
error-decision-wg-without-spoke = { $wg } não enviou porta-voz a este conselho: só têm voz os grupos de trabalho com porta-voz
error-decision-council-needs-voices = a assembleia { $number } é um conselho de porta-vozes: o apelo ao consenso e a votação contam uma voz por grupo de trabalho; indiquem a voz de cada grupo
error-decision-assembly-no-voices = a assembleia { $number } é uma assembleia geral: as vozes dos grupos de trabalho só contam num conselho de porta-vozes; indiquem as contagens da sala
error-decision-amendments-pending = { $pending ->
        [one] { $pending } emenda amigável ainda espera
       *[other] { $pending } emendas amigáveis ainda esperam
    } a resposta de quem propõe: aceitem-nas ou rejeitem-nas antes da decisão
error-decision-unknown-rule = a regra «{ $rule }» desta decisão não é conhecida por este Plenary: não pode ser corrigida aqui
error-decision-council-not-correctable = { $item } foi decidido pelas vozes dos grupos de trabalho num conselho de porta-vozes: não pode ser corrigido com as contagens da sala
error-decision-proposal-moved-on = a proposta avançou desde { $item } (agora está: { $now ->
        [draft] rascunho
        [submitted] apresentada
        [on-agenda] na ordem de trabalhos
        [in-process] em processo
        [decided] decidida
        [tabled] adiada
        [withdrawn] retirada
        [sent-back] devolvida
        [consensus] consenso
        [passed] aprovada
        [blocked] bloqueada
        [failed] rejeitada
       *[other] { $now }
    }): o seu resultado aí já não pode passar de { $from ->
        [draft] rascunho
        [submitted] apresentada
        [on-agenda] na ordem de trabalhos
        [in-process] em processo
        [decided] decidida
        [tabled] adiada
        [withdrawn] retirada
        [sent-back] devolvida
        [consensus] consenso
        [passed] aprovada
        [blocked] bloqueada
        [failed] rejeitada
       *[other] { $from }
    } para { $to ->
        [draft] rascunho
        [submitted] apresentada
        [on-agenda] na ordem de trabalhos
        [in-process] em processo
        [decided] decidida
        [tabled] adiada
        [withdrawn] retirada
        [sent-back] devolvida
        [consensus] consenso
        [passed] aprovada
        [blocked] bloqueada
        [failed] rejeitada
       *[other] { $to }
    }
error-decision-dispute-without-note = digam porque é que a decisão é contestada: marcá-la como contestada exige uma nota

## Assembleias (meeting.rs, attendance.rs, order_of_business.rs)

error-meeting-role-too-long = a função «{ $role }» tem mais de { $max } caracteres
error-meeting-bad-start-time = a hora de início «{ $time }» não é uma hora do dia: escrevam-na como HH:MM (24 horas), p. ex. 18:30
error-meeting-bad-number = o número da assembleia { $number } deve ser 1 ou mais
error-meeting-number-taken = já existe uma assembleia número { $number }
error-meeting-already-open = esta assembleia já está aberta
error-meeting-already-open-and-closed = esta assembleia já foi aberta e encerrada: indiquem a hora a que abriu (--at HH:MM) para a corrigir
error-meeting-opens-after-close = uma assembleia não pode abrir às { $opened } depois de encerrar às { $closed }
error-meeting-not-open-yet = esta assembleia ainda não foi aberta: abram-na antes de a encerrar
error-meeting-already-closed = esta assembleia já está encerrada: indiquem a hora a que encerrou (--at HH:MM) para a corrigir
error-meeting-role-ends-before = uma função assumida desde as { $from } não pode terminar às { $until }, antes de começar
error-meeting-role-already-held = { $name } já tem a função «{ $role }» nesta assembleia
error-meeting-role-not-held = essa pessoa não tem a função «{ $role }» nesta assembleia
error-attendance-not-a-count = a presença «{ $attendance }» não é uma contagem: escrevam um número (55), um intervalo (50-60) ou um número aproximado (~50)
error-attendance-too-many = a presença «{ $attendance }» é de mais de { $max } pessoas
error-attendance-bad-range = presença «{ $attendance }»: o limite superior de um intervalo deve ser maior do que o inferior
error-order-of-business-agenda-exists = esta assembleia já tem ordem de trabalhos; acrescentem os pontos um a um

## Avisos, tarefas, a assembleia, páginas, esquecer (announcement.rs, action_item.rs, assembly.rs, paging.rs, person_forget.rs)

error-announcement-needs-text = um aviso precisa do seu texto (--text)
error-announcement-wrong-item = os avisos fazem-se num ponto de avisos, e este é um ponto do tipo «{ $kind }»
error-announcement-not-found = não há nenhum aviso com o id { $id }
error-action-item-not-found = não há nenhuma tarefa com o id { $id }
error-assembly-bad-code = o código da assembleia «{ $code }» deve ter de 2 a 8 letras ou algarismos, como LDN ou NYC
error-assembly-exists = esta base de dados já tem uma assembleia ({ $name }); não foi alterada
error-paging-bad-cursor = o cursor de página «{ $cursor }» não foi dado por esta lista (peçam de novo a primeira página)
error-person-forget-placeholder = { $name } já é um marcador: não resta nenhum nome para esquecer

## Regras de decisão, correções, atas, a demonstração (rule.rs, correction.rs, minutes/*, demo*.rs)

error-rule-unknown = regra de decisão desconhecida «{ $rule }»: usem consensus, modified:P (0 < P ≤ 100, p. ex. modified:90), supermajority:A/B (p. ex. supermajority:2/3) ou majority
error-rule-bad-fraction = «{ $fraction }» não é uma fração: escrevam A/B com 0 < A ≤ B, p. ex. 1/3
error-correction-meeting-closed = a assembleia { $number } está encerrada: isto já não pode mudar (o seu registo pode ser corrigido até a ata ser aprovada)
error-correction-time-skipped = { $time } não existe em { $date } neste fuso horário
error-correction-minutes-approved = a ata da assembleia { $number } foi aprovada na assembleia { $by }: o seu registo já não pode ser corrigido
error-correction-time-needed = falta uma hora: escrevam-na como HH:MM (24 horas), p. ex. 19:05
error-correction-bad-time = «{ $time }» não é uma hora do dia: escrevam-na como HH:MM
error-minutes-approve-by-earlier = { $by } não pode aprovar a ata de { $meeting }: só uma assembleia posterior pode
error-minutes-approve-open = a ata de { $meeting } pode ser aprovada quando a assembleia estiver encerrada
error-minutes-approve-not-in-session = as atas são aprovadas por uma assembleia em sessão: abram primeiro { $by }
error-minutes-already-approved = a ata de { $meeting } já está aprovada
error-minutes-assembly-unknown = a assembleia de { $meeting } é desconhecida
error-demo-needs-empty-database = esta base de dados já tem uma assembleia ({ $name }); `plenary demo` precisa de uma base de dados vazia
error-demo-no-upcoming-meeting = a demonstração não tem nenhuma assembleia próxima
error-demo-no-proposal = a demonstração não tem nenhuma proposta «{ $title }»

## Conselhos de porta-vozes (spokes.rs)

error-spokes-assembly-no-spokes = a assembleia { $number } é uma assembleia geral: só um conselho de porta-vozes tem porta-vozes
error-spokes-assembly-no-breaks = a assembleia { $number } é uma assembleia geral: só um conselho de porta-vozes tem pausas de consulta
error-spokes-no-such-wg = não há nenhum grupo de trabalho «{ $wg }» nesta assembleia (`plenary wg list` mostra-os)
error-spokes-wg-dissolved = { $wg } está dissolvido: não envia porta-voz
error-spokes-already-spoke = { $name } já é porta-voz de { $wg } na assembleia { $number }
error-spokes-speaks-for-other = { $name } já fala por { $other } na assembleia { $number }: cada porta-voz fala por um só grupo de trabalho
error-spokes-break-length = uma pausa de consulta de { $minutes } minutos: indiquem de 1 a { $max } minutos
error-spokes-break-not-a-spoke = { $name } não é porta-voz na assembleia { $number }: só um porta-voz pede uma pausa de consulta
error-spokes-break-under-way = está a decorrer uma pausa de consulta pedida por { $wg } na assembleia { $number }: terminem-na primeiro
error-spokes-no-break = não está a decorrer nenhuma pausa de consulta na assembleia { $number }
error-spokes-break-not-found = não há nenhuma pausa de consulta com o id { $id }

## Referências tal como se escrevem (refs.rs)

error-refs-no-meeting = não há nenhuma assembleia «{ $text }» (indiquem-na pelo número, como 39 ou LDN-GA-39, ou pelo id)
error-refs-no-item = não há nenhum ponto «{ $text }» (indiquem-no como 39.3 ou LDN-GA-39.3, ou pelo id)
error-refs-no-proposal = não há nenhuma proposta «{ $text }» (indiquem-na como LDN-P-2026-034, ou pelo id)
error-refs-no-wg = não há nenhum grupo de trabalho «{ $text }» (indiquem-no pelo nome ou pelo id; `plenary wg list` mostra-os)
error-refs-no-person = esta assembleia não conhece ninguém chamado «{ $text }»

## Propostas (proposal.rs)

error-proposal-not-found = não há nenhuma proposta com o id { $id }
error-proposal-already-on-agenda = esta proposta já está na ordem de trabalhos desta assembleia
error-proposal-dated-after-today = uma proposta não pode ter a data { $date }, depois de hoje ({ $today }): indiquem o dia em que foi apresentada

## Pacotes entre assembleias (bundle/*)

error-bundle-signing-key-mismatch = a chave de assinatura junto a esta base de dados não corresponde à chave pública desta assembleia: os pacotes assinados com ela seriam recusados
error-bundle-meetings-or-since = escolham assembleias ou uma data (--since), não as duas coisas
error-bundle-meeting-foreign = a assembleia { $meeting } pertence a outra assembleia: um pacote só leva os registos desta assembleia
error-bundle-export-foreign-reference = não é possível exportar: { $record } { $id } remete ({ $column }) para { $target_record } { $target }, que não pertence a esta assembleia; um pacote só leva os registos desta assembleia
error-bundle-export-not-own = não é possível exportar: { $record } { $id } não é desta assembleia
error-bundle-too-many-recipients = um pacote pode ser selado para { $max } assembleias no máximo
error-bundle-recipient-unknown = nenhuma assembleia conhecida aqui é «{ $given }» (indiquem o seu código, nome, id ou impressão digital; uma assembleia passa a ser conhecida aqui quando se importa um dos seus pacotes)
error-bundle-recipient-no-key = { $name } ({ $code }) não tem nenhuma chave conhecida aqui: importem primeiro um dos seus pacotes
error-bundle-recipient-ambiguous = «{ $given }» designa mais do que uma assembleia conhecida aqui: indiquem o seu código ou impressão digital
error-bundle-received-not-found = não há nenhum pacote recebido com o id { $id } (`plenary bundle received` lista-os)
error-bundle-undo-adopted = não é possível anular { $file }: há registos feitos aqui que remetem para o que ele trouxe (a proposta «{ $title }» foi adotada a partir de uma das suas propostas). Nada foi alterado
error-bundle-undo-referred = não é possível anular { $file }: há registos feitos aqui que remetem para o que ele trouxe (uma proposta adotada, por exemplo). Nada foi alterado
error-bundle-undo-later-import = não é possível anular { $file }: { $later }, importado depois ({ $at }) de { $assembly }, pode basear-se nele; anulem primeiro essa importação. Nada foi alterado
error-bundle-undo-no-record = { $file } foi importado por um Plenary anterior, que não guardou registo para o anular (em vez disso fez uma cópia de segurança antes da importação: `plenary restore`). Nada foi alterado
error-bundle-undo-bad-name = o registo de anulação nomeia «{ $name }», que não é uma tabela nem uma coluna
error-bundle-undo-record-unreadable = o registo de anulação de { $file } não pode ser lido ({ $detail })
error-bundle-undo-record-unknown-change = o registo de anulação de { $file } tem uma alteração «{ $change }» que não consegue ler

## Federação (federation.rs, federation/*)

error-federation-adopt-own = { $proposal } já é uma proposta desta assembleia; adotar é para propostas de outras assembleias
error-federation-already-adopted = { $proposal } já foi adotada aqui (proposta { $earlier })
error-federation-no-folders = ainda não há pastas de federação: escolham-nas com `plenary federation folders --inbox DIR --outbox DIR` (ou na vista de federação)
error-federation-folder-unusable = a pasta de { $which ->
        [inbox] entrada
       *[other] saída
    } { $folder } não pode ser usada: { $detail }
error-federation-folder-is-file = a pasta de { $which ->
        [inbox] entrada
       *[other] saída
    } { $folder } é um ficheiro, não uma pasta
error-federation-folder-not-text = o caminho da pasta de { $which ->
        [inbox] entrada
       *[other] saída
    } { $folder } não é texto válido: escolham outra pasta
error-federation-bad-fingerprint = «{ $given }» não é a impressão digital de uma chave: esta tem 64 dígitos hexadecimais (espaços permitidos), tal como `plenary federation folders` a mostra
error-federation-inbox-none-waits = nenhum ficheiro da pasta de entrada espera pela chave { $key }; nenhum espera aprovação
error-federation-inbox-key-not-waiting = nenhum ficheiro da pasta de entrada espera pela chave { $key }; à espera: { $waiting }
error-federation-inbox-unwatched = a pasta de entrada { $inbox } não pode ser vigiada ({ $detail }); em vez disso é percorrida a cada { $seconds } segundos

## As notas da pasta partilhada (federation/folder.rs): o que aconteceu a cada ficheiro da
## entrada e o que fez a escrita da saída. $why é uma mensagem própria (a recusa de um
## pacote, a falha de um ficheiro), dita na mesma língua.

error-federation-note-unreadable = { $file } não pode ser lido: { $why }
error-federation-note-left-alone = { $why } — deixado de lado; é tentado de novo quando mudar (um ficheiro ainda a ser copiado estará completo mais tarde)
error-federation-note-own = o pacote desta própria assembleia ({ $code }), de volta pelas pastas: nada a importar
error-federation-note-pending = de { $assembly } ({ $code }), cuja chave não é conhecida aqui (impressão digital { $fingerprint }): espera que alguém confirme a impressão digital com essa assembleia e a aprove
error-federation-note-imported-nothing-new = importado: tudo o que contém já estava aqui
error-federation-note-imported = importado: { $new } novos, { $updated } atualizados, { $unchanged } sem alterações, { $deleted } eliminados
error-federation-note-imported-refused = importado: { $new } novos, { $updated } atualizados, { $unchanged } sem alterações, { $deleted } eliminados, { $refused } recusados (`plenary bundle received` guarda o relatório)
error-federation-note-imported-before = já importado aqui, em { $date }
error-federation-note-outbox-unchanged = nada mudou desde o último pacote de saída, { $file }
error-federation-note-outbox-wrote = escrito { $file }: { $records } registos, { $deletions } eliminações ({ $scope })
error-federation-note-scope-all = toda a assembleia
error-federation-note-scope-meetings = { $n ->
        [one] { $n } assembleia escolhida
       *[other] { $n } assembleias escolhidas
    }
error-federation-note-scope-since = alterações desde { $date }

## A sala: telemóveis e dispositivos da equipa (room/*)

error-room-other-meeting = este dispositivo está na sala de outra assembleia: só pode chegar a essa assembleia
error-room-meeting-missing = que assembleia? falta `meeting`
error-room-hand-needs-device = só a página de um participante na sala põe o braço no ar a partir de um dispositivo
error-room-proposal-not-on-agenda = esta proposta não está na ordem de trabalhos da assembleia desta sala: um dispositivo só pode chegar a essa assembleia
error-room-no-such-command = não há nenhum comando de sala «{ $command }»
error-room-role-may-not-call = { $role ->
        [participant] um participante
        [stack-keeper] quem gere as inscrições
        [minute-taker] quem faz a ata
        [host] o portátil anfitrião
       *[other] { $role }
    } não pode chamar { $command }
error-room-no-such-record = { $what ->
        [agenda-item] não há nenhum ponto da ordem de trabalhos
        [stack-entry] não há nenhuma inscrição
        [clarifying-question] não há nenhuma pergunta de esclarecimento
        [hand-request] não há nenhum pedido de palavra
        [meeting] não há nenhuma assembleia
        [proposal] não há nenhuma proposta
        [amendment] não há nenhuma emenda
        [concern] não há nenhuma objeção
        [announcement] não há nenhum anúncio
       *[other] não há nenhum { $what }
    } com o id { $id }
error-bad-id = «{ $given }» não é um id válido de { $what ->
        [agenda-item] ponto da ordem de trabalhos
        [stack-entry] inscrição
        [clarifying-question] pergunta de esclarecimento
        [hand-request] pedido de palavra
        [meeting] assembleia
        [proposal] proposta
        [amendment] emenda
        [concern] objeção
        [announcement] anúncio
        [action-item] tarefa
        [working-group] grupo de trabalho
        [person] pessoa
        [decision] decisão
        [bundle] pacote
       *[other] { $what }
    }
error-room-invalid-arguments = argumentos inválidos: { $detail }
error-room-cannot-encode = não é possível codificar a resposta: { $detail }
error-room-amendment-needs-item = que leitura? um dispositivo propõe uma emenda num ponto da assembleia da sua sala
error-room-bad-device-id = o id de dispositivo «{ $given }» não é válido: de 1 a { $max } letras, algarismos, «-» ou «_»
error-room-meeting-not-open = a assembleia { $number } não está aberta: pede-se a palavra durante a assembleia
error-room-hand-already-raised = este dispositivo já pediu a palavra (para { $name }): retire o pedido antes de fazer outro
error-room-no-hand-waiting = este dispositivo não tem nenhum pedido de palavra à espera das inscrições
error-room-no-item-under-way = nenhum ponto está em curso: comecem um antes de aceitar o pedido de palavra de { $name }
error-room-hand-not-found = não há nenhum pedido de palavra com o id { $id }
error-room-hand-already-decided = o pedido de palavra de { $name } já estava { $status ->
        [accepted] aceite
        [declined] recusado
        [withdrawn] retirado
        [pending] pendente
       *[other] { $status }
    }
error-room-meeting-closed = { $meeting } está encerrada: a sala serve uma assembleia prevista ou em curso
error-room-role-not-pairable = um dispositivo não pode ser emparelhado como { $role ->
        [participant] participante
        [host] portátil anfitrião
       *[other] { $role }
    }
error-room-pairing-code-invalid = esse código de emparelhamento não é válido: foi mal escrito, já foi usado ou expirou — peça um novo no portátil anfitrião
error-room-no-paired-device = não há nenhum dispositivo emparelhado «{ $session }»
error-room-no-such-page = essa página não existe na sala
error-room-too-many-requests = demasiados pedidos deste dispositivo: espere um momento e tente de novo
error-room-no-team-ui = esta sala não serve a interface da equipa: emparelhe a partir da aplicação Plenary, ou sirva a sala com --ui
error-room-no-such-team-file = esse ficheiro não existe na interface da equipa: { $path }
error-room-not-json-request = envie o pedido como application/json
error-room-body-unreadable = não foi possível ler o corpo do pedido: { $detail }
error-room-body-not-json = o corpo do pedido não é JSON: { $detail }
error-room-body-not-object = o corpo do pedido tem de ser um objeto JSON
error-room-request-interrupted = o pedido foi interrompido: { $detail }
error-room-device-not-paired = este dispositivo não está emparelhado com a sala (ou o emparelhamento foi revogado): emparelhe-o com um código do portátil anfitrião
error-room-no-device-id = este navegador não tem id de dispositivo: abra primeiro a página da sala (com os cookies ativos), ou emparelhe este dispositivo com um código do portátil anfitrião
error-room-full = a sala já tem tantas páginas ligadas quantas consegue servir
error-room-cannot-serve-on = não é possível servir a sala em { $address }: { $detail }
error-room-cannot-serve = não é possível servir a sala: { $detail }
error-room-qr-failed = não é possível fazer um código QR de { $url }: { $detail }

## Cópias de segurança e restauro (backup.rs)

error-backup-busy = a base de dados está ocupada; tente de novo daqui a um momento
error-backup-not-plenary = { $file } não é uma base de dados do Plenary: { $why ->
        [other-passphrase] não é um ficheiro de base de dados SQLite, ou está cifrado com outra frase-passe que não a desta base de dados (uma cópia de antes de a frase-passe mudar?)
        [encrypted-into-plain] não é um ficheiro de base de dados SQLite, ou está cifrado e esta base de dados não está (restaurem-no numa base de dados cifrada com a mesma frase-passe)
        [cannot-open] o SQLite não o consegue abrir
        [cannot-read] o SQLite não o consegue ler
        [no-tables] não tem as tabelas do Plenary
        [no-assembly] não tem nenhuma assembleia
       *[not-sqlite] não é um ficheiro de base de dados SQLite
    }; nada foi restaurado
error-backup-damaged = { $file } não é uma base de dados do Plenary: está danificado ({ $check }); nada foi restaurado
error-backup-other-signing-key = esta cópia é de { $name } ({ $code }), cuja chave de assinatura não é a que está junto a esta base de dados: restaurá-la deixaria uma assembleia que não consegue assinar os seus pacotes; nada foi restaurado

## Cifra: frases-passe e o ficheiro da chave de assinatura (rekey.rs, passphrase.rs, key_file.rs)

error-rekey-already-encrypted = esta base de dados já está cifrada: mudem antes a sua frase-passe; nada foi alterado
error-rekey-not-encrypted-set-first = esta base de dados não está cifrada: definam primeiro uma frase-passe; nada foi alterado
error-rekey-not-encrypted = esta base de dados não está cifrada; nada foi alterado
error-rekey-in-memory = uma base de dados em memória não pode ser cifrada; nada foi alterado
error-rekey-database-in-use = outro programa tem esta base de dados aberta (a aplicação, ou `plenary room serve`?): fechem-no e tentem de novo; nada foi alterado
error-passphrase-mismatch = as duas frases-passe não são iguais: escrevam a nova frase-passe duas vezes, exatamente igual; nada foi alterado
error-passphrase-too-short = uma frase-passe precisa de pelo menos { $min } caracteres (algumas palavras são mais fáceis de lembrar e mais difíceis de adivinhar); nada foi alterado
error-passphrase-kdf-settings = as definições de derivação da chave são recusadas: { $detail }
error-passphrase-unusable = a frase-passe não pode ser usada: { $detail }
error-key-file-cannot-seal = não foi possível selar a chave de assinatura
error-key-file-damaged = o ficheiro da chave de assinatura { $file } está danificado
error-key-file-sealed-plain-db = o ficheiro da chave de assinatura { $file } está selado com uma frase-passe, mas esta base de dados não está cifrada: pertence a uma cópia cifrada da base de dados
error-key-file-other-copy = o ficheiro da chave de assinatura { $file } foi selado para outra cópia cifrada desta base de dados, não para esta

## Pesquisa (search.rs)

error-search-too-long = o texto da pesquisa tem { $chars } caracteres: no máximo { $max }
error-search-too-many-words = o texto da pesquisa tem { $words } palavras: no máximo { $max }
error-search-no-assembly = nenhuma assembleia { $id } é conhecida aqui
error-search-no-assembly-code = nenhuma assembleia com o código «{ $code }» é conhecida aqui
error-search-index-stale = { $kind ->
        [wg] o grupo de trabalho
        [report-back] o relatório
        [proposal] a proposta
        [decision] a decisão
        [minutes] a ata
       *[other] { $kind }
    } { $id } está no índice de pesquisa mas não no registo
error-search-no-wg = não há nenhum grupo de trabalho { $id }
error-search-no-proposal = não há nenhuma proposta { $id }
error-search-no-namesakes = não se procuram homónimos de { $kind ->
        [report-back] um relatório
        [decision] uma decisão
        [minutes] uma ata
       *[other] { $kind }
    }

## O lugar da base de dados e as línguas (db.rs, i18n.rs)

error-db-no-data-directory = não há nenhuma pasta de dados neste sistema: indiquem --db CAMINHO ou definam PLENARY_DB
error-i18n-unknown-language = o Plenary não fala «{ $given }»: escolham uma de { $choices }

## A aplicação de secretária (src-tauri/src)

error-shell-bundle-no-longer-waiting = esse pacote já não espera ser importado: escolham o ficheiro outra vez
error-shell-no-dropped-bundle = nenhum pacote largado espera pela pré-visualização: larguem outra vez o ficheiro sobre a janela
error-shell-projector-window-failed = não é possível abrir a janela do projetor: { $detail }
error-shell-room-open-elsewhere = a sala está aberta para outra assembleia: fechem-na primeiro
error-shell-room-bad-bind = PLENARY_ROOM_BIND «{ $given }» não é um endereço com porta
error-shell-room-already-open = a sala já está aberta
error-shell-room-not-open = a sala não está aberta

## Verificações do que se escreve (validate.rs): o nome de um campo são palavras
## próprias, ditas na língua da frase.

error-field-empty = falta { $field }
error-field-too-long = { $field } tem mais de { $max } caracteres
error-field-not-one-line = { $field } tem de ser uma só linha de texto (há um carácter de controlo)
error-field-control-character = { $field } contém um carácter de controlo
error-field-not-a-date = { $field } «{ $given }» não é uma data: escrevam-na como AAAA-MM-DD, p. ex. 2026-11-26
error-field-name = o nome
error-field-title = o título
error-field-note = a nota
error-field-notes = as notas
error-field-text = o texto
error-field-on-behalf-of = em nome de quem
error-field-date = a data
error-field-response = a resposta
error-field-reason = o motivo
error-field-description = a descrição
error-field-question = a pergunta
error-field-concern = a preocupação
error-field-answer = a resposta
error-field-amended-text = o texto emendado
error-field-action-item = a tarefa
error-field-pronouns = os pronomes
error-field-presenter = quem apresenta
error-field-place = o local
error-field-meeting-schedule = o calendário de reuniões
error-field-contact = o contacto
error-field-by = quem
error-field-working-group-name = o nome do grupo de trabalho
error-field-working-group = o grupo de trabalho
error-field-who = quem
error-field-voice-wg = o grupo de trabalho de um voto
error-field-break-spoke = o porta-voz que pede a pausa
error-field-assembly-name-short = o nome da assembleia
error-field-role = o papel
error-field-list = a lista
error-field-change-day = o dia da mudança
error-field-on = --on
error-field-summary = o resumo
error-field-asks = os pedidos
error-field-announcements = os anúncios
error-field-stance-name = o nome de { $stance ->
        [block] um bloqueio
       *[other] uma abstenção
    }
error-field-stance-reason = o motivo { $stance ->
        [block] do bloqueio
       *[other] da abstenção
    } de { $name }
error-field-voice-reason = o motivo do voto de { $wg } ({ $voice ->
        [for] a favor
        [against] contra
        [stand-aside] abstenção
        [block] bloqueio
       *[other] { $voice }
    })

## A ordem de trabalhos (agenda.rs)

error-agenda-bad-allotted-time = o tempo previsto, { $minutes }, tem de estar entre 1 e 1440 minutos
error-agenda-proposal-item-needs-proposal = um ponto do tipo proposta indica a sua proposta (--proposal)
error-agenda-only-proposal-item-names-proposal = só um ponto do tipo proposta pode indicar uma proposta, não um do tipo { $kind ->
        [process] processo
        [report-back] informe de grupo
        [discussion] debate
        [announcement] anúncios
        [soapbox] microfone aberto
       *[other] outro
    }
error-agenda-position-outside = a posição { $position } está fora da ordem de trabalhos (de 1 a { $count })
error-agenda-remove-taken-up = este ponto já foi tratado; adiem-no em vez de o retirar
error-agenda-start-after-end = um ponto não pode começar às { $start } depois de ter terminado às { $end }
error-agenda-closed-start-needs-time = esta assembleia está encerrada: indiquem a hora a que o ponto começou (--at HH:MM) para a corrigir
error-agenda-meeting-not-open = abram a assembleia antes de tratar os seus pontos
error-agenda-item-already-active = este ponto já está a ser tratado
error-agenda-item-already-done = este ponto já está concluído
error-agenda-closed-end-needs-time = esta assembleia está encerrada: indiquem a hora a que o ponto terminou (--at HH:MM) para a corrigir
error-agenda-finish-not-active = só o ponto que está a ser tratado pode ser concluído
error-agenda-table-finished = um ponto { $status ->
        [done] concluído
        [tabled] adiado
        [active] em curso
       *[other] pendente
    } não pode ser adiado
error-report-back-cannot-clear = não é possível esvaziar «{ $given }»: os campos são { $fields }
error-report-back-wg-and-behalf = um informe é dado por um grupo de trabalho ou em nome de alguém, não as duas coisas
error-report-back-not-one = este ponto da ordem de trabalhos não é um informe de grupo
error-report-back-not-found = não há informe de grupo para o ponto { $item }
error-report-back-would-blank = isto deixaria em branco { $fields } deste informe: se é isso que querem, esvaziem { $count ->
        [1] esse campo
       *[other] esses campos
    } explicitamente (--clear { $flags })
error-report-back-fields-and = { $first } e { $rest }

## Registos de outra assembleia (db.rs)

error-not-owned-proposal = esta proposta pertence a outra assembleia e aqui é só de leitura; adotem-na para terem a vossa própria cópia
error-not-owned-meeting = esta reunião pertence a outra assembleia e aqui é só de leitura; adotem-na para terem a vossa própria cópia
error-not-owned-decision = esta decisão pertence a outra assembleia e aqui é só de leitura; adotem-na para terem a vossa própria cópia
error-not-owned-ga = a assembleia { $number } pertence a outra assembleia e aqui é só de leitura; adotem-na para terem a vossa própria cópia
error-not-owned-wg = o grupo de trabalho «{ $name }» pertence a outra assembleia e aqui é só de leitura; adotem-no para terem a vossa própria cópia
error-not-owned-person = { $name } pertence a outra assembleia e aqui é só de leitura; adotem este registo para terem a vossa própria cópia

## A apreciação de uma proposta (proposal/hearing.rs)

error-step-not-started = não iniciado
error-step-present = apresentação
error-step-clarifying-questions = perguntas de esclarecimento
error-step-concerns = preocupações e emendas amigáveis
error-step-temperature-check = medição da temperatura
error-step-call-for-consensus = apelo ao consenso
error-step-vote = votação
error-step-outcome = resultado
error-hearing-not-a-proposal-item = o ponto { $item } não é uma proposta: não há ali apreciação
error-hearing-over = a apreciação em { $item } terminou: o seu resultado ({ $outcome }) está registado
error-hearing-record-tabled = esta proposta está adiada: registar { $record ->
        [clarifying-questions] uma pergunta de esclarecimento
        [concerns] uma preocupação ou uma emenda
        [temperature-check] uma medição da temperatura
       *[other] isto
    } em { $item } retomá-la-ia sem que ninguém o decidisse. Se a assembleia a retomar, levem primeiro a sua apreciação a um passo (proposal step … --to present)
error-hearing-record-passes-over = nada está registado no passo «{ $step }» de { $item }: registar agora { $record ->
        [clarifying-questions] uma pergunta de esclarecimento
        [concerns] uma preocupação ou uma emenda
        [temperature-check] uma medição da temperatura
       *[other] isto
    } saltá-lo-ia em silêncio. Registem o que ali foi levantado, ou avancem dizendo que nada foi (proposal step … --none)
error-hearing-remove-begun = a apreciação desta proposta já começou neste ponto: adiem a proposta em vez de retirar o ponto
error-hearing-proposal-not-on-agenda = a proposta { $proposal } não está na ordem de trabalhos de { $meeting }: acrescentem-na primeiro como ponto do tipo proposta
error-hearing-move-already-there = não é possível passar a «{ $step }»: a apreciação já está aí
error-hearing-move-to-outcome = não é possível passar a «{ $step }»: chega-se ao resultado registando-o: uma decisão, ou adiar, retirar ou devolver a proposta
error-hearing-move-no-vote = não é possível passar a «{ $step }»: a regra da assembleia ({ $rule }) não tem votação: o desacordo é uma abstenção ou um bloqueio
error-hearing-move-only-outcome = não é possível passar a «{ $step }»: depois de «{ $from }» o que se segue é registar o resultado
error-hearing-move-one-way = não é possível passar a «{ $step }»: depois de «{ $from }» a apreciação pode ir para «{ $next }»
error-hearing-move-two-ways = não é possível passar a «{ $step }»: depois de «{ $from }» a apreciação pode ir para «{ $next }» ou «{ $other }»
error-hearing-nothing-recorded = { $step ->
        [clarifying-questions] não há nenhuma pergunta de esclarecimento registada
       *[other] não há nenhuma preocupação nem emenda registada
    } em { $item }: registem o que foi levantado, ou avancem dizendo que nada foi (--none)
error-hearing-none-needless = «none» diz que nada foi levantado no passo que a apreciação deixa, mas passar de «{ $from }» a «{ $to }» não deixa para trás nenhum passo vazio
error-hearing-not-found = não há apreciação no ponto { $item }: não é um ponto do tipo proposta
error-question-not-found = não há nenhuma pergunta de esclarecimento com o id { $id }
error-concern-not-found = não há nenhuma preocupação com o id { $id }
error-temperature-not-found = não há nenhuma medição da temperatura com o id { $id }
error-temperature-count-too-big = { $count } mãos { $hands ->
        [up] para cima
        [sideways] de lado
       *[down] para baixo
    } são mais de { $max }: verifiquem a contagem
error-temperature-no-hands = uma medição da temperatura precisa de pelo menos uma mão: indiquem as mãos para cima, de lado e para baixo

## A vida de uma proposta (proposal/lifecycle.rs)

error-proposal-status-draft = rascunho
error-proposal-status-submitted = apresentada
error-proposal-status-on-agenda = numa ordem de trabalhos
error-proposal-status-in-process = em processo
error-proposal-status-decided = decidida
error-proposal-status-tabled = adiada
error-proposal-status-withdrawn = retirada
error-proposal-status-sent-back = devolvida ao grupo
error-outcome-consensus = consenso
error-outcome-passed = aprovada
error-outcome-blocked = bloqueada
error-outcome-failed = rejeitada
error-outcome-tabled = adiada
error-outcome-withdrawn = retirada
error-outcome-sent-back = devolvida ao grupo
error-proposal-final = esta proposta { $status ->
        [withdrawn] foi retirada por quem a propôs
        [sent-back] foi devolvida para ser reformulada
       *[decided] foi decidida
    }: já não pode ser { $action ->
        [submit] apresentada
        [put-on-agenda] posta numa ordem de trabalhos
        [hear] apreciada
        [decide] decidida
        [table] adiada
        [withdraw] retirada
        [send-back] devolvida
       *[amend] emendada
    }
error-proposal-submit-not-draft = só um rascunho pode ser apresentado; esta proposta já está: { $status }
error-proposal-agenda-draft = esta proposta é um rascunho: apresentem-na antes de a pôr numa ordem de trabalhos
error-proposal-hear-not-on-agenda = esta proposta está: { $status }; ponham-na na ordem de trabalhos de uma assembleia antes de a apreciar
error-proposal-decide-not-a-decision = { $outcome ->
        [withdrawn] «retirada»
       *[sent-back] «devolvida»
    } não é o resultado de uma decisão: retirem ou devolvam antes a proposta
error-proposal-decide-not-on-agenda = esta proposta está: { $status }; só uma proposta na ordem de trabalhos de uma assembleia pode ser decidida
error-proposal-already-tabled = esta proposta já está adiada
error-proposal-table-not-before-ga = esta proposta está: { $status }; só uma proposta perante a assembleia (numa ordem de trabalhos ou em apreciação) pode ser adiada
error-proposal-send-back-draft = esta proposta ainda é um rascunho: não há nada para devolver (retirem-na antes)
error-proposal-move-needs-reason = digam porquê: { $outcome ->
        [withdrawn] uma retirada
        [sent-back] devolver uma proposta
       *[other] um adiamento
    } leva o seu motivo, e a ata imprime-o (p. ex. «depois de 9 bloqueios, para voltar com uma oficina»)
error-proposal-item-not-its-hearing = o ponto { $item } não é uma apreciação desta proposta

## Versões e emendas de uma proposta (proposal/versions.rs)

error-proposal-no-text = a proposta { $id } não tem texto
error-proposal-no-version = esta proposta não tem versão { $version }: as suas versões vão de 1 a { $count }
error-amendment-not-found = não há nenhuma emenda com o id { $id }
error-amendment-already-answered = esta emenda já foi { $status ->
        [accepted] aceite
        [rejected] rejeitada
       *[other] respondida
    }
error-amendment-text-moved-on = esta emenda foi proposta sobre a versão { $base }, mas o texto já vai na versão { $current }: proponham-na de novo sobre o texto atual
error-amendment-needs-by = uma emenda indica quem a propôs
error-amendment-same-text = o texto emendado é igual à versão { $base }: uma emenda muda o texto
error-amendment-not-at-a-ga = esta emenda não foi proposta numa assembleia: não há ata a corrigir
error-amendment-never-answered = esta emenda nunca foi respondida: a resposta de quem propõe regista-se com `proposal amendment`, não se corrige
error-amendment-later-versions = o texto já vai na versão { $current }, feita entretanto a partir da versão { $touched }: corrijam primeiro as emendas posteriores
error-amendment-decided-elsewhere = noutra assembleia foi tomada uma decisão sobre a versão { $touched } do texto: a resposta a esta emenda já não pode mudar

## Referências curtas (refs.rs)

error-refs-no-short = não há { $what ->
        [amendment] nenhuma emenda
        [clarifying-question] nenhuma pergunta de esclarecimento
        [concern] nenhuma preocupação
       *[stack-entry] nenhuma inscrição
    } «{ $given }» (indiquem-na pela referência curta que `show` mostra, ou pelo id)
error-refs-short-ambiguous = { $what ->
        [amendment] a emenda
        [clarifying-question] a pergunta de esclarecimento
        [concern] a preocupação
       *[stack-entry] a inscrição
    } «{ $given }» é ambígua: deem mais dígitos do seu id

## Os comandos da sala (room/commands.rs)

error-room-lang-not-a-code = argumentos inválidos: lang { $given } não é um código de língua

## Erros fixos (error.rs): a base de dados, a sua frase-passe, os ficheiros

error-no-assembly = esta base de dados ainda não tem assembleia: executem primeiro `plenary init --name NOME --code CÓDIGO`
error-newer-database = esta base de dados foi criada por um Plenary mais recente (versão do esquema { $found }, este Plenary conhece até à { $known }); atualizem o Plenary para a abrir — a base de dados não foi tocada
error-locked = esta base de dados está cifrada e ainda não foi desbloqueada: deem primeiro a sua frase-passe
error-upgrading = os registos estão a ser atualizados para esta versão do Plenary; um momento
error-database = erro da base de dados: { $reason }
error-migration = a migração da base de dados falhou: { $reason }
error-wrong-passphrase = a frase-passe não abre esta base de dados; nada foi alterado
error-io = { $context }: { $reason }
error-io-cannot-open = não é possível abrir { $path }
error-io-cannot-read = não é possível ler { $path }
error-io-cannot-write = não é possível escrever { $path }
error-io-cannot-create-folder = não é possível criar a pasta { $path }
error-io-cannot-read-inbox = não é possível ler a pasta de entrada { $path }
error-io-cannot-watch-inbox = não é possível começar a vigiar a pasta de entrada
error-io-cannot-start-checkpoint = não é possível iniciar o fio de pontos de controlo
error-io-cannot-write-key = não é possível escrever a chave de assinatura em { $path }
error-io-cannot-read-key = não é possível ler a chave de assinatura { $path }
error-io-cannot-delete-backup = não é possível apagar a cópia de segurança { $path }
error-io-cannot-flush = não é possível gravar { $path } no disco
error-io-cannot-move = não é possível mover { $from } para { $to }
error-assembly-no-key-in-memory = esta base de dados em memória não tem chave de assinatura
error-person-forget-log-busy = o nome foi substituído, mas outro programa mantém a base de dados ocupada, por isso o seu registo pode guardar os bytes antigos até esse programa ser fechado

## Conjuntos fechados de palavras (text_enum.rs): uma palavra que não é do seu conjunto

error-unknown-value = «{ $given }» não é um valor de { $what }: espera-se um de { $expected }
error-what-actor = quem atua
error-what-amendment-status = estado de emenda
error-what-change = alteração
error-what-decision-reason = motivo de decisão
error-what-stack-entry-kind = tipo de inscrição
error-what-hand-request-status = estado de pedido de palavra
error-what-hand-state = estado da mão
error-what-hearing-action = ação da apreciação
error-what-search-hit-kind = tipo de resultado de pesquisa
error-what-agenda-item-kind = tipo de ponto da ordem de trabalhos
error-what-agenda-item-status = estado de ponto da ordem de trabalhos
error-what-meeting-status = estado de assembleia
error-what-meeting-format = formato de assembleia
error-what-minutes-format = formato de ata
error-what-process-step = passo do processo
error-what-proposal-action = ação sobre uma proposta
error-what-proposal-status = estado de proposta
error-what-stack-reason = motivo das inscrições
error-what-stack-policy = regra das inscrições
error-what-stance = posição
error-what-wg-category = categoria de grupo de trabalho
error-what-wg-status = estado de grupo de trabalho
error-what-outcome = resultado
error-what-wg-voice = voto de grupo de trabalho
error-what-view = vista
error-what-room-role = papel na sala
error-what-stack-entry-status = estado de inscrição
error-what-key-status = estado de chave
error-what-inbox-file-state = estado de ficheiro recebido

## O que está danificado num registo para anular (stack/undo.rs)

error-undo-damaged-not-json = não é JSON
error-undo-damaged-no-table = sem tabela
error-undo-damaged-unknown-table = tabela desconhecida
error-undo-damaged-no-id = sem id
error-undo-damaged-bad-row = linha inválida
