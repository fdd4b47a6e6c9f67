# La ligne de commande (src-tauri/core/src/bin/plenary) : ses messages et son --help.

cli-error = erreur : { $message }
cli-json-failed = impossible d’écrire le JSON : { $reason }
cli-restored = { $name } ({ $code }) restaurée depuis { $file }
cli-restored-no-key = note : la clé de signature de l’assemblée n’est pas à côté de cette base de données ; copiez ici son fichier .key pour exporter des paquets

cli-wg-category = { $code ->
        [operational] opérationnelle
        [sectorial] sectorielle
        [strategy] stratégique
        [caucus] caucus
       *[other] { $code }
    }
cli-wg-status = { $code ->
        [forming] en formation
        [active] active
        [dormant] en sommeil
        [dissolved] dissoute
       *[other] { $code }
    }
cli-meeting-status = { $code ->
        [planned] prévue
        [open] ouverte
        [closed] close
       *[other] { $code }
    }
cli-item-status = { $code ->
        [pending] en attente
        [active] en cours
        [done] terminé
        [tabled] reporté
       *[other] { $code }
    }
cli-proposal-status = { $code ->
        [draft] brouillon
        [submitted] déposée
        [on-agenda] à un ordre du jour
        [in-process] en cours d’examen
        [decided] décidée
        [tabled] reportée
        [withdrawn] retirée
        [sent-back] renvoyée en commission
       *[other] { $code }
    }
cli-entry-kind = { $code ->
        [process] point de procédure
        [information] point d’information
        [clarifying] question de clarification
        [direct-response] réponse directe
        [speak] prise de parole
       *[other] { $code }
    }
cli-step = { $code ->
        [not-started] pas commencé
        [present] présentation
        [clarifying-questions] questions de clarification
        [concerns] objections et amendements amicaux
        [temperature-check] prise de température
        [call-for-consensus] appel au consensus
        [vote] vote
        [outcome] résultat
       *[other] { $code }
    }
cli-amendment-status = { $code ->
        [pending] en attente
        [accepted] accepté
        [rejected] rejeté
       *[other] { $code }
    }
cli-search-kind = { $code ->
        [wg] commission
        [report-back] retour
        [proposal] proposition
        [decision] décision
        [minutes] compte rendu
       *[other] { $code }
    }
cli-role = { $code ->
        [facilitator] modération
        [stack-keeper] tour de parole
        [timekeeper] gardien·ne du temps
        [minute-taker] prise de notes
        [vibes-watcher] veille bienveillance
       *[other] { $code }
    }

cli-col-assembly = ASSEMBLÉE
cli-col-attendance = PRÉSENCE
cli-col-by = PAR
cli-col-category = CATÉGORIE
cli-col-code = CODE
cli-col-date = DATE
cli-col-deleted = SUPPRIMÉS
cli-col-end = FIN
cli-col-file = FICHIER
cli-col-files = FICHIERS
cli-col-fingerprint = EMPREINTE
cli-col-from = DE
cli-col-ga = AG
cli-col-gas = AG
cli-col-given-by = PRÉSENTÉ PAR
cli-col-id = ID
cli-col-imported-utc = IMPORTÉ (UTC)
cli-col-item = POINT
cli-col-kind = TYPE
cli-col-list = LISTE
cli-col-meets = SE RÉUNIT
cli-col-name = NOM
cli-col-new = NOUVEAUX
cli-col-of-people = DES PERSONNES
cli-col-of-time = DU TEMPS
cli-col-overrun = DÉPASSEMENT
cli-col-pauses = PAUSES
cli-col-people = PERSONNES
cli-col-place = LIEU
cli-col-pronouns = PRONOMS
cli-col-proposal = PROPOSITION
cli-col-records = ENREGISTREMENTS
cli-col-ref = RÉF
cli-col-refused = REFUSÉS
cli-col-scope = PORTÉE
cli-col-share = PART
cli-col-since = DEPUIS
cli-col-speeches = INTERVENTIONS
cli-col-spoke = A PARLÉ
cli-col-start = DÉBUT
cli-col-status = ÉTAT
cli-col-summary = RÉSUMÉ
cli-col-table = TABLE
cli-col-time = TEMPS
cli-col-title = TITRE
cli-col-unchanged = INCHANGÉS
cli-col-updated = MIS À JOUR
cli-col-wg = COMMISSION
cli-col-why-here = POURQUOI ICI

cli-passphrase-ask = Phrase de passe de { $path } :{" "}
cli-passphrase-new = Nouvelle phrase de passe (impossible de la récupérer si elle est perdue) :{" "}
cli-passphrase-again = La nouvelle phrase de passe, encore une fois :{" "}
cli-passphrase-no-terminal = cette base de données est chiffrée et aucun terminal ne peut demander sa phrase de passe : définissez { $variable }
cli-passphrase-encrypted = la base de données est chiffrée avec la nouvelle phrase de passe ; gardez-la bien : sans elle, personne ne peut ouvrir le registre
cli-passphrase-decrypted = la base de données n’est plus chiffrée : quiconque a le fichier peut la lire
cli-passphrase-backups-rekeyed = { $n ->
        [one] { $n } sauvegarde automatique réécrite en conséquence
       *[other] { $n } sauvegardes automatiques réécrites en conséquence
    }
cli-passphrase-backups-deleted = { $n ->
        [one] { $n } sauvegarde automatique chiffrée avec une ancienne phrase de passe a été supprimée
       *[other] { $n } sauvegardes automatiques chiffrées avec une ancienne phrase de passe ont été supprimées
    }

cli-wg-heading = { $name } ({ $category }, { $status } depuis le { $since }) — { $assembly }
cli-wg-proposal-count = { $n } : { $status }
cli-wg-proposals = Propositions : { $counts }
cli-wg-proposals-none = Propositions : aucune
cli-wg-report-backs = Retours : { $n }
cli-wg-status-set = { $name } est désormais { $status } (depuis le { $since })

cli-person-forgotten = Désormais { $placeholder } : { $records } enregistrements de cette assemblée modifiés (ils partent dans le prochain paquet), { $rows } lignes locales réécrites, { $backups } sauvegardes automatiques supprimées.

cli-stack-name-the-entry = désignez l’inscription avec --entry ID, ou avec --item et --name
cli-stack-undone = annulé : { $action }
cli-stack-undo-would = annuler annulerait : { $action }
cli-stack-heading = { $reference } — { $title } ({ $policy })
cli-stack-heading-closed = { $reference } — { $title } ({ $policy }, tour de parole clos)
cli-stack-speaker-for = { $name } pour { $wg }
cli-stack-floor = a la parole : { $speaker } ({ $kind }) depuis { $time }{ $paused ->
        [yes] , en pause
       *[no] {""}
    }
cli-stack-floor-of = a la parole : { $speaker } ({ $kind }) depuis { $time } sur { $limit }{ $paused ->
        [yes] , en pause
       *[no] {""}
    }
cli-stack-floor-nobody = a la parole : personne
cli-airtime-heading = { $reference } : { $speeches } interventions de { $speakers } personnes, { $time } en tout ; { $first } ont parlé pour la première fois
cli-airtime-gini = Gini du temps de parole : { $gini } sur { $n } personnes ({ $present })
cli-airtime-gini-none = Gini du temps de parole : aucun (personne n’a parlé)
cli-airtime-first-time = première fois
cli-airtime-no-list = (aucune choisie)
cli-airtime-last-speakers = dernières personnes à parler, de la plus récente à la plus ancienne : { $names }

cli-meeting-format = { $code ->
        [spokes-council] conseil de porte-parole
       *[other] assemblée générale
    }
cli-meeting-format-line = format : { $format }
cli-meeting-spoke = { $name } est porte-parole de { $wg }
cli-meeting-spoke-line = { $wg } : { $name }
cli-meeting-spoke-until = { $wg } : { $name } (jusqu’à { $until })
cli-meeting-consult-line = pause de consultation : { $wg } ({ $by }), { $minutes } min, { $start }–{ $end }
cli-meeting-consult-ended = la pause de consultation de { $wg } s’est terminée à { $time }
cli-meeting-consult-called = pause de consultation de { $minutes } min pour { $wg } ({ $by })
cli-meeting-heading = { $reference } — { $date } — { $place } ({ $status })
cli-meeting-policy-attendance = tour de parole : { $policy } ; présence : { $attendance }
cli-meeting-role = { $role } : { $name }
cli-meeting-role-from-until = { $role } : { $name } ({ $from }–{ $until })
cli-meeting-role-from = { $role } : { $name } (à partir de { $from })
cli-meeting-role-until = { $role } : { $name } (jusqu’à { $until })
cli-meeting-planned = prévu : { $minutes } min
cli-meeting-planned-from-to = prévu : { $minutes } min, { $start }–{ $end }{ $next_day ->
        [yes] {" "}(le lendemain)
       *[no] {""}
    }
cli-meeting-corrected = corrigé après l’AG :
cli-meeting-correction = { $time } ({ $actor }) : { $what } : { $before } → { $after }
cli-meeting-corrected-none = (rien)
cli-meeting-is-open = { $time ->
        [none] { $reference } est ouverte
       *[other] { $reference } est ouverte depuis { $time }
    }
cli-meeting-opened = { $time ->
        [none] { $reference } s’est ouverte
       *[other] { $reference } s’est ouverte à { $time }
    }
cli-meeting-is-closed = { $time ->
        [none] { $reference } est close
       *[other] { $reference } s’est close à { $time }
    }
cli-meeting-starts-at = { $reference } commence à { $time }
cli-meeting-no-start = { $reference } n’a pas d’heure de début
cli-meeting-attendance = { $reference } : présence { $attendance }
cli-meeting-attendance-none = { $reference } : présence non notée

cli-item-under-way = { $time ->
        [none] { $reference } est en cours
       *[other] { $reference } est en cours depuis { $time }
    }
cli-item-started = { $time ->
        [none] { $reference } a commencé
       *[other] { $reference } a commencé à { $time }
    }
cli-item-done = { $time ->
        [none] { $reference } est terminé
       *[other] { $reference } s’est terminé à { $time }
    }
cli-item-tabled = { $reference } est reporté
cli-report-back = retour : { $from } ; présenté par { $presenter }
cli-report-back-nobody = personne pour l’instant
cli-report-back-on-behalf-of = au nom de { $who }
cli-announcement = annonce { $n }
cli-notes-would-blank = cela viderait les notes de ce point : si c’est voulu, utilisez --clear
cli-notes-saved = { $reference } : notes enregistrées
cli-minutes-short = { $n } min

cli-proposal-no-decision = aucune décision n’a été notée pour { $proposal } à l’AG { $meeting }
cli-proposal-is = { $reference } : { $status }
cli-amendment-accepted = accepté : le texte est désormais en version { $version }
cli-proposal-step = { $step } (ensuite : { $next })
cli-proposal-heading = { $reference } — { $title } ({ $status })
cli-proposal-by = proposée par { $name }
cli-proposal-wg = commission : { $wg }
cli-proposal-adopted-from = reprise de la proposition { $original } d’une autre assemblée
cli-proposal-version = version { $n } sur { $total } :
cli-proposal-amendments = amendements :
cli-proposal-amendment = [{ $reference }] { $status }, de { $by }, sur la version { $version } : { $diff }
cli-proposal-hearing = { $item } ({ $date }, { $status }) : { $step }
cli-proposal-hearing-outcome = { $item } ({ $date }, { $status }) : { $step } — { $outcome }
cli-proposal-hearing-outcome-by = { $item } ({ $date }, { $status }) : { $step } — { $outcome } par { $by }
cli-proposal-hearing-outcome-why = { $item } ({ $date }, { $status }) : { $step } — { $outcome } : { $why }
cli-proposal-hearing-outcome-by-why = { $item } ({ $date }, { $status }) : { $step } — { $outcome } par { $by } : { $why }
cli-proposal-no-questions = aucune question de clarification n’a été posée
cli-proposal-no-concerns = aucune objection soulevée, aucun amendement amical proposé
cli-proposal-question = question [{ $reference }] ({ $by }) : { $question }
cli-proposal-answer = réponse : { $answer }
cli-proposal-concern = objection [{ $reference }] ({ $by }, { $addressed ->
        [yes] traitée
       *[no] ouverte
    }) : { $concern }
cli-proposal-temperature = température : { $up } en haut, { $sideways } de côté, { $down } en bas
cli-proposal-decision = décision selon { $rule } : { $explanation }
cli-proposal-stance = { $stance } : { $name }
cli-proposal-stance-why = { $stance } : { $name } : { $why }
cli-proposal-disputed = CONTESTÉE : { $note }

cli-scope-all = toute l’assemblée
cli-scope-meetings = { $n ->
        [one] { $n } AG choisie
       *[other] { $n } AG choisies
    }
cli-scope-since = modifications depuis le { $date }
cli-bundle-exported = { $file } : { $records } enregistrements, { $deletions } suppressions, { $minutes } comptes rendus ({ $scope }), { $bytes } octets
cli-bundle-sealed-for = scellé pour { $names } : elles seules peuvent l’ouvrir
cli-bundle-import-undone = annulé : l’import de { $file } venant de { $assembly } ({ $removed } enregistrements retirés, { $restored } remis comme avant)
cli-bundle-passed-on = { $file } : le paquet de { $assembly } fait le { $made }, inchangé
cli-bundle-not-received-id = { $id } n’est pas l’id d’un paquet reçu (`plenary bundle received` les liste)
cli-inspect-file = fichier :      { $file } ({ $bytes } octets)
cli-inspect-sealed-for = scellé pour : { $names }
cli-inspect-sealed-not-us = {"               "}cette assemblée n’en fait pas partie : elles seules peuvent l’ouvrir
cli-inspect-sealed-opened = scellé pour : { $names } ; ouvert avec la clé de cette assemblée
cli-inspect-from = de :           { $name } ({ $code }), assemblée { $id }
cli-inspect-fingerprint = empreinte :    { $fingerprint }
cli-inspect-key-new = clé :          nouvelle : inconnue ici ; l’importer l’épingle
cli-inspect-key-known = clé :          connue : la clé épinglée ici
cli-inspect-key-mismatch = clé :          DIFFÉRENTE : cette assemblée est connue ici avec une autre clé ({ $pinned })
cli-inspect-key-own = clé :          la propre clé de cette assemblée
cli-inspect-made = fait :         { $made } par { $generator }
cli-inspect-scope = portée :       { $scope }
cli-inspect-scope-meetings = portée :       { $scope } ({ $meetings })
cli-inspect-already-imported = importé :      déjà, le { $at }
cli-inspect-verifies = vérifié :      oui
cli-inspect-does-not-verify = vérifié :      NON : { $problem }
cli-inspect-importable = importable :   oui, ici
cli-inspect-not-importable = importable :   NON, pas ici : { $problem }
cli-inspect-would-refuse = refusés :      { $n } enregistrements seraient refusés ici (`bundle import --dry-run` dit lesquels et pourquoi)
cli-inspect-deletions = (suppressions)
cli-inspect-minutes = (comptes rendus)
cli-import-totals = { $dry_run ->
        [yes] { $file } de { $assembly } ({ $code }) serait importé : { $new } nouveaux, { $updated } mis à jour, { $unchanged } inchangés, { $refused } refusés, { $deleted } supprimés
       *[no] { $file } de { $assembly } ({ $code }) importé : { $new } nouveaux, { $updated } mis à jour, { $unchanged } inchangés, { $refused } refusés, { $deleted } supprimés
    }
cli-import-key-pinned = { $dry_run ->
        [yes] la clé de { $assembly } ({ $code }) serait épinglée, empreinte { $fingerprint }
       *[no] la clé de { $assembly } ({ $code }) est épinglée, empreinte { $fingerprint }
    }
cli-import-already = ce fichier a été importé le { $at } : rien ne change
cli-import-refused = refusé { $record } { $id } : { $reason }
cli-import-more-refused = … et { $n } autres refusés
cli-import-undo-hint = pour annuler tout cet import : plenary bundle undo-import { $id }

cli-fed-no-folders = pas encore de dossiers de fédération : choisissez-les avec `plenary federation folders --inbox DIR --outbox DIR`
cli-fed-watching = surveillance de { $inbox } (Ctrl+C pour arrêter)
cli-fed-stopped = arrêté
cli-fed-outbox-note = boîte d’envoi : { $note }
cli-fed-inbox-read = boîte de réception : { $read } fichier(s) lu(s), { $unchanged } inchangé(s) depuis la dernière fois
cli-fed-waiting-file = en attente d’approbation : { $file } de { $assembly } ({ $code }), empreinte de la clé { $fingerprint }
cli-fed-left-alone-file = laissé de côté : { $file } : { $note }
cli-fed-own-skipped = { $n } paquet(s) de cette assemblée elle-même ignoré(s)
cli-fed-relayed = transmis dans la boîte d’envoi : { $file }
cli-fed-status-inbox = réception :          { $dir }
cli-fed-status-outbox = envoi :              { $dir }
cli-fed-status-last-sync = dernière synchro :   { $at }
cli-fed-status-last-outbox = dernier envoi :      { $file }
cli-fed-outbox-file = { $file } ({ $records } enregistrements, { $at })
cli-fed-status-imported = importés :           { $files } fichier(s) ; transmis : { $relayed }
cli-fed-status-waiting = En attente d’approbation (vérifiez l’empreinte avec cette assemblée, puis `plenary federation approve EMPREINTE`) :
cli-fed-status-left-alone = Laissés de côté (réessayés quand le fichier change) :

cli-room-not-a-ui = { $dir } n’est pas une compilation de l’interface de l’app (pas d’index.html) : compilez-la avec npm --prefix ui run build
cli-room-cannot-start = impossible de démarrer le serveur de la salle
cli-room-open = La salle de { $reference } est ouverte à { $address }
cli-room-team = Les appareils de l’équipe s’appairent à { $address }
cli-room-keys = Entrée pour de nouveaux codes d’appairage, Ctrl+C pour fermer la salle.
cli-room-closed = La salle est fermée.
cli-room-meeting-closed = { $reference } est close : la salle est fermée.
cli-room-role = { $code ->
        [participant] participant·e
        [stack-keeper] tour de parole
        [minute-taker] prise de notes
       *[other] { $code }
    }
cli-room-code = Code d’appairage pour { $role } : { $code } (une fois, d’ici { $minutes } minutes)

cli-search-none = aucun résultat
cli-search-hits = résultats { $first }–{ $last } sur { $total }
cli-search-hits-more-than = résultats { $first }–{ $last } sur plus de { $total }

cli-minutes-approved = approuvé
cli-cannot-write = impossible d’écrire { $path }

cli-help-arg-json = Écrire du JSON (pour les scripts) au lieu de texte
cli-help-arg-meeting = L’AG : numéro (39), référence (LDN-GA-39) ou id
cli-help-arg-item = Référence du point de l’ordre du jour (39.3, LDN-GA-39.3) ou id
cli-help-arg-proposal = La proposition : référence (LDN-P-2026-034) ou id
cli-help-arg-hearing = L’AG où la proposition est examinée (elle doit être à son ordre du jour)
cli-clap-help-flag = Afficher l’aide
cli-clap-version-flag = Afficher la version
cli-clap-help-command = Afficher ce message ou l’aide des sous-commandes données
cli-clap-help-command-subcommand = La sous-commande dont afficher l’aide
cli-clap-usage = Utilisation :
cli-clap-commands = Commandes :
cli-clap-arguments = Arguments :
cli-clap-options = Options :
cli-clap-unknown-subcommand = sous-commande inconnue : « { $name } »
cli-clap-suggest-subcommand = conseil : une sous-commande proche existe : « { $name } »
cli-clap-unknown-argument = argument inattendu : « { $name } »
cli-clap-suggest-argument = conseil : un argument proche existe : « { $name } »
cli-clap-missing-arguments = ces arguments obligatoires n’ont pas été donnés :
cli-clap-invalid-value = valeur « { $value } » invalide pour « { $arg } »
cli-clap-missing-value = « { $arg } » demande une valeur, mais aucune n’a été donnée
cli-clap-possible-values = valeurs possibles : { $values }
cli-clap-missing-subcommand = « { $name } » demande une sous-commande, mais aucune n’a été donnée
cli-clap-subcommands = sous-commandes : { $values }
cli-clap-used-twice = l’argument « { $arg } » ne peut pas être utilisé plusieurs fois
cli-clap-conflict = l’argument « { $arg } » ne peut pas être utilisé avec « { $other } »
cli-clap-conflict-many = l’argument « { $arg } » ne peut pas être utilisé avec :
cli-clap-conflict-others = l’argument « { $arg } » ne peut pas être utilisé avec un ou plusieurs des autres arguments donnés
cli-clap-invalid-value-because = valeur « { $value } » invalide pour « { $arg } » : { $reason }
cli-clap-number-empty = ce n’est pas un nombre : la valeur est vide
cli-clap-number-invalid-digit = ce n’est pas un nombre entier : il contient autre chose que des chiffres
cli-clap-number-too-large = le nombre est trop grand
cli-clap-number-too-small = le nombre est trop petit
cli-clap-number-zero = le nombre ne peut pas être zéro
cli-clap-not-in-range = { $value } n’est pas dans { $range }
cli-clap-invalid-utf8 = de l’UTF-8 invalide a été trouvé dans un ou plusieurs arguments
cli-clap-more = Pour en savoir plus, essayez « { $flag } ».

cli-help = Assemblées générales : commissions, AG, ordres du jour, tours de parole, propositions, comptes rendus, paquets.
cli-help-db = Le fichier de la base de données (par défaut : le dossier de données du système)
cli-help-lang = La langue que parle Plenary (ses messages, cette aide, les comptes rendus) : en, es, fr, de, pt, el ou ar. Ce qui a été saisi dans le registre reste tel quel. Par défaut : LC_ALL, LC_MESSAGES ou LANG, sinon l’anglais
cli-help-init = Créer l’assemblée de cette installation et sa clé de signature
cli-help-init-name = Le nom de l’assemblée (« AG de Nuit Debout République »)
cli-help-init-code = Code court utilisé dans les références (LDN-GA-39), 2 à 8 lettres ou chiffres
cli-help-init-rule = Règle de décision par défaut : consensus, modified:P, supermajority:A/B ou majority
cli-help-demo = Remplir une base de données vide avec une assemblée d’exemple réaliste

cli-help-assembly = L’assemblée de cette installation : l’afficher, choisir la langue des comptes rendus qu’elle partage
cli-help-assembly-show = Afficher l’assemblée : nom, code, règle de décision par défaut, langue de ses comptes rendus partagés
cli-help-assembly-show-json = { cli-help-arg-json }
cli-help-assembly-minutes-lang = Choisir la langue des comptes rendus que l’assemblée partage dans ses paquets (les paquets déjà écrits gardent la leur ; les enregistrements restent tels que saisis)
cli-help-assembly-minutes-lang-minutes-lang = en, es, fr, de, pt, el ou ar
cli-assembly-shown = { $name } ({ $code })
cli-assembly-rule = règle par défaut : { $rule }
cli-assembly-minutes-lang = comptes rendus partagés : { $language } ({ $code })
cli-assembly-minutes-lang-set = { $name } partage ses comptes rendus en { $language } ({ $code })
cli-help-wg = Commissions
cli-help-wg-add = Créer une commission ; écrit son id
cli-help-wg-add-name = Le nom de la commission
cli-help-wg-add-category = operational, sectorial, strategy ou caucus
cli-help-wg-add-description = Ce que fait la commission
cli-help-wg-add-status = forming (par défaut), active, dormant ou dissolved
cli-help-wg-add-contact = Comment la joindre (une adresse e-mail, un téléphone, un lieu)
cli-help-wg-add-schedule = Quand et où elle se réunit (« le mardi à 18 h, à la bibliothèque »)
cli-help-wg-list = Lister les commissions (locales et importées)
cli-help-wg-show = Une commission : l’historique de son état, ses propositions comptées par état et chacun de ses retours, de l’AG la plus récente à la plus ancienne (ce que montre sa page dans l’app)
cli-help-wg-show-wg = Nom ou id
cli-help-wg-status = Changer l’état d’une commission (le changement est daté)
cli-help-wg-status-wg = Nom ou id
cli-help-wg-status-set = forming, active, dormant ou dissolved
cli-help-wg-status-on = Date du changement, AAAA-MM-JJ (par défaut aujourd’hui)
cli-help-wg-status-note = Une note sur le changement (pourquoi)
cli-help-meeting = Les AG
cli-help-meeting-new = Prévoir une nouvelle AG ; écrit sa référence (TST-GA-3). Elle est numérotée après la dernière
cli-help-meeting-new-date = AAAA-MM-JJ
cli-help-meeting-new-place = Où se tient l’AG
cli-help-meeting-new-policy = progressive (par défaut) ou fifo
cli-help-meeting-new-number = Le numéro de l’AG (par défaut : un de plus que la dernière)
cli-help-meeting-new-time = Début prévu, HH:MM (24 heures, heure locale)
cli-help-meeting-new-format = general-assembly (par défaut) ou spokes-council : un·e porte-parole par commission, seul·es les porte-parole prennent la parole, une voix par commission dans les décisions
cli-help-meeting-spoke = Faire de NAME le ou la porte-parole de la commission WG dans ce conseil de porte-parole (créée si nouvelle). Un·e nouveau·elle porte-parole met fin au tour du précédent ; les deux restent au registre
cli-help-meeting-spoke-wg = La commission (nom ou id)
cli-help-meeting-spoke-name = Le nom du ou de la porte-parole
cli-help-meeting-spokes = Lister les porte-parole et les pauses de consultation d’un conseil de porte-parole
cli-help-meeting-consult = Un·e porte-parole demande une pause de consultation de N minutes (1–30) pour que les groupes se concertent ; `--end` termine la pause en cours
cli-help-meeting-consult-by = Le ou la porte-parole qui la demande
cli-help-meeting-consult-minutes = Durée de la pause, en minutes (1–30)
cli-help-meeting-consult-end = Terminer la pause de consultation en cours
cli-help-meeting-list = Lister les AG de cette assemblée, de la plus récente à la plus ancienne
cli-help-meeting-list-imported = Aussi les AG des assemblées importées depuis des paquets (après celles-ci, par code d’assemblée)
cli-help-meeting-show = Afficher une AG : rôles et ordre du jour
cli-help-meeting-open = Ouvrir une AG prévue. Sans --at, l’heure est celle de l’horloge pour une AG tenue aujourd’hui, inconnue sinon ; avec --at sur une AG close, une correction
cli-help-meeting-open-at = L’heure d’ouverture, HH:MM (locale, à la date de l’AG)
cli-help-meeting-close = Clore une AG ouverte ; ensuite son registre accepte des corrections jusqu’à l’approbation de son compte rendu
cli-help-meeting-close-at = L’heure de clôture, HH:MM (locale ; après minuit, compte pour le lendemain)
cli-help-meeting-role = Confier un rôle à quelqu’un : facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher, ou tout mot à vous (lecture du tour de parole, diffusion en direct, …). Une passation : --until HH:MM pour qui quitte le rôle, --from HH:MM pour qui le prend ; le relancer pour quelqu’un qui a déjà le rôle ne change que les heures données
cli-help-meeting-role-role = Le rôle : facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher ou un mot à vous
cli-help-meeting-role-name = Qui le tient
cli-help-meeting-role-from = Tenu à partir de cette heure de l’AG (HH:MM ; "" l’efface)
cli-help-meeting-role-until = Tenu jusqu’à cette heure (HH:MM ; "" l’efface)
cli-help-meeting-time = Fixer l’heure de début prévue, HH:MM (24 heures, heure locale) ; "" l’efface
cli-help-meeting-time-time = L’heure de début, HH:MM ("" l’efface)
cli-help-meeting-policy = Fixer la règle du tour de parole de l’AG (ga-process.md, "Fair floor") : fifo|progressive [,first-time-first] [,alternate:LISTE|LISTE…] [,cap:N] [,no-repeat]. Écrit la règle en vigueur. Annuler dans le tour de parole du point (--item, sinon le point en cours) revient en arrière
cli-help-meeting-policy-set = La règle : fifo|progressive [,first-time-first] [,alternate:LISTE|LISTE…] [,cap:N] [,no-repeat]
cli-help-meeting-policy-reason = Pourquoi l’équipe de modération l’a changée (le compte rendu l’indique)
cli-help-meeting-policy-item = Le point dans le tour de parole duquel elle a été changée (par défaut : le point en cours, s’il y en a un)
cli-help-meeting-attendance = Noter combien de personnes étaient présentes : un nombre (55), une fourchette (50-60) ou un nombre approximatif (~50) ; "" l’efface
cli-help-meeting-attendance-count = 55, 50-60 ou ~50 ("" l’efface)
cli-help-agenda = Les points de l’ordre du jour d’une AG
cli-help-agenda-add = Ajouter un point à la fin de l’ordre du jour d’une AG ; écrit sa référence (TST-GA-3.2)
cli-help-agenda-add-kind = process, report-back, proposal, discussion, announcement, soapbox ou other
cli-help-agenda-add-title = Le titre du point
cli-help-agenda-add-minutes = Temps prévu, en minutes
cli-help-agenda-add-wg = La commission qui fait son retour (nom ou id)
cli-help-agenda-add-proposal = La proposition à examiner (référence ou id)
cli-help-agenda-prepare = Remplir un ordre du jour vide avec l’ordre habituel : accueil, retours des commissions, propositions, annonces, micro ouvert, clôture
cli-help-agenda-prepare-report-backs = Une commission qui fait son retour (répétable, dans l’ordre)
cli-help-agenda-prepare-proposals = Une proposition à examiner (répétable, dans l’ordre)
cli-help-agenda-list = Lister l’ordre du jour d’une AG
cli-help-agenda-move = Déplacer un point à une autre place (1 = la première)
cli-help-agenda-move-to = La nouvelle place (1 = la première)
cli-help-agenda-start = Aborder un point : il devient le point en cours (l’AG doit être ouverte). Avec --at sur un point déjà abordé (ou sur une AG close), fixe son heure de début
cli-help-agenda-start-at = L’heure à laquelle il a été abordé, HH:MM (locale ; sans elle : celle de l’horloge pour une AG tenue aujourd’hui, inconnue sinon)
cli-help-agenda-finish = Terminer le point en cours. Avec --at sur un point terminé, fixe son heure de fin
cli-help-agenda-finish-at = L’heure de fin, HH:MM (locale)
cli-help-agenda-table = Reporter un point en attente ou le point en cours
cli-help-agenda-table-reason = Pourquoi ; obligatoire quand la proposition du point est reportée avec lui (le compte rendu l’indique)
cli-help-agenda-report-back = Noter un retour sur son point, d’une commission ou au nom de quelqu’un. Le relancer ne change que les champs donnés ; vider un champ qui contient du texte demande --clear
cli-help-agenda-report-back-wg = La commission qui fait son retour (nom ou id)
cli-help-agenda-report-back-on-behalf-of = Au nom de qui il est fait (« Nuit Debout Lyon »), au lieu d’une commission
cli-help-agenda-report-back-presenter = Qui l’a présenté
cli-help-agenda-report-back-summary = Ce que la commission a rapporté
cli-help-agenda-report-back-asks = Ce qu’elle demande à l’AG
cli-help-agenda-report-back-announcements = Ses annonces
cli-help-agenda-report-back-clear = Vider un champ : presenter, summary, asks, announcements ou on-behalf-of (répétable)
cli-help-agenda-announce = Noter une annonce faite lors d’un point d’annonces
cli-help-agenda-announce-by = Qui l’a faite
cli-help-agenda-announce-on-behalf-of = Au nom de qui (« Nuit Debout Lyon »)
cli-help-agenda-announce-text = L’annonce
cli-help-agenda-notes = Fixer les notes de la prise de notes d’un point (les remplace ; "" demande --clear)
cli-help-agenda-notes-text = Les notes
cli-help-agenda-notes-clear = Vider les notes
cli-help-person = Personnes : lister, renommer, fusionner
cli-help-person-list = Les personnes de cette assemblée, avec combien d’enregistrements et d’AG les nomment
cli-help-person-rename = Renommer une personne ; chaque enregistrement qui la nomme suit
cli-help-person-rename-person = La personne (nom ou id)
cli-help-person-rename-to = Le nouveau nom
cli-help-person-merge = Fusionner deux noms qui sont une seule personne : chaque enregistrement de P nomme Q à la place, et P disparaît
cli-help-person-merge-person = La personne qui disparaît dans la fusion (nom ou id)
cli-help-person-merge-into = La personne qui reste (nom ou id)
cli-help-person-forget = Oublier une personne qui le demande : son nom devient « Participant·e N » partout dans le registre de cette assemblée (texte libre, journal des prises de parole, journal) ; les sauvegardes automatiques sont supprimées et le fichier compacté pour que les octets du nom disparaissent. Cela part dans le prochain paquet
cli-help-person-forget-person = La personne (nom ou id)
cli-help-proposal = Propositions
cli-help-proposal-new = Déposer une proposition (ou garder un brouillon avec --draft) ; écrit sa référence (TST-P-2026-001)
cli-help-proposal-new-title = Le titre de la proposition
cli-help-proposal-new-text = Le texte de la proposition
cli-help-proposal-new-wg = La commission qui propose (nom ou id)
cli-help-proposal-new-by = Le nom de l’auteur·e
cli-help-proposal-new-draft = La garder en brouillon (la déposer plus tard avec `proposal submit`)
cli-help-proposal-new-date = Le jour où elle a été déposée, AAAA-MM-JJ (une proposition passée : sa référence prend cette année)
cli-help-proposal-submit = Déposer un brouillon
cli-help-proposal-list = Lister les propositions, de la plus récente à la plus ancienne
cli-help-proposal-list-status = Seulement celles dans cet état
cli-help-proposal-adopt = Reprendre à son compte la proposition d’une autre assemblée ; écrit la référence de la nouvelle proposition (BRS-P-2026-001)
cli-help-proposal-adopt-proposal = Référence (NYC-P-2026-003) ou id
cli-help-proposal-show = Afficher une proposition avec ses versions, amendements, examens et décisions
cli-help-proposal-show-proposal = Référence (LDN-P-2026-034) ou id
cli-help-proposal-amend = Noter un amendement amical (tout le texte amendé) et la réponse de l’auteur·e ; écrit sa référence courte (avec --json : l’amendement, son id et `short_ref`). Un amendement accepté crée une nouvelle version du texte
cli-help-proposal-amend-text = Le texte de la proposition amendé
cli-help-proposal-amend-by = Qui l’a proposé
cli-help-proposal-amend-meeting = L’AG où il a été proposé (la proposition doit être à son ordre du jour)
cli-help-proposal-amend-accepted = L’auteur·e l’a accepté
cli-help-proposal-amend-rejected = L’auteur·e l’a rejeté
cli-help-proposal-amendment = Répondre à un amendement resté en attente (avec --correct : corriger la réponse notée ; après la clôture de son AG, gardé comme correction)
cli-help-proposal-amendment-amendment = La référence courte de l’amendement (`proposal show` l’écrit) ou son id
cli-help-proposal-amendment-correct = Corriger la réponse déjà notée
cli-help-proposal-diff = Comparer deux versions du texte mot à mot ([-retiré-]{"{"}+ajouté+{"}"})
cli-help-proposal-diff-from = Par défaut : la version avant --to
cli-help-proposal-diff-to = Par défaut : la version actuelle
cli-help-proposal-step = Faire passer un examen à une étape du processus ; écrit l’étape et où il peut aller ensuite
cli-help-proposal-step-to = present, clarifying-questions, concerns, temperature-check, call-for-consensus ou vote
cli-help-proposal-step-none = Rien n’a été soulevé à l’étape que l’examen quitte (aucune question de clarification ; aucune objection ni amendement) : passer une telle étape demande de le dire
cli-help-proposal-question = Noter une question de clarification lors d’un examen ; écrit sa référence courte, que prend `proposal answer` (avec --json : la question, son id et `short_ref`)
cli-help-proposal-question-text = La question
cli-help-proposal-question-by = Qui l’a posée
cli-help-proposal-answer = Noter la réponse à une question de clarification
cli-help-proposal-answer-question = La référence courte de la question (`proposal show` l’écrit) ou son id
cli-help-proposal-answer-text = La réponse
cli-help-proposal-answer-by = Qui a répondu (par défaut : l’auteur·e)
cli-help-proposal-concern = Noter une objection lors d’un examen ; écrit sa référence courte, que prend `proposal address` (avec --json : l’objection, son id et `short_ref`)
cli-help-proposal-concern-text = L’objection
cli-help-proposal-concern-by = Qui l’a soulevée
cli-help-proposal-address = Marquer une objection comme traitée (ou, avec --not, comme non traitée)
cli-help-proposal-address-concern = La référence courte de l’objection (`proposal show` l’écrit) ou son id
cli-help-proposal-address-response = Comment elle a été traitée
cli-help-proposal-address-not = Elle n’a pas été traitée
cli-help-proposal-temperature = Noter une prise de température (mains en haut / de côté / en bas) ; écrit son id
cli-help-proposal-temperature-up = Combien de mains en haut (d’accord)
cli-help-proposal-temperature-sideways = Combien de mains de côté (hésitation)
cli-help-proposal-temperature-down = Combien de mains en bas (pas d’accord)
cli-help-proposal-temperature-note = Une note pour le compte rendu
cli-help-proposal-decide = Noter la décision lors d’une AG ; écrit le mot du résultat. Avec --correct, remplace la décision notée là (après la clôture de l’AG : gardée comme correction)
cli-help-proposal-decide-rule = consensus, modified:P, supermajority:A/B ou majority (par défaut : la règle de l’assemblée)
cli-help-proposal-decide-support = Le vote : pour (en consensus, le nombre de personnes d’accord)
cli-help-proposal-decide-against = Le vote : contre, blocages compris selon leur vote (pas en consensus)
cli-help-proposal-decide-stand-asides = Le nombre total d’abstentions (par défaut : le nombre nommé)
cli-help-proposal-decide-stand-aside = Une abstention nommée, NOM ou NOM:RAISON (répétable)
cli-help-proposal-decide-blocks = Le nombre total de blocages, nommés ou seulement comptés (« 9 blocages » ; par défaut : le nombre nommé)
cli-help-proposal-decide-block = Un blocage nommé, NOM:RAISON (répétable ; la raison est obligatoire)
cli-help-proposal-decide-quorum = Nombre minimum de participant·es
cli-help-proposal-decide-stand-aside-limit = A/B : reportée quand au moins cette part des participant·es s’abstient
cli-help-proposal-decide-wg = Dans un conseil de porte-parole, la voix d’une commission (répétable, une par commission) : WG:for|against|stand-aside|block[:RAISON] (un blocage demande sa raison)
cli-help-proposal-decide-correct = Corriger la décision déjà notée à cette AG (les décomptes tels qu’ils étaient)
cli-help-proposal-preview = Calculer un résultat sans rien noter ; écrit le mot du résultat et pourquoi
cli-help-proposal-dispute = Marquer comme contestée la décision prise lors d’une AG (ou retirer la marque avec --clear)
cli-help-proposal-dispute-note = Ce qui s’est mal passé (obligatoire sauf avec --clear)
cli-help-proposal-dispute-clear = Retirer la marque
cli-help-proposal-withdraw = L’auteur·e retire la proposition (lors de l’examen d’une AG avec --meeting)
cli-help-proposal-withdraw-meeting = L’AG dont cela termine l’examen (la proposition doit être à son ordre du jour)
cli-help-proposal-withdraw-reason = Pourquoi (« après 9 blocages, reviendra avec une séance d’information ») ; obligatoire
cli-help-proposal-withdraw-by = Qui (« les auteur·es », « la modération ») ; par défaut : les auteur·es pour un retrait, l’AG sinon
cli-help-proposal-send-back = Renvoyer la proposition à sa commission pour qu’elle la retravaille
cli-help-proposal-table = Reporter la proposition ; elle pourra être décidée lors d’une AG ultérieure
cli-help-minutes = Le compte rendu d’une AG, généré à partir de son registre
cli-help-minutes-meeting = Numéro de l’AG (3), référence (RIV-GA-3) ou id
cli-help-minutes-format = md, html ou csv. Le compte rendu en CSV tient en trois fichiers : FILE (décisions), FILE-speakers (journal des prises de parole) et FILE-agenda ; sans -o, les décisions vont sur la sortie standard
cli-help-minutes-redact-names = Remplacer les noms des personnes par « Participant·e 1 », « Participant·e 2 », …
cli-help-minutes-speakers = Inclure le journal des prises de parole de chaque point (toujours en CSV)
cli-help-minutes-equity = Ajouter la répartition du temps de parole de l’AG (Gini, sous-listes, la part de chaque personne ; seulement des agrégats avec --redact-names). Pas en CSV (sa table des prises de parole a le journal)
cli-help-minutes-output = Écrire dans ce fichier au lieu de la sortie standard
cli-help-minutes-approve-in = Noter que l’AG ouverte MEETING a approuvé ce compte rendu (au lieu de l’écrire)
cli-help-stack = Le tour de parole d’un point de l’ordre du jour
cli-help-stack-add = Inscrire quelqu’un au tour de parole d’un point (créée si nouvelle) ; écrit l’id de l’inscription
cli-help-stack-add-name = Le nom de la personne
cli-help-stack-add-kind = process, information, clarifying, direct-response ou speak
cli-help-stack-add-prioritize = La personne au tour de parole donne la priorité à cette inscription (tour de parole progressif)
cli-help-stack-add-list = La sous-liste choisie par la personne pour cette AG (listes alternées)
cli-help-stack-next = Terminer l’intervention en cours et donner la parole à la suivante ; écrit qui l’a (ou rien)
cli-help-stack-show = Afficher qui a la parole et qui attend, dans l’ordre, avec la raison de chaque place
cli-help-stack-undo = Annuler la dernière action du tour de parole de ce point ; écrit ce qui a été annulé
cli-help-stack-withdraw = Retirer une inscription en attente du tour de parole
cli-help-stack-withdraw-entry = L’inscription : sa référence courte (comme l’écrivent `stack add` et `stack show`) ou son id
cli-help-stack-withdraw-item = Le point au tour de parole duquel la personne attend (avec --name)
cli-help-stack-withdraw-name = Le nom de la personne (avec --item)
cli-help-stack-withdraw-kind = Le type d’inscription, quand elle attend avec plusieurs : process, information, clarifying, direct-response ou speak
cli-help-stack-prioritize = Donner la priorité à une inscription en attente (ou avec --unset, la lui retirer)
cli-help-stack-prioritize-unset = Retirer la priorité
cli-help-stack-close = Clore le tour de parole : plus de nouvelles inscriptions ni de réponses directes
cli-help-stack-reopen = Rouvrir un tour de parole clos
cli-help-stack-pause = Mettre en pause l’intervention en cours (son temps s’arrête)
cli-help-stack-resume = Reprendre l’intervention en pause
cli-help-stack-limit = Fixer la limite de temps par intervention d’un point (ou --none pour la retirer)
cli-help-stack-limit-seconds = La limite, en secondes
cli-help-stack-limit-none = Retirer la limite
cli-help-stack-log = Le journal des prises de parole d’un point : chaque intervention avec ses heures, pauses et dépassement
cli-help-stack-stats = Qui a parlé combien lors d’une AG. La répartition du temps de parole d’une AG (ou d’un point) : la part de chaque personne, la part du temps de chaque sous-liste face à sa part des personnes, le Gini sur toutes les personnes présentes (le silence compte zéro), les personnes qui parlaient pour la première fois, les dix dernières à parler
cli-help-stack-stats-meeting = L’AG (aussi avec --meeting)
cli-help-stack-stats-item = Seulement ce point de l’AG
cli-help-bundle = Paquets : échanger des enregistrements avec d’autres assemblées
cli-help-bundle-export = Écrire les enregistrements de cette assemblée dans un paquet signé (tous, par défaut)
cli-help-bundle-export-output = Le fichier du paquet à écrire
cli-help-bundle-export-meetings = Seulement cette AG (numéro, référence ou id), avec ce à quoi elle renvoie ; répétable
cli-help-bundle-export-since = Seulement ce qui a changé depuis ce jour inclus (AAAA-MM-JJ, UTC), avec ce à quoi cela renvoie
cli-help-bundle-export-seal-to = Le sceller (signé puis chiffré) pour que seules ces assemblées puissent l’ouvrir : chacune connue ici avec sa clé (celle-ci, ou une dont un paquet a été importé), désignée par code, nom, id ou empreinte ; séparées par des virgules ou répété
cli-help-bundle-inspect = Afficher qui a fait un paquet, l’empreinte de sa clé, ce qu’il contient et s’il est vérifié. Un paquet scellé : pour qui il est scellé et, si cette assemblée en fait partie, le paquet qu’il contient
cli-help-bundle-inspect-file = Le fichier du paquet
cli-help-bundle-import = Importer le paquet d’une autre assemblée : écrit les nombres de nouveaux, mis à jour, inchangés et refusés. Sort avec 0 quand chaque enregistrement a été pris (ou était déjà là), 3 quand certains ont été refusés (le reste est importé ; en essai : le serait), 1 quand le paquet a été refusé en entier (rien d’écrit). Avec --json, un refus est aussi du JSON sur la sortie standard
cli-help-bundle-import-dry-run = Seulement vérifier et compter ; ne rien écrire
cli-help-bundle-received = Lister les paquets reçus ici (gardés pour être transmis intacts)
cli-help-bundle-undo-import = Annuler tout un import : retirer ce qu’il a apporté, remettre ce qu’il a remplacé ou supprimé, et oublier le paquet reçu (il peut être réimporté)
cli-help-bundle-undo-import-id = L’id du paquet reçu (`plenary bundle received`)
cli-help-bundle-pass-on = Écrire un paquet reçu, octet pour octet, pour le transmettre à une autre assemblée
cli-help-bundle-pass-on-id = Son id (`plenary bundle received`)
cli-help-bundle-pass-on-output = Le fichier à écrire
cli-help-federation = Fédération par un dossier partagé : une boîte de réception surveillée, une boîte d’envoi écrite
cli-help-federation-folders = Afficher les dossiers de réception et d’envoi, les clés en attente d’approbation et les fichiers laissés de côté ; avec --inbox et --outbox, choisir d’abord les dossiers
cli-help-federation-folders-inbox = Le dossier où arrivent les paquets des autres assemblées (synchronisé par Syncthing, un disque partagé, …)
cli-help-federation-folders-outbox = Le dossier où sont écrits les paquets de cette assemblée (peut être celui de réception)
cli-help-federation-sync = Importer ce qui attend dans la boîte de réception, le transmettre, écrire la boîte d’envoi — une fois
cli-help-federation-watch = La même chose à mesure que les fichiers arrivent (et la boîte d’envoi après chaque AG close), jusqu’à interruption
cli-help-federation-watch-json = Un objet JSON par ligne pour chaque chose faite par la surveillance
cli-help-federation-approve = Accepter la clé d’une nouvelle assemblée qui attend dans la boîte de réception (après avoir vérifié son empreinte avec cette assemblée) : l’épingle et importe ses paquets
cli-help-federation-approve-fingerprint = L’empreinte de la clé, telle que l’affiche `plenary federation folders`
cli-help-room = La salle : servir une AG aux appareils de l’assemblée sur le réseau local
cli-help-room-serve = Servir l’AG M aux appareils de la salle jusqu’à Ctrl+C ou jusqu’à la clôture de M ; écrit l’adresse et les codes d’appairage (Entrée en écrit de nouveaux)
cli-help-room-serve-meeting = Référence de l’AG (LDN-GA-39, 39) ou id
cli-help-room-serve-port = Le port (0 : n’importe lequel de libre)
cli-help-room-serve-bind = L’adresse d’écoute (par défaut : toutes les interfaces, pour que les appareils de la salle l’atteignent sur le réseau local)
cli-help-room-serve-ui = Une compilation de l’interface de l’app (`ui/dist`) à servir aux appareils de l’équipe sur `/team`, où ils s’appairent et tiennent le tour de parole ou la prise de notes
cli-help-search = Chercher dans les commissions, retours, propositions, décisions et comptes rendus de toutes les assemblées
cli-help-search-text = Ce qu’il faut chercher : des mots (chacun doit être trouvé ; le dernier peut être le début d’un mot)
cli-help-search-assembly = Seulement les enregistrements de cette assemblée (son code, p. ex. RIV)
cli-help-search-limit = Résultats à afficher (50 au plus)
cli-help-search-offset = Résultats à sauter (la page suivante)
cli-help-passphrase = Chiffrement au repos : mettre, changer ou retirer la phrase de passe de la base de données
cli-help-passphrase-set = Chiffrer cette base de données en clair avec une nouvelle phrase de passe (demandée deux fois, ou PLENARY_NEW_PASSPHRASE). Une phrase de passe perdue ne peut pas être récupérée
cli-help-passphrase-change = Donner une nouvelle phrase de passe à la base de données chiffrée (l’actuelle depuis PLENARY_PASSPHRASE ou demandée ; la nouvelle demandée deux fois, ou PLENARY_NEW_PASSPHRASE)
cli-help-passphrase-remove = Déchiffrer la base de données : elle redevient un simple fichier SQLite
cli-help-backup = Écrire une copie cohérente de la base de données dans FILE
cli-help-backup-output = Le fichier où écrire la copie
cli-help-restore = Remplacer la base de données par une sauvegarde (vérifiée d’abord ; l’actuelle est sauvegardée)
cli-help-restore-file = Le fichier de sauvegarde

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
