# Le compte rendu (src-tauri/core/src/minutes/, decision.rs, stack/policy.rs), dans le
# vocabulaire des AG (Nuit Debout) : compte rendu, modération, tour de parole, blocage.

## Ponctuation et unités

# Espace insécable avant les deux-points.
colon = { $text } :
# Between the names of a list ("Ana, Bo").
comma = {", "}
list-separator = {" ; "}
percent = { $n } %
decimal = { $int },{ $frac }
duration-min-s = { $min } min { $s } s
duration-s = { $s } s
turn-from-until = { $name } ({ $from }–{ $until })
turn-from = { $name } (à partir de { $from })
turn-until = { $name } (jusqu’à { $until })

## En-tête

minutes-title = { $assembly } — AG { $number } ({ $reference })
fact-date = Date
fact-place = Lieu
fact-format = Format
fact-attendance = Présence
fact-opened = Ouverture
fact-closed = Clôture
attendance-about = environ { $n }
format-spokes-council = conseil de porte-parole
label-minutes = Compte rendu
minutes-draft = brouillon (pas encore approuvé)
minutes-approved = approuvé lors de l’AG { $reference }
redacted-note = Dans cette copie, les noms des personnes sont remplacés par « Participant·e N ».
label-spokes = Porte-parole
label-consult-breaks = Pauses de consultation
consult-break = { $start }–{ $end }, demandée par { $name }, porte-parole de { $wg } ({ $minutes } { $minutes ->
    [one] minute demandée
   *[other] minutes demandées
  })
consult-break-during = { $line }, pendant { $item }
label-floor-policy-changed = Changements du tour de parole
policy-change = { $before } → { $after }
policy-change-during = { $line } (pendant { $item })

## Rôles

role-facilitator = { $n ->
    [one] Modération
   *[other] Modération
  }
role-stack-keeper = { $n ->
    [one] Tour de parole
   *[other] Tour de parole
  }
role-timekeeper = { $n ->
    [one] Gardien·ne du temps
   *[other] Gardien·nes du temps
  }
role-minute-taker = { $n ->
    [one] Prise de notes
   *[other] Prise de notes
  }
role-vibes-watcher = { $n ->
    [one] Veille bienveillance
   *[other] Veille bienveillance
  }

## Qui l’a saisi

actor-facilitator = la modération
actor-stack-keeper = le tour de parole
actor-timekeeper = le temps
actor-minute-taker = la prise de notes
actor-participant = un·e participant·e
actor-cli = la ligne de commande
actor-demo = la démonstration
actor-import = l’import

## Points de l’ordre du jour

item-kind-process = processus
item-kind-report-back = retour de commission
item-kind-proposal = proposition
item-kind-discussion = discussion
item-kind-announcement = annonce
item-kind-soapbox = parole libre
item-kind-other = autre
item-allotted = prévu { $min } min
item-actual = réel { $min } min ({ $start }–{ $end })
item-started = commencé à { $at }
item-status-pending = non abordé
item-status-active = en cours
item-status-done = traité
item-status-tabled = reporté
label-working-group = Commission
label-on-behalf-of = Au nom de
label-report-back = Retour
label-presented-by = Présenté par
label-asks = Demandes
label-announcements = Annonces
announcement-by-for = { $name }, pour { $whom }
on-behalf-of = pour { $whom }
label-action-items = Actions à mener
label-notes = Notes

## Tours de parole

label-speakers = Prises de parole
speech = { $name } — { $kind }, { $at }
speech-time = { $line }, { $time }
speech-over = { $line } (dépassement de { $time })
entry-process = point technique
entry-information = point d’information
entry-clarifying = question de clarification
entry-direct-response = réponse directe
entry-speak = prise de parole

## Une proposition

proposal-heading = Proposition { $reference } : { $title }
proposed-by = Proposée par { $name }
label-text-as-submitted = Texte soumis
label-clarifying-questions = Questions de clarification
said-by = {" "}({ $name })
question-answered = {" "}— réponse{ $by } : { $answer }
question-not-answered = {" "}— sans réponse
no-questions = Aucune question de clarification n’a été posée.
label-concerns = Objections
concern-addressed = {" "}— prise en compte
concern-addressed-with = {" "}— prise en compte : { $response }
concern-not-addressed = {" "}— non prise en compte
no-concerns = Aucune objection n’a été soulevée.
label-friendly-amendments = Amendements amicaux
amendment-line = Amendement { $n }, proposé par { $name } — { $result } :
amendment-offered = Proposé par { $name } — { $result } :
amendment-accepted-version = accepté par l’auteur·e (version { $version })
amendment-accepted = accepté par l’auteur·e
amendment-rejected = refusé par l’auteur·e
amendment-pending = en attente de la réponse de l’auteur·e
no-amendments = Aucun amendement amical n’a été proposé.
label-temperature-check = Prise de température
temperature = pour { $up } · mitigé { $sideways } · contre { $down }
text-as-decided = Texte adopté (version { $version })

## La décision

label-decision = Décision
decision-line = { $decision } selon la règle { $rule } : { $counted }
decision-rule-chosen = { $rule } (choisie par l’AG à la place de sa règle habituelle, { $default })
decision-quorum = quorum { $n }
decision-stand-aside-limit = limite d’abstentions { $limit }
rule-consensus = du consensus
rule-modified = du consensus modifié ({ $percent } %)
rule-supermajority = de la majorité qualifiée de { $share }
rule-majority = de la majorité
wg-voice = { $wg } : { $voice }
voice-for = pour
voice-against = contre
voice-stand-aside = abstention
voice-block = blocage
label-stand-aside = Abstention
label-block = Blocage
label-disputed = Contestée
outcome = Résultat : { $outcome }
outcome-entered-by = { $explanation } (saisi par { $by })
outcome-by-why = {" "}— par { $by } : { $why }
outcome-by = {" "}— par { $by }
by-the-proposers = les auteur·es
by-the-ga = l’AG
status-note-corrected = corrigé après l’AG
status-note-taken-off = retiré de l’ordre du jour
outcome-consensus = consensus
outcome-passed = adoptée
outcome-blocked = bloquée
outcome-failed = rejetée
outcome-tabled = reportée
outcome-withdrawn = retirée
outcome-sent-back = renvoyée en commission

## Décompte et motif du résultat

count-blocks = { $n ->
    [one] { $n } blocage
   *[other] { $n } blocages
  }
count-stand-asides = { $n ->
    [one] { $n } abstention
   *[other] { $n } abstentions
  }
count-for = { $n } pour
count-against = { $n } contre
count-working-groups = { $n ->
    [one] { $n } commission
   *[other] { $n } commissions
  }
counted-support = { $n } d’accord
counted-blocks-unnamed = { $blocks } (noms et motifs non notés)
counted-blocks-some-unnamed = { $blocks } (dont { $unnamed } sans nom ni motif noté)
counted-vote = vote : { $support } pour, { $against } contre — { $ratio }, { $threshold }
counted-none = { $outcome } (sans décompte)
counted-wg-voices = { $wgs } : { $voices }
counted-wg-voices-vote = { $words } — { $ratio }, { $threshold }
threshold-at-least = au moins { $share }
threshold-below = moins de { $share }
threshold-more-than-half = plus de la moitié
threshold-not-more-than-half = pas plus de la moitié
explain-no-quorum = { $outcome } : { $n } votant·es, moins que le quorum de { $quorum }
explain-too-many-stand-asides = { $outcome } : { $n } abstentions sur { $of }, au moins la limite de { $limit }
explain-no-blocks = { $outcome } : aucun blocage
explain-blocks = { $outcome } : { $blocks } au consensus
explain-blocks-no-vote = { $outcome } : { $blocks } et pas de vote
explain-no-blocks-no-against = { $outcome } : aucun blocage ni vote contre
explain-vote = { $outcome } : vote { $support } pour, { $against } contre — { $ratio }, { $threshold }
explain-no-votes = { $outcome } : personne n’a voté pour ou contre

## Tour de parole

policy-progressive = tour de parole progressif
policy-fifo = par ordre d’inscription
policy-first-time-first = priorité à qui n’a pas encore parlé
policy-alternate = listes alternées : { $lists }
policy-cap = au plus { $n } { $n ->
    [one] prise de parole
   *[other] prises de parole
  } par personne et par point
policy-no-repeat = personne deux fois de suite

## Répartition du temps de parole

label-airtime-equity = Répartition du temps de parole
equity-gini = Gini du temps de parole : { $gini } (0 = tout le monde a parlé autant), sur { $n } personnes ({ $note })
present-lower-bound = { $label } présent·es : { $n } compté·es (le minimum)
present-counted-as = { $label } présent·es : { $n } compté·es
present = { $label } présent·es
present-fewer = { $label } présent·es noté·es, moins que les { $speakers } personnes qui ont parlé : sur les seules personnes qui ont parlé
present-not-recorded = présence non notée : sur les seules personnes qui ont parlé
equity-nobody-spoke = Personne n’a parlé
equity-speeches = { $speakers ->
    [one] { $speakers } personne a parlé
   *[other] { $speakers } personnes ont parlé
  }, { $speeches ->
    [one] { $speeches } prise de parole
   *[other] { $speeches } prises de parole
  }, { $time } en tout ; { $first } pour la première fois
equity-no-list = aucune liste choisie
equity-list = liste { $list }
equity-list-share = { $list } : { $time } du temps, { $people } des personnes ({ $n })
equity-person = { $name } : { $share } ({ $speeches } { $speeches ->
    [one] prise de parole
   *[other] prises de parole
  }, { $time })

## Corrections

heading-corrections = Corrigé après l’AG
correction-made = { $at } ({ $by }) : { $line }
correction = { $what } : { $before } → { $after }
correction-none = (rien)

correction-of-item = point { $item } : { $what }
correction-item-started = début
correction-item-ended = fin
correction-item-notes = notes
correction-report-back-presenter = personne qui présente le retour
correction-report-back-summary = résumé du retour
correction-report-back-asks = demandes du retour
correction-report-back-announcements = annonces du retour
correction-announcement-by = annonce faite par
correction-announcement = annonce
correction-decision-rule = règle de décision
correction-decision = décision
correction-stand-asides = abstentions nommées
correction-blocks = blocages nommés
correction-amendment = amendement amical de { $name }
correction-opened = heure d’ouverture
correction-closed = heure de clôture
correction-attendance = présence
correction-planned-start = début prévu
correction-role-added = { $role } : ajout
correction-role-removed = { $role } : retrait
correction-role-times = { $role } : horaires
correction-on-behalf = pour { $whom } : { $text }
correction-role-from = { $name } (à partir de { $from })
correction-role-until = { $name } (jusqu’à { $until })
correction-role-between = { $name } ({ $from }–{ $until })
correction-rule-quorum = { $rule }, quorum { $quorum }
correction-rule-limit = { $rule }, limite d’abstentions { $limit }
correction-rule-quorum-limit = { $rule }, quorum { $quorum }, limite d’abstentions { $limit }
correction-outcome = { $outcome } ({ $counted })

## CSV

csv-meeting = ag
csv-item = point
csv-proposal = proposition
csv-title = titre
csv-proposer = auteur
csv-working-group = commission
csv-outcome = résultat
csv-outcome-by = résultat_par
csv-outcome-reason = résultat_motif
csv-rule = règle
csv-default-rule = règle_habituelle
csv-support = pour
csv-against = contre
csv-stand-asides = abstentions
csv-blocks = blocages
csv-counted = décompte
csv-quorum = quorum
csv-stand-aside-limit = limite_abstentions
csv-named-stand-asides = abstentions_nommées
csv-named-blocks = blocages_nommés
csv-decided-version = version_adoptée
csv-text-as-decided = texte_adopté
csv-entered-by = saisi_par
csv-disputed = contestée
csv-dispute-note = note_contestation
csv-wg-voices = voix_commissions
csv-order = ordre
csv-name = nom
csv-kind = type
csv-started-at = début
csv-ended-at = fin
csv-seconds = secondes
csv-overrun-seconds = secondes_de_dépassement
csv-status = statut
csv-allotted-minutes = minutes_prévues
csv-actual-minutes = minutes_réelles
csv-presenter = présenté_par
csv-summary = résumé
csv-asks = demandes
csv-announcements = annonces
csv-notes = notes
csv-corrected-at = corrigé_le
csv-by = par
csv-what = quoi
csv-before = avant
csv-after = après
csv-yes = oui
csv-no = non

## Copies anonymisées

participant-n = Participant·e { $n }

agenda-title-welcome = Accueil, fonctionnement et rôles
agenda-title-report-back = Retour de commission : { $wg }
agenda-title-announcements = Annonces
agenda-title-soapbox = Parole libre
agenda-title-closing = Clôture
