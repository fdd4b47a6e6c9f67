# A moldura da aplicação, o painel, os grupos de trabalho, a configuração inicial, o
# dispositivo da equipa e os componentes partilhados (português europeu).

## A moldura

app-load-failed = Não foi possível carregar este ecrã: { $error }
app-nav-label = Principal
app-nav-proposals = Propostas
app-nav-federation = Federação
app-nav-people = Pessoas
app-not-found-heading = Nada aqui
app-not-found = Não há nenhuma página em { $path }.
app-not-found-back = Voltar ao painel
app-breadcrumb = Percurso
app-crumb-dashboard = ← Painel
app-crumb-all-wgs = Todos os grupos de trabalho

## Palavras para os códigos do núcleo

label-wg-category-operational = Operacional
label-wg-category-sectorial = Setorial
label-wg-category-strategy = Estratégia
label-wg-category-caucus = Grupo próprio
label-wg-category-hint-operational = manter tudo a funcionar
label-wg-category-hint-sectorial = setores da vida social
label-wg-category-hint-strategy = visão e planeamento
label-wg-category-hint-caucus = grupos por identidade
label-wg-status-forming = Em formação
label-wg-status-active = Ativo
label-wg-status-dormant = Inativo
label-wg-status-dissolved = Dissolvido
label-meeting-status-planned = Prevista
label-meeting-status-open = Aberta
label-meeting-status-closed = Encerrada
label-policy-progressive = Inscrições progressivas
label-policy-fifo = Por ordem de inscrição
label-format-general-assembly = Assembleia geral
label-format-spokes-council = Conselho de porta-vozes
label-rule-consensus = Consenso (um bloqueio trava a proposta)
label-rule-modified-90 = Consenso modificado, 90 % (Nova Iorque, Boston)
label-rule-modified-80 = Consenso modificado, 80 % (Seattle)
label-rule-modified-70 = Consenso modificado, 70 % (Berkeley)
label-rule-two-thirds = Maioria de dois terços
label-rule-three-quarters = Maioria de três quartos
label-rule-majority = Maioria simples (mais de metade)

## O painel

dashboard-loading = A carregar…
dashboard-assembly-code = Código da assembleia
dashboard-federation-link = Trocar pacotes com outras assembleias →
dashboard-wgs-heading = Grupos de trabalho ativos
dashboard-wg-count = { $active } de { $total }
dashboard-all-wgs = Todos os grupos de trabalho →
dashboard-wgs-recent = Os { $shown } grupos com atividade mais recente, o mais recente primeiro.
dashboard-meetings-heading = Assembleias gerais
dashboard-all-meetings = Todas as assembleias →
dashboard-loading-assembly = A carregar a assembleia…
dashboard-upcoming = Próximas
dashboard-upcoming-empty = Nenhuma assembleia prevista. Convoque uma acima.
dashboard-recent = Recentes
dashboard-recent-empty = Ainda não há assembleias passadas.
dashboard-attendance = { $attendance } presentes
dashboard-attendance-none = presenças não registadas
dashboard-category-hint = — { $hint } ({ $n })
dashboard-category-empty = { $category ->
    [operational] Ainda não há grupos de trabalho operacionais.
    [sectorial] Ainda não há grupos de trabalho setoriais.
    [strategy] Ainda não há grupos de trabalho de estratégia.
   *[caucus] Ainda não há grupos próprios.
  }

## Uma assembleia nova

new-meeting-open = Nova assembleia
new-meeting-hide = Esconder o formulário de nova assembleia
new-meeting-form = Nova assembleia
new-meeting-date = Data
new-meeting-starts = Começa às
new-meeting-stack = Inscrições
new-meeting-format = Formato
new-meeting-place = Local
new-meeting-place-example = p. ex. Rossio
new-meeting-submit = Convocar a assembleia
new-meeting-done = Convocada { $reference }.

## Um grupo de trabalho novo

new-wg-open = Novo grupo de trabalho
new-wg-hide = Esconder o formulário de novo grupo de trabalho
new-wg-form = Novo grupo de trabalho
new-wg-name = Nome
new-wg-category = Categoria
new-wg-status = Estado
new-wg-description = Descrição
new-wg-ctrl-enter = Ctrl+Enter acrescenta o grupo de trabalho.
new-wg-contact = Contacto
new-wg-contact-example = e-mail, telefone, onde nos encontrar
new-wg-schedule = Horário
new-wg-schedule-example = p. ex. terças 18:00, tenda de informação
new-wg-submit = Acrescentar o grupo de trabalho
new-wg-done = Grupo de trabalho «{ $name }» acrescentado.

## Um grupo de trabalho

wg-contact = Contacto
wg-meets = Reúne-se
wg-status-since = { $status ->
    [forming] Em formação desde
    [active] Ativo desde
    [dormant] Inativo desde
   *[dissolved] Dissolvido desde
  }
wg-change-status = Mudar o estado
wg-change-status-of = Mudar o estado de { $name }
wg-history = Histórico
wg-history-of = Histórico de estados de { $name }
wg-status-form = Mudar o estado de { $name }
wg-new-status = Novo estado
wg-choose = Escolher…
wg-note = Nota
wg-optional = (opcional)
wg-since = Desde
wg-since-hint = (vazio: hoje)
wg-confirm = Confirmar
wg-cancel = Cancelar
wg-history-heading = Histórico de estados
wg-history-empty = Nenhuma mudança registada.
wg-kind = Tipo
wg-report-backs = Relatórios
wg-report-backs-none = Não está registado nenhum relatório deste grupo.
wg-report-backs-noun = relatórios
wg-given-by = — apresentado por { $name }
wg-asks = Pede:
wg-proposals = Propostas
wg-proposals-none = Este grupo não trouxe nenhuma proposta.
wg-history-latest = As últimas { $shown } de { $total } mudanças.
wg-loading = A carregar o grupo de trabalho…

## Todas as assembleias, todos os grupos de trabalho

all-meetings-heading = Todas as assembleias
all-meetings-count = { $n ->
    [one] { $n } assembleia
   *[other] { $n } assembleias
  }
all-meetings-count-match = { $n ->
    [one] { $n } assembleia corresponde
   *[other] { $n } assembleias correspondem
  }
all-meetings-filter = Filtrar as assembleias
all-filter-status = Estado
all-filter-any-status = Qualquer estado
all-filter-year = Ano
all-filter-any-year = Qualquer ano
all-meetings-empty = Nenhuma assembleia corresponde.
all-meetings-list = Assembleias
all-meetings-noun = assembleias
all-wgs-heading = Todos os grupos de trabalho
all-wgs-count = { $n ->
    [one] { $n } grupo de trabalho
   *[other] { $n } grupos de trabalho
  }
all-wgs-count-match = { $n ->
    [one] { $n } grupo de trabalho corresponde
   *[other] { $n } grupos de trabalho correspondem
  }
all-wgs-filter = Filtrar os grupos de trabalho
all-wgs-empty = Nenhum grupo de trabalho corresponde.
all-wgs-list = Grupos de trabalho
all-wgs-noun = grupos de trabalho

## Páginas de uma lista

pager-label = Páginas de { $noun }
pager-previous = ← Anteriores
pager-next = Seguintes
pager-next-arrow = →
pager-status = { $from }–{ $to } de { $total } { $noun }

## A configuração inicial

setup-welcome = Bem-vindo ao Plenary
setup-lead = Este computador ainda não tem nenhuma assembleia. Diga ao Plenary de que assembleia guarda o registo; depois pode acrescentar grupos de trabalho e convocar assembleias gerais.
setup-heading = A vossa assembleia
setup-name = Nome da assembleia
setup-name-example = p. ex. Assembleia Popular do Rossio
setup-code = Código curto
setup-code-hint = De 2 a 8 letras ou algarismos. Começa todas as referências: { $examples }.
setup-rule = Regra de decisão habitual
setup-rule-hint = A assembleia pode ainda decidir uma proposta com outra regra.
setup-submit = Criar a assembleia
setup-demo-heading = Ou explore primeiro
setup-demo-text = Abra a assembleia de demonstração (a Riverside General Assembly, com grupos de trabalho, assembleias passadas, propostas e atas) nesta base de dados para experimentar o Plenary. Para guardar mais tarde o vosso próprio registo, inicie o Plenary com uma base de dados nova.
setup-demo = Abrir a assembleia de demonstração
setup-storage = O Plenary guarda o registo deste computador em { $path }.

## Sobre o Plenary

about-open = Sobre o Plenary
about-title = Sobre o Plenary
about-version = Versão { $version }
about-where = Onde esta instalação guarda o seu registo
about-database = O registo (base de dados)
about-key = A chave de assinatura da assembleia
about-backups = Cópias de segurança feitas antes das importações
about-usual-place = É o local habitual deste computador para os dados do Plenary.
about-chosen-place = Escolhido ao iniciar o Plenary (PLENARY_DB ou --db).
about-keep-together = Guarde juntas uma cópia da base de dados e da chave: a chave assina os pacotes da vossa assembleia.
about-in-memory = Esta sessão guarda o seu registo apenas em memória.
about-close = Fechar

## Pesquisa

palette-open = Pesquisar (Ctrl+K)
palette-title = Pesquisar em todas as assembleias
palette-input = Pesquisar grupos de trabalho, relatórios, propostas, decisões e atas
palette-placeholder = Palavras a procurar, p. ex. cozinha fogão
palette-results = Resultados
palette-none = Nenhum resultado.
palette-count = { $n ->
    [one] { $n } resultado.
   *[other] { $n } resultados.
  }
palette-count-more = Mais de { $n } resultados.
palette-kind-wg = Grupo de trabalho
palette-kind-report-back = Relatório
palette-kind-proposal = Proposta
palette-kind-decision = Decisão
palette-kind-minutes = Ata
palette-ours = { $name } (a nossa)
palette-more = Mostrar mais resultados
palette-keys = ↓ ↑ escolhem, Enter abre, Esc fecha.

## O nome de uma pessoa com sugestões

person-known = Pessoas conhecidas

## O dispositivo da equipa

team-pair-heading = Entrar na sala como equipa de facilitação
team-pair-help = Escreva o código de emparelhamento de seis algarismos mostrado no portátil anfitrião (no painel da sala da assembleia). Cada código serve uma vez, durante cinco minutos, e dá a este dispositivo o seu papel: inscrições ou ata.
team-pair = Emparelhar este dispositivo
team-code = Código de emparelhamento
team-unpaired = Este dispositivo já não está emparelhado: { $reason }
team-paired = { $role ->
    [stack-keeper] Emparelhado para as inscrições: todas as mudanças são feitas no portátil anfitrião.
    [minute-taker] Emparelhado para a ata: todas as mudanças são feitas no portátil anfitrião.
   *[other] Emparelhado como { $role }: todas as mudanças são feitas no portátil anfitrião.
  }
team-paired-of = { $role ->
    [stack-keeper] Emparelhado para as inscrições de { $reference }: todas as mudanças são feitas no portátil anfitrião.
    [minute-taker] Emparelhado para a ata de { $reference }: todas as mudanças são feitas no portátil anfitrião.
   *[other] Emparelhado como { $role } de { $reference }: todas as mudanças são feitas no portátil anfitrião.
  }
team-meeting = A assembleia
team-no-item = Nenhum ponto está em curso: os seus registos e notas abrem-se quando a facilitação o começar.

## O ecrã de desbloqueio

upgrade-heading = A atualizar os registos
upgrade-lead = O Plenary foi atualizado: os registos da assembleia neste computador estão a ser atualizados para a nova versão. Acontece uma só vez e pode levar um minuto num histórico longo.
upgrade-note = Nada se perde se o computador parar entretanto: a atualização termina da próxima vez que o Plenary abrir.
unlock-heading = Este registo está bloqueado
unlock-lead = O registo da assembleia neste computador está cifrado. Escreva a sua frase-passe para o abrir.
unlock-passphrase = A frase-passe do registo
unlock-submit = Desbloquear
unlock-protects = O que a frase-passe protege
unlock-wrong = Essa frase-passe não abre este registo. Verifique-a (maiúsculas, espaços) e tente de novo.
