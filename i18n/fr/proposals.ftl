# Les écrans des propositions (ui/src/views/proposals). Les phrases de la décision
# (décomptes, résultat, motif) sont celles de minutes.ftl, partagées avec le compte rendu.

## Mots par code (labels.ts)

proposal-group-draft = Brouillons
proposal-group-submitted = Déposées
proposal-group-on-agenda = À un ordre du jour
proposal-group-in-process = En cours d’examen
proposal-group-decided = Décidées
proposal-group-tabled = Reportées
proposal-group-withdrawn = Retirées
proposal-group-sent-back = Renvoyées
proposal-status-draft = brouillon
proposal-status-submitted = déposée
proposal-status-on-agenda = à un ordre du jour
proposal-status-in-process = en cours d’examen
proposal-status-decided = décidée
proposal-status-tabled = reportée
proposal-status-withdrawn = retirée
proposal-status-sent-back = renvoyée en commission
proposal-meeting-status-planned = prévue
proposal-meeting-status-open = ouverte
proposal-meeting-status-closed = close
proposal-item-status-pending = En attente
proposal-item-status-active = En cours
proposal-item-status-done = Traité
proposal-item-status-tabled = Reporté
proposal-step-not-started = Pas commencé
proposal-step-present = Présentation
proposal-step-clarifying-questions = Questions de clarification
proposal-step-concerns = Objections et amendements amicaux
proposal-step-temperature-check = Prise de température
proposal-step-call-for-consensus = Appel au consensus
proposal-step-vote = Vote
proposal-step-outcome = Résultat
proposal-step-short-concerns = Objections et amendements
proposal-step-hint-not-started = Le processus n’a pas commencé.
proposal-step-hint-present = L’auteur·e lit le texte.
proposal-step-hint-clarifying-questions = Des questions, auxquelles l’auteur·e répond.
proposal-step-hint-concerns = Objections ; amendements amicaux que l’auteur·e accepte ou non.
proposal-step-hint-temperature-check = Facultative, non contraignante : mains en haut, à plat, en bas.
proposal-step-hint-call-for-consensus = Soutiens, abstentions et blocages.
proposal-step-hint-vote = Pour et contre, quand des blocages demeurent.
proposal-step-hint-outcome = Consigné avec la règle et les décomptes.
proposal-outcome-consensus = Consensus
proposal-outcome-passed = Adoptée
proposal-outcome-blocked = Bloquée
proposal-outcome-failed = Rejetée
proposal-outcome-tabled = Reportée
proposal-outcome-withdrawn = Retirée
proposal-outcome-sent-back = Renvoyée
proposal-amendment-status-pending = en attente de l’auteur·e
proposal-amendment-status-accepted = accepté
proposal-amendment-status-rejected = refusé
proposal-move-table = Reporter
proposal-move-withdraw = Retirer
proposal-move-send-back = Renvoyer en commission
proposal-move-hint-table = La remettre à plus tard : elle pourra être réexaminée à une prochaine AG.
proposal-move-hint-withdraw = L’auteur·e la retire.
proposal-move-hint-send-back = Sa commission la retravaille.
proposal-move-done-table = reportée
proposal-move-done-withdraw = retirée
proposal-move-done-send-back = renvoyée
proposal-actor-facilitator = la modération
proposal-actor-stack-keeper = le tour de parole
proposal-actor-timekeeper = le temps
proposal-actor-minute-taker = la prise de notes
proposal-actor-participant = un·e participant·e dans la salle
proposal-actor-cli = la ligne de commande
proposal-actor-demo = la démonstration
proposal-actor-import = une importation
proposal-rule-consensus = Consensus (un blocage arrête la proposition)
proposal-rule-modified-90 = Consensus modifié, 90 % (New York, Boston)
proposal-rule-modified-80 = Consensus modifié, 80 % (Seattle)
proposal-rule-modified-70 = Consensus modifié, 70 % (Berkeley)
proposal-rule-supermajority-2-3 = Majorité des deux tiers
proposal-rule-supermajority-3-4 = Majorité des trois quarts
proposal-rule-majority = Majorité simple (plus de la moitié)
proposal-participants = { $n ->
    [one] { $n } participant·e
   *[other] { $n } participant·es
  }

## La page d’une proposition

proposal-breadcrumb = Fil d’Ariane
proposal-back-to-board = ← Propositions
proposal-not-available = Proposition indisponible
proposal-loading = Chargement de la proposition…
proposal-meta-wg = commission { $name }
proposal-meta-proposer = proposée par { $name }
proposal-meta-since = depuis le { $date }
proposal-derived-from = adoptée à partir de { $source }
proposal-derived-from-original = { $reference } de { $assembly }
proposal-derived-from-unknown = une proposition d’une autre assemblée
proposal-meta-rule = règle de l’assemblée { $rule }
proposal-another-assembly = une autre assemblée
proposal-imported-read-only = Proposition d’une autre assemblée, en lecture seule.
proposal-imported-adopted-as = Adoptée ici sous la référence { $copy }, qui suit notre propre processus.
proposal-imported-our-copy = notre proposition
proposal-imported-title = Proposition d’une autre assemblée, en lecture seule
proposal-imported-adopt-hint = {" "}— adoptez-la pour la faire passer par votre propre processus.
proposal-imported-adopt-link = L’adopter dans Fédération →
proposal-submit = Déposer à l’AG
proposal-text-heading = Le texte
proposal-version-of = version { $n } sur { $of }
proposal-compare-heading = Comparer les versions
proposal-amendments-heading = Amendements amicaux
proposal-offer-between = Proposer un amendement entre deux AG
proposal-hearings-heading = Passages en AG
proposal-no-hearings = Encore à l’ordre du jour d’aucune AG.
proposal-hearing-when = { $date }, { $status }
proposal-hearing-step = étape : { $step }
proposal-outcome-by = par { $name }
proposal-outcome-by-why-separator = {" : "}
proposal-run-process-at = Mener le processus en { $item } →
proposal-process-at = Le processus en { $item } →
proposal-questions-heading = Questions de clarification
proposal-concerns-heading = Objections
proposal-temperature-heading = Prises de température
proposal-side-label = Versions et historique
proposal-versions-heading = Versions
proposal-version-n = Version { $n }
proposal-version-as-submitted = telle que déposée
proposal-version-from-amendment-at = issue de l’amendement de { $name } en { $item }
proposal-version-from-amendment-between = issue de l’amendement de { $name } entre deux AG
proposal-version-from-an-amendment = issue d’un amendement
proposal-version-text = Texte de la version { $n }
proposal-history-heading = Historique des statuts
proposal-name-placeholder = nom

## Comparer les versions

proposal-compare-from = De la version
proposal-compare-to = À la version
proposal-compare-legend = Version { $from } → version { $to } : mots { $added } et { $removed }.
proposal-compare-added = ajoutés
proposal-compare-removed = supprimés

## Le panneau du processus

proposal-process-not-a-hearing = Ce point de l’ordre du jour n’examine pas cette proposition.
proposal-process-announce-step = Étape en cours : { $step }.
proposal-process-announce-outcome = Résultat consigné : { $outcome }.
proposal-process-announce-corrected = Décision corrigée : { $outcome }. La correction est conservée dans le compte rendu.
proposal-process-back-to-agenda = ← Ordre du jour de { $meeting }
proposal-process-back-to-meeting = ← L’AG
proposal-process-proposal-link = Page de la proposition, versions et historique →
proposal-process-not-available = Processus indisponible
proposal-process-rule = règle { $rule }
proposal-process-item = point
proposal-process-correcting = { $meeting } est close : ses étapes ne changent plus, mais ce qui a été consigné peut être corrigé jusqu’à l’approbation de son compte rendu — chaque correction est conservée et listée dans le compte rendu.
proposal-process-read-only = Ce registre peut être lu mais ne peut plus changer : { $reason }.
proposal-process-closed-meeting = { $meeting } est close : cet examen peut être lu, plus modifié.
proposal-process-closed-proposal = La proposition est { $status } : elle n’est plus devant l’AG.
proposal-process-decision-waits = Des amendements amicaux attendent encore la réponse de l’auteur·e (ci-dessous : { $accept } accepte, { $reject } refuse) ; la décision vient ensuite.
proposal-process-decision-on-host = La modération consigne le résultat sur l’ordinateur principal ; il s’affiche ici une fois consigné.
proposal-process-outcome-heading = Résultat
proposal-process-correct-cancel = Annuler la correction
proposal-process-correct-open = Corriger cette décision…
proposal-process-outcome-recorded-at = consigné en { $item }.
proposal-process-outcome-by = Par { $name }
proposal-process-offer-amendment = Proposer un amendement amical
proposal-process-temperature-note = facultative, non contraignante
proposal-process-side-label = Le texte et les autres issues
proposal-process-version-of-submitted = version { $n } sur { $of } (telle que déposée)
proposal-process-every-version = Toutes les versions, comparées mot à mot
proposal-process-other-outcomes = Autres issues

## Les étapes

proposal-step-track-label = Étapes du processus de consensus
proposal-step-current = (étape en cours)
proposal-step-passed = (passée)
proposal-step-optional = facultative
proposal-step-moves-label = Faire avancer le processus
proposal-step-move-next = Suivante : { $step }
proposal-step-move-back = Revenir à { $step }
proposal-step-move-go-to = Aller à { $step }
proposal-step-move-no-questions-next = Aucune question — suivante : { $step }
proposal-step-move-no-questions-go-to = Aucune question — aller à : { $step }
proposal-step-move-no-concerns-next = Aucune objection — suivante : { $step }
proposal-step-move-no-concerns-go-to = Aucune objection — aller à : { $step }

## Questions de clarification

proposal-questions-none = Pas encore de question de clarification.
proposal-questions-answer = Réponse :
proposal-questions-answer-by = Réponse ({ $name }) :
proposal-questions-answer-form = Réponse à « { $question } »
proposal-questions-answer-label = Réponse
proposal-questions-answer-label-by = Réponse de { $name }
proposal-questions-answer-placeholder = La réponse de l’auteur·e
proposal-questions-answer-placeholder-by = La réponse de l’auteur·e ({ $name })
proposal-questions-answer-save = Enregistrer la réponse
proposal-questions-not-answered = Sans réponse.
proposal-questions-form = Consigner une question de clarification
proposal-questions-question = Question
proposal-questions-asked-by = Posée par
proposal-questions-add = Consigner la question

## Objections

proposal-concerns-none = Aucune objection soulevée.
proposal-concerns-addressed = prise en compte
proposal-concerns-open = ouverte
proposal-concerns-response = Réponse :
proposal-concerns-address-form = Répondre à l’objection « { $concern } »
proposal-concerns-how-addressed = Comment elle a été prise en compte
proposal-concerns-how-addressed-placeholder = Comment elle a été prise en compte (facultatif)
proposal-concerns-mark-addressed = Marquer comme prise en compte
proposal-concerns-form = Consigner une objection
proposal-concerns-concern = Objection
proposal-concerns-raised-by = Soulevée par
proposal-concerns-add = Consigner l’objection

## Prises de température

proposal-temperature-none = Aucune prise de température.
proposal-temperature-up = { $count } pour
proposal-temperature-sideways = { $count } mitigé
proposal-temperature-down = { $count } contre
proposal-temperature-form = Consigner une prise de température
proposal-temperature-up-label = Pour
proposal-temperature-sideways-label = Mitigé
proposal-temperature-down-label = Contre
proposal-temperature-note = Note
proposal-temperature-record = Consigner la prise de température

## Amendements amicaux

proposal-amendment-announce-accepted = Amendement de { $name } accepté.
proposal-amendment-announce-accepted-version = Amendement de { $name } accepté : le texte est maintenant la version { $version }.
proposal-amendment-announce-rejected = Amendement de { $name } refusé.
proposal-amendment-announce-corrected = Corrigé : l’amendement de { $name } est maintenant { $status }.
proposal-amendment-keys = L’auteur·e répond : sur un amendement en attente, { $accept } accepte, { $reject } refuse.
proposal-amendment-none = Aucun amendement amical.
proposal-amendment-offered-by = Proposé par { $name }
proposal-amendment-on-version = sur la version { $n }
proposal-amendment-at = en { $item }
proposal-amendment-between = entre deux AG
proposal-amendment-made-version = a donné la version { $n }
proposal-amendment-answer-group = La réponse de l’auteur·e à l’amendement de { $name }
proposal-amendment-accept = Accepter
proposal-amendment-accept-label = Accepter l’amendement de { $name }
proposal-amendment-reject = Refuser
proposal-amendment-reject-label = Refuser l’amendement de { $name }
proposal-amendment-correct-rejected = Corriger : il a été refusé
proposal-amendment-correct-accepted = Corriger : il a été accepté
proposal-amendment-correct-rejected-label = Corriger : il a été refusé (l’amendement de { $name })
proposal-amendment-correct-accepted-label = Corriger : il a été accepté (l’amendement de { $name })
proposal-amendment-form-text = Le texte entier tel qu’amendé
proposal-amendment-form-hint = Modifiez le texte actuel ; Ctrl+Entrée propose l’amendement.
proposal-amendment-form-by = Proposé par
proposal-amendment-form-offer = Proposer l’amendement
proposal-amendment-form-reset = Repartir du texte actuel

## L’appel au consensus et le vote

proposal-decision-form-label = Appel au consensus
proposal-decision-form-correct-label = Corriger la décision
proposal-decision-form-rule = Règle { $rule } : { $words }.
proposal-decision-form-hint = Rien n’est consigné avant votre confirmation.
proposal-decision-form-correcting-hint = Le formulaire contient ce qui a été consigné : changez ce que le compte rendu a mal noté. La correction est conservée et listée dans le compte rendu.
proposal-decision-form-call = L’appel au consensus
proposal-decision-form-agreed = D’accord
proposal-decision-form-agreed-note = (un décompte, s’il a été fait)
proposal-decision-form-stand-aside-total = Abstentions au total
proposal-decision-form-those-named = = celles nommées
proposal-decision-form-stand-aside-total-hint = Compte aussi les personnes nommées ; vide signifie seulement celles nommées.
proposal-decision-form-block-total = Blocages au total
proposal-decision-form-block-total-hint = Compte aussi les personnes nommées : pour les blocages que la salle a seulement comptés, sans noms. Vide signifie seulement ceux nommés.
proposal-decision-form-named-stand-asides = Abstentions qui donnent leur nom
proposal-decision-form-reason-optional = (motif facultatif)
proposal-decision-form-name = Nom
proposal-decision-form-who-stands-aside = qui s’abstient
proposal-decision-form-reason = Motif
proposal-decision-form-optional = (facultatif)
proposal-decision-form-remove-stand-aside = Retirer l’abstention { $n }
proposal-decision-form-remove-stand-aside-named = Retirer l’abstention { $n } ({ $name })
proposal-decision-form-add-stand-aside = + Nommer une abstention
proposal-decision-form-named-blocks = Blocages nommés
proposal-decision-form-reason-required = (motif obligatoire)
proposal-decision-form-block-hint = Une objection morale, éthique ou de sécurité grave : qui bloque, et pourquoi (au compte rendu). Les blocages seulement comptés vont dans le total ci-dessus.
proposal-decision-form-who-blocks = qui bloque
proposal-decision-form-required = (obligatoire)
proposal-decision-form-remove-block = Retirer le blocage { $n }
proposal-decision-form-remove-block-named = Retirer le blocage { $n } ({ $name })
proposal-decision-form-add-block = + Nommer un blocage
proposal-decision-form-vote = Le vote
proposal-decision-form-vote-note = (s’il a eu lieu)
proposal-decision-form-vote-hint = Ce que la salle a compté, les personnes qui bloquent comptées selon leur vote. Laissez les deux vides si l’appel n’est pas allé au vote.
proposal-decision-form-for = Pour
proposal-decision-form-against = Contre
proposal-decision-form-options = Quorum, limite d’abstentions, autre règle
proposal-decision-form-quorum = Quorum
proposal-decision-form-quorum-note = (participant·es)
proposal-decision-form-limit = Limite d’abstentions
proposal-decision-form-limit-example = p. ex. 1/3
proposal-decision-form-other-rule = Autre règle
proposal-decision-form-other-rule-note = (si l’AG le décide)
proposal-decision-form-preview = Voir le résultat
proposal-decision-form-text = Le texte à décider
proposal-decision-form-text-version = (version { $n })
proposal-decision-form-how = Saisissez les décomptes, puis { $button } : le cœur applique la règle, et vous confirmez ce qu’il montre.
proposal-decision-preview-heading = Résultat, si confirmé :
proposal-decision-preview-rule = règle { $rule }
proposal-decision-preview-rule-other = règle { $rule } (pas celle de l’assemblée, { $assembly })
proposal-decision-counts = { $counted } — { $participants }
proposal-decision-preview-becomes = la proposition devient { $status }
proposal-decision-preview-stand-aside = Abstention :
proposal-decision-preview-block = Blocage :
proposal-decision-confirm = Confirmer et consigner : { $outcome }
proposal-decision-confirm-correction = Confirmer la correction : { $outcome }
proposal-decision-back = Revenir au formulaire

## Une décision consignée

proposal-decision-record-label = Décision en { $item }
proposal-decision-record-at = en { $item }
proposal-decision-record-rule = Règle
proposal-decision-record-default-rule = (la règle de l’assemblée était { $rule })
proposal-decision-record-counts = Décomptes
proposal-decision-record-quorum = {" ; "}quorum { $n }
proposal-decision-record-limit = {" ; "}limite d’abstentions { $limit }
proposal-decision-record-wg-voices = Voix des commissions
proposal-decision-record-stood-aside = Se sont abstenu·es
proposal-decision-record-blocked = Ont bloqué
proposal-decision-record-text = Texte décidé
proposal-decision-record-version = version { $n }
proposal-decision-record-entered-by = Saisie par
proposal-decision-record-entered = { $by }, { $at }
proposal-decision-record-disputed = Contestée :
proposal-decision-dispute-form = Marquer la décision comme contestée
proposal-decision-dispute-note = Ce qui n’allait pas (obligatoire)
proposal-decision-dispute-save = Marquer comme contestée
proposal-decision-dispute-cancel = Annuler
proposal-decision-dispute-clear = Retirer la marque « contestée »
proposal-decision-dispute-open = Marquer comme contestée…

## L’appel d’un conseil des porte-parole

proposal-council-form-label = Appel au consensus par commissions
proposal-council-form-rule = Règle { $rule }, appliquée aux voix des commissions : une voix par commission, donnée par son ou sa porte-parole.
proposal-council-no-spokes = Aucune commission n’a encore envoyé de porte-parole à ce conseil.
proposal-council-voices = La voix de chaque commission
proposal-council-voice-none = pas de voix
proposal-council-voice-stand-aside = abstention
proposal-council-reason-label = Motif de { $wg } (facultatif)
proposal-council-reason-label-block = Motif de { $wg } (obligatoire pour un blocage)
proposal-council-reason-optional = motif (facultatif)
proposal-council-reason-required = motif (obligatoire)
proposal-council-other-rule-note = (si le conseil le décide)
proposal-council-preview-rule = Règle { $rule } ; la proposition devient { $status }.

## Reporter, retirer, renvoyer

proposal-move-ask = { $move }…
proposal-move-dialog-table = Reporter la proposition
proposal-move-dialog-withdraw = Retirer la proposition
proposal-move-dialog-send-back = Renvoyer la proposition en commission
proposal-move-why = Pourquoi
proposal-move-why-required = (obligatoire : le compte rendu l’indique)
proposal-move-by = Par qui
proposal-move-by-facilitator = la modération
proposal-move-by-proposers = les auteur·es
proposal-move-by-ga = l’AG
proposal-move-keep = La garder

## Le tableau

proposal-board-back-to-dashboard = ← Accueil
proposal-board-heading = Propositions
proposal-board-count-all = { $n } au total
proposal-board-count-match = { $n } correspondent
proposal-board-filters = Filtrer les propositions
proposal-board-filter-status = Statut
proposal-board-any-status = Tous les statuts
proposal-board-filter-year = Année
proposal-board-any-year = Toutes les années
proposal-board-none-yet = Pas encore de proposition.
proposal-board-none-match = Aucune proposition ne correspond.
proposal-board-col-reference = Référence
proposal-board-col-title = Titre
proposal-board-col-by = Commission / auteur·e
proposal-board-col-outcome = Dernier résultat
proposal-board-no-outcome = aucun encore
proposal-board-pager-noun-draft = brouillons
proposal-board-pager-noun-submitted = propositions déposées
proposal-board-pager-noun-on-agenda = propositions à un ordre du jour
proposal-board-pager-noun-in-process = propositions en cours d’examen
proposal-board-pager-noun-decided = propositions décidées
proposal-board-pager-noun-tabled = propositions reportées
proposal-board-pager-noun-withdrawn = propositions retirées
proposal-board-pager-noun-sent-back = propositions renvoyées
proposal-new-proposal-open = Nouvelle proposition
proposal-new-proposal-hide = Masquer le formulaire de nouvelle proposition
proposal-new-proposal-title = Titre
proposal-new-proposal-text = Texte
proposal-new-proposal-text-hint = Ce que l’AG doit décider. Ctrl+Entrée dépose.
proposal-new-proposal-wg = Commission
proposal-new-proposal-wg-none = — aucune —
proposal-new-proposal-by = Auteur·e
proposal-new-proposal-date = Déposée le
proposal-new-proposal-date-note = (facultatif : un jour passé)
proposal-new-proposal-date-hint = Vide signifie aujourd’hui. Une proposition de l’histoire de l’assemblée prend l’année de sa référence de son propre jour.
proposal-new-proposal-draft = La garder en brouillon (pas encore déposée à l’AG)
proposal-new-proposal-save-draft = Enregistrer le brouillon
proposal-new-proposal-submit = Déposer la proposition
proposal-new-proposal-draft-saved = Brouillon enregistré :
proposal-new-proposal-submitted = Proposition déposée :
