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

## Die Notizen des geteilten Ordners (federation/folder.rs): was aus jeder Datei im
## Eingang wurde und was das Schreiben des Ausgangs getan hat. $why ist eine eigene
## Meldung (die Ablehnung eines Pakets, der Fehler einer Datei), in derselben Sprache.

error-federation-note-unreadable = { $file } kann nicht gelesen werden: { $why }
error-federation-note-left-alone = { $why } — liegen gelassen; sie wird erneut versucht, wenn sie sich ändert (eine Datei, die noch kopiert wird, ist später vollständig)
error-federation-note-own = das eigene Paket dieser Versammlung ({ $code }), über die Ordner zurückgekommen: nichts zu importieren
error-federation-note-pending = von { $assembly } ({ $code }), deren Schlüssel hier nicht bekannt ist (Fingerabdruck { $fingerprint }): wartet, bis jemand den Fingerabdruck mit dieser Versammlung prüft und ihn freigibt
error-federation-note-imported-nothing-new = importiert: alles darin war schon hier
error-federation-note-imported = importiert: { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $deleted } gelöscht
error-federation-note-imported-refused = importiert: { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $deleted } gelöscht, { $refused } abgelehnt (`plenary bundle received` bewahrt den Bericht auf)
error-federation-note-imported-before = hier schon importiert, am { $date }
error-federation-note-outbox-unchanged = nichts hat sich seit dem letzten Ausgangspaket geändert, { $file }
error-federation-note-outbox-wrote = { $file } geschrieben: { $records } Datensätze, { $deletions } Löschungen ({ $scope })
error-federation-note-scope-all = die ganze Versammlung
error-federation-note-scope-meetings = { $n ->
        [one] { $n } gewähltes Plenum
       *[other] { $n } gewählte Plenen
    }
error-federation-note-scope-since = Änderungen seit { $date }

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
error-shell-no-dropped-bundle = kein abgelegtes Paket wartet auf die Vorschau: legt die Datei noch einmal auf dem Fenster ab
error-shell-projector-window-failed = das Beamer-Fenster kann nicht geöffnet werden: { $detail }
error-shell-room-open-elsewhere = der Raum ist für ein anderes Plenum geöffnet: schließt ihn zuerst
error-shell-room-bad-bind = PLENARY_ROOM_BIND „{ $given }“ ist keine Adresse mit Port
error-shell-room-already-open = der Raum ist schon geöffnet
error-shell-room-not-open = der Raum ist nicht geöffnet

## Prüfungen der Eingaben (validate.rs): der Name eines Feldes sind eigene Wörter, in
## der Sprache des Satzes gesagt.

error-field-empty = { $field } ist leer
error-field-too-long = { $field } ist länger als { $max } Zeichen
error-field-not-one-line = { $field } muss eine einzige Textzeile sein (ein Steuerzeichen gefunden)
error-field-control-character = { $field } enthält ein Steuerzeichen
error-field-not-a-date = { $field } „{ $given }“ ist kein Datum: schreibt es als JJJJ-MM-TT, z. B. 2026-11-26
error-field-name = der Name
error-field-title = der Titel
error-field-note = die Notiz
error-field-notes = die Notizen
error-field-text = der Text
error-field-on-behalf-of = „im Namen von“
error-field-date = das Datum
error-field-response = die Antwort
error-field-reason = die Begründung
error-field-description = die Beschreibung
error-field-question = die Frage
error-field-concern = das Bedenken
error-field-answer = die Antwort
error-field-amended-text = der geänderte Text
error-field-action-item = die Aufgabe
error-field-pronouns = die Pronomen
error-field-presenter = „vorgestellt von“
error-field-place = der Ort
error-field-meeting-schedule = der Sitzungsplan
error-field-contact = der Kontakt
error-field-by = „von wem“
error-field-working-group-name = der Name der Arbeitsgruppe
error-field-working-group = die Arbeitsgruppe
error-field-who = „wer“
error-field-voice-wg = die Arbeitsgruppe einer Stimme
error-field-break-spoke = der Spoke, der die Pause verlangt
error-field-assembly-name-short = der Name der Versammlung
error-field-role = die Rolle
error-field-list = die Liste
error-field-change-day = der Tag der Änderung
error-field-on = --on
error-field-summary = die Zusammenfassung
error-field-asks = die Bitten
error-field-announcements = die Ankündigungen
error-field-stance-name = der Name { $stance ->
        [block] eines Vetos
       *[other] einer Enthaltung
    }
error-field-stance-reason = die Begründung { $stance ->
        [block] des Vetos
       *[other] der Enthaltung
    } von { $name }
error-field-voice-reason = die Begründung der Stimme von { $wg } ({ $voice ->
        [for] dafür
        [against] dagegen
        [stand-aside] Enthaltung
        [block] Veto
       *[other] { $voice }
    })

## Die Tagesordnung (agenda.rs)

error-agenda-bad-allotted-time = die vorgesehene Zeit { $minutes } muss zwischen 1 und 1440 Minuten liegen
error-agenda-proposal-item-needs-proposal = ein Antragspunkt nennt seinen Antrag (--proposal)
error-agenda-only-proposal-item-names-proposal = nur ein Punkt der Art Antrag kann einen Antrag nennen, nicht einer der Art { $kind ->
        [process] Ablauf
        [report-back] AG-Bericht
        [discussion] Diskussion
        [announcement] Ankündigungen
        [soapbox] offenes Mikro
       *[other] Sonstiges
    }
error-agenda-position-outside = die Position { $position } liegt außerhalb der Tagesordnung (1 bis { $count })
error-agenda-remove-taken-up = dieser Punkt wurde schon aufgerufen; vertagt ihn, statt ihn zu entfernen
error-agenda-start-after-end = ein Punkt kann nicht um { $start } beginnen, nachdem er um { $end } geendet hat
error-agenda-closed-start-needs-time = dieses Plenum ist geschlossen: gebt die Zeit an, zu der der Punkt begann (--at HH:MM), um sie zu berichtigen
error-agenda-meeting-not-open = eröffnet das Plenum, bevor ihr seine Punkte aufruft
error-agenda-item-already-active = dieser Punkt ist schon dran
error-agenda-item-already-done = dieser Punkt ist schon erledigt
error-agenda-closed-end-needs-time = dieses Plenum ist geschlossen: gebt die Zeit an, zu der der Punkt endete (--at HH:MM), um sie zu berichtigen
error-agenda-finish-not-active = nur der Punkt, der gerade dran ist, kann beendet werden
error-agenda-table-finished = ein Punkt, der { $status ->
        [done] erledigt
        [tabled] vertagt
        [active] dran
       *[other] offen
    } ist, kann nicht vertagt werden
error-report-back-cannot-clear = „{ $given }“ kann nicht geleert werden: die Felder sind { $fields }
error-report-back-wg-and-behalf = ein AG-Bericht kommt von einer AG oder im Namen von jemandem, nicht beides
error-report-back-not-one = dieser Tagesordnungspunkt ist kein AG-Bericht
error-report-back-not-found = kein AG-Bericht zum Tagesordnungspunkt { $item }
error-report-back-would-blank = das würde { $fields } dieses AG-Berichts leeren: wenn das gemeint ist, leert { $count ->
        [1] das Feld
       *[other] die Felder
    } ausdrücklich (--clear { $flags })
error-report-back-fields-and = { $first } und { $rest }

## Die Datensätze einer anderen Versammlung (db.rs)

error-not-owned-proposal = dieser Antrag gehört einer anderen Versammlung und ist hier nur lesbar; übernehmt ihn, um eine eigene Kopie zu haben
error-not-owned-meeting = dieses Plenum gehört einer anderen Versammlung und ist hier nur lesbar; übernehmt es, um eine eigene Kopie zu haben
error-not-owned-decision = dieser Beschluss gehört einer anderen Versammlung und ist hier nur lesbar; übernehmt ihn, um eine eigene Kopie zu haben
error-not-owned-ga = Plenum { $number } gehört einer anderen Versammlung und ist hier nur lesbar; übernehmt es, um eine eigene Kopie zu haben
error-not-owned-wg = die Arbeitsgruppe „{ $name }“ gehört einer anderen Versammlung und ist hier nur lesbar; übernehmt sie, um eine eigene Kopie zu haben
error-not-owned-person = { $name } gehört zu einer anderen Versammlung und ist hier nur lesbar; übernehmt den Eintrag, um eine eigene Kopie zu haben

## Die Beratung eines Antrags (proposal/hearing.rs)

error-step-not-started = nicht begonnen
error-step-present = Vorstellung
error-step-clarifying-questions = Verständnisfragen
error-step-concerns = Bedenken und freundliche Änderungen
error-step-temperature-check = Stimmungsbild
error-step-call-for-consensus = Konsensabfrage
error-step-vote = Abstimmung
error-step-outcome = Ergebnis
error-hearing-not-a-proposal-item = der Tagesordnungspunkt { $item } ist kein Antrag: dort gibt es keine Beratung
error-hearing-over = die Beratung bei { $item } ist vorbei: ihr Ergebnis ({ $outcome }) ist eingetragen
error-hearing-record-tabled = dieser Antrag ist vertagt: { $record ->
        [clarifying-questions] eine Verständnisfrage
        [concerns] ein Bedenken oder eine Änderung
        [temperature-check] ein Stimmungsbild
       *[other] dies
    } bei { $item } einzutragen, würde ihn wieder aufnehmen, ohne dass jemand das beschlossen hat. Wenn das Plenum ihn wieder aufnimmt, bringt seine Beratung zuerst zu einem Schritt (proposal step … --to present)
error-hearing-record-passes-over = beim Schritt „{ $step }“ von { $item } ist nichts eingetragen: jetzt { $record ->
        [clarifying-questions] eine Verständnisfrage
        [concerns] ein Bedenken oder eine Änderung
        [temperature-check] ein Stimmungsbild
       *[other] dies
    } einzutragen, würde ihn stillschweigend überspringen. Tragt ein, was dort vorgebracht wurde, oder geht weiter und sagt, dass nichts kam (proposal step … --none)
error-hearing-remove-begun = die Beratung dieses Antrags hat bei diesem Punkt begonnen: vertagt den Antrag, statt den Punkt zu entfernen
error-hearing-proposal-not-on-agenda = der Antrag { $proposal } steht nicht auf der Tagesordnung von { $meeting }: fügt ihn zuerst als Antragspunkt hinzu
error-hearing-move-already-there = „{ $step }“ geht nicht: die Beratung ist schon bei „{ $step }“
error-hearing-move-to-outcome = „{ $step }“ geht nicht: zum Ergebnis kommt man, indem man es einträgt: einen Beschluss, oder den Antrag vertagen, zurückziehen oder zurückverweisen
error-hearing-move-no-vote = „{ $step }“ geht nicht: die Regel der Versammlung ({ $rule }) kennt keine Abstimmung: Ablehnung ist eine Enthaltung oder ein Veto
error-hearing-move-only-outcome = „{ $step }“ geht nicht: nach „{ $from }“ ist als Nächstes das Ergebnis einzutragen
error-hearing-move-one-way = „{ $step }“ geht nicht: nach „{ $from }“ kann die Beratung zu „{ $next }“ gehen
error-hearing-move-two-ways = „{ $step }“ geht nicht: nach „{ $from }“ kann die Beratung zu „{ $next }“ oder „{ $other }“ gehen
error-hearing-nothing-recorded = { $step ->
        [clarifying-questions] es ist keine Verständnisfrage eingetragen
       *[other] es ist weder ein Bedenken noch eine Änderung eingetragen
    } bei { $item }: tragt ein, was vorgebracht wurde, oder geht weiter und sagt, dass nichts kam (--none)
error-hearing-none-needless = „none“ sagt, dass beim Schritt, den die Beratung verlässt, nichts vorgebracht wurde, aber der Wechsel von „{ $from }“ zu „{ $to }“ lässt keinen solchen leeren Schritt zurück
error-hearing-not-found = keine Beratung beim Tagesordnungspunkt { $item }: er ist kein Antragspunkt
error-question-not-found = keine Verständnisfrage mit der ID { $id }
error-concern-not-found = kein Bedenken mit der ID { $id }
error-temperature-not-found = kein Stimmungsbild mit der ID { $id }
error-temperature-count-too-big = { $count } Hände { $hands ->
        [up] oben
        [sideways] seitlich
       *[down] unten
    } sind mehr als { $max }: prüft die Zählung
error-temperature-no-hands = ein Stimmungsbild braucht mindestens eine Hand: gebt die Zahl der Hände oben, seitlich und unten an

## Der Weg eines Antrags (proposal/lifecycle.rs)

error-proposal-status-draft = Entwurf
error-proposal-status-submitted = eingereicht
error-proposal-status-on-agenda = auf einer Tagesordnung
error-proposal-status-in-process = in Beratung
error-proposal-status-decided = beschlossen
error-proposal-status-tabled = vertagt
error-proposal-status-withdrawn = zurückgezogen
error-proposal-status-sent-back = an die AG zurückverwiesen
error-outcome-consensus = Konsens
error-outcome-passed = angenommen
error-outcome-blocked = durch Veto gestoppt
error-outcome-failed = abgelehnt
error-outcome-tabled = vertagt
error-outcome-withdrawn = zurückgezogen
error-outcome-sent-back = an die AG zurückverwiesen
error-proposal-final = dieser Antrag { $status ->
        [withdrawn] wurde von den Antragstellenden zurückgezogen
        [sent-back] wurde zur Überarbeitung zurückverwiesen
       *[decided] wurde beschlossen
    }: er kann nicht mehr { $action ->
        [submit] eingereicht
        [put-on-agenda] auf eine Tagesordnung gesetzt
        [hear] beraten
        [decide] beschlossen
        [table] vertagt
        [withdraw] zurückgezogen
        [send-back] zurückverwiesen
       *[amend] geändert
    } werden
error-proposal-submit-not-draft = nur ein Entwurf kann eingereicht werden; dieser Antrag ist schon: { $status }
error-proposal-agenda-draft = dieser Antrag ist ein Entwurf: reicht ihn ein, bevor ihr ihn auf eine Tagesordnung setzt
error-proposal-hear-not-on-agenda = dieser Antrag ist: { $status }; setzt ihn auf die Tagesordnung eines Plenums, bevor ihr ihn beratet
error-proposal-decide-not-a-decision = { $outcome ->
        [withdrawn] „zurückgezogen“
       *[sent-back] „zurückverwiesen“
    } ist nicht das Ergebnis eines Beschlusses: zieht den Antrag stattdessen zurück oder verweist ihn zurück
error-proposal-decide-not-on-agenda = dieser Antrag ist: { $status }; nur ein Antrag auf der Tagesordnung eines Plenums kann beschlossen werden
error-proposal-already-tabled = dieser Antrag ist schon vertagt
error-proposal-table-not-before-ga = dieser Antrag ist: { $status }; nur ein Antrag vor dem Plenum (auf einer Tagesordnung oder in Beratung) kann vertagt werden
error-proposal-send-back-draft = dieser Antrag ist noch ein Entwurf: es gibt nichts zurückzuverweisen (zieht ihn stattdessen zurück)
error-proposal-move-needs-reason = sagt warum: { $outcome ->
        [withdrawn] ein Zurückziehen
        [sent-back] ein Zurückverweisen
       *[other] ein Vertagen
    } hat eine Begründung, und das Protokoll druckt sie (z. B. „nach 9 Vetos, kommt mit einem Workshop wieder“)
error-proposal-item-not-its-hearing = der Tagesordnungspunkt { $item } ist keine Beratung dieses Antrags

## Fassungen und Änderungen eines Antrags (proposal/versions.rs)

error-proposal-no-text = der Antrag { $id } hat keinen Text
error-proposal-no-version = dieser Antrag hat keine Fassung { $version }: seine Fassungen gehen von 1 bis { $count }
error-amendment-not-found = keine Änderung mit der ID { $id }
error-amendment-already-answered = diese Änderung wurde schon { $status ->
        [accepted] angenommen
        [rejected] abgelehnt
       *[other] beantwortet
    }
error-amendment-text-moved-on = diese Änderung wurde zur Fassung { $base } vorgeschlagen, aber der Text ist jetzt bei Fassung { $current }: schlagt sie zum aktuellen Text neu vor
error-amendment-needs-by = eine Änderung nennt, wer sie vorgeschlagen hat
error-amendment-same-text = der geänderte Text ist gleich der Fassung { $base }: eine Änderung ändert den Text
error-amendment-not-at-a-ga = diese Änderung wurde nicht in einem Plenum vorgeschlagen: es gibt kein Protokoll zu berichtigen
error-amendment-never-answered = diese Änderung wurde nie beantwortet: die Antwort der Antragstellenden wird mit `proposal amendment` eingetragen, nicht berichtigt
error-amendment-later-versions = der Text ist jetzt bei Fassung { $current }, seitdem aus Fassung { $touched } entstanden: berichtigt zuerst die späteren Änderungen
error-amendment-decided-elsewhere = in einem anderen Plenum wurde über Fassung { $touched } des Textes beschlossen: die Antwort auf diese Änderung kann sich nicht mehr ändern

## Kurze Verweise (refs.rs)

error-refs-no-short = { $what ->
        [amendment] keine Änderung
        [clarifying-question] keine Verständnisfrage
        [concern] kein Bedenken
       *[stack-entry] keine Meldung auf der Redeliste
    } „{ $given }“ (nennt sie mit dem kurzen Verweis, den `show` ausgibt, oder mit der ID)
error-refs-short-ambiguous = { $what ->
        [amendment] die Änderung
        [clarifying-question] die Verständnisfrage
        [concern] das Bedenken
       *[stack-entry] die Meldung
    } „{ $given }“ ist mehrdeutig: gebt mehr Ziffern der ID an

## Die Befehle des Raums (room/commands.rs)

error-room-lang-not-a-code = ungültige Argumente: lang { $given } ist kein Sprachcode

## Feste Fehler (error.rs): die Datenbank, ihre Passphrase, Dateien

error-no-assembly = diese Datenbank hat noch keine Versammlung: führt zuerst `plenary init --name NAME --code CODE` aus
error-newer-database = diese Datenbank wurde von einem neueren Plenary angelegt (Schemaversion { $found }, dieses Plenary kennt bis { $known }); aktualisiert Plenary, um sie zu öffnen — die Datenbank wurde nicht angerührt
error-locked = diese Datenbank ist verschlüsselt und noch nicht entsperrt: gebt zuerst ihre Passphrase ein
error-upgrading = die Aufzeichnungen werden für diese Version von Plenary auf den neuesten Stand gebracht; einen Moment
error-database = Datenbankfehler: { $reason }
error-migration = die Migration der Datenbank ist fehlgeschlagen: { $reason }
error-wrong-passphrase = die Passphrase öffnet diese Datenbank nicht; nichts wurde geändert
error-io = { $context }: { $reason }
error-io-cannot-open = { $path } kann nicht geöffnet werden
error-io-cannot-read = { $path } kann nicht gelesen werden
error-io-cannot-write = { $path } kann nicht geschrieben werden
error-io-cannot-create-folder = der Ordner { $path } kann nicht angelegt werden
error-io-cannot-read-inbox = der Eingangsordner { $path } kann nicht gelesen werden
error-io-cannot-watch-inbox = die Überwachung des Eingangsordners kann nicht starten
error-io-cannot-start-checkpoint = der Checkpoint-Thread kann nicht starten
error-io-cannot-write-key = der Signaturschlüssel kann nicht nach { $path } geschrieben werden
error-io-cannot-read-key = der Signaturschlüssel { $path } kann nicht gelesen werden
error-io-cannot-delete-backup = die Sicherung { $path } kann nicht gelöscht werden
error-io-cannot-flush = { $path } kann nicht auf die Festplatte geschrieben werden
error-io-cannot-move = { $from } kann nicht nach { $to } verschoben werden
error-assembly-no-key-in-memory = diese Datenbank im Arbeitsspeicher hat keinen Signaturschlüssel
error-person-forget-log-busy = der Name ist ersetzt, aber ein anderes Programm hält die Datenbank belegt, daher kann ihr Log die alten Bytes behalten, bis dieses Programm geschlossen ist

## Geschlossene Wortmengen (text_enum.rs): ein Wort, das nicht dazugehört

error-unknown-value = „{ $given }“ ist kein Wert für { $what }: erwartet wird einer von { $expected }
error-what-actor = Akteur
error-what-amendment-status = Status einer Änderung
error-what-change = Änderung
error-what-decision-reason = Beschlussgrund
error-what-stack-entry-kind = Art der Meldung auf der Redeliste
error-what-hand-request-status = Status einer Wortmeldung
error-what-hand-state = Handzeichen-Status
error-what-hearing-action = Beratungsschritt-Aktion
error-what-search-hit-kind = Art des Suchtreffers
error-what-agenda-item-kind = Art des Tagesordnungspunkts
error-what-agenda-item-status = Status des Tagesordnungspunkts
error-what-meeting-status = Status des Plenums
error-what-meeting-format = Form des Plenums
error-what-minutes-format = Protokollformat
error-what-process-step = Prozessschritt
error-what-proposal-action = Aktion für einen Antrag
error-what-proposal-status = Status eines Antrags
error-what-stack-reason = Grund auf der Redeliste
error-what-stack-policy = Regel der Redeliste
error-what-stance = Haltung
error-what-wg-category = Kategorie der Arbeitsgruppe
error-what-wg-status = Status der Arbeitsgruppe
error-what-outcome = Ergebnis
error-what-wg-voice = Stimme einer AG
error-what-view = Ansicht
error-what-room-role = Rolle im Raum
error-what-stack-entry-status = Status der Meldung auf der Redeliste
error-what-key-status = Schlüsselstatus
error-what-inbox-file-state = Status einer Eingangsdatei

## Was an einem Rückgängig-Eintrag beschädigt ist (stack/undo.rs)

error-undo-damaged-not-json = kein JSON
error-undo-damaged-no-table = keine Tabelle
error-undo-damaged-unknown-table = unbekannte Tabelle
error-undo-damaged-no-id = keine ID
error-undo-damaged-bad-row = fehlerhafte Zeile
