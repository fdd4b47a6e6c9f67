# The participants' page (src-tauri/core/src/room/page, served by the room's server): a
# phone on the room's network follows the meeting and asks for the floor. It speaks the
# app's language. The kinds of hand are the minutes' (entry-…), a hearing's steps the
# projector's (projector-step-…), why a hand stands where it does the stack's
# (stack-reason-…).

room-page-title = Plenary — der Saal
room-page-connecting = Verbindung zum Saal wird hergestellt…
room-page-connected = Verbunden: Diese Seite folgt dem Plenum live.
room-page-reconnecting = Verbindung zum Saal wird wiederhergestellt…
room-page-closed = Der Saal ist geschlossen.
room-page-unreachable = Der Saal ist nicht erreichbar.
room-page-refused = Der Saal hat die Anfrage abgelehnt (HTTP { $status }).
room-page-now = Jetzt
room-page-floor = Das Wort
room-page-next = Als Nächstes
room-page-raise = Zu Wort melden
room-page-name = Dein Name
room-page-kind = Um
room-page-kind-speak = zu sprechen
room-page-kind-direct-response = direkt auf die Rede zu antworten
room-page-kind-clarifying = eine Verständnisfrage zu stellen
room-page-kind-information = eine Information zu geben
room-page-kind-process = eine Verfahrensfrage zu stellen
room-page-withdraw = Wortmeldung zurückziehen
room-page-proposal = Der Antrag
room-page-agenda = Tagesordnung
room-page-not-open = { $meeting } — noch nicht eröffnet
room-page-nothing-under-way = Noch läuft nichts.
room-page-nobody-has-floor = Niemand hat das Wort.
room-page-speaker = { $name } ({ $kind })
room-page-entry = { $name } — { $kind }
room-page-more = und { $n } weitere
room-page-nobody-waiting = Niemand wartet.
room-page-stack-closed = Die Redeliste ist geschlossen.
room-page-item-under-way = { $item } — läuft
room-page-item-done = { $item } — erledigt
room-page-item-tabled = { $item } — vertagt
room-page-proposal-title = { $reference } { $title } (Fassung { $version })
room-page-step = Schritt: { $step }
room-page-clock-of-minutes = { $clock } von { $minutes } Min.
room-page-clock-of = { $clock } von { $limit }
room-page-clock-paused = { $clock } (pausiert)
room-page-has-floor = { $name } hat das Wort.
room-page-hand-pending = Du hast dich gemeldet ({ $kind }) und wartest auf die Redeliste.
room-page-hand-waiting = Du bist { $ord ->
   *[other] { $n }.
  } auf der Redeliste — { $policy }: { $reason }.
room-page-hand-on-stack = Du stehst auf der Redeliste.
room-page-hand-speaking = Du hast das Wort.
room-page-hand-spoken = Du hast gesprochen. Melde dich erneut, um noch einmal zu sprechen.
room-page-hand-declined = Die Redeliste hat deine Wortmeldung diesmal nicht aufgenommen.
room-page-hand-down = Du hast dich nicht gemeldet.
