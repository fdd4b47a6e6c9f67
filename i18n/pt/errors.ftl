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
