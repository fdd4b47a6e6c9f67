# Die Menschen der Versammlung (ui/src/views/people/PeopleView.svelte).

people-heading = Menschen
people-hint = Alle, die der Bestand der Versammlung nennt. Korrigiere einen falsch getippten Namen; führe zwei Namen zusammen, die dieselbe Person sind. Alle Einträge folgen.
people-search = Suchen
people-loading = Wird geladen…
people-none-yet = Noch niemand steht im Bestand.
people-none-found = Niemand mit diesem Namen.
people-col-name = Name
people-col-meetings = Plena
people-col-records = Einträge
people-col-actions = Aktionen
people-rename = Umbenennen
people-rename-label = { $name } umbenennen
people-new-name = Neuer Name für { $name }
people-save = Speichern
people-cancel = Abbrechen
people-renamed = { $before } heißt jetzt { $after }.
people-merge-open = Zusammenführen…
people-merge-label = { $name } mit einer anderen Person zusammenführen
people-merge-heading = { $name } zusammenführen
people-merge-explain = Jeder Eintrag, der { $name } nennt, nennt stattdessen die hier gewählte Person, und { $name } wird entfernt. Das lässt sich hier nicht rückgängig machen.
people-merge-find = Namen finden
people-merge-into = Mit
people-merge-choose = Person wählen
people-merge = Zusammenführen
people-merged = { $from } ist mit { $into } zusammengeführt: Jeder Eintrag nennt { $into }.
people-forget-open = Vergessen…
people-forget-label = { $name } auf Wunsch vergessen
people-forget-heading = { $name } vergessen
people-forget-explain = Für jemanden, der vergessen werden möchte. Der Name wird überall im Bestand dieser Versammlung durch einen Platzhalter wie „Teilnehmende 3“ ersetzt: Namen, freie Texte, das Redeprotokoll und das Journal. Die automatischen Sicherungen werden gelöscht. Das nächste Paket trägt die Änderung zu den Versammlungen, die den Namen erhalten haben.
people-forget-not-reached = Nicht erreicht: von Hand gemachte Kopien (Sicherungen, exportierte Pakete und Protokolle) und die eigenen Bestände anderer Versammlungen. Das lässt sich nicht rückgängig machen.
people-forget = Diese Person vergessen
people-forgotten = Der Name ist vergessen: Der Bestand sagt jetzt { $placeholder } ({ $records } Einträge; { $backups } gelöscht). Das nächste Paket trägt die Änderung weiter.
people-backups = { $n ->
    [one] 1 automatische Sicherung
   *[other] { $n } automatische Sicherungen
  }
people-pager-noun = Menschen
