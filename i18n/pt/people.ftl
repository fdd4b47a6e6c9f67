# As pessoas da assembleia (ui/src/views/people/PeopleView.svelte).

people-heading = Pessoas
people-hint = Todas as pessoas que o registo da assembleia nomeia. Corrija um nome mal escrito; junte dois nomes que são a mesma pessoa. Todo o registo acompanha.
people-search = Procurar
people-loading = A carregar…
people-none-yet = Ainda não há ninguém no registo.
people-none-found = Ninguém com esse nome.
people-col-name = Nome
people-col-meetings = Assembleias
people-col-records = Registos
people-col-actions = Ações
people-rename = Mudar o nome
people-rename-label = Mudar o nome de { $name }
people-new-name = Novo nome para { $name }
people-save = Guardar
people-cancel = Cancelar
people-renamed = { $before } passa a ser { $after }.
people-merge-open = Juntar…
people-merge-label = Juntar { $name } a outra pessoa
people-merge-heading = Juntar { $name }
people-merge-explain = Todos os registos que nomeiam { $name } passam a nomear a pessoa escolhida aqui, e { $name } é removido. Isto não pode ser desfeito aqui.
people-merge-find = Procurar o nome
people-merge-into = Com
people-merge-choose = Escolha uma pessoa
people-merge = Juntar
people-merged = { $from } foi junto a { $into }: todos os registos nomeiam { $into }.
people-forget-open = Esquecer…
people-forget-label = Esquecer { $name } a pedido
people-forget-heading = Esquecer { $name }
people-forget-explain = Para quem pediu para ser esquecido. O nome é substituído por um marcador como «Participante 3» em todo o registo desta assembleia: nomes, textos livres, o registo das intervenções e o diário. As cópias de segurança automáticas são apagadas. O próximo pacote leva a mudança às assembleias que receberam o nome.
people-forget-not-reached = Não abrange: cópias feitas à mão (cópias de segurança, pacotes e atas exportados) e os registos próprios de outras assembleias. Isto não pode ser desfeito.
people-forget = Esquecer esta pessoa
people-forgotten = O nome foi esquecido: o registo diz agora { $placeholder } ({ $records } registos; { $backups } apagadas). O próximo pacote leva a mudança.
people-backups = { $n ->
    [one] 1 cópia de segurança automática
   *[other] { $n } cópias de segurança automáticas
  }
people-pager-noun = pessoas
