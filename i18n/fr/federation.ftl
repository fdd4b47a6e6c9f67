# La fédération : les autres assemblées, les paquets échangés avec elles, leurs
# éléments à côté des nôtres. Espace insécable avant : ; ? !

## La vue de la fédération

fed-heading = Fédération
fed-lead = Les commissions et propositions des autres assemblées, à côté des nôtres. Les assemblées échangent des paquets signés (fichiers .plenary) par n’importe quel moyen : courriel, clé USB, dossier partagé.
fed-assemblies = Assemblées
fed-received = Paquets reçus
fed-received-hint = Chaque paquet importé ici est gardé tel qu’il est arrivé. Transmettez-le à une assemblée qui ne connaît pas son auteur : c’est le fichier d’origine, toujours signé par l’assemblée qui l’a fait.
fed-received-noun = paquets reçus
fed-empty-heading = Pas encore d’autre assemblée
fed-empty-text = Vous ne connaissez aucune autre assemblée. Pour voir ici les commissions et propositions d’une autre assemblée, demandez-lui un paquet : dans son Plenary, Fédération → Exporter un paquet… écrit un fichier .plenary. Choisissez ensuite Importer un paquet… ci-dessus et ouvrez ce fichier. Vous verrez qui l’a fait et l’empreinte de sa clé avant que quoi que ce soit soit importé.
fed-empty-give = Pour leur donner le vôtre, utilisez Exporter un paquet….
fed-filter = Afficher les éléments de
fed-filter-all = Toutes les assemblées
fed-ours = { $name } (la nôtre)
fed-wgs = Commissions
fed-proposals = Propositions
fed-proposals-noun = propositions
fed-decisions = Décisions
fed-decisions-noun = décisions
fed-decisions-none = Pas encore de décision.
fed-decisions-none-of = Aucune décision de { $name }.
fed-loading = Chargement de la fédération…

## Une assemblée

fed-this-assembly = Cette assemblée
fed-fingerprint = Empreinte de la clé
fed-fingerprint-unknown = inconnue ici
fed-pinned-since = Clé retenue depuis le
fed-last-import = Dernier import
fed-received-bundles = Reçus
fed-bundles = { $n ->
    [one] { $n } paquet
   *[other] { $n } paquets
  }
fed-records-here = Éléments ici
fed-counts = { $wgs ->
    [one] { $wgs } commission
   *[other] { $wgs } commissions
  } · { $meetings ->
    [one] { $meetings } AG
   *[other] { $meetings } AG
  } · { $proposals ->
    [one] { $proposals } proposition
   *[other] { $proposals } propositions
  } · { $decisions ->
    [one] { $decisions } décision
   *[other] { $decisions } décisions
  }
fed-latest-decisions = Dernières décisions
fed-recent-decision = — { $outcome }, { $meeting }
fed-show-records = Afficher ses éléments

## D’où vient un élément

fed-origin-from = De
fed-origin-unknown = une assemblée inconnue
fed-origin-ours = à nous
fed-origin-read-only = lecture seule

## Ce qu’un import ou un export a compté

fed-counts-records = Éléments
fed-counts-new = Nouveaux
fed-counts-updated = Mis à jour
fed-counts-unchanged = Inchangés
fed-counts-refused = Refusés
fed-counts-deleted = Supprimés
fed-counts-total = Total

## Les mots de la fédération

fed-key-new = Nouvelle clé
fed-key-known = Clé connue
fed-key-mismatch = La clé ne correspond pas
fed-key-own = Prétend être cette assemblée
fed-scope-all = Toute l’assemblée
fed-scope-meetings = { $n ->
    [one] AG { $names }
   *[other] AG { $names }
  }
fed-scope-chosen = { $n ->
    [one] { $n } AG choisie
   *[other] { $n } AG choisies
  }
fed-scope-since = Tout ce qui a changé depuis le { $date }
fed-size-bytes = { $n } octets
fed-size-kb = { $n } Ko
fed-size-mb = { $n } Mo

## Commissions et décisions des autres assemblées

fed-wgs-empty = Aucune commission à afficher.
fed-wg-shared = dans { $n } assemblées
fed-wg-page = Sa page
fed-decided-at = décidé en { $meeting },

## Les propositions des autres assemblées

fed-proposals-empty = Aucune proposition à afficher.
fed-proposal-wg = commission
fed-proposal-by = proposée par
fed-adopted-from = Reprise de
fed-adopted-from-unknown = une proposition inconnue ici
fed-text-of = Texte de { $reference }
fed-adopted-as = Reprise ici comme
fed-adopted-as-unknown = notre proposition
fed-adopt = Reprendre comme notre proposition
fed-adopting = Reprise en cours…
fed-adopt-hint = crée un brouillon de proposition à nous avec ce titre et ce texte, à soumettre à notre processus

## Les paquets reçus

fed-received-empty = Aucun paquet reçu pour l’instant. Les paquets que vous importez sont gardés ici tels qu’ils sont arrivés, pour les transmettre à d’autres assemblées.
fed-bundle-made = Fait le
fed-bundle-imported = Importé ici le
fed-bundle-covers = Couvre
fed-bundle-size = Taille
fed-pass-on = Transmettre…
fed-pass-on-saving = Enregistrement…
fed-pass-on-label = Transmettre { $file } (de { $assembly })…
fed-pass-on-hint = enregistre le fichier tel qu’il est arrivé, pour qu’une autre assemblée l’importe
fed-pass-on-saved = Enregistré sous { $path } — le fichier d’origine, toujours signé par { $assembly }.
fed-undo = Annuler cet import…
fed-undo-label = Annuler cet import : { $file } (de { $assembly })…
fed-undo-question = Retirer ce que ce paquet a apporté et remettre ce qu’il a remplacé ?
fed-undo-confirm = Annuler l’import
fed-undoing = Annulation…
fed-undo-keep = Le garder

## Exporter un paquet

fed-export-open = Exporter un paquet…
fed-export-what = Quoi exporter
fed-export-chosen = AG choisies
fed-export-chosen-hint = avec ce à quoi elles renvoient (commissions, personnes, propositions, comptes rendus de commission)
fed-export-no-meetings = Cette assemblée n’a pas encore d’AG.
fed-export-loading-meetings = Chargement des AG…
fed-export-meetings = AG à exporter
fed-export-since = Tout ce qui a changé depuis une date
fed-export-since-label = Changé le ou après le (UTC)
fed-export-who = Qui peut l’ouvrir
fed-export-seal = Sceller pour…
fed-export-seal-hint = seules les assemblées choisies peuvent l’ouvrir (il est chiffré pour elles)
fed-export-no-keys = Aucune clé d’assemblée n’est encore connue ici : la clé d’une assemblée devient connue quand un de ses paquets est importé.
fed-export-seal-for = Assemblées pour qui le sceller
fed-export-this-assembly = (cette assemblée)
fed-export = Exporter…
fed-exporting = Export en cours…
fed-export-tick = Cochez au moins une AG.
fed-export-choose-date = Choisissez une date.
fed-export-choose-who = Choisissez qui peut l’ouvrir.
fed-export-next-sealed = Vous choisissez ensuite où l’enregistrer ; le fichier est signé avec la clé de cette assemblée, puis scellé.
fed-export-next = Vous choisissez ensuite où l’enregistrer ; le fichier est signé avec la clé de cette assemblée.
fed-export-cancelled = Export annulé ; rien n’a été enregistré.
fed-export-saved = Enregistré
fed-export-sealed = Scellé pour { $names } : elles seules peuvent l’ouvrir.
fed-export-colon =  :
fed-records = { $n ->
    [one] { $n } élément
   *[other] { $n } éléments
  }
fed-export-deletions = , { $n ->
    [one] { $n } suppression
   *[other] { $n } suppressions
  }
fed-export-minutes = , comptes rendus de { $n ->
    [one] { $n } AG
   *[other] { $n } AG
  }

## Les dossiers partagés

fed-folders-heading = Dossiers partagés
fed-folders-hint = Avec un dossier synchronisé entre assemblées (Syncthing, un disque partagé), les paquets voyagent tout seuls : Plenary importe ce qui arrive dans la boîte d’entrée depuis les assemblées dont vous avez approuvé la clé, et écrit ce qui a changé ici dans la boîte de sortie après chaque AG close.
fed-folders-inbox = Dossier d’entrée
fed-folders-outbox = Dossier de sortie
fed-folders-save = Enregistrer les dossiers
fed-folders-saved = Dossiers enregistrés. L’entrée est surveillée tant que Plenary est ouvert.
fed-folders-last-sync = Dernier passage
fed-folders-not-yet = pas encore
fed-folders-last-outbox = Dernier paquet de sortie
fed-folders-outbox-facts = ({ $records }, { $when })
fed-folders-none-yet = aucun pour l’instant
fed-folders-from-inbox = Importé depuis l’entrée
fed-folders-inbox-facts = { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
  } ; { $relayed ->
    [one] { $relayed } paquet transmis
   *[other] { $relayed } paquets transmis
  }
fed-folders-sync = Synchroniser maintenant
fed-folders-write = Écrire la sortie maintenant
fed-folders-pending-heading = En attente de votre approbation
fed-folders-pending-hint = Ces paquets viennent d’assemblées dont la clé est nouvelle ici. Vérifiez l’empreinte avec une personne de cette assemblée (par téléphone, en personne) avant d’approuver : approuver retient la clé et importe ses paquets.
fed-folders-fingerprint = Empreinte
fed-folders-approve = Approuver
fed-folders-approve-whose = la clé de { $name }
fed-folders-left-alone-heading = Fichiers laissés de côté
fed-folders-left-alone-hint = Rien de ceux-ci n’a été importé. Chacun est réessayé quand le fichier change.
fed-folders-imported = { $n ->
    [one] { $n } paquet importé
   *[other] { $n } paquets importés
  }
fed-folders-pending = { $n ->
    [one] { $n } paquet en attente d’approbation
   *[other] { $n } paquets en attente d’approbation
  }
fed-folders-left-alone = { $n ->
    [one] { $n } fichier laissé de côté
   *[other] { $n } fichiers laissés de côté
  }
fed-folders-relayed = { $n ->
    [one] { $n } paquet transmis
   *[other] { $n } paquets transmis
  }
fed-folders-separator = {", "}
fed-folders-synced = Entrée : { $inbox }. Sortie : { $outbox }.
fed-folders-not-written = non écrite
fed-folders-written = Sortie : { $note }.
fed-folders-approved = Clé approuvée. { $pass }.

## Importer un paquet

fed-import-open = Importer un paquet…
fed-import-choosing = Choisissez le fichier du paquet dans la fenêtre qui s’est ouverte…
fed-import-checking = Vérification de { $file } ({ $size })…
fed-import-checking-badge = Vérification…
fed-import-checking-records = Vérification de chaque enregistrement : un essai à blanc de toute l’importation, qui peut prendre quelques secondes pour un long historique…
fed-import-checked-importable = Vérifié : le paquet se vérifie et cette assemblée peut l’importer.
fed-import-checked-not-here = Vérifié : le paquet se vérifie, mais il ne peut pas être importé ici.
fed-import-checked-not-verified = Le paquet ne se vérifie pas : il ne peut pas être importé.
fed-importing = Import en cours…
fed-import-from = Paquet de
fed-import-key-new = Cette assemblée est nouvelle ici.
fed-import-key-new-note = Importer retiendra cette clé : dès lors, seuls les paquets signés avec elle seront acceptés comme venant de { $code }. Avant d’importer, vérifiez l’empreinte avec elle par un autre moyen (par téléphone ou en personne).
fed-import-key-unknown = Cette assemblée n’est pas connue ici.
fed-import-key-unknown-note = Ce paquet ne peut pas être importé, aucune clé n’est donc retenue.
fed-import-key-known = C’est la clé déjà retenue ici pour { $code } : le paquet a été signé par elle.
fed-import-key-mismatch = { $code } est connue ici sous une autre clé.
fed-import-key-mismatch-note = Ce paquet ne vient pas de la clé retenue ici, il est donc refusé.
fed-import-key-own = Ce paquet prétend être cette assemblée.
fed-import-key-own-note = Vos propres éléments ne sont jamais importés.
fed-import-pinned = Retenue ici :
fed-import-sealed = Scellé
fed-import-sealed-for = Pour { $names } ;
fed-import-sealed-note = ouvert avec la clé de cette assemblée. Personne d’autre n’a pu le lire en route.
fed-import-verifies = Vérification
fed-import-verified = Vérifié
fed-import-verified-note = La signature, les empreintes et chaque élément sont conformes.
fed-import-not-verified = Ne se vérifie pas
fed-import-importable = Importable ici
fed-import-yes = Oui
fed-import-fits = La clé, le code et chaque référence conviennent à cette base de données.
fed-import-would-refuse = { $n ->
    [one] { $n } élément serait refusé (liste ci-dessous).
   *[other] { $n } éléments seraient refusés (liste ci-dessous).
  }
fed-import-not-here = Pas ici
fed-import-generator = par { $generator }
fed-import-file = Fichier
fed-import-problem = Ce paquet ne se vérifie pas :
fed-import-refusal = Ce paquet se vérifie, mais cette base de données le refuserait :
fed-import-does-not-verify = Ce paquet ne se vérifie pas.
fed-import-already = Ce même fichier a été importé le { $when } ; l’importer à nouveau ne change rien.
fed-import-would-change = Ce que l’import changerait
fed-import-refused-heading = Éléments refusés, et pourquoi
fed-import-refusals-more = et { $n } autres non listés
fed-import-holds = Ce que contient le paquet
fed-import-number = Nombre
fed-import-deletions = suppressions
fed-import-confirm = Importer de { $code }
fed-imported-from = Importé de
fed-import-nothing = Rien n’a changé.
fed-import-nothing-before = Rien n’a changé : ce fichier a déjà été importé, le { $when }.
fed-import-did = Ce que l’import a fait
fed-import-refused = { $n ->
    [one] { $n } élément refusé : l’aperçu disait pourquoi.
   *[other] { $n } éléments refusés : l’aperçu disait pourquoi.
  }
fed-import-undo-note = Pour reprendre cet import en entier, utilisez « Annuler cet import… » sur le paquet, sous Paquets reçus.
fed-import-done = Terminé

## Homonymes et qui travaille sur quoi

fed-namesakes-wg = Dans d’autres assemblées
fed-namesakes-proposal = Propositions semblables ailleurs, et ce qu’elles sont devenues
fed-namesakes-wg-none = Aucune commission d’une autre assemblée connue ici ne travaille sur les mêmes choses.
fed-namesakes-proposal-none = Aucune proposition semblable d’une autre assemblée n’est connue ici.
fed-namesakes-error = Impossible de les chercher : { $error }
fed-namesakes-looking = Recherche…
fed-namesakes-order = Les plus semblables d’abord, par les mots de leurs noms et de leurs textes.
fed-namesakes-decided = décidée : { $outcome }
fed-who-heading = Qui travaille sur quoi
fed-who-hint = Chaque commission à côté des commissions d’autres assemblées qui lui ressemblent le plus, par les mots de leurs noms et descriptions.
fed-who-wg = Commission
fed-who-works-on = Travaille sur
fed-who-counterparts = Équivalentes ailleurs
fed-who-ours = (la nôtre)
fed-who-none-known = aucune connue

fed-drop-hint = Déposez le paquet pour voir ce que ferait son import
fed-drop-hint-meeting = Une AG est en cours : un paquet déposé ici n’est pas ouvert. Importez-le depuis l’écran Fédération.
fed-drop-refused-meeting = { $file } n’a pas été ouvert : une AG est en cours. Importez-le depuis l’écran Fédération.
fed-drop-refused-several = Plusieurs fichiers ont été déposés : déposez un seul paquet à la fois. Rien n’a été lu.
fed-drop-refused-not-bundle = { $file } n’est pas un paquet Plenary (un fichier .plenary). Rien n’a été lu.
fed-drop-refused-busy = { $file } n’a pas été ouvert : terminez d’abord l’import en cours.
fed-drop-opening = Ouverture de { $file }, le paquet déposé…
fed-drop-dismiss = Fermer
