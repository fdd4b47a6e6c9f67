# Die Kommandozeile (src-tauri/core/src/bin/plenary): ihre Meldungen und ihr --help.

cli-error = Fehler: { $message }
cli-json-failed = JSON kann nicht geschrieben werden: { $reason }
cli-restored = { $name } ({ $code }) wiederhergestellt aus { $file }
cli-restored-no-key = Hinweis: Der Signaturschlüssel der Versammlung liegt nicht neben dieser Datenbank; kopiere seine .key-Datei hierher, um Pakete zu exportieren

cli-wg-category = { $code ->
        [operational] operativ
        [sectorial] sektoral
        [strategy] strategisch
        [caucus] Caucus
       *[other] { $code }
    }
cli-wg-status = { $code ->
        [forming] im Aufbau
        [active] aktiv
        [dormant] ruhend
        [dissolved] aufgelöst
       *[other] { $code }
    }
cli-meeting-status = { $code ->
        [planned] geplant
        [open] offen
        [closed] geschlossen
       *[other] { $code }
    }
cli-item-status = { $code ->
        [pending] ausstehend
        [active] läuft
        [done] erledigt
        [tabled] vertagt
       *[other] { $code }
    }
cli-proposal-status = { $code ->
        [draft] Entwurf
        [submitted] eingereicht
        [on-agenda] auf einer Tagesordnung
        [in-process] in Beratung
        [decided] beschlossen
        [tabled] vertagt
        [withdrawn] zurückgezogen
        [sent-back] an die AG zurückverwiesen
       *[other] { $code }
    }
cli-entry-kind = { $code ->
        [process] GO-Antrag
        [information] Information
        [clarifying] Verständnisfrage
        [direct-response] direkte Antwort
        [speak] Wortmeldung
       *[other] { $code }
    }
cli-step = { $code ->
        [not-started] nicht begonnen
        [present] Vorstellung
        [clarifying-questions] Verständnisfragen
        [concerns] Bedenken und freundliche Änderungen
        [temperature-check] Stimmungsbild
        [call-for-consensus] Konsensabfrage
        [vote] Abstimmung
        [outcome] Ergebnis
       *[other] { $code }
    }
cli-amendment-status = { $code ->
        [pending] offen
        [accepted] angenommen
        [rejected] abgelehnt
       *[other] { $code }
    }
cli-search-kind = { $code ->
        [wg] AG
        [report-back] Bericht
        [proposal] Antrag
        [decision] Beschluss
        [minutes] Protokoll
       *[other] { $code }
    }
cli-role = { $code ->
        [facilitator] Moderation
        [stack-keeper] Redeliste
        [timekeeper] Zeitwächter*in
        [minute-taker] Protokoll
        [vibes-watcher] Awareness
       *[other] { $code }
    }

cli-col-assembly = VERSAMMLUNG
cli-col-attendance = TEILNAHME
cli-col-by = VON
cli-col-category = KATEGORIE
cli-col-code = KÜRZEL
cli-col-date = DATUM
cli-col-deleted = GELÖSCHT
cli-col-end = ENDE
cli-col-file = DATEI
cli-col-files = DATEIEN
cli-col-fingerprint = FINGERABDRUCK
cli-col-from = VON
cli-col-ga = PLENUM
cli-col-gas = PLENEN
cli-col-given-by = GEHALTEN VON
cli-col-id = ID
cli-col-imported-utc = IMPORTIERT (UTC)
cli-col-item = PUNKT
cli-col-kind = ART
cli-col-list = LISTE
cli-col-meets = TRIFFT SICH
cli-col-name = NAME
cli-col-new = NEU
cli-col-of-people = DER MENSCHEN
cli-col-of-time = DER ZEIT
cli-col-overrun = ÜBERZOGEN
cli-col-pauses = PAUSEN
cli-col-people = MENSCHEN
cli-col-place = ORT
cli-col-pronouns = PRONOMEN
cli-col-proposal = ANTRAG
cli-col-records = DATENSÄTZE
cli-col-ref = REF
cli-col-refused = ABGELEHNT
cli-col-scope = UMFANG
cli-col-share = ANTEIL
cli-col-since = SEIT
cli-col-speeches = REDEBEITRÄGE
cli-col-spoke = GEREDET
cli-col-start = BEGINN
cli-col-status = STATUS
cli-col-summary = ZUSAMMENFASSUNG
cli-col-table = TABELLE
cli-col-time = ZEIT
cli-col-title = TITEL
cli-col-unchanged = UNVERÄNDERT
cli-col-updated = AKTUALISIERT
cli-col-wg = AG
cli-col-why-here = WARUM HIER

cli-passphrase-ask = Passphrase für { $path }:{" "}
cli-passphrase-new = Neue Passphrase (geht sie verloren, lässt sie sich nicht wiederherstellen):{" "}
cli-passphrase-again = Die neue Passphrase noch einmal:{" "}
cli-passphrase-no-terminal = diese Datenbank ist verschlüsselt und kein Terminal kann nach ihrer Passphrase fragen: setze { $variable }
cli-passphrase-encrypted = die Datenbank ist mit der neuen Passphrase verschlüsselt; bewahre sie gut auf: ohne sie kann niemand das Protokoll öffnen
cli-passphrase-decrypted = die Datenbank ist nicht mehr verschlüsselt: wer die Datei hat, kann sie lesen
cli-passphrase-backups-rekeyed = { $n ->
        [one] { $n } automatische Sicherung passend neu geschrieben
       *[other] { $n } automatische Sicherungen passend neu geschrieben
    }
cli-passphrase-backups-deleted = { $n ->
        [one] { $n } mit einer älteren Passphrase verschlüsselte automatische Sicherung wurde gelöscht
       *[other] { $n } mit einer älteren Passphrase verschlüsselte automatische Sicherungen wurden gelöscht
    }

cli-wg-heading = { $name } ({ $category }, { $status } seit { $since }) — { $assembly }
cli-wg-proposal-count = { $n }: { $status }
cli-wg-proposals = Anträge: { $counts }
cli-wg-proposals-none = Anträge: keine
cli-wg-report-backs = Berichte: { $n }
cli-wg-status-set = { $name } ist jetzt { $status } (seit { $since })

cli-person-forgotten = Jetzt { $placeholder }: { $records } Datensätze dieser Versammlung geändert (sie gehen mit dem nächsten Paket mit), { $rows } lokale Zeilen neu geschrieben, { $backups } automatische Sicherungen gelöscht.

cli-stack-name-the-entry = nenne die Meldung mit --entry ID oder mit --item und --name
cli-stack-undone = rückgängig gemacht: { $action }
cli-stack-undo-would = Rückgängig würde zurücknehmen: { $action }
cli-stack-heading = { $reference } — { $title } ({ $policy })
cli-stack-heading-closed = { $reference } — { $title } ({ $policy }, Redeliste geschlossen)
cli-stack-speaker-for = { $name } für { $wg }
cli-stack-floor = hat das Wort: { $speaker } ({ $kind }) seit { $time }{ $paused ->
        [yes] , pausiert
       *[no] {""}
    }
cli-stack-floor-of = hat das Wort: { $speaker } ({ $kind }) seit { $time } von { $limit }{ $paused ->
        [yes] , pausiert
       *[no] {""}
    }
cli-stack-floor-nobody = hat das Wort: niemand
cli-airtime-heading = { $reference }: { $speeches } Redebeiträge von { $speakers } Menschen, { $time } insgesamt; { $first } haben zum ersten Mal geredet
cli-airtime-gini = Gini der Redezeit: { $gini } über { $n } Menschen ({ $present })
cli-airtime-gini-none = Gini der Redezeit: keiner (niemand hat geredet)
cli-airtime-first-time = zum ersten Mal
cli-airtime-no-list = (keine gewählt)
cli-airtime-last-speakers = zuletzt geredet, neueste zuerst: { $names }

cli-meeting-format = { $code ->
        [spokes-council] Delegiertenrat
       *[other] Plenum
    }
cli-meeting-format-line = Format: { $format }
cli-meeting-spoke = { $name } spricht für { $wg }
cli-meeting-spoke-line = { $wg }: { $name }
cli-meeting-spoke-until = { $wg }: { $name } (bis { $until })
cli-meeting-consult-line = Beratungspause: { $wg } ({ $by }), { $minutes } Min., { $start }–{ $end }
cli-meeting-consult-ended = die Beratungspause von { $wg } endete um { $time }
cli-meeting-consult-called = Beratungspause von { $minutes } Min. für { $wg } ({ $by })
cli-meeting-heading = { $reference } — { $date } — { $place } ({ $status })
cli-meeting-policy-attendance = Redeliste: { $policy }; Teilnahme: { $attendance }
cli-meeting-role = { $role }: { $name }
cli-meeting-role-from-until = { $role }: { $name } ({ $from }–{ $until })
cli-meeting-role-from = { $role }: { $name } (ab { $from })
cli-meeting-role-until = { $role }: { $name } (bis { $until })
cli-meeting-planned = geplant: { $minutes } Min.
cli-meeting-planned-from-to = geplant: { $minutes } Min., { $start }–{ $end }{ $next_day ->
        [yes] {" "}(am nächsten Tag)
       *[no] {""}
    }
cli-meeting-corrected = nach dem Plenum korrigiert:
cli-meeting-correction = { $time } ({ $actor }): { $what }: { $before } → { $after }
cli-meeting-corrected-none = (nichts)
cli-meeting-is-open = { $time ->
        [none] { $reference } ist eröffnet
       *[other] { $reference } ist eröffnet seit { $time }
    }
cli-meeting-opened = { $time ->
        [none] { $reference } wurde eröffnet
       *[other] { $reference } wurde um { $time } eröffnet
    }
cli-meeting-is-closed = { $time ->
        [none] { $reference } ist geschlossen
       *[other] { $reference } wurde um { $time } geschlossen
    }
cli-meeting-starts-at = { $reference } beginnt um { $time }
cli-meeting-no-start = { $reference } hat keine Anfangszeit
cli-meeting-attendance = { $reference }: Teilnahme { $attendance }
cli-meeting-attendance-none = { $reference }: Teilnahme nicht erfasst

cli-item-under-way = { $time ->
        [none] { $reference } läuft
       *[other] { $reference } läuft seit { $time }
    }
cli-item-started = { $time ->
        [none] { $reference } hat begonnen
       *[other] { $reference } hat um { $time } begonnen
    }
cli-item-done = { $time ->
        [none] { $reference } ist erledigt
       *[other] { $reference } endete um { $time }
    }
cli-item-tabled = { $reference } ist vertagt
cli-report-back = Bericht: { $from }; vorgestellt von { $presenter }
cli-report-back-nobody = noch niemand
cli-report-back-on-behalf-of = im Namen von { $who }
cli-announcement = Ankündigung { $n }
cli-notes-would-blank = das würde die Notizen dieses Punkts leeren: wenn das gewollt ist, nimm --clear
cli-notes-saved = { $reference }: Notizen gespeichert
cli-minutes-short = { $n } Min.

cli-proposal-no-decision = für { $proposal } wurde im Plenum { $meeting } kein Beschluss erfasst
cli-proposal-is = { $reference }: { $status }
cli-amendment-accepted = angenommen: der Text ist jetzt Fassung { $version }
cli-proposal-step = { $step } (weiter: { $next })
cli-proposal-heading = { $reference } — { $title } ({ $status })
cli-proposal-by = eingebracht von { $name }
cli-proposal-wg = AG: { $wg }
cli-proposal-adopted-from = übernommen aus dem Antrag { $original } einer anderen Versammlung
cli-proposal-version = Fassung { $n } von { $total }:
cli-proposal-amendments = Änderungen:
cli-proposal-amendment = [{ $reference }] { $status }, von { $by }, zu Fassung { $version }: { $diff }
cli-proposal-hearing = { $item } ({ $date }, { $status }): { $step }
cli-proposal-hearing-outcome = { $item } ({ $date }, { $status }): { $step } — { $outcome }
cli-proposal-hearing-outcome-by = { $item } ({ $date }, { $status }): { $step } — { $outcome } durch { $by }
cli-proposal-hearing-outcome-why = { $item } ({ $date }, { $status }): { $step } — { $outcome }: { $why }
cli-proposal-hearing-outcome-by-why = { $item } ({ $date }, { $status }): { $step } — { $outcome } durch { $by }: { $why }
cli-proposal-no-questions = es wurden keine Verständnisfragen gestellt
cli-proposal-no-concerns = es wurden keine Bedenken geäußert und keine freundlichen Änderungen vorgeschlagen
cli-proposal-question = Frage [{ $reference }] ({ $by }): { $question }
cli-proposal-answer = Antwort: { $answer }
cli-proposal-concern = Bedenken [{ $reference }] ({ $by }, { $addressed ->
        [yes] ausgeräumt
       *[no] offen
    }): { $concern }
cli-proposal-temperature = Stimmungsbild: { $up } oben, { $sideways } seitlich, { $down } unten
cli-proposal-decision = Beschluss nach { $rule }: { $explanation }
cli-proposal-stance = { $stance }: { $name }
cli-proposal-stance-why = { $stance }: { $name }: { $why }
cli-proposal-disputed = ANGEFOCHTEN: { $note }

cli-scope-all = die ganze Versammlung
cli-scope-meetings = { $n ->
        [one] { $n } gewähltes Plenum
       *[other] { $n } gewählte Plenen
    }
cli-scope-since = Änderungen seit { $date }
cli-bundle-exported = { $file }: { $records } Datensätze, { $deletions } Löschungen, { $minutes } Protokolle ({ $scope }), { $bytes } Bytes
cli-bundle-sealed-for = versiegelt für { $names }: nur sie können es öffnen
cli-bundle-import-undone = rückgängig gemacht: der Import von { $file } aus { $assembly } ({ $removed } Datensätze entfernt, { $restored } wiederhergestellt wie zuvor)
cli-bundle-passed-on = { $file }: das Paket von { $assembly }, erstellt { $made }, unverändert
cli-bundle-not-received-id = { $id } ist nicht die ID eines empfangenen Pakets (`plenary bundle received` listet sie)
cli-inspect-file = Datei:            { $file } ({ $bytes } Bytes)
cli-inspect-sealed-for = versiegelt für:   { $names }
cli-inspect-sealed-not-us = {"                  "}diese Versammlung gehört nicht dazu: nur sie können es öffnen
cli-inspect-sealed-opened = versiegelt für:   { $names }; mit dem Schlüssel dieser Versammlung geöffnet
cli-inspect-from = von:             { $name } ({ $code }), Versammlung { $id }
cli-inspect-fingerprint = Fingerabdruck:    { $fingerprint }
cli-inspect-key-new = Schlüssel:        neu: hier unbekannt; der Import pinnt ihn
cli-inspect-key-known = Schlüssel:        bekannt: der hier gepinnte Schlüssel
cli-inspect-key-mismatch = Schlüssel:        ABWEICHEND: diese Versammlung ist hier mit einem anderen Schlüssel bekannt ({ $pinned })
cli-inspect-key-own = Schlüssel:        der eigene Schlüssel dieser Versammlung
cli-inspect-made = erstellt:         { $made } mit { $generator }
cli-inspect-scope = Umfang:           { $scope }
cli-inspect-scope-meetings = Umfang:           { $scope } ({ $meetings })
cli-inspect-already-imported = importiert:       schon, am { $at }
cli-inspect-verifies = geprüft:          ja
cli-inspect-does-not-verify = geprüft:          NEIN: { $problem }
cli-inspect-importable = importierbar:     ja, hier
cli-inspect-not-importable = importierbar:     NEIN, nicht hier: { $problem }
cli-inspect-would-refuse = abgelehnt:        { $n } Datensätze würden hier abgelehnt (`bundle import --dry-run` sagt, welche und warum)
cli-inspect-deletions = (Löschungen)
cli-inspect-minutes = (Protokolle)
cli-import-totals = { $dry_run ->
        [yes] würde importieren:
       *[no] importiert:
    } { $file } aus { $assembly } ({ $code }): { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $refused } abgelehnt, { $deleted } gelöscht
cli-import-key-pinned = { $dry_run ->
        [yes] der Schlüssel von { $assembly } ({ $code }) würde gepinnt, Fingerabdruck { $fingerprint }
       *[no] der Schlüssel von { $assembly } ({ $code }) ist gepinnt, Fingerabdruck { $fingerprint }
    }
cli-import-already = diese Datei wurde am { $at } importiert: nichts ändert sich
cli-import-refused = abgelehnt { $record } { $id }: { $reason }
cli-import-more-refused = … und { $n } weitere abgelehnt
cli-import-undo-hint = um diesen Import ganz zurückzunehmen: plenary bundle undo-import { $id }

cli-fed-no-folders = noch keine Föderationsordner: wähle sie mit `plenary federation folders --inbox DIR --outbox DIR`
cli-fed-watching = beobachte { $inbox } (Strg+C zum Beenden)
cli-fed-stopped = beendet
cli-fed-outbox-note = Ausgang: { $note }
cli-fed-inbox-read = Eingang: { $read } Datei(en) gelesen, { $unchanged } unverändert seit dem letzten Mal
cli-fed-waiting-file = wartet auf Freigabe: { $file } von { $assembly } ({ $code }), Schlüssel-Fingerabdruck { $fingerprint }
cli-fed-left-alone-file = liegen gelassen: { $file }: { $note }
cli-fed-own-skipped = { $n } eigene(s) Paket(e) dieser Versammlung übersprungen
cli-fed-relayed = in den Ausgang weitergegeben: { $file }
cli-fed-status-inbox = Eingang:          { $dir }
cli-fed-status-outbox = Ausgang:          { $dir }
cli-fed-status-last-sync = letzter Abgleich: { $at }
cli-fed-status-last-outbox = letzter Ausgang:  { $file }
cli-fed-outbox-file = { $file } ({ $records } Datensätze, { $at })
cli-fed-status-imported = importiert:       { $files } Datei(en); weitergegeben: { $relayed }
cli-fed-status-waiting = Warten auf Freigabe (prüfe den Fingerabdruck mit dieser Versammlung, dann `plenary federation approve FINGERABDRUCK`):
cli-fed-status-left-alone = Liegen gelassen (neuer Versuch, wenn sich die Datei ändert):

cli-room-not-a-ui = { $dir } ist kein Build der Oberfläche der App (keine index.html): baue sie mit npm --prefix ui run build
cli-room-cannot-start = der Server des Raums kann nicht starten
cli-room-open = Der Raum von { $reference } ist offen unter { $address }
cli-room-team = Geräte des Teams koppeln sich unter { $address }
cli-room-keys = Eingabetaste für neue Kopplungscodes, Strg+C schließt den Raum.
cli-room-closed = Der Raum ist geschlossen.
cli-room-meeting-closed = { $reference } wurde geschlossen: der Raum ist geschlossen.
cli-room-role = { $code ->
        [participant] Teilnehmende
        [stack-keeper] Redeliste
        [minute-taker] Protokoll
       *[other] { $code }
    }
cli-room-code = Kopplungscode für { $role }: { $code } (einmal, innerhalb von { $minutes } Minuten)

cli-search-none = keine Treffer
cli-search-hits = Treffer { $first }–{ $last } von { $total }
cli-search-hits-more-than = Treffer { $first }–{ $last } von mehr als { $total }

cli-minutes-approved = angenommen
cli-cannot-write = { $path } kann nicht geschrieben werden

cli-help-arg-json = JSON (für Skripte) statt Text ausgeben
cli-help-arg-meeting = Das Plenum: Nummer (39), Referenz (LDN-GA-39) oder ID
cli-help-arg-item = Referenz des Tagesordnungspunkts (39.3, LDN-GA-39.3) oder ID
cli-help-arg-proposal = Der Antrag: Referenz (LDN-P-2026-034) oder ID
cli-help-arg-hearing = Das Plenum, in dem der Antrag beraten wird (er muss auf dessen Tagesordnung stehen)
cli-clap-help-flag = Hilfe anzeigen
cli-clap-version-flag = Version anzeigen
cli-clap-help-command = Diese Meldung oder die Hilfe der angegebenen Unterbefehle anzeigen
cli-clap-help-command-subcommand = Der Unterbefehl, dessen Hilfe angezeigt wird
cli-clap-usage = Verwendung:
cli-clap-commands = Befehle:
cli-clap-arguments = Argumente:
cli-clap-options = Optionen:
cli-clap-unknown-subcommand = unbekannter Unterbefehl „{ $name }“
cli-clap-suggest-subcommand = Tipp: Es gibt einen ähnlichen Unterbefehl: „{ $name }“
cli-clap-unknown-argument = unerwartetes Argument „{ $name }“
cli-clap-suggest-argument = Tipp: Es gibt ein ähnliches Argument: „{ $name }“
cli-clap-missing-arguments = diese erforderlichen Argumente fehlen:
cli-clap-invalid-value = ungültiger Wert „{ $value }“ für „{ $arg }“
cli-clap-missing-value = „{ $arg }“ braucht einen Wert, aber keiner wurde angegeben
cli-clap-possible-values = mögliche Werte: { $values }
cli-clap-missing-subcommand = „{ $name }“ braucht einen Unterbefehl, aber keiner wurde angegeben
cli-clap-subcommands = Unterbefehle: { $values }
cli-clap-used-twice = das Argument „{ $arg }“ kann nicht mehrmals angegeben werden
cli-clap-conflict = das Argument „{ $arg }“ kann nicht zusammen mit „{ $other }“ verwendet werden
cli-clap-conflict-many = das Argument „{ $arg }“ kann nicht zusammen mit diesen verwendet werden:
cli-clap-conflict-others = das Argument „{ $arg }“ kann nicht zusammen mit einem oder mehreren der anderen angegebenen Argumente verwendet werden
cli-clap-invalid-value-because = ungültiger Wert „{ $value }“ für „{ $arg }“: { $reason }
cli-clap-number-empty = keine Zahl: der Wert ist leer
cli-clap-number-invalid-digit = keine ganze Zahl: enthält Zeichen, die keine Ziffern sind
cli-clap-number-too-large = die Zahl ist zu groß
cli-clap-number-too-small = die Zahl ist zu klein
cli-clap-number-zero = die Zahl darf nicht null sein
cli-clap-not-in-range = { $value } liegt nicht in { $range }
cli-clap-invalid-utf8 = in einem oder mehreren Argumenten ist ungültiges UTF-8
cli-clap-more = Mehr dazu mit „{ $flag }“.

cli-help = Plena durchführen: AGs, Plena, Tagesordnungen, Redelisten, Anträge, Protokolle, Pakete.
cli-help-db = Die Datenbankdatei (Standard: das Datenverzeichnis des Systems)
cli-help-lang = Die Sprache, in der Plenary spricht (Meldungen, diese Hilfe, Protokolle): en, es, fr, de, pt, el oder ar. Was ins Protokoll eingetragen wurde, bleibt, wie es ist. Standard: LC_ALL, LC_MESSAGES oder LANG, sonst Englisch
cli-help-init = Die Versammlung dieser Installation und ihren Signaturschlüssel anlegen
cli-help-init-name = Der Name der Versammlung („Plenum Occupy Frankfurt“)
cli-help-init-code = Kurzes Kürzel für Referenzen (LDN-GA-39), 2–8 Buchstaben oder Ziffern
cli-help-init-rule = Standard-Entscheidungsregel: consensus, modified:P, supermajority:A/B oder majority
cli-help-demo = Eine leere Datenbank mit einer realistischen Beispielversammlung füllen

cli-help-assembly = Die Versammlung dieser Installation: anzeigen, Sprache der geteilten Protokolle festlegen
cli-help-assembly-show = Die Versammlung anzeigen: Name, Kürzel, Standard-Entscheidungsregel, Sprache der geteilten Protokolle
cli-help-assembly-show-json = { cli-help-arg-json }
cli-help-assembly-minutes-lang = Die Sprache der Protokolle festlegen, die die Versammlung in ihren Paketen teilt (schon geschriebene Pakete behalten ihre; Einträge bleiben, wie sie eingegeben wurden)
cli-help-assembly-minutes-lang-minutes-lang = en, es, fr, de, pt, el oder ar
cli-assembly-shown = { $name } ({ $code })
cli-assembly-rule = Standardregel: { $rule }
cli-assembly-minutes-lang = geteilte Protokolle: { $language } ({ $code })
cli-assembly-minutes-lang-set = { $name } teilt die Protokolle auf { $language } ({ $code })
cli-help-wg = Arbeitsgruppen (AGs)
cli-help-wg-add = Eine AG anlegen; gibt ihre ID aus
cli-help-wg-add-name = Der Name der AG
cli-help-wg-add-category = operational, sectorial, strategy oder caucus
cli-help-wg-add-description = Was die AG macht
cli-help-wg-add-status = forming (Standard), active, dormant oder dissolved
cli-help-wg-add-contact = Wie sie erreichbar ist (eine E-Mail-Adresse, eine Telefonnummer, ein Ort)
cli-help-wg-add-schedule = Wann und wo sie sich trifft („dienstags 18 Uhr, Bibliothek“)
cli-help-wg-list = AGs auflisten (eigene und importierte)
cli-help-wg-show = Eine AG: ihre Statusgeschichte, ihre Anträge nach Status gezählt und jeder ihrer Berichte, neuestes Plenum zuerst (was ihre Seite in der App zeigt)
cli-help-wg-show-wg = Name oder ID
cli-help-wg-status = Den Status einer AG ändern (die Änderung wird datiert)
cli-help-wg-status-wg = Name oder ID
cli-help-wg-status-set = forming, active, dormant oder dissolved
cli-help-wg-status-on = Datum der Änderung, JJJJ-MM-TT (Standard: heute)
cli-help-wg-status-note = Eine Notiz zur Änderung (warum)
cli-help-meeting = Plena
cli-help-meeting-new = Ein neues Plenum planen; gibt seine Referenz aus (TST-GA-3). Es wird nach dem letzten nummeriert
cli-help-meeting-new-date = JJJJ-MM-TT
cli-help-meeting-new-place = Wo das Plenum stattfindet
cli-help-meeting-new-policy = progressive (Standard) oder fifo
cli-help-meeting-new-number = Die Nummer des Plenums (Standard: eins mehr als das letzte)
cli-help-meeting-new-time = Geplanter Beginn, HH:MM (24 Stunden, Ortszeit)
cli-help-meeting-new-format = general-assembly (Standard) oder spokes-council: ein*e Delegierte*r pro AG, nur Delegierte kommen auf die Redeliste, eine Stimme pro AG bei Beschlüssen
cli-help-meeting-spoke = NAME zur*zum Delegierten der AG WG in diesem Delegiertenrat machen (angelegt, wenn neu). Neue Delegierte einer AG beenden die Zeit der vorigen; beide bleiben im Protokoll
cli-help-meeting-spoke-wg = Die AG (Name oder ID)
cli-help-meeting-spoke-name = Der Name der*des Delegierten
cli-help-meeting-spokes = Die Delegierten und Beratungspausen eines Delegiertenrats auflisten
cli-help-meeting-consult = Delegierte beantragen eine Beratungspause von N Minuten (1–30), damit die Gruppen sich beraten; `--end` beendet die laufende Pause
cli-help-meeting-consult-by = Die*der Delegierte, die*der sie beantragt
cli-help-meeting-consult-minutes = Wie lange die Pause dauert, in Minuten (1–30)
cli-help-meeting-consult-end = Die laufende Beratungspause beenden
cli-help-meeting-list = Die Plena dieser Versammlung auflisten, neuestes zuerst
cli-help-meeting-list-imported = Auch die Plena der aus Paketen importierten Versammlungen (nach den eigenen, nach Kürzel)
cli-help-meeting-show = Ein Plenum anzeigen: Rollen und Tagesordnung
cli-help-meeting-open = Ein geplantes Plenum eröffnen. Ohne --at ist die Zeit die der Uhr für ein heutiges Plenum, sonst unbekannt; mit --at bei einem geschlossenen Plenum eine Korrektur
cli-help-meeting-open-at = Die Eröffnungszeit, HH:MM (Ortszeit, am Datum des Plenums)
cli-help-meeting-close = Ein offenes Plenum schließen; danach nimmt sein Protokoll Korrekturen an, bis es angenommen ist
cli-help-meeting-close-at = Die Schlusszeit, HH:MM (Ortszeit; nach Mitternacht zählt als nächster Tag)
cli-help-meeting-role = Jemandem eine Rolle geben: facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher oder ein eigenes Wort (Redeliste vorlesen, Livestream, …). Eine Übergabe: --until HH:MM für wer abgibt, --from HH:MM für wer übernimmt; erneut für jemanden in der Rolle ausgeführt, ändert es nur die angegebenen Zeiten
cli-help-meeting-role-role = Die Rolle: facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher oder ein eigenes Wort
cli-help-meeting-role-name = Wer sie innehat
cli-help-meeting-role-from = Ab dieser Zeit des Plenums (HH:MM; "" löscht sie)
cli-help-meeting-role-until = Bis zu dieser Zeit (HH:MM; "" löscht sie)
cli-help-meeting-time = Die geplante Anfangszeit setzen, HH:MM (24 Stunden, Ortszeit); "" löscht sie
cli-help-meeting-time-time = Die Anfangszeit, HH:MM ("" löscht sie)
cli-help-meeting-policy = Die Redelisten-Regel des Plenums setzen (ga-process.md, "Fair floor"): fifo|progressive [,first-time-first] [,alternate:LISTE|LISTE…] [,cap:N] [,no-repeat]. Gibt die geltende Regel aus. Rückgängig auf der Redeliste des Punkts (--item, sonst der laufende Punkt) nimmt sie zurück
cli-help-meeting-policy-set = Die Regel: fifo|progressive [,first-time-first] [,alternate:LISTE|LISTE…] [,cap:N] [,no-repeat]
cli-help-meeting-policy-reason = Warum das Moderationsteam sie geändert hat (das Protokoll nennt es)
cli-help-meeting-policy-item = Der Punkt, auf dessen Redeliste sie geändert wurde (Standard: der laufende Punkt, falls es einen gibt)
cli-help-meeting-attendance = Erfassen, wie viele Menschen da waren: eine Zahl (55), eine Spanne (50-60) oder ungefähr eine Zahl (~50); "" löscht es
cli-help-meeting-attendance-count = 55, 50-60 oder ~50 ("" löscht es)
cli-help-agenda = Tagesordnungspunkte eines Plenums
cli-help-agenda-add = Einen Punkt ans Ende der Tagesordnung eines Plenums anfügen; gibt seine Referenz aus (TST-GA-3.2)
cli-help-agenda-add-kind = process, report-back, proposal, discussion, announcement, soapbox oder other
cli-help-agenda-add-title = Der Titel des Punkts
cli-help-agenda-add-minutes = Vorgesehene Zeit in Minuten
cli-help-agenda-add-wg = Die berichtende AG (Name oder ID)
cli-help-agenda-add-proposal = Der zu beratende Antrag (Referenz oder ID)
cli-help-agenda-prepare = Eine leere Tagesordnung mit dem üblichen Ablauf füllen: Begrüßung, Berichte, Anträge, Ankündigungen, offenes Mikro, Abschluss
cli-help-agenda-prepare-report-backs = Eine AG, die berichtet (wiederholbar, in Reihenfolge)
cli-help-agenda-prepare-proposals = Ein zu beratender Antrag (wiederholbar, in Reihenfolge)
cli-help-agenda-list = Die Tagesordnung eines Plenums auflisten
cli-help-agenda-move = Einen Punkt an eine andere Stelle verschieben (1 = erste)
cli-help-agenda-move-to = Die neue Stelle (1 = erste)
cli-help-agenda-start = Einen Punkt aufrufen: er wird der laufende (das Plenum muss eröffnet sein). Mit --at bei einem schon aufgerufenen Punkt (oder in einem geschlossenen Plenum) setzt es seine Anfangszeit
cli-help-agenda-start-at = Die Zeit, zu der er aufgerufen wurde, HH:MM (Ortszeit; ohne: die der Uhr für ein heutiges Plenum, sonst unbekannt)
cli-help-agenda-finish = Den laufenden Punkt beenden. Mit --at bei einem beendeten Punkt setzt es seine Endzeit
cli-help-agenda-finish-at = Die Endzeit, HH:MM (Ortszeit)
cli-help-agenda-table = Einen ausstehenden oder den laufenden Punkt vertagen
cli-help-agenda-table-reason = Warum; Pflicht, wenn der Antrag des Punkts mitvertagt wird (das Protokoll nennt es)
cli-help-agenda-report-back = Einen Bericht zu seinem Punkt erfassen, von einer AG oder im Namen von jemandem. Erneut ausgeführt, ändert es nur die angegebenen Felder; ein Feld mit Text zu leeren braucht --clear
cli-help-agenda-report-back-wg = Die berichtende AG (Name oder ID)
cli-help-agenda-report-back-on-behalf-of = In wessen Namen er gegeben wird („Occupy Köln“), statt einer AG
cli-help-agenda-report-back-presenter = Wer ihn vorgestellt hat
cli-help-agenda-report-back-summary = Was die AG berichtet hat
cli-help-agenda-report-back-asks = Worum sie das Plenum bittet
cli-help-agenda-report-back-announcements = Ihre Ankündigungen
cli-help-agenda-report-back-clear = Ein Feld leeren: presenter, summary, asks, announcements oder on-behalf-of (wiederholbar)
cli-help-agenda-announce = Eine Ankündigung bei einem Ankündigungspunkt erfassen
cli-help-agenda-announce-by = Wer sie gemacht hat
cli-help-agenda-announce-on-behalf-of = In wessen Namen („Occupy Köln“)
cli-help-agenda-announce-text = Die Ankündigung
cli-help-agenda-notes = Die Protokollnotizen eines Punkts setzen (ersetzt sie; "" braucht --clear)
cli-help-agenda-notes-text = Die Notizen
cli-help-agenda-notes-clear = Die Notizen leeren
cli-help-person = Menschen: auflisten, umbenennen, zusammenführen
cli-help-person-list = Die Menschen dieser Versammlung, mit wie vielen Datensätzen und Plena sie nennen
cli-help-person-rename = Einen Menschen umbenennen; jeder Datensatz, der ihn nennt, folgt
cli-help-person-rename-person = Der Mensch (Name oder ID)
cli-help-person-rename-to = Der neue Name
cli-help-person-merge = Zwei Namen zusammenführen, die ein Mensch sind: jeder Datensatz von P nennt stattdessen Q, und P wird entfernt
cli-help-person-merge-person = Der Mensch, der in der Zusammenführung aufgeht (Name oder ID)
cli-help-person-merge-into = Der Mensch, der bleibt (Name oder ID)
cli-help-person-forget = Einen Menschen auf Wunsch vergessen: sein Name wird überall im Protokoll dieser Versammlung zu „Teilnehmende N“ (Freitext, Redeprotokoll, Journal); die automatischen Sicherungen werden gelöscht und die Datei verdichtet, damit die Bytes des Namens verschwinden. Das geht mit dem nächsten Paket mit
cli-help-person-forget-person = Der Mensch (Name oder ID)
cli-help-proposal = Anträge
cli-help-proposal-new = Einen Antrag einreichen (oder mit --draft als Entwurf speichern); gibt seine Referenz aus (TST-P-2026-001)
cli-help-proposal-new-title = Der Titel des Antrags
cli-help-proposal-new-text = Der Text des Antrags
cli-help-proposal-new-wg = Die antragstellende AG (Name oder ID)
cli-help-proposal-new-by = Der Name der antragstellenden Person
cli-help-proposal-new-draft = Als Entwurf behalten (später mit `proposal submit` einreichen)
cli-help-proposal-new-date = Der Tag der Einreichung, JJJJ-MM-TT (ein früherer Antrag: seine Referenz nimmt dieses Jahr)
cli-help-proposal-submit = Einen Entwurf einreichen
cli-help-proposal-list = Anträge auflisten, neueste zuerst
cli-help-proposal-list-status = Nur die mit diesem Status
cli-help-proposal-adopt = Den Antrag einer anderen Versammlung als eigenen übernehmen; gibt die Referenz des neuen Antrags aus (BRS-P-2026-001)
cli-help-proposal-adopt-proposal = Referenz (NYC-P-2026-003) oder ID
cli-help-proposal-show = Einen Antrag mit seinen Fassungen, Änderungen, Beratungen und Beschlüssen anzeigen
cli-help-proposal-show-proposal = Referenz (LDN-P-2026-034) oder ID
cli-help-proposal-amend = Eine freundliche Änderung (der ganze geänderte Text) und die Antwort der Antragstellenden erfassen; gibt ihre Kurzreferenz aus (mit --json: die Änderung, ihre ID und `short_ref`). Eine angenommene Änderung ergibt eine neue Fassung des Texts
cli-help-proposal-amend-text = Der geänderte Text des Antrags
cli-help-proposal-amend-by = Wer sie vorgeschlagen hat
cli-help-proposal-amend-meeting = Das Plenum, in dem sie vorgeschlagen wurde (der Antrag muss auf dessen Tagesordnung stehen)
cli-help-proposal-amend-accepted = Die Antragstellenden haben sie angenommen
cli-help-proposal-amend-rejected = Die Antragstellenden haben sie abgelehnt
cli-help-proposal-amendment = Eine offen gebliebene Änderung beantworten (mit --correct: die erfasste Antwort korrigieren; nach dem Schluss ihres Plenums als Korrektur festgehalten)
cli-help-proposal-amendment-amendment = Die Kurzreferenz der Änderung (`proposal show` gibt sie aus) oder ihre ID
cli-help-proposal-amendment-correct = Die schon erfasste Antwort korrigieren
cli-help-proposal-diff = Zwei Fassungen des Texts Wort für Wort vergleichen ([-entfernt-]{"{"}+hinzugefügt+{"}"})
cli-help-proposal-diff-from = Standard: die Fassung vor --to
cli-help-proposal-diff-to = Standard: die aktuelle Fassung
cli-help-proposal-step = Eine Beratung zu einem Prozessschritt bringen; gibt den Schritt aus und wohin es danach gehen kann
cli-help-proposal-step-to = present, clarifying-questions, concerns, temperature-check, call-for-consensus oder vote
cli-help-proposal-step-none = Beim verlassenen Schritt kam nichts (keine Verständnisfrage; keine Bedenken und keine Änderung): einen solchen Schritt zu verlassen, muss man sagen
cli-help-proposal-question = Eine Verständnisfrage in einer Beratung erfassen; gibt ihre Kurzreferenz aus, die `proposal answer` nimmt (mit --json: die Frage, ihre ID und `short_ref`)
cli-help-proposal-question-text = Die Frage
cli-help-proposal-question-by = Wer sie gestellt hat
cli-help-proposal-answer = Die Antwort auf eine Verständnisfrage erfassen
cli-help-proposal-answer-question = Die Kurzreferenz der Frage (`proposal show` gibt sie aus) oder ihre ID
cli-help-proposal-answer-text = Die Antwort
cli-help-proposal-answer-by = Wer geantwortet hat (Standard: die Antragstellenden)
cli-help-proposal-concern = Bedenken in einer Beratung erfassen; gibt ihre Kurzreferenz aus, die `proposal address` nimmt (mit --json: die Bedenken, ihre ID und `short_ref`)
cli-help-proposal-concern-text = Die Bedenken
cli-help-proposal-concern-by = Wer sie geäußert hat
cli-help-proposal-address = Bedenken als ausgeräumt markieren (oder mit --not als nicht ausgeräumt)
cli-help-proposal-address-concern = Die Kurzreferenz der Bedenken (`proposal show` gibt sie aus) oder ihre ID
cli-help-proposal-address-response = Wie sie ausgeräumt wurden
cli-help-proposal-address-not = Sie wurden nicht ausgeräumt
cli-help-proposal-temperature = Ein Stimmungsbild erfassen (Hände oben / seitlich / unten); gibt seine ID aus
cli-help-proposal-temperature-up = Wie viele Hände oben (Zustimmung)
cli-help-proposal-temperature-sideways = Wie viele Hände seitlich (unentschieden)
cli-help-proposal-temperature-down = Wie viele Hände unten (Ablehnung)
cli-help-proposal-temperature-note = Eine Notiz fürs Protokoll
cli-help-proposal-decide = Den Beschluss in einem Plenum erfassen; gibt das Wort des Ergebnisses aus. Mit --correct ersetzt es den dort erfassten Beschluss (nach dem Schluss des Plenums als Korrektur festgehalten)
cli-help-proposal-decide-rule = consensus, modified:P, supermajority:A/B oder majority (Standard: die Regel der Versammlung)
cli-help-proposal-decide-support = Die Abstimmung: dafür (bei Konsens, wie viele zugestimmt haben)
cli-help-proposal-decide-against = Die Abstimmung: dagegen, Vetos so mitgezählt, wie sie abgestimmt haben (nicht bei Konsens)
cli-help-proposal-decide-stand-asides = Die Gesamtzahl der Enthaltungen (Standard: die Zahl der genannten)
cli-help-proposal-decide-stand-aside = Eine namentliche Enthaltung, NAME oder NAME:GRUND (wiederholbar)
cli-help-proposal-decide-blocks = Die Gesamtzahl der Vetos, namentlich oder nur gezählt („9 Vetos“; Standard: die Zahl der genannten)
cli-help-proposal-decide-block = Ein namentliches Veto, NAME:GRUND (wiederholbar; der Grund ist Pflicht)
cli-help-proposal-decide-quorum = Mindestzahl der Teilnehmenden
cli-help-proposal-decide-stand-aside-limit = A/B: vertagt, wenn sich mindestens dieser Anteil der Teilnehmenden enthält
cli-help-proposal-decide-wg = In einem Delegiertenrat die Stimme einer AG (wiederholbar, eine pro AG): WG:for|against|stand-aside|block[:GRUND] (ein Veto braucht seinen Grund)
cli-help-proposal-decide-correct = Den in diesem Plenum schon erfassten Beschluss korrigieren (die Zählungen, wie sie waren)
cli-help-proposal-preview = Ein Ergebnis berechnen, ohne etwas zu erfassen; gibt das Wort des Ergebnisses und den Grund aus
cli-help-proposal-dispute = Den in einem Plenum gefassten Beschluss als angefochten markieren (oder mit --clear die Markierung entfernen)
cli-help-proposal-dispute-note = Was schiefgelaufen ist (Pflicht außer mit --clear)
cli-help-proposal-dispute-clear = Die Markierung entfernen
cli-help-proposal-withdraw = Die Antragstellenden ziehen den Antrag zurück (in der Beratung eines Plenums mit --meeting)
cli-help-proposal-withdraw-meeting = Das Plenum, dessen Beratung damit endet (der Antrag muss auf dessen Tagesordnung stehen)
cli-help-proposal-withdraw-reason = Warum („nach 9 Vetos, kommt mit einem Teach-in wieder“); Pflicht
cli-help-proposal-withdraw-by = Wer („die Antragstellenden“, „die Moderation“); Standard: die Antragstellenden bei einem Rückzug, sonst das Plenum
cli-help-proposal-send-back = Den Antrag zur Überarbeitung an seine AG zurückverweisen
cli-help-proposal-table = Den Antrag vertagen; er kann in einem späteren Plenum beschlossen werden
cli-help-minutes = Das Protokoll eines Plenums, aus seinen Daten erzeugt
cli-help-minutes-meeting = Nummer des Plenums (3), Referenz (RIV-GA-3) oder ID
cli-help-minutes-format = md, html oder csv. Ein CSV-Protokoll sind drei Dateien: FILE (Beschlüsse), FILE-speakers (Redeprotokoll) und FILE-agenda; ohne -o gehen die Beschlüsse auf die Standardausgabe
cli-help-minutes-redact-names = Die Namen der Menschen durch „Teilnehmende 1“, „Teilnehmende 2“, … ersetzen
cli-help-minutes-speakers = Das Redeprotokoll jedes Punkts aufnehmen (in CSV immer)
cli-help-minutes-equity = Die Verteilung der Redezeit des Plenums hinzufügen (Gini, Unterlisten, der Anteil jeder Person; nur Summen mit --redact-names). Nicht in CSV (dessen Redetabelle hat das Protokoll)
cli-help-minutes-output = In diese Datei statt auf die Standardausgabe schreiben
cli-help-minutes-approve-in = Erfassen, dass das offene Plenum MEETING dieses Protokoll angenommen hat (statt es auszugeben)
cli-help-stack = Die Redeliste eines Tagesordnungspunkts
cli-help-stack-add = Jemanden auf die Redeliste eines Punkts setzen (angelegt, wenn neu); gibt die ID der Meldung aus
cli-help-stack-add-name = Der Name der Person
cli-help-stack-add-kind = process, information, clarifying, direct-response oder speak
cli-help-stack-add-prioritize = Die Redeliste zieht diese Meldung vor (quotierte Redeliste)
cli-help-stack-add-list = Die Unterliste, die die Person für dieses Plenum gewählt hat (abwechselnde Listen)
cli-help-stack-next = Den laufenden Redebeitrag beenden und der nächsten Person das Wort geben; gibt aus, wer es hat (oder nichts)
cli-help-stack-show = Zeigen, wer das Wort hat und wer wartet, in Reihenfolge, mit dem Grund für jeden Platz
cli-help-stack-undo = Die letzte Aktion auf der Redeliste dieses Punkts rückgängig machen; gibt aus, was zurückgenommen wurde
cli-help-stack-withdraw = Eine wartende Meldung von der Redeliste nehmen
cli-help-stack-withdraw-entry = Die Meldung: ihre Kurzreferenz (wie `stack add` und `stack show` sie ausgeben) oder ihre ID
cli-help-stack-withdraw-item = Der Punkt, auf dessen Liste die Person wartet (mit --name)
cli-help-stack-withdraw-name = Der Name der Person (mit --item)
cli-help-stack-withdraw-kind = Die Art der Meldung, wenn sie mit mehreren wartet: process, information, clarifying, direct-response oder speak
cli-help-stack-prioritize = Eine wartende Meldung vorziehen (oder mit --unset nicht mehr vorziehen)
cli-help-stack-prioritize-unset = Nicht mehr vorziehen
cli-help-stack-close = Die Redeliste schließen: keine neuen Wortmeldungen oder direkten Antworten
cli-help-stack-reopen = Eine geschlossene Redeliste wieder öffnen
cli-help-stack-pause = Den laufenden Redebeitrag pausieren (seine Zeit hält an)
cli-help-stack-resume = Den pausierten Redebeitrag fortsetzen
cli-help-stack-limit = Die Redezeitbegrenzung eines Punkts setzen (oder mit --none aufheben)
cli-help-stack-limit-seconds = Die Begrenzung, in Sekunden
cli-help-stack-limit-none = Die Begrenzung aufheben
cli-help-stack-log = Das Redeprotokoll eines Punkts: jeder Redebeitrag mit seinen Zeiten, Pausen und Überziehung
cli-help-stack-stats = Wer wie viel in einem Plenum geredet hat. Die Verteilung der Redezeit eines Plenums (oder eines Punkts): der Anteil jeder Person, der Zeitanteil der Unterlisten gegenüber ihrem Anteil an Menschen, der Gini über alle Anwesenden (wer schwieg, zählt null), wer zum ersten Mal geredet hat, die letzten zehn Redenden
cli-help-stack-stats-meeting = Das Plenum (auch als --meeting)
cli-help-stack-stats-item = Nur dieser Punkt des Plenums
cli-help-bundle = Pakete: Daten mit anderen Versammlungen austauschen
cli-help-bundle-export = Die Daten dieser Versammlung in ein signiertes Paket schreiben (standardmäßig alle)
cli-help-bundle-export-output = Die zu schreibende Paketdatei
cli-help-bundle-export-meetings = Nur dieses Plenum (Nummer, Referenz oder ID), mit allem, worauf es verweist; wiederholbar
cli-help-bundle-export-since = Nur was sich an oder nach diesem Tag geändert hat (JJJJ-MM-TT, UTC), mit allem, worauf es verweist
cli-help-bundle-export-seal-to = Es versiegeln (signiert, dann verschlüsselt), sodass nur diese Versammlungen es öffnen können: jede hier mit ihrem Schlüssel bekannt (diese oder eine, deren Paket importiert wurde), genannt per Kürzel, Name, ID oder Fingerabdruck; durch Kommas getrennt oder wiederholt
cli-help-bundle-inspect = Zeigen, wer ein Paket erstellt hat, den Fingerabdruck seines Schlüssels, was es enthält und ob es sich prüfen lässt. Ein versiegeltes Paket: für wen es versiegelt ist und, wenn diese Versammlung dazugehört, das Paket darin
cli-help-bundle-inspect-file = Die Paketdatei
cli-help-bundle-import = Das Paket einer anderen Versammlung importieren: gibt die Zahlen der neuen, aktualisierten, unveränderten und abgelehnten aus. Endet mit 0, wenn jeder Datensatz übernommen wurde (oder schon da war), 3, wenn einige abgelehnt wurden (der Rest ist importiert; bei einem Probelauf: wäre es), 1, wenn das Paket als Ganzes abgelehnt wurde (nichts geschrieben). Mit --json ist eine Ablehnung auch JSON auf der Standardausgabe
cli-help-bundle-import-dry-run = Nur prüfen und zählen; nichts schreiben
cli-help-bundle-received = Die hier empfangenen Pakete auflisten (aufbewahrt, um sie unverändert weiterzugeben)
cli-help-bundle-undo-import = Einen Import ganz zurücknehmen: entfernen, was er brachte, zurücklegen, was er ersetzt oder gelöscht hat, und das empfangene Paket vergessen (es kann wieder importiert werden)
cli-help-bundle-undo-import-id = Die ID des empfangenen Pakets (`plenary bundle received`)
cli-help-bundle-pass-on = Ein empfangenes Paket Byte für Byte schreiben, um es an eine andere Versammlung weiterzugeben
cli-help-bundle-pass-on-id = Seine ID (`plenary bundle received`)
cli-help-bundle-pass-on-output = Die zu schreibende Datei
cli-help-federation = Föderation über einen geteilten Ordner: ein beobachteter Eingang, ein geschriebener Ausgang
cli-help-federation-folders = Eingangs- und Ausgangsordner zeigen, die auf Freigabe wartenden Schlüssel und die liegen gelassenen Dateien; mit --inbox und --outbox zuerst die Ordner wählen
cli-help-federation-folders-inbox = Der Ordner, in dem die Pakete anderer Versammlungen ankommen (abgeglichen durch Syncthing, ein geteiltes Laufwerk, …)
cli-help-federation-folders-outbox = Der Ordner, in den die Pakete dieser Versammlung geschrieben werden (kann der Eingang selbst sein)
cli-help-federation-sync = Importieren, was im Eingang wartet, es weitergeben, den Ausgang schreiben — einmal
cli-help-federation-watch = Dasselbe, sobald Dateien ankommen (und den Ausgang nach jedem geschlossenen Plenum), bis zur Unterbrechung
cli-help-federation-watch-json = Ein JSON-Objekt pro Zeile für alles, was die Beobachtung getan hat
cli-help-federation-approve = Den Schlüssel einer neuen Versammlung freigeben, der im Eingang wartet (nachdem sein Fingerabdruck mit dieser Versammlung geprüft wurde): pinnt ihn und importiert ihre Pakete
cli-help-federation-approve-fingerprint = Der Fingerabdruck des Schlüssels, wie `plenary federation folders` ihn zeigt
cli-help-room = Der Raum: ein Plenum über das lokale Netz an die Geräte der Versammlung ausliefern
cli-help-room-serve = Das Plenum M an die Geräte im Raum ausliefern bis Strg+C oder bis M geschlossen wird; gibt die Adresse und Kopplungscodes aus (Eingabetaste gibt neue aus)
cli-help-room-serve-meeting = Referenz des Plenums (LDN-GA-39, 39) oder ID
cli-help-room-serve-port = Der Port (0: irgendein freier)
cli-help-room-serve-bind = Die Adresse, auf der gelauscht wird (Standard: alle Schnittstellen, damit die Geräte im Raum sie über das lokale Netz erreichen)
cli-help-room-serve-ui = Ein Build der Oberfläche der App (`ui/dist`), um Team-Geräten unter `/team` ausgeliefert zu werden, wo sie sich koppeln und Redeliste oder Protokoll führen
cli-help-search = In den AGs, Berichten, Anträgen, Beschlüssen und Protokollen aller Versammlungen suchen
cli-help-search-text = Wonach gesucht wird: Wörter (jedes muss gefunden werden; das letzte darf ein Wortanfang sein)
cli-help-search-assembly = Nur die Daten dieser Versammlung (ihr Kürzel, z. B. RIV)
cli-help-search-limit = Anzuzeigende Treffer (höchstens 50)
cli-help-search-offset = Zu überspringende Treffer (die nächste Seite)
cli-help-passphrase = Verschlüsselung der gespeicherten Daten: die Passphrase der Datenbank setzen, ändern oder entfernen
cli-help-passphrase-set = Diese unverschlüsselte Datenbank mit einer neuen Passphrase verschlüsseln (zweimal abgefragt oder PLENARY_NEW_PASSPHRASE). Eine verlorene Passphrase lässt sich nicht wiederherstellen
cli-help-passphrase-change = Der verschlüsselten Datenbank eine neue Passphrase geben (die aktuelle aus PLENARY_PASSPHRASE oder abgefragt; die neue zweimal abgefragt oder PLENARY_NEW_PASSPHRASE)
cli-help-passphrase-remove = Die Datenbank entschlüsseln: sie wird wieder eine gewöhnliche SQLite-Datei
cli-help-backup = Eine konsistente Kopie der Datenbank nach FILE schreiben
cli-help-backup-output = Die Datei, in die die Kopie geschrieben wird
cli-help-restore = Die Datenbank durch eine Sicherung ersetzen (vorher geprüft; die aktuelle wird gesichert)
cli-help-restore-file = Die Sicherungsdatei

# The same words as another message.
cli-help-wg-list-json = { cli-help-arg-json }
cli-help-wg-show-json = { cli-help-arg-json }
cli-help-meeting-spoke-meeting = { cli-help-arg-meeting }
cli-help-meeting-spokes-meeting = { cli-help-arg-meeting }
cli-help-meeting-spokes-json = { cli-help-arg-json }
cli-help-meeting-consult-meeting = { cli-help-arg-meeting }
cli-help-meeting-list-json = { cli-help-arg-json }
cli-help-meeting-show-meeting = { cli-help-arg-meeting }
cli-help-meeting-show-json = { cli-help-arg-json }
cli-help-meeting-open-meeting = { cli-help-arg-meeting }
cli-help-meeting-close-meeting = { cli-help-arg-meeting }
cli-help-meeting-role-meeting = { cli-help-arg-meeting }
cli-help-meeting-time-meeting = { cli-help-arg-meeting }
cli-help-meeting-policy-meeting = { cli-help-arg-meeting }
cli-help-meeting-attendance-meeting = { cli-help-arg-meeting }
cli-help-agenda-add-meeting = { cli-help-arg-meeting }
cli-help-agenda-prepare-meeting = { cli-help-arg-meeting }
cli-help-agenda-list-meeting = { cli-help-arg-meeting }
cli-help-agenda-list-json = { cli-help-arg-json }
cli-help-agenda-move-item = { cli-help-arg-item }
cli-help-agenda-start-item = { cli-help-arg-item }
cli-help-agenda-finish-item = { cli-help-arg-item }
cli-help-agenda-table-item = { cli-help-arg-item }
cli-help-agenda-report-back-item = { cli-help-arg-item }
cli-help-agenda-announce-item = { cli-help-arg-item }
cli-help-agenda-notes-item = { cli-help-arg-item }
cli-help-person-list-json = { cli-help-arg-json }
cli-help-person-forget-json = { cli-help-arg-json }
cli-help-proposal-submit-proposal = { cli-help-arg-proposal }
cli-help-proposal-list-json = { cli-help-arg-json }
cli-help-proposal-show-json = { cli-help-arg-json }
cli-help-proposal-amend-proposal = { cli-help-arg-proposal }
cli-help-proposal-amend-json = { cli-help-arg-json }
cli-help-proposal-amendment-accepted = { cli-help-proposal-amend-accepted }
cli-help-proposal-amendment-rejected = { cli-help-proposal-amend-rejected }
cli-help-proposal-diff-proposal = { cli-help-arg-proposal }
cli-help-proposal-diff-json = { cli-help-arg-json }
cli-help-proposal-step-proposal = { cli-help-arg-proposal }
cli-help-proposal-step-meeting = { cli-help-arg-hearing }
cli-help-proposal-question-proposal = { cli-help-arg-proposal }
cli-help-proposal-question-json = { cli-help-arg-json }
cli-help-proposal-question-meeting = { cli-help-arg-hearing }
cli-help-proposal-concern-proposal = { cli-help-arg-proposal }
cli-help-proposal-concern-json = { cli-help-arg-json }
cli-help-proposal-concern-meeting = { cli-help-arg-hearing }
cli-help-proposal-temperature-proposal = { cli-help-arg-proposal }
cli-help-proposal-temperature-meeting = { cli-help-arg-hearing }
cli-help-proposal-decide-proposal = { cli-help-arg-proposal }
cli-help-proposal-decide-meeting = { cli-help-arg-hearing }
cli-help-proposal-preview-rule = { cli-help-proposal-decide-rule }
cli-help-proposal-preview-support = { cli-help-proposal-decide-support }
cli-help-proposal-preview-against = { cli-help-proposal-decide-against }
cli-help-proposal-preview-stand-asides = { cli-help-proposal-decide-stand-asides }
cli-help-proposal-preview-stand-aside = { cli-help-proposal-decide-stand-aside }
cli-help-proposal-preview-blocks = { cli-help-proposal-decide-blocks }
cli-help-proposal-preview-block = { cli-help-proposal-decide-block }
cli-help-proposal-preview-quorum = { cli-help-proposal-decide-quorum }
cli-help-proposal-preview-stand-aside-limit = { cli-help-proposal-decide-stand-aside-limit }
cli-help-proposal-preview-wg = { cli-help-proposal-decide-wg }
cli-help-proposal-preview-json = { cli-help-arg-json }
cli-help-proposal-dispute-proposal = { cli-help-arg-proposal }
cli-help-proposal-dispute-meeting = { cli-help-arg-hearing }
cli-help-proposal-withdraw-proposal = { cli-help-arg-proposal }
cli-help-proposal-send-back-proposal = { cli-help-arg-proposal }
cli-help-proposal-send-back-meeting = { cli-help-proposal-withdraw-meeting }
cli-help-proposal-send-back-reason = { cli-help-proposal-withdraw-reason }
cli-help-proposal-send-back-by = { cli-help-proposal-withdraw-by }
cli-help-proposal-table-proposal = { cli-help-arg-proposal }
cli-help-proposal-table-meeting = { cli-help-proposal-withdraw-meeting }
cli-help-proposal-table-reason = { cli-help-proposal-withdraw-reason }
cli-help-proposal-table-by = { cli-help-proposal-withdraw-by }
cli-help-stack-add-item = { cli-help-arg-item }
cli-help-stack-next-item = { cli-help-arg-item }
cli-help-stack-show-item = { cli-help-arg-item }
cli-help-stack-show-json = { cli-help-arg-json }
cli-help-stack-undo-item = { cli-help-arg-item }
cli-help-stack-prioritize-entry = { cli-help-stack-withdraw-entry }
cli-help-stack-prioritize-item = { cli-help-stack-withdraw-item }
cli-help-stack-prioritize-name = { cli-help-stack-withdraw-name }
cli-help-stack-prioritize-kind = { cli-help-stack-withdraw-kind }
cli-help-stack-close-item = { cli-help-arg-item }
cli-help-stack-reopen-item = { cli-help-arg-item }
cli-help-stack-pause-item = { cli-help-arg-item }
cli-help-stack-resume-item = { cli-help-arg-item }
cli-help-stack-limit-item = { cli-help-arg-item }
cli-help-stack-log-item = { cli-help-arg-item }
cli-help-stack-log-json = { cli-help-arg-json }
cli-help-stack-stats-meeting-opt = { cli-help-arg-meeting }
cli-help-stack-stats-json = { cli-help-arg-json }
cli-help-bundle-inspect-json = { cli-help-arg-json }
cli-help-bundle-import-file = { cli-help-bundle-inspect-file }
cli-help-bundle-import-json = { cli-help-arg-json }
cli-help-bundle-received-json = { cli-help-arg-json }
cli-help-bundle-undo-import-json = { cli-help-arg-json }
cli-help-federation-folders-json = { cli-help-arg-json }
cli-help-federation-sync-json = { cli-help-arg-json }
cli-help-federation-approve-json = { cli-help-arg-json }
cli-help-search-json = { cli-help-arg-json }
