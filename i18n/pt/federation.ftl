# A federação: outras assembleias, os pacotes trocados com elas, os seus registos ao lado
# dos nossos.

## A vista da federação

fed-heading = Federação
fed-lead = Os grupos de trabalho e as propostas de outras assembleias, ao lado dos nossos. As assembleias trocam pacotes assinados (ficheiros .plenary) por qualquer via: e-mail, uma pen USB, uma pasta partilhada.
fed-assemblies = Assembleias
fed-received = Pacotes recebidos
fed-received-hint = Cada pacote importado aqui é guardado tal como chegou. Passe-o a uma assembleia que não conheça quem o fez: é o ficheiro original, ainda assinado pela assembleia que o fez.
fed-received-noun = pacotes recebidos
fed-empty-heading = Ainda não há outra assembleia
fed-empty-text = Não conhecem nenhuma outra assembleia. Para ver aqui os grupos de trabalho e as propostas de outra assembleia, peçam-lhe um pacote: no Plenary dela, Federação → Exportar um pacote… escreve um ficheiro .plenary. Depois escolham Importar um pacote… acima e abram esse ficheiro. Verão quem o fez e a impressão digital da sua chave antes de importar seja o que for.
fed-empty-give = Para lhes dar o vosso, usem Exportar um pacote….
fed-filter = Mostrar os registos de
fed-filter-all = Todas as assembleias
fed-ours = { $name } (a nossa)
fed-wgs = Grupos de trabalho
fed-proposals = Propostas
fed-proposals-noun = propostas
fed-decisions = Decisões
fed-decisions-noun = decisões
fed-decisions-none = Ainda não há decisões.
fed-decisions-none-of = Não há decisões de { $name }.
fed-loading = A carregar a federação…

## Uma assembleia

fed-this-assembly = Esta assembleia
fed-fingerprint = Impressão digital da chave
fed-fingerprint-unknown = desconhecida aqui
fed-pinned-since = Chave fixada desde
fed-last-import = Última importação
fed-received-bundles = Recebidos
fed-bundles = { $n ->
    [one] { $n } pacote
   *[other] { $n } pacotes
  }
fed-records-here = Registos aqui
fed-counts = { $wgs ->
    [one] { $wgs } grupo de trabalho
   *[other] { $wgs } grupos de trabalho
  } · { $meetings ->
    [one] { $meetings } assembleia
   *[other] { $meetings } assembleias
  } · { $proposals ->
    [one] { $proposals } proposta
   *[other] { $proposals } propostas
  } · { $decisions ->
    [one] { $decisions } decisão
   *[other] { $decisions } decisões
  }
fed-latest-decisions = Últimas decisões
fed-recent-decision = — { $outcome }, { $meeting }
fed-show-records = Mostrar os seus registos

## De onde vem um registo

fed-origin-from = De
fed-origin-unknown = uma assembleia desconhecida
fed-origin-ours = nosso
fed-origin-read-only = só leitura

## O que uma importação ou exportação contou

fed-counts-records = Registos
fed-counts-new = Novos
fed-counts-updated = Atualizados
fed-counts-unchanged = Sem alterações
fed-counts-refused = Recusados
fed-counts-deleted = Apagados
fed-counts-total = Total

## Palavras da federação

fed-key-new = Chave nova
fed-key-known = Chave conhecida
fed-key-mismatch = A chave não corresponde
fed-key-own = Diz ser esta assembleia
fed-scope-all = Toda a assembleia
fed-scope-meetings = { $n ->
    [one] Assembleia { $names }
   *[other] Assembleias { $names }
  }
fed-scope-chosen = { $n ->
    [one] { $n } assembleia escolhida
   *[other] { $n } assembleias escolhidas
  }
fed-scope-since = Tudo o que mudou desde { $date }
fed-size-bytes = { $n } bytes
fed-size-kb = { $n } KB
fed-size-mb = { $n } MB

## Grupos de trabalho e decisões de outras assembleias

fed-wgs-empty = Não há grupos de trabalho a mostrar.
fed-wg-shared = em { $n } assembleias
fed-wg-page = A sua página
fed-decided-at = decidido em { $meeting },

## Propostas de outras assembleias

fed-proposals-empty = Não há propostas a mostrar.
fed-proposal-wg = grupo de trabalho
fed-proposal-by = proposta por
fed-adopted-from = Adotada de
fed-adopted-from-unknown = uma proposta desconhecida aqui
fed-text-of = Texto de { $reference }
fed-adopted-as = Adotada aqui como
fed-adopted-as-unknown = a nossa proposta
fed-adopt = Adotar como proposta nossa
fed-adopting = A adotar…
fed-adopt-hint = cria um rascunho de proposta nossa com este título e texto, para submeter ao nosso processo

## Pacotes recebidos

fed-received-empty = Ainda não foi recebido nenhum pacote. Os pacotes que importarem são guardados aqui tal como chegaram, para os passar a outras assembleias.
fed-bundle-made = Feito
fed-bundle-imported = Importado aqui
fed-bundle-covers = Abrange
fed-bundle-size = Tamanho
fed-pass-on = Passar…
fed-pass-on-saving = A guardar…
fed-pass-on-label = Passar { $file } (de { $assembly })…
fed-pass-on-hint = guarda o ficheiro tal como chegou, para outra assembleia o importar
fed-pass-on-saved = Guardado como { $path } — o ficheiro original, ainda assinado por { $assembly }.
fed-undo = Anular esta importação…
fed-undo-label = Anular esta importação: { $file } (de { $assembly })…
fed-undo-question = Retirar o que este pacote trouxe e repor o que substituiu?
fed-undo-confirm = Anular a importação
fed-undoing = A anular…
fed-undo-keep = Mantê-la

## Exportar um pacote

fed-export-open = Exportar um pacote…
fed-export-what = O que exportar
fed-export-chosen = Assembleias escolhidas
fed-export-chosen-hint = com aquilo a que se referem (grupos de trabalho, pessoas, propostas, relatórios)
fed-export-no-meetings = Esta assembleia ainda não tem reuniões.
fed-export-loading-meetings = A carregar as assembleias…
fed-export-meetings = Assembleias a exportar
fed-export-since = Tudo o que mudou desde uma data
fed-export-since-label = Mudado em ou depois de (UTC)
fed-export-who = Quem o pode abrir
fed-export-seal = Selar para…
fed-export-seal-hint = só as assembleias que escolher o podem abrir (vai cifrado para elas)
fed-export-no-keys = Ainda não se conhece aqui a chave de nenhuma assembleia: a chave de uma assembleia fica conhecida quando um dos seus pacotes é importado.
fed-export-seal-for = Assembleias para quem o selar
fed-export-this-assembly = (esta assembleia)
fed-export = Exportar…
fed-exporting = A exportar…
fed-export-tick = Marque pelo menos uma assembleia.
fed-export-choose-date = Escolha uma data.
fed-export-choose-who = Escolha quem o pode abrir.
fed-export-next-sealed = A seguir escolhe onde o guardar; o ficheiro é assinado com a chave desta assembleia e depois selado.
fed-export-next = A seguir escolhe onde o guardar; o ficheiro é assinado com a chave desta assembleia.
fed-export-cancelled = Exportação cancelada; nada foi guardado.
fed-export-saved = Guardado
fed-export-sealed = Selado para { $names }: só elas o podem abrir.
fed-export-colon = :
fed-records = { $n ->
    [one] { $n } registo
   *[other] { $n } registos
  }
fed-export-deletions = , { $n ->
    [one] { $n } eliminação
   *[other] { $n } eliminações
  }
fed-export-minutes = , atas de { $n ->
    [one] { $n } assembleia
   *[other] { $n } assembleias
  }

## Pastas partilhadas

fed-folders-heading = Pastas partilhadas
fed-folders-hint = Com uma pasta sincronizada entre assembleias (Syncthing, uma unidade partilhada), os pacotes viajam sozinhos: o Plenary importa o que chega à caixa de entrada de assembleias cuja chave aprovaram, e escreve o que mudou aqui na caixa de saída depois de cada assembleia encerrada.
fed-folders-inbox = Pasta de entrada
fed-folders-outbox = Pasta de saída
fed-folders-save = Guardar as pastas
fed-folders-saved = Pastas guardadas. A entrada é vigiada enquanto o Plenary estiver aberto.
fed-folders-last-sync = Última verificação
fed-folders-not-yet = ainda não
fed-folders-last-outbox = Último pacote de saída
fed-folders-outbox-facts = ({ $records }, { $when })
fed-folders-none-yet = nenhum ainda
fed-folders-from-inbox = Importado da entrada
fed-folders-inbox-facts = { $files ->
    [one] { $files } ficheiro
   *[other] { $files } ficheiros
  }; { $relayed ->
    [one] { $relayed } pacote passado
   *[other] { $relayed } pacotes passados
  }
fed-folders-sync = Sincronizar agora
fed-folders-write = Escrever a saída agora
fed-folders-pending-heading = À espera da vossa aprovação
fed-folders-pending-hint = Estes pacotes vêm de assembleias cuja chave é nova aqui. Verifiquem a impressão digital com uma pessoa dessa assembleia (por telefone, pessoalmente) antes de aprovar: aprovar fixa a chave e importa os seus pacotes.
fed-folders-fingerprint = Impressão digital
fed-folders-approve = Aprovar
fed-folders-approve-whose = a chave de { $name }
fed-folders-left-alone-heading = Ficheiros deixados de lado
fed-folders-left-alone-hint = Nada destes foi importado. Cada um é tentado de novo quando o ficheiro muda.
fed-folders-imported = { $n ->
    [one] { $n } pacote importado
   *[other] { $n } pacotes importados
  }
fed-folders-pending = { $n ->
    [one] { $n } pacote à espera de aprovação
   *[other] { $n } pacotes à espera de aprovação
  }
fed-folders-left-alone = { $n ->
    [one] { $n } ficheiro deixado de lado
   *[other] { $n } ficheiros deixados de lado
  }
fed-folders-relayed = { $n ->
    [one] { $n } pacote passado
   *[other] { $n } pacotes passados
  }
fed-folders-separator = {", "}
fed-folders-synced = Entrada: { $inbox }. Saída: { $outbox }.
fed-folders-not-written = não escrita
fed-folders-written = Saída: { $note }.
fed-folders-approved = Chave aprovada. { $pass }.

## Importar um pacote

fed-import-open = Importar um pacote…
fed-import-choosing = Escolha o ficheiro do pacote na janela que se abriu…
fed-import-checking = A verificar { $file } ({ $size })…
fed-import-checking-badge = A verificar…
fed-import-checking-records = A verificar cada registo: um ensaio de toda a importação, que pode levar alguns segundos num histórico longo…
fed-import-checked-importable = Verificado: o pacote verifica e esta assembleia pode importá-lo.
fed-import-checked-not-here = Verificado: o pacote verifica, mas não pode ser importado aqui.
fed-import-checked-not-verified = O pacote não verifica: não pode ser importado.
fed-importing = A importar…
fed-import-from = Pacote de
fed-import-key-new = Esta assembleia é nova aqui.
fed-import-key-new-note = Importar fixará esta chave: a partir daí, só os pacotes assinados com ela serão aceites como sendo de { $code }. Antes de importar, verifiquem a impressão digital com eles por outra via (por telefone ou pessoalmente).
fed-import-key-unknown = Esta assembleia não é conhecida aqui.
fed-import-key-unknown-note = Este pacote não pode ser importado, por isso nenhuma chave é fixada.
fed-import-key-known = É a chave já fixada aqui para { $code }: o pacote foi assinado por eles.
fed-import-key-mismatch = { $code } é conhecida aqui com outra chave.
fed-import-key-mismatch-note = Este pacote não vem da chave fixada aqui, por isso é recusado.
fed-import-key-own = Este pacote diz ser esta assembleia.
fed-import-key-own-note = Os vossos próprios registos nunca são importados.
fed-import-pinned = Fixada aqui:
fed-import-sealed = Selado
fed-import-sealed-for = Para { $names };
fed-import-sealed-note = aberto com a chave desta assembleia. Mais ninguém o pôde ler pelo caminho.
fed-import-verifies = Verificação
fed-import-verified = Verificado
fed-import-verified-note = A assinatura, os hashes e todos os registos batem certo.
fed-import-not-verified = Não verifica
fed-import-importable = Importável aqui
fed-import-yes = Sim
fed-import-fits = A chave, o código e todas as referências servem nesta base de dados.
fed-import-would-refuse = { $n ->
    [one] { $n } registo seria recusado (lista abaixo).
   *[other] { $n } registos seriam recusados (lista abaixo).
  }
fed-import-not-here = Aqui não
fed-import-generator = por { $generator }
fed-import-file = Ficheiro
fed-import-problem = Este pacote não verifica:
fed-import-refusal = Este pacote verifica, mas esta base de dados recusá-lo-ia:
fed-import-does-not-verify = Este pacote não verifica.
fed-import-already = Este mesmo ficheiro foi importado em { $when }; importá-lo de novo não muda nada.
fed-import-would-change = O que a importação mudaria
fed-import-refused-heading = Registos recusados, e porquê
fed-import-refusals-more = e mais { $n } não listados
fed-import-holds = O que o pacote contém
fed-import-number = Número
fed-import-deletions = eliminações
fed-import-confirm = Importar de { $code }
fed-imported-from = Importado de
fed-import-nothing = Nada mudou.
fed-import-nothing-before = Nada mudou: este ficheiro já foi importado, em { $when }.
fed-import-did = O que a importação fez
fed-import-refused = { $n ->
    [one] { $n } registo recusado: a pré-visualização dizia porquê.
   *[other] { $n } registos recusados: a pré-visualização dizia porquê.
  }
fed-import-undo-note = Para anular esta importação por inteiro, usem «Anular esta importação…» no pacote, em Pacotes recebidos.
fed-import-done = Concluído

## Homónimos e quem trabalha em quê

fed-namesakes-wg = Noutras assembleias
fed-namesakes-proposal = Propostas semelhantes noutros lados, e o que foi feito delas
fed-namesakes-wg-none = Nenhum grupo de trabalho de outra assembleia conhecido aqui trabalha nas mesmas coisas.
fed-namesakes-proposal-none = Não se conhece aqui nenhuma proposta semelhante de outra assembleia.
fed-namesakes-error = Não foi possível procurá-los: { $error }
fed-namesakes-looking = A procurar…
fed-namesakes-order = Os mais parecidos primeiro, pelas palavras dos seus nomes e textos.
fed-namesakes-decided = decidida: { $outcome }
fed-who-heading = Quem trabalha em quê
fed-who-hint = Cada grupo de trabalho ao lado dos grupos de outras assembleias mais parecidos com ele, pelas palavras dos seus nomes e descrições.
fed-who-wg = Grupo de trabalho
fed-who-works-on = Trabalha em
fed-who-counterparts = Equivalentes noutros lados
fed-who-ours = (nosso)
fed-who-none-known = nenhum conhecido

fed-drop-hint = Larguem o pacote para ver o que faria a sua importação
fed-drop-hint-meeting = Há uma assembleia em curso: um pacote largado aqui não é aberto. Importem-no a partir do ecrã Federação.
fed-drop-refused-meeting = { $file } não foi aberto: há uma assembleia em curso. Importem-no a partir do ecrã Federação.
fed-drop-refused-several = Foram largados vários ficheiros: larguem um só pacote de cada vez. Nada foi lido.
fed-drop-refused-not-bundle = { $file } não é um pacote do Plenary (um ficheiro .plenary). Nada foi lido.
fed-drop-refused-busy = { $file } não foi aberto: terminem primeiro a importação em curso.
fed-drop-opening = A abrir { $file }, o pacote largado…
fed-drop-dismiss = Fechar
