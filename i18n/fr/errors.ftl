# Les messages d’erreur du cœur (src-tauri/core/src/error.rs) : ce qui ne va pas, et où.
# Les noms, les références et ce qui a été saisi sont des arguments, jamais traduits.

## Communs

error-meeting-not-found = aucune AG n’a l’identifiant { $id }
error-item-not-found = aucun point de l’ordre du jour n’a l’identifiant { $id }
error-person-not-found = aucune personne n’a l’identifiant { $id }
error-wg-not-found = aucune commission n’a l’identifiant { $id }
error-item-not-on-agenda = { $item } n’est pas à l’ordre du jour de { $meeting }

## Commissions (wg.rs)

error-wg-name-taken = il existe déjà une commission nommée « { $name } »
error-wg-status-unchanged = la commission « { $name } » est déjà { $status ->
        [forming] en formation
        [active] active
        [dormant] en sommeil
        [dissolved] dissoute
       *[other] { $status }
    }
error-wg-status-before-since = le changement ne peut pas être daté du { $on } : la commission « { $name } » est { $status ->
        [forming] en formation
        [active] active
        [dormant] en sommeil
        [dissolved] dissoute
       *[other] { $status }
    } depuis le { $since }
error-wg-foreign-proposal = la commission « { $name } » appartient à une autre assemblée ; une proposition nomme l’une de vos propres commissions
error-wg-foreign-report-back = la commission « { $name } » appartient à une autre assemblée ; seules vos propres commissions font leur compte rendu ici

## Personnes (person.rs)

error-person-name-taken = quelqu’un s’appelle déjà { $other } : si { $old } et { $other } sont une seule personne, fusionnez-les (person merge)
error-person-merge-self = une personne ne peut pas être fusionnée avec elle-même
error-person-merge-foreign-record = { $name } est nommé·e dans un enregistrement d’une autre assemblée ({ $table }) : la fusion est impossible ici
error-person-merge-both-appear = { $a } et { $b } ne peuvent pas être fusionné·es : les deux figurent là où une seule personne le peut ({ $table })
error-person-merge-both-waiting = { $a } et { $b } attendent tous deux dans le tour de parole du point { $item }, dans la même file : { $kind ->
        [process] point technique
        [information] point d’information
        [clarifying] question de clarification
        [direct-response] réponse directe
        [speak] prise de parole
       *[other] { $kind }
    } : retirez d’abord l’une des deux personnes du tour de parole, puis fusionnez
error-person-merge-both-stances = { $a } et { $b } se sont tous deux mis·es en retrait ou ont posé un blocage dans la décision du point { $item } : une personne ne peut pas compter deux fois, elles restent donc deux personnes

## Les règles du tour de parole (stack/policy.rs, stack/floor.rs)

error-policy-bad-base = les règles « { $policy } » doivent commencer par fifo ou progressive, pas par « { $first } » ; écrivez-les ainsi : fifo|progressive[,first-time-first][,alternate:LISTE|LISTE…][,cap:N][,no-repeat]
error-policy-part-twice = les règles « { $policy } » donnent { $part } deux fois
error-policy-bad-cap = cap:{ $cap } dans les règles doit être un nombre entier d’interventions de 1 à { $max }
error-policy-empty-list-name = alternate:{ $lists } dans les règles contient une liste sans nom
error-policy-bad-list-name = le nom de liste « { $list } » doit tenir sur une ligne d’au plus { $max } caractères
error-policy-list-twice = alternate:{ $lists } dans les règles nomme la liste « { $list } » deux fois
error-policy-list-count = alternate:{ $lists } dans les règles doit nommer de 2 à { $max } listes, séparées par |
error-policy-takes-no-value = { $part } dans les règles ne prend pas de valeur ; écrivez-les ainsi : fifo|progressive[,first-time-first][,alternate:LISTE|LISTE…][,cap:N][,no-repeat]
error-policy-needs-value = { $part } dans les règles demande une valeur ({ $part }:…) ; écrivez-les ainsi : fifo|progressive[,first-time-first][,alternate:LISTE|LISTE…][,cap:N][,no-repeat]
error-policy-base-twice = les règles « { $policy } » donnent deux fois l’ordre de base ; écrivez-les ainsi : fifo|progressive[,first-time-first][,alternate:LISTE|LISTE…][,cap:N][,no-repeat]
error-policy-unknown-part = « { $part } » ne fait pas partie des règles du tour de parole ; écrivez-les ainsi : fifo|progressive[,first-time-first][,alternate:LISTE|LISTE…][,cap:N][,no-repeat]
error-policy-stored-damaged = les règles du tour de parole enregistrées pour cette AG sont endommagées : { $detail }
error-policy-unchanged = les règles du tour de parole de l’AG { $number } sont déjà { $policy }
error-policy-item-elsewhere = ce point n’est pas à l’ordre du jour de l’AG { $number }

## Annuler dans le tour de parole (stack/undo.rs)

error-undo-damaged = l’historique d’annulation de ce tour de parole est endommagé ({ $what }) ; rien n’a été annulé
error-undo-no-row = aucune ligne { $id } dans { $table } à modifier
error-undo-no-column = aucune colonne { $column } dans une ligne de { $table }
error-undo-bad-value = valeur incorrecte dans { $table }.{ $column }

## Le tour de parole (stack/actions.rs)

error-meeting-closed = l’AG { $number } est close : son compte rendu ne peut plus changer
error-stack-policy-stored-damaged = les règles du tour de parole enregistrées pour l’AG { $number } sont endommagées : { $detail }
error-stack-entry-not-found = aucune inscription au tour de parole n’a l’identifiant { $id }
error-stack-not-a-list = « { $list } » n’est pas une liste de l’AG { $number } : sa parole alterne entre { $lists }
error-stack-list-name-too-long = le nom de liste « { $list } » dépasse { $max } caractères
error-stack-withdraw-not-waiting = { $name } n’attend pas dans le tour de parole ({ $status ->
        [speaking] cette personne a la parole : utilisez « suivant » pour clore l’intervention
        [done] cette personne a déjà parlé
       *[other] inscription déjà retirée
    }) : seule une inscription en attente peut être retirée
error-stack-prioritize-not-waiting = { $name } n’attend pas dans le tour de parole : seule une inscription en attente peut être mise en priorité
error-stack-already-prioritized = { $name } est déjà en priorité
error-stack-not-prioritized = { $name } n’est pas en priorité
error-stack-already-closed = le tour de parole de { $item } est déjà fermé
error-stack-already-open = le tour de parole de { $item } est déjà ouvert
error-stack-pause-nobody = personne n’a la parole sur { $item } : il n’y a aucune intervention à mettre en pause
error-stack-already-paused = l’intervention de { $name } est déjà en pause
error-stack-resume-nobody = personne n’a la parole sur { $item } : il n’y a aucune intervention à reprendre
error-stack-not-paused = l’intervention de { $name } n’est pas en pause
error-stack-limit-out-of-range = une limite de { $seconds } secondes par intervention sort de l’intervalle de 1 à { $max } secondes (une heure)
error-stack-nothing-to-undo = il n’y a rien à annuler dans le tour de parole de { $item }
error-stack-name-not-waiting = { $name } n’attend pas dans le tour de parole de { $item }
error-stack-name-not-waiting-kind = { $name } n’attend pas dans le tour de parole de { $item } { $kind ->
        [process] pour un point technique
        [information] pour un point d’information
        [clarifying] avec une question de clarification
        [direct-response] avec une réponse directe
       *[speak] pour prendre la parole
    }
error-stack-name-waits-several = { $name } attend dans le tour de parole de { $item } dans { $count } files ({ $kinds }) : précisez laquelle avec --kind
error-stack-closed-to-speakers = le tour de parole de { $item } est fermé : il ne prend plus de prises de parole (les points techniques, les points d’information et les questions de clarification restent acceptés) ; rouvrez-le d’abord
error-stack-closed-to-responses = le tour de parole de { $item } est fermé : il ne prend plus de réponses directes (les points techniques, les points d’information et les questions de clarification restent acceptés) ; rouvrez-le d’abord
error-stack-not-a-spoke = { $name } n’est pas porte-parole à l’AG { $number } : dans un conseil de porte-parole, seuls les porte-parole s’inscrivent, chacun pour sa commission (choisissez d’abord le ou la porte-parole de la commission)
error-stack-response-nobody = personne n’a la parole sur { $item } : une réponse directe répond à la personne qui parle
error-stack-response-to-self = { $name } a la parole : une réponse directe répond à quelqu’un d’autre
error-stack-cap-reached = { $name } a déjà eu { $had } { $had ->
        [one] intervention
       *[other] interventions
    } sur { $item } : les règles du tour de parole de l’AG { $number } en permettent au plus { $cap } par personne et par point
error-stack-already-waiting = { $name } attend déjà dans le tour de parole de { $item } { $kind ->
        [process] pour un point technique
        [information] pour un point d’information
        [clarifying] avec une question de clarification
        [direct-response] avec une réponse directe
       *[speak] pour prendre la parole
    } ; une personne n’attend qu’une fois par file
