# L’aide du clavier (ShortcutsHelp.svelte).

shortcuts-open = Raccourcis clavier (?)
shortcuts-title = Raccourcis clavier
shortcuts-close = Fermer
shortcuts-esc = Échap ferme cette liste.
shortcuts-everywhere = Partout
shortcuts-show = Afficher cette liste de raccourcis (pas pendant la saisie dans un champ)
shortcuts-search = Chercher dans toutes les assemblées (↓ ↑ choisissent un résultat, Entrée l’ouvre, Échap ferme)
shortcuts-forms = Formulaires
shortcuts-submit = Envoyer le formulaire
shortcuts-submit-text-area-notes = Envoyer depuis une zone de texte (enregistre les notes)
shortcuts-agenda = AG : ordre du jour
shortcuts-agenda-up = Monter le point actif de l’ordre du jour
shortcuts-agenda-down = Descendre le point actif de l’ordre du jour
shortcuts-stack = Tour de parole
shortcuts-stack-add = Inscrire le nom tapé (ou la personne en surbrillance)
shortcuts-stack-pick = Choisir une personne que l’assemblée connaît
shortcuts-stack-escape = Fermer les suggestions, puis vider le champ
shortcuts-kind-process = Type : point technique
shortcuts-kind-information = Type : information
shortcuts-kind-clarifying = Type : clarification
shortcuts-kind-direct-response = Type : réponse directe
shortcuts-kind-speak = Type : prise de parole
shortcuts-prioritize = Rendre prioritaire la personne qu’on inscrit
shortcuts-next = Au suivant
shortcuts-undo = Annuler la dernière action du tour de parole (pas dans un champ qui contient du texte)
shortcuts-meeting-mode = Mode AG (point en cours : tour de parole et processus côte à côte)
shortcuts-stack-keys = Touches du tour de parole
shortcuts-stack-keys-what = Alt+1…5, Alt+P, Ctrl+Entrée (au suivant) et Ctrl+Z (annuler) agissent sur le tour de parole — sauf quand le focus est dans un champ de texte d’un autre panneau (notes, retour, formulaires du processus) : là, le champ garde ses propres touches (Ctrl+Entrée enregistre, Ctrl+Z annule la frappe). Sortez du champ avec Tab, ou cliquez sur le tour de parole, pour les retrouver.
shortcuts-meeting-enter = Dans le champ du nom du tour de parole : inscrire le nom
shortcuts-process = Processus de consensus
shortcuts-accept = Accepter l’amendement en attente actif
shortcuts-reject = Refuser l’amendement en attente actif
shortcuts-submit-text-area = Envoyer depuis une zone de texte

