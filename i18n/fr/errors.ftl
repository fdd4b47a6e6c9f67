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

## Décisions (decision.rs, proposal/decide.rs)

error-decision-not-found = aucune décision n’a l’identifiant { $id }
error-decision-total-below-named = { $total } { $what ->
        [support] soutiens
        [against] voix contre
        [stand-asides] mises en retrait
        [blocks] blocages
        [quorum] quorum
       *[other] { $what }
    } au total, mais { $named } sont nommé·es : le total compte aussi les personnes nommées
error-decision-count-too-big = { $what ->
        [support] soutiens
        [against] voix contre
        [stand-asides] mises en retrait
        [blocks] blocages
        [quorum] quorum
       *[other] { $what }
    } { $count } dépasse { $max } : vérifiez le décompte
error-decision-consensus-against = au consensus, il n’y a pas de voix contre ({ $against } saisies) : notez le désaccord comme mise en retrait ou comme blocage
error-decision-quorum-zero = un quorum est d’au moins 1 participant·e (laissez-le vide s’il n’y en a pas)
error-decision-bad-stand-aside-limit = limite de mises en retrait : { $detail }
error-decision-too-many-names = plus de { $max } noms : vérifiez la liste
error-decision-named-twice = { $name } est nommé·e deux fois : une personne se met en retrait ou bloque une seule fois
error-decision-block-without-reason = le blocage de { $name } n’a pas de motif : un blocage nominatif est une objection morale, éthique ou de sécurité grave et son motif figure au compte rendu (un blocage seulement compté va dans le total, sans nom)
error-decision-no-voices = aucune voix de commission n’a été donnée : dans un conseil de porte-parole, l’appel au consensus compte une voix par commission
error-decision-too-many-voices = plus de { $max } voix : vérifiez la liste
error-decision-voice-twice = { $wg } est donnée deux fois : une commission a une seule voix
error-decision-bad-voice = la voix « { $voice } » de { $wg } n’est ni for, ni against, ni stand-aside, ni block
error-decision-wg-block-without-reason = le blocage de { $wg } n’a pas de motif : un blocage est une objection morale, éthique ou de sécurité grave et son motif figure au compte rendu
error-decision-no-such-wg = aucune commission « { $wg } » dans cette assemblée
error-decision-wg-without-spoke = { $wg } n’a envoyé aucun·e porte-parole à ce conseil : seules les commissions représentées ont une voix
error-decision-council-needs-voices = l’AG { $number } est un conseil de porte-parole : son appel au consensus et son vote comptent une voix par commission ; donnez la voix de chaque commission
error-decision-assembly-no-voices = l’AG { $number } est une assemblée générale : les voix des commissions ne comptent que dans un conseil de porte-parole ; donnez les décomptes de la salle
error-decision-amendments-pending = { $pending ->
        [one] { $pending } amendement amical attend
       *[other] { $pending } amendements amicaux attendent
    } encore la réponse de la personne qui propose : acceptez-les ou rejetez-les avant la décision
error-decision-unknown-rule = la règle « { $rule } » de cette décision est inconnue de ce Plenary : elle ne peut pas être corrigée ici
error-decision-council-not-correctable = { $item } a été décidé par les voix des commissions dans un conseil de porte-parole : on ne peut pas le corriger avec les décomptes de la salle
error-decision-proposal-moved-on = la proposition a évolué depuis { $item } (elle est maintenant : { $now ->
        [draft] brouillon
        [submitted] déposée
        [on-agenda] à l’ordre du jour
        [in-process] en cours
        [decided] décidée
        [tabled] reportée
        [withdrawn] retirée
        [sent-back] renvoyée
        [consensus] consensus
        [passed] adoptée
        [blocked] bloquée
        [failed] rejetée
       *[other] { $now }
    }) : son issue là-bas ne peut plus passer de { $from ->
        [draft] brouillon
        [submitted] déposée
        [on-agenda] à l’ordre du jour
        [in-process] en cours
        [decided] décidée
        [tabled] reportée
        [withdrawn] retirée
        [sent-back] renvoyée
        [consensus] consensus
        [passed] adoptée
        [blocked] bloquée
        [failed] rejetée
       *[other] { $from }
    } à { $to ->
        [draft] brouillon
        [submitted] déposée
        [on-agenda] à l’ordre du jour
        [in-process] en cours
        [decided] décidée
        [tabled] reportée
        [withdrawn] retirée
        [sent-back] renvoyée
        [consensus] consensus
        [passed] adoptée
        [blocked] bloquée
        [failed] rejetée
       *[other] { $to }
    }
error-decision-dispute-without-note = dites pourquoi la décision est contestée : la marquer comme contestée demande une note

## AG (meeting.rs, attendance.rs, order_of_business.rs)

error-meeting-role-too-long = le rôle « { $role } » dépasse { $max } caractères
error-meeting-bad-start-time = l’heure de début « { $time } » n’est pas une heure : écrivez-la HH:MM (sur 24 heures), par ex. 18:30
error-meeting-bad-number = le numéro d’AG { $number } doit être 1 ou plus
error-meeting-number-taken = il existe déjà une AG numéro { $number }
error-meeting-already-open = cette AG est déjà ouverte
error-meeting-already-open-and-closed = cette AG a déjà été ouverte et close : donnez l’heure de son ouverture (--at HH:MM) pour la corriger
error-meeting-opens-after-close = une AG ne peut pas s’ouvrir à { $opened } après sa clôture à { $closed }
error-meeting-not-open-yet = cette AG n’a pas encore été ouverte : ouvrez-la avant de la clore
error-meeting-already-closed = cette AG est déjà close : donnez l’heure de sa clôture (--at HH:MM) pour la corriger
error-meeting-role-ends-before = un rôle tenu depuis { $from } ne peut pas finir à { $until }, avant d’avoir commencé
error-meeting-role-already-held = { $name } tient déjà le rôle « { $role } » à cette AG
error-meeting-role-not-held = cette personne ne tient pas le rôle « { $role } » à cette AG
error-attendance-not-a-count = la présence « { $attendance } » n’est pas un compte : écrivez un nombre (55), une fourchette (50-60) ou un nombre approximatif (~50)
error-attendance-too-many = la présence « { $attendance } » dépasse { $max } personnes
error-attendance-bad-range = présence « { $attendance } » : le haut d’une fourchette doit dépasser son bas
error-order-of-business-agenda-exists = cette AG a déjà un ordre du jour ; ajoutez-y les points un par un

## Annonces, tâches, l’assemblée, pages, oubli (announcement.rs, action_item.rs, assembly.rs, paging.rs, person_forget.rs)

error-announcement-needs-text = une annonce a besoin de son texte (--text)
error-announcement-wrong-item = les annonces se font à un point d’annonces, et celui-ci est un point de type « { $kind } »
error-announcement-not-found = aucune annonce n’a l’identifiant { $id }
error-action-item-not-found = aucune tâche n’a l’identifiant { $id }
error-assembly-bad-code = le code d’assemblée « { $code } » doit compter de 2 à 8 lettres ou chiffres, comme LDN ou NYC
error-assembly-exists = cette base de données a déjà une assemblée ({ $name }) ; elle n’a pas été modifiée
error-paging-bad-cursor = le curseur de page « { $cursor } » ne vient pas de cette liste (redemandez la première page)
error-person-forget-placeholder = { $name } est déjà un nom de remplacement : il ne reste aucun nom à oublier

## Règles de décision, corrections, comptes rendus, la démo (rule.rs, correction.rs, minutes/*, demo*.rs)

error-rule-unknown = règle de décision inconnue « { $rule } » : utilisez consensus, modified:P (0 < P ≤ 100, par ex. modified:90), supermajority:A/B (par ex. supermajority:2/3) ou majority
error-rule-bad-fraction = « { $fraction } » n’est pas une fraction : écrivez A/B avec 0 < A ≤ B, par ex. 1/3
error-correction-meeting-closed = l’AG { $number } est close : ceci ne peut plus changer (son compte rendu peut être corrigé tant qu’il n’est pas approuvé)
error-correction-time-skipped = { $time } n’existe pas le { $date } dans ce fuseau horaire
error-correction-minutes-approved = le compte rendu de l’AG { $number } a été approuvé à l’AG { $by } : il ne peut plus être corrigé
error-correction-time-needed = il faut une heure : écrivez-la HH:MM (sur 24 heures), par ex. 19:05
error-correction-bad-time = « { $time } » n’est pas une heure : écrivez-la HH:MM
error-minutes-approve-by-earlier = { $by } ne peut pas approuver le compte rendu de { $meeting } : seule une AG ultérieure le peut
error-minutes-approve-open = le compte rendu de { $meeting } pourra être approuvé une fois l’AG close
error-minutes-approve-not-in-session = les comptes rendus sont approuvés par une AG en séance : ouvrez d’abord { $by }
error-minutes-already-approved = le compte rendu de { $meeting } est déjà approuvé
error-minutes-assembly-unknown = l’assemblée de { $meeting } est inconnue
error-demo-needs-empty-database = cette base de données a déjà une assemblée ({ $name }) ; `plenary demo` demande une base vide
error-demo-no-upcoming-meeting = la démo n’a aucune AG à venir
error-demo-no-proposal = la démo n’a aucune proposition « { $title } »

## Conseils de porte-parole (spokes.rs)

error-spokes-assembly-no-spokes = l’AG { $number } est une assemblée générale : seul un conseil de porte-parole a des porte-parole
error-spokes-assembly-no-breaks = l’AG { $number } est une assemblée générale : seul un conseil de porte-parole a des pauses de consultation
error-spokes-no-such-wg = aucune commission « { $wg } » dans cette assemblée (`plenary wg list` les montre)
error-spokes-wg-dissolved = { $wg } est dissoute : elle n’envoie pas de porte-parole
error-spokes-already-spoke = { $name } est déjà porte-parole de { $wg } à l’AG { $number }
error-spokes-speaks-for-other = { $name } parle déjà pour { $other } à l’AG { $number } : un·e porte-parole parle pour une seule commission
error-spokes-break-length = une pause de consultation de { $minutes } minutes : donnez de 1 à { $max } minutes
error-spokes-break-not-a-spoke = { $name } n’est pas porte-parole à l’AG { $number } : seul·e un·e porte-parole demande une pause de consultation
error-spokes-break-under-way = une pause de consultation demandée par { $wg } est en cours à l’AG { $number } : terminez-la d’abord
error-spokes-no-break = aucune pause de consultation n’est en cours à l’AG { $number }
error-spokes-break-not-found = aucune pause de consultation n’a l’identifiant { $id }

## Les références telles qu’on les tape (refs.rs)

error-refs-no-meeting = aucune AG « { $text } » (désignez-la par son numéro, comme 39 ou LDN-GA-39, ou par son identifiant)
error-refs-no-item = aucun point « { $text } » (désignez-le comme 39.3 ou LDN-GA-39.3, ou par son identifiant)
error-refs-no-proposal = aucune proposition « { $text } » (désignez-la comme LDN-P-2026-034, ou par son identifiant)
error-refs-no-wg = aucune commission « { $text } » (désignez-la par son nom ou son identifiant ; `plenary wg list` les montre)
error-refs-no-person = personne du nom de « { $text } » n’est connu de cette assemblée

## Propositions (proposal.rs)

error-proposal-not-found = aucune proposition n’a l’identifiant { $id }
error-proposal-already-on-agenda = cette proposition est déjà à l’ordre du jour de cette AG
error-proposal-dated-after-today = une proposition ne peut pas être datée du { $date }, après aujourd’hui ({ $today }) : donnez le jour de son dépôt

## Paquets entre assemblées (bundle/*)

error-bundle-signing-key-mismatch = la clé de signature à côté de cette base de données ne correspond pas à la clé publique de cette assemblée : les paquets signés avec elle seraient refusés
error-bundle-meetings-or-since = choisissez des AG ou une date (--since), pas les deux
error-bundle-meeting-foreign = l’AG { $meeting } appartient à une autre assemblée : un paquet ne transporte que les données de cette assemblée
error-bundle-export-foreign-reference = export impossible : { $record } { $id } renvoie ({ $column }) à { $target_record } { $target }, qui n’appartient pas à cette assemblée ; un paquet ne transporte que les données de cette assemblée
error-bundle-export-not-own = export impossible : { $record } { $id } n’appartient pas à cette assemblée
error-bundle-too-many-recipients = un paquet peut être scellé pour { $max } assemblées au plus
error-bundle-recipient-unknown = aucune assemblée connue ici n’est « { $given } » (donnez son code, son nom, son id ou son empreinte ; une assemblée devient connue ici quand l’un de ses paquets est importé)
error-bundle-recipient-no-key = { $name } ({ $code }) n’a aucune clé connue ici : importez d’abord l’un de ses paquets
error-bundle-recipient-ambiguous = « { $given } » désigne plus d’une assemblée connue ici : donnez son code ou son empreinte
error-bundle-received-not-found = aucun paquet reçu n’a l’id { $id } (`plenary bundle received` les liste)
error-bundle-undo-adopted = { $file } ne peut pas être annulé : des données créées ici renvoient à ce qu’il a apporté (la proposition « { $title } » a été adoptée à partir de l’une de ses propositions). Rien n’a été modifié
error-bundle-undo-referred = { $file } ne peut pas être annulé : des données créées ici renvoient à ce qu’il a apporté (une proposition adoptée, par exemple). Rien n’a été modifié
error-bundle-undo-later-import = { $file } ne peut pas être annulé : { $later }, importé plus tard ({ $at }) depuis { $assembly }, peut s’appuyer dessus ; annulez d’abord cet import. Rien n’a été modifié
error-bundle-undo-no-record = { $file } a été importé par un Plenary antérieur, qui n’a gardé aucune trace pour l’annuler (il a fait une sauvegarde avant l’import : `plenary restore`). Rien n’a été modifié
error-bundle-undo-bad-name = la trace d’annulation nomme « { $name } », qui n’est ni une table ni une colonne
error-bundle-undo-record-unreadable = la trace d’annulation de { $file } est illisible ({ $detail })
error-bundle-undo-record-unknown-change = la trace d’annulation de { $file } contient une modification « { $change } » qu’elle ne sait pas lire

## Fédération (federation.rs, federation/*)

error-federation-adopt-own = { $proposal } est déjà une proposition de cette assemblée ; adopter, c’est pour les propositions d’autres assemblées
error-federation-already-adopted = { $proposal } a déjà été adoptée ici (proposition { $earlier })
error-federation-no-folders = pas encore de dossiers de fédération : choisissez-les avec `plenary federation folders --inbox DIR --outbox DIR` (ou dans la vue fédération)
error-federation-folder-unusable = le dossier { $which ->
        [inbox] d’entrée
       *[other] de sortie
    } { $folder } est inutilisable : { $detail }
error-federation-folder-is-file = le dossier { $which ->
        [inbox] d’entrée
       *[other] de sortie
    } { $folder } est un fichier, pas un dossier
error-federation-folder-not-text = le chemin du dossier { $which ->
        [inbox] d’entrée
       *[other] de sortie
    } { $folder } n’est pas un texte valide : choisissez un autre dossier
error-federation-bad-fingerprint = « { $given } » n’est pas l’empreinte d’une clé : elle compte 64 chiffres hexadécimaux (espaces admis), comme l’affiche `plenary federation folders`
error-federation-inbox-none-waits = aucun fichier du dossier d’entrée n’attend la clé { $key } ; aucun n’attend d’approbation
error-federation-inbox-key-not-waiting = aucun fichier du dossier d’entrée n’attend la clé { $key } ; en attente : { $waiting }
error-federation-inbox-unwatched = le dossier d’entrée { $inbox } ne peut pas être surveillé ({ $detail }) ; il est parcouru toutes les { $seconds } secondes à la place

## Les notes du dossier partagé (federation/folder.rs) : ce qu’il est advenu de chaque
## fichier de l’entrée et ce qu’a fait l’écriture de la sortie. $why est un message à part
## (le refus d’un paquet, l’échec d’un fichier), dit dans la même langue.

error-federation-note-unreadable = { $file } ne peut pas être lu : { $why }
error-federation-note-left-alone = { $why } — laissé de côté ; il est réessayé quand il change (un fichier encore en cours de copie sera complet plus tard)
error-federation-note-own = le paquet de cette assemblée ({ $code }), revenu par les dossiers : rien à importer
error-federation-note-pending = de { $assembly } ({ $code }), dont la clé n’est pas connue ici (empreinte { $fingerprint }) : attend qu’une personne vérifie l’empreinte avec cette assemblée et l’approuve
error-federation-note-imported-nothing-new = importé : tout ce qu’il contient était déjà ici
error-federation-note-imported = importé : { $new } nouveaux, { $updated } mis à jour, { $unchanged } inchangés, { $deleted } supprimés
error-federation-note-imported-refused = importé : { $new } nouveaux, { $updated } mis à jour, { $unchanged } inchangés, { $deleted } supprimés, { $refused } refusés (`plenary bundle received` garde le rapport)
error-federation-note-imported-before = déjà importé ici, le { $date }
error-federation-note-outbox-unchanged = rien n’a changé depuis le dernier paquet de sortie, { $file }
error-federation-note-outbox-wrote = { $file } écrit : { $records } enregistrements, { $deletions } suppressions ({ $scope })
error-federation-note-scope-all = toute l’assemblée
error-federation-note-scope-meetings = { $n ->
        [one] { $n } AG choisie
       *[other] { $n } AG choisies
    }
error-federation-note-scope-since = modifications depuis le { $date }

## La salle : téléphones et appareils de l’équipe (room/*)

error-room-other-meeting = cet appareil est dans la salle d’une autre AG : il ne peut atteindre que cette AG
error-room-meeting-missing = quelle AG ? `meeting` manque
error-room-hand-needs-device = seule la page d’un participant dans la salle lève la main depuis un appareil
error-room-proposal-not-on-agenda = cette proposition n’est pas à l’ordre du jour de l’AG de cette salle : un appareil ne peut atteindre que cette AG
error-room-no-such-command = il n’y a pas de commande de salle « { $command } »
error-room-role-may-not-call = { $role ->
        [participant] un participant
        [stack-keeper] la personne au tour de parole
        [minute-taker] la personne au compte rendu
        [host] l’ordinateur hôte
       *[other] { $role }
    } ne peut pas appeler { $command }
error-room-no-such-record = { $what ->
        [agenda-item] aucun point de l’ordre du jour
        [stack-entry] aucune inscription au tour de parole
        [clarifying-question] aucune question de clarification
        [hand-request] aucune main levée
        [meeting] aucune AG
        [proposal] aucune proposition
        [amendment] aucun amendement
        [concern] aucune objection
        [announcement] aucune annonce
       *[other] aucun { $what }
    } n’a l’id { $id }
error-bad-id = « { $given } » n’est pas un id valide de { $what ->
        [agenda-item] point de l’ordre du jour
        [stack-entry] inscription au tour de parole
        [clarifying-question] question de clarification
        [hand-request] main levée
        [meeting] AG
        [proposal] proposition
        [amendment] amendement
        [concern] objection
        [announcement] annonce
        [action-item] tâche
        [working-group] commission
        [person] personne
        [decision] décision
        [bundle] paquet
       *[other] { $what }
    }
error-room-invalid-arguments = arguments non valides : { $detail }
error-room-cannot-encode = impossible d’encoder la réponse : { $detail }
error-room-amendment-needs-item = quelle lecture ? un appareil propose un amendement à un point de l’AG de sa salle
error-room-bad-device-id = l’id d’appareil « { $given } » n’est pas valide : de 1 à { $max } lettres, chiffres, « - » ou « _ »
error-room-meeting-not-open = l’AG { $number } n’est pas ouverte : on lève la main pendant l’AG
error-room-hand-already-raised = cet appareil a déjà la main levée (pour { $name }) : retirez-la avant d’en lever une autre
error-room-no-hand-waiting = cet appareil n’a aucune main levée en attente du tour de parole
error-room-no-item-under-way = aucun point n’est en cours : commencez-en un avant d’accepter la main levée de { $name }
error-room-hand-not-found = aucune main levée n’a l’id { $id }
error-room-hand-already-decided = la main levée de { $name } était déjà { $status ->
        [accepted] acceptée
        [declined] refusée
        [withdrawn] retirée
        [pending] en attente
       *[other] { $status }
    }
error-room-meeting-closed = { $meeting } est close : la salle sert une AG prévue ou en cours
error-room-role-not-pairable = un appareil ne peut pas être appairé comme { $role ->
        [participant] participant
        [host] ordinateur hôte
       *[other] { $role }
    }
error-room-pairing-code-invalid = ce code d’appairage n’est pas valide : il a été mal tapé, déjà utilisé ou il a expiré — demandez-en un nouveau sur l’ordinateur hôte
error-room-no-paired-device = aucun appareil appairé « { $session } »
error-room-no-such-page = cette page n’existe pas dans la salle
error-room-too-many-requests = trop de requêtes depuis cet appareil : attendez un moment et réessayez
error-room-no-team-ui = cette salle ne sert pas l’interface de l’équipe : appairez depuis l’application Plenary, ou servez la salle avec --ui
error-room-no-such-team-file = ce fichier n’existe pas dans l’interface de l’équipe : { $path }
error-room-not-json-request = envoyez la requête en application/json
error-room-body-unreadable = le corps de la requête n’a pas pu être lu : { $detail }
error-room-body-not-json = le corps de la requête n’est pas du JSON : { $detail }
error-room-body-not-object = le corps de la requête doit être un objet JSON
error-room-request-interrupted = la requête a été interrompue : { $detail }
error-room-device-not-paired = cet appareil n’est pas appairé à la salle (ou son appairage a été révoqué) : appairez-le avec un code de l’ordinateur hôte
error-room-no-device-id = ce navigateur n’a pas d’id d’appareil : ouvrez d’abord la page de la salle (cookies activés), ou appairez cet appareil avec un code de l’ordinateur hôte
error-room-full = la salle a déjà autant de pages connectées qu’elle peut en servir
error-room-cannot-serve-on = impossible de servir la salle sur { $address } : { $detail }
error-room-cannot-serve = impossible de servir la salle : { $detail }
error-room-qr-failed = impossible de faire un code QR de { $url } : { $detail }

## Sauvegardes et restauration (backup.rs)

error-backup-busy = la base de données est occupée ; réessayez dans un instant
error-backup-not-plenary = { $file } n’est pas une base de données Plenary : { $why ->
        [other-passphrase] ce n’est pas un fichier de base de données SQLite, ou il est chiffré avec une autre phrase secrète que celle de cette base (une copie d’avant le changement de phrase secrète ?)
        [encrypted-into-plain] ce n’est pas un fichier de base de données SQLite, ou il est chiffré et cette base ne l’est pas (restaurez-le dans une base chiffrée avec la même phrase secrète)
        [cannot-open] SQLite ne peut pas l’ouvrir
        [cannot-read] SQLite ne peut pas le lire
        [no-tables] il n’a pas les tables de Plenary
        [no-assembly] il n’a aucune assemblée
       *[not-sqlite] ce n’est pas un fichier de base de données SQLite
    } ; rien n’a été restauré
error-backup-damaged = { $file } n’est pas une base de données Plenary : il est endommagé ({ $check }) ; rien n’a été restauré
error-backup-other-signing-key = cette sauvegarde est celle de { $name } ({ $code }), dont la clé de signature n’est pas celle qui se trouve à côté de cette base : la restaurer laisserait une assemblée incapable de signer ses paquets ; rien n’a été restauré

## Chiffrement : phrases secrètes et fichier de la clé de signature (rekey.rs, passphrase.rs, key_file.rs)

error-rekey-already-encrypted = cette base de données est déjà chiffrée : changez plutôt sa phrase secrète ; rien n’a été modifié
error-rekey-not-encrypted-set-first = cette base de données n’est pas chiffrée : définissez d’abord une phrase secrète ; rien n’a été modifié
error-rekey-not-encrypted = cette base de données n’est pas chiffrée ; rien n’a été modifié
error-rekey-in-memory = une base de données en mémoire ne peut pas être chiffrée ; rien n’a été modifié
error-rekey-database-in-use = un autre programme a ouvert cette base de données (l’application, ou `plenary room serve` ?) : fermez-le et réessayez ; rien n’a été modifié
error-passphrase-mismatch = les deux phrases secrètes ne sont pas identiques : tapez la nouvelle phrase deux fois, exactement ; rien n’a été modifié
error-passphrase-too-short = une phrase secrète doit compter au moins { $min } caractères (quelques mots sont plus faciles à retenir et plus durs à deviner) ; rien n’a été modifié
error-passphrase-kdf-settings = les réglages de dérivation de la clé sont refusés : { $detail }
error-passphrase-unusable = la phrase secrète est inutilisable : { $detail }
error-key-file-cannot-seal = la clé de signature n’a pas pu être scellée
error-key-file-damaged = le fichier de la clé de signature { $file } est endommagé
error-key-file-sealed-plain-db = le fichier de la clé de signature { $file } est scellé par une phrase secrète, mais cette base de données n’est pas chiffrée : il appartient à une copie chiffrée de la base
error-key-file-other-copy = le fichier de la clé de signature { $file } a été scellé pour une autre copie chiffrée de cette base de données, pas pour celle-ci

## Recherche (search.rs)

error-search-too-long = le texte recherché compte { $chars } caractères : { $max } au plus
error-search-too-many-words = le texte recherché compte { $words } mots : { $max } au plus
error-search-no-assembly = aucune assemblée { $id } n’est connue ici
error-search-no-assembly-code = aucune assemblée de code « { $code } » n’est connue ici
error-search-index-stale = { $kind ->
        [wg] la commission
        [report-back] le compte rendu de commission
        [proposal] la proposition
        [decision] la décision
        [minutes] le compte rendu
       *[other] { $kind }
    } { $id } est dans l’index de recherche mais pas dans les données
error-search-no-wg = aucune commission { $id }
error-search-no-proposal = aucune proposition { $id }
error-search-no-namesakes = on ne cherche pas d’homonymes pour { $kind ->
        [report-back] un compte rendu de commission
        [decision] une décision
        [minutes] un compte rendu
       *[other] { $kind }
    }

## L’emplacement de la base et les langues (db.rs, i18n.rs)

error-db-no-data-directory = aucun dossier de données sur ce système : passez --db CHEMIN ou définissez PLENARY_DB
error-i18n-unknown-language = Plenary ne parle pas « { $given } » : choisissez parmi { $choices }

## L’application de bureau (src-tauri/src)

error-shell-bundle-no-longer-waiting = ce paquet n’attend plus d’être importé : choisissez à nouveau le fichier
error-shell-no-dropped-bundle = aucun paquet déposé n’attend d’être prévisualisé : déposez à nouveau le fichier sur la fenêtre
error-shell-projector-window-failed = impossible d’ouvrir la fenêtre du projecteur : { $detail }
error-shell-room-open-elsewhere = la salle est ouverte pour une autre AG : fermez-la d’abord
error-shell-room-bad-bind = PLENARY_ROOM_BIND « { $given } » n’est pas une adresse avec un port
error-shell-room-already-open = la salle est déjà ouverte
error-shell-room-not-open = la salle n’est pas ouverte

## Vérifications de ce qui est saisi (validate.rs) : le nom d’un champ est fait de mots
## à lui, dits dans la langue de la phrase.

error-field-empty = il manque { $field }
error-field-too-long = { $field } : plus de { $max } caractères
error-field-not-one-line = { $field } : doit tenir sur une seule ligne (un caractère de contrôle a été trouvé)
error-field-control-character = { $field } : contient un caractère de contrôle
error-field-not-a-date = { $field } : « { $given } » n’est pas une date ; écrivez-la AAAA-MM-JJ, p. ex. 2026-11-26
error-field-name = le nom
error-field-title = le titre
error-field-note = la note
error-field-notes = les notes
error-field-text = le texte
error-field-on-behalf-of = au nom de qui
error-field-date = la date
error-field-response = la réponse
error-field-reason = la raison
error-field-description = la description
error-field-question = la question
error-field-concern = l’objection
error-field-answer = la réponse
error-field-amended-text = le texte amendé
error-field-action-item = la tâche
error-field-pronouns = les pronoms
error-field-presenter = la personne qui présente
error-field-place = le lieu
error-field-meeting-schedule = le calendrier des réunions
error-field-contact = le contact
error-field-by = qui
error-field-working-group-name = le nom de la commission
error-field-working-group = la commission
error-field-who = qui
error-field-voice-wg = la commission d’une voix
error-field-break-spoke = le ou la porte-parole qui demande la pause
error-field-assembly-name-short = le nom de l’assemblée
error-field-role = le rôle
error-field-list = la liste
error-field-change-day = le jour du changement
error-field-on = --on
error-field-summary = le résumé
error-field-asks = les demandes
error-field-announcements = les annonces
error-field-stance-name = le nom { $stance ->
        [block] d’un blocage
       *[other] d’une abstention
    }
error-field-stance-reason = la raison { $stance ->
        [block] du blocage
       *[other] de l’abstention
    } de { $name }
error-field-voice-reason = la raison de la voix de { $wg } ({ $voice ->
        [for] pour
        [against] contre
        [stand-aside] abstention
        [block] blocage
       *[other] { $voice }
    })

## L’ordre du jour (agenda.rs)

error-agenda-bad-allotted-time = le temps prévu, { $minutes }, doit être compris entre 1 et 1440 minutes
error-agenda-proposal-item-needs-proposal = un point de type proposition désigne sa proposition (--proposal)
error-agenda-only-proposal-item-names-proposal = seul un point de type proposition peut désigner une proposition, pas un point de type { $kind ->
        [process] fonctionnement
        [report-back] retour de commission
        [discussion] discussion
        [announcement] annonce
        [soapbox] tribune libre
       *[other] autre
    }
error-agenda-position-outside = la position { $position } est hors de l’ordre du jour (de 1 à { $count })
error-agenda-remove-taken-up = ce point a déjà été abordé ; reportez-le au lieu de le retirer
error-agenda-start-after-end = un point ne peut pas commencer à { $start } après avoir fini à { $end }
error-agenda-closed-start-needs-time = cette AG est close : donnez l’heure à laquelle le point a commencé (--at HH:MM) pour la corriger
error-agenda-meeting-not-open = ouvrez l’AG avant d’aborder ses points
error-agenda-item-already-active = ce point est déjà en cours
error-agenda-item-already-done = ce point est déjà terminé
error-agenda-closed-end-needs-time = cette AG est close : donnez l’heure à laquelle le point a fini (--at HH:MM) pour la corriger
error-agenda-finish-not-active = seul le point en cours peut être terminé
error-agenda-table-finished = un point { $status ->
        [done] terminé
        [tabled] reporté
        [active] en cours
       *[other] en attente
    } ne peut pas être reporté
error-report-back-cannot-clear = impossible de vider « { $given } » : les champs sont { $fields }
error-report-back-wg-and-behalf = un retour est fait par une commission ou au nom de quelqu’un, pas les deux
error-report-back-not-one = ce point de l’ordre du jour n’est pas un retour de commission
error-report-back-not-found = aucun retour de commission pour le point { $item }
error-report-back-would-blank = cela viderait { $fields } de ce retour : si c’est voulu, { $count ->
        [1] videz-le
       *[other] videz-les
    } explicitement (--clear { $flags })
error-report-back-fields-and = { $first } et { $rest }

## Les enregistrements d’une autre assemblée (db.rs)

error-not-owned-proposal = cette proposition appartient à une autre assemblée et n’est ici qu’en lecture ; adoptez-la pour en avoir votre propre copie
error-not-owned-meeting = cette AG appartient à une autre assemblée et n’est ici qu’en lecture ; adoptez-la pour en avoir votre propre copie
error-not-owned-decision = cette décision appartient à une autre assemblée et n’est ici qu’en lecture ; adoptez-la pour en avoir votre propre copie
error-not-owned-ga = l’AG { $number } appartient à une autre assemblée et n’est ici qu’en lecture ; adoptez-la pour en avoir votre propre copie
error-not-owned-wg = la commission « { $name } » appartient à une autre assemblée et n’est ici qu’en lecture ; adoptez-la pour en avoir votre propre copie
error-not-owned-person = { $name } appartient à une autre assemblée et n’est ici qu’en lecture ; adoptez cette fiche pour en avoir votre propre copie

## L’examen d’une proposition (proposal/hearing.rs)

error-step-not-started = pas commencé
error-step-present = présentation
error-step-clarifying-questions = questions de clarification
error-step-concerns = objections et amendements amicaux
error-step-temperature-check = prise de température
error-step-call-for-consensus = appel au consensus
error-step-vote = vote
error-step-outcome = résultat
error-hearing-not-a-proposal-item = le point { $item } n’est pas une proposition : il n’y a pas d’examen là
error-hearing-over = l’examen au point { $item } est terminé : son résultat ({ $outcome }) est consigné
error-hearing-record-tabled = cette proposition est reportée : consigner { $record ->
        [clarifying-questions] une question de clarification
        [concerns] une objection ou un amendement
        [temperature-check] une prise de température
       *[other] ceci
    } au point { $item } la reprendrait sans que personne ne l’ait décidé. Si l’AG la reprend, amenez d’abord son examen à une étape (proposal step … --to present)
error-hearing-record-passes-over = rien n’est consigné à l’étape « { $step } » du point { $item } : consigner maintenant { $record ->
        [clarifying-questions] une question de clarification
        [concerns] une objection ou un amendement
        [temperature-check] une prise de température
       *[other] ceci
    } la sauterait en silence. Consignez ce qui y a été soulevé, ou avancez en disant que rien ne l’a été (proposal step … --none)
error-hearing-remove-begun = l’examen de cette proposition a commencé à ce point : reportez la proposition au lieu de retirer le point
error-hearing-proposal-not-on-agenda = la proposition { $proposal } n’est pas à l’ordre du jour de { $meeting } : ajoutez-la d’abord comme point de type proposition
error-hearing-move-already-there = impossible de passer à « { $step } » : l’examen y est déjà
error-hearing-move-to-outcome = impossible de passer à « { $step } » : on arrive au résultat en le consignant : une décision, ou reporter, retirer ou renvoyer la proposition
error-hearing-move-no-vote = impossible de passer à « { $step } » : la règle de l’assemblée ({ $rule }) n’a pas de vote ; le désaccord est une abstention ou un blocage
error-hearing-move-only-outcome = impossible de passer à « { $step } » : après « { $from } », la suite est de consigner le résultat
error-hearing-move-one-way = impossible de passer à « { $step } » : après « { $from } », l’examen peut aller à « { $next } »
error-hearing-move-two-ways = impossible de passer à « { $step } » : après « { $from } », l’examen peut aller à « { $next } » ou à « { $other } »
error-hearing-nothing-recorded = { $step ->
        [clarifying-questions] aucune question de clarification n’est consignée
       *[other] aucune objection ni aucun amendement n’est consigné
    } au point { $item } : consignez ce qui a été soulevé, ou avancez en disant que rien ne l’a été (--none)
error-hearing-none-needless = « none » dit que rien n’a été soulevé à l’étape que l’examen quitte, mais passer de « { $from } » à « { $to } » ne laisse derrière aucune étape vide
error-hearing-not-found = aucun examen au point { $item } : ce n’est pas un point de type proposition
error-question-not-found = aucune question de clarification n’a l’identifiant { $id }
error-concern-not-found = aucune objection n’a l’identifiant { $id }
error-temperature-not-found = aucune prise de température n’a l’identifiant { $id }
error-temperature-count-too-big = { $count } mains { $hands ->
        [up] en haut
        [sideways] à plat
       *[down] en bas
    }, c’est plus de { $max } : vérifiez le compte
error-temperature-no-hands = une prise de température demande au moins une main : saisissez les mains en haut, à plat et en bas

## La vie d’une proposition (proposal/lifecycle.rs)

error-proposal-status-draft = brouillon
error-proposal-status-submitted = déposée
error-proposal-status-on-agenda = à un ordre du jour
error-proposal-status-in-process = en cours d’examen
error-proposal-status-decided = décidée
error-proposal-status-tabled = reportée
error-proposal-status-withdrawn = retirée
error-proposal-status-sent-back = renvoyée en commission
error-outcome-consensus = consensus
error-outcome-passed = adoptée
error-outcome-blocked = bloquée
error-outcome-failed = rejetée
error-outcome-tabled = reportée
error-outcome-withdrawn = retirée
error-outcome-sent-back = renvoyée en commission
error-proposal-final = cette proposition { $status ->
        [withdrawn] a été retirée par ses auteurs
        [sent-back] a été renvoyée pour être retravaillée
       *[decided] a été décidée
    } : elle ne peut plus être { $action ->
        [submit] déposée
        [put-on-agenda] mise à un ordre du jour
        [hear] examinée
        [decide] décidée
        [table] reportée
        [withdraw] retirée
        [send-back] renvoyée
       *[amend] amendée
    }
error-proposal-submit-not-draft = seul un brouillon peut être déposé ; cette proposition est déjà dans l’état « { $status } »
error-proposal-agenda-draft = cette proposition est un brouillon : déposez-la avant de la mettre à un ordre du jour
error-proposal-hear-not-on-agenda = cette proposition est dans l’état « { $status } » : mettez-la à l’ordre du jour d’une AG avant de l’examiner
error-proposal-decide-not-a-decision = { $outcome ->
        [withdrawn] « retirée »
       *[sent-back] « renvoyée »
    } n’est pas le résultat d’une décision : retirez ou renvoyez plutôt la proposition
error-proposal-decide-not-on-agenda = cette proposition est dans l’état « { $status } » : seule une proposition à l’ordre du jour d’une AG peut être décidée
error-proposal-already-tabled = cette proposition est déjà reportée
error-proposal-table-not-before-ga = cette proposition est dans l’état « { $status } » : seule une proposition devant l’AG (à un ordre du jour ou en cours d’examen) peut être reportée
error-proposal-send-back-draft = cette proposition est encore un brouillon : il n’y a rien à renvoyer (retirez-la plutôt)
error-proposal-move-needs-reason = dites pourquoi : { $outcome ->
        [withdrawn] un retrait
        [sent-back] un renvoi
       *[other] un report
    } porte sa raison, et le compte rendu l’imprime (p. ex. « après 9 blocages, pour revenir avec un atelier »)
error-proposal-item-not-its-hearing = le point { $item } n’est pas un examen de cette proposition

## Les versions et amendements d’une proposition (proposal/versions.rs)

error-proposal-no-text = la proposition { $id } n’a pas de texte
error-proposal-no-version = cette proposition n’a pas de version { $version } : ses versions vont de 1 à { $count }
error-amendment-not-found = aucun amendement n’a l’identifiant { $id }
error-amendment-already-answered = cet amendement a déjà été { $status ->
        [accepted] accepté
        [rejected] refusé
       *[other] traité
    }
error-amendment-text-moved-on = cet amendement a été proposé sur la version { $base }, mais le texte en est maintenant à la version { $current } : proposez-le à nouveau sur le texte actuel
error-amendment-needs-by = un amendement dit qui l’a proposé
error-amendment-same-text = le texte amendé est identique à la version { $base } : un amendement change le texte
error-amendment-not-at-a-ga = cet amendement n’a pas été proposé en AG : il n’y a pas de compte rendu à corriger
error-amendment-never-answered = cet amendement n’a jamais reçu de réponse : la réponse des auteurs se consigne avec `proposal amendment`, elle ne se corrige pas
error-amendment-later-versions = le texte en est maintenant à la version { $current }, faite depuis à partir de la version { $touched } : corrigez d’abord les amendements suivants
error-amendment-decided-elsewhere = une décision d’une autre AG a été prise sur la version { $touched } du texte : la réponse à cet amendement ne peut plus changer

## Les références courtes (refs.rs)

error-refs-no-short = { $what ->
        [amendment] aucun amendement
        [clarifying-question] aucune question de clarification
        [concern] aucune objection
       *[stack-entry] aucune inscription dans le tour de parole
    } « { $given } » (désignez-le par la référence courte que `show` affiche, ou par son identifiant)
error-refs-short-ambiguous = { $what ->
        [amendment] l’amendement
        [clarifying-question] la question de clarification
        [concern] l’objection
       *[stack-entry] l’inscription
    } « { $given } » est ambigu : donnez plus de chiffres de son identifiant

## Les commandes de la salle (room/commands.rs)

error-room-lang-not-a-code = arguments invalides : lang { $given } n’est pas un code de langue

## Erreurs fixes (error.rs) : la base de données, sa phrase secrète, les fichiers

error-no-assembly = cette base de données n’a pas encore d’assemblée : lancez d’abord `plenary init --name NOM --code CODE`
error-newer-database = cette base de données a été créée par un Plenary plus récent (version du schéma { $found }, ce Plenary connaît jusqu’à la { $known }) ; mettez Plenary à jour pour l’ouvrir — la base n’a pas été touchée
error-locked = cette base de données est chiffrée et pas encore déverrouillée : donnez d’abord sa phrase secrète
error-upgrading = les registres sont en cours de mise à jour pour cette version de Plenary ; un instant
error-database = erreur de la base de données : { $reason }
error-migration = la migration de la base de données a échoué : { $reason }
error-wrong-passphrase = la phrase secrète n’ouvre pas cette base de données ; rien n’a été changé
error-io = { $context } : { $reason }
error-io-cannot-open = impossible d’ouvrir { $path }
error-io-cannot-read = impossible de lire { $path }
error-io-cannot-write = impossible d’écrire { $path }
error-io-cannot-create-folder = impossible de créer le dossier { $path }
error-io-cannot-read-inbox = impossible de lire le dossier d’entrée { $path }
error-io-cannot-watch-inbox = impossible de commencer à surveiller le dossier d’entrée
error-io-cannot-start-checkpoint = impossible de démarrer le fil des points de contrôle
error-io-cannot-write-key = impossible d’écrire la clé de signature dans { $path }
error-io-cannot-read-key = impossible de lire la clé de signature { $path }
error-io-cannot-delete-backup = impossible de supprimer la sauvegarde { $path }
error-io-cannot-flush = impossible d’écrire { $path } sur le disque
error-io-cannot-move = impossible de déplacer { $from } vers { $to }
error-assembly-no-key-in-memory = cette base de données en mémoire n’a pas de clé de signature
error-person-forget-log-busy = le nom est remplacé, mais un autre programme occupe la base de données ; son journal peut donc garder les anciens octets jusqu’à ce que ce programme soit fermé

## Ensembles fermés de mots (text_enum.rs) : un mot qui n’est pas de son ensemble

error-unknown-value = « { $given } » n’est pas une valeur de { $what } : valeurs attendues : { $expected }
error-what-actor = acteur
error-what-amendment-status = état d’amendement
error-what-change = changement
error-what-decision-reason = motif de décision
error-what-stack-entry-kind = type d’inscription au tour de parole
error-what-hand-request-status = état de demande de parole
error-what-hand-state = état de main levée
error-what-hearing-action = action d’examen
error-what-search-hit-kind = type de résultat de recherche
error-what-agenda-item-kind = type de point de l’ordre du jour
error-what-agenda-item-status = état de point de l’ordre du jour
error-what-meeting-status = état d’AG
error-what-meeting-format = format d’AG
error-what-minutes-format = format de compte rendu
error-what-process-step = étape du processus
error-what-proposal-action = action sur une proposition
error-what-proposal-status = état de proposition
error-what-stack-reason = motif du tour de parole
error-what-stack-policy = règle du tour de parole
error-what-stance = position
error-what-wg-category = catégorie de commission
error-what-wg-status = état de commission
error-what-outcome = résultat
error-what-wg-voice = voix de commission
error-what-view = vue
error-what-room-role = rôle dans la salle
error-what-stack-entry-status = état d’inscription au tour de parole
error-what-key-status = état de clé
error-what-inbox-file-state = état de fichier reçu

## Ce qui est endommagé dans l’historique d’annulation (stack/undo.rs)

error-undo-damaged-not-json = pas du JSON
error-undo-damaged-no-table = pas de table
error-undo-damaged-unknown-table = table inconnue
error-undo-damaged-no-id = pas d’identifiant
error-undo-damaged-bad-row = ligne invalide
