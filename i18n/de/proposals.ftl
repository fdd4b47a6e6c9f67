# Die Bildschirme der Anträge (ui/src/views/proposals). Die Sätze des Beschlusses
# (Zählungen, Ergebnis, Begründung) sind die von minutes.ftl, geteilt mit dem Protokoll.

## Wörter nach Code (labels.ts)

proposal-group-draft = Entwürfe
proposal-group-submitted = Eingereicht
proposal-group-on-agenda = Auf einer Tagesordnung
proposal-group-in-process = In Beratung
proposal-group-decided = Beschlossen
proposal-group-tabled = Vertagt
proposal-group-withdrawn = Zurückgezogen
proposal-group-sent-back = Zurückverwiesen
proposal-status-draft = Entwurf
proposal-status-submitted = eingereicht
proposal-status-on-agenda = auf einer Tagesordnung
proposal-status-in-process = in Beratung
proposal-status-decided = beschlossen
proposal-status-tabled = vertagt
proposal-status-withdrawn = zurückgezogen
proposal-status-sent-back = an die AG zurückverwiesen
proposal-meeting-status-planned = geplant
proposal-meeting-status-open = offen
proposal-meeting-status-closed = geschlossen
proposal-item-status-pending = Ausstehend
proposal-item-status-active = Läuft
proposal-item-status-done = Erledigt
proposal-item-status-tabled = Vertagt
proposal-step-not-started = Nicht begonnen
proposal-step-present = Vorstellung
proposal-step-clarifying-questions = Verständnisfragen
proposal-step-concerns = Bedenken und freundliche Änderungen
proposal-step-temperature-check = Stimmungsbild
proposal-step-call-for-consensus = Konsensabfrage
proposal-step-vote = Abstimmung
proposal-step-outcome = Ergebnis
proposal-step-short-concerns = Bedenken und Änderungen
proposal-step-hint-not-started = Der Prozess hat nicht begonnen.
proposal-step-hint-present = Die Antragstellenden lesen den Text vor.
proposal-step-hint-clarifying-questions = Fragen, von den Antragstellenden beantwortet.
proposal-step-hint-concerns = Bedenken; freundliche Änderungen, die die Antragstellenden annehmen oder nicht.
proposal-step-hint-temperature-check = Freiwillig, unverbindlich: Hände hoch, waagerecht, runter.
proposal-step-hint-call-for-consensus = Zustimmung, Enthaltungen und Vetos.
proposal-step-hint-vote = Dafür und dagegen, wenn Vetos bestehen bleiben.
proposal-step-hint-outcome = Mit der Regel und den Zählungen festgehalten.
proposal-outcome-consensus = Konsens
proposal-outcome-passed = Angenommen
proposal-outcome-blocked = Durch Veto gestoppt
proposal-outcome-failed = Abgelehnt
proposal-outcome-tabled = Vertagt
proposal-outcome-withdrawn = Zurückgezogen
proposal-outcome-sent-back = Zurückverwiesen
proposal-amendment-status-pending = wartet auf die Antragstellenden
proposal-amendment-status-accepted = angenommen
proposal-amendment-status-rejected = abgelehnt
proposal-move-table = Vertagen
proposal-move-withdraw = Zurückziehen
proposal-move-send-back = An die AG zurückverweisen
proposal-move-hint-table = Aufschieben: Er kann in einem späteren Plenum wieder behandelt werden.
proposal-move-hint-withdraw = Die Antragstellenden ziehen ihn zurück.
proposal-move-hint-send-back = Seine AG überarbeitet ihn.
proposal-move-done-table = vertagt
proposal-move-done-withdraw = zurückgezogen
proposal-move-done-send-back = zurückverwiesen
proposal-actor-facilitator = die Moderation
proposal-actor-stack-keeper = die Redeliste
proposal-actor-timekeeper = die Zeitwache
proposal-actor-minute-taker = das Protokoll
proposal-actor-participant = eine teilnehmende Person im Raum
proposal-actor-cli = die Kommandozeile
proposal-actor-demo = die Demo
proposal-actor-import = ein Import
proposal-rule-consensus = Konsens (ein Veto stoppt einen Antrag)
proposal-rule-modified-90 = Modifizierter Konsens, 90 % (New York, Boston)
proposal-rule-modified-80 = Modifizierter Konsens, 80 % (Seattle)
proposal-rule-modified-70 = Modifizierter Konsens, 70 % (Berkeley)
proposal-rule-supermajority-2-3 = Zweidrittelmehrheit
proposal-rule-supermajority-3-4 = Dreiviertelmehrheit
proposal-rule-majority = Einfache Mehrheit (mehr als die Hälfte)
proposal-participants = { $n ->
    [one] { $n } teilnehmende Person
   *[other] { $n } Teilnehmende
  }

## Die Seite eines Antrags

proposal-breadcrumb = Brotkrumen
proposal-back-to-board = ← Anträge
proposal-not-available = Antrag nicht verfügbar
proposal-loading = Antrag wird geladen…
proposal-meta-wg = AG { $name }
proposal-meta-proposer = eingebracht von { $name }
proposal-meta-since = seit { $date }
proposal-derived-from = übernommen von { $source }
proposal-derived-from-original = { $reference } von { $assembly }
proposal-derived-from-unknown = einem Antrag einer anderen Versammlung
proposal-meta-rule = Regel der Versammlung { $rule }
proposal-another-assembly = eine andere Versammlung
proposal-imported-read-only = Antrag einer anderen Versammlung, nur lesbar.
proposal-imported-adopted-as = Hier übernommen als { $copy }, der unseren eigenen Prozess durchläuft.
proposal-imported-our-copy = unser Antrag
proposal-imported-title = Antrag einer anderen Versammlung, nur lesbar
proposal-imported-adopt-hint = {" "}— übernehmt ihn, um ihn durch euren eigenen Prozess zu bringen.
proposal-imported-adopt-link = In der Föderation übernehmen →
proposal-submit = Beim Plenum einreichen
proposal-text-heading = Der Text
proposal-version-of = Fassung { $n } von { $of }
proposal-compare-heading = Fassungen vergleichen
proposal-amendments-heading = Freundliche Änderungen
proposal-offer-between = Eine Änderung zwischen Plena vorschlagen
proposal-hearings-heading = Beratungen
proposal-no-hearings = Noch auf keiner Tagesordnung eines Plenums.
proposal-hearing-when = { $date }, { $status }
proposal-hearing-step = Schritt: { $step }
proposal-outcome-by = durch { $name }
proposal-outcome-by-why-separator = {": "}
proposal-run-process-at = Den Prozess bei { $item } führen →
proposal-process-at = Der Prozess bei { $item } →
proposal-questions-heading = Verständnisfragen
proposal-concerns-heading = Bedenken
proposal-temperature-heading = Stimmungsbilder
proposal-side-label = Fassungen und Verlauf
proposal-versions-heading = Fassungen
proposal-version-n = Fassung { $n }
proposal-version-as-submitted = wie eingereicht
proposal-version-from-amendment-at = aus der Änderung von { $name } bei { $item }
proposal-version-from-amendment-between = aus der Änderung von { $name } zwischen Plena
proposal-version-from-an-amendment = aus einer Änderung
proposal-version-text = Text der Fassung { $n }
proposal-history-heading = Statusverlauf
proposal-name-placeholder = Name

## Fassungen vergleichen

proposal-compare-from = Von Fassung
proposal-compare-to = Bis Fassung
proposal-compare-legend = Fassung { $from } → Fassung { $to }: { $added } und { $removed } Wörter.
proposal-compare-added = hinzugefügte
proposal-compare-removed = entfernte

## Das Prozessfeld

proposal-process-not-a-hearing = Dieser Tagesordnungspunkt behandelt diesen Antrag nicht.
proposal-process-announce-step = Jetzt bei: { $step }.
proposal-process-announce-outcome = Ergebnis festgehalten: { $outcome }.
proposal-process-announce-corrected = Beschluss korrigiert: { $outcome }. Die Korrektur bleibt im Protokoll.
proposal-process-back-to-agenda = ← Tagesordnung von { $meeting }
proposal-process-back-to-meeting = ← Das Plenum
proposal-process-proposal-link = Antragsseite, Fassungen und Verlauf →
proposal-process-not-available = Prozess nicht verfügbar
proposal-process-rule = Regel { $rule }
proposal-process-item = Punkt
proposal-process-correcting = { $meeting } ist geschlossen: Die Schritte ändern sich nicht mehr, aber das Festgehaltene kann korrigiert werden, bis das Protokoll genehmigt ist — jede Korrektur bleibt erhalten und steht im Protokoll.
proposal-process-read-only = Dieser Eintrag kann gelesen, aber nicht mehr geändert werden: { $reason }.
proposal-process-closed-meeting = { $meeting } ist geschlossen: Diese Beratung kann gelesen, nicht mehr geändert werden.
proposal-process-closed-proposal = Der Antrag ist { $status }: Er liegt dem Plenum nicht mehr vor.
proposal-process-decision-waits = Freundliche Änderungen warten noch auf die Antwort der Antragstellenden (unten: { $accept } nimmt an, { $reject } lehnt ab); der Beschluss kommt danach.
proposal-process-decision-on-host = Die Moderation hält das Ergebnis am Hauptrechner fest; es erscheint hier, sobald es festgehalten ist.
proposal-process-outcome-heading = Ergebnis
proposal-process-correct-cancel = Korrektur abbrechen
proposal-process-correct-open = Diesen Beschluss korrigieren…
proposal-process-outcome-recorded-at = festgehalten bei { $item }.
proposal-process-outcome-by = Durch { $name }
proposal-process-offer-amendment = Eine freundliche Änderung vorschlagen
proposal-process-temperature-note = freiwillig, unverbindlich
proposal-process-side-label = Der Text und andere Ausgänge
proposal-process-version-of-submitted = Fassung { $n } von { $of } (wie eingereicht)
proposal-process-every-version = Alle Fassungen, Wort für Wort verglichen
proposal-process-other-outcomes = Andere Ausgänge

## Die Schritte

proposal-step-track-label = Schritte des Konsensprozesses
proposal-step-current = (aktueller Schritt)
proposal-step-passed = (erledigt)
proposal-step-optional = freiwillig
proposal-step-moves-label = Den Prozess weiterführen
proposal-step-move-next = Weiter: { $step }
proposal-step-move-back = Zurück zu { $step }
proposal-step-move-go-to = Gehe zu { $step }
proposal-step-move-no-questions-next = Keine Fragen — weiter: { $step }
proposal-step-move-no-questions-go-to = Keine Fragen — gehe zu: { $step }
proposal-step-move-no-concerns-next = Keine Bedenken — weiter: { $step }
proposal-step-move-no-concerns-go-to = Keine Bedenken — gehe zu: { $step }

## Verständnisfragen

proposal-questions-none = Noch keine Verständnisfragen.
proposal-questions-answer = Antwort:
proposal-questions-answer-by = Antwort ({ $name }):
proposal-questions-answer-form = Antwort auf „{ $question }“
proposal-questions-answer-label = Antwort
proposal-questions-answer-label-by = Antwort von { $name }
proposal-questions-answer-placeholder = Die Antwort der Antragstellenden
proposal-questions-answer-placeholder-by = Die Antwort der Antragstellenden ({ $name })
proposal-questions-answer-save = Antwort speichern
proposal-questions-not-answered = Nicht beantwortet.
proposal-questions-form = Eine Verständnisfrage festhalten
proposal-questions-question = Frage
proposal-questions-asked-by = Gestellt von
proposal-questions-add = Frage festhalten

## Bedenken

proposal-concerns-none = Keine Bedenken geäußert.
proposal-concerns-addressed = ausgeräumt
proposal-concerns-open = offen
proposal-concerns-response = Antwort:
proposal-concerns-address-form = Auf das Bedenken „{ $concern }“ eingehen
proposal-concerns-how-addressed = Wie es ausgeräumt wurde
proposal-concerns-how-addressed-placeholder = Wie es ausgeräumt wurde (freiwillig)
proposal-concerns-mark-addressed = Als ausgeräumt markieren
proposal-concerns-form = Ein Bedenken festhalten
proposal-concerns-concern = Bedenken
proposal-concerns-raised-by = Geäußert von
proposal-concerns-add = Bedenken festhalten

## Stimmungsbilder

proposal-temperature-none = Kein Stimmungsbild eingeholt.
proposal-temperature-up = { $count } hoch
proposal-temperature-sideways = { $count } seitlich
proposal-temperature-down = { $count } runter
proposal-temperature-form = Ein Stimmungsbild festhalten
proposal-temperature-up-label = Hoch
proposal-temperature-sideways-label = Seitlich
proposal-temperature-down-label = Runter
proposal-temperature-note = Notiz
proposal-temperature-record = Stimmungsbild festhalten

## Freundliche Änderungen

proposal-amendment-announce-accepted = Änderung von { $name } angenommen.
proposal-amendment-announce-accepted-version = Änderung von { $name } angenommen: Der Text ist jetzt Fassung { $version }.
proposal-amendment-announce-rejected = Änderung von { $name } abgelehnt.
proposal-amendment-announce-corrected = Korrigiert: Die Änderung von { $name } ist jetzt { $status }.
proposal-amendment-keys = Die Antragstellenden antworten: Auf einer offenen Änderung nimmt { $accept } an, { $reject } lehnt ab.
proposal-amendment-none = Keine freundlichen Änderungen.
proposal-amendment-offered-by = Vorgeschlagen von { $name }
proposal-amendment-on-version = zu Fassung { $n }
proposal-amendment-at = bei { $item }
proposal-amendment-between = zwischen Plena
proposal-amendment-made-version = ergab Fassung { $n }
proposal-amendment-answer-group = Die Antwort der Antragstellenden auf die Änderung von { $name }
proposal-amendment-accept = Annehmen
proposal-amendment-accept-label = Die Änderung von { $name } annehmen
proposal-amendment-reject = Ablehnen
proposal-amendment-reject-label = Die Änderung von { $name } ablehnen
proposal-amendment-correct-rejected = Korrigieren: Sie wurde abgelehnt
proposal-amendment-correct-accepted = Korrigieren: Sie wurde angenommen
proposal-amendment-correct-rejected-label = Korrigieren: Sie wurde abgelehnt (die Änderung von { $name })
proposal-amendment-correct-accepted-label = Korrigieren: Sie wurde angenommen (die Änderung von { $name })
proposal-amendment-form-text = Der ganze Text mit der Änderung
proposal-amendment-form-hint = Bearbeite den aktuellen Text; Strg+Eingabe schlägt die Änderung vor.
proposal-amendment-form-by = Vorgeschlagen von
proposal-amendment-form-offer = Änderung vorschlagen
proposal-amendment-form-reset = Vom aktuellen Text neu beginnen

## Die Konsensabfrage und die Abstimmung

proposal-decision-form-label = Konsensabfrage
proposal-decision-form-correct-label = Den Beschluss korrigieren
proposal-decision-form-rule = Regel { $rule }: { $words }.
proposal-decision-form-hint = Nichts wird festgehalten, bevor du bestätigst.
proposal-decision-form-correcting-hint = Das Formular enthält, was festgehalten wurde: Ändere, was das Protokoll falsch hat. Die Korrektur bleibt erhalten und steht im Protokoll.
proposal-decision-form-call = Die Konsensabfrage
proposal-decision-form-agreed = Einverstanden
proposal-decision-form-agreed-note = (eine Zählung, falls gezählt)
proposal-decision-form-stand-aside-total = Enthaltungen insgesamt
proposal-decision-form-those-named = = die genannten
proposal-decision-form-stand-aside-total-hint = Zählt die Genannten mit; leer heißt nur die Genannten.
proposal-decision-form-block-total = Vetos insgesamt
proposal-decision-form-block-total-hint = Zählt die Genannten mit: für Vetos, die der Raum nur gezählt hat, ohne Namen. Leer heißt nur die Genannten.
proposal-decision-form-named-stand-asides = Enthaltungen mit Namen
proposal-decision-form-reason-optional = (Grund freiwillig)
proposal-decision-form-name = Name
proposal-decision-form-who-stands-aside = wer sich enthält
proposal-decision-form-reason = Grund
proposal-decision-form-optional = (freiwillig)
proposal-decision-form-remove-stand-aside = Enthaltung { $n } entfernen
proposal-decision-form-remove-stand-aside-named = Enthaltung { $n } entfernen ({ $name })
proposal-decision-form-add-stand-aside = + Eine Enthaltung nennen
proposal-decision-form-named-blocks = Vetos mit Namen
proposal-decision-form-reason-required = (Grund nötig)
proposal-decision-form-block-hint = Ein schwerwiegender moralischer, ethischer oder Sicherheitseinwand: wer ein Veto einlegt und warum (steht im Protokoll). Nur gezählte Vetos kommen in die Summe oben.
proposal-decision-form-who-blocks = wer ein Veto einlegt
proposal-decision-form-required = (nötig)
proposal-decision-form-remove-block = Veto { $n } entfernen
proposal-decision-form-remove-block-named = Veto { $n } entfernen ({ $name })
proposal-decision-form-add-block = + Ein Veto nennen
proposal-decision-form-vote = Die Abstimmung
proposal-decision-form-vote-note = (falls es eine gab)
proposal-decision-form-vote-hint = Was der Raum gezählt hat, Vetos so mitgezählt, wie sie abgestimmt haben. Lass beides leer, wenn es zu keiner Abstimmung kam.
proposal-decision-form-for = Dafür
proposal-decision-form-against = Dagegen
proposal-decision-form-options = Quorum, Grenze für Enthaltungen, eine andere Regel
proposal-decision-form-quorum = Quorum
proposal-decision-form-quorum-note = (Teilnehmende)
proposal-decision-form-limit = Grenze für Enthaltungen
proposal-decision-form-limit-example = z. B. 1/3
proposal-decision-form-other-rule = Eine andere Regel
proposal-decision-form-other-rule-note = (wenn das Plenum es sagt)
proposal-decision-form-preview = Ergebnis ansehen
proposal-decision-form-text = Der zu beschließende Text
proposal-decision-form-text-version = (Fassung { $n })
proposal-decision-form-how = Gib die Zählungen ein, dann { $button }: Der Kern wendet die Regel an, und du bestätigst, was er zeigt.
proposal-decision-preview-heading = Ergebnis, falls bestätigt:
proposal-decision-preview-rule = Regel { $rule }
proposal-decision-preview-rule-other = Regel { $rule } (nicht die der Versammlung, { $assembly })
proposal-decision-counts = { $counted } — { $participants }
proposal-decision-preview-becomes = der Antrag wird { $status }
proposal-decision-preview-stand-aside = Enthaltung:
proposal-decision-preview-block = Veto:
proposal-decision-confirm = Bestätigen und festhalten: { $outcome }
proposal-decision-confirm-correction = Korrektur bestätigen: { $outcome }
proposal-decision-back = Zurück zum Formular

## Ein festgehaltener Beschluss

proposal-decision-record-label = Beschluss bei { $item }
proposal-decision-record-at = bei { $item }
proposal-decision-record-rule = Regel
proposal-decision-record-default-rule = (die Regel der Versammlung war { $rule })
proposal-decision-record-counts = Zählungen
proposal-decision-record-quorum = {"; "}Quorum { $n }
proposal-decision-record-limit = {"; "}Grenze für Enthaltungen { $limit }
proposal-decision-record-wg-voices = Stimmen der AGs
proposal-decision-record-stood-aside = Enthalten
proposal-decision-record-blocked = Veto eingelegt
proposal-decision-record-text = Beschlossener Text
proposal-decision-record-version = Fassung { $n }
proposal-decision-record-entered-by = Eingetragen von
proposal-decision-record-entered = { $by }, { $at }
proposal-decision-record-disputed = Angefochten:
proposal-decision-dispute-form = Den Beschluss als angefochten markieren
proposal-decision-dispute-note = Was schiefging (nötig)
proposal-decision-dispute-save = Als angefochten markieren
proposal-decision-dispute-cancel = Abbrechen
proposal-decision-dispute-clear = Markierung „angefochten“ entfernen
proposal-decision-dispute-open = Als angefochten markieren…

## Die Abfrage eines Delegiertenrats

proposal-council-form-label = Konsensabfrage nach AGs
proposal-council-form-rule = Regel { $rule }, angewandt auf die Stimmen der AGs: eine Stimme pro AG, abgegeben von ihren Delegierten.
proposal-council-no-spokes = Noch keine AG hat Delegierte in diesen Rat geschickt.
proposal-council-voices = Die Stimme jeder AG
proposal-council-voice-none = keine Stimme abgegeben
proposal-council-voice-stand-aside = Enthaltung
proposal-council-reason-label = Grund von { $wg } (freiwillig)
proposal-council-reason-label-block = Grund von { $wg } (nötig für ein Veto)
proposal-council-reason-optional = Grund (freiwillig)
proposal-council-reason-required = Grund (nötig)
proposal-council-other-rule-note = (wenn der Rat es sagt)
proposal-council-preview-rule = Regel { $rule }; der Antrag wird { $status }.

## Vertagen, zurückziehen, zurückverweisen

proposal-move-ask = { $move }…
proposal-move-dialog-table = Den Antrag vertagen
proposal-move-dialog-withdraw = Den Antrag zurückziehen
proposal-move-dialog-send-back = Den Antrag an die AG zurückverweisen
proposal-move-why = Warum
proposal-move-why-required = (nötig: das Protokoll nennt es)
proposal-move-by = Durch wen
proposal-move-by-facilitator = die Moderation
proposal-move-by-proposers = die Antragstellenden
proposal-move-by-ga = das Plenum
proposal-move-keep = Beibehalten

## Die Übersicht

proposal-board-back-to-dashboard = ← Übersicht
proposal-board-heading = Anträge
proposal-board-count-all = { $n } insgesamt
proposal-board-count-match = { $n } passend
proposal-board-filters = Anträge filtern
proposal-board-filter-status = Status
proposal-board-any-status = Jeder Status
proposal-board-filter-year = Jahr
proposal-board-any-year = Jedes Jahr
proposal-board-none-yet = Noch keine Anträge.
proposal-board-none-match = Kein Antrag passt.
proposal-board-col-reference = Kennung
proposal-board-col-title = Titel
proposal-board-col-by = AG / Antragstellende
proposal-board-col-outcome = Letztes Ergebnis
proposal-board-no-outcome = noch keins
proposal-board-pager-noun-draft = Entwürfe
proposal-board-pager-noun-submitted = eingereichte Anträge
proposal-board-pager-noun-on-agenda = Anträge auf einer Tagesordnung
proposal-board-pager-noun-in-process = Anträge in Beratung
proposal-board-pager-noun-decided = beschlossene Anträge
proposal-board-pager-noun-tabled = vertagte Anträge
proposal-board-pager-noun-withdrawn = zurückgezogene Anträge
proposal-board-pager-noun-sent-back = zurückverwiesene Anträge
proposal-new-proposal-open = Neuer Antrag
proposal-new-proposal-hide = Formular für neuen Antrag ausblenden
proposal-new-proposal-title = Titel
proposal-new-proposal-text = Text
proposal-new-proposal-text-hint = Worüber das Plenum beschließen soll. Strg+Eingabe reicht ein.
proposal-new-proposal-wg = AG
proposal-new-proposal-wg-none = — keine —
proposal-new-proposal-by = Antragstellende
proposal-new-proposal-date = Eingereicht am
proposal-new-proposal-date-note = (freiwillig: ein vergangener Tag)
proposal-new-proposal-date-hint = Leer heißt heute. Ein Antrag aus der Geschichte der Versammlung nimmt das Jahr seiner Kennung von seinem eigenen Tag.
proposal-new-proposal-draft = Als Entwurf behalten (noch nicht beim Plenum eingereicht)
proposal-new-proposal-save-draft = Entwurf speichern
proposal-new-proposal-submit = Antrag einreichen
proposal-new-proposal-draft-saved = Entwurf gespeichert:
proposal-new-proposal-submitted = Antrag eingereicht:
