# Die Wörter der Redeliste (ui/src/views/stack, lib/floorAnnouncements.ts).
# Die Namen der Meldungsarten sind die des Protokolls (entry-…, minutes.ftl).

## Die Meldungsarten: das Handzeichen für jede

stack-signal-process = Dreieck
stack-signal-information = ein Finger hoch
stack-signal-clarifying = „C“-Form
stack-signal-direct-response = beide Zeigefinger
stack-signal-speak = gehobene Hand

## Warum eine Meldung an ihrer Stelle steht

stack-reason-direct-response-to = direkte Antwort an { $name }
stack-reason-in-order-added = in Reihenfolge der Meldung
stack-reason-prioritized = vorgezogen
stack-reason-first-time-today = spricht heute zum ersten Mal
stack-reason-spoken-today = hat heute schon gesprochen
stack-reason-prioritized-and = vorgezogen, { $why }
stack-reason-no-repeat = rückt vor: wer an der Reihe wäre, hat gerade gesprochen
stack-reason-list-turn = Liste { $list } ist dran
stack-reason-list-turn-and = Liste { $list } ist dran, { $why }
stack-reason-over-cap = wartet: hatte { $n } { $n ->
    [one] Redebeitrag
   *[other] Redebeiträge
  } zu diesem Punkt, die Grenze ist { $cap }

## Warum eine Art gerade nicht angenommen wird

stack-why-meeting-closed = { $meeting } ist geschlossen
stack-why-stack-closed = die Redeliste ist geschlossen
stack-why-nobody-speaking = niemand hat das Wort
stack-why-foreign = { $meeting } gehört einer anderen Versammlung

## Was „Rückgängig“ rückgängig machen würde

stack-undo-add = eine Meldung auf die Redeliste
stack-undo-next = die Worterteilung an die nächste Person
stack-undo-withdraw = eine zurückgezogene Meldung
stack-undo-prioritize = das Vorziehen
stack-undo-unprioritize = das Aufheben des Vorziehens
stack-undo-close = das Schließen der Redeliste
stack-undo-reopen = das Wiederöffnen der Redeliste
stack-undo-pause = die Pause
stack-undo-resume = das Fortsetzen
stack-undo-limit = die Redezeit pro Person
stack-undo-policy = die Änderung der Redeordnung
stack-undone-add = die Meldung von { $name } ({ $kind }{ $for ->
        [yes] , für { $wg }
       *[no] {""}
    }{ $prioritized ->
        [yes] , vorgezogen
       *[no] {""}
    }{ $listed ->
        [yes] , Liste { $list }
       *[no] {""}
    })
stack-undone-next-floor = das Wort an { $name }
stack-undone-next-finished = das Ende des Beitrags von { $name }, niemand wartet
stack-undone-withdraw = die zurückgezogene Meldung von { $name } ({ $kind })
stack-undone-prioritize = das Vorziehen von { $name }
stack-undone-unprioritize = das Zurückstufen von { $name }
stack-undone-close = das Schließen der Redeliste
stack-undone-reopen = das Wiedereröffnen der Redeliste
stack-undone-pause = die Pause von { $name }
stack-undone-resume = die Fortsetzung von { $name }
stack-undone-limit = die Redezeit pro Person auf { $limit }
stack-undone-limit-none = ohne Begrenzung
stack-undone-limit-min = { $n } Min.
stack-undone-limit-s = { $n } s
stack-undone-policy = die Redeordnung geändert auf: { $policy }

## Zeiten

stack-limit-min = { $min } Min.

## Die Ansicht

stack-title = Redeliste
stack-breadcrumb = Navigationspfad
stack-meeting = Plenum
stack-minutes-link = Protokoll →
stack-item-status = Punkt { $status }
stack-meeting-status = { $meeting } { $status }
stack-item = Punkt
stack-item-option = { $reference } { $title } ({ $status })
stack-item-under-way = läuft
stack-follow = Dem laufenden Punkt folgen ({ $reference })
stack-no-items = Dieses Plenum hat noch keine Tagesordnungspunkte: füge sie hinzu in
stack-no-items-link = der Ansicht des Plenums
stack-read-only = { $meeting } ist geschlossen: seine Redelisten können gelesen, aber nicht mehr geändert werden.
stack-add-form = Auf die Redeliste setzen
stack-name = Name
stack-name-enter = (Enter fügt hinzu)
stack-add = Hinzufügen
stack-adding-as = Hinzufügen als
stack-adding-prioritized = , vorgezogen
stack-prioritize-new = Vorziehen
stack-list = Liste
stack-list-their-choice = (nach eigener Wahl)
stack-list-none = keine gewählt
stack-keys-line-add = hinzufügen
stack-keys-line-kind = Art
stack-keys-line-prioritize = vorziehen
stack-keys-line-next = nächste Person
stack-keys-line-undo = rückgängig
stack-keys-line-note = nicht beim Tippen in einem Feld eines anderen Bereichs
stack-keys = Tasten
stack-key-enter = den Namen hinzufügen
stack-key-enter-pick = eine bekannte Person wählen
stack-key-enter-clear = leeren
stack-key-kinds = Art: Verfahren, Information, Verständnisfrage, direkte Antwort, Wortmeldung
stack-key-prioritize = die Person, die hinzugefügt wird, vorziehen
stack-key-next = nächste Person
stack-key-undo = die letzte Aktion der Redeliste rückgängig machen (wenn das Namensfeld leer ist)
stack-key-accept = die älteste im Saal gehobene Hand annehmen

## Das Namensfeld

stack-people-known = Personen, die die Versammlung kennt

## Die Arten

stack-kind-legend = Art der Meldung

## Das Wort

stack-speaking-now = Hat das Wort
stack-for-wg = für { $wg }
stack-responds-to = an
stack-prioritized-mark = ★ vorgezogen
stack-nobody = Niemand hat das Wort
stack-next = Nächste Person
stack-resume = Fortsetzen
stack-pause = Pause
stack-then = Danach:
stack-then-nobody-ends = Niemand wartet: „Nächste Person“ beendet diesen Redebeitrag.
stack-then-nobody = Niemand wartet.

## Die Uhr

stack-timer-label = Redezeit von { $name }
stack-timer-of = von { $limit }
stack-timer-no-limit = keine Redezeitbegrenzung
stack-timer-over = { $time } drüber
stack-timer-wrap-up = noch { $time } — bitte zum Ende kommen
stack-timer-left = noch { $time }
stack-timer-paused = Pausiert

## Die Warteliste

stack-waiting = Wartend
stack-empty = Niemand wartet.
stack-why-here = warum hier:{" "}
stack-entry-list = Liste { $list }
stack-prioritize = Vorziehen
stack-prioritize-label = { $name } vorziehen ({ $kind })
stack-withdraw = Zurückziehen
stack-withdraw-label = { $name } zurückziehen ({ $kind })

## Rückgängig, schließen, die Redezeit

stack-settings = Einstellungen der Redeliste
stack-undo = Rückgängig
stack-would-undo = würde rückgängig machen:
stack-nothing-to-undo = nichts rückgängig zu machen
stack-closed-banner = Redeliste geschlossen:
stack-closed-only = nur Verfahrensfragen, Informationen und Verständnisfragen
stack-reopen = Redeliste wieder öffnen
stack-open-banner = Redeliste offen: alle Arten werden angenommen
stack-close = Redeliste schließen
stack-limit-label = Redezeit pro Person
stack-limit-none = keine Begrenzung
stack-limit-set = Festlegen
stack-limit-now-none = Keine Begrenzung.
stack-limit-now = Jetzt { $limit }.
stack-limit-hint = Minuten (2) oder Minuten:Sekunden (1:30); leer für keine.
stack-limit-read = Redezeit pro Person: { $limit }
stack-limit-error = Schreib die Begrenzung in Minuten (2) oder Minuten:Sekunden (1:30); lass das Feld leer für keine Begrenzung.

## Die Redeordnung

stack-policy-title = Redeordnung
stack-policy-change = Redeordnung ändern…
stack-policy-form = Die Redeordnung ändern
stack-policy-order = Reihenfolge
stack-policy-first-time = Erstredner*innen zuerst
stack-policy-lists = Zwischen Listen abwechseln
stack-policy-lists-none = keine
stack-policy-lists-hint = Namen getrennt durch „|“, z. B. „FINTA | offen“. Wer keine Liste gewählt hat, wartet auf der letzten.
stack-policy-cap = Höchstens so viele Redebeiträge pro Person und Punkt
stack-policy-cap-none = keine Grenze
stack-policy-no-repeat = Niemand zweimal hintereinander
stack-policy-reason = Grund
stack-policy-reason-note = (für das Protokoll)
stack-policy-apply = Redeordnung ändern
stack-policy-cancel = Abbrechen
stack-policy-fifo-option = Nach Reihenfolge der Meldungen
stack-policy-progressive-option = Quotierte Redeliste

## Gehobene Hände von den Handys

stack-hands-title = Gehobene Hände im Saal
stack-hand-accept = Annehmen
stack-hand-accept-label = Annehmen: { $name } ({ $kind }) auf die Redeliste
stack-hand-decline = Ablehnen
stack-hand-decline-label = Die Hand von { $name } ablehnen
stack-hands-more = und { $n } weitere

## Redezeit

stack-chart-title = Redezeit
stack-chart-summary = { $speeches } { $speeches ->
    [one] Redebeitrag
   *[other] Redebeiträge
  } von { $people ->
    [one] 1 Person
   *[other] { $people } Personen
  }, { $time } insgesamt
stack-chart-people = { $n ->
    [one] 1 Person
   *[other] { $n } Personen
  }
stack-chart-first-time = { $n ->
    [one] sprach
   *[other] sprachen
  } zum ersten Mal
stack-chart-none = Auf diesem Plenum hat noch niemand einen Redebeitrag beendet.
stack-chart-over = { $n } drüber
stack-chart-first-mark = zum ersten Mal
stack-loading = Wird geladen…

## Verteilung der Redezeit

stack-airtime-title = Verteilung der Redezeit
stack-airtime-no-speeches = noch keine Redebeiträge
stack-airtime-no-list = keine Liste gewählt
stack-airtime-gini = Gini der Redezeit:
stack-airtime-on = bei { $item }
stack-airtime-this-item = diesem Punkt
stack-airtime-at = im { $meeting }
stack-airtime-gini-note = (0 = alle haben gleich viel gesprochen; nahe 1 = wenige hatten das Wort)
stack-airtime-counted = Gezählt über { $n } Personen: { $note }.
stack-airtime-shares = { $time } der Zeit · { $people } der Personen ({ $n })
stack-airtime-last = Letzte Redner*innen, neueste zuerst:

## Was ein Screenreader hört

stack-say-minutes = { $n ->
    [one] 1 Minute
   *[other] { $n } Minuten
  }
stack-say-seconds = { $n ->
    [one] 1 Sekunde
   *[other] { $n } Sekunden
  }
stack-say-undone = Rückgängig gemacht: { $what }.
stack-say-floor = { $name } hat das Wort ({ $kind }).
stack-say-nobody = Niemand hat das Wort.
stack-say-paused = Redebeitrag von { $name } pausiert.
stack-say-resumed = Redebeitrag von { $name } fortgesetzt.
stack-say-joined = { $name } steht auf der Redeliste ({ $kind }): Platz { $place } von { $count }.
stack-say-joined-prioritized = { $name } steht auf der Redeliste ({ $kind }): Platz { $place } von { $count }, vorgezogen.
stack-say-prioritized = { $name } vorgezogen: jetzt Platz { $place }.
stack-say-unprioritized = { $name } nicht mehr vorgezogen: jetzt Platz { $place }.
stack-say-left = { $name } hat die Redeliste verlassen.
stack-say-closed = Redeliste geschlossen: nur Verfahrensfragen, Informationen und Verständnisfragen.
stack-say-reopened = Redeliste wieder offen.
stack-say-limit = Redezeit pro Person: { $limit }.
stack-say-time-left = { $name }: noch { $time }.
stack-say-time-up = Die Redezeit von { $name } ist um.

## Zustände

stack-item-status-pending = offen
stack-item-status-active = läuft
stack-item-status-done = erledigt
stack-item-status-tabled = vertagt
stack-meeting-planned = geplant
stack-meeting-open = offen
stack-meeting-closed = geschlossen
