# Les mots du tour de parole (ui/src/views/stack, lib/floorAnnouncements.ts).
# Les noms des types d’inscription sont ceux du compte rendu (entry-…, minutes.ftl).

## Les types d’inscription : le geste de chacun

stack-signal-process = triangle
stack-signal-information = un doigt levé
stack-signal-clarifying = main en « C »
stack-signal-direct-response = les deux index
stack-signal-speak = main levée

## Pourquoi une inscription est à sa place

stack-reason-direct-response-to = réponse directe à { $name }
stack-reason-in-order-added = par ordre d’inscription
stack-reason-prioritized = prioritaire
stack-reason-first-time-today = parle pour la première fois aujourd’hui
stack-reason-spoken-today = a déjà parlé aujourd’hui
stack-reason-prioritized-and = prioritaire, { $why }
stack-reason-no-repeat = passe devant : la personne suivante vient de parler
stack-reason-list-turn = au tour de la liste { $list }
stack-reason-list-turn-and = au tour de la liste { $list }, { $why }
stack-reason-over-cap = attend : a eu { $n } { $n ->
    [one] prise de parole
   *[other] prises de parole
  } sur ce point, la limite est de { $cap }

## Pourquoi un type n’est pas pris maintenant

stack-why-meeting-closed = { $meeting } est close
stack-why-stack-closed = le tour de parole est fermé
stack-why-nobody-speaking = personne n’a la parole
stack-why-foreign = { $meeting } appartient à une autre assemblée

## Ce qu’« Annuler » annulerait

stack-undo-add = l’ajout d’une personne au tour de parole
stack-undo-next = le passage de la parole
stack-undo-withdraw = un retrait
stack-undo-prioritize = la mise en priorité
stack-undo-unprioritize = le retrait de la priorité
stack-undo-close = la fermeture du tour de parole
stack-undo-reopen = la réouverture du tour de parole
stack-undo-pause = la pause
stack-undo-resume = la reprise
stack-undo-limit = le temps par intervention
stack-undo-policy = le changement des règles du tour de parole
stack-undone-add = l’inscription de { $name } ({ $kind }{ $for ->
        [yes] , pour { $wg }
       *[no] {""}
    }{ $prioritized ->
        [yes] , prioritaire
       *[no] {""}
    }{ $listed ->
        [yes] , liste { $list }
       *[no] {""}
    })
stack-undone-next-floor = la parole donnée à { $name }
stack-undone-next-finished = la fin de l’intervention de { $name }, personne en attente
stack-undone-withdraw = le retrait de { $name } ({ $kind })
stack-undone-prioritize = la priorité donnée à { $name }
stack-undone-unprioritize = la priorité retirée à { $name }
stack-undone-close = la fermeture du tour de parole
stack-undone-reopen = la réouverture du tour de parole
stack-undone-pause = la pause de { $name }
stack-undone-resume = la reprise de { $name }
stack-undone-limit = le temps par intervention fixé à { $limit }
stack-undone-limit-none = sans limite
stack-undone-limit-min = { $n } min
stack-undone-limit-s = { $n } s
stack-undone-policy = les règles du tour de parole changées en : { $policy }

## Durées

stack-limit-min = { $min } min

## La vue

stack-title = Tour de parole
stack-breadcrumb = Fil d’Ariane
stack-meeting = AG
stack-minutes-link = Compte rendu →
stack-item-status = point { $status }
stack-meeting-status = { $meeting } { $status }
stack-item = Point
stack-item-option = { $reference } { $title } ({ $status })
stack-item-under-way = en cours
stack-follow = Suivre le point en cours ({ $reference })
stack-no-items = Cette AG n’a pas encore de points à l’ordre du jour : ajoutez-les dans
stack-no-items-link = la vue de l’AG
stack-read-only = { $meeting } est close : ses tours de parole peuvent être lus mais plus modifiés.
stack-add-form = Inscrire au tour de parole
stack-name = Nom
stack-name-enter = (Entrée inscrit)
stack-add = Inscrire
stack-adding-as = Inscription comme
stack-adding-prioritized = , prioritaire
stack-prioritize-new = Prioritaire
stack-list = Liste
stack-list-their-choice = (son choix)
stack-list-none = aucune
stack-keys-line-add = inscrire
stack-keys-line-kind = type
stack-keys-line-prioritize = priorité
stack-keys-line-next = suivant
stack-keys-line-undo = annuler
stack-keys-line-note = pas pendant la saisie dans un champ d’un autre panneau
stack-keys = Touches
stack-key-enter = inscrire le nom
stack-key-enter-pick = choisir une personne connue
stack-key-enter-clear = effacer
stack-key-kinds = type : point technique, information, clarification, réponse directe, parole
stack-key-prioritize = rendre prioritaire la personne qu’on inscrit
stack-key-next = au suivant
stack-key-undo = annuler la dernière action du tour de parole (quand le champ du nom est vide)
stack-key-accept = accepter la plus ancienne main levée dans la salle

## Le champ du nom

stack-people-known = Personnes que l’assemblée connaît

## Les types

stack-kind-legend = Type d’inscription

## La parole

stack-speaking-now = A la parole
stack-for-wg = pour { $wg }
stack-responds-to = à
stack-prioritized-mark = ★ prioritaire
stack-nobody = Personne n’a la parole
stack-next = Au suivant
stack-resume = Reprendre
stack-pause = Pause
stack-then = Ensuite :
stack-then-nobody-ends = Personne n’attend : « suivant » termine cette prise de parole.
stack-then-nobody = Personne n’attend.

## Le chronomètre

stack-timer-label = Temps de parole de { $name }
stack-timer-of = sur { $limit }
stack-timer-no-limit = pas de limite de temps
stack-timer-over = { $time } de dépassement
stack-timer-wrap-up = encore { $time } — il faut conclure
stack-timer-left = encore { $time }
stack-timer-paused = En pause

## La liste d’attente

stack-waiting = En attente
stack-empty = Personne n’attend.
stack-why-here = pourquoi ici :{" "}
stack-entry-list = liste { $list }
stack-prioritize = Prioritaire
stack-prioritize-label = Rendre { $name } prioritaire ({ $kind })
stack-withdraw = Retirer
stack-withdraw-label = Retirer { $name } ({ $kind })

## Annuler, fermer, le temps par intervention

stack-settings = Réglages du tour de parole
stack-undo = Annuler
stack-would-undo = annulerait :
stack-nothing-to-undo = rien à annuler
stack-closed-banner = Tour de parole fermé :
stack-closed-only = seulement points techniques, informations et clarifications
stack-reopen = Rouvrir le tour de parole
stack-open-banner = Tour de parole ouvert : tous les types sont pris
stack-close = Fermer le tour de parole
stack-limit-label = Temps par intervention
stack-limit-none = pas de limite
stack-limit-set = Fixer
stack-limit-now-none = Pas de limite.
stack-limit-now = Actuellement { $limit }.
stack-limit-hint = Minutes (2) ou minutes:secondes (1:30) ; vide pour aucune.
stack-limit-read = Temps par intervention : { $limit }
stack-limit-error = Écrivez la limite en minutes (2) ou minutes:secondes (1:30) ; laissez vide pour aucune limite.

## Les règles du tour de parole

stack-policy-title = Règles du tour de parole
stack-policy-change = Changer les règles du tour de parole…
stack-policy-form = Changer les règles du tour de parole
stack-policy-order = Ordre
stack-policy-first-time = Priorité à qui n’a pas encore parlé
stack-policy-lists = Alterner entre des listes
stack-policy-lists-none = aucune
stack-policy-lists-hint = Noms séparés par « | », p. ex. « femmes et personnes non binaires | ouverte ». Qui n’a choisi aucune liste attend sur la dernière.
stack-policy-cap = Nombre maximal de prises de parole par personne et par point
stack-policy-cap-none = pas de maximum
stack-policy-no-repeat = Personne deux fois de suite
stack-policy-reason = Motif
stack-policy-reason-note = (pour le compte rendu)
stack-policy-apply = Changer les règles
stack-policy-cancel = Annuler
stack-policy-fifo-option = Par ordre d’inscription
stack-policy-progressive-option = Tour de parole progressif

## Mains levées depuis les téléphones

stack-hands-title = Mains levées dans la salle
stack-hand-accept = Accepter
stack-hand-accept-label = Accepter { $name } ({ $kind }) au tour de parole
stack-hand-decline = Refuser
stack-hand-decline-label = Refuser la main levée de { $name }
stack-hands-more = et { $n } de plus

## Temps de parole

stack-chart-title = Temps de parole
stack-chart-summary = { $speeches } { $speeches ->
    [one] prise de parole
   *[other] prises de parole
  } par { $people ->
    [one] 1 personne
   *[other] { $people } personnes
  }, { $time } au total
stack-chart-people = { $n ->
    [one] 1 personne
   *[other] { $n } personnes
  }
stack-chart-first-time = { $n ->
    [one] a parlé
   *[other] ont parlé
  } pour la première fois
stack-chart-none = Personne n’a encore terminé une prise de parole dans cette AG.
stack-chart-over = { $n } de dépassement
stack-chart-first-mark = première fois
stack-loading = Chargement…

## Répartition du temps de parole

stack-airtime-title = Répartition du temps de parole
stack-airtime-no-speeches = pas encore de prise de parole
stack-airtime-no-list = sans liste
stack-airtime-gini = Gini du temps de parole :
stack-airtime-on = sur { $item }
stack-airtime-this-item = ce point
stack-airtime-at = à { $meeting }
stack-airtime-gini-note = (0 = tout le monde a parlé autant ; près de 1 = quelques personnes ont monopolisé la parole)
stack-airtime-counted = Calculé sur { $n } personnes : { $note }.
stack-airtime-shares = { $time } du temps · { $people } des personnes ({ $n })
stack-airtime-last = Dernières prises de parole, la plus récente d’abord :

## Ce qu’entend un lecteur d’écran

stack-say-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
  }
stack-say-seconds = { $n ->
    [one] 1 seconde
   *[other] { $n } secondes
  }
stack-say-undone = Annulé : { $what }.
stack-say-floor = { $name } a la parole ({ $kind }).
stack-say-nobody = Personne n’a la parole.
stack-say-paused = Prise de parole de { $name } en pause.
stack-say-resumed = Prise de parole de { $name } reprise.
stack-say-joined = { $name } s’inscrit ({ $kind }) : place { $place } sur { $count }.
stack-say-joined-prioritized = { $name } s’inscrit ({ $kind }) : place { $place } sur { $count }, prioritaire.
stack-say-prioritized = { $name } prioritaire : maintenant place { $place }.
stack-say-unprioritized = { $name } n’est plus prioritaire : maintenant place { $place }.
stack-say-left = { $name } quitte le tour de parole.
stack-say-closed = Tour de parole fermé : seulement points techniques, informations et clarifications.
stack-say-reopened = Tour de parole rouvert.
stack-say-limit = Temps par intervention : { $limit }.
stack-say-time-left = { $name } : encore { $time }.
stack-say-time-up = Le temps de { $name } est écoulé.

## États

stack-item-status-pending = en attente
stack-item-status-active = en cours
stack-item-status-done = traité
stack-item-status-tabled = reporté
stack-meeting-planned = prévue
stack-meeting-open = ouverte
stack-meeting-closed = close
