# A linha de comandos (src-tauri/core/src/bin/plenary): as suas mensagens e o seu --help.

cli-error = erro: { $message }
cli-json-failed = não é possível escrever o JSON: { $reason }
cli-restored = { $name } ({ $code }) restaurada a partir de { $file }
cli-restored-no-key = nota: a chave de assinatura da assembleia não está junto desta base de dados; copie para aqui o seu ficheiro .key para exportar pacotes

cli-wg-category = { $code ->
        [operational] operacional
        [sectorial] setorial
        [strategy] estratégico
        [caucus] caucus
       *[other] { $code }
    }
cli-wg-status = { $code ->
        [forming] em formação
        [active] ativo
        [dormant] inativo
        [dissolved] dissolvido
       *[other] { $code }
    }
cli-meeting-status = { $code ->
        [planned] prevista
        [open] aberta
        [closed] encerrada
       *[other] { $code }
    }
cli-item-status = { $code ->
        [pending] pendente
        [active] em curso
        [done] concluído
        [tabled] adiado
       *[other] { $code }
    }
cli-proposal-status = { $code ->
        [draft] rascunho
        [submitted] apresentada
        [on-agenda] numa ordem de trabalhos
        [in-process] em processo
        [decided] decidida
        [tabled] adiada
        [withdrawn] retirada
        [sent-back] devolvida ao grupo
       *[other] { $code }
    }
cli-entry-kind = { $code ->
        [process] ponto de ordem
        [information] ponto de informação
        [clarifying] pergunta de esclarecimento
        [direct-response] resposta direta
        [speak] intervenção
       *[other] { $code }
    }
cli-step = { $code ->
        [not-started] não iniciado
        [present] apresentação
        [clarifying-questions] perguntas de esclarecimento
        [concerns] preocupações e emendas amigáveis
        [temperature-check] medição da temperatura
        [call-for-consensus] apelo ao consenso
        [vote] votação
        [outcome] resultado
       *[other] { $code }
    }
cli-amendment-status = { $code ->
        [pending] pendente
        [accepted] aceite
        [rejected] rejeitada
       *[other] { $code }
    }
cli-search-kind = { $code ->
        [wg] grupo de trabalho
        [report-back] informe
        [proposal] proposta
        [decision] decisão
        [minutes] ata
       *[other] { $code }
    }
cli-role = { $code ->
        [facilitator] facilitação
        [stack-keeper] inscrições
        [timekeeper] controlo do tempo
        [minute-taker] ata
        [vibes-watcher] cuidado do ambiente
       *[other] { $code }
    }

cli-col-assembly = ASSEMBLEIA
cli-col-attendance = PRESENÇAS
cli-col-by = POR
cli-col-category = CATEGORIA
cli-col-code = CÓDIGO
cli-col-date = DATA
cli-col-deleted = APAGADOS
cli-col-end = FIM
cli-col-file = FICHEIRO
cli-col-files = FICHEIROS
cli-col-fingerprint = IMPRESSÃO DIGITAL
cli-col-from = DE
cli-col-ga = ASSEMBLEIA
cli-col-gas = ASSEMBLEIAS
cli-col-given-by = APRESENTADO POR
cli-col-id = ID
cli-col-imported-utc = IMPORTADO (UTC)
cli-col-item = PONTO
cli-col-kind = TIPO
cli-col-list = LISTA
cli-col-meets = REÚNE-SE
cli-col-name = NOME
cli-col-new = NOVOS
cli-col-of-people = DAS PESSOAS
cli-col-of-time = DO TEMPO
cli-col-overrun = EXCESSO
cli-col-pauses = PAUSAS
cli-col-people = PESSOAS
cli-col-place = LOCAL
cli-col-pronouns = PRONOMES
cli-col-proposal = PROPOSTA
cli-col-records = REGISTOS
cli-col-ref = REF
cli-col-refused = RECUSADOS
cli-col-scope = ÂMBITO
cli-col-share = PARTE
cli-col-since = DESDE
cli-col-speeches = INTERVENÇÕES
cli-col-spoke = FALOU
cli-col-start = INÍCIO
cli-col-status = ESTADO
cli-col-summary = RESUMO
cli-col-table = TABELA
cli-col-time = TEMPO
cli-col-title = TÍTULO
cli-col-unchanged = SEM ALTERAÇÕES
cli-col-updated = ATUALIZADOS
cli-col-wg = GRUPO
cli-col-why-here = PORQUÊ AQUI

cli-passphrase-ask = Frase-passe de { $path }:{" "}
cli-passphrase-new = Nova frase-passe (se a perder, não há forma de a recuperar):{" "}
cli-passphrase-again = A nova frase-passe outra vez:{" "}
cli-passphrase-no-terminal = esta base de dados está cifrada e nenhum terminal pode pedir a sua frase-passe: defina { $variable }
cli-passphrase-encrypted = a base de dados está cifrada com a nova frase-passe; guarde-a bem: sem ela, ninguém consegue abrir o registo
cli-passphrase-decrypted = a base de dados já não está cifrada: qualquer pessoa que tenha o ficheiro pode lê-la
cli-passphrase-backups-rekeyed = { $n ->
        [one] { $n } cópia de segurança automática reescrita em conformidade
       *[other] { $n } cópias de segurança automáticas reescritas em conformidade
    }
cli-passphrase-backups-deleted = { $n ->
        [one] foi apagada { $n } cópia de segurança automática cifrada com uma frase-passe anterior
       *[other] foram apagadas { $n } cópias de segurança automáticas cifradas com uma frase-passe anterior
    }

cli-wg-heading = { $name } ({ $category }, { $status } desde { $since }) — { $assembly }
cli-wg-proposal-count = { $n }: { $status }
cli-wg-proposals = Propostas: { $counts }
cli-wg-proposals-none = Propostas: nenhuma
cli-wg-report-backs = Informes: { $n }
cli-wg-status-set = { $name } está agora { $status } (desde { $since })

cli-person-forgotten = Agora { $placeholder }: { $records } registos desta assembleia alterados (seguem no próximo pacote), { $rows } linhas locais reescritas, { $backups } cópias de segurança automáticas apagadas.

cli-stack-name-the-entry = indique a inscrição com --entry ID, ou com --item e --name
cli-stack-undone = anulado: { $action }
cli-stack-undo-would = anular anularia: { $action }
cli-stack-heading = { $reference } — { $title } ({ $policy })
cli-stack-heading-closed = { $reference } — { $title } ({ $policy }, inscrições encerradas)
cli-stack-speaker-for = { $name } por { $wg }
cli-stack-floor = tem a palavra: { $speaker } ({ $kind }) há { $time }{ $paused ->
        [yes] , em pausa
       *[no] {""}
    }
cli-stack-floor-of = tem a palavra: { $speaker } ({ $kind }) há { $time } de { $limit }{ $paused ->
        [yes] , em pausa
       *[no] {""}
    }
cli-stack-floor-nobody = tem a palavra: ninguém
cli-airtime-heading = { $reference }: { $speeches } intervenções de { $speakers } pessoas, { $time } no total; { $first } falaram pela primeira vez
cli-airtime-gini = Gini do tempo de fala: { $gini } sobre { $n } pessoas ({ $present })
cli-airtime-gini-none = Gini do tempo de fala: nenhum (ninguém falou)
cli-airtime-first-time = primeira vez
cli-airtime-no-list = (nenhuma escolhida)
cli-airtime-last-speakers = últimas pessoas a falar, da mais recente para a mais antiga: { $names }

cli-meeting-format = { $code ->
        [spokes-council] conselho de porta-vozes
       *[other] assembleia geral
    }
cli-meeting-format-line = formato: { $format }
cli-meeting-spoke = { $name } é porta-voz de { $wg }
cli-meeting-spoke-line = { $wg }: { $name }
cli-meeting-spoke-until = { $wg }: { $name } (até às { $until })
cli-meeting-consult-line = pausa de consulta: { $wg } ({ $by }), { $minutes } min, { $start }–{ $end }
cli-meeting-consult-ended = a pausa de consulta de { $wg } terminou às { $time }
cli-meeting-consult-called = pausa de consulta de { $minutes } min para { $wg } ({ $by })
cli-meeting-heading = { $reference } — { $date } — { $place } ({ $status })
cli-meeting-policy-attendance = inscrições: { $policy }; presenças: { $attendance }
cli-meeting-role = { $role }: { $name }
cli-meeting-role-from-until = { $role }: { $name } ({ $from }–{ $until })
cli-meeting-role-from = { $role }: { $name } (a partir das { $from })
cli-meeting-role-until = { $role }: { $name } (até às { $until })
cli-meeting-planned = previsto: { $minutes } min
cli-meeting-planned-from-to = previsto: { $minutes } min, { $start }–{ $end }{ $next_day ->
        [yes] {" "}(dia seguinte)
       *[no] {""}
    }
cli-meeting-corrected = corrigido depois da assembleia:
cli-meeting-correction = { $time } ({ $actor }): { $what }: { $before } → { $after }
cli-meeting-corrected-none = (nada)
cli-meeting-is-open = { $time ->
        [none] { $reference } está aberta
       *[other] { $reference } está aberta desde as { $time }
    }
cli-meeting-opened = { $time ->
        [none] { $reference } foi aberta
       *[other] { $reference } foi aberta às { $time }
    }
cli-meeting-is-closed = { $time ->
        [none] { $reference } está encerrada
       *[other] { $reference } foi encerrada às { $time }
    }
cli-meeting-starts-at = { $reference } começa às { $time }
cli-meeting-no-start = { $reference } não tem hora de início
cli-meeting-attendance = { $reference }: presenças { $attendance }
cli-meeting-attendance-none = { $reference }: presenças não registadas

cli-item-under-way = { $time ->
        [none] { $reference } está em curso
       *[other] { $reference } está em curso desde as { $time }
    }
cli-item-started = { $time ->
        [none] { $reference } começou
       *[other] { $reference } começou às { $time }
    }
cli-item-done = { $time ->
        [none] { $reference } está concluído
       *[other] { $reference } terminou às { $time }
    }
cli-item-tabled = { $reference } fica adiado
cli-report-back = informe: { $from }; apresentado por { $presenter }
cli-report-back-nobody = ninguém ainda
cli-report-back-on-behalf-of = em nome de { $who }
cli-announcement = anúncio { $n }
cli-notes-would-blank = isto deixaria em branco as notas deste ponto: se é isso que pretende, use --clear
cli-notes-saved = { $reference }: notas guardadas
cli-minutes-short = { $n } min

cli-proposal-no-decision = não foi registada nenhuma decisão sobre { $proposal } na assembleia { $meeting }
cli-proposal-is = { $reference }: { $status }
cli-amendment-accepted = aceite: o texto está agora na versão { $version }
cli-proposal-step = { $step } (seguinte: { $next })
cli-proposal-heading = { $reference } — { $title } ({ $status })
cli-proposal-by = proposta por { $name }
cli-proposal-wg = grupo de trabalho: { $wg }
cli-proposal-adopted-from = adotada a partir da proposta { $original } de outra assembleia
cli-proposal-version = versão { $n } de { $total }:
cli-proposal-amendments = emendas:
cli-proposal-amendment = [{ $reference }] { $status }, de { $by }, sobre a versão { $version }: { $diff }
cli-proposal-hearing = { $item } ({ $date }, { $status }): { $step }
cli-proposal-hearing-outcome = { $item } ({ $date }, { $status }): { $step } — { $outcome }
cli-proposal-hearing-outcome-by = { $item } ({ $date }, { $status }): { $step } — { $outcome } por { $by }
cli-proposal-hearing-outcome-why = { $item } ({ $date }, { $status }): { $step } — { $outcome }: { $why }
cli-proposal-hearing-outcome-by-why = { $item } ({ $date }, { $status }): { $step } — { $outcome } por { $by }: { $why }
cli-proposal-no-questions = não foram feitas perguntas de esclarecimento
cli-proposal-no-concerns = não foram levantadas preocupações nem propostas emendas amigáveis
cli-proposal-question = pergunta [{ $reference }] ({ $by }): { $question }
cli-proposal-answer = resposta: { $answer }
cli-proposal-concern = preocupação [{ $reference }] ({ $by }, { $addressed ->
        [yes] atendida
       *[no] em aberto
    }): { $concern }
cli-proposal-temperature = temperatura: { $up } para cima, { $sideways } de lado, { $down } para baixo
cli-proposal-decision = decisão segundo { $rule }: { $explanation }
cli-proposal-stance = { $stance }: { $name }
cli-proposal-stance-why = { $stance }: { $name }: { $why }
cli-proposal-disputed = CONTESTADA: { $note }

cli-scope-all = toda a assembleia
cli-scope-meetings = { $n ->
        [one] { $n } assembleia escolhida
       *[other] { $n } assembleias escolhidas
    }
cli-scope-since = alterações desde { $date }
cli-bundle-exported = { $file }: { $records } registos, { $deletions } eliminações, { $minutes } atas ({ $scope }), { $bytes } bytes
cli-bundle-sealed-for = selado para { $names }: só elas o podem abrir
cli-bundle-import-undone = anulada: a importação de { $file } de { $assembly } ({ $removed } registos retirados, { $restored } repostos como estavam)
cli-bundle-passed-on = { $file }: o pacote de { $assembly } feito em { $made }, sem alterações
cli-bundle-not-received-id = { $id } não é o id de um pacote recebido (`plenary bundle received` lista-os)
cli-inspect-file = ficheiro:        { $file } ({ $bytes } bytes)
cli-inspect-sealed-for = selado para:    { $names }
cli-inspect-sealed-not-us = {"                 "}esta assembleia não é uma delas: só elas o podem abrir
cli-inspect-sealed-opened = selado para:    { $names }; aberto com a chave desta assembleia
cli-inspect-from = de:              { $name } ({ $code }), assembleia { $id }
cli-inspect-fingerprint = impressão:       { $fingerprint }
cli-inspect-key-new = chave:           nova: desconhecida aqui; importar fixa-a
cli-inspect-key-known = chave:           conhecida: a chave fixada aqui
cli-inspect-key-mismatch = chave:           NÃO COINCIDE: esta assembleia é conhecida aqui com outra chave ({ $pinned })
cli-inspect-key-own = chave:           a própria chave desta assembleia
cli-inspect-made = feito:           { $made } com { $generator }
cli-inspect-scope = âmbito:          { $scope }
cli-inspect-scope-meetings = âmbito:          { $scope } ({ $meetings })
cli-inspect-already-imported = importado:       já, em { $at }
cli-inspect-verifies = verifica-se:     sim
cli-inspect-does-not-verify = verifica-se:     NÃO: { $problem }
cli-inspect-importable = importável:      sim, aqui
cli-inspect-not-importable = importável:      NÃO, aqui não: { $problem }
cli-inspect-would-refuse = recusados:       { $n } registos seriam recusados aqui (`bundle import --dry-run` diz quais e porquê)
cli-inspect-deletions = (eliminações)
cli-inspect-minutes = (atas)
cli-import-totals = { $dry_run ->
        [yes] importaria
       *[no] importado
    } { $file } de { $assembly } ({ $code }): { $new } novos, { $updated } atualizados, { $unchanged } sem alterações, { $refused } recusados, { $deleted } apagados
cli-import-key-pinned = { $dry_run ->
        [yes] a chave de { $assembly } ({ $code }) seria fixada, impressão digital { $fingerprint }
       *[no] a chave de { $assembly } ({ $code }) foi fixada, impressão digital { $fingerprint }
    }
cli-import-already = este ficheiro foi importado em { $at }: nada muda
cli-import-refused = recusado { $record } { $id }: { $reason }
cli-import-more-refused = … e mais { $n } recusados
cli-import-undo-hint = para anular toda esta importação: plenary bundle undo-import { $id }

cli-fed-no-folders = ainda não há pastas de federação: escolha-as com `plenary federation folders --inbox DIR --outbox DIR`
cli-fed-watching = a vigiar { $inbox } (Ctrl+C para parar)
cli-fed-stopped = parado
cli-fed-outbox-note = caixa de saída: { $note }
cli-fed-inbox-read = caixa de entrada: { $read } ficheiro(s) lido(s), { $unchanged } sem alterações desde a última vez
cli-fed-waiting-file = à espera de aprovação: { $file } de { $assembly } ({ $code }), impressão digital da chave { $fingerprint }
cli-fed-left-alone-file = deixado de lado: { $file }: { $note }
cli-fed-own-skipped = { $n } pacote(s) desta própria assembleia ignorado(s)
cli-fed-relayed = reencaminhado para a caixa de saída: { $file }
cli-fed-status-inbox = entrada:           { $dir }
cli-fed-status-outbox = saída:             { $dir }
cli-fed-status-last-sync = última sincron.:   { $at }
cli-fed-status-last-outbox = última saída:      { $file }
cli-fed-outbox-file = { $file } ({ $records } registos, { $at })
cli-fed-status-imported = importados:        { $files } ficheiro(s); reencaminhados: { $relayed }
cli-fed-status-waiting = À espera de aprovação (confirme a impressão digital com essa assembleia e depois `plenary federation approve IMPRESSÃO`):
cli-fed-status-left-alone = Deixados de lado (nova tentativa quando o ficheiro mudar):

cli-room-not-a-ui = { $dir } não é uma compilação da interface da app (não há index.html): compile-a com npm --prefix ui run build
cli-room-cannot-start = não é possível arrancar o servidor da sala
cli-room-open = A sala de { $reference } está aberta em { $address }
cli-room-team = Os dispositivos da equipa emparelham em { $address }
cli-room-keys = Enter para novos códigos de emparelhamento, Ctrl+C para fechar a sala.
cli-room-closed = A sala está fechada.
cli-room-meeting-closed = { $reference } foi encerrada: a sala está fechada.
cli-room-role = { $code ->
        [participant] participante
        [stack-keeper] inscrições
        [minute-taker] ata
       *[other] { $code }
    }
cli-room-code = Código de emparelhamento para { $role }: { $code } (uma vez, dentro de { $minutes } minutos)

cli-search-none = nenhum resultado
cli-search-hits = resultados { $first }–{ $last } de { $total }
cli-search-hits-more-than = resultados { $first }–{ $last } de mais de { $total }

cli-minutes-approved = aprovada
cli-cannot-write = não é possível escrever { $path }

cli-help-arg-json = Escrever JSON (para scripts) em vez de texto
cli-help-arg-meeting = A assembleia: número (39), referência (LDN-GA-39) ou id
cli-help-arg-item = Referência do ponto da ordem de trabalhos (39.3, LDN-GA-39.3) ou id
cli-help-arg-proposal = A proposta: referência (LDN-P-2026-034) ou id
cli-help-arg-hearing = A assembleia onde a proposta é discutida (tem de estar na sua ordem de trabalhos)
cli-clap-help-flag = Mostrar a ajuda
cli-clap-version-flag = Mostrar a versão
cli-clap-help-command = Mostrar esta mensagem ou a ajuda dos subcomandos indicados
cli-clap-help-command-subcommand = O subcomando cuja ajuda mostrar
cli-clap-usage = Utilização:
cli-clap-commands = Comandos:
cli-clap-arguments = Argumentos:
cli-clap-options = Opções:
cli-clap-unknown-subcommand = subcomando desconhecido: «{ $name }»
cli-clap-suggest-subcommand = sugestão: existe um subcomando parecido: «{ $name }»
cli-clap-unknown-argument = argumento inesperado: «{ $name }»
cli-clap-suggest-argument = sugestão: existe um argumento parecido: «{ $name }»
cli-clap-missing-arguments = faltam estes argumentos obrigatórios:
cli-clap-invalid-value = valor inválido «{ $value }» para «{ $arg }»
cli-clap-missing-value = «{ $arg }» precisa de um valor, mas não foi dado nenhum
cli-clap-possible-values = valores possíveis: { $values }
cli-clap-missing-subcommand = «{ $name }» precisa de um subcomando, mas não foi dado nenhum
cli-clap-subcommands = subcomandos: { $values }
cli-clap-used-twice = o argumento «{ $arg }» não pode ser usado mais de uma vez
cli-clap-conflict = o argumento «{ $arg }» não pode ser usado com «{ $other }»
cli-clap-conflict-many = o argumento «{ $arg }» não pode ser usado com:
cli-clap-conflict-others = o argumento «{ $arg }» não pode ser usado com um ou mais dos outros argumentos dados
cli-clap-invalid-value-because = valor inválido «{ $value }» para «{ $arg }»: { $reason }
cli-clap-number-empty = não é um número: está vazio
cli-clap-number-invalid-digit = não é um número inteiro: tem caracteres que não são algarismos
cli-clap-number-too-large = o número é demasiado grande
cli-clap-number-too-small = o número é demasiado pequeno
cli-clap-number-zero = o número não pode ser zero
cli-clap-not-in-range = { $value } não está em { $range }
cli-clap-invalid-utf8 = há UTF-8 inválido num ou mais argumentos
cli-clap-more = Para mais informações, experimente «{ $flag }».

cli-help = Assembleias gerais: grupos de trabalho, assembleias, ordens de trabalhos, inscrições, propostas, atas, pacotes.
cli-help-db = O ficheiro da base de dados (por omissão: a pasta de dados do sistema)
cli-help-lang = A língua em que o Plenary fala (as suas mensagens, esta ajuda, as atas): en, es, fr, de, pt, el ou ar. O que foi escrito no registo fica como está. Por omissão: LC_ALL, LC_MESSAGES ou LANG, senão inglês
cli-help-init = Criar a assembleia desta instalação e a sua chave de assinatura
cli-help-init-name = O nome da assembleia («Assembleia Geral do Rossio»)
cli-help-init-code = Código curto usado nas referências (LDN-GA-39), de 2 a 8 letras ou algarismos
cli-help-init-rule = Regra de decisão por omissão: consensus, modified:P, supermajority:A/B ou majority
cli-help-demo = Preencher uma base de dados vazia com uma assembleia de exemplo realista

cli-help-assembly = A assembleia desta instalação: mostrá-la, definir a língua das atas que partilha
cli-help-assembly-show = Mostrar a assembleia: nome, código, regra de decisão por omissão, língua das atas partilhadas
cli-help-assembly-show-json = { cli-help-arg-json }
cli-help-assembly-minutes-lang = Definir a língua das atas que a assembleia partilha nos seus pacotes (os pacotes já escritos mantêm a sua; os registos ficam como foram escritos)
cli-help-assembly-minutes-lang-minutes-lang = en, es, fr, de, pt, el ou ar
cli-assembly-shown = { $name } ({ $code })
cli-assembly-rule = regra por omissão: { $rule }
cli-assembly-minutes-lang = atas partilhadas: { $language } ({ $code })
cli-assembly-minutes-lang-set = { $name } partilha as suas atas em { $language } ({ $code })
cli-help-wg = Grupos de trabalho
cli-help-wg-add = Criar um grupo de trabalho; escreve o seu id
cli-help-wg-add-name = O nome do grupo de trabalho
cli-help-wg-add-category = operational, sectorial, strategy ou caucus
cli-help-wg-add-description = O que o grupo de trabalho faz
cli-help-wg-add-status = forming (por omissão), active, dormant ou dissolved
cli-help-wg-add-contact = Como contactá-lo (um endereço de email, um telefone, um local)
cli-help-wg-add-schedule = Quando e onde se reúne («terças às 18:00, na biblioteca»)
cli-help-wg-list = Listar os grupos de trabalho (próprios e importados)
cli-help-wg-show = Um grupo de trabalho: o histórico do seu estado, as suas propostas contadas por estado e cada informe que deu, da assembleia mais recente para a mais antiga (o que mostra a sua página na app)
cli-help-wg-show-wg = Nome ou id
cli-help-wg-status = Mudar o estado de um grupo de trabalho (a mudança fica datada)
cli-help-wg-status-wg = Nome ou id
cli-help-wg-status-set = forming, active, dormant ou dissolved
cli-help-wg-status-on = Data da mudança, AAAA-MM-DD (por omissão hoje)
cli-help-wg-status-note = Uma nota sobre a mudança (porquê)
cli-help-meeting = Assembleias
cli-help-meeting-new = Preparar uma nova assembleia; escreve a sua referência (TST-GA-3). É numerada a seguir à última
cli-help-meeting-new-date = AAAA-MM-DD
cli-help-meeting-new-place = Onde se realiza a assembleia
cli-help-meeting-new-policy = progressive (por omissão) ou fifo
cli-help-meeting-new-number = O número da assembleia (por omissão: mais um do que a última)
cli-help-meeting-new-time = Início previsto, HH:MM (24 horas, hora local)
cli-help-meeting-new-format = general-assembly (por omissão) ou spokes-council: um porta-voz por grupo de trabalho, só os porta-vozes se inscrevem, um voto por grupo nas decisões
cli-help-meeting-spoke = Tornar NAME porta-voz do grupo de trabalho WG neste conselho de porta-vozes (criado se for novo). Um novo porta-voz de um grupo termina a vez do anterior; ambos ficam no registo
cli-help-meeting-spoke-wg = O grupo de trabalho (nome ou id)
cli-help-meeting-spoke-name = O nome do porta-voz
cli-help-meeting-spokes = Listar os porta-vozes e as pausas de consulta de um conselho de porta-vozes
cli-help-meeting-consult = Um porta-voz pede uma pausa de consulta de N minutos (1–30) para os grupos falarem entre si; `--end` termina a pausa em curso
cli-help-meeting-consult-by = O porta-voz que a pede
cli-help-meeting-consult-minutes = Quanto dura a pausa, em minutos (1–30)
cli-help-meeting-consult-end = Terminar a pausa de consulta em curso
cli-help-meeting-list = Listar as assembleias desta assembleia, da mais recente para a mais antiga
cli-help-meeting-list-imported = Também as das assembleias importadas de pacotes (depois das próprias, por código de assembleia)
cli-help-meeting-show = Mostrar uma assembleia: funções e ordem de trabalhos
cli-help-meeting-open = Abrir uma assembleia prevista. Sem --at, a hora é a do relógio se for hoje, e desconhecida se não; com --at numa assembleia encerrada, uma correção
cli-help-meeting-open-at = A hora a que abriu, HH:MM (local, na data da assembleia)
cli-help-meeting-close = Encerrar uma assembleia aberta; depois, o seu registo aceita correções até a ata ser aprovada
cli-help-meeting-close-at = A hora a que encerrou, HH:MM (local; depois da meia-noite conta como o dia seguinte)
cli-help-meeting-role = Dar uma função a alguém: facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher ou qualquer palavra vossa (leitura das inscrições, transmissão, …). Uma passagem: --until HH:MM para quem sai, --from HH:MM para quem entra; repetir para alguém que já tem a função só muda as horas dadas
cli-help-meeting-role-role = A função: facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher ou uma palavra vossa
cli-help-meeting-role-name = Quem a tem
cli-help-meeting-role-from = A partir desta hora da assembleia (HH:MM; "" apaga-a)
cli-help-meeting-role-until = Até esta hora (HH:MM; "" apaga-a)
cli-help-meeting-time = Definir a hora de início prevista, HH:MM (24 horas, hora local); "" apaga-a
cli-help-meeting-time-time = A hora de início, HH:MM ("" apaga-a)
cli-help-meeting-policy = Definir a regra das inscrições da assembleia (ga-process.md, "Fair floor"): fifo|progressive [,first-time-first] [,alternate:LISTA|LISTA…] [,cap:N] [,no-repeat]. Escreve a regra em vigor. Anular nas inscrições do ponto (--item, senão o ponto em curso) reverte-a
cli-help-meeting-policy-set = A regra: fifo|progressive [,first-time-first] [,alternate:LISTA|LISTA…] [,cap:N] [,no-repeat]
cli-help-meeting-policy-reason = Porque é que a equipa de facilitação a mudou (a ata regista-o)
cli-help-meeting-policy-item = O ponto em cujas inscrições foi mudada (por omissão: o ponto em curso, se houver)
cli-help-meeting-attendance = Registar quantas pessoas estiveram presentes: um número (55), um intervalo (50-60) ou um número aproximado (~50); "" apaga-o
cli-help-meeting-attendance-count = 55, 50-60 ou ~50 ("" apaga-o)
cli-help-agenda = Pontos da ordem de trabalhos de uma assembleia
cli-help-agenda-add = Acrescentar um ponto no fim da ordem de trabalhos de uma assembleia; escreve a sua referência (TST-GA-3.2)
cli-help-agenda-add-kind = process, report-back, proposal, discussion, announcement, soapbox ou other
cli-help-agenda-add-title = O título do ponto
cli-help-agenda-add-minutes = Tempo atribuído em minutos
cli-help-agenda-add-wg = O grupo de trabalho que faz o informe (nome ou id)
cli-help-agenda-add-proposal = A proposta a discutir (referência ou id)
cli-help-agenda-prepare = Preencher uma ordem de trabalhos vazia com a ordem habitual: boas-vindas, informes, propostas, anúncios, microfone aberto, encerramento
cli-help-agenda-prepare-report-backs = Um grupo de trabalho que faz o informe (repetível, por ordem)
cli-help-agenda-prepare-proposals = Uma proposta a discutir (repetível, por ordem)
cli-help-agenda-list = Listar a ordem de trabalhos de uma assembleia
cli-help-agenda-move = Mudar um ponto para outro lugar (1 = o primeiro)
cli-help-agenda-move-to = O novo lugar (1 = o primeiro)
cli-help-agenda-start = Iniciar um ponto: passa a estar em curso (a assembleia tem de estar aberta). Com --at num ponto já iniciado (ou numa assembleia encerrada), define a sua hora de início
cli-help-agenda-start-at = A hora a que foi iniciado, HH:MM (local; sem ela: a do relógio se a assembleia for hoje, desconhecida se não)
cli-help-agenda-finish = Concluir o ponto em curso. Com --at num ponto concluído, define a sua hora de fim
cli-help-agenda-finish-at = A hora a que terminou, HH:MM (local)
cli-help-agenda-table = Adiar um ponto pendente ou o que está em curso
cli-help-agenda-table-reason = Porquê; obrigatório quando a proposta do ponto é adiada com ele (a ata regista-o)
cli-help-agenda-report-back = Registar um informe no seu ponto, de um grupo de trabalho ou em nome de alguém. Repetir só muda os campos dados; deixar em branco um campo com texto exige --clear
cli-help-agenda-report-back-wg = O grupo de trabalho que faz o informe (nome ou id)
cli-help-agenda-report-back-on-behalf-of = Em nome de quem é dado («Acampada do Rossio»), em vez de um grupo de trabalho
cli-help-agenda-report-back-presenter = Quem o apresentou
cli-help-agenda-report-back-summary = O que o grupo de trabalho informou
cli-help-agenda-report-back-asks = O que pede à assembleia
cli-help-agenda-report-back-announcements = Os seus anúncios
cli-help-agenda-report-back-clear = Deixar em branco um campo: presenter, summary, asks, announcements ou on-behalf-of (repetível)
cli-help-agenda-announce = Registar um anúncio feito num ponto de anúncios
cli-help-agenda-announce-by = Quem o fez
cli-help-agenda-announce-on-behalf-of = Em nome de quem («Acampada do Rossio»)
cli-help-agenda-announce-text = O anúncio
cli-help-agenda-notes = Definir as notas de ata de um ponto (substitui-as; "" exige --clear)
cli-help-agenda-notes-text = As notas
cli-help-agenda-notes-clear = Deixar as notas em branco
cli-help-person = Pessoas: listar, renomear, fundir
cli-help-person-list = As pessoas desta assembleia, com quantos registos e assembleias as nomeiam
cli-help-person-rename = Renomear uma pessoa; todos os registos que a nomeiam acompanham
cli-help-person-rename-person = A pessoa (nome ou id)
cli-help-person-rename-to = O novo nome
cli-help-person-merge = Fundir dois nomes que são a mesma pessoa: cada registo de P passa a nomear Q, e P é removida
cli-help-person-merge-person = A pessoa que desaparece na fusão (nome ou id)
cli-help-person-merge-into = A pessoa que fica (nome ou id)
cli-help-person-forget = Esquecer uma pessoa a seu pedido: o seu nome passa a «Participante N» em todo o registo desta assembleia (texto livre, registo de intervenções, diário); as cópias de segurança automáticas são apagadas e o ficheiro compactado para que os bytes do nome desapareçam. Segue no próximo pacote
cli-help-person-forget-person = A pessoa (nome ou id)
cli-help-proposal = Propostas
cli-help-proposal-new = Apresentar uma proposta (ou guardar um rascunho com --draft); escreve a sua referência (TST-P-2026-001)
cli-help-proposal-new-title = O título da proposta
cli-help-proposal-new-text = O texto da proposta
cli-help-proposal-new-wg = O grupo de trabalho que propõe (nome ou id)
cli-help-proposal-new-by = O nome de quem propõe
cli-help-proposal-new-draft = Mantê-la como rascunho (apresente-a mais tarde com `proposal submit`)
cli-help-proposal-new-date = O dia em que foi apresentada, AAAA-MM-DD (uma proposta passada: a sua referência toma esse ano)
cli-help-proposal-submit = Apresentar um rascunho
cli-help-proposal-list = Listar as propostas, da mais recente para a mais antiga
cli-help-proposal-list-status = Só as que têm este estado
cli-help-proposal-adopt = Adotar como própria a proposta de outra assembleia; escreve a referência da nova proposta (BRS-P-2026-001)
cli-help-proposal-adopt-proposal = Referência (NYC-P-2026-003) ou id
cli-help-proposal-show = Mostrar uma proposta com as suas versões, emendas, discussões e decisões
cli-help-proposal-show-proposal = Referência (LDN-P-2026-034) ou id
cli-help-proposal-amend = Registar uma emenda amigável (todo o texto emendado) e a resposta de quem propõe; escreve a sua referência curta (com --json: a emenda, o seu id e `short_ref`). Uma emenda aceite cria uma nova versão do texto
cli-help-proposal-amend-text = O texto da proposta emendado
cli-help-proposal-amend-by = Quem a ofereceu
cli-help-proposal-amend-meeting = A assembleia onde foi oferecida (a proposta tem de estar na sua ordem de trabalhos)
cli-help-proposal-amend-accepted = Quem propõe aceitou-a
cli-help-proposal-amend-rejected = Quem propõe rejeitou-a
cli-help-proposal-amendment = Responder a uma emenda que ficou pendente (com --correct: corrigir a resposta registada; depois de encerrada a sua assembleia, fica como correção)
cli-help-proposal-amendment-amendment = A referência curta da emenda (`proposal show` escreve-a) ou o seu id
cli-help-proposal-amendment-correct = Corrigir a resposta já registada
cli-help-proposal-diff = Comparar duas versões do texto palavra a palavra ([-retirado-]{"{"}+acrescentado+{"}"})
cli-help-proposal-diff-from = Por omissão: a versão anterior a --to
cli-help-proposal-diff-to = Por omissão: a versão atual
cli-help-proposal-step = Levar uma discussão a um passo do processo; escreve o passo e para onde pode ir a seguir
cli-help-proposal-step-to = present, clarifying-questions, concerns, temperature-check, call-for-consensus ou vote
cli-help-proposal-step-none = Nada foi levantado no passo que a discussão deixa (nenhuma pergunta de esclarecimento; nenhuma preocupação nem emenda): sair de um passo assim exige dizê-lo
cli-help-proposal-question = Registar uma pergunta de esclarecimento numa discussão; escreve a sua referência curta, que `proposal answer` aceita (com --json: a pergunta, o seu id e `short_ref`)
cli-help-proposal-question-text = A pergunta
cli-help-proposal-question-by = Quem a fez
cli-help-proposal-answer = Registar a resposta a uma pergunta de esclarecimento
cli-help-proposal-answer-question = A referência curta da pergunta (`proposal show` escreve-a) ou o seu id
cli-help-proposal-answer-text = A resposta
cli-help-proposal-answer-by = Quem respondeu (por omissão: quem propõe)
cli-help-proposal-concern = Registar uma preocupação numa discussão; escreve a sua referência curta, que `proposal address` aceita (com --json: a preocupação, o seu id e `short_ref`)
cli-help-proposal-concern-text = A preocupação
cli-help-proposal-concern-by = Quem a levantou
cli-help-proposal-address = Marcar uma preocupação como atendida (ou, com --not, como não atendida)
cli-help-proposal-address-concern = A referência curta da preocupação (`proposal show` escreve-a) ou o seu id
cli-help-proposal-address-response = Como foi atendida
cli-help-proposal-address-not = Não foi atendida
cli-help-proposal-temperature = Registar uma medição da temperatura (mãos para cima / de lado / para baixo); escreve o seu id
cli-help-proposal-temperature-up = Quantas mãos para cima (de acordo)
cli-help-proposal-temperature-sideways = Quantas mãos de lado (dúvidas)
cli-help-proposal-temperature-down = Quantas mãos para baixo (em desacordo)
cli-help-proposal-temperature-note = Uma nota para a ata
cli-help-proposal-decide = Registar a decisão numa assembleia; escreve a palavra do resultado. Com --correct, substitui a decisão aí registada (depois de encerrada a assembleia: fica como correção)
cli-help-proposal-decide-rule = consensus, modified:P, supermajority:A/B ou majority (por omissão: a regra da assembleia)
cli-help-proposal-decide-support = A votação: a favor (em consenso, quantas pessoas concordaram)
cli-help-proposal-decide-against = A votação: contra, com os bloqueios incluídos como votaram (não em consenso)
cli-help-proposal-decide-stand-asides = O número total de abstenções (por omissão: as nomeadas)
cli-help-proposal-decide-stand-aside = Uma abstenção nomeada, NOME ou NOME:MOTIVO (repetível)
cli-help-proposal-decide-blocks = O número total de bloqueios, nomeados ou só contados («9 bloqueios»; por omissão: os nomeados)
cli-help-proposal-decide-block = Um bloqueio nomeado, NOME:MOTIVO (repetível; o motivo é obrigatório)
cli-help-proposal-decide-quorum = Número mínimo de participantes
cli-help-proposal-decide-stand-aside-limit = A/B: adiada quando pelo menos esta parte dos participantes se abstém
cli-help-proposal-decide-wg = Num conselho de porta-vozes, o voto de um grupo de trabalho (repetível, um por grupo): WG:for|against|stand-aside|block[:MOTIVO] (um bloqueio precisa do seu motivo)
cli-help-proposal-decide-correct = Corrigir a decisão já registada nesta assembleia (as contagens tal como foram)
cli-help-proposal-preview = Calcular um resultado sem registar nada; escreve a palavra do resultado e porquê
cli-help-proposal-dispute = Marcar como contestada a decisão tomada numa assembleia (ou retirar a marca com --clear)
cli-help-proposal-dispute-note = O que correu mal (obrigatório exceto com --clear)
cli-help-proposal-dispute-clear = Retirar a marca
cli-help-proposal-withdraw = Quem propõe retira a proposta (na discussão de uma assembleia com --meeting)
cli-help-proposal-withdraw-meeting = A assembleia cuja discussão isto termina (a proposta tem de estar na sua ordem de trabalhos)
cli-help-proposal-withdraw-reason = Porquê («depois de 9 bloqueios, voltará com uma sessão de esclarecimento»); obrigatório
cli-help-proposal-withdraw-by = Quem («quem propõe», «a facilitação»); por omissão: quem propõe numa retirada, a assembleia nos outros casos
cli-help-proposal-send-back = Devolver a proposta ao seu grupo de trabalho para ser refeita
cli-help-proposal-table = Adiar a proposta; pode ser decidida numa assembleia posterior
cli-help-minutes = A ata de uma assembleia, gerada a partir do seu registo
cli-help-minutes-meeting = Número da assembleia (3), referência (RIV-GA-3) ou id
cli-help-minutes-format = md, html ou csv. A ata em CSV são três ficheiros: FILE (decisões), FILE-speakers (registo de intervenções) e FILE-agenda; sem -o, as decisões vão para a saída padrão
cli-help-minutes-redact-names = Substituir os nomes das pessoas por «Participante 1», «Participante 2», …
cli-help-minutes-speakers = Incluir o registo de intervenções de cada ponto (sempre em CSV)
cli-help-minutes-equity = Acrescentar a distribuição do tempo de fala da assembleia (Gini, sublistas, a parte de cada pessoa; só agregados com --redact-names). Não em CSV (a sua tabela de intervenções tem o registo)
cli-help-minutes-output = Escrever neste ficheiro em vez da saída padrão
cli-help-minutes-approve-in = Registar que a assembleia aberta MEETING aprovou esta ata (em vez de a escrever)
cli-help-stack = As inscrições de um ponto da ordem de trabalhos
cli-help-stack-add = Inscrever alguém num ponto (criada se for nova); escreve o id da inscrição
cli-help-stack-add-name = O nome da pessoa
cli-help-stack-add-kind = process, information, clarifying, direct-response ou speak
cli-help-stack-add-prioritize = Quem gere as inscrições dá prioridade a esta inscrição (inscrições progressivas)
cli-help-stack-add-list = A sublista que a pessoa escolheu para esta assembleia (listas alternadas)
cli-help-stack-next = Terminar a intervenção em curso e dar a palavra à seguinte; escreve quem a tem (ou nada)
cli-help-stack-show = Mostrar quem tem a palavra e quem espera, por ordem, com o motivo de cada lugar
cli-help-stack-undo = Anular a última ação das inscrições deste ponto; escreve o que foi anulado
cli-help-stack-withdraw = Retirar das inscrições uma inscrição em espera
cli-help-stack-withdraw-entry = A inscrição: a sua referência curta (como `stack add` e `stack show` a escrevem) ou o seu id
cli-help-stack-withdraw-item = O ponto em que a pessoa espera (com --name)
cli-help-stack-withdraw-name = O nome da pessoa (com --item)
cli-help-stack-withdraw-kind = O tipo de inscrição, quando espera com várias: process, information, clarifying, direct-response ou speak
cli-help-stack-prioritize = Dar prioridade a uma inscrição em espera (ou com --unset, retirá-la)
cli-help-stack-prioritize-unset = Retirar a prioridade
cli-help-stack-close = Encerrar as inscrições: nem novas pessoas nem respostas diretas
cli-help-stack-reopen = Reabrir inscrições encerradas
cli-help-stack-pause = Pôr em pausa a intervenção em curso (o seu tempo para)
cli-help-stack-resume = Retomar a intervenção em pausa
cli-help-stack-limit = Definir o tempo máximo por intervenção de um ponto (ou --none para o retirar)
cli-help-stack-limit-seconds = O limite, em segundos
cli-help-stack-limit-none = Retirar o limite
cli-help-stack-log = O registo de intervenções de um ponto: cada intervenção com as suas horas, pausas e excesso
cli-help-stack-stats = Quem falou quanto numa assembleia. A distribuição do tempo de fala de uma assembleia (ou de um ponto): a parte de cada pessoa, a parte do tempo de cada sublista face à sua parte das pessoas, o Gini sobre todas as presentes (quem ficou em silêncio conta zero), quem falou pela primeira vez, as dez últimas pessoas a falar
cli-help-stack-stats-meeting = A assembleia (também como --meeting)
cli-help-stack-stats-item = Só este ponto da assembleia
cli-help-bundle = Pacotes: trocar registos com outras assembleias
cli-help-bundle-export = Escrever os registos desta assembleia num pacote assinado (todos, por omissão)
cli-help-bundle-export-output = O ficheiro do pacote a escrever
cli-help-bundle-export-meetings = Só esta assembleia (número, referência ou id), com aquilo a que se refere; repetível
cli-help-bundle-export-since = Só o que mudou a partir deste dia (AAAA-MM-DD, UTC), com aquilo a que se refere
cli-help-bundle-export-seal-to = Selá-lo (assinado e depois cifrado) para que só estas assembleias o possam abrir: cada uma conhecida aqui com a sua chave (esta, ou uma cujo pacote foi importado), indicada por código, nome, id ou impressão digital; separadas por vírgulas ou repetido
cli-help-bundle-inspect = Mostrar quem fez um pacote, a impressão digital da sua chave, o que contém e se se verifica. Um pacote selado: para quem está selado e, se esta assembleia for uma delas, o pacote lá dentro
cli-help-bundle-inspect-file = O ficheiro do pacote
cli-help-bundle-import = Importar o pacote de outra assembleia: escreve as contagens de novos, atualizados, sem alterações e recusados. Sai com 0 quando todos os registos foram aceites (ou já cá estavam), 3 quando alguns foram recusados (o resto é importado; num ensaio: seria), 1 quando o pacote foi recusado por inteiro (nada escrito). Com --json, uma recusa também é JSON na saída padrão
cli-help-bundle-import-dry-run = Só verificar e contar; não escrever nada
cli-help-bundle-received = Listar os pacotes recebidos aqui (guardados para serem reencaminhados intactos)
cli-help-bundle-undo-import = Anular toda uma importação: retirar o que trouxe, repor o que substituiu ou apagou e esquecer o pacote recebido (pode ser importado outra vez)
cli-help-bundle-undo-import-id = O id do pacote recebido (`plenary bundle received`)
cli-help-bundle-pass-on = Escrever um pacote recebido, byte a byte, para o reencaminhar a outra assembleia
cli-help-bundle-pass-on-id = O seu id (`plenary bundle received`)
cli-help-bundle-pass-on-output = O ficheiro a escrever
cli-help-federation = Federação através de uma pasta partilhada: uma caixa de entrada vigiada, uma caixa de saída escrita
cli-help-federation-folders = Mostrar as pastas de entrada e de saída, as chaves à espera de aprovação e os ficheiros deixados de lado; com --inbox e --outbox, escolher primeiro as pastas
cli-help-federation-folders-inbox = A pasta onde chegam os pacotes de outras assembleias (sincronizada pelo Syncthing, por uma unidade partilhada, …)
cli-help-federation-folders-outbox = A pasta onde são escritos os pacotes desta assembleia (pode ser a própria caixa de entrada)
cli-help-federation-sync = Importar o que espera na caixa de entrada, reencaminhá-lo, escrever a caixa de saída — uma vez
cli-help-federation-watch = O mesmo à medida que chegam ficheiros (e a caixa de saída depois de cada assembleia encerrada), até ser interrompido
cli-help-federation-watch-json = Um objeto JSON por linha por cada coisa que a vigilância fez
cli-help-federation-approve = Aceitar a chave de uma nova assembleia à espera na caixa de entrada (depois de confirmar a sua impressão digital com essa assembleia): fixa-a e importa os seus pacotes
cli-help-federation-approve-fingerprint = A impressão digital da chave, tal como `plenary federation folders` a mostra
cli-help-room = A sala: servir uma assembleia aos dispositivos da assembleia pela rede local
cli-help-room-serve = Servir a assembleia M aos dispositivos da sala até Ctrl+C ou até M ser encerrada; escreve o endereço e os códigos de emparelhamento (Enter escreve novos)
cli-help-room-serve-meeting = Referência da assembleia (LDN-GA-39, 39) ou id
cli-help-room-serve-port = A porta (0: qualquer uma livre)
cli-help-room-serve-bind = O endereço onde escutar (por omissão: todas as interfaces, para que os dispositivos da sala lá cheguem pela rede local)
cli-help-room-serve-ui = Uma compilação da interface da app (`ui/dist`) para servir aos dispositivos da equipa em `/team`, onde emparelham e gerem as inscrições ou a ata
cli-help-search = Procurar nos grupos de trabalho, informes, propostas, decisões e atas de todas as assembleias
cli-help-search-text = O que procurar: palavras (todas têm de ser encontradas; a última pode ser o início de uma palavra)
cli-help-search-assembly = Só os registos desta assembleia (o seu código, p. ex. RIV)
cli-help-search-limit = Resultados a mostrar (no máximo 50)
cli-help-search-offset = Resultados a saltar (a página seguinte)
cli-help-passphrase = Cifra em repouso: definir, mudar ou retirar a frase-passe da base de dados
cli-help-passphrase-set = Cifrar esta base de dados em claro com uma nova frase-passe (pedida duas vezes, ou PLENARY_NEW_PASSPHRASE). Não há forma de recuperar uma frase-passe perdida
cli-help-passphrase-change = Dar uma nova frase-passe à base de dados cifrada (a atual de PLENARY_PASSPHRASE ou pedida; a nova pedida duas vezes, ou PLENARY_NEW_PASSPHRASE)
cli-help-passphrase-remove = Decifrar a base de dados: volta a ser um ficheiro SQLite simples
cli-help-backup = Escrever uma cópia coerente da base de dados em FILE
cli-help-backup-output = O ficheiro onde escrever a cópia
cli-help-restore = Substituir a base de dados por uma cópia de segurança (verificada antes; da atual faz-se cópia)
cli-help-restore-file = O ficheiro da cópia de segurança

# The same words as another message.
cli-help-wg-list-json = { cli-help-arg-json }
cli-help-wg-show-json = { cli-help-arg-json }
cli-help-meeting-spoke-meeting = { cli-help-arg-meeting }
cli-help-meeting-spokes-meeting = { cli-help-arg-meeting }
cli-help-meeting-spokes-json = { cli-help-arg-json }
cli-help-meeting-consult-meeting = { cli-help-arg-meeting }
cli-help-meeting-list-json = { cli-help-arg-json }
cli-help-meeting-show-meeting = { cli-help-arg-meeting }
cli-help-meeting-show-json = { cli-help-arg-json }
cli-help-meeting-open-meeting = { cli-help-arg-meeting }
cli-help-meeting-close-meeting = { cli-help-arg-meeting }
cli-help-meeting-role-meeting = { cli-help-arg-meeting }
cli-help-meeting-time-meeting = { cli-help-arg-meeting }
cli-help-meeting-policy-meeting = { cli-help-arg-meeting }
cli-help-meeting-attendance-meeting = { cli-help-arg-meeting }
cli-help-agenda-add-meeting = { cli-help-arg-meeting }
cli-help-agenda-prepare-meeting = { cli-help-arg-meeting }
cli-help-agenda-list-meeting = { cli-help-arg-meeting }
cli-help-agenda-list-json = { cli-help-arg-json }
cli-help-agenda-move-item = { cli-help-arg-item }
cli-help-agenda-start-item = { cli-help-arg-item }
cli-help-agenda-finish-item = { cli-help-arg-item }
cli-help-agenda-table-item = { cli-help-arg-item }
cli-help-agenda-report-back-item = { cli-help-arg-item }
cli-help-agenda-announce-item = { cli-help-arg-item }
cli-help-agenda-notes-item = { cli-help-arg-item }
cli-help-person-list-json = { cli-help-arg-json }
cli-help-person-forget-json = { cli-help-arg-json }
cli-help-proposal-submit-proposal = { cli-help-arg-proposal }
cli-help-proposal-list-json = { cli-help-arg-json }
cli-help-proposal-show-json = { cli-help-arg-json }
cli-help-proposal-amend-proposal = { cli-help-arg-proposal }
cli-help-proposal-amend-json = { cli-help-arg-json }
cli-help-proposal-amendment-accepted = { cli-help-proposal-amend-accepted }
cli-help-proposal-amendment-rejected = { cli-help-proposal-amend-rejected }
cli-help-proposal-diff-proposal = { cli-help-arg-proposal }
cli-help-proposal-diff-json = { cli-help-arg-json }
cli-help-proposal-step-proposal = { cli-help-arg-proposal }
cli-help-proposal-step-meeting = { cli-help-arg-hearing }
cli-help-proposal-question-proposal = { cli-help-arg-proposal }
cli-help-proposal-question-json = { cli-help-arg-json }
cli-help-proposal-question-meeting = { cli-help-arg-hearing }
cli-help-proposal-concern-proposal = { cli-help-arg-proposal }
cli-help-proposal-concern-json = { cli-help-arg-json }
cli-help-proposal-concern-meeting = { cli-help-arg-hearing }
cli-help-proposal-temperature-proposal = { cli-help-arg-proposal }
cli-help-proposal-temperature-meeting = { cli-help-arg-hearing }
cli-help-proposal-decide-proposal = { cli-help-arg-proposal }
cli-help-proposal-decide-meeting = { cli-help-arg-hearing }
cli-help-proposal-preview-rule = { cli-help-proposal-decide-rule }
cli-help-proposal-preview-support = { cli-help-proposal-decide-support }
cli-help-proposal-preview-against = { cli-help-proposal-decide-against }
cli-help-proposal-preview-stand-asides = { cli-help-proposal-decide-stand-asides }
cli-help-proposal-preview-stand-aside = { cli-help-proposal-decide-stand-aside }
cli-help-proposal-preview-blocks = { cli-help-proposal-decide-blocks }
cli-help-proposal-preview-block = { cli-help-proposal-decide-block }
cli-help-proposal-preview-quorum = { cli-help-proposal-decide-quorum }
cli-help-proposal-preview-stand-aside-limit = { cli-help-proposal-decide-stand-aside-limit }
cli-help-proposal-preview-wg = { cli-help-proposal-decide-wg }
cli-help-proposal-preview-json = { cli-help-arg-json }
cli-help-proposal-dispute-proposal = { cli-help-arg-proposal }
cli-help-proposal-dispute-meeting = { cli-help-arg-hearing }
cli-help-proposal-withdraw-proposal = { cli-help-arg-proposal }
cli-help-proposal-send-back-proposal = { cli-help-arg-proposal }
cli-help-proposal-send-back-meeting = { cli-help-proposal-withdraw-meeting }
cli-help-proposal-send-back-reason = { cli-help-proposal-withdraw-reason }
cli-help-proposal-send-back-by = { cli-help-proposal-withdraw-by }
cli-help-proposal-table-proposal = { cli-help-arg-proposal }
cli-help-proposal-table-meeting = { cli-help-proposal-withdraw-meeting }
cli-help-proposal-table-reason = { cli-help-proposal-withdraw-reason }
cli-help-proposal-table-by = { cli-help-proposal-withdraw-by }
cli-help-stack-add-item = { cli-help-arg-item }
cli-help-stack-next-item = { cli-help-arg-item }
cli-help-stack-show-item = { cli-help-arg-item }
cli-help-stack-show-json = { cli-help-arg-json }
cli-help-stack-undo-item = { cli-help-arg-item }
cli-help-stack-prioritize-entry = { cli-help-stack-withdraw-entry }
cli-help-stack-prioritize-item = { cli-help-stack-withdraw-item }
cli-help-stack-prioritize-name = { cli-help-stack-withdraw-name }
cli-help-stack-prioritize-kind = { cli-help-stack-withdraw-kind }
cli-help-stack-close-item = { cli-help-arg-item }
cli-help-stack-reopen-item = { cli-help-arg-item }
cli-help-stack-pause-item = { cli-help-arg-item }
cli-help-stack-resume-item = { cli-help-arg-item }
cli-help-stack-limit-item = { cli-help-arg-item }
cli-help-stack-log-item = { cli-help-arg-item }
cli-help-stack-log-json = { cli-help-arg-json }
cli-help-stack-stats-meeting-opt = { cli-help-arg-meeting }
cli-help-stack-stats-json = { cli-help-arg-json }
cli-help-bundle-inspect-json = { cli-help-arg-json }
cli-help-bundle-import-file = { cli-help-bundle-inspect-file }
cli-help-bundle-import-json = { cli-help-arg-json }
cli-help-bundle-received-json = { cli-help-arg-json }
cli-help-bundle-undo-import-json = { cli-help-arg-json }
cli-help-federation-folders-json = { cli-help-arg-json }
cli-help-federation-sync-json = { cli-help-arg-json }
cli-help-federation-approve-json = { cli-help-arg-json }
cli-help-search-json = { cli-help-arg-json }
