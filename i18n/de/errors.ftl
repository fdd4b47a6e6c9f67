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

## Entscheidungen (decision.rs, proposal/decide.rs)

error-decision-not-found = keine Entscheidung mit der ID { $id }
error-decision-total-below-named = insgesamt { $total } { $what ->
        [support] Zustimmungen
        [against] Gegenstimmen
        [stand-asides] Enthaltungen
        [blocks] Vetos
        [quorum] Quorum
       *[other] { $what }
    }, aber { $named } sind namentlich genannt: die Summe zählt die Genannten mit
error-decision-count-too-big = { $what ->
        [support] Zustimmungen
        [against] Gegenstimmen
        [stand-asides] Enthaltungen
        [blocks] Vetos
        [quorum] Quorum
       *[other] { $what }
    } { $count } ist mehr als { $max }: prüft die Zählung
error-decision-consensus-against = im Konsens gibt es keine Gegenstimmen ({ $against } eingetragen): tragt Widerspruch als Enthaltung oder als Veto ein
error-decision-quorum-zero = ein Quorum ist mindestens 1 Person (lasst es leer, wenn es keins gibt)
error-decision-bad-stand-aside-limit = Grenze für Enthaltungen: { $detail }
error-decision-too-many-names = mehr als { $max } Namen: prüft die Liste
error-decision-named-twice = { $name } ist zweimal genannt: eine Person enthält sich oder legt ein Veto nur einmal ein
error-decision-block-without-reason = das Veto von { $name } hat keine Begründung: ein namentliches Veto ist ein schwerer moralischer, ethischer oder Sicherheitseinwand, und seine Begründung steht im Protokoll (ein nur gezähltes Veto geht ohne Namen in die Summe)
error-decision-no-voices = keine Stimme einer Arbeitsgruppe angegeben: im Delegiertenrat zählt die Konsensfrage eine Stimme pro Arbeitsgruppe
error-decision-too-many-voices = mehr als { $max } Stimmen: prüft die Liste
error-decision-voice-twice = { $wg } ist zweimal angegeben: eine Arbeitsgruppe hat eine Stimme
error-decision-bad-voice = die Stimme „{ $voice }“ von { $wg } ist keine von for, against, stand-aside, block
error-decision-wg-block-without-reason = das Veto von { $wg } hat keine Begründung: ein Veto ist ein schwerer moralischer, ethischer oder Sicherheitseinwand, und seine Begründung steht im Protokoll
error-decision-no-such-wg = keine Arbeitsgruppe „{ $wg }“ in diesem Plenum
error-decision-wg-without-spoke = { $wg } hat keine Delegierte in diesen Rat geschickt: nur Arbeitsgruppen mit Delegierter haben eine Stimme
error-decision-council-needs-voices = Plenum { $number } ist ein Delegiertenrat: Konsensfrage und Abstimmung zählen eine Stimme pro Arbeitsgruppe – gebt die Stimme jeder Arbeitsgruppe an
error-decision-assembly-no-voices = Plenum { $number } ist eine Vollversammlung: Stimmen von Arbeitsgruppen zählen nur im Delegiertenrat – gebt die Zählung des Saals an
error-decision-amendments-pending = { $pending ->
        [one] { $pending } freundlicher Änderungsantrag wartet
       *[other] { $pending } freundliche Änderungsanträge warten
    } noch auf die Antwort der antragstellenden Person: nehmt sie an oder lehnt sie ab, bevor entschieden wird
error-decision-unknown-rule = die Regel „{ $rule }“ dieser Entscheidung kennt dieses Plenary nicht: sie kann hier nicht korrigiert werden
error-decision-council-not-correctable = { $item } wurde im Delegiertenrat mit den Stimmen der Arbeitsgruppen entschieden: das lässt sich nicht mit der Zählung des Saals korrigieren
error-decision-proposal-moved-on = der Antrag ist seit { $item } weitergekommen (jetzt: { $now ->
        [draft] Entwurf
        [submitted] eingereicht
        [on-agenda] auf der Tagesordnung
        [in-process] in Bearbeitung
        [decided] entschieden
        [tabled] vertagt
        [withdrawn] zurückgezogen
        [sent-back] zurückverwiesen
        [consensus] Konsens
        [passed] angenommen
        [blocked] blockiert
        [failed] abgelehnt
       *[other] { $now }
    }): sein Ergebnis dort kann nicht mehr von { $from ->
        [draft] Entwurf
        [submitted] eingereicht
        [on-agenda] auf der Tagesordnung
        [in-process] in Bearbeitung
        [decided] entschieden
        [tabled] vertagt
        [withdrawn] zurückgezogen
        [sent-back] zurückverwiesen
        [consensus] Konsens
        [passed] angenommen
        [blocked] blockiert
        [failed] abgelehnt
       *[other] { $from }
    } zu { $to ->
        [draft] Entwurf
        [submitted] eingereicht
        [on-agenda] auf der Tagesordnung
        [in-process] in Bearbeitung
        [decided] entschieden
        [tabled] vertagt
        [withdrawn] zurückgezogen
        [sent-back] zurückverwiesen
        [consensus] Konsens
        [passed] angenommen
        [blocked] blockiert
        [failed] abgelehnt
       *[other] { $to }
    } wechseln
error-decision-dispute-without-note = sagt, warum die Entscheidung umstritten ist: die Markierung als umstritten braucht eine Notiz

## Plena (meeting.rs, attendance.rs, order_of_business.rs)

error-meeting-role-too-long = die Rolle „{ $role }“ ist länger als { $max } Zeichen
error-meeting-bad-start-time = die Anfangszeit „{ $time }“ ist keine Uhrzeit: schreibt sie als HH:MM (24 Stunden), z. B. 18:30
error-meeting-bad-number = die Plenumsnummer { $number } muss 1 oder größer sein
error-meeting-number-taken = es gibt schon ein Plenum Nummer { $number }
error-meeting-already-open = dieses Plenum ist schon eröffnet
error-meeting-already-open-and-closed = dieses Plenum ist schon eröffnet und geschlossen: gebt die Uhrzeit der Eröffnung an (--at HH:MM), um sie zu korrigieren
error-meeting-opens-after-close = ein Plenum kann nicht um { $opened } eröffnet werden, nachdem es um { $closed } geschlossen wurde
error-meeting-not-open-yet = dieses Plenum ist noch nicht eröffnet: eröffnet es, bevor ihr es schließt
error-meeting-already-closed = dieses Plenum ist schon geschlossen: gebt die Uhrzeit des Schlusses an (--at HH:MM), um sie zu korrigieren
error-meeting-role-ends-before = eine Rolle ab { $from } kann nicht um { $until } enden, bevor sie begonnen hat
error-meeting-role-already-held = { $name } hat in diesem Plenum schon die Rolle „{ $role }“
error-meeting-role-not-held = diese Person hat in diesem Plenum nicht die Rolle „{ $role }“
error-attendance-not-a-count = die Teilnahme „{ $attendance }“ ist keine Zahl: schreibt eine Zahl (55), einen Bereich (50-60) oder eine ungefähre Zahl (~50)
error-attendance-too-many = die Teilnahme „{ $attendance }“ ist mehr als { $max } Personen
error-attendance-bad-range = Teilnahme „{ $attendance }“: das obere Ende eines Bereichs muss über dem unteren liegen
error-order-of-business-agenda-exists = dieses Plenum hat schon eine Tagesordnung; fügt die Punkte einzeln hinzu

## Ankündigungen, Aufgaben, das Plenum, Seiten, Vergessen (announcement.rs, action_item.rs, assembly.rs, paging.rs, person_forget.rs)

error-announcement-needs-text = eine Ankündigung braucht ihren Text (--text)
error-announcement-wrong-item = Ankündigungen gibt es bei einem Ankündigungspunkt, und dieser ist ein Punkt der Art „{ $kind }“
error-announcement-not-found = keine Ankündigung mit der ID { $id }
error-action-item-not-found = keine Aufgabe mit der ID { $id }
error-assembly-bad-code = das Kürzel „{ $code }“ muss 2 bis 8 Buchstaben oder Ziffern haben, wie LDN oder NYC
error-assembly-exists = diese Datenbank hat schon ein Plenum ({ $name }); sie wurde nicht geändert
error-paging-bad-cursor = der Seitenzeiger „{ $cursor }“ stammt nicht von dieser Liste (fragt wieder nach der ersten Seite)
error-person-forget-placeholder = { $name } ist schon ein Platzhalter: es gibt keinen Namen mehr zu vergessen

## Entscheidungsregeln, Korrekturen, Protokolle, die Demo (rule.rs, correction.rs, minutes/*, demo*.rs)

error-rule-unknown = unbekannte Entscheidungsregel „{ $rule }“: nehmt consensus, modified:P (0 < P ≤ 100, z. B. modified:90), supermajority:A/B (z. B. supermajority:2/3) oder majority
error-rule-bad-fraction = „{ $fraction }“ ist kein Bruch: schreibt A/B mit 0 < A ≤ B, z. B. 1/3
error-correction-meeting-closed = Plenum { $number } ist geschlossen: das kann sich nicht mehr ändern (sein Protokoll kann korrigiert werden, bis es genehmigt ist)
error-correction-time-skipped = { $time } gibt es am { $date } in dieser Zeitzone nicht
error-correction-minutes-approved = das Protokoll von Plenum { $number } wurde in Plenum { $by } genehmigt: es kann nicht mehr korrigiert werden
error-correction-time-needed = eine Uhrzeit fehlt: schreibt sie als HH:MM (24 Stunden), z. B. 19:05
error-correction-bad-time = „{ $time }“ ist keine Uhrzeit: schreibt sie als HH:MM
error-minutes-approve-by-earlier = { $by } kann das Protokoll von { $meeting } nicht genehmigen: das kann nur ein späteres Plenum
error-minutes-approve-open = das Protokoll von { $meeting } kann genehmigt werden, sobald das Plenum geschlossen ist
error-minutes-approve-not-in-session = Protokolle genehmigt ein tagendes Plenum: eröffnet zuerst { $by }
error-minutes-already-approved = das Protokoll von { $meeting } ist schon genehmigt
error-minutes-assembly-unknown = das Plenum von { $meeting } ist unbekannt
error-demo-needs-empty-database = diese Datenbank hat schon ein Plenum ({ $name }); `plenary demo` braucht eine leere Datenbank
error-demo-no-upcoming-meeting = die Demo hat kein kommendes Plenum
error-demo-no-proposal = die Demo hat keinen Antrag „{ $title }“

## Delegiertenräte (spokes.rs)

error-spokes-assembly-no-spokes = Plenum { $number } ist eine Vollversammlung: nur ein Delegiertenrat hat Delegierte
error-spokes-assembly-no-breaks = Plenum { $number } ist eine Vollversammlung: nur ein Delegiertenrat hat Beratungspausen
error-spokes-no-such-wg = keine Arbeitsgruppe „{ $wg }“ in diesem Plenum (`plenary wg list` zeigt sie)
error-spokes-wg-dissolved = { $wg } ist aufgelöst: sie schickt keine Delegierte
error-spokes-already-spoke = { $name } ist in Plenum { $number } schon Delegierte von { $wg }
error-spokes-speaks-for-other = { $name } spricht in Plenum { $number } schon für { $other }: eine Delegierte spricht für eine Arbeitsgruppe
error-spokes-break-length = eine Beratungspause von { $minutes } Minuten: gebt 1 bis { $max } Minuten an
error-spokes-break-not-a-spoke = { $name } ist in Plenum { $number } keine Delegierte: nur Delegierte rufen eine Beratungspause aus
error-spokes-break-under-way = in Plenum { $number } läuft eine von { $wg } ausgerufene Beratungspause: beendet sie zuerst
error-spokes-no-break = in Plenum { $number } läuft keine Beratungspause
error-spokes-break-not-found = keine Beratungspause mit der ID { $id }

## Verweise, wie man sie tippt (refs.rs)

error-refs-no-meeting = kein Plenum „{ $text }“ (nennt es mit seiner Nummer, wie 39 oder LDN-GA-39, oder mit seiner ID)
error-refs-no-item = kein Tagesordnungspunkt „{ $text }“ (nennt ihn wie 39.3 oder LDN-GA-39.3, oder mit seiner ID)
error-refs-no-proposal = kein Antrag „{ $text }“ (nennt ihn wie LDN-P-2026-034, oder mit seiner ID)
error-refs-no-wg = keine Arbeitsgruppe „{ $text }“ (nennt sie mit Namen oder ID; `plenary wg list` zeigt sie)
error-refs-no-person = niemand namens „{ $text }“ ist diesem Plenum bekannt

## Anträge (proposal.rs)

error-proposal-not-found = kein Antrag mit der ID { $id }
error-proposal-already-on-agenda = dieser Antrag steht schon auf der Tagesordnung dieses Plenums
error-proposal-dated-after-today = ein Antrag kann nicht auf den { $date } datiert werden, nach heute ({ $today }): gebt den Tag an, an dem er eingereicht wurde

## Pakete zwischen Versammlungen (bundle/*)

error-bundle-signing-key-mismatch = der Signaturschlüssel neben dieser Datenbank passt nicht zum öffentlichen Schlüssel dieser Versammlung: damit signierte Pakete würden abgelehnt
error-bundle-meetings-or-since = wählt Plena oder ein Datum (--since), nicht beides
error-bundle-meeting-foreign = das Plenum { $meeting } gehört zu einer anderen Versammlung: ein Paket enthält nur die Daten dieser Versammlung
error-bundle-export-foreign-reference = Export nicht möglich: { $record } { $id } verweist ({ $column }) auf { $target_record } { $target }, das nicht dieser Versammlung gehört; ein Paket enthält nur die Daten dieser Versammlung
error-bundle-export-not-own = Export nicht möglich: { $record } { $id } gehört nicht dieser Versammlung
error-bundle-too-many-recipients = ein Paket kann für höchstens { $max } Versammlungen versiegelt werden
error-bundle-recipient-unknown = keine hier bekannte Versammlung ist „{ $given }“ (gebt ihren Kürzel, Namen, ihre ID oder ihren Fingerabdruck an; eine Versammlung wird hier bekannt, sobald eines ihrer Pakete importiert wird)
error-bundle-recipient-no-key = für { $name } ({ $code }) ist hier kein Schlüssel bekannt: importiert zuerst eines ihrer Pakete
error-bundle-recipient-ambiguous = „{ $given }“ passt auf mehr als eine hier bekannte Versammlung: gebt ihr Kürzel oder ihren Fingerabdruck an
error-bundle-received-not-found = kein empfangenes Paket mit der ID { $id } (`plenary bundle received` listet sie auf)
error-bundle-undo-adopted = { $file } kann nicht rückgängig gemacht werden: hier erstellte Daten verweisen auf das, was es gebracht hat (der Antrag „{ $title }“ wurde aus einem seiner Anträge übernommen). Nichts wurde geändert
error-bundle-undo-referred = { $file } kann nicht rückgängig gemacht werden: hier erstellte Daten verweisen auf das, was es gebracht hat (etwa ein übernommener Antrag). Nichts wurde geändert
error-bundle-undo-later-import = { $file } kann nicht rückgängig gemacht werden: { $later }, später ({ $at }) von { $assembly } importiert, kann darauf aufbauen; macht zuerst diesen Import rückgängig. Nichts wurde geändert
error-bundle-undo-no-record = { $file } wurde von einem früheren Plenary importiert, das keine Aufzeichnung zum Rückgängigmachen behielt (es hat stattdessen vor dem Import eine Sicherung angelegt: `plenary restore`). Nichts wurde geändert
error-bundle-undo-bad-name = die Rückgängig-Aufzeichnung nennt „{ $name }“, das weder Tabelle noch Spalte ist
error-bundle-undo-record-unreadable = die Rückgängig-Aufzeichnung von { $file } ist nicht lesbar ({ $detail })
error-bundle-undo-record-unknown-change = die Rückgängig-Aufzeichnung von { $file } enthält eine Änderung „{ $change }“, die nicht gelesen werden kann

## Föderation (federation.rs, federation/*)

error-federation-adopt-own = { $proposal } ist schon ein Antrag dieser Versammlung; übernehmen kann man nur Anträge anderer Versammlungen
error-federation-already-adopted = { $proposal } wurde hier schon übernommen (Antrag { $earlier })
error-federation-no-folders = noch keine Föderationsordner: wählt sie mit `plenary federation folders --inbox DIR --outbox DIR` (oder in der Föderationsansicht)
error-federation-folder-unusable = der { $which ->
        [inbox] Eingangsordner
       *[other] Ausgangsordner
    } { $folder } kann nicht benutzt werden: { $detail }
error-federation-folder-is-file = der { $which ->
        [inbox] Eingangsordner
       *[other] Ausgangsordner
    } { $folder } ist eine Datei, kein Ordner
error-federation-folder-not-text = der Pfad des { $which ->
        [inbox] Eingangsordners
       *[other] Ausgangsordners
    } { $folder } ist kein gültiger Text: wählt einen anderen Ordner
error-federation-bad-fingerprint = „{ $given }“ ist kein Fingerabdruck eines Schlüssels: der hat 64 Hexadezimalziffern (Leerzeichen erlaubt), so wie `plenary federation folders` ihn zeigt
error-federation-inbox-none-waits = keine Datei im Eingangsordner wartet auf den Schlüssel { $key }; keine wartet auf Freigabe
error-federation-inbox-key-not-waiting = keine Datei im Eingangsordner wartet auf den Schlüssel { $key }; es warten: { $waiting }
error-federation-inbox-unwatched = der Eingangsordner { $inbox } kann nicht überwacht werden ({ $detail }); er wird stattdessen alle { $seconds } Sekunden durchgesehen

## Der Raum: Handys und Geräte des Teams (room/*)

error-room-other-meeting = dieses Gerät ist im Raum eines anderen Plenums: es erreicht nur dieses Plenum
error-room-meeting-missing = welches Plenum? `meeting` fehlt
error-room-hand-needs-device = nur die Seite einer teilnehmenden Person im Raum hebt von einem Gerät aus die Hand
error-room-proposal-not-on-agenda = dieser Antrag steht nicht auf der Tagesordnung des Plenums dieses Raums: ein Gerät erreicht nur dieses Plenum
error-room-no-such-command = es gibt keinen Raum-Befehl „{ $command }“
error-room-role-may-not-call = { $role ->
        [participant] eine teilnehmende Person
        [stack-keeper] die Redeliste
        [minute-taker] das Protokoll
        [host] der Host-Laptop
       *[other] { $role }
    } darf { $command } nicht aufrufen
error-room-no-such-record = { $what ->
        [agenda-item] kein Tagesordnungspunkt
        [stack-entry] kein Eintrag auf der Redeliste
        [clarifying-question] keine Verständnisfrage
        [hand-request] keine Wortmeldung
        [meeting] kein Plenum
        [proposal] kein Antrag
        [amendment] kein Änderungsantrag
        [concern] kein Einwand
        [announcement] keine Ankündigung
       *[other] kein { $what }
    } mit der ID { $id }
error-bad-id = „{ $given }“ ist keine gültige ID für { $what ->
        [agenda-item] einen Tagesordnungspunkt
        [stack-entry] einen Eintrag auf der Redeliste
        [clarifying-question] eine Verständnisfrage
        [hand-request] eine Wortmeldung
        [meeting] ein Plenum
        [proposal] einen Antrag
        [amendment] einen Änderungsantrag
        [concern] einen Einwand
        [announcement] eine Ankündigung
        [action-item] eine Aufgabe
        [working-group] eine AG
        [person] eine Person
        [decision] einen Beschluss
        [bundle] ein Paket
       *[other] { $what }
    }
error-room-invalid-arguments = ungültige Argumente: { $detail }
error-room-cannot-encode = die Antwort kann nicht kodiert werden: { $detail }
error-room-amendment-needs-item = welche Lesung? ein Gerät bringt einen Änderungsantrag zu einem Punkt des Plenums seines Raums ein
error-room-bad-device-id = die Geräte-ID „{ $given }“ ist ungültig: 1 bis { $max } Buchstaben, Ziffern, „-“ oder „_“
error-room-meeting-not-open = Plenum { $number } ist nicht eröffnet: die Hand wird während des Plenums gehoben
error-room-hand-already-raised = dieses Gerät hat schon die Hand gehoben (für { $name }): zieht sie zurück, bevor ihr sie erneut hebt
error-room-no-hand-waiting = dieses Gerät hat keine Wortmeldung, die auf die Redeliste wartet
error-room-no-item-under-way = kein Punkt ist in Behandlung: beginnt einen, bevor ihr die Wortmeldung von { $name } annehmt
error-room-hand-not-found = keine Wortmeldung mit der ID { $id }
error-room-hand-already-decided = die Wortmeldung von { $name } wurde schon { $status ->
        [accepted] angenommen
        [declined] abgelehnt
        [withdrawn] zurückgezogen
       *[other] bearbeitet ({ $status })
    }
error-room-meeting-closed = { $meeting } ist geschlossen: der Raum dient einem geplanten oder laufenden Plenum
error-room-role-not-pairable = ein Gerät kann nicht als { $role ->
        [participant] teilnehmende Person
        [host] Host-Laptop
       *[other] { $role }
    } gekoppelt werden
error-room-pairing-code-invalid = dieser Kopplungscode ist ungültig: er wurde falsch getippt, schon benutzt oder ist abgelaufen — holt einen neuen am Host-Laptop
error-room-no-paired-device = kein gekoppeltes Gerät „{ $session }“
error-room-no-such-page = diese Seite gibt es im Raum nicht
error-room-too-many-requests = zu viele Anfragen von diesem Gerät: wartet einen Moment und versucht es erneut
error-room-no-team-ui = dieser Raum stellt keine Team-Oberfläche bereit: koppelt aus der Plenary-App, oder startet den Raum mit --ui
error-room-no-such-team-file = diese Datei gibt es in der Team-Oberfläche nicht: { $path }
error-room-not-json-request = sendet die Anfrage als application/json
error-room-body-unreadable = der Inhalt der Anfrage konnte nicht gelesen werden: { $detail }
error-room-body-not-json = der Inhalt der Anfrage ist kein JSON: { $detail }
error-room-body-not-object = der Inhalt der Anfrage muss ein JSON-Objekt sein
error-room-request-interrupted = die Anfrage wurde unterbrochen: { $detail }
error-room-device-not-paired = dieses Gerät ist nicht mit dem Raum gekoppelt (oder die Kopplung wurde widerrufen): koppelt es mit einem Code vom Host-Laptop
error-room-no-device-id = dieser Browser hat keine Geräte-ID: öffnet zuerst die Seite des Raums (Cookies müssen an sein), oder koppelt dieses Gerät mit einem Code vom Host-Laptop
error-room-full = der Raum hat schon so viele Seiten verbunden, wie er bedienen kann
error-room-cannot-serve-on = der Raum kann nicht auf { $address } bereitgestellt werden: { $detail }
error-room-cannot-serve = der Raum kann nicht bereitgestellt werden: { $detail }
error-room-qr-failed = aus { $url } kann kein QR-Code gemacht werden: { $detail }

## Sicherungen und Wiederherstellen (backup.rs)

error-backup-busy = die Datenbank ist beschäftigt; versucht es gleich noch einmal
error-backup-not-plenary = { $file } ist keine Plenary-Datenbank: { $why ->
        [other-passphrase] es ist keine SQLite-Datenbankdatei, oder sie ist mit einer anderen Passphrase verschlüsselt als diese Datenbank (eine Kopie von vor der Änderung der Passphrase?)
        [encrypted-into-plain] es ist keine SQLite-Datenbankdatei, oder sie ist verschlüsselt und diese Datenbank nicht (stellt sie in einer verschlüsselten Datenbank mit derselben Passphrase wieder her)
        [cannot-open] SQLite kann sie nicht öffnen
        [cannot-read] SQLite kann sie nicht lesen
        [no-tables] sie hat keine Plenary-Tabellen
        [no-assembly] sie hat keine Versammlung
       *[not-sqlite] es ist keine SQLite-Datenbankdatei
    }; nichts wurde wiederhergestellt
error-backup-damaged = { $file } ist keine Plenary-Datenbank: sie ist beschädigt ({ $check }); nichts wurde wiederhergestellt
error-backup-other-signing-key = diese Sicherung gehört zu { $name } ({ $code }), deren Signaturschlüssel nicht der neben dieser Datenbank ist: sie wiederherzustellen hinterließe eine Versammlung, die ihre Pakete nicht signieren kann; nichts wurde wiederhergestellt

## Verschlüsselung: Passphrasen und die Datei des Signaturschlüssels (rekey.rs, passphrase.rs, key_file.rs)

error-rekey-already-encrypted = diese Datenbank ist schon verschlüsselt: ändert stattdessen ihre Passphrase; nichts wurde geändert
error-rekey-not-encrypted-set-first = diese Datenbank ist nicht verschlüsselt: legt zuerst eine Passphrase fest; nichts wurde geändert
error-rekey-not-encrypted = diese Datenbank ist nicht verschlüsselt; nichts wurde geändert
error-rekey-in-memory = eine Datenbank im Arbeitsspeicher kann nicht verschlüsselt werden; nichts wurde geändert
error-rekey-database-in-use = ein anderes Programm hat diese Datenbank geöffnet (die App oder `plenary room serve`?): schließt es und versucht es erneut; nichts wurde geändert
error-passphrase-mismatch = die beiden Passphrasen sind nicht gleich: tippt die neue Passphrase zweimal genau gleich ein; nichts wurde geändert
error-passphrase-too-short = eine Passphrase braucht mindestens { $min } Zeichen (ein paar Wörter sind leichter zu merken und schwerer zu erraten); nichts wurde geändert
error-passphrase-kdf-settings = die Einstellungen der Schlüsselableitung werden abgelehnt: { $detail }
error-passphrase-unusable = die Passphrase kann nicht verwendet werden: { $detail }
error-key-file-cannot-seal = der Signaturschlüssel konnte nicht versiegelt werden
error-key-file-damaged = die Signaturschlüssel-Datei { $file } ist beschädigt
error-key-file-sealed-plain-db = die Signaturschlüssel-Datei { $file } ist mit einer Passphrase versiegelt, aber diese Datenbank ist nicht verschlüsselt: sie gehört zu einer verschlüsselten Kopie der Datenbank
error-key-file-other-copy = die Signaturschlüssel-Datei { $file } wurde für eine andere verschlüsselte Kopie dieser Datenbank versiegelt, nicht für diese

## Suche (search.rs)

error-search-too-long = der Suchtext ist { $chars } Zeichen lang: höchstens { $max }
error-search-too-many-words = der Suchtext hat { $words } Wörter: höchstens { $max }
error-search-no-assembly = hier ist keine Versammlung { $id } bekannt
error-search-no-assembly-code = hier ist keine Versammlung mit dem Kürzel „{ $code }“ bekannt
error-search-index-stale = { $kind ->
        [wg] die AG
        [report-back] der AG-Bericht
        [proposal] der Antrag
        [decision] der Beschluss
        [minutes] das Protokoll
       *[other] { $kind }
    } { $id } steht im Suchindex, aber nicht in den Aufzeichnungen
error-search-no-wg = keine AG { $id }
error-search-no-proposal = kein Antrag { $id }
error-search-no-namesakes = für { $kind ->
        [report-back] einen AG-Bericht
        [decision] einen Beschluss
        [minutes] ein Protokoll
       *[other] { $kind }
    } werden keine Namensvettern gesucht

## Der Ort der Datenbank und die Sprachen (db.rs, i18n.rs)

error-db-no-data-directory = kein Datenverzeichnis auf diesem System: gebt --db PFAD an oder setzt PLENARY_DB
error-i18n-unknown-language = Plenary spricht kein „{ $given }“: wählt eine von { $choices }

## Die Desktop-App (src-tauri/src)

error-shell-bundle-no-longer-waiting = dieses Paket wartet nicht mehr auf den Import: wählt die Datei noch einmal
error-shell-projector-window-failed = das Beamer-Fenster kann nicht geöffnet werden: { $detail }
error-shell-room-open-elsewhere = der Raum ist für ein anderes Plenum geöffnet: schließt ihn zuerst
error-shell-room-bad-bind = PLENARY_ROOM_BIND „{ $given }“ ist keine Adresse mit Port
error-shell-room-already-open = der Raum ist schon geöffnet
error-shell-room-not-open = der Raum ist nicht geöffnet
