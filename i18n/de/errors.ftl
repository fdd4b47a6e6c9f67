# Die Fehlermeldungen des Kerns (src-tauri/core/src/error.rs): was falsch ist und wo.
# Namen, Verweise und Eingaben sind Argumente und werden nie übersetzt.

## Gemeinsam genutzt

error-meeting-not-found = kein Plenum mit der ID { $id }
error-item-not-found = kein Tagesordnungspunkt mit der ID { $id }
error-person-not-found = keine Person mit der ID { $id }
error-wg-not-found = keine Arbeitsgruppe mit der ID { $id }
error-item-not-on-agenda = { $item } steht nicht auf der Tagesordnung von { $meeting }

## Arbeitsgruppen (wg.rs)

error-wg-name-taken = es gibt schon eine Arbeitsgruppe namens „{ $name }“
error-wg-status-unchanged = die Arbeitsgruppe „{ $name }“ ist schon { $status ->
        [forming] im Aufbau
        [active] aktiv
        [dormant] ruhend
        [dissolved] aufgelöst
       *[other] { $status }
    }
error-wg-status-before-since = die Änderung kann nicht auf den { $on } datiert werden: die Arbeitsgruppe „{ $name }“ ist seit { $since } { $status ->
        [forming] im Aufbau
        [active] aktiv
        [dormant] ruhend
        [dissolved] aufgelöst
       *[other] { $status }
    }
error-wg-foreign-proposal = die Arbeitsgruppe „{ $name }“ gehört zu einem anderen Plenum; ein Antrag nennt eine eurer eigenen Arbeitsgruppen
error-wg-foreign-report-back = die Arbeitsgruppe „{ $name }“ gehört zu einem anderen Plenum; hier berichten nur eure eigenen Arbeitsgruppen

## Personen (person.rs)

error-person-name-taken = es gibt schon jemanden namens { $other }: wenn { $old } und { $other } dieselbe Person sind, führt sie zusammen (person merge)
error-person-merge-self = eine Person kann nicht mit sich selbst zusammengeführt werden
error-person-merge-foreign-record = { $name } steht in einem Eintrag, der einem anderen Plenum gehört ({ $table }): hier ist kein Zusammenführen möglich
error-person-merge-both-appear = { $a } und { $b } können nicht zusammengeführt werden: beide stehen dort, wo nur eine Person stehen darf ({ $table })
error-person-merge-both-waiting = { $a } und { $b } warten beide auf der Redeliste von Punkt { $item } in derselben Reihe ({ $kind ->
        [process] Verfahrensfrage
        [information] Information
        [clarifying] Verständnisfrage
        [direct-response] direkte Antwort
        [speak] Wortmeldung
       *[other] { $kind }
    }): nehmt zuerst eine von beiden von der Redeliste, dann führt sie zusammen
error-person-merge-both-stances = { $a } und { $b } haben sich bei der Entscheidung zu Punkt { $item } beide enthalten oder ein Veto eingelegt: eine Person kann nicht doppelt zählen, also bleiben es zwei Personen

## Die Redeordnung (stack/policy.rs, stack/floor.rs)

error-policy-bad-base = die Redeordnung „{ $policy }“ muss mit fifo oder progressive beginnen, nicht mit „{ $first }“; schreibt sie so: fifo|progressive[,first-time-first][,alternate:LISTE|LISTE…][,cap:N][,no-repeat]
error-policy-part-twice = die Redeordnung „{ $policy }“ nennt { $part } zweimal
error-policy-bad-cap = cap:{ $cap } in der Redeordnung muss eine ganze Zahl von Redebeiträgen von 1 bis { $max } sein
error-policy-empty-list-name = alternate:{ $lists } in der Redeordnung enthält eine Liste ohne Namen
error-policy-bad-list-name = der Listenname „{ $list }“ muss eine Zeile von höchstens { $max } Zeichen sein
error-policy-list-twice = alternate:{ $lists } in der Redeordnung nennt die Liste „{ $list }“ zweimal
error-policy-list-count = alternate:{ $lists } in der Redeordnung muss 2 bis { $max } Listen nennen, getrennt durch |
error-policy-takes-no-value = { $part } in der Redeordnung hat keinen Wert; schreibt sie so: fifo|progressive[,first-time-first][,alternate:LISTE|LISTE…][,cap:N][,no-repeat]
error-policy-needs-value = { $part } in der Redeordnung braucht einen Wert ({ $part }:…); schreibt sie so: fifo|progressive[,first-time-first][,alternate:LISTE|LISTE…][,cap:N][,no-repeat]
error-policy-base-twice = die Redeordnung „{ $policy }“ nennt die Grundreihenfolge zweimal; schreibt sie so: fifo|progressive[,first-time-first][,alternate:LISTE|LISTE…][,cap:N][,no-repeat]
error-policy-unknown-part = „{ $part }“ ist kein Teil einer Redeordnung; schreibt sie so: fifo|progressive[,first-time-first][,alternate:LISTE|LISTE…][,cap:N][,no-repeat]
error-policy-stored-damaged = die für dieses Plenum gespeicherte Redeordnung ist beschädigt: { $detail }
error-policy-unchanged = die Redeordnung von Plenum { $number } ist schon { $policy }
error-policy-item-elsewhere = dieser Tagesordnungspunkt steht nicht auf der Tagesordnung von Plenum { $number }

## Rückgängig machen auf der Redeliste (stack/undo.rs)

error-undo-damaged = der Rückgängig-Eintrag dieser Redeliste ist beschädigt ({ $what }); nichts wurde rückgängig gemacht
error-undo-no-row = keine Zeile { $id } in { $table } zum Ändern
error-undo-no-column = keine Spalte { $column } in einer Zeile von { $table }
error-undo-bad-value = falscher Wert in { $table }.{ $column }

## Die Redeliste (stack/actions.rs)

error-meeting-closed = Plenum { $number } ist geschlossen: sein Protokoll kann sich nicht mehr ändern
error-stack-policy-stored-damaged = die für Plenum { $number } gespeicherte Redeordnung ist beschädigt: { $detail }
error-stack-entry-not-found = keine Meldung auf der Redeliste mit der ID { $id }
error-stack-not-a-list = „{ $list }“ ist keine Liste von Plenum { $number }: dort wechselt das Wort zwischen { $lists }
error-stack-list-name-too-long = der Listenname „{ $list }“ ist länger als { $max } Zeichen
error-stack-withdraw-not-waiting = { $name } wartet nicht auf der Redeliste ({ $status ->
        [speaking] hat das Wort: beendet den Beitrag mit „nächste Person“
        [done] hat schon gesprochen
       *[other] schon zurückgezogen
    }): nur eine wartende Meldung kann zurückgezogen werden
error-stack-prioritize-not-waiting = { $name } wartet nicht auf der Redeliste: nur eine wartende Meldung kann vorgezogen werden
error-stack-already-prioritized = { $name } ist schon vorgezogen
error-stack-not-prioritized = { $name } ist nicht vorgezogen
error-stack-already-closed = die Redeliste von { $item } ist schon geschlossen
error-stack-already-open = die Redeliste von { $item } ist schon offen
error-stack-pause-nobody = bei { $item } hat niemand das Wort: es gibt keinen Beitrag zu pausieren
error-stack-already-paused = der Beitrag von { $name } ist schon pausiert
error-stack-resume-nobody = bei { $item } hat niemand das Wort: es gibt keinen Beitrag fortzusetzen
error-stack-not-paused = der Beitrag von { $name } ist nicht pausiert
error-stack-limit-out-of-range = eine Redezeit von { $seconds } Sekunden pro Beitrag liegt nicht zwischen 1 und { $max } Sekunden (einer Stunde)
error-stack-nothing-to-undo = auf der Redeliste von { $item } gibt es nichts rückgängig zu machen
error-stack-name-not-waiting = { $name } wartet nicht auf der Redeliste von { $item }
error-stack-name-not-waiting-kind = { $name } wartet nicht auf der Redeliste von { $item } { $kind ->
        [process] mit einer Verfahrensfrage
        [information] mit einer Information
        [clarifying] mit einer Verständnisfrage
        [direct-response] mit einer direkten Antwort
       *[speak] mit einer Wortmeldung
    }
error-stack-name-waits-several = { $name } wartet auf der Redeliste von { $item } in { $count } Reihen ({ $kinds }): sagt mit --kind, in welcher
error-stack-closed-to-speakers = die Redeliste von { $item } ist geschlossen: sie nimmt keine neuen Wortmeldungen an (Verfahrensfragen, Informationen und Verständnisfragen werden weiter angenommen); öffnet sie zuerst wieder
error-stack-closed-to-responses = die Redeliste von { $item } ist geschlossen: sie nimmt keine neuen direkten Antworten an (Verfahrensfragen, Informationen und Verständnisfragen werden weiter angenommen); öffnet sie zuerst wieder
error-stack-not-a-spoke = { $name } ist in Plenum { $number } keine Delegierte: im Delegiertenrat kommen nur Delegierte auf die Redeliste, jede für ihre Arbeitsgruppe (wählt zuerst die Delegierte der Arbeitsgruppe)
error-stack-response-nobody = bei { $item } hat niemand das Wort: eine direkte Antwort antwortet der Person, die spricht
error-stack-response-to-self = { $name } hat das Wort: eine direkte Antwort antwortet jemand anderem
error-stack-cap-reached = { $name } hatte bei { $item } schon { $had } { $had ->
        [one] Beitrag
       *[other] Beiträge
    }: die Redeordnung von Plenum { $number } erlaubt höchstens { $cap } pro Person und Punkt
error-stack-already-waiting = { $name } wartet schon auf der Redeliste von { $item } { $kind ->
        [process] mit einer Verfahrensfrage
        [information] mit einer Information
        [clarifying] mit einer Verständnisfrage
        [direct-response] mit einer direkten Antwort
       *[speak] mit einer Wortmeldung
    }; eine Person wartet höchstens einmal pro Reihe
