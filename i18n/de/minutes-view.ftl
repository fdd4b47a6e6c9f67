# Die Vorschau des Protokolls in der App (ui/src/views/minutes).

## Die Werkzeugleiste

minutes-view-back = {"← "}
minutes-view-meeting = Plenum
minutes-view-redact = Namen unkenntlich machen
minutes-view-include-speakers = Redeliste einschließen
minutes-view-include-equity = Redezeit-Gerechtigkeit einschließen
minutes-view-export = Exportieren
minutes-view-export-as = Als { $format } exportieren
minutes-view-print = Drucken…
minutes-view-saving = Wird gespeichert…
minutes-view-saved-to = Gespeichert unter { $path }
minutes-view-saved-to-files = In { $n } Dateien gespeichert:
minutes-view-export-cancelled = Export abgebrochen; nichts wurde gespeichert.
minutes-view-live = Live-Vorschau, aktualisiert um
minutes-view-as-of = Vorschau von
minutes-view-redacted = · Namen unkenntlich (auch in Exporten)
minutes-view-with-speakers = · mit der Redeliste
minutes-view-loading = Protokoll wird geladen…

## Genehmigung

minutes-view-approve = Dieses Protokoll genehmigen
minutes-view-approve-hint = Ein Protokoll wird von einem späteren Plenum genehmigt, während es tagt.
minutes-view-approved-by = Genehmigt durch
minutes-view-approve-option = { $reference } — { $date } (offen)
minutes-view-approve-none = Gerade ist kein Plenum offen: Öffne das Plenum, das es genehmigt, und komm dann hierher zurück.
minutes-view-loading-meetings = Plena werden geladen…
minutes-view-approved-result = Das Protokoll von { $reference } ist im Plenum { $at } genehmigt.
minutes-view-still-draft = Das Protokoll von { $reference } ist noch ein Entwurf.

## Das Dokument

minutes-view-in-progress = · Plenum läuft
minutes-view-not-yet-held = · Plenum noch nicht abgehalten
minutes-view-ga-number = — Plenum { $number }
minutes-view-status-draft = Entwurf (noch nicht genehmigt)
minutes-view-status-approved = Genehmigt im Plenum { $reference }
minutes-view-status-approved-on = Genehmigt im Plenum { $reference } am { $date }
minutes-view-spoke-from = (ab { $at })
minutes-view-spoke-until = (bis { $at })
minutes-view-consult = Beratungspause { $start }–{ $end }, beantragt von { $name } für { $wg } ({ $minutes } Min. erbeten)
minutes-view-consult-during = Beratungspause { $start }–{ $end }, beantragt von { $name } für { $wg } ({ $minutes } Min. erbeten), während { $item }
minutes-view-empty = Die Tagesordnung dieses Plenums ist leer.
minutes-view-kind-process = Ablauf
minutes-view-kind-report-back = AG-Bericht
minutes-view-kind-proposal = Antrag
minutes-view-kind-discussion = Diskussion
minutes-view-kind-announcement = Ankündigungen
minutes-view-kind-soapbox = Offenes Mikro
minutes-view-kind-other = Sonstiges
minutes-view-who = wer:
minutes-view-speech = { $kind }, { $at }

## Ein behandelter Antrag

minutes-view-proposed-by = Eingebracht von
minutes-view-asked-by = (gefragt von { $name })
minutes-view-answer = Antwort:
minutes-view-answer-by = Antwort von { $name }:
minutes-view-not-answered = Nicht beantwortet.
minutes-view-raised-by = (geäußert von { $name })
minutes-view-addressed = Ausgeräumt
minutes-view-not-addressed = Nicht ausgeräumt
minutes-view-amendment = { $amendment }, vorgeschlagen von { $name } — { $result }. Der geänderte Text:
minutes-view-amendment-n = Änderung { $n }
minutes-view-temperature = { $n ->
    [one] Stimmungsbild
   *[other] Stimmungsbilder
  }
minutes-view-not-binding = (unverbindlich)
minutes-view-temperature-line = Hoch { $up } · seitlich { $sideways } · runter { $down }
minutes-view-rule = Regel:
minutes-view-rule-line = { $rule }.
minutes-view-rule-chosen = { $rule } — für diesen Beschluss gewählt; die übliche Regel des Plenums ist { $default }.
minutes-view-rule-consensus = Konsens
minutes-view-rule-majority = einfache Mehrheit
minutes-view-rule-modified = modifizierter Konsens mit { $percent }
minutes-view-rule-supermajority = qualifizierte Mehrheit von { $share }
minutes-view-counted = Gezählt:
minutes-view-quorum-and-limit = Quorum und Grenze
minutes-view-quorum = Quorum
minutes-view-limit = Grenze für Enthaltungen
minutes-view-entered-by = Eingetragen von { $by }.
minutes-view-outcome = Ergebnis:
minutes-view-outcome-consensus = Konsens
minutes-view-outcome-passed = Angenommen
minutes-view-outcome-blocked = Durch Veto gestoppt
minutes-view-outcome-failed = Nicht angenommen
minutes-view-outcome-tabled = Vertagt
minutes-view-outcome-withdrawn = Zurückgezogen
minutes-view-outcome-sent-back = An die AG zurückverwiesen
minutes-view-disputed = Angefochten.
minutes-view-text-as-decided = Beschlossener Text
