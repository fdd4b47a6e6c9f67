# Le cadre de l’application, le tableau de bord, les commissions, la mise en route,
# l’appareil de l’équipe et les composants partagés. Espace insécable avant : ; ? !

## Le cadre

app-load-failed = Impossible de charger cet écran : { $error }
app-nav-label = Principale
app-nav-proposals = Propositions
app-nav-federation = Fédération
app-nav-people = Personnes
app-not-found-heading = Rien ici
app-not-found = Il n’y a pas de page à l’adresse { $path }.
app-not-found-back = Retour au tableau de bord
app-breadcrumb = Fil d’Ariane
app-crumb-dashboard = ← Tableau de bord
app-crumb-all-wgs = Toutes les commissions

## Les mots des codes du cœur

label-wg-category-operational = Logistique
label-wg-category-sectorial = Thématique
label-wg-category-strategy = Stratégie
label-wg-category-caucus = Groupe non mixte
label-wg-category-hint-operational = faire tourner le lieu
label-wg-category-hint-sectorial = les domaines de la vie sociale
label-wg-category-hint-strategy = vision et organisation
label-wg-category-hint-caucus = groupes selon l’identité
label-wg-status-forming = En formation
label-wg-status-active = Active
label-wg-status-dormant = En sommeil
label-wg-status-dissolved = Dissoute
label-meeting-status-planned = Prévue
label-meeting-status-open = Ouverte
label-meeting-status-closed = Close
label-policy-progressive = Tour de parole progressif
label-policy-fifo = Par ordre d’inscription
label-format-general-assembly = Assemblée générale
label-format-spokes-council = Conseil des porte-parole
label-rule-consensus = Consensus (un blocage arrête la proposition)
label-rule-modified-90 = Consensus modifié, 90 % (New York, Boston)
label-rule-modified-80 = Consensus modifié, 80 % (Seattle)
label-rule-modified-70 = Consensus modifié, 70 % (Berkeley)
label-rule-two-thirds = Majorité des deux tiers
label-rule-three-quarters = Majorité des trois quarts
label-rule-majority = Majorité simple (plus de la moitié)

## Le tableau de bord

dashboard-loading = Chargement…
dashboard-assembly-code = Code de l’assemblée
dashboard-federation-link = Échanger des paquets avec d’autres assemblées →
dashboard-wgs-heading = Commissions actives
dashboard-wg-count = { $active } sur { $total }
dashboard-all-wgs = Toutes les commissions →
dashboard-wgs-recent = Les { $shown } commissions actives le plus récemment, la plus récente d’abord.
dashboard-meetings-heading = Assemblées générales
dashboard-all-meetings = Toutes les AG →
dashboard-loading-assembly = Chargement de l’assemblée…
dashboard-upcoming = À venir
dashboard-upcoming-empty = Aucune AG prévue. Prévoyez-en une ci-dessus.
dashboard-recent = Récentes
dashboard-recent-empty = Pas encore d’AG passée.
dashboard-attendance = { $attendance } présents
dashboard-attendance-none = présence non notée
dashboard-category-hint = — { $hint } ({ $n })
dashboard-category-empty = { $category ->
    [operational] Pas encore de commission logistique.
    [sectorial] Pas encore de commission thématique.
    [strategy] Pas encore de commission stratégie.
   *[caucus] Pas encore de groupe non mixte.
  }

## Une nouvelle AG

new-meeting-open = Nouvelle AG
new-meeting-hide = Masquer le formulaire de nouvelle AG
new-meeting-form = Nouvelle AG
new-meeting-date = Date
new-meeting-starts = Début à
new-meeting-stack = Tour de parole
new-meeting-format = Format
new-meeting-place = Lieu
new-meeting-place-example = p. ex. place de la République
new-meeting-submit = Prévoir l’AG
new-meeting-done = { $reference } prévue.

## Une nouvelle commission

new-wg-open = Nouvelle commission
new-wg-hide = Masquer le formulaire de nouvelle commission
new-wg-form = Nouvelle commission
new-wg-name = Nom
new-wg-category = Catégorie
new-wg-status = État
new-wg-description = Description
new-wg-ctrl-enter = Ctrl+Entrée ajoute la commission.
new-wg-contact = Contact
new-wg-contact-example = courriel, téléphone, où nous trouver
new-wg-schedule = Horaires
new-wg-schedule-example = p. ex. mardi 18 h, stand d’accueil
new-wg-submit = Ajouter la commission
new-wg-done = Commission « { $name } » ajoutée.

## Une commission

wg-contact = Contact
wg-meets = Se réunit
wg-status-since = { $status ->
    [forming] En formation depuis le
    [active] Active depuis le
    [dormant] En sommeil depuis le
   *[dissolved] Dissoute depuis le
  }
wg-change-status = Changer l’état
wg-change-status-of = Changer l’état de { $name }
wg-history = Historique
wg-history-of = Historique des états de { $name }
wg-status-form = Changer l’état de { $name }
wg-new-status = Nouvel état
wg-choose = Choisir…
wg-note = Note
wg-optional = (facultatif)
wg-since = Depuis le
wg-since-hint = (vide : aujourd’hui)
wg-confirm = Confirmer
wg-cancel = Annuler
wg-history-heading = Historique des états
wg-history-empty = Aucun changement noté.
wg-kind = Type
wg-report-backs = Comptes rendus de commission
wg-report-backs-none = Aucun compte rendu de cette commission n’est noté.
wg-report-backs-noun = comptes rendus
wg-given-by = — présenté par { $name }
wg-asks = Demande :
wg-proposals = Propositions
wg-proposals-none = Cette commission n’a apporté aucune proposition.
wg-history-latest = Les { $shown } derniers changements sur { $total }.
wg-loading = Chargement de la commission…

## Toutes les AG, toutes les commissions

all-meetings-heading = Toutes les AG
all-meetings-count = { $n ->
    [one] { $n } AG
   *[other] { $n } AG
  }
all-meetings-count-match = { $n ->
    [one] { $n } AG correspond
   *[other] { $n } AG correspondent
  }
all-meetings-filter = Filtrer les AG
all-filter-status = État
all-filter-any-status = Tout état
all-filter-year = Année
all-filter-any-year = Toute année
all-meetings-empty = Aucune AG ne correspond.
all-meetings-list = AG
all-meetings-noun = AG
all-wgs-heading = Toutes les commissions
all-wgs-count = { $n ->
    [one] { $n } commission
   *[other] { $n } commissions
  }
all-wgs-count-match = { $n ->
    [one] { $n } commission correspond
   *[other] { $n } commissions correspondent
  }
all-wgs-filter = Filtrer les commissions
all-wgs-empty = Aucune commission ne correspond.
all-wgs-list = Commissions
all-wgs-noun = commissions

## Les pages d’une liste

pager-label = Pages des { $noun }
pager-previous = ← Précédentes
pager-next = Suivantes
pager-next-arrow = →
pager-status = { $from }–{ $to } sur { $total } { $noun }

## La mise en route

setup-welcome = Bienvenue dans Plenary
setup-lead = Cet ordinateur n’a pas encore d’assemblée. Dites à Plenary de quelle assemblée il tient le registre ; vous pourrez ensuite ajouter des commissions et prévoir des assemblées générales.
setup-heading = Votre assemblée
setup-name = Nom de l’assemblée
setup-name-example = p. ex. AG de Nuit Debout République
setup-code = Code court
setup-code-hint = De 2 à 8 lettres ou chiffres. Il commence chaque référence : { $examples }.
setup-rule = Règle de décision habituelle
setup-rule-hint = L’AG peut toujours décider une proposition selon une autre règle.
setup-submit = Créer l’assemblée
setup-demo-heading = Ou faites d’abord un tour
setup-demo-text = Ouvrez l’assemblée de démonstration (la Riverside General Assembly, avec des commissions, des AG passées, des propositions et des comptes rendus) dans cette base de données pour essayer Plenary. Pour tenir plus tard votre propre registre, lancez Plenary sur une nouvelle base de données.
setup-demo = Ouvrir l’assemblée de démonstration
setup-storage = Plenary garde le registre de cet ordinateur dans { $path }.

## À propos de Plenary

about-open = À propos de Plenary
about-title = À propos de Plenary
about-version = Version { $version }
about-where = Où cette installation garde son registre
about-database = Le registre (base de données)
about-key = La clé de signature de l’assemblée
about-backups = Sauvegardes faites avant les imports
about-usual-place = C’est l’emplacement habituel des données de Plenary sur cet ordinateur.
about-chosen-place = Choisi au lancement de Plenary (PLENARY_DB ou --db).
about-keep-together = Gardez ensemble une copie de la base de données et de la clé : la clé signe les paquets de votre assemblée.
about-in-memory = Cette session ne garde son registre qu’en mémoire.
about-close = Fermer

## Recherche

palette-open = Rechercher (Ctrl+K)
palette-title = Rechercher dans toutes les assemblées
palette-input = Rechercher commissions, comptes rendus de commission, propositions, décisions et comptes rendus d’AG
palette-placeholder = Mots à trouver, p. ex. cuisine réchaud
palette-results = Résultats
palette-none = Aucun résultat.
palette-count = { $n ->
    [one] { $n } résultat.
   *[other] { $n } résultats.
  }
palette-count-more = Plus de { $n } résultats.
palette-kind-wg = Commission
palette-kind-report-back = Compte rendu de commission
palette-kind-proposal = Proposition
palette-kind-decision = Décision
palette-kind-minutes = Compte rendu
palette-ours = { $name } (la nôtre)
palette-more = Afficher plus de résultats
palette-keys = ↓ ↑ choisir, Entrée ouvre, Échap ferme.

## Le nom d’une personne avec suggestions

person-known = Personnes connues

## L’appareil de l’équipe

team-pair-heading = Rejoindre la salle comme équipe de modération
team-pair-help = Tapez le code d’appairage à six chiffres affiché sur l’ordinateur hôte (dans le panneau de la salle de l’AG). Chaque code sert une fois, pendant cinq minutes, et donne à cet appareil son rôle : tour de parole ou prise de notes.
team-pair = Appairer cet appareil
team-code = Code d’appairage
team-unpaired = Cet appareil n’est plus appairé : { $reason }
team-paired = { $role ->
    [stack-keeper] Appairé pour tenir le tour de parole : chaque changement se fait sur l’ordinateur hôte.
    [minute-taker] Appairé pour la prise de notes : chaque changement se fait sur l’ordinateur hôte.
   *[other] Appairé comme { $role } : chaque changement se fait sur l’ordinateur hôte.
  }
team-paired-of = { $role ->
    [stack-keeper] Appairé pour tenir le tour de parole de { $reference } : chaque changement se fait sur l’ordinateur hôte.
    [minute-taker] Appairé pour la prise de notes de { $reference } : chaque changement se fait sur l’ordinateur hôte.
   *[other] Appairé comme { $role } de { $reference } : chaque changement se fait sur l’ordinateur hôte.
  }
team-meeting = L’AG
team-no-item = Aucun point n’est en cours : ses éléments et notes s’ouvrent quand la modération l’aborde.

## L’écran de déverrouillage

upgrade-heading = Mise à jour des registres
upgrade-lead = Plenary a été mis à jour : les registres de l’assemblée sur cet ordinateur sont mis à jour pour la nouvelle version. Cela n’arrive qu’une fois, et peut prendre une minute pour un long historique.
upgrade-note = Rien n’est perdu si l’ordinateur s’arrête entre-temps : la mise à jour s’achève au prochain démarrage de Plenary.
unlock-heading = Ce registre est verrouillé
unlock-lead = Le registre de l’assemblée sur cet ordinateur est chiffré. Tapez sa phrase secrète pour l’ouvrir.
unlock-passphrase = La phrase secrète du registre
unlock-submit = Déverrouiller
unlock-protects = Ce que protège la phrase secrète
unlock-wrong = Cette phrase secrète n’ouvre pas ce registre. Vérifiez-la (majuscules, espaces) et réessayez.
