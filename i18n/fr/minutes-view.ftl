# L’aperçu du compte rendu dans l’application (ui/src/views/minutes).

## La barre d’outils

minutes-view-back = {"← "}
minutes-view-meeting = AG
minutes-view-redact = Masquer les noms
minutes-view-include-speakers = Inclure les prises de parole
minutes-view-include-equity = Inclure l’équité du temps de parole
minutes-view-export = Exporter
minutes-view-export-as = Exporter en { $format }
minutes-view-print = Imprimer…
minutes-view-saving = Enregistrement…
minutes-view-saved-to = Enregistré dans { $path }
minutes-view-saved-to-files = Enregistré dans { $n } fichiers :
minutes-view-export-cancelled = Export annulé ; rien n’a été enregistré.
minutes-view-live = Aperçu en direct, mis à jour à
minutes-view-as-of = Aperçu de
minutes-view-redacted = · noms masqués (aussi dans les exports)
minutes-view-with-speakers = · avec les prises de parole
minutes-view-loading = Chargement du compte rendu…

## Approbation

minutes-view-approve = Approuver ce compte rendu
minutes-view-approve-hint = Un compte rendu est approuvé par une AG suivante pendant qu’elle siège.
minutes-view-approved-by = Approuvé par
minutes-view-approve-option = { $reference } — { $date } (ouverte)
minutes-view-approve-none = Aucune AG n’est ouverte : ouvrez l’AG qui l’approuve, puis revenez ici.
minutes-view-loading-meetings = Chargement des AG…
minutes-view-approved-result = Le compte rendu de { $reference } est approuvé lors de { $at }.
minutes-view-still-draft = Le compte rendu de { $reference } est encore un brouillon.

## Le document

minutes-view-in-progress = · AG en cours
minutes-view-not-yet-held = · AG pas encore tenue
minutes-view-ga-number = — AG { $number }
minutes-view-status-draft = Brouillon (pas encore approuvé)
minutes-view-status-approved = Approuvé lors de { $reference }
minutes-view-status-approved-on = Approuvé lors de { $reference } le { $date }
minutes-view-spoke-from = (à partir de { $at })
minutes-view-spoke-until = (jusqu’à { $at })
minutes-view-consult = Pause de consultation { $start }–{ $end }, demandée par { $name }, porte-parole de { $wg } ({ $minutes } min demandées)
minutes-view-consult-during = Pause de consultation { $start }–{ $end }, demandée par { $name }, porte-parole de { $wg } ({ $minutes } min demandées), pendant { $item }
minutes-view-empty = L’ordre du jour de cette AG est vide.
minutes-view-kind-process = Processus
minutes-view-kind-report-back = Retour de commission
minutes-view-kind-proposal = Proposition
minutes-view-kind-discussion = Discussion
minutes-view-kind-announcement = Annonces
minutes-view-kind-soapbox = Parole libre
minutes-view-kind-other = Autre
minutes-view-who = qui :
minutes-view-speech = { $kind }, { $at }

## Une proposition examinée

minutes-view-proposed-by = Proposée par
minutes-view-asked-by = (posée par { $name })
minutes-view-answer = Réponse :
minutes-view-answer-by = Réponse de { $name } :
minutes-view-not-answered = Sans réponse.
minutes-view-raised-by = (soulevée par { $name })
minutes-view-addressed = Prise en compte
minutes-view-not-addressed = Pas prise en compte
minutes-view-amendment = { $amendment }, proposé par { $name } — { $result }. Le texte amendé :
minutes-view-amendment-n = Amendement { $n }
minutes-view-temperature = { $n ->
    [one] Prise de température
   *[other] Prises de température
  }
minutes-view-not-binding = (non contraignante)
minutes-view-temperature-line = Pour { $up } · mitigé { $sideways } · contre { $down }
minutes-view-rule = Règle :
minutes-view-rule-line = { $rule }.
minutes-view-rule-chosen = { $rule } — choisie pour cette décision ; la règle habituelle de l’AG est { $default }.
minutes-view-rule-consensus = consensus
minutes-view-rule-majority = majorité simple
minutes-view-rule-modified = consensus modifié à { $percent }
minutes-view-rule-supermajority = majorité qualifiée de { $share }
minutes-view-counted = Décompte :
minutes-view-quorum-and-limit = Quorum et limite
minutes-view-quorum = Quorum
minutes-view-limit = Limite d’abstentions
minutes-view-entered-by = Saisi par { $by }.
minutes-view-outcome = Résultat :
minutes-view-outcome-consensus = Consensus
minutes-view-outcome-passed = Adoptée
minutes-view-outcome-blocked = Bloquée
minutes-view-outcome-failed = Non adoptée
minutes-view-outcome-tabled = Reportée
minutes-view-outcome-withdrawn = Retirée
minutes-view-outcome-sent-back = Renvoyée en commission
minutes-view-disputed = Contestée.
minutes-view-text-as-decided = Texte adopté
