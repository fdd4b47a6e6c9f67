# Die Wörter des Plenumsmodus (ui/src/views/meeting).

## Codes in Worten

meeting-kind-process = Ablauf
meeting-kind-report-back = AG-Bericht
meeting-kind-proposal = Antrag
meeting-kind-discussion = Diskussion
meeting-kind-announcement = Ankündigungen
meeting-kind-soapbox = Offenes Mikro
meeting-kind-other = Sonstiges
meeting-item-pending = Offen
meeting-item-active = Läuft
meeting-item-done = Erledigt
meeting-item-tabled = Vertagt
meeting-status-planned = Geplant
meeting-status-open = Offen
meeting-status-closed = Geschlossen
meeting-duration-min = { $min } Min.
meeting-duration-h = { $h } Std.
meeting-duration-h-min = { $h } Std. { $min } Min.
meeting-item-name = { $reference } „{ $title }“

## Die Ansicht des Plenums

meeting-breadcrumb = Navigationspfad
meeting-back = ← Übersicht
meeting-stack-link = Redeliste →
meeting-minutes-link = Protokoll →
meeting-open-projector = Beamer öffnen
meeting-with-equity = mit Verteilung der Redezeit
meeting-not-available = Plenum nicht verfügbar
meeting-loading = Plenum wird geladen…
meeting-spokes-council = Delegiertenrat
meeting-correcting = Dieses Plenum ist geschlossen: Änderungen werden als Korrekturen festgehalten und im Protokoll aufgeführt.
meeting-read-only = Die Aufzeichnung dieses Plenums kann gelesen, aber nicht mehr geändert werden:
meeting-corrected = Nach dem Plenum korrigiert
meeting-none = (nichts)
meeting-mode = Plenumsmodus
meeting-now = Jetzt
meeting-finish-item = { $reference } beenden
meeting-take-up-next = Als Nächstes: { $reference }
meeting-take-up-next-label = Als Nächstes: { $item }
meeting-stack-panel = Redeliste
meeting-process-panel = Konsensverfahren
meeting-coming-up = Als Nächstes
meeting-nothing-left = Nach diesem Punkt steht nichts mehr auf der Tagesordnung.
meeting-report-back-notes-of = Der Bericht, die Notizen und die Aufgaben von { $reference }:
meeting-notes-of = Die Notizen und die Aufgaben von { $reference }:
meeting-in-agenda-item = in seinem Tagesordnungspunkt weiter unten
meeting-roles-aside = Rollen
meeting-prepared = Tagesordnung vorbereitet: { $n } Punkte, geplant { $planned }.

## Der Kopf

meeting-planned = Geplant: { $time }
meeting-opened-at-time = Eröffnet { $time }
meeting-closed-at-time = Geschlossen { $time }
meeting-open-at = Um
meeting-open-at-note = (HH:MM, für eine Nachschrift)
meeting-open-at-now = jetzt
meeting-open = Plenum eröffnen
meeting-close-ask = Plenum schließen…
meeting-close-question = { $reference } schließen? Die Tagesordnung ändert sich dann nicht mehr; die Aufzeichnung kann noch korrigiert werden (jede Korrektur steht im Protokoll), bis das Protokoll angenommen ist.
meeting-closed-at = Geschlossen um
meeting-closed-at-note = (HH:MM, für eine Nachschrift; leer: jetzt)
meeting-close = Plenum schließen
meeting-keep-open = Offen lassen
meeting-start-form = Geplanter Beginn
meeting-starts-at = Beginnt um
meeting-set = Festlegen
meeting-start-cleared = Beginn gelöscht.
meeting-start-saved = Beginn gespeichert: { $time }.
meeting-opened-at = Eröffnet um
meeting-opened-form = Uhrzeit der Eröffnung des Plenums
meeting-closed-form = Uhrzeit des Schlusses des Plenums
meeting-time-saved-opened = Eröffnet um { $time }.
meeting-time-saved-closed = Geschlossen um { $time }.
meeting-time-saved-opened-correction = Eröffnet um { $time } (als Korrektur festgehalten).
meeting-time-saved-closed-correction = Geschlossen um { $time } (als Korrektur festgehalten).

## Der Zeitplan

meeting-starts = Beginn { $time }
meeting-planned-end = geplantes Ende { $time }
meeting-next-day = (am nächsten Tag)
meeting-no-start = Kein Beginn festgelegt: lege einen fest, um das geplante Ende zu sehen
meeting-pace = In diesem Tempo Ende um { $time }
meeting-pace-late = — { $n } Min. nach dem geplanten Ende
meeting-pace-on-time = — im Zeitplan

## Die Uhr des Punkts

meeting-under-way = Läuft
meeting-item-time = Zeit für diesen Punkt
meeting-timer-of = von { $time }
meeting-timer-s = { $s } s
meeting-timer-over = { $time } drüber
meeting-timer-left = noch { $time }
meeting-timer-item-over = { $name } hat seine Zeit überschritten.

## Die Tagesordnung

meeting-agenda = Tagesordnung
meeting-agenda-count = { $n ->
    [one] { $n } Punkt
   *[other] { $n } Punkte
  }
meeting-agenda-keys = Alt+↑ und Alt+↓ verschieben den fokussierten Punkt; Punkte lassen sich auch ziehen.
meeting-agenda-empty = Die Tagesordnung ist leer.
meeting-agenda-empty-prepare = Bereite sie aus der üblichen Tagesordnung vor oder füge die Punkte unten einzeln hinzu.
meeting-no-item-under-way = Kein Punkt läuft. „Aufrufen“ beginnt einen.
meeting-moved = „{ $title }“ ist jetzt Punkt { $position } von { $count }.
meeting-removed = „{ $title }“ entfernt.
meeting-step-start = { $item } läuft.
meeting-step-finish = { $item } ist erledigt.
meeting-step-table = { $item } ist vertagt.
meeting-table-form = { $reference } vertagen
meeting-table-why = Warum wird { $item } vertagt?
meeting-table-why-note = Sein Antrag wird mit vertagt; das Protokoll nennt den Grund.
meeting-table = Vertagen
meeting-keep-it = Behalten
meeting-no-time-set = keine Zeit festgelegt
meeting-process-link = Konsensverfahren →
meeting-process-link-label = Konsensverfahren zu { $item }
meeting-proposal-page = Seite des Antrags
meeting-item-stack-label = Redeliste zu { $item }
meeting-take-up = Aufrufen
meeting-take-up-label = { $item } aufrufen
meeting-finish = Beenden
meeting-finish-label = { $item } beenden
meeting-table-label = { $item } vertagen
meeting-move-up = { $item } nach oben
meeting-move-down = { $item } nach unten
meeting-remove = Entfernen
meeting-remove-label = { $item } entfernen
meeting-remove-question = „{ $title }“ von der Tagesordnung entfernen?
meeting-keep = Behalten
meeting-started-time = Begonnen { $time }
meeting-ended-time = · beendet { $time }
meeting-notes-heading = Notizen der Protokollführung
meeting-nothing-recorded = Zu diesem Punkt ist nichts festgehalten.
meeting-item-corrections = Korrekturen zu { $reference }
meeting-started-at = Begonnen um
meeting-ended-at = Beendet um
meeting-take-up-at = Zu dieser Uhrzeit aufrufen
meeting-finish-at = Zu dieser Uhrzeit beenden
meeting-started-form = Uhrzeit, zu der { $reference } begann
meeting-ended-form = Uhrzeit, zu der { $reference } endete
meeting-save = Speichern
meeting-optional = (optional)

## Rollen

meeting-roles = Rollen
meeting-roles-none = Noch niemand hat eine Rolle.
meeting-role-from = (ab { $time })
meeting-role-until = (bis { $time })
meeting-role-remove-label = { $name } als { $role } entfernen
meeting-role-form = Einer Person eine Rolle geben
meeting-role = Rolle
meeting-role-own = (oder eine eigene Rolle)
meeting-role-name = Name
meeting-role-from-label = Ab
meeting-role-from-hint = (HH:MM, später übernommen)
meeting-role-until-label = Bis
meeting-role-until-hint = (HH:MM, früher abgegeben)
meeting-role-add = Rolle geben

## Der Saal

meeting-room = Der Saal
meeting-room-intro = Dieses Plenum im lokalen Netz bereitstellen: Handys verfolgen es und heben die Hand, ein zweiter Laptop koppelt sich für die Redeliste oder das Protokoll.
meeting-room-open = Saal öffnen
meeting-room-elsewhere = Der Saal ist für ein anderes Plenum geöffnet.
meeting-room-close = Saal schließen
meeting-room-participants-open = Teilnehmende öffnen
meeting-room-qr = QR-Code der Adresse des Saals, { $url }
meeting-room-codes = Kopplungscodes
meeting-room-codes-note = (jeder gilt einmal, 5 Minuten lang)
meeting-room-team-open = Auf dem Gerät des Teams öffnen:
meeting-room-team-type = und den Code eingeben.
meeting-room-none-waiting = Keiner offen.
meeting-room-code-left = (noch { $n } Min.)
meeting-room-role-stack-keeper = Redeliste
meeting-room-role-minute-taker = Protokoll
meeting-room-new-code-stack-keeper = Neuer Code für die Redeliste
meeting-room-new-code-minute-taker = Neuer Code für das Protokoll
meeting-room-paired = Gekoppelte Geräte
meeting-room-none = Keine.
meeting-room-revoke = Entziehen
meeting-room-revoke-label = Dem Gerät { $id } ({ $role }) den Zugang entziehen

## Redezeit, Notizen, Aufgaben, Anwesenheit

meeting-airtime-refresh = Zahlen aktualisieren
meeting-notes-saving = Wird gespeichert…
meeting-notes-error = Nicht gespeichert — dein Text bleibt hier. Strg+Enter versucht es noch einmal.
meeting-notes-unsaved-auto = Noch nicht gespeichert — gleich gespeichert, beim Verlassen des Felds oder mit Strg+Enter.
meeting-notes-unsaved = Noch nicht gespeichert — gespeichert beim Verlassen des Felds oder mit Strg+Enter.
meeting-notes-saved = Gespeichert.
meeting-notes-hint-auto = Wird beim Tippen gespeichert (nach einer Pause), beim Verlassen des Felds oder mit Strg+Enter.
meeting-notes-hint = Wird beim Verlassen des Felds gespeichert oder mit Strg+Enter.
meeting-actions-loading = Aufgaben werden geladen…
meeting-actions = Aufgaben
meeting-action-remove-label = Aufgabe „{ $text }“ entfernen
meeting-actions-none = Noch keine.
meeting-action-form = Neue Aufgabe zu { $reference }
meeting-action-what = Was getan wird
meeting-action-who = Wer
meeting-action-add = Hinzufügen
meeting-attendance-cleared = Anwesenheit gelöscht.
meeting-attendance-saved = Anwesenheit gespeichert: { $attendance }.
meeting-attendance-form = Anwesenheit festhalten
meeting-attendance = Anwesenheit
meeting-attendance-hint = (55, 50-60 oder ~50)

## Berichte und Ankündigungen

meeting-rb = AG-Bericht
meeting-rb-of = Bericht von { $wg }
meeting-rb-behalf-of = Bericht im Namen von { $whom }
meeting-rb-behalf = Im Namen von
meeting-rb-behalf-hint = (eine andere Versammlung, ein Caucus, eine Person)
meeting-rb-presenter = Vorgestellt von
meeting-rb-summary = Zusammenfassung
meeting-rb-asks = Bitten
meeting-rb-asks-hint = (Leute, Geld, Unterstützung…)
meeting-rb-announcements = Ankündigungen
meeting-rb-none = Es wurde kein Bericht festgehalten.
meeting-rb-form = Bericht zu { $reference }
meeting-rb-field-presenter = wer vorstellt
meeting-rb-field-summary = die Zusammenfassung
meeting-rb-field-asks = die Bitten
meeting-rb-field-announcements = die Ankündigungen
meeting-rb-field-on-behalf-of = in wessen Namen
meeting-rb-blank-one = Damit wird { $fields } geleert. Leeren?
meeting-rb-blank-many = Damit werden { $fields } geleert. Leeren?
meeting-rb-blank = Leeren und speichern
meeting-rb-keep = Text behalten
meeting-rb-save = Bericht speichern
meeting-rb-ctrl-enter = Strg+Enter in einem Textfeld speichert auch.
meeting-rb-saved = Bericht gespeichert.
meeting-ann-by-for = { $name }, für { $whom }
meeting-ann-for = für { $whom }
meeting-ann-made = Gemachte Ankündigungen
meeting-ann-none = Noch keine Ankündigung festgehalten.
meeting-ann-take-back = Zurücknehmen
meeting-ann-take-back-label = Ankündigung { $n } zurücknehmen
meeting-ann-form = Eine Ankündigung bei { $reference } festhalten
meeting-ann-by = Von
meeting-ann-text = Ankündigung
meeting-ann-add = Ankündigung festhalten

## Die Tagesordnung vorbereiten

meeting-add-heading = Zur Tagesordnung hinzufügen
meeting-add-kind = Art
meeting-add-wg = Arbeitsgruppe
meeting-add-choose-wg = Eine Arbeitsgruppe wählen…
meeting-add-find-proposal = Einen Antrag finden
meeting-add-title-or-reference = Titel oder Kennung
meeting-add-choose-proposal = Einen Antrag wählen…
meeting-add-looking = Anträge werden gesucht…
meeting-add-none-matches = Kein Antrag, der auf diese Tagesordnung kann, passt.
meeting-add-none-now = Gerade kann kein Antrag auf diese Tagesordnung.
meeting-add-newest = Die neuesten { $shown } von { $total }: tippen, um einzugrenzen.
meeting-add-proposals = { $n ->
    [one] 1 Antrag
   *[other] { $n } Anträge
  }
meeting-add-title = Titel
meeting-add-minutes = Minuten
meeting-add-item = Punkt hinzufügen
meeting-add-added = { $item } hinzugefügt.
meeting-prepare-heading = Aus der üblichen Tagesordnung vorbereiten
meeting-prepare-intro = Begrüßung und Ablauf, die Berichte der Arbeitsgruppen, Anträge, Ankündigungen, offenes Mikro und Abschluss. Punkte lassen sich danach verschieben, hinzufügen oder entfernen.
meeting-prepare-loading = Arbeitsgruppen und Anträge werden geladen…
meeting-prepare-submit = Tagesordnung vorbereiten
meeting-prepare-wgs = Berichtende Arbeitsgruppen
meeting-prepare-no-wgs = Keine Arbeitsgruppe ist aktiv oder im Aufbau.
meeting-prepare-proposals = Zu behandelnde Anträge
meeting-prepare-no-proposals = Kein Antrag wartet auf Behandlung.
meeting-prepare-count = { $wgs ->
    [one] 1 Bericht
   *[other] { $wgs } Berichte
  }, { $proposals ->
    [one] 1 Antrag
   *[other] { $proposals } Anträge
  }

## Delegiertenrat

meeting-council-intro = Eine Delegierte pro Arbeitsgruppe; nur Delegierte kommen auf die Redeliste, und Entscheidungen zählen eine Stimme pro AG.
meeting-council-speaks-for = { $name } spricht für { $wg }.
meeting-council-called = Beratungspause von { $name } verlangt.
meeting-council-break = Beratungspause
meeting-council-break-by = verlangt von { $wg } ({ $name }), { $minutes } Min. ab { $time }
meeting-council-ended = Beratungspause beendet.
meeting-council-end = Beratungspause beenden
meeting-council-no-wgs = Keine Arbeitsgruppe kann Delegierte schicken: zuerst Arbeitsgruppen anlegen.
meeting-council-no-spoke = noch keine Delegierte
meeting-council-spoke-form = Die Delegierte einer Arbeitsgruppe wählen
meeting-council-spoke = Delegierte
meeting-council-make-spoke = Als Delegierte festlegen
meeting-council-call = Beratungspause verlangen
meeting-council-called-by = Verlangt von
meeting-council-breaks = Beratungspausen
meeting-council-past = { $wg } ({ $name }, { $minutes } Min. verlangt)
