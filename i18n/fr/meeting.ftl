# Les mots du mode AG (ui/src/views/meeting).

## Les codes en mots

meeting-kind-process = Processus
meeting-kind-report-back = Retour de commission
meeting-kind-proposal = Proposition
meeting-kind-discussion = Discussion
meeting-kind-announcement = Annonces
meeting-kind-soapbox = Parole libre
meeting-kind-other = Autre
meeting-item-pending = À venir
meeting-item-active = En cours
meeting-item-done = Traité
meeting-item-tabled = Reporté
meeting-status-planned = Prévue
meeting-status-open = Ouverte
meeting-status-closed = Close
meeting-duration-min = { $min } min
meeting-duration-h = { $h } h
meeting-duration-h-min = { $h } h { $min } min
meeting-item-name = { $reference } « { $title } »

## La vue de l’AG

meeting-breadcrumb = Fil d’Ariane
meeting-back = ← Accueil
meeting-stack-link = Tour de parole →
meeting-minutes-link = Compte rendu →
meeting-open-projector = Ouvrir le projecteur
meeting-with-equity = avec la répartition du temps de parole
meeting-not-available = AG indisponible
meeting-loading = Chargement de l’AG…
meeting-spokes-council = Conseil de porte-parole
meeting-correcting = Cette AG est close : les changements sont gardés comme corrections et listés dans le compte rendu.
meeting-read-only = Le registre de cette AG peut être lu mais plus modifié :
meeting-corrected = Corrigé après l’AG
meeting-none = (rien)
meeting-mode = Mode AG
meeting-now = Maintenant
meeting-finish-item = Terminer { $reference }
meeting-take-up-next = Passer au suivant : { $reference }
meeting-take-up-next-label = Passer au suivant : { $item }
meeting-stack-panel = Tour de parole
meeting-process-panel = Processus de consensus
meeting-coming-up = Ensuite
meeting-nothing-left = Plus rien à l’ordre du jour après ce point.
meeting-report-back-notes-of = Le retour, les notes et les tâches de { $reference } :
meeting-notes-of = Les notes et les tâches de { $reference } :
meeting-in-agenda-item = dans son point de l’ordre du jour, plus bas
meeting-roles-aside = Rôles
meeting-prepared = Ordre du jour préparé : { $n } points, prévu { $planned }.

## L’en-tête

meeting-planned = Prévu : { $time }
meeting-opened-at-time = Ouverte à { $time }
meeting-closed-at-time = Close à { $time }
meeting-open-at = À
meeting-open-at-note = (HH:MM, pour une mise au propre)
meeting-open-at-now = maintenant
meeting-open = Ouvrir l’AG
meeting-close-ask = Clore l’AG…
meeting-close-question = Clore { $reference } ? Son ordre du jour ne change plus ; son registre peut encore être corrigé (chaque correction figure au compte rendu) jusqu’à l’approbation du compte rendu.
meeting-closed-at = Close à
meeting-closed-at-note = (HH:MM, pour une mise au propre ; vide : maintenant)
meeting-close = Clore l’AG
meeting-keep-open = La laisser ouverte
meeting-start-form = Heure de début prévue
meeting-starts-at = Commence à
meeting-set = Fixer
meeting-start-cleared = Heure de début effacée.
meeting-start-saved = Heure de début enregistrée : { $time }.
meeting-opened-at = Ouverte à
meeting-opened-form = Heure d’ouverture de l’AG
meeting-closed-form = Heure de clôture de l’AG
meeting-time-saved-opened = Ouverte à { $time }.
meeting-time-saved-closed = Close à { $time }.
meeting-time-saved-opened-correction = Ouverte à { $time } (gardé comme correction).
meeting-time-saved-closed-correction = Close à { $time } (gardé comme correction).

## L’horaire

meeting-starts = Commence à { $time }
meeting-planned-end = fin prévue { $time }
meeting-next-day = (le lendemain)
meeting-no-start = Pas d’heure de début : fixez-en une pour voir la fin prévue
meeting-pace = À ce rythme, fin à { $time }
meeting-pace-late = — { $n } min après la fin prévue
meeting-pace-on-time = — dans les temps

## Le chronomètre du point

meeting-under-way = En cours
meeting-item-time = Temps sur ce point
meeting-timer-of = sur { $time }
meeting-timer-s = { $s } s
meeting-timer-over = { $time } de dépassement
meeting-timer-left = encore { $time }
meeting-timer-item-over = { $name } a dépassé son temps.

## L’ordre du jour

meeting-agenda = Ordre du jour
meeting-agenda-count = { $n ->
    [one] { $n } point
   *[other] { $n } points
  }
meeting-agenda-keys = Alt+↑ et Alt+↓ déplacent le point actif ; on peut aussi faire glisser les points.
meeting-agenda-empty = L’ordre du jour est vide.
meeting-agenda-empty-prepare = Préparez-le à partir de l’ordre habituel, ou ajoutez les points un par un plus bas.
meeting-no-item-under-way = Aucun point en cours. « Aborder » en ouvre un.
meeting-moved = « { $title } » est maintenant le point { $position } sur { $count }.
meeting-removed = « { $title } » retiré.
meeting-step-start = { $item } est en cours.
meeting-step-finish = { $item } est traité.
meeting-step-table = { $item } est reporté.
meeting-table-form = Reporter { $reference }
meeting-table-why = Pourquoi { $item } est-il reporté ?
meeting-table-why-note = Sa proposition est reportée avec lui ; le compte rendu donne le motif.
meeting-table = Reporter
meeting-keep-it = Le garder
meeting-no-time-set = pas de durée fixée
meeting-process-link = Processus de consensus →
meeting-process-link-label = Processus de consensus de { $item }
meeting-proposal-page = Page de la proposition
meeting-item-stack-label = Tour de parole de { $item }
meeting-take-up = Aborder
meeting-take-up-label = Aborder { $item }
meeting-finish = Terminer
meeting-finish-label = Terminer { $item }
meeting-table-label = Reporter { $item }
meeting-move-up = Monter { $item }
meeting-move-down = Descendre { $item }
meeting-remove = Retirer
meeting-remove-label = Retirer { $item }
meeting-remove-question = Retirer « { $title } » de l’ordre du jour ?
meeting-keep = Garder
meeting-started-time = Commencé à { $time }
meeting-ended-time = · terminé à { $time }
meeting-notes-heading = Notes de la personne qui prend le compte rendu
meeting-nothing-recorded = Rien de noté pour ce point.
meeting-item-corrections = Corrections de { $reference }
meeting-started-at = Commencé à
meeting-ended-at = Terminé à
meeting-take-up-at = Aborder à cette heure
meeting-finish-at = Terminer à cette heure
meeting-started-form = Heure de début de { $reference }
meeting-ended-form = Heure de fin de { $reference }

meeting-save = Enregistrer
meeting-optional = (facultatif)

## Rôles

meeting-roles = Rôles
meeting-roles-none = Personne n’a encore de rôle.
meeting-role-from = (depuis { $time })
meeting-role-until = (jusqu’à { $time })
meeting-role-remove-label = Retirer { $name } du rôle { $role }
meeting-role-form = Donner un rôle à une personne
meeting-role = Rôle
meeting-role-own = (ou n’importe quel rôle à vous)
meeting-role-name = Nom
meeting-role-from-label = Depuis
meeting-role-from-hint = (HH:MM, arrivée en cours de route)
meeting-role-until-label = Jusqu’à
meeting-role-until-hint = (HH:MM, départ en cours de route)
meeting-role-add = Donner le rôle

## La salle

meeting-room = La salle
meeting-room-intro = Servir cette AG sur le réseau local : les téléphones la suivent et lèvent la main, un second ordinateur s’appaire pour tenir le tour de parole ou le compte rendu.
meeting-room-open = Ouvrir la salle
meeting-room-elsewhere = La salle est ouverte sur une autre AG.
meeting-room-close = Fermer la salle
meeting-room-participants-open = Les participant·es ouvrent
meeting-room-qr = Code QR de l’adresse de la salle, { $url }
meeting-room-codes = Codes d’appairage
meeting-room-codes-note = (chacun sert une fois, pendant 5 minutes)
meeting-room-team-open = Sur l’appareil de l’équipe, ouvrez
meeting-room-team-type = et tapez le code.
meeting-room-none-waiting = Aucun en attente.
meeting-room-code-left = (encore { $n } min)
meeting-room-role-stack-keeper = tour de parole
meeting-room-role-minute-taker = compte rendu
meeting-room-new-code-stack-keeper = Nouveau code pour le tour de parole
meeting-room-new-code-minute-taker = Nouveau code pour le compte rendu
meeting-room-paired = Appareils appairés
meeting-room-none = Aucun.
meeting-room-revoke = Révoquer
meeting-room-revoke-label = Révoquer l’appareil { $id } ({ $role })

## Temps de parole, notes, tâches, présence

meeting-airtime-refresh = Actualiser les chiffres
meeting-notes-saving = Enregistrement…
meeting-notes-error = Pas enregistré — votre texte reste ici. Ctrl+Entrée réessaie.
meeting-notes-unsaved-auto = Pas encore enregistré — enregistré dans un instant, en quittant le champ, ou avec Ctrl+Entrée.
meeting-notes-unsaved = Pas encore enregistré — enregistré en quittant le champ, ou avec Ctrl+Entrée.
meeting-notes-saved = Enregistré.
meeting-notes-hint-auto = Enregistré pendant la frappe (après une pause), en quittant le champ, ou avec Ctrl+Entrée.
meeting-notes-hint = Enregistré en quittant le champ, ou avec Ctrl+Entrée.
meeting-actions-loading = Chargement des tâches…
meeting-actions = Tâches
meeting-action-remove-label = Retirer la tâche « { $text } »
meeting-actions-none = Aucune pour l’instant.
meeting-action-form = Nouvelle tâche pour { $reference }
meeting-action-what = Ce qui sera fait
meeting-action-who = Qui
meeting-action-add = Ajouter
meeting-attendance-cleared = Présence effacée.
meeting-attendance-saved = Présence enregistrée : { $attendance }.
meeting-attendance-form = Noter la présence
meeting-attendance = Présence
meeting-attendance-hint = (55, 50-60 ou ~50)

## Retours et annonces

meeting-rb = Retour de commission
meeting-rb-of = Retour de { $wg }
meeting-rb-behalf-of = Retour au nom de { $whom }
meeting-rb-behalf = Au nom de
meeting-rb-behalf-hint = (une autre assemblée, un caucus, une personne)
meeting-rb-presenter = Présenté par
meeting-rb-summary = Résumé
meeting-rb-asks = Demandes
meeting-rb-asks-hint = (des personnes, de l’argent, un soutien…)
meeting-rb-announcements = Annonces
meeting-rb-none = Aucun retour n’a été noté.
meeting-rb-form = Retour pour { $reference }
meeting-rb-field-presenter = qui présente
meeting-rb-field-summary = le résumé
meeting-rb-field-asks = les demandes
meeting-rb-field-announcements = les annonces
meeting-rb-field-on-behalf-of = au nom de qui
meeting-rb-blank-one = Cela vide { $fields }. Le vider ?
meeting-rb-blank-many = Cela vide { $fields }. Les vider ?
meeting-rb-blank = Vider et enregistrer
meeting-rb-keep = Garder le texte
meeting-rb-save = Enregistrer le retour
meeting-rb-ctrl-enter = Ctrl+Entrée dans une zone de texte enregistre aussi.
meeting-rb-saved = Retour enregistré.
meeting-ann-by-for = { $name }, pour { $whom }
meeting-ann-for = pour { $whom }
meeting-ann-made = Annonces faites
meeting-ann-none = Aucune annonce notée pour l’instant.
meeting-ann-take-back = Retirer
meeting-ann-take-back-label = Retirer l’annonce { $n }
meeting-ann-form = Noter une annonce à { $reference }
meeting-ann-by = Par
meeting-ann-text = Annonce
meeting-ann-add = Noter l’annonce

## Préparer l’ordre du jour

meeting-add-heading = Ajouter à l’ordre du jour
meeting-add-kind = Type
meeting-add-wg = Commission
meeting-add-choose-wg = Choisissez une commission…
meeting-add-find-proposal = Chercher une proposition
meeting-add-title-or-reference = Titre ou référence
meeting-add-choose-proposal = Choisissez une proposition…
meeting-add-looking = Recherche des propositions…
meeting-add-none-matches = Aucune proposition pouvant aller à cet ordre du jour ne correspond.
meeting-add-none-now = Aucune proposition ne peut aller à cet ordre du jour pour l’instant.
meeting-add-newest = Les { $shown } plus récentes sur { $total } : tapez pour affiner.
meeting-add-proposals = { $n ->
    [one] 1 proposition
   *[other] { $n } propositions
  }
meeting-add-title = Titre
meeting-add-minutes = Minutes
meeting-add-item = Ajouter le point
meeting-add-added = { $item } ajouté.
meeting-prepare-heading = Préparer à partir de l’ordre habituel
meeting-prepare-intro = Accueil et processus, les retours des commissions, propositions, annonces, parole libre et clôture. Les points peuvent ensuite être déplacés, ajoutés ou retirés.
meeting-prepare-loading = Chargement des commissions et des propositions…
meeting-prepare-submit = Préparer l’ordre du jour
meeting-prepare-wgs = Commissions qui font leur retour
meeting-prepare-no-wgs = Aucune commission n’est active ou en formation.
meeting-prepare-proposals = Propositions à entendre
meeting-prepare-no-proposals = Aucune proposition n’attend d’être entendue.
meeting-prepare-count = { $wgs ->
    [one] 1 retour
   *[other] { $wgs } retours
  }, { $proposals ->
    [one] 1 proposition
   *[other] { $proposals } propositions
  }

## Conseil de porte-parole

meeting-council-intro = Un·e porte-parole par commission ; seul·es les porte-parole s’inscrivent au tour de parole, et les décisions comptent une voix par commission.
meeting-council-speaks-for = { $name } parle pour { $wg }.
meeting-council-called = Pause de consultation demandée par { $name }.
meeting-council-break = Pause de consultation
meeting-council-break-by = demandée par { $wg } ({ $name }), { $minutes } min depuis { $time }
meeting-council-ended = Pause de consultation terminée.
meeting-council-end = Terminer la pause de consultation
meeting-council-no-wgs = Aucune commission ne peut envoyer de porte-parole : ajoutez d’abord des commissions.
meeting-council-no-spoke = pas encore de porte-parole
meeting-council-spoke-form = Choisir le ou la porte-parole d’une commission
meeting-council-spoke = Porte-parole
meeting-council-make-spoke = Nommer porte-parole
meeting-council-call = Demander une pause de consultation
meeting-council-called-by = Demandée par
meeting-council-breaks = Pauses de consultation
meeting-council-past = { $wg } ({ $name }, { $minutes } min demandées)
